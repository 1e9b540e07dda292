//! Sign-in and accounts through `Services`: argon2 hashes, the lock-out with an injected clock,
//! messages that do not tell whether a user exists, the audit trail of failures and locks, and
//! the admin-only account changes.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use common::*;
use kinerja::app::services::auth::{
    hash_password, verifications_on_this_thread, verify_password, AccountError, Session,
    SignInError, MIN_PASSWORD_LEN,
};
use kinerja::app::{Command, Services};
use kinerja::domain::account::LOCKOUT_MS;
use kinerja::domain::{
    AccountId, ActingAssignment, AuditAction, AuditEntry, Directory, EmployeeId, RecordKind, Role,
};
use kinerja::store::Record;

const MARIA_PW: &str = "maria-rahasia";
const AGUS_PW: &str = "agus-rahasia";
/// Maria's NIP (employee 2 of the small office), written with blanks as people type it.
const MARIA_NIP_SPACED: &str = "19820510 200604 2 003";

/// The small office with an admin (agus, employee 5) and a penilai (maria, employee 2), and
/// a clock the test moves.
struct Office {
    _dir: tempfile::TempDir,
    services: Services,
    clock: Arc<AtomicI64>,
}

impl Office {
    fn new() -> Office {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(AtomicI64::new(NOW_MS));
        let c = clock.clone();
        let mut services = services_with_office(&dir.path().join("db"))
            .with_clock(move || c.load(Ordering::SeqCst));
        services.actor = "cli:tester".into();
        services
            .create_account(None, "Agus", Some(EmployeeId(5)), Role::Admin, AGUS_PW)
            .unwrap();
        services
            .create_account(
                None,
                "maria",
                Some(EmployeeId(2)),
                Role::Appraiser,
                MARIA_PW,
            )
            .unwrap();
        Office {
            _dir: dir,
            services,
            clock,
        }
    }

    fn advance(&self, ms: i64) {
        self.clock.fetch_add(ms, Ordering::SeqCst);
    }

    fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }

    fn account(&self, username: &str) -> kinerja::domain::Account {
        let id = self
            .services
            .store
            .account_id_by_username(username)
            .unwrap()
            .unwrap();
        self.services.store.account(id).unwrap().unwrap()
    }

    fn trail(&self) -> Vec<AuditEntry> {
        self.services.store.audit_trail().unwrap()
    }

    fn admin(&mut self) -> Session {
        self.services.sign_in("agus", AGUS_PW).unwrap()
    }
}

fn bad(r: Result<Session, SignInError>) {
    assert!(matches!(r, Err(SignInError::BadCredentials)), "{r:?}");
}

#[test]
fn passwords_are_argon2_phc_strings_with_a_random_salt() {
    let h1 = hash_password("rahasia").unwrap();
    let h2 = hash_password("rahasia").unwrap();
    assert!(h1.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h1}");
    assert_ne!(h1, h2, "a fresh salt each time");
    assert!(!h1.contains("rahasia"));
    assert!(verify_password("rahasia", &h1));
    assert!(verify_password("rahasia", &h2));
    assert!(!verify_password("Rahasia", &h1));
    assert!(!verify_password("", &h1));
    assert!(!verify_password("rahasia", "not a hash"));
}

#[test]
fn stored_accounts_hold_the_hash_not_the_password() {
    let o = Office::new();
    let maria = o.account("maria");
    assert_eq!(maria.role, Role::Appraiser);
    assert_eq!(maria.employee, Some(EmployeeId(2)));
    assert!(maria.password_hash.starts_with("$argon2id$"));
    assert!(verify_password(MARIA_PW, &maria.password_hash));
    // User names are stored in lower case.
    assert_eq!(o.account("AGUS").username, "agus");
}

#[test]
fn sign_in_by_user_name_or_nip() {
    let mut o = Office::new();
    let s = o.services.sign_in("  MARIA ", MARIA_PW).unwrap();
    assert_eq!(s.account.username, "maria");
    assert_eq!(s.viewer.role, Role::Appraiser);
    assert_eq!(s.viewer.employee, Some(EmployeeId(2)));
    assert_eq!(o.services.actor, "maria");
    assert_eq!(o.services.viewer, Some(s.viewer.clone()));
    let s = o.services.sign_in(MARIA_NIP_SPACED, MARIA_PW).unwrap();
    assert_eq!(s.account.username, "maria");
    let s = o.services.sign_in("198205102006042003", MARIA_PW).unwrap();
    assert_eq!(s.account.username, "maria");
    // A successful sign-in with nothing to reset writes nothing.
    let before = o.trail().len();
    o.services.sign_in("maria", MARIA_PW).unwrap();
    assert_eq!(o.trail().len(), before);
}

