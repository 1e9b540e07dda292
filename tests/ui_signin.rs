//! The sign-in screens on the headless backend: first admin, sign-in, lock-out, forced change.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use kinerja::app::App;
use kinerja::domain::{AuditAction, Directory, EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

fn screen(app: &mut App, script: &str, size: (u16, u16)) -> String {
    let steps = parse(script, Lang::Id).unwrap();
    let out = run_steps(app, &steps, size).unwrap();
    let db = app.services.store.path().display().to_string();
    out.replace(&db, "[DB]")
}

/// The small office behind the sign-in screen, with these accounts
/// (user name, employee id, role, password).
fn gated_office(dir: &tempfile::TempDir, accounts: &[(&str, u64, Role, &str)]) -> App {
    let mut services = common::services_with_office(&dir.path().join("db"));
    for (user, employee, role, password) in accounts {
        services
            .create_account(None, user, Some(EmployeeId(*employee)), *role, password)
            .unwrap();
    }
    App::with_sign_in(services, Lang::Id)
}

#[test]
fn the_first_run_creates_the_admin_and_opens_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::with_sign_in(services, Lang::Id);
    let first = screen(&mut app, "", (80, 24));
    insta::assert_snapshot!("first_admin", first);
    assert!(first.contains("Akun Admin Pertama"), "{first}");
    // All four fields fit at 80x24, the smallest supported size.
    assert!(first.contains("Ulangi kata sandi"), "{first}");
    // Nothing of the register shows before anyone signed in.
    assert!(!first.contains("Maria"), "{first}");

    // Two different passwords: refused, both cleared, nothing created.
    let differ = screen(
        &mut app,
        "text:hr\nTab\ntext:19871111 201001 1 006\nTab\ntext:rahasia1\nTab\ntext:rahasia2\nEnter",
        (80, 24),
    );
    assert!(
        differ.contains("Kedua kata sandi baru tidak sama"),
        "{differ}"
    );
    assert!(!app.services.has_accounts().unwrap());
    let form = app.state.gate.as_ref().unwrap();
    assert_eq!(form.password.value(), "");
    assert_eq!(form.login.value(), "hr", "the user name stays");

    // The same again with matching passwords: the admin exists, tied to Agus, and is in.
    let done = screen(
        &mut app,
        "text:rahasia1\nTab\ntext:rahasia1\nEnter",
        (80, 24),
    );
    assert!(done.contains("[hr · admin]"), "{done}");
    assert!(done.contains("5 dari 5 pegawai"), "{done}");
    let accounts = app.services.accounts().unwrap();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].role, Role::Admin);
    assert_eq!(accounts[0].employee, Some(EmployeeId(5)));
    assert!(!accounts[0].password_hash.contains("rahasia1"));
}

#[test]
fn five_wrong_passwords_lock_and_the_lock_runs_out() {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(common::NOW_MS));
    let clock = now.clone();
    let mut services = common::services_with_office(&dir.path().join("db"))
        .with_clock(move || clock.load(Ordering::SeqCst));
    services
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            "sandi-maria",
        )
        .unwrap();
    let mut app = App::with_sign_in(services, Lang::Id);
    let sign_in = screen(&mut app, "", (80, 24));
    insta::assert_snapshot!("sign_in", sign_in);

    let wrong = "text:maria\nTab\ntext:salah\nEnter\n";
    let first = screen(&mut app, wrong, (80, 24));
    assert!(
        first.contains("Nama pengguna atau kata sandi salah."),
        "{first}"
    );
    // An unknown user gets the very same answer.
    let unknown = screen(
        &mut app,
        "BackTab\nctrl+u\ntext:siapa\nTab\ntext:salah\nEnter",
        (80, 24),
    );
    assert!(
        unknown.contains("Nama pengguna atau kata sandi salah."),
        "{unknown}"
    );
    for _ in 0..4 {
        screen(
            &mut app,
            "BackTab\nctrl+u\ntext:maria\nTab\ntext:salah\nEnter",
            (80, 24),
        );
    }
    let locked = screen(&mut app, "text:sandi-maria\nEnter", (80, 24));
    assert!(locked.contains("Akun terkunci sampai"), "{locked}");
    assert!(app.state.session.is_none());

    // Fifteen minutes later the right password works.
    now.fetch_add(15 * 60 * 1000, Ordering::SeqCst);
    let inside = screen(&mut app, "text:sandi-maria\nEnter\n1", (80, 24));
    assert!(inside.contains("[maria · penilai]"), "{inside}");
    // Her line only: herself, Daniel and Siti.
    assert!(inside.contains("3 dari 3 pegawai"), "{inside}");
    assert!(!inside.contains("Agus"), "{inside}");
}

