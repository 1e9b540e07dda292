//! The one command path: rules checked before anything is written, multi-record changes in one
//! transaction with an audit entry each, and the in-memory register in step with the disk.

mod common;

use common::{services_with_office, NOW_MS};
use kinerja::app::{Command, CommandError, Outcome, Register};
use kinerja::domain::{
    AuditAction, Directory, EmployeeId, EmployeeStatus, Field, InactiveReason, RecordKind,
    RuleError, UnitId,
};
use kinerja::store::Store;

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);

#[test]
fn a_cycle_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let trail_before = s.store.audit_trail().unwrap().len();
    let mut maria = s.register.employee(MARIA).cloned().unwrap();
    maria.supervisor = Some(DANIEL);
    match s.execute(Command::SaveEmployee(maria)) {
        Err(CommandError::Invalid { errors, .. }) => {
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].field, Field::Supervisor);
            assert!(matches!(errors[0].error, RuleError::SupervisorCycle(_)));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(s.store.audit_trail().unwrap().len(), trail_before);
    assert_eq!(
        s.store.employee(MARIA).unwrap().unwrap().supervisor,
        Some(YOHANES)
    );
}

#[test]
fn a_duplicate_nip_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let mut copy = s.register.employee(DANIEL).cloned().unwrap();
    copy.id = EmployeeId(0);
    copy.name.name = "Orang Lain".into();
    let err = s.execute(Command::SaveEmployee(copy)).unwrap_err();
    assert!(
        matches!(&err, CommandError::Invalid { errors, .. }
            if errors.iter().any(|e| e.error == RuleError::NipTaken(DANIEL))),
        "{err:?}"
    );
    assert_eq!(s.store.employees().unwrap().len(), 5);
}

#[test]
fn deactivating_a_supervisor_moves_the_reports_in_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut s = services_with_office(&path);
    let seq_before = s.store.audit_trail().unwrap().last().map_or(0, |a| a.seq);

    // Without a new supervisor for Daniel and Siti the rules refuse.
    let refused = s.execute(Command::DeactivateEmployee {
        id: MARIA,
        reason: InactiveReason::TransferredOut,
        since: None,
        note: "mutasi ke Merauke".into(),
        reassign_to: None,
    });
    assert!(refused.is_err(), "{refused:?}");
    assert!(s.store.employee(MARIA).unwrap().unwrap().is_active());

    let done = s
        .execute(Command::DeactivateEmployee {
            id: MARIA,
            reason: InactiveReason::TransferredOut,
            since: None,
            note: "mutasi ke Merauke".into(),
            reassign_to: Some(YOHANES),
        })
        .unwrap();
    assert_eq!(
        done,
        Outcome::EmployeeDeactivated {
            id: MARIA,
            moved: 2,
            units: vec!["Seksi Pemerintahan".into()],
        }
    );
    // Two moves, the unit whose head she was, and her own record: one commit, consecutive seqs.
    let trail = s.store.audit_trail().unwrap();
    let new: Vec<_> = trail.iter().filter(|a| a.seq > seq_before).collect();
    assert_eq!(new.len(), 4, "{new:#?}");
    assert!(new.iter().all(|a| a.at_ms == NOW_MS && a.actor == "test"));
    assert_eq!(new.last().unwrap().action, AuditAction::Deactivate);
    assert_eq!(new.last().unwrap().reason, "mutasi ke Merauke");
    assert!(new[0].before.as_deref().unwrap().contains("Daniel"));

    // On disk after reopening, and the register agrees with the disk.
    let register_after = s.register.clone();
    drop(s);
    let store = Store::open(&path).unwrap();
    let reloaded = Register::load(&store).unwrap();
    assert_eq!(reloaded.employees(), register_after.employees());
    assert_eq!(reloaded.units(), register_after.units());
    for id in [DANIEL, SITI] {
        assert_eq!(reloaded.employee(id).unwrap().supervisor, Some(YOHANES));
    }
    assert!(matches!(
        reloaded.employee(MARIA).unwrap().status,
        EmployeeStatus::Inactive {
            reason: InactiveReason::TransferredOut,
            ..
        }
    ));
    assert_eq!(reloaded.unit(UnitId(2)).unwrap().head, Some(YOHANES));
    assert_eq!(store.subordinates_of(YOHANES).unwrap().len(), 4);
}

#[test]
fn an_inactive_person_cannot_become_a_supervisor_until_reactivated() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    s.execute(Command::DeactivateEmployee {
        id: DANIEL,
        reason: InactiveReason::StudyLeave,
        since: None,
        note: String::new(),
        reassign_to: None,
    })
    .unwrap();
    let mut siti = s.register.employee(SITI).cloned().unwrap();
    siti.supervisor = Some(DANIEL);
    let err = s.execute(Command::SaveEmployee(siti.clone())).unwrap_err();
    assert!(
        matches!(&err, CommandError::Invalid { errors, .. }
            if errors[0].error == RuleError::SupervisorInactive),
        "{err:?}"
    );
    s.execute(Command::ReactivateEmployee(DANIEL)).unwrap();
    s.execute(Command::SaveEmployee(siti)).unwrap();
    assert_eq!(
        s.store.employee(SITI).unwrap().unwrap().supervisor,
        Some(DANIEL)
    );
}

