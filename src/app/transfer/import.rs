//! Planning a register import (`kinerja import pegawai FILE.csv`): raw rows in, either the
//! units and employees to write or every bad row with its reason. No I/O: the CLI reads the
//! file, this module decides, `Services::execute(Command::Batch{..})` writes.
//!
//! The CSV format, one employee per row, header exactly:
//!
//! ```text
//! nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status
//! ```
//!
//! - `nip`: 18 digits (spaces allowed), validated by `jenis` (domain.md 1.1);
//! - `nama`, `gelar_depan`, `gelar_belakang`: name and academic titles (titles may be empty);
//! - `jenis`: `PNS` or `PPPK`;
//! - `golongan`: `III/a` (PNS) or `IX` / `9` (PPPK);
//! - `jabatan`: position title; `jenis_jabatan`: `Administrator`, `Pengawas`,
//!   `Fungsional Ahli Pertama`, `Pelaksana`, ... (see `PositionKind::parse`);
//! - `unit`: unit name, matched case-insensitively; an unknown name creates the unit;
//! - `nip_atasan`: the direct superior's NIP, in the file or already in the database; empty for
//!   the head of the organisation;
//! - `status`: `aktif` (or empty), `nonaktif`, or a reason code (`pensiun`, `mutasi_keluar`,
//!   `meninggal`, `cltn`, `tugas_belajar`, `diberhentikan`, `lainnya`).
//!
//! Rows may come in any order. Employees are matched by NIP: a known NIP updates the record
//! (fields outside the file, such as dates, phone and e-mail, are kept), an unchanged row is
//! not written at all.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::app::services::register::Register;
use crate::domain::{
    rules, Directory, Employee, EmployeeId, EmployeeKind, EmployeeStatus, Field, Grade, Nip,
    NipError, OrgUnit, PersonName, PositionKind, RecordKind, RuleError, UnitId,
};

/// The columns of the employee CSV, in order (import and export).
pub const HEADER: [&str; 11] = [
    "nip",
    "nama",
    "gelar_depan",
    "gelar_belakang",
    "jenis",
    "golongan",
    "jabatan",
    "jenis_jabatan",
    "unit",
    "nip_atasan",
    "status",
];

const C_NIP: usize = 0;
const C_NAME: usize = 1;
const C_FRONT: usize = 2;
const C_BACK: usize = 3;
const C_KIND: usize = 4;
const C_GRADE: usize = 5;
const C_POSITION: usize = 6;
const C_POSITION_KIND: usize = 7;
const C_UNIT: usize = 8;
const C_SUPERVISOR: usize = 9;
const C_STATUS: usize = 10;

/// Ids at and above this value are provisional: given to new records while planning, replaced
/// by real ids from the store in [`ImportPlan::assign_ids`] once the whole file is accepted (so
/// a rejected file burns no ids).
pub const PROVISIONAL_BASE: u64 = 1 << 62;

/// One data row of the file, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRow {
    /// Line number in the file (the header is line 1).
    pub line: u64,
    pub fields: Vec<String>,
}

/// Why a row was refused. Values, not text: `cli::words` translates them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// Wrong number of columns.
    Columns {
        found: usize,
    },
    /// The row is not valid UTF-8 text.
    NotUtf8,
    /// `jenis` is neither PNS nor PPPK.
    Kind(String),
    Nip(NipError),
    /// `golongan` is not a grade of that kind.
    Grade {
        value: String,
        kind: EmployeeKind,
    },
    PositionKind(String),
    Status(String),
    UnitRequired,
    /// The same NIP appears on an earlier line.
    DuplicateNip {
        first_line: u64,
    },
    /// `nip_atasan` is neither in the file nor in the database.
    SupervisorNotFound(String),
    /// The reporting line would form a cycle; the NIPs of the chain, closing the loop.
    Cycle(Vec<String>),
    /// A bare unit name that several units share; the paths of the candidates.
    AmbiguousUnit {
        name: String,
        candidates: Vec<String>,
    },
    /// A unit path (`A / B`) that no unit has.
    UnknownUnitPath(String),
    /// A cell holds a control character (newline, tab, ESC, BEL, ...); `column`: its header.
    ControlChar {
        column: &'static str,
    },
    /// A register rule (domain.md 1.4) broken by the record as it would be.
    Rule {
        field: Field,
        error: RuleError,
    },
}

/// One refused row: where, whose, and why. A row can have several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    /// The NIP cell as written (may be empty or invalid).
    pub nip: String,
    pub problem: RowProblem,
}