#[test]
fn a_reset_password_must_be_changed_at_the_next_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    let id = services
        .create_account(
            None,
            "daniel",
            Some(EmployeeId(3)),
            Role::Appraiser,
            "lama-123",
        )
        .unwrap();
    services.reset_password(None, id, "sementara1").unwrap();
    let mut app = App::with_sign_in(services, Lang::Id);
    let forced = screen(
        &mut app,
        "text:daniel\nTab\ntext:sementara1\nEnter",
        (80, 24),
    );
    insta::assert_snapshot!("forced_change", forced);
    assert!(forced.contains("direset oleh admin"), "{forced}");
    // Esc does not get around it.
    let still = screen(&mut app, "Esc", (80, 24));
    assert!(still.contains("direset oleh admin"), "{still}");
    let done = screen(
        &mut app,
        "text:sementara1\nTab\ntext:baru-456\nTab\ntext:baru-456\nEnter",
        (80, 24),
    );
    assert!(done.contains("[daniel · penilai]"), "{done}");
    // He sees his own record only, read-only.
    assert!(done.contains("1 dari 1 pegawai"), "{done}");
    let edit = screen(&mut app, "e", (80, 24));
    assert!(
        edit.contains("Anda hanya dapat mengubah data bawahan langsung"),
        "{edit}"
    );
    // The new password is the one that works now.
    assert!(app.services.sign_in("daniel", "baru-456").is_ok());
    assert!(app.services.sign_in("daniel", "sementara1").is_err());
}

#[test]
fn an_admin_resets_a_password_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(
        &dir,
        &[
            ("hr", 5, Role::Admin, "sandi-hr"),
            ("daniel", 3, Role::Appraiser, "lupa-lupa"),
        ],
    );
    screen(&mut app, "text:hr\nTab\ntext:sandi-hr\nEnter", (80, 24));
    // Daniel is the second in the list; R opens the reset for his account.
    let popup = screen(
        &mut app,
        "j\nR\ntext:baru-1\nTab\ntext:baru-2\nctrl+s",
        (80, 24),
    );
    assert!(popup.contains("Reset Kata Sandi"), "{popup}");
    assert!(
        popup.contains("Kedua kata sandi baru tidak sama"),
        "{popup}"
    );
    let done = screen(
        &mut app,
        "text:baru-12\nTab\ntext:baru-12\nctrl+s",
        (80, 24),
    );
    assert!(done.contains("Kata sandi akun daniel direset"), "{done}");
    // Daniel now signs in with it and must choose his own.
    let session = app.services.sign_in("daniel", "baru-12").unwrap();
    assert!(session.account.must_change_password);
    // Someone without an account: said at once, before any password is typed.
    let none = screen(&mut app, "j\nR", (80, 24));
    assert!(none.contains("belum punya akun"), "{none}");
    assert!(!none.contains("Reset Kata Sandi"), "{none}");
}

