//! The one key layout of the `data` tree. Every key starts with a one-byte tag; numbers are
//! big-endian so that the byte order of keys on disk is the numeric order (records in id order,
//! the audit trail in seq order, index entries grouped by their first component).
//!
//! | tag  | key                                         | value                    |
//! |------|---------------------------------------------|--------------------------|
//! | `E`  | `E` id:u64                                  | employee envelope        |
//! | `U`  | `U` id:u64                                  | unit envelope            |
//! | `A`  | `A` seq:u64                                 | audit entry envelope     |
//! | `S`  | `S` counter:u8                              | last value handed out:u64|
//! | `n`  | `n` nip digits                              | employee id:u64          |
//! | `u`  | `u` unit id:u64 employee id:u64             | empty                    |
//! | `s`  | `s` supervisor id:u64 employee id:u64       | empty                    |
//! | `m`  | `m` lower-cased name 0x00 employee id:u64   | empty                    |
//! | `P`  | `P` id:u64                                  | account envelope         |
//! | `T`  | `T` id:u64                                  | acting assignment env.   |
//! | `l`  | `l` lower-cased user name                   | account id:u64           |
//! | `p`  | `p` employee id:u64                         | account id:u64           |
//! | `t`  | `t` acting employee id:u64 assignment id:u64 | empty                   |
//! | `R`  | `R` plan id:u64                             | plan envelope (SKP)      |
//! | `Y`  | `Y` year:u32                                | period envelope          |
//! | `r`  | `r` employee id:u64 year:u32 plan id:u64    | empty                    |
//! | `w`  | `w` appraiser id:u64 year:u32 plan id:u64   | empty                    |
//! | `c`  | `c` parent plan id:u64 child plan id:u64    | empty                    |
//! | `q`  | `q` appraiser id:u64 year:u32 plan id:u64   | empty (only while Diajukan) |
//! | `D`  | `D` account id:u64 form identity (UTF-8)    | form draft envelope      |
//! | `O`  | `O`                                         | office settings envelope |
//! | `V`  | `V` employee id:u64 year:u32                | review-year envelope     |
//! | `G`  | `G` unit id:u64 year:u32                    | unit-grade envelope      |
//! | `v`  | `v` employee id:u64 year:u32                | final annual grade: 2 B  |
//! | `F`  | `F` employee id:u64 year:u32                | feedback-year envelope   |
//! | `a`  | `a` employee id:u64 seq:u64                 | empty                    |
//! | `K`  | `K` account id:u64                          | account-keys envelope    |
//!
//! Years are stored as u32 with the sign bit flipped, so that their byte order is numeric
//! order. A plan is ONE record holding its RHKs, indicators and realisations (few keys: see
//! sled-at-scale); `r` finds an employee's plans by year, `w` an appraiser's team for a year,
//! `c` the plans whose RHKs link to a plan's RHKs (the cascade), `q` the submitted plans of an
//! appraiser's team (what waits for approval one level up, without reading the whole team).
//!
//! The layout is the same in schema 1 and 2; only the record payloads changed. Schema 3 adds
//! the account and acting-assignment records and their indexes (`P`, `T`, `l`, `p`, `t`);
//! schema 4 the plan and period records and the plan indexes (`R`, `Y`, `r`, `w`, `c`), and
//! the drafts of unsaved form input (`D`); schema 5 the index of submitted plans (`q`). The
//! office settings (`O`, one key) need no bump: a database without them reads the defaults.
//! Neither do the evaluations (`V`: one record per employee and year holding all of that
//! year's evaluations) and the unit grades (`G`): an older database has none. A team comes
//! from the register's reports, a unit's population from the unit index (`u`), each then a
//! few direct gets. `v` holds the final annual grade of a review year (grade byte in
//! `PerformanceGrade::ALL` order, and 1 if it came from an objection), written with the `V`
//! record: the distribution check of a 2,000-employee unit reads 2,000 two-byte values
//! instead of decoding 2,000 years of evaluations (measured: 43 ms -> see the perf test).
//! `F` (issue 9) is ONE record per employee and year holding all of that year's feedback
//! sessions and quick notes (about 40 entries, a few KB); no bump either. `a` (schema 6)
//! indexes the audit entries about one employee (their employee record, evaluations,
//! feedback and plans), so their history reads only their entries; the migration to 6 builds
//! it from the trail.
//! `K` (issue 10) holds the SSH public keys of one account (one record per account, absent:
//! none). No bump: an older database simply has none, and a build of schema 7 that ignores
//! them grants nothing by it (it has no key sign-in at all); its audit screen would fail on
//! the new entries' kind, as with `F` before.
//! The `meta` tree holds [`SCHEMA_VERSION_KEY`] -> u32 BE, and [`JOURNAL_KEY`] -> the undo
//! journal while a large commit is being written (see `journal`).