#[test]
fn unknown_user_and_wrong_password_answer_alike() {
    let mut o = Office::new();
    let trail = o.trail().len();
    // Unknown user name, unknown NIP, a NIP without an account (Daniel), wrong password:
    // the same answer.
    bad(o.services.sign_in("budi", MARIA_PW));
    bad(o.services.sign_in("199999999999999999", MARIA_PW));
    bad(o.services.sign_in("199601202020121004", MARIA_PW));
    bad(o.services.sign_in("", ""));
    assert_eq!(o.trail().len(), trail, "no account, nothing to record");
    bad(o.services.sign_in("maria", "salah-sekali"));
    assert_eq!(o.trail().len(), trail + 1);
    // The messages are the same too.
    let unknown = o.services.sign_in("budi", "x").unwrap_err().to_string();
    let wrong = o.services.sign_in("maria", "x").unwrap_err().to_string();
    assert_eq!(unknown, wrong);
    assert!(!unknown.contains("budi") && !unknown.contains("maria"));
    assert_eq!(o.services.actor, "cli:tester", "nobody signed in");
}

#[test]
fn an_unknown_user_costs_the_same_argon2_work() {
    // Counted, not timed: every way in costs exactly one argon2 verification (the unknown
    // ones against a dummy hash with the default parameters, checked in `auth.rs`), so the
    // answer's time does not tell which accounts exist.
    let mut o = Office::new();
    let cost = |o: &mut Office, login: &str, password: &str| {
        let before = verifications_on_this_thread();
        let _ = o.services.sign_in(login, password);
        o.advance(LOCKOUT_MS);
        verifications_on_this_thread() - before
    };
    assert_eq!(cost(&mut o, "maria", "salah"), 1, "a wrong password");
    assert_eq!(cost(&mut o, "budi", "salah"), 1, "an unknown user name");
    assert_eq!(
        cost(&mut o, "199999999999999999", "salah"),
        1,
        "an unknown NIP"
    );
    assert_eq!(
        cost(&mut o, "199601202020121004", "salah"),
        1,
        "a NIP without an account"
    );
    assert_eq!(cost(&mut o, "maria", MARIA_PW), 1, "the right password");
}

#[test]
fn five_wrong_passwords_lock_for_fifteen_minutes() {
    let mut o = Office::new();
    let t0 = o.now();
    for i in 1..=4 {
        bad(o.services.sign_in("maria", "salah"));
        let a = o.account("maria");
        assert_eq!(a.failed_attempts, i);
        assert!(!a.is_locked(o.now()), "attempt {i} does not lock");
        o.advance(1_000);
    }
    let fifth_at = o.now();
    match o.services.sign_in("maria", "salah") {
        Err(SignInError::Locked { until_ms }) => assert_eq!(until_ms, fifth_at + LOCKOUT_MS),
        other => panic!("the fifth wrong password locks: {other:?}"),
    }
    let until = fifth_at + LOCKOUT_MS;
    assert_eq!(o.account("maria").locked_until_ms, Some(until));
    // Locked: even the right password is refused, by user name and by NIP.
    o.advance(60_000);
    for login in ["maria", MARIA_NIP_SPACED] {
        match o.services.sign_in(login, MARIA_PW) {
            Err(SignInError::Locked { until_ms }) => assert_eq!(until_ms, until),
            other => panic!("{other:?}"),
        }
    }
    // Attempts while locked are not counted and do not extend the lock.
    assert_eq!(o.account("maria").locked_until_ms, Some(until));
    o.clock.store(until - 1, Ordering::SeqCst);
    assert!(matches!(
        o.services.sign_in("maria", MARIA_PW),
        Err(SignInError::Locked { .. })
    ));
    // Fifteen minutes after the fifth failure: the right password works and clears the count.
    o.clock.store(until, Ordering::SeqCst);
    let s = o.services.sign_in("maria", MARIA_PW).unwrap();
    assert_eq!(
        (s.account.failed_attempts, s.account.locked_until_ms),
        (0, None)
    );
    let a = o.account("maria");
    assert_eq!((a.failed_attempts, a.locked_until_ms), (0, None));
    assert!(o.now() - t0 >= LOCKOUT_MS);
    let last = o.trail().pop().unwrap();
    assert_eq!(last.action, AuditAction::SignIn);
    assert_eq!(last.actor, "maria");
}