/// What an accepted file changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// Units to create (provisional ids until [`ImportPlan::assign_ids`]).
    pub units: Vec<OrgUnit>,
    /// New and changed employees; unchanged rows are left out.
    pub employees: Vec<Employee>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ImportPlan {
    /// Names of the units the import creates, in file order.
    pub fn new_unit_names(&self) -> Vec<&str> {
        self.units.iter().map(|u| u.name.as_str()).collect()
    }

    /// Whether there is anything to write.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.employees.is_empty()
    }

    /// Replaces provisional ids by real ones from `next` (normally `Services::next_id`) and
    /// rewrites every reference to them. Employees end sorted by id.
    pub fn assign_ids<E>(
        &mut self,
        mut next: impl FnMut(RecordKind) -> Result<u64, E>,
    ) -> Result<(), E> {
        let mut units: HashMap<UnitId, UnitId> = HashMap::new();
        for u in &self.units {
            if is_provisional(u.id.0) {
                units.insert(u.id, UnitId(next(RecordKind::Unit)?));
            }
        }
        let mut employees: HashMap<EmployeeId, EmployeeId> = HashMap::new();
        for e in &self.employees {
            if is_provisional(e.id.0) {
                employees.insert(e.id, EmployeeId(next(RecordKind::Employee)?));
            }
        }
        let emp = |id: EmployeeId| employees.get(&id).copied().unwrap_or(id);
        let unit = |id: UnitId| units.get(&id).copied().unwrap_or(id);
        for u in &mut self.units {
            u.id = unit(u.id);
            u.parent = u.parent.map(unit);
            u.head = u.head.map(emp);
        }
        for e in &mut self.employees {
            e.id = emp(e.id);
            e.unit = unit(e.unit);
            e.supervisor = e.supervisor.map(emp);
        }
        self.employees.sort_by_key(|e| e.id);
        Ok(())
    }
}

fn is_provisional(id: u64) -> bool {
    id >= PROVISIONAL_BASE
}

/// `  Seksi   Pemerintahan ` and `seksi pemerintahan` name the same unit.
pub fn unit_key(name: &str) -> String {
    crate::domain::unit::name_key(name)
}

/// A new unit of this file: its parent (`None`: the top, or not known yet) and its name key.
type NewKey = (Option<UnitId>, String);

/// The new unit of that name (and path parent), made once per file.
fn new_unit(
    new_units: &mut Vec<OrgUnit>,
    by_key: &mut HashMap<NewKey, UnitId>,
    parent: Option<UnitId>,
    name: &str,
) -> UnitId {
    let key = (parent, unit_key(name));
    if let Some(id) = by_key.get(&key) {
        return *id;
    }
    let id = UnitId(PROVISIONAL_BASE + new_units.len() as u64);
    new_units.push(OrgUnit {
        id,
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        parent,
        head: None,
        active: true,
        revision: 0,
    });
    by_key.insert(key, id);
    id
}

enum UnitMatch {
    One(UnitId),
    New,
    /// A path whose first units exist (down to `parent`) and whose `rest` is new.
    NewPath {
        parent: Option<UnitId>,
        rest: Vec<String>,
    },
    Problem(RowProblem),
}

/// The unit a `unit` cell names: an id (digits), a path from the top (`A / B / C`, names
/// compared like [`unit_key`]), or a bare name. A bare name several units share is refused
/// with their paths; of same-named units under one parent the active one counts.
fn resolve_unit(register: &Register, cell: &str) -> UnitMatch {
    let cell = cell.trim();
    if !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(u) = cell.parse().ok().and_then(|id| register.unit(UnitId(id))) {
            return UnitMatch::One(u.id);
        }
    }
    let pick = |parent: Option<UnitId>, name: &str| -> Option<UnitId> {
        let key = unit_key(name);
        let mut same: Vec<&OrgUnit> = register
            .units()
            .iter()
            .filter(|u| u.parent == parent && unit_key(&u.name) == key)
            .collect();
        same.sort_by_key(|u| (!u.active, u.id));
        same.first().map(|u| u.id)
    };
    let key = unit_key(cell);
    // A name may hold a slash itself: a unit of that very name wins over a path.
    let named = register.units().iter().any(|u| unit_key(&u.name) == key);
    if cell.contains('/') && !named {
        let parts: Vec<&str> = cell.split('/').map(str::trim).collect();
        if parts.iter().any(|p| p.is_empty()) {
            return UnitMatch::Problem(RowProblem::UnknownUnitPath(cell.to_string()));
        }
        let mut parent = None;
        for (i, part) in parts.iter().enumerate() {
            match pick(parent, part) {
                Some(id) => parent = Some(id),
                None => {
                    return UnitMatch::NewPath {
                        parent,
                        rest: parts[i..].iter().map(|p| p.to_string()).collect(),
                    }
                }
            }
        }
        return parent.map_or(UnitMatch::New, UnitMatch::One);
    }
    let all: Vec<&OrgUnit> = register
        .units()
        .iter()
        .filter(|u| unit_key(&u.name) == key)
        .collect();
    let active: Vec<&OrgUnit> = all.iter().copied().filter(|u| u.active).collect();
    let candidates = if active.is_empty() { all } else { active };
    let mut parents: Vec<Option<UnitId>> = candidates.iter().map(|u| u.parent).collect();
    parents.sort();
    parents.dedup();
    match candidates.len() {
        0 => UnitMatch::New,
        _ if parents.len() == 1 => match pick(parents[0], cell) {
            Some(id) => UnitMatch::One(id),
            None => UnitMatch::New,
        },
        _ => UnitMatch::Problem(RowProblem::AmbiguousUnit {
            name: cell.to_string(),
            candidates: candidates
                .iter()
                .map(|u| register.unit_path(u.id))
                .collect(),
        }),
    }
}