use crate::domain::plan::{PerformancePlan, PlanId, PlanState};
use crate::domain::{
    Account, AccountId, ActingAssignment, Employee, EmployeeId, Nip, RecordKind, UnitId,
};

/// Key of the schema version in the `meta` tree.
pub const SCHEMA_VERSION_KEY: &[u8] = b"schema_version";
/// Key of the undo journal in the `meta` tree.
pub const JOURNAL_KEY: &[u8] = b"commit_journal";

pub const EMPLOYEE: u8 = b'E';
pub const UNIT: u8 = b'U';
pub const AUDIT: u8 = b'A';
pub const COUNTER: u8 = b'S';
pub const IDX_NIP: u8 = b'n';
pub const IDX_UNIT: u8 = b'u';
pub const IDX_SUPERVISOR: u8 = b's';
pub const IDX_NAME: u8 = b'm';
pub const ACCOUNT: u8 = b'P';
pub const ACTING: u8 = b'T';
pub const IDX_USERNAME: u8 = b'l';
pub const IDX_ACCOUNT_EMPLOYEE: u8 = b'p';
pub const IDX_ACTING: u8 = b't';
pub const PLAN: u8 = b'R';
pub const PERIOD: u8 = b'Y';
pub const IDX_PLAN_EMPLOYEE: u8 = b'r';
pub const IDX_PLAN_APPRAISER: u8 = b'w';
pub const IDX_PLAN_LINK: u8 = b'c';
pub const IDX_PLAN_SUBMITTED: u8 = b'q';
pub const DRAFT: u8 = b'D';
pub const SETTINGS: u8 = b'O';
pub const REVIEW_YEAR: u8 = b'V';
pub const UNIT_GRADE: u8 = b'G';
pub const IDX_ANNUAL_GRADE: u8 = b'v';
pub const FEEDBACK_YEAR: u8 = b'F';
pub const IDX_AUDIT_EMPLOYEE: u8 = b'a';
pub const ACCOUNT_KEYS: u8 = b'K';

/// Every index tag of the employee records, for rebuilding those indexes (schema 1 -> 2).
pub const INDEX_TAGS: [u8; 4] = [IDX_NIP, IDX_UNIT, IDX_SUPERVISOR, IDX_NAME];

/// Every index tag of the plan records, for rebuilding those indexes (schema 4 -> 5).
pub const PLAN_INDEX_TAGS: [u8; 4] = [
    IDX_PLAN_EMPLOYEE,
    IDX_PLAN_APPRAISER,
    IDX_PLAN_LINK,
    IDX_PLAN_SUBMITTED,
];

/// The monotonic counters kept under [`COUNTER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counter {
    EmployeeId,
    UnitId,
    AuditSeq,
    AccountId,
    ActingId,
    PlanId,
    /// Not used for keys: a period is keyed by its year. Kept so that every kind has one.
    PeriodId,
    /// Not used either: the office has one settings record.
    SettingsId,
    /// Not used: a review year is keyed by employee and year.
    ReviewId,
    /// Not used: a unit grade is keyed by unit and year.
    UnitGradeId,
    /// Not used: a feedback year is keyed by employee and year.
    FeedbackId,
}