#[test]
fn units_keep_a_tree() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let mut top = s.register.unit(UnitId(1)).cloned().unwrap();
    top.parent = Some(UnitId(2));
    let err = s.execute(Command::SaveUnit(top)).unwrap_err();
    assert!(matches!(&err, CommandError::InvalidUnit(e) if e == &[RuleError::UnitCycle]));
    let out = s
        .execute(Command::SaveUnit(kinerja::domain::OrgUnit {
            id: UnitId(0),
            name: "Puskesmas Salor".into(),
            parent: Some(UnitId(1)),
            head: None,
            active: true,
            revision: 0,
        }))
        .unwrap();
    let Outcome::UnitSaved { id, created: true } = out else {
        panic!("{out:?}")
    };
    assert_eq!(s.store.unit(id).unwrap().unwrap().name, "Puskesmas Salor");
    // Ids are never reused: the next one is above every id handed out so far.
    assert!(s.next_id(RecordKind::Unit).unwrap() > id.0);
}

#[test]
fn unknown_records_are_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let mut ghost = s.register.employee(DANIEL).cloned().unwrap();
    ghost.id = EmployeeId(999);
    assert!(matches!(
        s.execute(Command::SaveEmployee(ghost)),
        Err(CommandError::NotFound)
    ));
    assert!(matches!(
        s.execute(Command::ReactivateEmployee(EmployeeId(999))),
        Err(CommandError::NotFound)
    ));
}

#[test]
fn a_batch_that_retires_a_unit_head_leaves_the_unit_without_head() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    // Maria heads unit 2; the batch retires her and moves her reports, like an import would.
    let mut maria = s.register.employee(MARIA).cloned().unwrap();
    maria.status = EmployeeStatus::Inactive {
        reason: InactiveReason::Retired,
        since: None,
        note: String::new(),
    };
    let mut moved = Vec::new();
    for id in [DANIEL, SITI] {
        let mut e = s.register.employee(id).cloned().unwrap();
        e.supervisor = Some(YOHANES);
        moved.push(e);
    }
    moved.push(maria);
    s.execute(Command::Batch {
        units: Vec::new(),
        employees: moved,
        action: AuditAction::Import,
    })
    .unwrap();
    assert_eq!(s.register.unit(UnitId(2)).unwrap().head, None);
    assert_eq!(s.store.unit(UnitId(2)).unwrap().unwrap().head, None);
    let trail = s.store.audit_trail().unwrap();
    assert!(trail.iter().any(|a| a.record.kind == RecordKind::Unit
        && a.record.id == 2
        && a.action == AuditAction::Import));
}

#[test]
fn two_units_of_one_name_under_one_parent_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let twin = kinerja::domain::OrgUnit {
        id: UnitId(0),
        name: " seksi pemerintahan ".into(),
        parent: Some(UnitId(1)),
        head: None,
        active: true,
        revision: 0,
    };
    let err = s.execute(Command::SaveUnit(twin.clone())).unwrap_err();
    assert!(
        matches!(&err, CommandError::InvalidUnit(e) if e == &[RuleError::UnitNameTaken]),
        "{err:?}"
    );
    // The same name elsewhere in the tree is fine (a section of another office).
    let elsewhere = kinerja::domain::OrgUnit {
        parent: None,
        ..twin
    };
    s.execute(Command::SaveUnit(elsewhere)).unwrap();
    // Renaming a unit to its own name is no clash.
    let own = s.register.unit(UnitId(2)).cloned().unwrap();
    s.execute(Command::SaveUnit(own)).unwrap();
}

#[test]
fn someone_who_left_may_keep_a_supervisor_who_left_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    // Daniel retires, then Maria leaves (Siti moves to Yohanes; Daniel keeps Maria).
    s.execute(Command::DeactivateEmployee {
        id: DANIEL,
        reason: InactiveReason::Retired,
        since: None,
        note: String::new(),
        reassign_to: None,
    })
    .unwrap();
    s.execute(Command::DeactivateEmployee {
        id: MARIA,
        reason: InactiveReason::TransferredOut,
        since: None,
        note: String::new(),
        reassign_to: Some(YOHANES),
    })
    .unwrap();
    assert_eq!(s.register.employee(DANIEL).unwrap().supervisor, Some(MARIA));
    // Saving Daniel's record again (as an import of the export would) is accepted.
    let daniel = s.register.employee(DANIEL).cloned().unwrap();
    s.execute(Command::Batch {
        units: Vec::new(),
        employees: vec![daniel],
        action: AuditAction::Import,
    })
    .unwrap();
}

