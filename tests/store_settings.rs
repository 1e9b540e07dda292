//! The office settings in the store and on the command path: absent means the embedded
//! defaults (a schema-4 database from before the record opens unchanged), an admin's change
//! is stored whole, checked by the domain, audited old -> new, and used where the settings
//! are read (a year without a stored period, the SKP overview's overdue check).

mod common;
mod store_support;

use common::services_with_office;
use kinerja::app::plans::load::load;
use kinerja::app::settings::{Command as SettingsCommand, Done};
use kinerja::app::{Command, CommandError, Outcome, Services};
use kinerja::domain::ruledata::{DayOfYear, SettingError, SettingKey};
use kinerja::domain::{
    AuditAction, EmployeeId, OfficeSettings, OrgGrade, Rating, RecordKind, Role, Viewer,
};
use kinerja::store::Store;
use store_support::{raw_sled, seed, temp_db};

fn save(s: &mut Services, settings: OfficeSettings, reason: &str) -> Result<Outcome, CommandError> {
    s.execute(Command::Settings(SettingsCommand::Save {
        settings,
        reason: reason.into(),
    }))
}

#[test]
fn a_schema_4_database_without_the_record_opens_with_the_defaults() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
    }
    {
        // As a schema-4 build left it: version 4, no settings key.
        let db = raw_sled(&path);
        db.open_tree("meta")
            .unwrap()
            .insert("schema_version", &4u32.to_be_bytes()[..])
            .unwrap();
        assert!(db.open_tree("data").unwrap().get([b'O']).unwrap().is_none());
        db.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stored_settings().unwrap(), None);
    assert_eq!(store.office_settings().unwrap(), OfficeSettings::default());
    assert_eq!(store.office_settings().unwrap().objection_window_days, 14);
}

#[test]
fn stored_settings_round_trip_and_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut want = OfficeSettings {
        objection_window_days: 21,
        distribution_enforced: true,
        plan_deadline: DayOfYear {
            year_offset: 0,
            month: 2,
            day: 28,
        },
        ..OfficeSettings::default()
    };
    want.head_work_result_rating
        .insert(OrgGrade::Good, Rating::AboveExpectation);
    {
        let mut s = services_with_office(&path);
        let out = save(&mut s, want.clone(), "SK 5/2026").unwrap();
        assert_eq!(
            out,
            Outcome::Settings(Done::Saved(vec![
                SettingKey::PlanDeadline,
                SettingKey::ObjectionWindow,
                SettingKey::DistributionEnforced,
                SettingKey::HeadRating(OrgGrade::Good),
            ]))
        );
    }
    let store = Store::open(&path).unwrap();
    // Stored one revision on (saved once).
    assert_eq!(store.stored_settings().unwrap(), Some(want.saved()));
}

#[test]
fn a_change_is_audited_with_the_settings_before_and_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before_len = s.store.audit_trail().unwrap().len();
    let mut next = s.office_settings().unwrap();
    next.objection_window_days = 30;
    save(&mut s, next.clone(), " SK 5/2026 ").unwrap();
    let trail = s.store.audit_trail().unwrap();
    assert_eq!(trail.len(), before_len + 1);
    let e = trail.last().unwrap();
    assert_eq!(e.record.kind, RecordKind::Settings);
    assert_eq!(e.action, AuditAction::Update);
    assert_eq!(e.actor, "test");
    assert_eq!(e.reason, "SK 5/2026");
    let read = |j: &Option<String>| -> OfficeSettings {
        serde_json::from_str(j.as_deref().unwrap()).unwrap()
    };
    // The first change shows the defaults it replaced.
    assert_eq!(read(&e.before), OfficeSettings::default());
    assert_eq!(read(&e.after), next);
    // The entry in words: each changed setting with its label, old -> new.
    let lines = kinerja::i18n::settings::audit_changes(
        kinerja::i18n::Lang::En,
        e.before.as_deref(),
        e.after.as_deref(),
    );
    assert_eq!(
        lines,
        Some(vec![(
            "Objection window".to_string(),
            "14 days".to_string(),
            "30 days".to_string()
        )])
    );

    // The same settings again: nothing written, nothing audited.
    let again = save(&mut s, next, "").unwrap();
    assert_eq!(again, Outcome::Settings(Done::Unchanged));
    assert_eq!(s.store.audit_trail().unwrap().len(), before_len + 1);
}

#[test]
fn broken_settings_are_refused_with_every_reason_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before_len = s.store.audit_trail().unwrap().len();
    let bad = OfficeSettings {
        objection_window_days: 0,
        plan_deadline: DayOfYear {
            year_offset: 0,
            month: 2,
            day: 30,
        },
        ..OfficeSettings::default()
    };
    match save(&mut s, bad, "") {
        Err(CommandError::Settings(errors)) => assert_eq!(
            errors,
            vec![
                SettingError::NotEveryYear(SettingKey::PlanDeadline),
                SettingError::OutOfRange {
                    key: SettingKey::ObjectionWindow,
                    min: 1,
                    max: 90
                },
            ]
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(s.store.stored_settings().unwrap(), None);
    assert_eq!(s.store.audit_trail().unwrap().len(), before_len);
}

#[test]
fn only_an_admin_may_change_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let next = OfficeSettings {
        objection_window_days: 20,
        ..OfficeSettings::default()
    };
    // Maria (employee 2) supervises Daniel: an appraiser, not an admin.
    s.viewer = Some(Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(2)),
        acting: Vec::new(),
    });
    assert!(matches!(
        save(&mut s, next.clone(), ""),
        Err(CommandError::Forbidden)
    ));
    assert_eq!(s.store.stored_settings().unwrap(), None);
    s.viewer = Some(Viewer {
        role: Role::Admin,
        employee: None,
        acting: Vec::new(),
    });
    assert!(save(&mut s, next, "").is_ok());
    assert_eq!(s.store.office_settings().unwrap().objection_window_days, 20);
}

