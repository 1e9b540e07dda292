//! Schema 1, kept as types: what older databases hold, for the migration and for tests that
//! need a genuine schema 1 database ([`write_v1_database`]). Schema 2 differs from schema 3
//! only by having no accounts; [`write_v2_database`] writes a genuine one, and
//! [`write_v3_database`] / [`write_v4_database`] genuine schema 3 and 4 databases.
//!
//! Schema 1 differs from schema 2 only in the employee record: no `grade_since`,
//! `position_since`, `phone`, `email`, and `active: bool` where schema 2 has `status`.
//! Units and audit entries have the same payload; the key layout is the same.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codec::{self, Kind};
use super::keys::{self, Counter};
use super::records;
use super::{open, StoreError};
use crate::domain::plan::PerformancePlan;
use crate::domain::{
    dates, Account, ActingAssignment, AuditAction, AuditEntry, Employee, EmployeeId, EmployeeKind,
    EmployeeStatus, Grade, InactiveReason, Nip, OfficeSettings, OrgUnit, PersonName, PositionKind,
    RecordKind, RecordRef, UnitId,
};

/// The schema this module describes.
pub const SCHEMA: u32 = 1;
/// Envelope version of schema 1 records.
pub const VERSION: u16 = 1;

/// Note put on employees that were inactive in schema 1, which kept no reason.
pub const MIGRATED_NOTE: &str = "dimigrasi dari skema 1";

/// An employee as schema 1 stored it. Field order is the payload layout: do not change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeV1 {
    pub id: EmployeeId,
    pub nip: Nip,
    pub kind: EmployeeKind,
    pub name: PersonName,
    pub grade: Grade,
    pub position: String,
    pub position_kind: PositionKind,
    pub unit: UnitId,
    pub supervisor: Option<EmployeeId>,
    #[serde(with = "dates::opt")]
    pub appointed_on: Option<NaiveDate>,
    pub active: bool,
}

impl EmployeeV1 {
    /// The schema 2 form: `active` becomes a status, the new fields start empty.
    pub fn upgrade(self) -> Employee {
        let status = if self.active {
            EmployeeStatus::Active
        } else {
            EmployeeStatus::Inactive {
                reason: InactiveReason::Other,
                since: None,
                note: MIGRATED_NOTE.to_string(),
            }
        };
        Employee {
            id: self.id,
            nip: self.nip,
            kind: self.kind,
            name: self.name,
            grade: self.grade,
            position: self.position,
            position_kind: self.position_kind,
            unit: self.unit,
            supervisor: self.supervisor,
            appointed_on: self.appointed_on,
            grade_since: None,
            position_since: None,
            status,
            phone: String::new(),
            email: String::new(),
            revision: 0,
        }
    }

    /// The index entries schema 1 kept (same keys as schema 2).
    fn index_entries(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut v = vec![
            (keys::nip(&self.nip), self.id.0.to_be_bytes().to_vec()),
            (keys::unit_member(self.unit, self.id), Vec::new()),
            (keys::name(&self.name.name, self.id), Vec::new()),
        ];
        if let Some(sup) = self.supervisor {
            v.push((keys::subordinate(sup, self.id), Vec::new()));
        }
        v
    }
}

pub fn encode_employee(e: &EmployeeV1) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::employee(e.id), Kind::Employee, VERSION, e)
}

pub fn decode_employee(key: &[u8], bytes: &[u8]) -> Result<EmployeeV1, StoreError> {
    let e: EmployeeV1 = codec::decode(key, bytes, Kind::Employee, &[VERSION])?;
    if key.get(1..).and_then(keys::be_u64) != Some(e.id.0) {
        return Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("holds the record of id {}", e.id.0),
        });
    }
    Ok(e)
}