fn nip_digits(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A row that parsed; references not resolved yet.
struct Parsed {
    row: usize,
    nip: Nip,
    kind: EmployeeKind,
    name: PersonName,
    grade: Grade,
    position: String,
    position_kind: PositionKind,
    unit: String,
    supervisor: Option<String>,
    status: EmployeeStatus,
    /// `nonaktif` without a reason: an employee already inactive keeps their recorded reason.
    any_inactive: bool,
}

/// Plans the import of `rows` into `register`: every row is checked (field formats, duplicate
/// NIPs, supervisors, cycles, and the register rules against the register as it would be after
/// the import). Returns every problem of every bad row, in line order, or the plan.
pub fn plan(
    register: &Register,
    rows: &[RawRow],
    today: NaiveDate,
) -> Result<ImportPlan, Vec<RowError>> {
    let mut errors: Vec<RowError> = Vec::new();
    fn cell(r: &RawRow, c: usize) -> &str {
        r.fields.get(c).map_or("", |s| s.trim())
    }
    let err = |errors: &mut Vec<RowError>, r: &RawRow, problem: RowProblem| {
        errors.push(RowError {
            line: r.line,
            nip: cell(r, C_NIP).to_string(),
            problem,
        });
    };

    // Every NIP written in the file, even on a bad row: a subordinate of a bad row is not
    // reported again as having an unknown supervisor.
    let mut first_line: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    let mut parsed: Vec<Parsed> = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        if r.fields.len() != HEADER.len() {
            err(
                &mut errors,
                r,
                RowProblem::Columns {
                    found: r.fields.len(),
                },
            );
            continue;
        }
        let digits = nip_digits(cell(r, C_NIP));
        if !digits.is_empty() {
            if let Some(&first) = first_line.get(&digits) {
                err(
                    &mut errors,
                    r,
                    RowProblem::DuplicateNip {
                        first_line: rows[first].line,
                    },
                );
                continue;
            }
            first_line.insert(digits, i);
        }
        if let Some(p) = parse_row(r, i, &mut errors) {
            parsed.push(p);
        }
    }

    // Units: by id, by path (`Induk / Anak`) or by a bare name that names one unit; an
    // unknown bare name is a new top-level unit (one per name in the file).
    let mut new_by_key: HashMap<NewKey, UnitId> = HashMap::new();
    // New units a path placed: their parent is the path's, not guessed from supervisors.
    let mut placed: HashSet<UnitId> = HashSet::new();
    let mut new_units: Vec<OrgUnit> = Vec::new();
    let mut unit_of_row: Vec<UnitId> = Vec::with_capacity(parsed.len());
    let mut unit_failed = vec![false; parsed.len()];
    for (k, p) in parsed.iter().enumerate() {
        let id = match resolve_unit(register, &p.unit) {
            UnitMatch::One(id) => id,
            UnitMatch::Problem(problem) => {
                let r = &rows[p.row];
                errors.push(RowError {
                    line: r.line,
                    nip: p.nip.as_str().to_string(),
                    problem,
                });
                unit_failed[k] = true;
                UnitId(0)
            }
            UnitMatch::New => new_unit(&mut new_units, &mut new_by_key, None, &p.unit),
            UnitMatch::NewPath { parent, rest } => {
                let mut at = parent;
                for name in &rest {
                    let id = new_unit(&mut new_units, &mut new_by_key, at, name);
                    placed.insert(id);
                    at = Some(id);
                }
                at.unwrap_or(UnitId(0))
            }
        };
        unit_of_row.push(id);
    }

    // Ids: a known NIP keeps its employee, a new one gets a provisional id.
    let mut id_of_row: Vec<EmployeeId> = Vec::with_capacity(parsed.len());
    let mut by_digits: HashMap<&str, usize> = HashMap::with_capacity(parsed.len());
    let mut new_count = 0u64;
    for (k, p) in parsed.iter().enumerate() {
        by_digits.insert(p.nip.as_str(), k);
        let id = match register.employee_by_nip(&p.nip) {
            Some(id) => id,
            None => {
                new_count += 1;
                EmployeeId(PROVISIONAL_BASE + new_count)
            }
        };
        id_of_row.push(id);
    }

    // Supervisors: in the file (a good row, or a bad one already reported), else in the db.
    let mut sup_of_row: Vec<Option<EmployeeId>> = Vec::with_capacity(parsed.len());
    // A row whose unit could not be named is reported once, not again by the rules.
    let mut checkable: Vec<bool> = unit_failed.iter().map(|f| !f).collect();
    for (k, p) in parsed.iter().enumerate() {
        let sup = match &p.supervisor {
            None => None,
            Some(s) => {
                let digits = nip_digits(s);
                if let Some(&j) = by_digits.get(digits.as_str()) {
                    Some(id_of_row[j])
                } else if first_line.contains_key(&digits) {
                    checkable[k] = false;
                    None
                } else if let Some(id) =
                    register.employee_by_nip(&Nip::from_trusted(digits.clone()))
                {
                    Some(id)
                } else {
                    err(
                        &mut errors,
                        &rows[p.row],
                        RowProblem::SupervisorNotFound(s.clone()),
                    );
                    checkable[k] = false;
                    None
                }
            }
        };
        sup_of_row.push(sup);
    }

    // Records as they would be.
    let mut records: Vec<Employee> = Vec::with_capacity(parsed.len());
    for (k, p) in parsed.iter().enumerate() {
        let existing = register.employee(id_of_row[k]);
        let status = match existing {
            // Same status code: keep the stored date and note of the deactivation.
            Some(old) if old.status.code() == p.status.code() => old.status.clone(),
            Some(old) if p.any_inactive && !old.is_active() => old.status.clone(),
            _ => p.status.clone(),
        };
        let mut e = match existing {
            Some(old) => old.clone(),
            None => Employee {
                id: id_of_row[k],
                nip: p.nip.clone(),
                kind: p.kind,
                name: PersonName::default(),
                grade: p.grade,
                position: String::new(),
                position_kind: p.position_kind,
                unit: unit_of_row[k],
                supervisor: None,
                appointed_on: appointment_from_nip(&p.nip, p.kind),
                grade_since: None,
                position_since: None,
                status: EmployeeStatus::Active,
                phone: String::new(),
                email: String::new(),
                revision: 0,
            },
        };
        e.nip = p.nip.clone();
        e.kind = p.kind;
        e.name = p.name.clone();
        e.grade = p.grade;
        e.position = p.position.clone();
        e.position_kind = p.position_kind;
        e.unit = unit_of_row[k];
        e.supervisor = sup_of_row[k];
        e.status = status;
        records.push(e);
    }

    place_new_units(&mut new_units, &records, register, &placed);

    // The register as it would be: one rebuild, not one per row.
    let mut replaced: HashMap<EmployeeId, usize> = HashMap::with_capacity(records.len());
    for (k, e) in records.iter().enumerate() {
        replaced.insert(e.id, k);
    }
    let mut all: Vec<Employee> = Vec::with_capacity(register.employees().len() + records.len());
    for e in register.employees() {
        match replaced.get(&e.id) {
            Some(&k) => all.push(records[k].clone()),
            None => all.push(e.clone()),
        }
    }
    all.extend(records.iter().filter(|e| is_provisional(e.id.0)).cloned());
    let mut units: Vec<OrgUnit> = register.units().to_vec();
    units.extend(new_units.iter().cloned());
    let after = Register::from_parts(all, units);

    for (k, e) in records.iter().enumerate() {
        if !checkable[k] {
            continue;
        }
        let row = &rows[parsed[k].row];
        let mut broken = rules::check_employee(&after, e);
        broken.extend(rules::check_employee_dates(e, today));
        for fe in broken {
            let problem = match fe.error {
                RuleError::SupervisorCycle(chain) => RowProblem::Cycle(
                    std::iter::once(e.id)
                        .chain(chain)
                        .map(|id| {
                            after
                                .employee(id)
                                .map_or_else(String::new, |x| x.nip.as_str().to_string())
                        })
                        .collect(),
                ),
                error => RowProblem::Rule {
                    field: fe.field,
                    error,
                },
            };
            err(&mut errors, row, problem);
        }
    }

    if !errors.is_empty() {
        // Stable: a row's problems stay in the order they were found.
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }

    let mut plan = ImportPlan {
        units: new_units,
        ..ImportPlan::default()
    };
    for e in records {
        match register.employee(e.id) {
            Some(old) if *old == e => plan.unchanged += 1,
            Some(_) => {
                plan.updated += 1;
                plan.employees.push(e);
            }
            None => {
                plan.created += 1;
                plan.employees.push(e);
            }
        }
    }
    Ok(plan)
}