impl Counter {
    pub fn for_kind(kind: RecordKind) -> Counter {
        match kind {
            RecordKind::Employee => Counter::EmployeeId,
            RecordKind::Unit => Counter::UnitId,
            RecordKind::Account => Counter::AccountId,
            RecordKind::Acting => Counter::ActingId,
            RecordKind::Plan => Counter::PlanId,
            RecordKind::Period => Counter::PeriodId,
            RecordKind::Settings => Counter::SettingsId,
            RecordKind::Review => Counter::ReviewId,
            RecordKind::UnitGrade => Counter::UnitGradeId,
            RecordKind::Feedback => Counter::FeedbackId,
            // Keyed by the account's id, like the account itself.
            RecordKind::AccountKeys => Counter::AccountId,
        }
    }

    fn byte(self) -> u8 {
        match self {
            Counter::EmployeeId => b'e',
            Counter::UnitId => b'u',
            Counter::AuditSeq => b'a',
            Counter::AccountId => b'p',
            Counter::ActingId => b't',
            Counter::PlanId => b'r',
            Counter::PeriodId => b'y',
            Counter::SettingsId => b'o',
            Counter::ReviewId => b'v',
            Counter::UnitGradeId => b'g',
            Counter::FeedbackId => b'f',
        }
    }
}

fn tagged(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
    let len = 1 + parts.iter().map(|p| p.len()).sum::<usize>();
    let mut k = Vec::with_capacity(len);
    k.push(tag);
    for p in parts {
        k.extend_from_slice(p);
    }
    k
}

pub fn employee(id: EmployeeId) -> Vec<u8> {
    tagged(EMPLOYEE, &[&id.0.to_be_bytes()])
}

pub fn unit(id: UnitId) -> Vec<u8> {
    tagged(UNIT, &[&id.0.to_be_bytes()])
}

pub fn audit(seq: u64) -> Vec<u8> {
    tagged(AUDIT, &[&seq.to_be_bytes()])
}

pub fn counter(c: Counter) -> Vec<u8> {
    vec![COUNTER, c.byte()]
}

pub fn nip(nip: &Nip) -> Vec<u8> {
    tagged(IDX_NIP, &[nip.as_str().as_bytes()])
}

pub fn unit_member(unit: UnitId, emp: EmployeeId) -> Vec<u8> {
    tagged(IDX_UNIT, &[&unit.0.to_be_bytes(), &emp.0.to_be_bytes()])
}

pub fn unit_members_prefix(unit: UnitId) -> Vec<u8> {
    tagged(IDX_UNIT, &[&unit.0.to_be_bytes()])
}

pub fn subordinate(sup: EmployeeId, emp: EmployeeId) -> Vec<u8> {
    tagged(
        IDX_SUPERVISOR,
        &[&sup.0.to_be_bytes(), &emp.0.to_be_bytes()],
    )
}

pub fn subordinates_prefix(sup: EmployeeId) -> Vec<u8> {
    tagged(IDX_SUPERVISOR, &[&sup.0.to_be_bytes()])
}

pub fn account(id: AccountId) -> Vec<u8> {
    tagged(ACCOUNT, &[&id.0.to_be_bytes()])
}

pub fn acting(id: u64) -> Vec<u8> {
    tagged(ACTING, &[&id.to_be_bytes()])
}

/// The form of a user name in the index and in the record: trimmed, lower-cased.
pub fn username_form(username: &str) -> String {
    username.trim().to_lowercase()
}

pub fn username(username: &str) -> Vec<u8> {
    tagged(IDX_USERNAME, &[username_form(username).as_bytes()])
}

pub fn account_of_employee(emp: EmployeeId) -> Vec<u8> {
    tagged(IDX_ACCOUNT_EMPLOYEE, &[&emp.0.to_be_bytes()])
}