#[test]
fn signing_out_leaves_nothing_of_the_last_user_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(
        &dir,
        &[
            ("hr", 5, Role::Admin, "sandi-hr"),
            ("daniel", 3, Role::Appraiser, "sandi-dan"),
        ],
    );
    // The admin looks at the whole audit trail, filtered, then signs out.
    screen(
        &mut app,
        "text:hr\nTab\ntext:sandi-hr\nEnter\n6\n/\ntext:maria\nEnter",
        (100, 30),
    );
    assert!(!app.state.audit.rows.is_empty());
    let out = screen(&mut app, "L", (100, 30));
    assert!(out.contains("Masuk dengan nama pengguna"), "{out}");
    // Daniel signs in: the list, not the admin's audit view.
    let daniel = screen(
        &mut app,
        "text:daniel\nTab\ntext:sandi-dan\nEnter",
        (100, 30),
    );
    assert!(daniel.contains("1 dari 1 pegawai"), "{daniel}");
    assert!(app.state.audit.rows.is_empty());
    assert_eq!(app.state.audit.filter.value(), "");
}

#[test]
fn enter_on_the_kind_switches_pns_and_pppk() {
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, Lang::Id);
    let out = screen(&mut app, "n\nTab\nEnter", (80, 24));
    assert!(out.contains("‹ PPPK ›"), "{out}");
    assert!(out.contains("‹ IX ›"), "the grade follows the kind:\n{out}");
}

#[test]
fn switching_the_kind_back_restores_the_grade() {
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, Lang::Id);
    // Daniel is PNS II/c: to PPPK and back leaves II/c, and saving changes nothing.
    let out = screen(&mut app, "j\ne\nDown\nRight\nLeft", (80, 24));
    assert!(out.contains("‹ II/c Pengatur ›"), "{out}");
    let trail = app.services.store.audit_trail().unwrap().len();
    screen(&mut app, "ctrl+s", (80, 24));
    assert_eq!(
        app.services
            .register
            .employee(EmployeeId(3))
            .map(|e| e.grade.code()),
        Some("II/c".to_string())
    );
    // An unchanged save writes no audit entry.
    assert_eq!(app.services.store.audit_trail().unwrap().len(), trail);
}

#[test]
fn five_wrong_current_passwords_end_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("daniel", 3, Role::Appraiser, "sandi-dan")]);
    screen(
        &mut app,
        "text:daniel\nTab\ntext:sandi-dan\nEnter\nP",
        (80, 24),
    );
    let wrong = "text:tebak\nTab\ntext:baru-123\nTab\ntext:baru-123\nEnter\n";
    for _ in 0..4 {
        let out = screen(&mut app, wrong, (80, 24));
        assert!(out.contains("Kata sandi sekarang salah."), "{out}");
        assert!(app.state.session.is_some());
    }
    let out = screen(&mut app, wrong, (80, 24));
    assert!(out.contains("Anda dikeluarkan"), "{out}");
    assert!(out.contains("Masuk dengan nama pengguna"), "{out}");
    assert!(app.state.session.is_none());
    // The password did not change; the account is locked like after five wrong sign-ins.
    let id = app
        .services
        .store
        .account_id_by_username("daniel")
        .unwrap()
        .unwrap();
    let account = app.services.store.account(id).unwrap().unwrap();
    assert!(kinerja::app::services::auth::verify_password(
        "sandi-dan",
        &account.password_hash
    ));
    assert!(account.locked_until_ms.is_some());
    // Every wrong check, the lock and the sign-out are in the trail (issue 7 #7).
    let actions: Vec<AuditAction> = app
        .services
        .store
        .audit_trail()
        .unwrap()
        .iter()
        .rev()
        .take(6)
        .map(|a| a.action)
        .collect();
    assert_eq!(
        actions,
        [
            AuditAction::SignOut,
            AuditAction::Lock,
            AuditAction::PasswordCheckFailed,
            AuditAction::PasswordCheckFailed,
            AuditAction::PasswordCheckFailed,
            AuditAction::PasswordCheckFailed,
        ]
    );
}