/// Writes a genuine schema 1 database at `path` (which must not hold one already): meta
/// version 1, schema 1 envelopes, the indexes, the id counters, and one `Create` audit entry
/// per record as schema 1 wrote them. For migration tests.
#[doc(hidden)]
pub fn write_v1_database(
    path: &Path,
    employees: &[EmployeeV1],
    units: &[OrgUnit],
) -> Result<(), StoreError> {
    let rows = employees
        .iter()
        .map(|e| {
            Ok(FixtureEmployee {
                id: e.id,
                value: encode_employee(e)?,
                index: e.index_entries(),
                json: records::json(&keys::employee(e.id), e)?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let versions = Versions {
        unit: VERSION,
        audit: VERSION,
    };
    write_fixture(path, SCHEMA, versions, &rows, units, &[], &Extra::default())
}

/// Schema 2: the schema before accounts. Its employee, unit and audit payloads are today's;
/// it has no account or acting records.
pub const SCHEMA_2: u32 = 2;
/// Envelope version of schema 2 records.
pub const VERSION_2: u16 = 2;

/// An employee as schemas 2 to 6 stored it (envelope version 2): today's record without its
/// `revision`. Field order is the payload layout: do not change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeV2 {
    pub id: EmployeeId,
    pub nip: Nip,
    pub kind: EmployeeKind,
    pub name: PersonName,
    pub grade: Grade,
    pub position: String,
    pub position_kind: PositionKind,
    pub unit: UnitId,
    pub supervisor: Option<EmployeeId>,
    #[serde(with = "dates::opt")]
    pub appointed_on: Option<NaiveDate>,
    #[serde(with = "dates::opt")]
    pub grade_since: Option<NaiveDate>,
    #[serde(with = "dates::opt")]
    pub position_since: Option<NaiveDate>,
    pub status: EmployeeStatus,
    pub phone: String,
    pub email: String,
}

impl EmployeeV2 {
    /// Today's form: read as revision 0 (the first save makes it 1).
    pub fn upgrade(self) -> Employee {
        Employee {
            id: self.id,
            nip: self.nip,
            kind: self.kind,
            name: self.name,
            grade: self.grade,
            position: self.position,
            position_kind: self.position_kind,
            unit: self.unit,
            supervisor: self.supervisor,
            appointed_on: self.appointed_on,
            grade_since: self.grade_since,
            position_since: self.position_since,
            status: self.status,
            phone: self.phone,
            email: self.email,
            revision: 0,
        }
    }

    /// The schema 2-6 form of `e` (its revision dropped), for fixtures.
    pub fn of(e: &Employee) -> EmployeeV2 {
        let e = e.clone();
        EmployeeV2 {
            id: e.id,
            nip: e.nip,
            kind: e.kind,
            name: e.name,
            grade: e.grade,
            position: e.position,
            position_kind: e.position_kind,
            unit: e.unit,
            supervisor: e.supervisor,
            appointed_on: e.appointed_on,
            grade_since: e.grade_since,
            position_since: e.position_since,
            status: e.status,
            phone: e.phone,
            email: e.email,
        }
    }
}

/// A unit as schemas 1 to 6 stored it (envelope versions 1 and 2): today's record without its
/// `revision`. Field order is the payload layout: do not change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitV2 {
    pub id: UnitId,
    pub name: String,
    pub parent: Option<UnitId>,
    pub head: Option<EmployeeId>,
    pub active: bool,
}

impl UnitV2 {
    /// Today's form, at revision 0.
    pub fn upgrade(self) -> OrgUnit {
        OrgUnit {
            id: self.id,
            name: self.name,
            parent: self.parent,
            head: self.head,
            active: self.active,
            revision: 0,
        }
    }

    /// The schema 1-6 form of `u` (its revision dropped).
    pub fn of(u: &OrgUnit) -> UnitV2 {
        UnitV2 {
            id: u.id,
            name: u.name.clone(),
            parent: u.parent,
            head: u.head,
            active: u.active,
        }
    }
}

/// A schema 2-6 employee as a fixture writes it: envelope version 2, its indexes and JSON.
fn fixture_v2(e: &Employee) -> Result<FixtureEmployee, StoreError> {
    let key = keys::employee(e.id);
    let old = EmployeeV2::of(e);
    Ok(FixtureEmployee {
        id: e.id,
        value: codec::encode(&key, Kind::Employee, VERSION_2, &old)?,
        index: keys::employee_index_entries(e),
        json: records::json(&key, &old)?,
    })
}

/// Writes a genuine schema 2 database at `path`, like [`write_v1_database`]: meta version 2,
/// envelopes of version 2, the indexes, counters and one `Create` audit entry per record.
#[doc(hidden)]
pub fn write_v2_database(
    path: &Path,
    employees: &[Employee],
    units: &[OrgUnit],
) -> Result<(), StoreError> {
    let rows = employees
        .iter()
        .map(fixture_v2)
        .collect::<Result<Vec<_>, StoreError>>()?;
    let versions = Versions {
        unit: VERSION_2,
        audit: VERSION_2,
    };
    write_fixture(
        path,
        SCHEMA_2,
        versions,
        &rows,
        units,
        &[],
        &Extra::default(),
    )
}

/// Schema 3: the schema before plans. Employees and units at envelope version 2, accounts and
/// audit entries at 3; no plan or period records.
pub const SCHEMA_3: u32 = 3;

/// Writes a genuine schema 3 database at `path`, like [`write_v2_database`], with accounts
/// (and their user-name and employee index entries, and a `Create` audit entry each).
#[doc(hidden)]
pub fn write_v3_database(
    path: &Path,
    employees: &[Employee],
    units: &[OrgUnit],
    accounts: &[Account],
) -> Result<(), StoreError> {
    let rows = employees
        .iter()
        .map(fixture_v2)
        .collect::<Result<Vec<_>, StoreError>>()?;
    let versions = Versions {
        unit: VERSION_2,
        audit: 3,
    };
    write_fixture(
        path,
        SCHEMA_3,
        versions,
        &rows,
        units,
        accounts,
        &Extra::default(),
    )
}

/// Schema 4: the schema before the index of submitted plans (`q`). Plans at envelope version
/// 4 with their employee, appraiser and link index entries.
pub const SCHEMA_4: u32 = 4;

/// Writes a genuine schema 4 database at `path`, like [`write_v3_database`], with plans (and
/// their schema 4 index entries, and a `Create` audit entry each).
#[doc(hidden)]
pub fn write_v4_database(
    path: &Path,
    employees: &[Employee],
    units: &[OrgUnit],
    accounts: &[Account],
    plans: &[PerformancePlan],
) -> Result<(), StoreError> {
    let rows = employees
        .iter()
        .map(fixture_v2)
        .collect::<Result<Vec<_>, StoreError>>()?;
    let versions = Versions {
        unit: VERSION_2,
        audit: 3,
    };
    write_fixture(
        path,
        SCHEMA_4,
        versions,
        &rows,
        units,
        accounts,
        &Extra {
            plans,
            ..Extra::default()
        },
    )
}

/// Schema 7: the schema before the office settings and acting assignments carried a revision.
pub const SCHEMA_7: u32 = 7;

/// Writes a schema 7 database at `path` as a schema 4 one migrated up to 7 holds it (the
/// migrations did not rewrite employees and units: envelope version 2, read as revision 0),
/// with the office settings at envelope version 6 and acting assignments at version 3 (both
/// without a revision, as schemas 6 and 7 wrote them), a `Create` audit entry each, and the
/// employees' entries in the `a` index (schema 6).
#[doc(hidden)]
pub fn write_v7_database(
    path: &Path,
    employees: &[Employee],
    units: &[OrgUnit],
    settings: Option<&OfficeSettings>,
    acting: &[ActingAssignment],
) -> Result<(), StoreError> {
    let rows = employees
        .iter()
        .map(fixture_v2)
        .collect::<Result<Vec<_>, StoreError>>()?;
    let versions = Versions {
        unit: VERSION_2,
        audit: 4,
    };
    let extra = Extra {
        settings,
        acting,
        ..Extra::default()
    };
    write_fixture(path, SCHEMA_7, versions, &rows, units, &[], &extra)
}

/// Records of the later fixtures: plans (schema 4), settings and acting assignments (7).
#[derive(Default)]
struct Extra<'a> {
    plans: &'a [PerformancePlan],
    settings: Option<&'a OfficeSettings>,
    acting: &'a [ActingAssignment],
}

/// The index entries schema 4 kept for a plan: employee, appraiser and links (no `q`).
fn plan_index_entries_v4(p: &PerformancePlan) -> Vec<(Vec<u8>, Vec<u8>)> {
    keys::plan_index_entries(p)
        .into_iter()
        .filter(|(k, _)| {
            [
                keys::IDX_PLAN_EMPLOYEE,
                keys::IDX_PLAN_APPRAISER,
                keys::IDX_PLAN_LINK,
            ]
            .contains(&k[0])
        })
        .collect()
}

/// Envelope versions of a fixture's units and audit entries.
#[derive(Clone, Copy)]
struct Versions {
    unit: u16,
    audit: u16,
}

/// An employee of a fixture, already encoded in its schema.
struct FixtureEmployee {
    id: EmployeeId,
    value: Vec<u8>,
    index: Vec<(Vec<u8>, Vec<u8>)>,
    json: String,
}

fn write_fixture(
    path: &Path,
    schema: u32,
    versions: Versions,
    employees: &[FixtureEmployee],
    units: &[OrgUnit],
    accounts: &[Account],
    extra: &Extra<'_>,
) -> Result<(), StoreError> {
    let plans = extra.plans;
    let h = open::open(path)?;
    if open::read_version(&h.meta)?.is_some() || !h.data.is_empty() {
        return Err(StoreError::Io(format!(
            "{}: a database already exists",
            path.display()
        )));
    }
    let mut batch = sled::Batch::default();
    let mut seq = 0u64;
    let mut audit = |batch: &mut sled::Batch, kind, id, after: String| {
        seq += 1;
        let entry = AuditEntry {
            seq,
            at_ms: 0,
            actor: "system:fixture".into(),
            action: AuditAction::Create,
            record: RecordRef { kind, id },
            before: None,
            after: Some(after),
            reason: String::new(),
        };
        records::audit::encode_at(&entry, versions.audit).map(|v| {
            batch.insert(keys::audit(seq), v);
            seq
        })
    };
    for u in units {
        batch.insert(
            keys::unit(u.id),
            records::unit::encode_old(u, versions.unit)?,
        );
        audit(
            &mut batch,
            RecordKind::Unit,
            u.id.0,
            records::unit::json(&keys::unit(u.id), u)?,
        )?;
    }
    for e in employees {
        batch.insert(keys::employee(e.id), e.value.clone());
        for (k, v) in &e.index {
            batch.insert(k.clone(), v.clone());
        }
        let seq = audit(&mut batch, RecordKind::Employee, e.id.0, e.json.clone())?;
        // Schema 6 on: the audit trail indexed by employee.
        if schema >= 6 {
            batch.insert(keys::audit_of_employee(e.id, seq), Vec::new());
        }
    }
    if let Some(settings) = extra.settings {
        let key = keys::settings();
        batch.insert(key.clone(), records::settings::encode_v6(settings)?);
        let json = records::settings::json(&key, settings)?;
        audit(&mut batch, RecordKind::Settings, super::settings::ID, json)?;
    }
    for a in extra.acting {
        let key = keys::acting(a.id);
        batch.insert(key.clone(), records::acting::encode_v3(a)?);
        for (k, v) in keys::acting_index_entries(a) {
            batch.insert(k, v);
        }
        audit(
            &mut batch,
            RecordKind::Acting,
            a.id,
            records::acting::json(&key, a)?,
        )?;
    }
    if let Some(max) = extra.acting.iter().map(|a| a.id).max() {
        batch.insert(keys::counter(Counter::ActingId), max.to_be_bytes().to_vec());
    }
    for a in accounts {
        let key = keys::account(a.id);
        batch.insert(
            key.clone(),
            codec::encode(&key, Kind::Account, SCHEMA_3 as u16, a)?,
        );
        for (k, v) in keys::account_index_entries(a) {
            batch.insert(k, v);
        }
        audit(
            &mut batch,
            RecordKind::Account,
            a.id.0,
            records::account::json(&key, a)?,
        )?;
    }
    for p in plans {
        let key = keys::plan(p.id);
        batch.insert(key.clone(), codec::encode(&key, Kind::Plan, 4, p)?);
        for (k, v) in plan_index_entries_v4(p) {
            batch.insert(k, v);
        }
        audit(
            &mut batch,
            RecordKind::Plan,
            p.id.0,
            records::json(&key, p)?,
        )?;
    }
    if let Some(max) = plans.iter().map(|p| p.id.0).max() {
        batch.insert(keys::counter(Counter::PlanId), max.to_be_bytes().to_vec());
    }
    if let Some(max) = accounts.iter().map(|a| a.id.0).max() {
        batch.insert(
            keys::counter(Counter::AccountId),
            max.to_be_bytes().to_vec(),
        );
    }
    let max_emp = employees.iter().map(|e| e.id.0).max().unwrap_or(0);
    let max_unit = units.iter().map(|u| u.id.0).max().unwrap_or(0);
    batch.insert(
        keys::counter(Counter::EmployeeId),
        max_emp.to_be_bytes().to_vec(),
    );
    batch.insert(
        keys::counter(Counter::UnitId),
        max_unit.to_be_bytes().to_vec(),
    );
    let audited = (employees.len()
        + units.len()
        + accounts.len()
        + plans.len()
        + usize::from(extra.settings.is_some())
        + extra.acting.len()) as u64;
    batch.insert(
        keys::counter(Counter::AuditSeq),
        audited.to_be_bytes().to_vec(),
    );
    h.data.apply_batch(batch)?;
    h.meta
        .insert(keys::SCHEMA_VERSION_KEY, &open::version_bytes(schema)[..])?;
    h.db.flush()?;
    Ok(())
}