pub fn acting_of(emp: EmployeeId, assignment: u64) -> Vec<u8> {
    tagged(
        IDX_ACTING,
        &[&emp.0.to_be_bytes(), &assignment.to_be_bytes()],
    )
}

pub fn acting_of_prefix(emp: EmployeeId) -> Vec<u8> {
    tagged(IDX_ACTING, &[&emp.0.to_be_bytes()])
}

/// The SSH public keys of an account.
pub fn account_keys(id: AccountId) -> Vec<u8> {
    tagged(ACCOUNT_KEYS, &[&id.0.to_be_bytes()])
}

/// The index keys of an account with their values (the account id).
pub fn account_index_entries(a: &Account) -> Vec<(Vec<u8>, Vec<u8>)> {
    let id = a.id.0.to_be_bytes().to_vec();
    let mut v = vec![(username(&a.username), id.clone())];
    if let Some(emp) = a.employee {
        v.push((account_of_employee(emp), id));
    }
    v
}

/// The index keys of an acting assignment.
pub fn acting_index_entries(a: &ActingAssignment) -> Vec<(Vec<u8>, Vec<u8>)> {
    vec![(acting_of(a.acting, a.id), Vec::new())]
}

/// A year in keys: the sign bit flipped, so that byte order is numeric order.
pub fn year_bytes(year: i32) -> [u8; 4] {
    ((year as u32) ^ 0x8000_0000).to_be_bytes()
}

pub fn plan(id: PlanId) -> Vec<u8> {
    tagged(PLAN, &[&id.0.to_be_bytes()])
}

pub fn period(year: i32) -> Vec<u8> {
    tagged(PERIOD, &[&year_bytes(year)])
}

/// An employee's evaluations of one year.
pub fn review_year(emp: EmployeeId, year: i32) -> Vec<u8> {
    tagged(REVIEW_YEAR, &[&emp.0.to_be_bytes(), &year_bytes(year)])
}

/// The final annual grade of an employee's review year (index, see the table).
pub fn annual_grade(emp: EmployeeId, year: i32) -> Vec<u8> {
    tagged(IDX_ANNUAL_GRADE, &[&emp.0.to_be_bytes(), &year_bytes(year)])
}

/// Prefix of an employee's review years (all years, in year order).
pub fn review_years_prefix(emp: EmployeeId) -> Vec<u8> {
    tagged(REVIEW_YEAR, &[&emp.0.to_be_bytes()])
}

/// An employee's feedback sessions and quick notes of one year.
pub fn feedback_year(emp: EmployeeId, year: i32) -> Vec<u8> {
    tagged(FEEDBACK_YEAR, &[&emp.0.to_be_bytes(), &year_bytes(year)])
}

/// Prefix of an employee's feedback years (all years, in year order).
pub fn feedback_years_prefix(emp: EmployeeId) -> Vec<u8> {
    tagged(FEEDBACK_YEAR, &[&emp.0.to_be_bytes()])
}

/// An audit entry about an employee (index, see the table).
pub fn audit_of_employee(emp: EmployeeId, seq: u64) -> Vec<u8> {
    tagged(
        IDX_AUDIT_EMPLOYEE,
        &[&emp.0.to_be_bytes(), &seq.to_be_bytes()],
    )
}

/// Prefix of the audit entries about an employee (in seq order).
pub fn audit_of_employee_prefix(emp: EmployeeId) -> Vec<u8> {
    tagged(IDX_AUDIT_EMPLOYEE, &[&emp.0.to_be_bytes()])
}

/// A unit's grade of one year.
pub fn unit_grade(unit: UnitId, year: i32) -> Vec<u8> {
    tagged(UNIT_GRADE, &[&unit.0.to_be_bytes(), &year_bytes(year)])
}

