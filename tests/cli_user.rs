//! `kinerja user add|list|reset-password|disable|enable` and the demo accounts, through the
//! real binary; then signing in with the library on the same database.

use kinerja::app::services::auth::SignInError;
use kinerja::domain::{AuditAction, RecordKind, Role};
use kinerja::store::Store;

mod cli_support;
use cli_support::{bin, demo, fails, nip_of, ok, run_stdin as run, services};

/// The line of `user list` for `username`.
fn line_of(list: &str, username: &str) -> String {
    list.lines()
        .find(|l| l.split_whitespace().next() == Some(username))
        .unwrap_or_else(|| panic!("{username} in\n{list}"))
        .to_string()
}

#[test]
fn add_list_reset_disable_enable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let rina = nip_of(&db, "Rina Marlina");
    let spaced = format!("{} {} {}", &rina[..8], &rina[8..14], &rina[14..]);

    // add, the password from stdin (only the first line).
    let o = run(
        &db,
        &[
            "user",
            "add",
            "Rina",
            "--role",
            "penilai",
            "--nip",
            &spaced,
            "--password-stdin",
        ],
        "rina-rahasia\nsecond line\n",
    );
    assert_eq!(ok(&o).trim(), "Akun 'rina' (penilai) dibuat.");
    // Without --password-stdin and without a terminal: the first line of stdin too.
    let o = run(
        &db,
        &["user", "add", "bkpsdm", "--role", "admin"],
        "bk-rahasia\n",
    );
    ok(&o);
    // Refusals, exit code 1, nothing written.
    let refused: [(&[&str], &str, &str); 6] = [
        (
            &["user", "add", "rina", "--role", "admin"],
            "rahasia",
            "sudah dipakai",
        ),
        (
            &["user", "add", "x", "--role", "admin"],
            "rahasia",
            "nama pengguna tidak sah",
        ),
        (
            &["user", "add", "budi", "--role", "admin"],
            "12345\n",
            "minimal 6 karakter",
        ),
        (
            &["user", "add", "budi", "--role", "penilai", "--nip", &rina],
            "rahasia",
            "sudah mempunyai akun",
        ),
        (
            &[
                "user",
                "add",
                "budi",
                "--role",
                "penilai",
                "--nip",
                "199999999999999999",
            ],
            "rahasia",
            "tidak ada pegawai dengan NIP 199999999999999999",
        ),
        (
            &["user", "reset-password", "budi"],
            "rahasia",
            "tidak ada akun dengan nama 'budi'",
        ),
    ];
    for (args, stdin, want) in refused {
        let err = fails(&run(&db, args, stdin), 1);
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(
            !err.contains(stdin.trim()),
            "the password is never shown: {err}"
        );
    }
    let err = fails(&run(&db, &["user", "add", "budi", "--role", "bos"], ""), 1);
    assert!(err.contains("admin, penilai"), "{err}");

    let list = ok(&run(&db, &["user", "list"], ""));
    assert!(list.starts_with("PENGGUNA"), "{list}");
    assert_eq!(list.lines().count(), 1 + 17 + 2, "{list}");
    let line = line_of(&list, "rina");
    for want in ["penilai", &rina, "Rina Marlina, A.Md.", "aktif"] {
        assert!(line.contains(want), "{want:?} in {line}");
    }
    let line = line_of(&list, "bkpsdm");
    assert!(line.contains("admin") && line.contains(" - "), "{line}");

    // The library signs in with what the CLI wrote, by user name or NIP.
    {
        let mut s = services(&db);
        let session = s.sign_in(&spaced, "rina-rahasia").unwrap();
        assert_eq!(session.account.role, Role::Appraiser);
        assert!(matches!(
            s.sign_in("rina", "second line"),
            Err(SignInError::BadCredentials)
        ));
    }

    // reset-password: must change at the next sign-in; the old password is gone.
    let o = run(
        &db,
        &["user", "reset-password", "RINA", "--password-stdin"],
        "sementara\n",
    );
    assert!(ok(&o).contains("wajib"));
    let list = ok(&run(&db, &["--lang", "en", "user", "list"], ""));
    assert!(list.starts_with("USER"), "{list}");
    assert!(
        line_of(&list, "rina").contains("must change password"),
        "{list}"
    );
    {
        let mut s = services(&db);
        assert!(s.sign_in("rina", "rina-rahasia").is_err());
        let session = s.sign_in("rina", "sementara").unwrap();
        assert!(session.account.must_change_password);
    }

    // disable / enable.
    ok(&run(&db, &["user", "disable", "rina"], ""));
    let list = ok(&run(&db, &["user", "list"], ""));
    assert!(line_of(&list, "rina").contains("nonaktif"), "{list}");
    assert!(matches!(
        services(&db).sign_in("rina", "sementara"),
        Err(SignInError::BadCredentials)
    ));
    let o = run(&db, &["--lang", "en", "user", "enable", "rina"], "");
    assert_eq!(ok(&o).trim(), "Account 'rina' enabled.");
    services(&db).sign_in("rina", "sementara").unwrap();

    // Locked accounts say until when.
    {
        let mut s = services(&db);
        for _ in 0..5 {
            let _ = s.sign_in("maria", "salah");
        }
    }
    let list = ok(&run(&db, &["user", "list"], ""));
    assert!(line_of(&list, "maria").contains("terkunci s.d. "), "{list}");

    // The trail: the CLI's changes by cli:$USER, the failures by signin:maria; no secret.
    let store = Store::open(&db).unwrap();
    let trail = store.audit_trail().unwrap();
    let accounts: Vec<_> = trail
        .iter()
        .filter(|a| a.record.kind == RecordKind::Account)
        .collect();
    let by_cli: Vec<AuditAction> = accounts
        .iter()
        .filter(|a| a.actor == "cli:operator1")
        .map(|a| a.action)
        .collect();
    assert_eq!(
        by_cli,
        [
            AuditAction::Create,
            AuditAction::Create,
            AuditAction::PasswordReset,
            AuditAction::Deactivate,
            AuditAction::Reactivate
        ]
    );
    assert!(accounts
        .iter()
        .any(|a| a.actor == "signin:maria" && a.action == AuditAction::Lock));
    let all = serde_json::to_string(&trail).unwrap();
    for secret in ["rina-rahasia", "bk-rahasia", "sementara", "argon2"] {
        assert!(!all.contains(secret), "{secret}");
    }
}