#[test]
fn a_supervisors_help_shows_only_keys_that_work_for_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("maria", 2, Role::Appraiser, "sandi-maria")]);
    let help = screen(
        &mut app,
        "text:maria\nTab\ntext:sandi-maria\nEnter\n1\n?",
        (100, 30),
    );
    assert!(help.contains("Bantuan: tombol di layar ini"), "{help}");
    assert!(help.contains("cari nama/NIP/unit"), "{help}");
    for admin_only in [
        "tambah pegawai",
        "nonaktifkan pegawai",
        "reset kata sandi akun",
    ] {
        assert!(!help.contains(admin_only), "{admin_only}:\n{help}");
    }
}

#[test]
fn deactivation_is_not_for_oneself_nor_in_the_future() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("hr", 5, Role::Admin, "sandi-hr")]);
    // Agus (the admin himself) is first in the list.
    let own = screen(&mut app, "text:hr\nTab\ntext:sandi-hr\nEnter\nd", (100, 30));
    assert!(
        own.contains("tidak dapat menonaktifkan data Anda sendiri"),
        "{own}"
    );
    // Daniel, with a date after today: refused on the date field, nothing saved.
    let future = screen(
        &mut app,
        "j\nd\nTab\nctrl+u\ntext:01/01/2030\nctrl+s",
        (100, 30),
    );
    assert!(future.contains("tidak boleh sesudah hari ini"), "{future}");
    assert!(app
        .services
        .register
        .employee(EmployeeId(3))
        .unwrap()
        .is_active());
}

/// Rows of the audit table on a screen dump: lines that start with a time `dd/mm/yyyy HH:MM`.
fn audit_rows(out: &str) -> usize {
    let last = out.rsplit("Jejak Audit").next().unwrap_or(out);
    last.lines()
        .filter(|l| {
            let t = l.trim_start_matches(['›', ' ']);
            t.len() > 16
                && t.as_bytes()[2] == b'/'
                && t.as_bytes()[5] == b'/'
                && t.as_bytes()[13] == b':'
        })
        .count()
}

/// Issue 7 #8: the audit screen fills its rows on first open, also after a sign-out.
#[test]
fn the_audit_screen_shows_every_row_that_fits_on_first_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    services
        .create_account(None, "hr", Some(EmployeeId(5)), Role::Admin, "sandi-hr")
        .unwrap();
    for i in 0..30 {
        services
            .execute(kinerja::app::Command::SaveUnit(kinerja::domain::OrgUnit {
                id: kinerja::domain::UnitId(0),
                name: format!("Unit Uji {i}"),
                parent: Some(kinerja::domain::UnitId(1)),
                head: None,
                active: true,
                revision: 0,
            }))
            .unwrap();
    }
    let mut app = App::with_sign_in(services, Lang::Id);
    let rows = app.state.list.viewport;
    let out = screen(&mut app, "text:hr\nTab\ntext:sandi-hr\nEnter\n6", (100, 30));
    let first = audit_rows(&out);
    let out = screen(
        &mut app,
        "L\ntext:hr\nTab\ntext:sandi-hr\nEnter\n6",
        (100, 30),
    );
    let again = audit_rows(&out);
    // 100x30: body 26 rows = filter 1 + list 14 + detail 11; the list's header takes 1.
    assert_eq!((first, again), (13, 13), "list viewport {rows}");
}

