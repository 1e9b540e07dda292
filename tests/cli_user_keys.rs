//! `kinerja user key add|list|remove` through the real binary: a key from a file, from
//! standard input and from `-`; refusals (RSA, PuTTY's file, a private key, garbage, a
//! duplicate, an unknown user or key) with exit code 1 and nothing written; the audit trail
//! names keys by fingerprint; then signing in by key with the library on the same database.

use kinerja::app::services::auth::SignInError;
use kinerja::app::services::public_keys::normalized;
use kinerja::domain::{AuditAction, RecordKind};
use kinerja::store::Store;

mod cli_support;
use cli_support::{audit_len, demo, fails, ok, run_stdin as run, services};

fn new_key() -> russh::keys::PublicKey {
    russh::keys::PrivateKey::random(&mut rand::rng(), russh::keys::Algorithm::Ed25519)
        .unwrap()
        .public_key()
        .clone()
}

fn line(key: &russh::keys::PublicKey, comment: &str) -> String {
    format!("{} {comment}", key.to_openssh().unwrap())
}

fn fingerprint(key: &russh::keys::PublicKey) -> String {
    key.fingerprint(russh::keys::HashAlg::Sha256).to_string()
}

#[test]
fn add_list_remove_and_sign_in_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let (k1, k2, k3) = (new_key(), new_key(), new_key());

    // No keys yet.
    let o = ok(&run(&db, &["user", "key", "list", "maria"], ""));
    assert!(o.contains("Belum ada kunci"), "{o}");

    // From a file (an OpenSSH .pub line), from stdin, and from `-`.
    let pub_file = dir.path().join("id_ed25519.pub");
    std::fs::write(&pub_file, line(&k1, "maria@kantor") + "\n").unwrap();
    let o = ok(&run(
        &db,
        &["user", "key", "add", "maria", pub_file.to_str().unwrap()],
        "",
    ));
    assert!(o.contains(&fingerprint(&k1)) && o.contains("maria"), "{o}");
    let o = ok(&run(
        &db,
        &["user", "key", "add", "maria"],
        &line(&k2, "laptop"),
    ));
    assert!(o.contains(&fingerprint(&k2)), "{o}");
    let o = ok(&run(
        &db,
        &["--lang", "en", "user", "key", "add", "Agus", "-"],
        &format!("\n  {}  \n", line(&k3, "")),
    ));
    assert!(o.starts_with("Key SHA256:"), "{o}");

    // The list: number, fingerprint, comment, when and by whom.
    let list = ok(&run(&db, &["user", "key", "list", "maria"], ""));
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("NO"), "{list}");
    assert!(
        lines[1].starts_with("1 ") && lines[1].contains(&fingerprint(&k1)),
        "{list}"
    );
    assert!(
        lines[1].contains("maria@kantor") && lines[1].contains("oleh cli:"),
        "{list}"
    );
    assert!(
        lines[2].starts_with("2 ") && lines[2].contains("laptop"),
        "{list}"
    );

    // Refusals: exit 1, a clear reason, nothing written.
    let before = audit_len(&db);
    let refused: [(&[&str], String, &str); 7] = [
        (
            &["user", "key", "add", "maria"],
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 maria@pc".into(),
            "ssh-keygen -t ed25519",
        ),
        (
            &["user", "key", "add", "maria"],
            "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"eddsa-key\"\nAAAA\n".into(),
            "PuTTYgen",
        ),
        (
            &["user", "key", "add", "maria"],
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n".into(),
            "KUNCI PRIVAT",
        ),
        (
            &["user", "key", "add", "maria"],
            "halo".into(),
            "bukan kunci publik OpenSSH",
        ),
        (
            &["user", "key", "add", "maria"],
            line(&k1, "lagi"),
            "sudah terdaftar untuk akun maria",
        ),
        // One key, one person: Agus's key is not maria's too.
        (
            &["user", "key", "add", "maria"],
            line(&k3, ""),
            "sudah terdaftar untuk akun agus",
        ),
        (
            &["user", "key", "add", "siapa"],
            line(&new_key(), ""),
            "tidak ada akun dengan nama 'siapa'",
        ),
    ];
    for (args, stdin, want) in refused {
        let err = fails(&run(&db, args, &stdin), 1);
        assert!(err.contains(want), "{args:?} {stdin:?}: {err}");
    }
    let err = fails(&run(&db, &["user", "key", "remove", "maria", "3"], ""), 1);
    assert!(err.contains("tidak ada kunci '3'"), "{err}");
    let err = fails(
        &run(&db, &["user", "key", "add", "maria", "/tidak/ada.pub"], ""),
        1,
    );
    assert!(err.contains("/tidak/ada.pub"), "{err}");
    assert_eq!(audit_len(&db), before, "a refusal writes nothing");

    // The library signs maria in by a registered key, not by Agus's, nor by a new one.
    {
        let mut s = services(&db);
        let session = s
            .sign_in_by_key("maria", &normalized(&k2).unwrap())
            .unwrap();
        assert_eq!(session.account.username, "maria");
        for other in [&k3, &new_key()] {
            assert!(matches!(
                s.sign_in_by_key("maria", &normalized(other).unwrap()),
                Err(SignInError::BadCredentials)
            ));
        }
    }

    // Remove by number, then by fingerprint (without `SHA256:`).
    let o = ok(&run(&db, &["user", "key", "remove", "maria", "1"], ""));
    assert!(
        o.contains(&fingerprint(&k1)) && o.contains("dihapus"),
        "{o}"
    );
    let fp2 = fingerprint(&k2);
    let o = ok(&run(
        &db,
        &[
            "user",
            "key",
            "remove",
            "maria",
            fp2.trim_start_matches("SHA256:"),
        ],
        "",
    ));
    assert!(o.contains(&fp2), "{o}");
    let o = ok(&run(&db, &["user", "key", "list", "maria"], ""));
    assert!(o.contains("Belum ada kunci"), "{o}");
    {
        let mut s = services(&db);
        assert!(matches!(
            s.sign_in_by_key("maria", &normalized(&k2).unwrap()),
            Err(SignInError::BadCredentials)
        ));
    }

    // The trail: who, which key by fingerprint, never the key text.
    let store = Store::open(&db).unwrap();
    let trail = store.audit_trail().unwrap();
    let keys: Vec<_> = trail
        .iter()
        .filter(|e| e.record.kind == RecordKind::AccountKeys)
        .collect();
    let actions: Vec<AuditAction> = keys.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [
            AuditAction::KeyAdd,
            AuditAction::KeyAdd,
            AuditAction::KeyAdd,
            AuditAction::KeyRemove,
            AuditAction::KeyRemove
        ]
    );
    assert_eq!(keys[0].reason, fingerprint(&k1));
    // Named by the account's user name (the audit screen shows it; maria sees her own).
    assert!(
        keys[0]
            .after
            .as_deref()
            .unwrap()
            .contains(r#""username":"maria""#),
        "{:?}",
        keys[0].after
    );
    assert!(keys[0].actor.starts_with("cli:"), "{}", keys[0].actor);
    let base64 = k1.to_openssh().unwrap();
    let base64 = base64.split_whitespace().nth(1).unwrap();
    for e in &keys {
        let text = format!("{:?} {:?}", e.before, e.after);
        assert!(!text.contains(base64), "{text}");
    }
}

#[test]
fn a_disabled_account_does_not_sign_in_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let key = new_key();
    ok(&run(&db, &["user", "key", "add", "maria"], &line(&key, "")));
    ok(&run(&db, &["user", "disable", "maria"], ""));
    let mut s = services(&db);
    assert!(matches!(
        s.sign_in_by_key("maria", &normalized(&key).unwrap()),
        Err(SignInError::BadCredentials)
    ));
}

#[test]
fn help_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let o = ok(&run(&db, &["user", "key", "add", "--help"], ""));
    assert!(o.contains("kinerja user key add USERNAME [FILE]"), "{o}");
    assert!(o.contains("masukan standar"), "{o}");
    let o = ok(&run(
        &db,
        &["--lang", "en", "user", "key", "remove", "--help"],
        "",
    ));
    assert!(o.contains("FINGERPRINT|NUMBER"), "{o}");
    let o = ok(&run(&db, &["--lang", "en", "user", "key", "--help"], ""));
    assert!(o.contains("ssh-keygen -t ed25519"), "{o}");
}