/// A text cell as written by [`crate::app::transfer::export`]: a leading apostrophe that
/// guards `=`, `+`, `-` or `@` against spreadsheets is taken off again.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

fn parse_row(r: &RawRow, row: usize, errors: &mut Vec<RowError>) -> Option<Parsed> {
    let cell = |c: usize| unguard(r.fields.get(c).map_or("", |s| s.trim()));
    let before = errors.len();
    // Control characters break the screens (a newline splits a tree row, ESC reaches the
    // terminal): refused, by column.
    for (c, column) in HEADER.iter().enumerate() {
        if r.fields
            .get(c)
            .is_some_and(|s| s.chars().any(char::is_control))
        {
            errors.push(RowError {
                line: r.line,
                nip: cell(C_NIP).to_string(),
                problem: RowProblem::ControlChar { column },
            });
        }
    }
    let mut bad = |problem: RowProblem| {
        errors.push(RowError {
            line: r.line,
            nip: cell(C_NIP).to_string(),
            problem,
        })
    };
    let kind = EmployeeKind::parse(cell(C_KIND));
    if kind.is_none() {
        bad(RowProblem::Kind(cell(C_KIND).to_string()));
    }
    // Without a kind the NIP layout is unknown: only the kind is reported.
    let nip = kind.and_then(|k| match Nip::parse(cell(C_NIP), k) {
        Ok(n) => Some(n),
        Err(e) => {
            bad(RowProblem::Nip(e));
            None
        }
    });
    let grade = kind.and_then(|k| {
        let g = Grade::parse(cell(C_GRADE), k);
        if g.is_none() {
            bad(RowProblem::Grade {
                value: cell(C_GRADE).to_string(),
                kind: k,
            });
        }
        g
    });
    let position_kind = PositionKind::parse(cell(C_POSITION_KIND));
    if position_kind.is_none() {
        bad(RowProblem::PositionKind(cell(C_POSITION_KIND).to_string()));
    }
    let status = EmployeeStatus::parse(cell(C_STATUS));
    if status.is_none() {
        bad(RowProblem::Status(cell(C_STATUS).to_string()));
    }
    if cell(C_NAME).is_empty() {
        bad(RowProblem::Rule {
            field: Field::Name,
            error: RuleError::NameRequired,
        });
    }
    if cell(C_POSITION).is_empty() {
        bad(RowProblem::Rule {
            field: Field::Position,
            error: RuleError::PositionRequired,
        });
    }
    if cell(C_UNIT).is_empty() {
        bad(RowProblem::UnitRequired);
    }
    // Every text too long, at once (a unit the file would create: each part of a path).
    let texts = [
        (Field::Name, cell(C_NAME)),
        (Field::FrontTitle, cell(C_FRONT)),
        (Field::BackTitle, cell(C_BACK)),
        (Field::Position, cell(C_POSITION)),
    ];
    let units = cell(C_UNIT).split('/').map(|p| (Field::UnitName, p));
    for (field, text) in texts.into_iter().chain(units) {
        if let Some((max, len)) = crate::domain::limits::too_long(field, text) {
            bad(RowProblem::Rule {
                field,
                error: RuleError::TooLong { max, len },
            });
        }
    }
    if errors.len() != before {
        return None;
    }
    let supervisor = Some(cell(C_SUPERVISOR))
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    Some(Parsed {
        row,
        nip: nip?,
        kind: kind?,
        name: PersonName {
            front_title: cell(C_FRONT).to_string(),
            name: cell(C_NAME).to_string(),
            back_title: cell(C_BACK).to_string(),
        },
        grade: grade?,
        position: cell(C_POSITION).to_string(),
        position_kind: position_kind?,
        unit: cell(C_UNIT).to_string(),
        supervisor,
        status: status?,
        any_inactive: matches!(
            cell(C_STATUS).to_lowercase().as_str(),
            "nonaktif" | "non_aktif" | "non aktif" | "inactive"
        ),
    })
}