#[test]
fn success_resets_the_count_before_a_lock() {
    let mut o = Office::new();
    for _ in 0..4 {
        bad(o.services.sign_in("maria", "salah"));
    }
    o.services.sign_in("maria", MARIA_PW).unwrap();
    assert_eq!(o.account("maria").failed_attempts, 0);
    // Four more wrong ones do not lock: the count started again.
    for _ in 0..4 {
        bad(o.services.sign_in("maria", "salah"));
    }
    assert!(!o.account("maria").is_locked(o.now()));
}

#[test]
fn the_audit_trail_records_failures_and_locks_but_no_secret() {
    let mut o = Office::new();
    for _ in 0..5 {
        let _ = o.services.sign_in("Maria", "salah-ketik-1");
    }
    let _ = o.services.sign_in(MARIA_NIP_SPACED, MARIA_PW); // locked: not recorded
    let trail = o.trail();
    let maria = o.account("maria");
    let signin: Vec<&AuditEntry> = trail
        .iter()
        .filter(|a| a.actor.starts_with("signin:"))
        .collect();
    assert_eq!(signin.len(), 5);
    for (i, a) in signin.iter().enumerate() {
        assert_eq!(a.actor, "signin:maria");
        assert_eq!(
            (a.record.kind, a.record.id),
            (RecordKind::Account, maria.id.0)
        );
        let want = if i == 4 {
            AuditAction::Lock
        } else {
            AuditAction::SignInFailed
        };
        assert_eq!(a.action, want);
        let after: serde_json::Value = serde_json::from_str(a.after.as_deref().unwrap()).unwrap();
        assert_eq!(after["failed_attempts"], (i + 1) as u64);
        assert_eq!(after["password_hash"], "***");
    }
    // A password change and a reset, then: no password and no hash anywhere in the trail.
    let admin = o.admin();
    o.services
        .reset_password(Some(&admin), maria.id, "baru-rahasia")
        .unwrap();
    let mut s = o.services.sign_in("maria", "baru-rahasia").unwrap();
    o.services
        .change_password(&mut s, "baru-rahasia", "lebih-rahasia")
        .unwrap();
    let hashes: Vec<String> = o
        .services
        .accounts()
        .unwrap()
        .into_iter()
        .map(|a| a.password_hash)
        .collect();
    let all = serde_json::to_string(&o.trail()).unwrap();
    for secret in [
        MARIA_PW,
        AGUS_PW,
        "salah-ketik-1",
        "baru-rahasia",
        "lebih-rahasia",
        "argon2",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(hashes)
    {
        assert!(!all.contains(&secret), "the trail holds {secret:?}");
    }
    let actions: Vec<AuditAction> = o.trail().iter().rev().take(2).map(|a| a.action).collect();
    assert_eq!(
        actions,
        [AuditAction::PasswordChange, AuditAction::PasswordReset]
    );
}

#[test]
fn a_disabled_account_cannot_sign_in() {
    let mut o = Office::new();
    let maria = o.account("maria").id;
    o.services.set_disabled(None, maria, true).unwrap();
    let trail = o.trail().len();
    bad(o.services.sign_in("maria", MARIA_PW));
    bad(o.services.sign_in("maria", "salah"));
    assert!(matches!(
        o.services.session_for_nip(MARIA_NIP_SPACED),
        Err(SignInError::BadCredentials)
    ));
    assert_eq!(o.trail().len(), trail);
    // Disabling again writes nothing; enabling lets her in.
    o.services.set_disabled(None, maria, true).unwrap();
    assert_eq!(o.trail().len(), trail);
    o.services.set_disabled(None, maria, false).unwrap();
    o.services.sign_in("maria", MARIA_PW).unwrap();
    let actions: Vec<AuditAction> = o.trail().iter().rev().take(2).map(|a| a.action).collect();
    assert_eq!(actions, [AuditAction::Reactivate, AuditAction::Deactivate]);
}

#[test]
fn a_reset_forces_a_change_at_the_next_sign_in() {
    let mut o = Office::new();
    let admin = o.admin();
    let maria = o.account("maria").id;
    // A lock is lifted by the reset.
    for _ in 0..5 {
        let _ = o.services.sign_in("maria", "salah");
    }
    o.services
        .reset_password(Some(&admin), maria, "sementara1")
        .unwrap();
    bad(o.services.sign_in("maria", MARIA_PW));
    let mut s = o.services.sign_in("maria", "sementara1").unwrap();
    assert!(s.account.must_change_password);
    assert!(matches!(
        o.services.change_password(&mut s, "salah", "baru-sekali"),
        Err(AccountError::WrongPassword)
    ));
    let short = "x".repeat(MIN_PASSWORD_LEN - 1);
    assert!(matches!(
        o.services.change_password(&mut s, "sementara1", &short),
        Err(AccountError::PasswordTooShort {
            min: MIN_PASSWORD_LEN
        })
    ));
    assert!(o.account("maria").must_change_password);
    o.services
        .change_password(&mut s, "sementara1", "baru-sekali")
        .unwrap();
    assert!(!s.account.must_change_password);
    assert!(!o.account("maria").must_change_password);
    assert_eq!(o.trail().last().unwrap().actor, "maria");
    bad(o.services.sign_in("maria", "sementara1"));
    let s = o.services.sign_in("maria", "baru-sekali").unwrap();
    assert!(!s.account.must_change_password);
}

#[test]
fn account_changes_are_for_admins_and_the_operator() {
    let mut o = Office::new();
    let maria_session = o.services.sign_in("maria", MARIA_PW).unwrap();
    let agus = o.account("agus").id;
    let trail = o.trail().len();
    let refused = [
        o.services
            .create_account(
                Some(&maria_session),
                "siti",
                Some(EmployeeId(4)),
                Role::Admin,
                "rahasia",
            )
            .map(drop),
        o.services
            .reset_password(Some(&maria_session), agus, "rahasia"),
        o.services.set_disabled(Some(&maria_session), agus, true),
    ];
    for r in refused {
        assert!(matches!(r, Err(AccountError::NotAllowed)), "{r:?}");
    }
    assert_eq!(o.trail().len(), trail);
    // The admin may; the new account's change is authored by the admin.
    let admin = o.admin();
    let id = o
        .services
        .create_account(
            Some(&admin),
            "siti",
            Some(EmployeeId(4)),
            Role::Appraiser,
            "rahasia",
        )
        .unwrap();
    assert_eq!(o.trail().last().unwrap().actor, "agus");
    assert_eq!(
        o.services.store.account(id).unwrap().unwrap().username,
        "siti"
    );
    // An admin may not disable their own account; a disabled admin's session is worth nothing.
    assert!(matches!(
        o.services
            .set_disabled(Some(&admin), admin.account.id, true),
        Err(AccountError::NotAllowed)
    ));
    // The last active admin stays (issue 7 #19): a second admin first.
    assert!(matches!(
        o.services.set_disabled(None, agus, true),
        Err(AccountError::LastAdmin)
    ));
    o.services
        .create_account(None, "bkpsdm", None, Role::Admin, "rahasia")
        .unwrap();
    o.services.set_disabled(None, agus, true).unwrap();
    assert!(matches!(
        o.services.reset_password(Some(&admin), id, "rahasia2"),
        Err(AccountError::NotAllowed)
    ));
    // The operator (no session) may.
    o.services.reset_password(None, id, "rahasia2").unwrap();
}

#[test]
fn new_accounts_are_checked() {
    let mut o = Office::new();
    let mut add = |u: &str, e: Option<u64>, pw: &str| {
        o.services
            .create_account(None, u, e.map(EmployeeId), Role::Appraiser, pw)
    };
    assert!(matches!(
        add("MARIA", None, "rahasia"),
        Err(AccountError::UsernameTaken)
    ));
    assert!(matches!(
        add("x", None, "rahasia"),
        Err(AccountError::UsernameInvalid)
    ));
    assert!(matches!(
        add("1daniel", None, "rahasia"),
        Err(AccountError::UsernameInvalid)
    ));
    assert!(matches!(
        add("daniel", Some(99), "rahasia"),
        Err(AccountError::UnknownEmployee)
    ));
    assert!(matches!(
        add("daniel", Some(2), "rahasia"),
        Err(AccountError::EmployeeHasAccount)
    ));
    assert!(matches!(
        add("daniel", Some(3), "12345"),
        Err(AccountError::PasswordTooShort { min: 6 })
    ));
    let id = add("daniel", Some(3), "123456").unwrap();
    assert_eq!(id, AccountId(3));
}

#[test]
fn the_first_admin_only_on_an_empty_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = services_with_office(&dir.path().join("db"));
    assert!(!services.has_accounts().unwrap());
    assert!(matches!(
        services.create_first_admin("agus", Some(EmployeeId(5)), "123"),
        Err(AccountError::PasswordTooShort { .. })
    ));
    assert!(!services.has_accounts().unwrap());
    let s = services
        .create_first_admin("Agus", Some(EmployeeId(5)), AGUS_PW)
        .unwrap();
    assert_eq!(s.account.role, Role::Admin);
    assert_eq!(s.viewer.role, Role::Admin);
    assert_eq!(services.actor, "agus");
    assert!(services.has_accounts().unwrap());
    let created = services.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(
        (created.action, created.actor.as_str(), created.record.kind),
        (AuditAction::Create, "agus", RecordKind::Account)
    );
    assert!(matches!(
        services.create_first_admin("yohanes", None, "rahasia"),
        Err(AccountError::NotAllowed)
    ));
    assert_eq!(services.accounts().unwrap().len(), 1);
}

