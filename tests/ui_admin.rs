//! The admin screen (`A` on the employees list): accounts and acting assignments (Plt/Plh)
//! administered from the app, driven by keys through the real key map, update path and
//! command path; the organisation tree folding; deactivating a head who promotes one of the
//! reports. TestBackend snapshots of the lists and forms at 80x24 and 120x40.

mod common;

use chrono::NaiveDate;
use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Services};
use kinerja::domain::{AuditAction, Directory, EmployeeId, RecordKind, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const AGUS: EmployeeId = EmployeeId(5);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct Session {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

/// The screen with the database path (a temporary directory) as `[DB]`.
fn scrub(out: String, db: &str) -> String {
    out.lines()
        .map(|l| match l.find("  /") {
            Some(at) if db.starts_with(&l[at + 2..]) => format!("{}  [DB]", &l[..at]),
            _ => l.replace(db, "[DB]"),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

impl Session {
    /// The small office as the local operator, with Yohanes's admin account and Maria's
    /// appraiser account.
    fn new(lang: Lang) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut services: Services = common::services_with_office(&dir.path().join("db"));
        services
            .create_account(None, "yohanes", Some(YOHANES), Role::Admin, "rahasia-uji")
            .expect("admin");
        services
            .create_account(None, "maria", Some(MARIA), Role::Appraiser, "rahasia-uji")
            .expect("appraiser");
        Session {
            app: App::new(services, lang).with_terms(&kinerja::i18n::common::Words),
            db: dir.path().join("db").display().to_string(),
            _dir: dir,
        }
    }

    fn run(&mut self, script: &str, size: (u16, u16)) -> String {
        let steps = parse(script, self.app.state.lang).expect("script parses");
        scrub(
            run_steps(&mut self.app, &steps, size).expect("script runs"),
            &self.db,
        )
    }

    fn account(&self, name: &str) -> kinerja::domain::Account {
        let store = &self.app.services.store;
        let id = store.account_id_by_username(name).unwrap().expect(name);
        store.account(id).unwrap().unwrap()
    }

    fn last_audit(&self) -> kinerja::domain::AuditEntry {
        self.app
            .services
            .store
            .audit_trail()
            .unwrap()
            .pop()
            .unwrap()
    }
}

const BIG: (u16, u16) = (120, 40);

#[test]
fn an_admin_creates_an_account_for_an_employee_with_a_one_time_password() {
    let mut s = Session::new(Lang::Id);
    let list = s.run("A", BIG);
    assert!(list.contains("Akun & Plt/Plh"), "{list}");
    assert!(list.contains("yohanes"), "{list}");
    assert!(list.contains("maria"), "{list}");
    // The picker offers only people without an account: Daniel, Siti, Agus.
    let picker = s.run("n\nEnter", BIG);
    assert!(picker.contains("Daniel Ndiken"), "{picker}");
    assert!(!picker.contains("Maria Kaize, S.IP."), "{picker}");
    let form = s.run(
        "text:Daniel\nEnter\ntext:daniel\nDown\nDown\ntext:sandi-awal\nDown\ntext:sandi-awal",
        BIG,
    );
    assert!(
        form.contains("Daniel Ndiken (19960120 202012 1 004)"),
        "{form}"
    );
    assert!(
        !form.contains("sandi-awal"),
        "a password is never shown: {form}"
    );
    let done = s.run("ctrl+s", BIG);
    assert!(
        done.contains("Akun daniel dibuat; kata sandi wajib diganti saat masuk pertama."),
        "{done}"
    );
    assert!(done.contains("wajib ganti kata sandi"), "{done}");
    let a = s.account("daniel");
    assert_eq!(
        (a.employee, a.role, a.must_change_password, a.disabled),
        (Some(DANIEL), Role::Appraiser, true, false)
    );
    let e = s.last_audit();
    assert_eq!(
        (e.record.kind, e.action),
        (RecordKind::Account, AuditAction::Create)
    );
    assert!(!e.after.unwrap_or_default().contains("argon2"));
}

#[test]
fn passwords_that_differ_are_cleared_and_the_rest_stays() {
    let mut s = Session::new(Lang::En);
    let screen = s.run(
        "A\nn\nEnter\ntext:Agus\nEnter\ntext:agus\nDown\nDown\ntext:satu-satu\nDown\ntext:dua-dua\nctrl+s",
        BIG,
    );
    assert!(
        screen.contains("the two passwords differ; type them again"),
        "{screen}"
    );
    assert!(screen.contains("agus"), "{screen}");
    assert!(screen.contains("Agus Mahuze"), "{screen}");
    // A refusal of the services lands at its field: the user name is taken.
    let taken = s.run(
        "BackTab\nBackTab\nBackTab\nctrl+u\ntext:maria\nDown\nDown\ntext:sandi-awal\nDown\ntext:sandi-awal\nctrl+s",
        BIG,
    );
    assert!(taken.contains("user name already taken"), "{taken}");
    assert!(matches!(
        s.app.state.popups.last(),
        Some(Popup::Admin(kinerja::app::admin::Popup::Account(_)))
    ));
    assert!(s
        .app
        .services
        .store
        .account_id_by_username("agus")
        .unwrap()
        .is_none());
}

#[test]
fn the_admin_screen_lists_its_keys_in_help() {
    let mut s = Session::new(Lang::En);
    let help = s.run("A\n?", BIG);
    assert!(help.contains("account: disable"), "{help}");
    assert!(help.contains("Plt/Plh: end early"), "{help}");
    let list = s.run("Esc\nEsc\n?", BIG);
    assert!(list.contains("accounts & Plt/Plh"), "{list}");
}

#[test]
fn an_admin_resets_a_password_and_the_user_must_change_it() {
    let mut s = Session::new(Lang::Id);
    // Accounts in id order: yohanes, maria.
    let done = s.run(
        "A\nDown\nr\ntext:baru-sekali\nEnter\ntext:baru-sekali\nEnter",
        BIG,
    );
    assert!(done.contains("Kata sandi maria diatur ulang"), "{done}");
    assert!(s.account("maria").must_change_password);
    assert_eq!(s.last_audit().action, AuditAction::PasswordReset);
}

#[test]
fn disabling_asks_first_and_the_last_admin_is_refused_in_words() {
    let mut s = Session::new(Lang::Id);
    let asked = s.run("A\nd", BIG);
    assert!(asked.contains("Nonaktifkan akun ini?"), "{asked}");
    assert!(asked.contains("yohanes — Yohanes Gebze"), "{asked}");
    let refused = s.run("y", BIG);
    assert!(
        refused.contains("ditolak: ini admin aktif terakhir"),
        "{refused}"
    );
    assert!(!s.account("yohanes").disabled);
    insta::assert_snapshot!("admin_last_admin_refused_120x40_id", refused);

    // Maria's account: disabled, then enabled again, both audited.
    let off = s.run("Down\nd\ny", BIG);
    assert!(off.contains("Akun maria dinonaktifkan."), "{off}");
    assert!(off.contains("nonaktif"), "{off}");
    assert!(s.account("maria").disabled);
    assert_eq!(s.last_audit().action, AuditAction::Deactivate);
    let on = s.run("a\ny", BIG);
    assert!(on.contains("Akun maria diaktifkan."), "{on}");
    assert!(!s.account("maria").disabled);
    assert_eq!(s.last_audit().action, AuditAction::Reactivate);
}

#[test]
fn an_acting_assignment_is_created_and_ended_early_from_the_screen() {
    let mut s = Session::new(Lang::Id);
    s.run("A\nTab\nn", BIG);
    let form = s.run(
        "Enter\ntext:Agus\nEnter\nEnter\ntext:Maria\nEnter\nDown\ntext:31/12/2026\nDown\ntext:SK 800/12/2026",
        BIG,
    );
    assert!(form.contains("Agus Mahuze"), "{form}");
    assert!(
        form.contains("28/11/2026"),
        "today is the first day: {form}"
    );
    let done = s.run("ctrl+s", BIG);
    assert!(done.contains("SK 800/12/2026"), "{done}");
    assert!(done.contains("berlaku"), "{done}");
    let all = s.app.services.store.acting_assignments().unwrap();
    assert_eq!(all.len(), 1);
    let a = all[0].clone();
    assert_eq!(
        (a.acting, a.for_supervisor, a.from, a.to),
        (AGUS, MARIA, day(2026, 11, 28), day(2026, 12, 31))
    );
    let e = s.last_audit();
    assert_eq!(
        (e.record.kind, e.action, e.reason.as_str()),
        (RecordKind::Acting, AuditAction::Create, "SK 800/12/2026")
    );
    insta::assert_snapshot!("admin_acting_list_120x40_id", done);
    insta::assert_snapshot!("admin_acting_list_80x24_id", s.run("", (80, 24)));

    // End early: the day, a reason, a question, then the same command path.
    let asked = s.run(
        "x\nctrl+u\ntext:30/11/2026\nDown\ntext:Maria kembali\nctrl+s",
        BIG,
    );
    assert!(asked.contains("Akhiri Plt/Plh ini pada tanggal"), "{asked}");
    assert_eq!(
        s.app.services.store.acting_assignments().unwrap()[0].to,
        day(2026, 12, 31)
    );
    s.run("y", BIG);
    let ended = s.app.services.store.acting_assignments().unwrap()[0].clone();
    assert_eq!(ended.to, day(2026, 11, 30));
    assert_eq!(s.last_audit().reason, "Maria kembali");
}

#[test]
fn an_acting_assignment_refused_by_the_rules_says_why_at_the_field() {
    let mut s = Session::new(Lang::Id);
    // Daniel supervises nobody: nobody to appraise in his place.
    let screen = s.run(
        "A\nTab\nn\nEnter\ntext:Agus\nEnter\nEnter\ntext:Daniel\nEnter\nDown\ntext:31/12/2026\nctrl+s",
        BIG,
    );
    assert!(
        screen.contains("atasan yang digantikan tidak membawahi pegawai aktif"),
        "{screen}"
    );
    assert!(screen.contains("31/12/2026"), "typed values stay: {screen}");
    assert!(s
        .app
        .services
        .store
        .acting_assignments()
        .unwrap()
        .is_empty());
    // A date that is no date stays at its field too.
    let bad = s.run("Down\nDown\nctrl+u\ntext:31/02/2026\nctrl+s", BIG);
    assert!(bad.contains("tanggal itu tidak ada"), "{bad}");
}

#[test]
fn a_supervisor_has_no_admin_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    services
        .create_account(None, "maria", Some(MARIA), Role::Appraiser, "rahasia-uji")
        .unwrap();
    let nip = services
        .register
        .employee(MARIA)
        .unwrap()
        .nip
        .as_str()
        .to_string();
    let session = services.session_for_nip(&nip).unwrap();
    let mut app = App::signed_in(services, Lang::Id, session);
    let steps = parse("1\nA", Lang::Id).unwrap();
    let screen = run_steps(&mut app, &steps, BIG).unwrap();
    assert!(!screen.contains("Akun & Plt/Plh"), "{screen}");
    assert!(!app
        .state
        .popups
        .iter()
        .any(|p| matches!(p, Popup::Admin(_))));
}

#[test]
fn the_tree_folds_and_unfolds_units_and_keeps_it() {
    let mut s = Session::new(Lang::Id);
    let open = s.run("t", BIG);
    assert!(open.contains("▾ Kantor Distrik Salor"), "{open}");
    assert!(open.contains("Daniel Ndiken"), "{open}");
    insta::assert_snapshot!("admin_tree_expanded_80x24_id", s.run("", (80, 24)));
    // Left on a person goes to their unit's line; Left there folds it.
    let folded = s.run("Left\nLeft", BIG);
    assert!(folded.contains("▸ Kantor Distrik Salor"), "{folded}");
    assert!(!folded.contains("Daniel Ndiken"), "{folded}");
    assert!(!folded.contains("Seksi Pemerintahan"), "{folded}");
    insta::assert_snapshot!("admin_tree_collapsed_80x24_id", s.run("", (80, 24)));
    // Back to the list and to the tree: still folded; Space (or Enter) unfolds.
    let again = s.run("t\nt", BIG);
    assert!(again.contains("▸ Kantor Distrik Salor"), "{again}");
    let unfolded = s.run("g\nSpace", BIG);
    assert!(unfolded.contains("Daniel Ndiken"), "{unfolded}");
    // Folding a sub-unit hides only its people.
    let sub = s.run("G\nLeft\nLeft", BIG);
    assert!(sub.contains("▸ Seksi Pemerintahan"), "{sub}");
    assert!(sub.contains("Agus Mahuze"), "{sub}");
    assert!(!sub.contains("Daniel Ndiken"), "{sub}");
}

#[test]
fn deactivating_a_head_promotes_one_of_the_reports_from_the_form() {
    let mut s = Session::new(Lang::Id);
    // Maria is the third in the name order (Agus, Daniel, Maria, ...).
    let picker = s.run("Down\nDown\nd\nDown\nDown\nDown\nEnter", BIG);
    assert!(
        picker.contains("Daniel Ndiken"),
        "her reports are offered: {picker}"
    );
    let form = s.run("text:Daniel\nEnter", BIG);
    assert!(
        form.contains("Daniel Ndiken naik menggantikan: melapor ke Yohanes Gebze"),
        "{form}"
    );
    insta::assert_snapshot!("admin_promote_form_120x40_id", form);
    s.run("ctrl+s", BIG);
    let reg = &s.app.services.register;
    assert!(!reg.employee(MARIA).unwrap().is_active());
    assert_eq!(reg.employee(DANIEL).unwrap().supervisor, Some(YOHANES));
    assert_eq!(
        reg.employee(EmployeeId(4)).unwrap().supervisor,
        Some(DANIEL)
    );
}

#[test]
fn snapshots_of_the_admin_lists_and_forms() {
    for (size, sz) in [((80, 24), "80x24"), ((120, 40), "120x40")] {
        let mut s = Session::new(Lang::Id);
        insta::assert_snapshot!(format!("admin_accounts_{sz}_id"), s.run("A", size));
        insta::assert_snapshot!(format!("admin_account_form_{sz}_id"), s.run("n", size));
        s.run("Esc", size);
        insta::assert_snapshot!(format!("admin_acting_empty_{sz}_id"), s.run("Tab", size));
        insta::assert_snapshot!(format!("admin_acting_form_{sz}_id"), s.run("n", size));
    }
    let mut s = Session::new(Lang::En);
    insta::assert_snapshot!("admin_accounts_120x40_en", s.run("A", BIG));
}

#[test]
fn a_signed_in_admin_is_the_actor_and_cannot_disable_their_own_account() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    services
        .create_account(None, "yohanes", Some(YOHANES), Role::Admin, "rahasia-uji")
        .unwrap();
    services
        .create_account(None, "maria", Some(MARIA), Role::Appraiser, "rahasia-uji")
        .unwrap();
    services
        .create_account(None, "agus", Some(AGUS), Role::Admin, "rahasia-uji")
        .unwrap();
    let session = services.sign_in("yohanes", "rahasia-uji").unwrap();
    let mut app = App::signed_in(services, Lang::En, session);
    let mut run = |keys: &str| {
        let steps = parse(keys, Lang::En).unwrap();
        run_steps(&mut app, &steps, BIG).unwrap()
    };
    run("1\nA");
    // Another admin exists, yet one's own account stays enabled.
    let own = run("d\ny");
    assert!(
        own.contains("one's own account cannot be disabled"),
        "{own}"
    );
    let done = run("Down\nd\ny");
    assert!(done.contains("Account maria disabled."), "{done}");
    let last = app.services.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action),
        ("yohanes", AuditAction::Deactivate)
    );
}