/// Issue 7 #10: the audit screen labels every field in words, shows times as dates and an
/// acting assignment by its people, in both languages.
#[test]
fn audit_entries_are_written_for_people() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    services
        .create_account(None, "hr", Some(EmployeeId(5)), Role::Admin, "sandi-hr")
        .unwrap();
    services
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            "sandi-mar",
        )
        .unwrap();
    services
        .execute(kinerja::app::Command::SaveActing {
            acting: kinerja::domain::ActingAssignment {
                id: 0,
                acting: EmployeeId(3),
                for_supervisor: EmployeeId(2),
                from: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                to: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
                revision: 0,
            },
            reason: String::new(),
        })
        .unwrap();
    for _ in 0..5 {
        let _ = services.sign_in("maria", "salah");
    }
    let mut app = App::with_sign_in(services, Lang::Id);
    // The newest entry (the lock) is selected: its fields in words, the time as a date.
    let out = screen(&mut app, "text:hr\nTab\ntext:sandi-hr\nEnter\n6", (160, 40));
    for word in [
        "Dikunci sampai: - → ",
        "Salah sandi berturut-turut: 4 → 5",
        "dikunci",
        "maria · Maria Kaize, S.IP. (19820510 200604 2 003)",
    ] {
        assert!(out.contains(word), "{word}:\n{out}");
    }
    for raw in ["locked_until_ms", "failed_attempts", "1796"] {
        assert!(!out.contains(raw), "{raw}:\n{out}");
    }
    assert!(
        out.contains("Plt/Plh Daniel Ndiken (19960120 202012 1 004) untuk Mar"),
        "{out}"
    );
    app.state.lang = Lang::En;
    let out = screen(&mut app, "", (160, 40));
    assert!(out.contains("Locked until: "), "{out}");
    assert!(out.contains("Acting: Daniel Ndiken"), "{out}");
}

/// Issue 7 #16: the password-change screen says how to leave it, and a too-short new
/// password keeps the correct current password typed.
#[test]
fn the_password_change_screen_shows_esc_and_keeps_the_current_password() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("daniel", 3, Role::Appraiser, "sandi-dan")]);
    let out = screen(
        &mut app,
        "text:daniel\nTab\ntext:sandi-dan\nEnter\nP",
        (80, 24),
    );
    assert!(out.contains("Esc batal"), "{out}");
    // The welcome of the screen below is gone with the dialog open.
    assert!(!out.contains("Selamat datang"), "{out}");
    let out = screen(
        &mut app,
        "text:sandi-dan\nTab\ntext:abc\nTab\ntext:abc\nEnter",
        (80, 24),
    );
    assert!(out.contains("minimal 6 karakter"), "{out}");
    let form = app.state.gate.as_ref().expect("still on the form");
    assert_eq!(form.current.value(), "sandi-dan");
    assert_eq!(form.password.value(), "");
}

#[test]
fn a_supervisors_help_offers_only_the_contact_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("maria", 2, Role::Appraiser, "sandi-maria")]);
    let help = screen(
        &mut app,
        "text:maria\nTab\ntext:sandi-maria\nEnter\n1\n?",
        (100, 30),
    );
    // `e` only changes a report's phone and e-mail for her: the help says so.
    assert!(!help.contains("ubah pegawai / unit"), "{help}");
    assert!(help.contains("ubah kontak bawahan"), "{help}");
}

#[test]
fn a_supervisors_help_keeps_its_columns_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = gated_office(&dir, &[("maria", 2, Role::Appraiser, "sandi-maria")]);
    let help = screen(
        &mut app,
        "text:maria\nTab\ntext:sandi-maria\nEnter\n1\n?",
        (80, 24),
    );
    // Only the overlay: the status line below repeats some texts.
    let help: String = help
        .lines()
        .skip_while(|l| !l.contains("Bantuan: tombol di layar ini"))
        .take_while(|l| !l.starts_with('└'))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(help.contains("Bantuan: tombol di layar ini"), "{help}");
    assert!(
        help.lines().all(|l| l.ends_with('│') || l.ends_with('┐')),
        "{help}"
    );
    // Every help text she may use is there whole, none cut by the other column or the border.
    for text in [
        "cari nama/NIP/unit",
        "urutkan kolom lain",
        "balik urutan",
        "ubah kontak bawahan",
    ] {
        assert!(help.contains(text), "{text}:\n{help}");
    }
}