#[test]
fn after_sign_in_every_change_shows_its_author() {
    let mut o = Office::new();
    o.admin();
    let mut e = o.services.register.employee(EmployeeId(3)).unwrap().clone();
    e.position = "Analis Data".into();
    o.services.execute(Command::SaveEmployee(e)).unwrap();
    let last = o.trail().pop().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.record.kind),
        ("agus", RecordKind::Employee)
    );
}

#[test]
fn the_session_carries_acting_assignments_of_its_employee() {
    let mut o = Office::new();
    let acting = ActingAssignment {
        id: 1,
        acting: EmployeeId(2),
        for_supervisor: EmployeeId(1),
        from: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        revision: 0,
    };
    o.services
        .store
        .commit(
            "admin",
            NOW_MS,
            vec![kinerja::store::Change {
                record: Record::Acting(acting.clone()),
                action: AuditAction::Create,
                reason: String::new(),
            }],
        )
        .unwrap();
    let s = o.services.sign_in("maria", MARIA_PW).unwrap();
    assert_eq!(s.viewer.acting, [acting.saved()]);
    let s = o.services.sign_in("agus", AGUS_PW).unwrap();
    assert_eq!(s.viewer.acting, []);
    // The demo's shortcut: a session by NIP without a password.
    let s = o.services.session_for_nip("198205102006042003").unwrap();
    assert_eq!(s.account.username, "maria");
    assert_eq!(o.services.actor, "maria");
    assert!(matches!(
        o.services.session_for_nip("maria"),
        Err(SignInError::BadCredentials)
    ));
}

