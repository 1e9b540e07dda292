//! Office settings and acting assignments carry a revision (issue 10, schema 8): a save based
//! on an older revision is refused inside the commit, naming who saved the record last and
//! when; databases of schema 7 read theirs as revision 0.

mod store_support;

use chrono::NaiveDate;
use kinerja::domain::{ActingAssignment, AuditAction, EmployeeId, OfficeSettings, RecordKind};
use kinerja::store::legacy::write_v7_database;
use kinerja::store::{ChangedBy, Record, Store, StoreError, SCHEMA_VERSION};
use store_support::*;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// Yohanes (3) acts for Maria (1), March to June.
fn plt(id: u64) -> ActingAssignment {
    ActingAssignment {
        id,
        acting: EmployeeId(3),
        for_supervisor: EmployeeId(1),
        from: day(3, 1),
        to: day(6, 30),
        revision: 0,
    }
}

fn save_settings(s: &OfficeSettings) -> kinerja::store::Change {
    change(Record::Settings(s.clone()), AuditAction::Update)
}

fn save_acting(a: &ActingAssignment, action: AuditAction) -> kinerja::store::Change {
    change(Record::Acting(a.clone()), action)
}

/// The refusal's parts, or a panic naming what came instead.
fn stale<T: std::fmt::Debug>(
    r: Result<T, StoreError>,
) -> (RecordKind, u64, u64, Option<u64>, Option<ChangedBy>) {
    match r {
        Err(StoreError::StaleRevision {
            kind,
            id,
            expected,
            found,
            by,
        }) => (kind, id, expected, found, by),
        other => panic!("expected StaleRevision, got {other:?}"),
    }
}

fn by(actor: &str, at_ms: i64) -> Option<ChangedBy> {
    Some(ChangedBy {
        actor: actor.into(),
        at_ms,
    })
}

#[test]
fn two_settings_saves_from_the_same_base_the_second_is_refused_with_who_and_when() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let base = store.office_settings().unwrap();
    assert_eq!(base.revision, 0, "never saved: the defaults at revision 0");

    let mut first = base.clone();
    first.objection_window_days = 21;
    store
        .commit("maria", 9_000, vec![save_settings(&first)])
        .unwrap();
    let stored = store.office_settings().unwrap();
    assert_eq!(stored, first.saved());
    assert_eq!(stored.revision, 1);
    let trail = store.audit_len().unwrap();

    // Budi's form opened on the defaults too.
    let mut second = base;
    second.min_feedback_per_segment = 3;
    let (kind, id, expected, found, who) =
        stale(store.commit("budi", 9_500, vec![save_settings(&second)]));
    assert_eq!(
        (kind, id, expected, found),
        (RecordKind::Settings, 1, 0, Some(1))
    );
    assert_eq!(who, by("maria", 9_000));
    // Nothing written: Maria's change stays, Budi's is not there, no entry.
    assert_eq!(store.office_settings().unwrap(), stored);
    assert_eq!(store.audit_len().unwrap(), trail);

    // Based on the stored revision it goes through, one revision on.
    second.revision = stored.revision;
    store
        .commit("budi", 9_900, vec![save_settings(&second)])
        .unwrap();
    assert_eq!(store.office_settings().unwrap().revision, 2);
    // The trail shows what changed, not the revision.
    let last = store.audit_trail().unwrap().pop().unwrap();
    for json in [last.before.unwrap(), last.after.unwrap()] {
        assert!(!json.contains("revision"), "{json}");
    }
}