/// The id and year in a `V` or `G` key (tag, id:u64, year:u32).
pub fn id_and_year(key: &[u8]) -> Option<(u64, i32)> {
    if key.len() != 13 {
        return None;
    }
    let id = be_u64(key.get(1..9)?)?;
    let b: [u8; 4] = key.get(9..13)?.try_into().ok()?;
    Some((id, (u32::from_be_bytes(b) ^ 0x8000_0000) as i32))
}

/// The office settings: one record.
pub fn settings() -> Vec<u8> {
    vec![SETTINGS]
}

/// Prefix of an employee's plans: all years, or one.
pub fn plans_of_employee_prefix(emp: EmployeeId, year: Option<i32>) -> Vec<u8> {
    let y = year.map(year_bytes);
    tagged(
        IDX_PLAN_EMPLOYEE,
        &[&emp.0.to_be_bytes(), y.as_ref().map_or(&[][..], |y| &y[..])],
    )
}

/// The year in an employee-plan index key (`r` employee year plan).
pub fn year_of_plan_index_key(key: &[u8]) -> Option<i32> {
    let b: [u8; 4] = key.get(9..13)?.try_into().ok()?;
    Some((u32::from_be_bytes(b) ^ 0x8000_0000) as i32)
}

/// Prefix of every employee-plan index key.
pub fn plans_of_employees_prefix() -> Vec<u8> {
    vec![IDX_PLAN_EMPLOYEE]
}

/// Prefix of the plans an appraiser appraises in a year (the team).
pub fn plans_of_appraiser_prefix(appraiser: EmployeeId, year: i32) -> Vec<u8> {
    tagged(
        IDX_PLAN_APPRAISER,
        &[&appraiser.0.to_be_bytes(), &year_bytes(year)],
    )
}

/// Prefix of the submitted plans (Diajukan) an appraiser appraises in a year.
pub fn submitted_plans_prefix(appraiser: EmployeeId, year: i32) -> Vec<u8> {
    tagged(
        IDX_PLAN_SUBMITTED,
        &[&appraiser.0.to_be_bytes(), &year_bytes(year)],
    )
}

/// Prefix of the plans whose RHKs link to an RHK of `parent`.
pub fn plans_linking_prefix(parent: PlanId) -> Vec<u8> {
    tagged(IDX_PLAN_LINK, &[&parent.0.to_be_bytes()])
}

/// The index keys of a plan (all with empty values): employee and year; appraiser and year
/// (and again under `q` while the plan is submitted); one per distinct plan its RHKs link to.
pub fn plan_index_entries(p: &PerformancePlan) -> Vec<(Vec<u8>, Vec<u8>)> {
    let id = p.id.0.to_be_bytes();
    let year = year_bytes(p.year);
    let mut v = vec![(
        tagged(
            IDX_PLAN_EMPLOYEE,
            &[&p.employee_id().0.to_be_bytes(), &year, &id],
        ),
        Vec::new(),
    )];
    if let Some(a) = p.appraiser_id() {
        v.push((
            tagged(IDX_PLAN_APPRAISER, &[&a.0.to_be_bytes(), &year, &id]),
            Vec::new(),
        ));
        if p.state == PlanState::Submitted {
            v.push((
                tagged(IDX_PLAN_SUBMITTED, &[&a.0.to_be_bytes(), &year, &id]),
                Vec::new(),
            ));
        }
    }
    let mut parents: Vec<PlanId> = p
        .results
        .iter()
        .filter_map(|r| r.parent_result.map(|l| l.plan))
        .collect();
    parents.sort_unstable();
    parents.dedup();
    for parent in parents {
        v.push((
            tagged(IDX_PLAN_LINK, &[&parent.0.to_be_bytes(), &id]),
            Vec::new(),
        ));
    }
    v
}

/// The draft of one form of one account.
pub fn draft(account: AccountId, form: &str) -> Vec<u8> {
    tagged(DRAFT, &[&account.0.to_be_bytes(), form.as_bytes()])
}