#[test]
fn deactivating_a_head_can_promote_one_of_the_reports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut s = services_with_office(&path);
    // Maria heads Daniel and Siti; Daniel is promoted: he goes up to Yohanes (Maria's own
    // supervisor), Siti now reports to Daniel, and he heads Maria's unit.
    let done = s
        .execute(Command::DeactivateEmployee {
            id: MARIA,
            reason: InactiveReason::TransferredOut,
            since: None,
            note: "mutasi".into(),
            reassign_to: Some(DANIEL),
        })
        .unwrap();
    assert_eq!(
        done,
        Outcome::EmployeeDeactivated {
            id: MARIA,
            moved: 2,
            units: vec!["Seksi Pemerintahan".into()],
        }
    );
    drop(s);
    let store = Store::open(&path).unwrap();
    let reg = Register::load(&store).unwrap();
    assert_eq!(reg.employee(DANIEL).unwrap().supervisor, Some(YOHANES));
    assert_eq!(reg.employee(SITI).unwrap().supervisor, Some(DANIEL));
    assert_eq!(reg.unit(UnitId(2)).unwrap().head, Some(DANIEL));
}

#[test]
fn promoting_below_the_reports_would_make_a_cycle_and_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    // Siti reports to Daniel first; then Maria leaves and Siti (a report of a report) is
    // named: Daniel would report to Siti who reports to Daniel.
    let mut siti = s.register.employee(SITI).cloned().unwrap();
    siti.supervisor = Some(DANIEL);
    s.execute(Command::SaveEmployee(siti)).unwrap();
    let err = s
        .execute(Command::DeactivateEmployee {
            id: MARIA,
            reason: InactiveReason::TransferredOut,
            since: None,
            note: String::new(),
            reassign_to: Some(SITI),
        })
        .unwrap_err();
    assert!(
        matches!(&err, CommandError::Invalid { errors, .. }
            if errors.iter().any(|e| matches!(e.error, RuleError::SupervisorCycle(_)))),
        "{err:?}"
    );
    assert!(s.register.employee(MARIA).unwrap().is_active());
    assert_eq!(s.register.employee(DANIEL).unwrap().supervisor, Some(MARIA));
}

/// Two people edit Daniel from the same stored revision: the first save goes through, the
/// second is refused inside the commit, naming the first editor and the time; nothing of it
/// is written, and memory holds the first save.
#[test]
fn a_save_based_on_an_older_revision_is_refused_naming_who_and_when() {
    use kinerja::app::kit::lang::Lang;
    use kinerja::store::{ChangedBy, StoreError};
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let base = s.register.employee(DANIEL).cloned().unwrap();
    assert_eq!(base.revision, 1);

    s.actor = "maria".into();
    let mut first = base.clone();
    first.phone = "0812 1111 2222".into();
    s.execute(Command::SaveEmployee(first.clone())).unwrap();
    assert_eq!(s.register.employee(DANIEL), Some(&first.saved()));
    let trail = s.store.audit_trail().unwrap().len();

    s.actor = "budi".into();
    let mut second = base.clone();
    second.position = "Analis Pemerintahan".into();
    let err = match s.execute(Command::SaveEmployee(second)) {
        Err(CommandError::Store(e)) => e,
        other => panic!("expected a stale refusal, got {other:?}"),
    };
    match &err {
        StoreError::StaleRevision {
            kind: RecordKind::Employee,
            id: 3,
            expected: 1,
            found: Some(2),
            by: Some(by),
        } => assert_eq!(
            by,
            &ChangedBy {
                actor: "maria".into(),
                at_ms: NOW_MS,
            }
        ),
        other => panic!("expected StaleRevision with who, got {other:?}"),
    }
    assert_eq!(s.store.audit_trail().unwrap().len(), trail);
    let stored = s.store.employee(DANIEL).unwrap().unwrap();
    assert_eq!(stored, first.saved());
    assert_eq!(s.register.employee(DANIEL), Some(&stored));

    // In words, both languages: who and when (local time; not today, so with the date).
    let at = chrono::DateTime::from_timestamp_millis(NOW_MS)
        .unwrap()
        .with_timezone(&chrono::Local);
    assert_eq!(
        kinerja::i18n::errors::error(Lang::Id, &err),
        format!(
            "Data pegawai ini sudah diubah oleh maria {}; muat ulang lalu ulangi",
            at.format("pada %d-%m-%Y pukul %H.%M")
        )
    );
    assert_eq!(
        kinerja::i18n::errors::error(Lang::En, &err),
        format!(
            "maria changed the employee {}; reload it and make your change again",
            at.format("on %d-%m-%Y at %H:%M")
        )
    );
}