/// 28/11/2026 (the fixtures' clock), no period stored for 2026: the office moved the plan
/// deadline to 30/11 before the year's first plan, so a draft is not overdue yet (with the
/// default 31/01 it would be). Changing the deadline again keeps 2026 as it was planned.
#[test]
fn the_overview_takes_the_plan_deadline_from_the_stored_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let late = OfficeSettings {
        plan_deadline: DayOfYear {
            year_offset: 0,
            month: 11,
            day: 30,
        },
        ..OfficeSettings::default()
    };
    save(&mut s, late, "").unwrap();
    s.execute(Command::Plans(kinerja::app::plans::Command::CreateDraft {
        employee: EmployeeId(3),
        year: 2026,
    }))
    .unwrap();
    let overdue = |s: &Services| {
        let loaded = load(s, None, 2026, None).unwrap();
        let row = loaded
            .rows
            .iter()
            .find(|r| r.employee == EmployeeId(3))
            .cloned()
            .unwrap();
        (
            loaded.period.plan_deadline.format("%d/%m/%Y").to_string(),
            row.progress.unwrap().plan_overdue,
        )
    };
    assert_eq!(overdue(&s), ("30/11/2026".to_string(), false));
    // Back to the defaults, based on the stored revision.
    let back = OfficeSettings {
        revision: s.office_settings().unwrap().revision,
        ..OfficeSettings::default()
    };
    save(&mut s, back, "").unwrap();
    assert_eq!(overdue(&s), ("30/11/2026".to_string(), false));
    // A year planned after the change takes the new deadline.
    s.execute(Command::Plans(kinerja::app::plans::Command::CreateDraft {
        employee: EmployeeId(3),
        year: 2027,
    }))
    .unwrap();
    let loaded = load(&s, None, 2027, None).unwrap();
    assert_eq!(
        loaded.period.plan_deadline.format("%d/%m/%Y").to_string(),
        "31/01/2027"
    );
}

/// The audit screen's filter finds a settings change by "pengaturan" and by "settings".
#[test]
fn the_audit_filter_finds_a_settings_change_in_both_languages() {
    use kinerja::app::audit::view::AuditView;
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let next = OfficeSettings {
        distribution_enforced: true,
        ..OfficeSettings::default()
    };
    save(&mut s, next, "").unwrap();
    let mut trail = s.store.audit_trail().unwrap();
    trail.reverse();
    let settings_seq = trail[0].seq;
    let mut view = AuditView::default();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    view.load(
        &s.register,
        trail,
        None,
        None,
        today,
        &kinerja::i18n::common::Words,
    );
    for word in ["pengaturan", "SETTINGS"] {
        view.filter = tui_input::Input::new(word.into());
        view.refilter();
        let found: Vec<u64> = view
            .matches
            .iter()
            .map(|i| view.rows[*i].entry.seq)
            .collect();
        assert_eq!(found, vec![settings_seq], "{word}");
    }
}

/// Years with plans but no Period keep the segments and deadlines they were planned under
/// when the office changes them; years opened already and years without plans are left alone.
#[test]
fn changing_segments_keeps_the_years_that_hold_plans_as_they_were() {
    use kinerja::domain::plan::Segmentation;
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    for year in [2025, 2026] {
        s.execute(Command::Plans(kinerja::app::plans::Command::CreateDraft {
            employee: EmployeeId(3),
            year,
        }))
        .unwrap();
    }
    let opened = kinerja::domain::plan::Period::new(2026, &OfficeSettings::default()).unwrap();
    s.execute(Command::SavePeriod {
        period: opened.clone(),
        reason: String::new(),
    })
    .unwrap();
    let trail = s.store.audit_trail().unwrap().len();

    // Not a period setting: no period is written.
    let next = OfficeSettings {
        objection_window_days: 20,
        ..OfficeSettings::default()
    };
    save(&mut s, next.clone(), "").unwrap();
    assert_eq!(s.store.period(2025).unwrap(), None);
    assert_eq!(s.store.audit_trail().unwrap().len(), trail + 1);

    // The next change is based on the stored settings (their revision).
    let mut next = s.office_settings().unwrap();
    next.segmentation = Segmentation::Monthly;
    save(&mut s, next, "SK 6/2026").unwrap();
    let kept = s.store.period(2025).unwrap().expect("2025 kept");
    assert_eq!(kept.segmentation, Segmentation::Quarterly);
    assert_eq!(
        kept.plan_deadline.format("%d/%m/%Y").to_string(),
        "31/01/2025"
    );
    assert_eq!(s.store.period(2026).unwrap(), Some(opened));
    assert_eq!(s.store.period(2027).unwrap(), None);
    let entries = s.store.audit_trail().unwrap();
    assert_eq!(entries.len(), trail + 3);
    let last_two: Vec<_> = entries[trail + 1..]
        .iter()
        .map(|e| (e.record.kind, e.record.id, e.reason.as_str()))
        .collect();
    assert_eq!(
        last_two,
        vec![
            (RecordKind::Period, 2025, "SK 6/2026"),
            (RecordKind::Settings, 1, "SK 6/2026")
        ]
    );
    // A year not opened and without plans follows the new settings.
    let loaded = load(&s, None, 2027, None).unwrap();
    assert_eq!(loaded.period.segmentation, Segmentation::Monthly);
}