/// Prefix of an account's drafts.
pub fn drafts_prefix(account: AccountId) -> Vec<u8> {
    tagged(DRAFT, &[&account.0.to_be_bytes()])
}

/// The form of a name in the name index: `PersonName.name` (no titles), trimmed, lower-cased.
pub fn name_form(name: &str) -> String {
    name.trim().to_lowercase()
}

pub fn name(name: &str, emp: EmployeeId) -> Vec<u8> {
    tagged(
        IDX_NAME,
        &[name_form(name).as_bytes(), &[0], &emp.0.to_be_bytes()],
    )
}

/// Prefix of the name index for a search: lower-cased, leading blanks dropped (trailing ones
/// kept, so `"budi "` finds `Budi Santoso` but not `Budiman`).
pub fn name_prefix(prefix: &str) -> Vec<u8> {
    tagged(IDX_NAME, &[prefix.trim_start().to_lowercase().as_bytes()])
}

/// The index keys of an employee with their values.
pub fn employee_index_entries(e: &Employee) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut v = Vec::with_capacity(4);
    v.push((nip(&e.nip), e.id.0.to_be_bytes().to_vec()));
    v.push((unit_member(e.unit, e.id), Vec::new()));
    if let Some(sup) = e.supervisor {
        v.push((subordinate(sup, e.id), Vec::new()));
    }
    v.push((name(&e.name.name, e.id), Vec::new()));
    v
}

/// Reads a big-endian u64 from exactly 8 bytes.
pub fn be_u64(bytes: &[u8]) -> Option<u64> {
    let arr: [u8; 8] = bytes.try_into().ok()?;
    Some(u64::from_be_bytes(arr))
}

/// The employee id at the end of a composite index key (unit, supervisor, name indexes).
pub fn trailing_id(key: &[u8]) -> Option<EmployeeId> {
    let start = key.len().checked_sub(8)?;
    if start == 0 {
        return None;
    }
    be_u64(&key[start..]).map(EmployeeId)
}