#[test]
fn unknown_and_disabled_logins_lock_like_real_ones() {
    let mut o = Office::new();
    let maria = o.account("maria").id;
    o.services.set_disabled(None, maria, true).unwrap();
    // The same sequence for a real account (agus), an unknown name and a disabled account:
    // four plain refusals, then a lock of fifteen minutes, even for the right password.
    for login in ["agus", "siapa-saja", "maria"] {
        for _ in 0..4 {
            bad(o.services.sign_in(login, "salah"));
        }
        let fifth = o.services.sign_in(login, "salah");
        let Err(SignInError::Locked { until_ms }) = fifth else {
            panic!("{login}: the fifth failure locks, got {fifth:?}");
        };
        assert_eq!(until_ms, o.now() + LOCKOUT_MS, "{login}");
        assert!(matches!(
            o.services.sign_in(login, "salah"),
            Err(SignInError::Locked { .. })
        ));
    }
    // Other spellings of the same unknown login share its count.
    assert!(matches!(
        o.services.sign_in("SIAPA-SAJA ", "salah"),
        Err(SignInError::Locked { .. })
    ));
    o.advance(LOCKOUT_MS);
    bad(o.services.sign_in("siapa-saja", "salah"));
    o.services.sign_in("agus", AGUS_PW).unwrap();
}