#[test]
fn user_list_on_a_database_without_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let out = ok(&run(&db, &["user", "list"], ""));
    assert!(out.contains("Belum ada akun"), "{out}");
    let err = fails(&run(&db, &["user"], ""), 1);
    assert!(
        err.contains("add, list, reset-password, disable, enable"),
        "{err}"
    );
}

#[test]
fn demo_accounts_sign_in_with_the_last_six_digits_of_the_nip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    let out = demo(&db);
    assert!(
        out.contains("Akun contoh dibuat: 17 (admin: agus; penilai: yohanes, markus"),
        "{out}"
    );
    assert!(out.contains("6 angka terakhir NIP"), "{out}");
    // Reopening creates nothing more.
    let again = demo(&db);
    assert!(!again.contains("Akun contoh dibuat"), "{again}");
    let people = [
        ("maria", "Maria Kaize", Role::Appraiser),
        ("yohanes", "Yohanes Gebze", Role::Appraiser),
        ("daniel", "Daniel Ndiken", Role::Appraiser),
        ("agus", "Agus Mahuze", Role::Admin),
    ];
    let nips: Vec<String> = people.iter().map(|p| nip_of(&db, p.1)).collect();
    let mut s = services(&db);
    assert_eq!(s.accounts().unwrap().len(), 17);
    for ((username, _, role), nip) in people.iter().zip(&nips) {
        let password = &nip[nip.len() - 6..];
        let session = s.sign_in(username, password).unwrap();
        assert_eq!(session.account.role, *role);
        assert!(!session.account.must_change_password);
        let by_nip = s.sign_in(nip, password).unwrap();
        assert_eq!(by_nip.account.username, *username);
        assert!(s.sign_in(username, "000000").is_err());
    }
    // Daniel appraises nobody; Maria has twelve direct reports.
    let daniel = s.sign_in("daniel", &nips[2][12..]).unwrap();
    assert!(s
        .register
        .subordinates(daniel.viewer.employee.unwrap())
        .is_empty());
    let maria = s.sign_in("maria", &nips[0][12..]).unwrap();
    assert_eq!(
        s.register
            .subordinates(maria.viewer.employee.unwrap())
            .len(),
        12
    );
    drop(s);

    // --as: a NIP with an account is accepted (here without opening the app)...
    let o = bin()
        .args(["demo", "--no-open", "--as", &nips[0], "--db"])
        .arg(&db)
        .output()
        .unwrap();
    ok(&o);
    // ...one without is refused before anything opens.
    let rina = nip_of(&db, "Rina Marlina");
    let o = bin()
        .args(["demo", "--as", &rina, "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let err = fails(&o, 1);
    assert!(
        err.contains(&format!("tidak ada akun aktif untuk NIP {rina}")),
        "{err}"
    );
}