/// A fixed Ed25519 public key (the snapshots show its fingerprint).
const KEY_LINE: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti maria@kantor";

/// The screen with every `YYYY-MM-DD HH:MM` (local time: the machine's zone) as `[WHEN]`.
fn scrub_when(screen: &str) -> String {
    let chars: Vec<char> = screen.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let digit = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
    while i < chars.len() {
        let at = |k: usize| chars.get(i + k);
        let when = (0..16).all(|k| match k {
            4 | 7 => at(k) == Some(&'-'),
            10 => at(k) == Some(&' '),
            13 => at(k) == Some(&':'),
            _ => digit(at(k)),
        });
        if when {
            out.push_str("[WHEN]          ");
            i += 16;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn an_admin_registers_and_removes_a_users_ssh_key() {
    let mut s = Session::new(Lang::Id);
    // Accounts in id order: yohanes, maria; `s` opens maria's keys.
    let empty = s.run("A\nDown\ns", BIG);
    assert!(empty.contains("Kunci SSH: maria"), "{empty}");
    assert!(empty.contains("Belum ada kunci"), "{empty}");
    let form = s.run("n", BIG);
    assert!(form.contains("Tambah kunci SSH untuk maria"), "{form}");
    insta::assert_snapshot!("admin_key_form_80x24_id", s.run("", (80, 24)));

    // An RSA line is refused at the field, saying what to make instead; the text stays.
    s.app
        .paste("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 maria@pc");
    let refused = s.run("ctrl+s", BIG);
    assert!(refused.contains("ssh-keygen -t ed25519"), "{refused}");
    assert!(
        refused.contains("Tambah kunci SSH untuk maria"),
        "{refused}"
    );

    // The right line, pasted (a terminal sends it as one bracketed paste).
    s.run("ctrl+u", BIG);
    let Some(Popup::Admin(kinerja::app::admin::Popup::KeyAdd(f))) = s.app.state.popups.last_mut()
    else {
        panic!("the key form is on top");
    };
    f.line = Default::default();
    s.app.paste(KEY_LINE);
    let done = s.run("ctrl+s", BIG);
    assert!(done.contains("didaftarkan untuk maria"), "{done}");
    assert!(done.contains("maria@kantor"), "{done}");
    let maria = s.account("maria");
    let keys = s.app.services.account_keys(maria.id).unwrap();
    assert_eq!(keys.keys.len(), 1);
    let fp = keys.keys[0].fingerprint.clone();
    assert!(done.contains(&fp), "{done}");
    let last = s.last_audit();
    assert_eq!(
        (last.action, last.reason.as_str()),
        (AuditAction::KeyAdd, fp.as_str())
    );
    insta::assert_snapshot!("admin_keys_120x40_id", scrub_when(&done));
    insta::assert_snapshot!("admin_keys_80x24_id", scrub_when(&s.run("", (80, 24))));

    // The same key again: refused, naming whose it is.
    s.run("n", BIG);
    s.app.paste(KEY_LINE);
    let twice = s.run("ctrl+s", BIG);
    assert!(
        twice.contains("sudah terdaftar untuk akun maria"),
        "{twice}"
    );
    s.run("Esc\ny", BIG);

    // Removing asks first, naming the key; `n` keeps it.
    let asked = s.run("x", BIG);
    assert!(asked.contains("Hapus kunci SSH ini?"), "{asked}");
    assert!(asked.contains(&format!("{fp} (maria@kantor)")), "{asked}");
    s.run("n", BIG);
    assert_eq!(s.app.services.account_keys(maria.id).unwrap().keys.len(), 1);
    let gone = s.run("Delete\ny", BIG);
    assert!(gone.contains("dihapus dari maria"), "{gone}");
    assert!(gone.contains("Belum ada kunci"), "{gone}");
    assert!(s
        .app
        .services
        .account_keys(maria.id)
        .unwrap()
        .keys
        .is_empty());
    assert_eq!(s.last_audit().action, AuditAction::KeyRemove);
    // Esc goes back to the accounts list.
    let list = s.run("Esc", BIG);
    assert!(
        list.contains("Akun & Plt/Plh") && !list.contains("Kunci SSH: maria"),
        "{list}"
    );
}

#[test]
fn the_keys_window_lists_its_keys_in_help() {
    let mut s = Session::new(Lang::En);
    let help = s.run("A\n?", BIG);
    assert!(help.contains("account: SSH keys"), "{help}");
    let help = s.run("Esc\nEnter\n?", BIG);
    assert!(help.contains("add an SSH key"), "{help}");
    assert!(help.contains("remove the SSH key"), "{help}");
}