#[test]
fn ending_an_assignment_someone_else_changed_is_refused_with_who_and_when() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    store
        .commit(
            "admin",
            2_000,
            vec![save_acting(&plt(1), AuditAction::Create)],
        )
        .unwrap();
    let base = store.acting_assignments().unwrap().remove(0);
    assert_eq!(base.revision, 1, "created at revision 1");

    // Maria moves the end; Budi, from the same view, ends it early.
    let first = ActingAssignment {
        to: day(7, 31),
        ..base.clone()
    };
    store
        .commit(
            "maria",
            3_000,
            vec![save_acting(&first, AuditAction::Update)],
        )
        .unwrap();
    let trail = store.audit_len().unwrap();
    let second = ActingAssignment {
        to: day(4, 15),
        ..base
    };
    let (kind, id, expected, found, who) = stale(store.commit(
        "budi",
        3_500,
        vec![save_acting(&second, AuditAction::Update)],
    ));
    assert_eq!(
        (kind, id, expected, found),
        (RecordKind::Acting, 1, 1, Some(2))
    );
    assert_eq!(who, by("maria", 3_000));
    assert_eq!(store.acting_assignments().unwrap(), [first.saved()]);
    assert_eq!(store.acting_of(EmployeeId(3)).unwrap(), [first.saved()]);
    assert_eq!(store.audit_len().unwrap(), trail);
    assert_eq!(store.last_change(RecordKind::Acting, 1).unwrap(), who);

    // A new assignment under a taken id (revision 0: "not stored yet") is stale too.
    let (_, _, expected, found, _) = stale(store.commit(
        "budi",
        3_600,
        vec![save_acting(&plt(1), AuditAction::Create)],
    ));
    assert_eq!((expected, found), (0, Some(2)));

    let last = store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.record.kind, RecordKind::Acting);
    assert!(!last.after.unwrap().contains("revision"));
}

/// The envelope version of the value under `key` (bytes 2..4).
fn envelope_version(path: &std::path::Path, key: &[u8]) -> u16 {
    let v = raw_sled(path)
        .open_tree("data")
        .unwrap()
        .get(key)
        .unwrap()
        .expect("stored");
    u16::from_be_bytes([v[2], v[3]])
}

fn acting_key(id: u64) -> Vec<u8> {
    let mut k = vec![b'T'];
    k.extend_from_slice(&id.to_be_bytes());
    k
}

#[test]
fn a_schema_7_database_reads_its_settings_and_assignments_as_revision_0_and_checks_them() {
    let (_dir, path) = temp_db();
    let employees = vec![
        employee(1, 1, "Maria Gebze", 1, None),
        employee(2, 2, "Budi Santoso", 1, Some(1)),
        employee(3, 3, "Yohanes Kaize", 1, Some(1)),
    ];
    let units = vec![unit(1, "Dinas Kesehatan", None)];
    let settings = OfficeSettings {
        objection_window_days: 21,
        ..OfficeSettings::default()
    };
    write_v7_database(&path, &employees, &units, Some(&settings), &[plt(1)]).unwrap();
    assert_eq!(envelope_version(&path, b"O"), 6);
    assert_eq!(envelope_version(&path, &acting_key(1)), 3);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 8);
    // Read as they were, at revision 0; not rewritten by the migration.
    assert_eq!(store.office_settings().unwrap(), settings);
    assert_eq!(store.acting_assignments().unwrap(), [plt(1)]);
    assert_eq!(store.employees().unwrap(), employees);
    drop(store);
    assert_eq!(envelope_version(&path, b"O"), 6);
    assert_eq!(envelope_version(&path, &acting_key(1)), 3);

    let store = Store::open(&path).unwrap();
    let mut s = store.office_settings().unwrap();
    s.distribution_enforced = true;
    let ended = ActingAssignment {
        to: day(3, 31),
        ..plt(1)
    };
    store
        .commit(
            "maria",
            7_000,
            vec![save_settings(&s), save_acting(&ended, AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(store.office_settings().unwrap(), s.saved());
    assert_eq!(store.acting_assignments().unwrap(), [ended.saved()]);
    // Second saves from revision 0: refused, naming the first.
    s.min_feedback_per_segment = 4;
    let (_, _, _, found, who) = stale(store.commit("budi", 8_000, vec![save_settings(&s)]));
    assert_eq!((found, who), (Some(1), by("maria", 7_000)));
    let (_, _, _, found, who) = stale(store.commit(
        "budi",
        8_000,
        vec![save_acting(&plt(1), AuditAction::Update)],
    ));
    assert_eq!((found, who), (Some(1), by("maria", 7_000)));
    drop(store);
    assert_eq!(envelope_version(&path, b"O"), 7, "saved at version 7");
    assert_eq!(
        envelope_version(&path, &acting_key(1)),
        4,
        "saved at version 4"
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(store.office_settings().unwrap().revision, 1);
    assert_eq!(store.acting_assignments().unwrap()[0].revision, 1);
}
