//! Signing in by SSH public key in the app layer (`Services::key_registered`,
//! `sign_in_by_key`), the rules `kinerja serve` applies: a registered key of an enabled account
//! whose employee is active signs in (clearing a count of wrong passwords, audited as a
//! password sign-in is); a locked account is refused as locked; a disabled account, a left
//! employee, an unknown user and an unknown key all answer `BadCredentials` and write nothing.

mod common;

use kinerja::app::admin::Command as AccountCommand;
use kinerja::app::services::auth::SignInError;
use kinerja::app::services::commands::Command;
use kinerja::app::services::public_keys::normalized;
use kinerja::app::Services;
use kinerja::domain::{AccountId, AuditAction, EmployeeId, Role};

fn key() -> russh::keys::PublicKey {
    russh::keys::PrivateKey::random(&mut rand::rng(), russh::keys::Algorithm::Ed25519)
        .unwrap()
        .public_key()
        .clone()
}

fn setup(dir: &tempfile::TempDir) -> (Services, AccountId, String) {
    let mut s = common::services_with_office(&dir.path().join("db"));
    let maria = s
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            "maria-rahasia",
        )
        .unwrap();
    let k = key();
    s.execute(Command::Accounts(AccountCommand::AddKey {
        account: maria,
        line: k.to_openssh().unwrap(),
    }))
    .unwrap();
    (s, maria, normalized(&k).unwrap())
}

fn trail_len(s: &Services) -> usize {
    s.store.audit_trail().unwrap().len()
}

#[test]
fn a_registered_key_signs_in_and_clears_wrong_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, maria, line) = setup(&dir);
    assert!(s.key_registered("maria", &line).unwrap());
    assert!(s.key_registered(" MARIA ", &line).unwrap());
    assert!(!s
        .key_registered("maria", &normalized(&key()).unwrap())
        .unwrap());
    assert!(!s.key_registered("siapa", &line).unwrap());
    // Two wrong passwords, then the key: the count is cleared, as after a right password.
    for _ in 0..2 {
        let _ = s.sign_in("maria", "salah-sandi");
    }
    assert_eq!(s.store.account(maria).unwrap().unwrap().failed_attempts, 2);
    let session = s.sign_in_by_key("maria", &line).unwrap();
    assert_eq!(session.account.id, maria);
    assert_eq!(s.actor, "maria");
    let stored = s.store.account(maria).unwrap().unwrap();
    assert_eq!(stored.failed_attempts, 0);
    let last = s.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(
        (last.action, last.actor.as_str()),
        (AuditAction::SignIn, "maria")
    );
}

#[test]
fn unknown_keys_users_disabled_and_locked_accounts_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, maria, line) = setup(&dir);
    let before = trail_len(&s);
    // An unknown key and an unknown user: the same answer, nothing written (a client offers
    // all its keys: those are no failed sign-ins).
    for (user, k) in [
        ("maria", normalized(&key()).unwrap()),
        ("siapa", line.clone()),
    ] {
        assert!(matches!(
            s.sign_in_by_key(user, &k),
            Err(SignInError::BadCredentials)
        ));
    }
    assert_eq!(trail_len(&s), before);
    assert_eq!(s.store.account(maria).unwrap().unwrap().failed_attempts, 0);

    // Locked by five wrong passwords: the key does not get around it.
    for _ in 0..5 {
        let _ = s.sign_in("maria", "salah-sandi");
    }
    assert!(matches!(
        s.sign_in_by_key("maria", &line),
        Err(SignInError::Locked { .. })
    ));
    // Disabled: refused like an unknown user, and not even offered.
    s.reset_password(None, maria, "baru-sekali").unwrap();
    s.set_disabled(None, maria, true).unwrap();
    assert!(!s.key_registered("maria", &line).unwrap());
    assert!(matches!(
        s.sign_in_by_key("maria", &line),
        Err(SignInError::BadCredentials)
    ));
    s.set_disabled(None, maria, false).unwrap();
    assert!(s.sign_in_by_key("maria", &line).is_ok());
}

#[test]
fn a_removed_key_signs_in_no_more() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, maria, line) = setup(&dir);
    s.execute(Command::Accounts(AccountCommand::RemoveKey {
        account: maria,
        which: "1".into(),
    }))
    .unwrap();
    assert!(!s.key_registered("maria", &line).unwrap());
    assert!(matches!(
        s.sign_in_by_key("maria", &line),
        Err(SignInError::BadCredentials)
    ));
    // The record is gone with its last key (absent: none).
    assert!(s.account_keys(maria).unwrap().keys.is_empty());
}

#[test]
fn only_admins_and_the_operator_change_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, maria, _) = setup(&dir);
    // maria (an appraiser) signed in: not even her own keys.
    s.sign_in("maria", "maria-rahasia").unwrap();
    let before = s.store.audit_trail().unwrap().len();
    let refused = s.execute(Command::Accounts(AccountCommand::AddKey {
        account: maria,
        line: key().to_openssh().unwrap(),
    }));
    assert!(
        matches!(refused, Err(kinerja::app::CommandError::Forbidden)),
        "{refused:?}"
    );
    let refused = s.execute(Command::Accounts(AccountCommand::RemoveKey {
        account: maria,
        which: "1".into(),
    }));
    assert!(matches!(
        refused,
        Err(kinerja::app::CommandError::Forbidden)
    ));
    assert_eq!(s.store.audit_trail().unwrap().len(), before);
    assert_eq!(s.account_keys(maria).unwrap().keys.len(), 1);
}