/// TMT CPNS of a new PNS from the NIP's appointment month (PPPK numbers carry only a year).
fn appointment_from_nip(nip: &Nip, kind: EmployeeKind) -> Option<NaiveDate> {
    if kind != EmployeeKind::Pns {
        return None;
    }
    let s = nip.as_str();
    let year = s.get(8..12)?.parse().ok()?;
    let month = s.get(12..14)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// A new unit goes under the unit of its top employee's supervisor (the first row of the unit
/// whose supervisor works elsewhere), else at the top; its head is that top employee when there
/// is exactly one and they are active.
fn place_new_units(
    new_units: &mut [OrgUnit],
    records: &[Employee],
    register: &Register,
    placed: &HashSet<UnitId>,
) {
    if new_units.is_empty() {
        return;
    }
    let unit_of_planned: HashMap<EmployeeId, UnitId> =
        records.iter().map(|e| (e.id, e.unit)).collect();
    let unit_of = |id: EmployeeId| {
        unit_of_planned
            .get(&id)
            .copied()
            .or_else(|| register.employee(id).map(|e| e.unit))
    };
    let index = |id: UnitId| (id.0 - PROVISIONAL_BASE) as usize;
    let mut tops: Vec<Vec<usize>> = vec![Vec::new(); new_units.len()];
    let mut parents: Vec<Option<UnitId>> = new_units.iter().map(|u| u.parent).collect();
    for (k, e) in records.iter().enumerate() {
        if !is_provisional(e.unit.0) {
            continue;
        }
        let sup_unit = e.supervisor.and_then(unit_of);
        if sup_unit == Some(e.unit) {
            continue;
        }
        let i = index(e.unit);
        tops[i].push(k);
        if parents[i].is_none() && !placed.contains(&e.unit) {
            parents[i] = sup_unit;
        }
    }
    // Only new units can point to new units: break any loop among them at the top.
    for start in 0..new_units.len() {
        let mut seen = HashSet::new();
        let mut current = start;
        seen.insert(current);
        while let Some(p) = parents[current].filter(|p| is_provisional(p.0)) {
            let next = index(p);
            if !seen.insert(next) {
                parents[current] = None;
                break;
            }
            current = next;
        }
    }
    for (i, u) in new_units.iter_mut().enumerate() {
        u.parent = parents[i];
        if let [k] = tops[i].as_slice() {
            if records[*k].is_active() {
                u.head = Some(records[*k].id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{InactiveReason, PnsRank};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    }

    fn row(line: u64, s: &str) -> RawRow {
        RawRow {
            line,
            fields: s.split(',').map(str::to_string).collect(),
        }
    }

    /// `nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status`
    fn rows(lines: &[&str]) -> Vec<RawRow> {
        lines
            .iter()
            .enumerate()
            .map(|(i, s)| row(i as u64 + 2, s))
            .collect()
    }

    const HEAD: &str = "198001012005011001,Yohanes Gebze,,S.Sos.,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif";
    const MARIA: &str = "198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,198001012005011001,aktif";
    const DANIEL: &str = "199207072015031003,Daniel Ndiken,,,PNS,II/c,Pengadministrasi Umum,Pelaksana,Seksi Pelayanan,198503152010012002,";
    const PPPK: &str = "199401012022211004,Rina Samkakai,,A.Md.,PPPK,VII,Pengelola Layanan,Pelaksana,Seksi Pelayanan,198503152010012002,aktif";

    /// Plans, assigns ids from a counter and returns the register as it would be after.
    fn apply(reg: &Register, rs: &[RawRow]) -> (ImportPlan, Register) {
        let mut plan = plan(reg, rs, today()).expect("plan");
        let mut next_e = reg.employees().iter().map(|e| e.id.0).max().unwrap_or(0);
        let mut next_u = reg.units().iter().map(|u| u.id.0).max().unwrap_or(0);
        plan.assign_ids(|k| {
            Ok::<u64, ()>(match k {
                RecordKind::Employee => {
                    next_e += 1;
                    next_e
                }
                RecordKind::Unit => {
                    next_u += 1;
                    next_u
                }
                other => unreachable!("import makes no {other:?}"),
            })
        })
        .unwrap();
        let mut after = reg.clone();
        for u in &plan.units {
            after.upsert_unit(u.clone());
        }
        for e in &plan.employees {
            after.upsert_employee(e.clone());
        }
        (plan, after)
    }

    fn by_nip<'a>(reg: &'a Register, nip: &str) -> &'a Employee {
        let id = reg
            .employee_by_nip(&Nip::from_trusted(nip.into()))
            .expect(nip);
        reg.employee(id).unwrap()
    }

    #[test]
    fn subordinates_before_supervisors_and_units_created_under_the_supervisors_unit() {
        let reg = Register::default();
        let (plan, after) = apply(&reg, &rows(&[DANIEL, PPPK, MARIA, HEAD]));
        assert_eq!((plan.created, plan.updated, plan.unchanged), (4, 0, 0));
        assert_eq!(
            plan.new_unit_names(),
            ["Seksi Pelayanan", "Kantor Distrik Salor"]
        );
        let head = by_nip(&after, "198001012005011001");
        let maria = by_nip(&after, "198503152010012002");
        let daniel = by_nip(&after, "199207072015031003");
        assert!(head.id.0 < PROVISIONAL_BASE && daniel.unit.0 < PROVISIONAL_BASE);
        assert_eq!(head.supervisor, None);
        assert_eq!(maria.supervisor, Some(head.id));
        assert_eq!(daniel.supervisor, Some(maria.id));
        assert_eq!(daniel.status, EmployeeStatus::Active);
        assert_eq!(maria.grade, Grade::Pns(PnsRank::IIID));
        assert_eq!(maria.name.full(), "Maria Kaize, S.Sos.");
        assert_eq!(
            daniel.appointed_on,
            NaiveDate::from_ymd_opt(2015, 3, 1),
            "TMT CPNS from the NIP"
        );
        let seksi = after.unit(maria.unit).unwrap();
        let kantor = after.unit(head.unit).unwrap();
        assert_eq!(seksi.parent, Some(kantor.id));
        assert_eq!(kantor.parent, None);
        assert_eq!(seksi.head, Some(maria.id));
        assert_eq!(kantor.head, Some(head.id));
        for e in after.employees() {
            assert!(rules::check_employee(&after, e).is_empty(), "{e:?}");
        }
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line_and_nothing_is_planned() {
        let reg = Register::default();
        let rs = rows(&[
            HEAD,
            // 3: bad NIP (30 Feb) and unknown grade
            "198002302005011002,Agus Mahuze,,,PNS,IV/f,Analis,Pelaksana,Kantor Distrik Salor,198001012005011001,aktif",
            // 4: unknown kind
            "198001012005011003,Siti,,,Honorer,III/a,Analis,Pelaksana,Kantor Distrik Salor,198001012005011001,aktif",
            // 5: duplicate of line 2
            "198001012005011001,Yohanes Lagi,,,PNS,IV/a,Kepala,Administrator,Kantor Distrik Salor,,aktif",
            // 6: unknown supervisor
            "198001012005011004,Budi,,,PNS,III/a,Analis,Pelaksana,Kantor Distrik Salor,197001012000011009,aktif",
            // 7: bad position kind and status, missing unit
            "198001012005011005,Dewi,,,PNS,III/a,Analis,Manajer,,198001012005011001,cuti",
            // 8: too few columns
            "198001012005011006,Eko",
        ]);
        let errs = plan(&reg, &rs, today()).unwrap_err();
        let lines: Vec<u64> = errs.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 3, 4, 5, 6, 7, 7, 7, 8]);
        assert_eq!(errs[0].problem, RowProblem::Nip(NipError::BirthDate));
        assert!(
            matches!(errs[1].problem, RowProblem::Grade { ref value, kind: EmployeeKind::Pns } if value == "IV/f")
        );
        assert_eq!(errs[2].problem, RowProblem::Kind("Honorer".into()));
        assert_eq!(errs[3].problem, RowProblem::DuplicateNip { first_line: 2 });
        assert_eq!(
            errs[4].problem,
            RowProblem::SupervisorNotFound("197001012000011009".into())
        );
        assert_eq!(errs[5].problem, RowProblem::PositionKind("Manajer".into()));
        assert_eq!(errs[6].problem, RowProblem::Status("cuti".into()));
        assert_eq!(errs[7].problem, RowProblem::UnitRequired);
        assert_eq!(errs[8].problem, RowProblem::Columns { found: 2 });
    }

    #[test]
    fn subordinate_of_a_bad_row_is_not_reported_twice() {
        let reg = Register::default();
        let rs = rows(&[
            HEAD,
            "198503152010012002,Maria Kaize,,,PNS,X/z,Kepala Seksi,Pengawas,Seksi Pelayanan,198001012005011001,aktif",
            DANIEL,
        ]);
        let errs = plan(&reg, &rs, today()).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].line, 3);
    }

    #[test]
    fn reimport_updates_by_nip_and_skips_unchanged_rows() {
        let (_, reg) = apply(&Register::default(), &rows(&[HEAD, MARIA, DANIEL, PPPK]));
        let before = reg.employees().len();
        let again = plan(&reg, &rows(&[HEAD, MARIA, DANIEL, PPPK]), today()).unwrap();
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 4));
        assert!(again.is_empty(), "unchanged rows are not rewritten");

        let promoted = DANIEL.replace("II/c", "II/d");
        let (plan2, after) = apply(&reg, &rows(&[&promoted, MARIA]));
        assert_eq!((plan2.created, plan2.updated, plan2.unchanged), (0, 1, 1));
        assert!(plan2.units.is_empty());
        assert_eq!(after.employees().len(), before);
        let daniel = by_nip(&after, "199207072015031003");
        assert_eq!(daniel.grade, Grade::Pns(PnsRank::IID));
        assert_eq!(daniel.id, by_nip(&reg, "199207072015031003").id);
    }

    #[test]
    fn reimport_keeps_fields_outside_the_file() {
        let (_, mut reg) = apply(&Register::default(), &rows(&[HEAD, MARIA]));
        let mut maria = by_nip(&reg, "198503152010012002").clone();
        maria.phone = "081234567890".into();
        maria.email = "maria@example.go.id".into();
        reg.upsert_employee(maria.clone());
        let renamed = MARIA.replace("Maria Kaize", "Maria Kaize Gebze");
        let (_, after) = apply(&reg, &rows(&[&renamed]));
        let m = by_nip(&after, "198503152010012002");
        assert_eq!(m.name.name, "Maria Kaize Gebze");
        assert_eq!(m.phone, maria.phone);
        assert_eq!(m.email, maria.email);
    }

    #[test]
    fn units_match_by_name_ignoring_case_and_spaces() {
        let (_, reg) = apply(&Register::default(), &rows(&[HEAD, MARIA]));
        let units = reg.units().len();
        let d = DANIEL.replace("Seksi Pelayanan", "  seksi   PELAYANAN ");
        let (plan, after) = apply(&reg, &rows(&[&d]));
        assert!(plan.units.is_empty());
        assert_eq!(after.units().len(), units);
        let daniel = by_nip(&after, "199207072015031003");
        assert_eq!(after.unit_name(daniel.unit), "Seksi Pelayanan");
    }

    #[test]
    fn supervisor_may_be_in_the_database() {
        let (_, reg) = apply(&Register::default(), &rows(&[HEAD, MARIA]));
        let (plan, after) = apply(&reg, &rows(&[DANIEL]));
        assert_eq!(plan.created, 1);
        let daniel = by_nip(&after, "199207072015031003");
        assert_eq!(
            daniel.supervisor,
            Some(by_nip(&reg, "198503152010012002").id)
        );
    }

    #[test]
    fn cycles_are_refused_on_every_row_of_the_loop() {
        let reg = Register::default();
        let a =
            "198001012005011001,A,,,PNS,IV/a,Kepala,Administrator,Kantor,198503152010012002,aktif";
        let b = "198503152010012002,B,,,PNS,III/d,Kasi,Pengawas,Kantor,198001012005011001,aktif";
        let errs = plan(&reg, &rows(&[a, b]), today()).unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(
            errs[0].problem,
            RowProblem::Cycle(vec![
                "198001012005011001".into(),
                "198503152010012002".into(),
                "198001012005011001".into()
            ])
        );
        assert_eq!(errs[1].line, 3);
    }

    #[test]
    fn inactive_supervisor_and_inactive_head_with_staff_are_refused() {
        let reg = Register::default();
        let head = HEAD.replace(",aktif", ",pensiun");
        let errs = plan(&reg, &rows(&[&head, MARIA]), today()).unwrap_err();
        let problems: Vec<_> = errs.iter().map(|e| (e.line, e.problem.clone())).collect();
        assert!(problems.contains(&(
            2,
            RowProblem::Rule {
                field: Field::Status,
                error: RuleError::HasActiveSubordinates(1)
            }
        )));
        assert!(problems.contains(&(
            3,
            RowProblem::Rule {
                field: Field::Supervisor,
                error: RuleError::SupervisorInactive
            }
        )));
    }

    #[test]
    fn inactive_status_keeps_the_stored_date_and_note() {
        let (_, mut reg) = apply(&Register::default(), &rows(&[HEAD, MARIA, DANIEL]));
        let mut daniel = by_nip(&reg, "199207072015031003").clone();
        let status = EmployeeStatus::Inactive {
            reason: InactiveReason::StudyLeave,
            since: NaiveDate::from_ymd_opt(2025, 8, 1),
            note: "S2 di Makassar".into(),
        };
        daniel.status = status.clone();
        reg.upsert_employee(daniel);
        let row = format!("{}tugas_belajar", DANIEL);
        let again = plan(&reg, &rows(&[HEAD, MARIA, &row]), today()).unwrap();
        assert_eq!(again.unchanged, 3, "same status code: nothing to write");
        let row = format!("{}nonaktif", DANIEL);
        let again = plan(&reg, &rows(&[HEAD, MARIA, &row]), today()).unwrap();
        assert_eq!(
            again.unchanged, 3,
            "plain nonaktif keeps the recorded reason"
        );
        let row = format!("{}pensiun", DANIEL);
        let (again, after) = apply(&reg, &rows(&[HEAD, MARIA, &row]));
        assert_eq!(again.updated, 1, "another reason is a change");
        assert_eq!(
            by_nip(&after, "199207072015031003").status.code(),
            "pensiun"
        );
    }

    #[test]
    fn many_rows_plan_quickly() {
        // 20 000 rows in a 3-level line; the test fails if planning is quadratic.
        let mut lines = vec![HEAD.to_string()];
        for i in 0..20_000u32 {
            let birth_year = 1970 + i / 999 % 30;
            let nip = format!("{birth_year}0101{}011{:03}", birth_year + 26, i % 999 + 1);
            let sup = if i < 100 {
                "198001012005011001".to_string()
            } else {
                lines[1 + (i as usize % 100)]
                    .split(',')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            };
            lines.push(format!(
                "{nip},Pegawai {i},,,PNS,III/a,Analis,Pelaksana,Unit {},{sup},aktif",
                i % 500
            ));
        }
        let rs: Vec<RawRow> = lines
            .iter()
            .enumerate()
            .map(|(i, s)| row(i as u64 + 2, s))
            .collect();
        let start = std::time::Instant::now();
        let plan = plan(&Register::default(), &rs, today()).expect("plan");
        assert_eq!(plan.created, 20_001);
        assert_eq!(plan.units.len(), 501);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            start.elapsed()
        );
    }
}