#[test]
fn an_account_of_a_deactivated_employee_no_longer_signs_in() {
    let mut o = Office::new();
    o.services.sign_in("maria", MARIA_PW).unwrap();
    // Maria leaves (her two reports move to Yohanes); her account stays but is useless.
    o.services.viewer = None;
    o.services
        .execute(Command::DeactivateEmployee {
            id: EmployeeId(2),
            reason: kinerja::domain::InactiveReason::TransferredOut,
            since: None,
            note: String::new(),
            reassign_to: Some(EmployeeId(1)),
        })
        .unwrap();
    bad(o.services.sign_in("maria", MARIA_PW));
}

#[test]
fn a_new_password_must_differ_from_the_current_one() {
    let mut o = Office::new();
    let mut session = o.services.sign_in("maria", MARIA_PW).unwrap();
    assert!(matches!(
        o.services.change_password(&mut session, MARIA_PW, MARIA_PW),
        Err(AccountError::SamePassword)
    ));
    o.services
        .change_password(&mut session, MARIA_PW, "sandi-baru-1")
        .unwrap();
    o.services.sign_in("maria", "sandi-baru-1").unwrap();
}

#[test]
fn a_supervisor_may_change_phone_and_email_of_a_report_but_not_titles() {
    let mut o = Office::new();
    o.services.sign_in("maria", MARIA_PW).unwrap();
    let daniel = o
        .services
        .register
        .employee(EmployeeId(3))
        .cloned()
        .unwrap();
    let mut contact = daniel.clone();
    contact.phone = "081234567890".into();
    contact.email = "daniel@salor.go.id".into();
    o.services.execute(Command::SaveEmployee(contact)).unwrap();
    let mut titled = o
        .services
        .register
        .employee(EmployeeId(3))
        .cloned()
        .unwrap();
    titled.name.back_title = "S.H.".into();
    assert!(matches!(
        o.services.execute(Command::SaveEmployee(titled)),
        Err(kinerja::app::CommandError::Forbidden)
    ));
}

#[test]
fn accounts_are_for_active_employees_only() {
    let mut o = Office::new();
    o.services.viewer = None;
    o.services
        .execute(Command::DeactivateEmployee {
            id: EmployeeId(4),
            reason: kinerja::domain::InactiveReason::Retired,
            since: None,
            note: String::new(),
            reassign_to: None,
        })
        .unwrap();
    assert!(matches!(
        o.services.create_account(
            None,
            "siti",
            Some(EmployeeId(4)),
            Role::Appraiser,
            "sandi-siti"
        ),
        Err(AccountError::EmployeeInactive)
    ));
}

/// Issue 7 #7: every wrong current password on the password-change screen is in the trail,
/// the fifth locks the account (recorded as a lock), and the sign-out it causes is recorded.
#[test]
fn wrong_current_passwords_and_the_lock_and_sign_out_they_cause_are_recorded() {
    let mut o = Office::new();
    let mut s = o.services.sign_in("maria", MARIA_PW).unwrap();
    let before = o.trail().len();
    for i in 1..=5 {
        let r = o
            .services
            .change_password(&mut s, "salah-lama", "sandi-baru-1");
        if i < 5 {
            assert!(matches!(r, Err(AccountError::WrongPassword)), "{i}: {r:?}");
        } else {
            assert!(matches!(r, Err(AccountError::Locked { .. })), "{r:?}");
        }
    }
    o.services.record_forced_sign_out(&s).unwrap();
    let trail = o.trail();
    let new: Vec<(AuditAction, &str)> = trail[before..]
        .iter()
        .map(|a| (a.action, a.actor.as_str()))
        .collect();
    assert_eq!(
        new,
        vec![
            (AuditAction::PasswordCheckFailed, "maria"),
            (AuditAction::PasswordCheckFailed, "maria"),
            (AuditAction::PasswordCheckFailed, "maria"),
            (AuditAction::PasswordCheckFailed, "maria"),
            (AuditAction::Lock, "maria"),
            (AuditAction::SignOut, "maria"),
        ]
    );
    assert!(o.account("maria").is_locked(o.now()));
    assert!(!serde_json::to_string(&trail)
        .unwrap()
        .contains("salah-lama"));
}