/// A readable name for a key, for error messages: `employee/42`, `audit/7`, `index/nip/...`.
pub fn describe(key: &[u8]) -> String {
    let rest = key.get(1..).unwrap_or_default();
    let num = |b: &[u8]| be_u64(b).map_or_else(|| hex(b), |n| n.to_string());
    match key.first() {
        Some(&EMPLOYEE) => format!("employee/{}", num(rest)),
        Some(&UNIT) => format!("unit/{}", num(rest)),
        Some(&AUDIT) => format!("audit/{}", num(rest)),
        Some(&COUNTER) => format!("counter/{}", String::from_utf8_lossy(rest)),
        Some(&IDX_NIP) => format!("index/nip/{}", String::from_utf8_lossy(rest)),
        Some(&IDX_UNIT) => format!("index/unit/{}", hex(rest)),
        Some(&IDX_SUPERVISOR) => format!("index/supervisor/{}", hex(rest)),
        Some(&IDX_NAME) => format!("index/name/{}", String::from_utf8_lossy(rest)),
        Some(&ACCOUNT) => format!("account/{}", num(rest)),
        Some(&ACTING) => format!("acting/{}", num(rest)),
        Some(&ACCOUNT_KEYS) => format!("account-keys/{}", num(rest)),
        Some(&IDX_USERNAME) => format!("index/username/{}", String::from_utf8_lossy(rest)),
        Some(&IDX_ACCOUNT_EMPLOYEE) => format!("index/account-employee/{}", num(rest)),
        Some(&IDX_ACTING) => format!("index/acting/{}", hex(rest)),
        Some(&PLAN) => format!("plan/{}", num(rest)),
        Some(&PERIOD) => match <[u8; 4]>::try_from(rest) {
            Ok(b) => format!("period/{}", (u32::from_be_bytes(b) ^ 0x8000_0000) as i32),
            Err(_) => format!("period/{}", hex(rest)),
        },
        Some(&IDX_PLAN_EMPLOYEE) => format!("index/plan-employee/{}", hex(rest)),
        Some(&IDX_PLAN_APPRAISER) => format!("index/plan-appraiser/{}", hex(rest)),
        Some(&IDX_PLAN_LINK) => format!("index/plan-link/{}", hex(rest)),
        Some(&SETTINGS) => "settings".to_string(),
        Some(&REVIEW_YEAR) => match id_and_year(key) {
            Some((emp, year)) => format!("review/{emp}/{year}"),
            None => format!("review/{}", hex(rest)),
        },
        Some(&IDX_ANNUAL_GRADE) => match id_and_year(key) {
            Some((emp, year)) => format!("index/annual-grade/{emp}/{year}"),
            None => format!("index/annual-grade/{}", hex(rest)),
        },
        Some(&FEEDBACK_YEAR) => match id_and_year(key) {
            Some((emp, year)) => format!("feedback/{emp}/{year}"),
            None => format!("feedback/{}", hex(rest)),
        },
        Some(&IDX_AUDIT_EMPLOYEE) => match (
            rest.get(..8).and_then(be_u64),
            rest.get(8..).and_then(be_u64),
        ) {
            (Some(emp), Some(seq)) => format!("index/audit-employee/{emp}/{seq}"),
            _ => format!("index/audit-employee/{}", hex(rest)),
        },
        Some(&UNIT_GRADE) => match id_and_year(key) {
            Some((unit, year)) => format!("unit-grade/{unit}/{year}"),
            None => format!("unit-grade/{}", hex(rest)),
        },
        Some(&IDX_PLAN_SUBMITTED) => format!("index/plan-submitted/{}", hex(rest)),
        Some(&DRAFT) => match (rest.get(..8).and_then(be_u64), rest.get(8..)) {
            (Some(acc), Some(form)) => {
                format!("draft/{acc}/{}", String::from_utf8_lossy(form))
            }
            _ => format!("draft/{}", hex(rest)),
        },
        _ => String::from_utf8_lossy(key).into_owned(),
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_order_is_byte_order() {
        assert!(employee(EmployeeId(2)) < employee(EmployeeId(256)));
        assert!(audit(255) < audit(256));
        assert!(unit_member(UnitId(1), EmployeeId(9)) < unit_member(UnitId(2), EmployeeId(1)));
        assert!(unit_member(UnitId(1), EmployeeId(9)).starts_with(&unit_members_prefix(UnitId(1))));
    }

    #[test]
    fn name_key_holds_the_id_at_the_end() {
        let k = name("  Budi Santoso ", EmployeeId(300));
        assert!(k.starts_with(&name_prefix("BUDI")));
        assert!(k.starts_with(&name_prefix("budi s")));
        assert!(!k.starts_with(&name_prefix("budiman")));
        assert_eq!(trailing_id(&k), Some(EmployeeId(300)));
        assert_eq!(trailing_id(b"m"), None);
    }

    #[test]
    fn tags_are_distinct() {
        let tags = [
            EMPLOYEE,
            UNIT,
            AUDIT,
            COUNTER,
            IDX_NIP,
            IDX_UNIT,
            IDX_SUPERVISOR,
            IDX_NAME,
            ACCOUNT,
            ACTING,
            IDX_USERNAME,
            IDX_ACCOUNT_EMPLOYEE,
            IDX_ACTING,
            PLAN,
            PERIOD,
            IDX_PLAN_EMPLOYEE,
            IDX_PLAN_APPRAISER,
            IDX_PLAN_LINK,
            IDX_PLAN_SUBMITTED,
            DRAFT,
            SETTINGS,
            REVIEW_YEAR,
            UNIT_GRADE,
            IDX_ANNUAL_GRADE,
            FEEDBACK_YEAR,
            IDX_AUDIT_EMPLOYEE,
            ACCOUNT_KEYS,
        ];
        let set: std::collections::HashSet<u8> = tags.iter().copied().collect();
        assert_eq!(set.len(), tags.len());
        let counters = [
            Counter::EmployeeId,
            Counter::UnitId,
            Counter::AuditSeq,
            Counter::AccountId,
            Counter::ActingId,
            Counter::PlanId,
            Counter::PeriodId,
            Counter::SettingsId,
            Counter::ReviewId,
            Counter::UnitGradeId,
            Counter::FeedbackId,
        ];
        let set: std::collections::HashSet<u8> = counters.iter().map(|c| c.byte()).collect();
        assert_eq!(set.len(), counters.len());
    }

    #[test]
    fn describe_keys() {
        assert_eq!(describe(&employee(EmployeeId(42))), "employee/42");
        assert_eq!(describe(&audit(7)), "audit/7");
        assert_eq!(describe(&account(AccountId(3))), "account/3");
        assert_eq!(describe(&account_keys(AccountId(3))), "account-keys/3");
        assert_eq!(describe(&username(" Maria ")), "index/username/maria");
        assert_eq!(
            describe(&account_of_employee(EmployeeId(12))),
            "index/account-employee/12"
        );
        assert_eq!(describe(b""), "");
        assert_eq!(describe(&plan(PlanId(5))), "plan/5");
        assert_eq!(describe(&period(2025)), "period/2025");
        assert_eq!(describe(&draft(AccountId(3), "plan/7")), "draft/3/plan/7");
        assert_eq!(describe(&settings()), "settings");
        assert_eq!(
            describe(&review_year(EmployeeId(12), 2025)),
            "review/12/2025"
        );
        assert_eq!(describe(&unit_grade(UnitId(3), 2024)), "unit-grade/3/2024");
        assert_eq!(
            describe(&annual_grade(EmployeeId(12), 2025)),
            "index/annual-grade/12/2025"
        );
    }

    #[test]
    fn review_keys_group_by_employee_then_year() {
        let a = review_year(EmployeeId(7), 2024);
        let b = review_year(EmployeeId(7), 2025);
        let c = review_year(EmployeeId(8), 2023);
        assert!(a < b && b < c);
        assert!(a.starts_with(&review_years_prefix(EmployeeId(7))));
        assert!(!c.starts_with(&review_years_prefix(EmployeeId(7))));
        assert_eq!(a.len(), 13);
        assert_eq!(id_and_year(&b), Some((7, 2025)));
        assert_eq!(id_and_year(&unit_grade(UnitId(300), -1)), Some((300, -1)));
        assert!(unit_grade(UnitId(1), 2025) < unit_grade(UnitId(2), 2024));
    }

    #[test]
    fn feedback_and_audit_index_keys() {
        let a = feedback_year(EmployeeId(7), 2024);
        let b = feedback_year(EmployeeId(7), 2025);
        assert!(a < b && b < feedback_year(EmployeeId(8), 2020));
        assert!(a.starts_with(&feedback_years_prefix(EmployeeId(7))));
        assert_eq!(id_and_year(&b), Some((7, 2025)));
        assert_eq!(describe(&b), "feedback/7/2025");
        let i = audit_of_employee(EmployeeId(7), 300);
        assert!(audit_of_employee(EmployeeId(7), 2) < i);
        assert!(i.starts_with(&audit_of_employee_prefix(EmployeeId(7))));
        assert_eq!(describe(&i), "index/audit-employee/7/300");
    }

    #[test]
    fn years_sort_numerically() {
        assert!(period(-1) < period(0));
        assert!(period(2024) < period(2025));
        assert!(period(255) < period(256));
        let a = plans_of_employee_prefix(EmployeeId(7), Some(2024));
        let mut key = a.clone();
        key.extend_from_slice(&9u64.to_be_bytes());
        assert_eq!(year_of_plan_index_key(&key), Some(2024));
        assert!(a.starts_with(&plans_of_employee_prefix(EmployeeId(7), None)));
        assert!(a < plans_of_employee_prefix(EmployeeId(7), Some(2025)));
    }
}
