//! `kinerja serve` on loopback with an in-process russh client: password sign-in straight into
//! the user's own screen, a wrong password refused, two sessions at once, keys, a window
//! change, and a client that vanishes while another keeps working. vt100 reads the screens.

mod common;

use std::sync::Arc;
use std::time::Duration;

use kinerja::domain::{AccountId, EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::ui::ssh::{self, hostkey, Served};
use russh::client;
use russh::keys::PublicKey;
use russh::ChannelMsg;

const MARIA_PW: &str = "maria-rahasia";
const AGUS_PW: &str = "agus-rahasia";

struct Client {
    expected: PublicKey,
}

impl client::Handler for Client {
    type Error = russh::Error;
    async fn check_server_key(
        &mut self,
        key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(matches!(
            key,
            russh::keys::PublicKeyOrCertificate::PublicKey { key, .. } if *key == self.expected
        ))
    }
}

struct Server {
    addr: std::net::SocketAddr,
    public: PublicKey,
    served: Served,
    _dir: tempfile::TempDir,
}

/// The small office with maria (appraiser, employee 2) and Agus (admin, employee 5), served.
async fn start() -> Server {
    start_with(ssh::Options::default()).await
}

async fn start_with(options: ssh::Options) -> Server {
    start_prepared(options, |_, _| {}).await
}

/// As [`start_with`], after `prepare` ran on the services with the accounts of maria and Agus.
async fn start_prepared(
    options: ssh::Options,
    prepare: impl FnOnce(&mut kinerja::app::Services, [AccountId; 2]),
) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut services = common::services_with_office(&db);
    let maria = services
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            MARIA_PW,
        )
        .unwrap();
    let agus = services
        .create_account(None, "Agus", Some(EmployeeId(5)), Role::Admin, AGUS_PW)
        .unwrap();
    prepare(&mut services, [maria, agus]);
    let key = hostkey::load_or_create(&hostkey::path_for(&db)).unwrap();
    let public = key.public_key().clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let served = ssh::serve(listener, key, services, Lang::Id, options)
        .await
        .unwrap();
    Server {
        addr,
        public,
        served,
        _dir: dir,
    }
}

async fn connect(server: &Server) -> client::Handle<Client> {
    let config = Arc::new(client::Config::default());
    client::connect(
        config,
        server.addr,
        Client {
            expected: server.public.clone(),
        },
    )
    .await
    .unwrap()
}

/// A signed-in session with a pty of `cols` x `rows` and a shell.
struct Term {
    _handle: client::Handle<Client>,
    ch: russh::Channel<client::Msg>,
    vt: vt100::Parser,
    /// Every byte received.
    raw: Vec<u8>,
}

async fn open(server: &Server, user: &str, password: &str, cols: u16, rows: u16) -> Term {
    open_as(server, user, password, "xterm-256color", cols, rows).await
}

async fn open_as(
    server: &Server,
    user: &str,
    password: &str,
    term: &str,
    cols: u16,
    rows: u16,
) -> Term {
    let mut handle = connect(server).await;
    let auth = handle.authenticate_password(user, password).await.unwrap();
    assert!(auth.success(), "{user} could not sign in");
    let ch = handle.channel_open_session().await.unwrap();
    ch.request_pty(true, term, cols.into(), rows.into(), 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(true).await.unwrap();
    Term {
        _handle: handle,
        ch,
        vt: vt100::Parser::new(rows, cols, 0),
        raw: Vec::new(),
    }
}

impl Term {
    /// Reads channel data until the screen passes `want` (or 10 s pass); the screen then.
    async fn until(&mut self, want: impl Fn(&str) -> bool) -> String {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let contents = self.vt.screen().contents();
            if want(&contents) {
                return contents;
            }
            match tokio::time::timeout_at(deadline, self.ch.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.vt.process(&data);
                    self.raw.extend_from_slice(&data);
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return contents,
            }
        }
    }

    /// Whatever arrives within `wait`: the screen then.
    async fn read_for(&mut self, wait: Duration) -> String {
        let deadline = tokio::time::Instant::now() + wait;
        while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, self.ch.wait()).await {
            if let ChannelMsg::Data { data } = msg {
                self.vt.process(&data);
                self.raw.extend_from_slice(&data);
            }
        }
        self.vt.screen().contents()
    }

    async fn shows(&mut self, text: &str) -> String {
        self.until(|s| s.contains(text)).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_sign_in_opens_the_users_own_screen_and_keys_change_it() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    // No second sign-in screen: the header names the account and its role at once.
    let screen = maria.shows("[maria · ").await;
    assert!(screen.contains("[maria · "), "{screen}");
    assert!(!screen.contains("Kata sandi"), "{screen}");
    // maria's own line: her report Daniel Ndiken is listed.
    let screen = maria.shows("Daniel Ndiken").await;
    assert!(screen.contains("Daniel Ndiken"), "{screen}");

    // `?` opens the help of this screen.
    maria.ch.data(&b"?"[..]).await.unwrap();
    let screen = maria.shows("Bantuan: tombol di layar ini").await;
    assert!(screen.contains("Bantuan: tombol di layar ini"), "{screen}");
    // Esc (a lone ESC byte) closes it again.
    maria.ch.data(&b"\x1b"[..]).await.unwrap();
    let screen = maria
        .until(|s| !s.contains("Bantuan: tombol di layar ini"))
        .await;
    assert!(!screen.contains("Bantuan: tombol di layar ini"), "{screen}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_and_an_unknown_user_are_refused() {
    let server = start().await;
    let mut client = connect(&server).await;
    let auth = client
        .authenticate_password("maria", "bukan-sandinya")
        .await
        .unwrap();
    assert!(!auth.success());
    // An unknown user gets the same answer.
    let mut other = connect(&server).await;
    let auth = other
        .authenticate_password("siapa", MARIA_PW)
        .await
        .unwrap();
    assert!(!auth.success());
    // The right password on a new connection works.
    let mut right = connect(&server).await;
    let auth = right
        .authenticate_password("maria", MARIA_PW)
        .await
        .unwrap();
    assert!(auth.success());
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sessions_at_once_each_see_their_own_user() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    let mut agus = open(&server, "Agus", AGUS_PW, 100, 30).await;
    let a = agus.shows("[agus · ").await;
    let m = maria.shows("[maria · ").await;
    assert!(a.contains("[agus · ") && !a.contains("[maria"), "{a}");
    assert!(m.contains("[maria · ") && !m.contains("[agus"), "{m}");
    // A key in one session changes only that one.
    agus.ch.data(&b"?"[..]).await.unwrap();
    let a = agus.shows("Bantuan: tombol").await;
    assert!(a.contains("Bantuan: tombol"), "{a}");
    let m = maria.read_for(Duration::from_millis(300)).await;
    assert!(!m.contains("Bantuan: tombol"), "{m}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_window_change_redraws_at_the_new_size() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 80, 24).await;
    let screen = maria.shows("[maria · ").await;
    // The footer is on the last row: row 24 of 24, then row 32 of 32.
    let footer = |s: &str| {
        s.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, _)| i)
            .last()
    };
    assert_eq!(footer(&screen), Some(23), "{screen}");
    maria.ch.window_change(120, 32, 0, 0).await.unwrap();
    maria.vt.screen_mut().set_size(32, 120);
    let screen = maria.until(|s| footer(s) == Some(31)).await;
    assert_eq!(footer(&screen), Some(31), "{screen}");
    assert!(screen.contains("[maria · "), "{screen}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_vanishes_does_not_stop_the_others() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    let mut agus = open(&server, "Agus", AGUS_PW, 100, 30).await;
    agus.shows("[agus · ").await;
    maria.shows("[maria · ").await;
    // Agus's connection disappears without a goodbye.
    drop(agus);
    maria.ch.data(&b"?"[..]).await.unwrap();
    let screen = maria.shows("Bantuan: tombol").await;
    assert!(screen.contains("Bantuan: tombol"), "{screen}");
    // And a new session still opens.
    let mut again = open(&server, "Agus", AGUS_PW, 100, 30).await;
    let screen = again.shows("[agus · ").await;
    assert!(screen.contains("[agus · "), "{screen}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn q_ends_the_session_with_exit_status_0() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    maria.shows("[maria · ").await;
    maria.ch.data(&b"q"[..]).await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut status = None;
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, maria.ch.wait()).await {
        if let ChannelMsg::ExitStatus { exit_status } = msg {
            status = Some(exit_status);
        }
    }
    assert_eq!(status, Some(0));
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_wrong_passwords_from_several_connections_lock_the_account() {
    let server = start().await;
    // Five failures, spread over connections (two per connection and one), lock maria.
    for tries in [2, 2, 1] {
        let mut client = connect(&server).await;
        for _ in 0..tries {
            let auth = client
                .authenticate_password("maria", "bukan-sandinya")
                .await
                .unwrap();
            assert!(!auth.success());
        }
    }
    let mut client = connect(&server).await;
    let auth = client
        .authenticate_password("maria", MARIA_PW)
        .await
        .unwrap();
    assert!(!auth.success(), "the lock-out holds across connections");
    // Another account is not affected.
    let mut client = connect(&server).await;
    let auth = client.authenticate_password("Agus", AGUS_PW).await.unwrap();
    assert!(auth.success());
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typo_may_be_retried_on_the_same_connection_up_to_three_tries() {
    let server = start().await;
    let mut client = connect(&server).await;
    let auth = client.authenticate_password("maria", "typo").await.unwrap();
    assert!(!auth.success());
    let auth = client
        .authenticate_password("maria", MARIA_PW)
        .await
        .unwrap();
    assert!(auth.success(), "the second try on one connection is heard");
    // Three wrong tries end the connection.
    let mut client = connect(&server).await;
    for _ in 0..3 {
        let _ = client.authenticate_password("maria", "typo").await;
    }
    let after = client.authenticate_password("maria", MARIA_PW).await;
    assert!(after.map(|a| !a.success()).unwrap_or(true));
    server.served.stop().await;
}

#[test]
fn serve_fingerprint_prints_the_same_key_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .args(["serve", "--fingerprint", "--db"])
            .arg(&db)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run();
    assert!(
        first.starts_with("SHA256:") && first.ends_with('\n'),
        "{first}"
    );
    assert_eq!(run(), first);
    let key = hostkey::load_or_create(&hostkey::path_for(&db)).unwrap();
    assert_eq!(first.trim_end(), hostkey::fingerprint(&key));
}

/// The two steps `serve` uses (hash on the loop, argon2 elsewhere, then the record): a match
/// against a hash that is no longer the account's counts as a failure.
#[test]
fn a_password_verified_against_an_old_hash_does_not_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    services
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            MARIA_PW,
        )
        .unwrap();
    let hash = services.password_hash_for("maria").unwrap();
    let matched = kinerja::app::services::auth::verify_password(MARIA_PW, &hash);
    assert!(matched);
    assert!(services
        .sign_in_verified("maria", "$argon2id$not-the-hash", true)
        .is_err());
    let session = services.sign_in_verified("maria", &hash, matched).unwrap();
    assert_eq!(session.account.username, "maria");
    // An unknown user is checked against the dummy hash, never signed in.
    let dummy = services.password_hash_for("siapa").unwrap();
    assert!(services.sign_in_verified("siapa", &dummy, true).is_err());
}

/// While `serve` holds the database, another command says so (exit 2) and how to connect;
/// SIGTERM stops the server, which removes its address file and lets go of the database.
#[cfg(unix)]
#[test]
fn the_lock_message_names_the_running_server_and_sigterm_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    drop(common::services_with_office(&db));
    let exe = env!("CARGO_BIN_EXE_kinerja");
    let mut server = std::process::Command::new(exe)
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(&db)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let addr_file = dir.path().join("serve.addr");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !addr_file.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(addr_file.exists(), "serve did not start");
    let out = std::process::Command::new(exe)
        .args(["user", "list", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("database sedang dipakai"), "{err}");
    assert!(
        err.contains("kinerja serve sedang berjalan di 127.0.0.1:"),
        "{err}"
    );
    assert!(
        !err.contains("127.0.0.1:0:"),
        "the real port is named: {err}"
    );
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = server.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(!addr_file.exists());
    let out = std::process::Command::new(exe)
        .args(["user", "list", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_session_is_closed_with_a_message_while_a_busy_one_stays() {
    let server = start_with(ssh::Options {
        idle: Some(Duration::from_millis(1500)),
        ..ssh::Options::default()
    })
    .await;
    let mut idle = open(&server, "maria", MARIA_PW, 100, 30).await;
    let mut busy = open(&server, "Agus", AGUS_PW, 100, 30).await;
    idle.shows("[maria · ").await;
    busy.shows("[agus · ").await;
    // Agus keeps typing (help on and off); maria does nothing.
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_millis(2500) {
        busy.ch.data(&b"?"[..]).await.unwrap();
        busy.read_for(Duration::from_millis(200)).await;
    }
    // maria's session ended: the message on her own screen, exit status 0.
    let screen = idle.shows("tidak ada masukan selama 1 menit").await;
    assert!(screen.contains("Sesi kinerja ditutup"), "{screen}");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut status = None;
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, idle.ch.wait()).await {
        if let ChannelMsg::ExitStatus { exit_status } = msg {
            status = Some(exit_status);
        }
    }
    assert_eq!(status, Some(0));
    // Agus is still served.
    busy.ch.data(&b"1"[..]).await.unwrap();
    let screen = busy.shows("pegawai").await;
    assert!(screen.contains("[agus · "), "{screen}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dumb_terminal_gets_no_colours() {
    let server = start().await;
    let mut colour = open(&server, "maria", MARIA_PW, 100, 30).await;
    let mut dumb = open_as(&server, "Agus", AGUS_PW, "dumb", 100, 30).await;
    colour.shows("[maria · ").await;
    dumb.shows("[agus · ").await;
    // A foreground colour (SGR 38;5;N, as crossterm writes it) only in colour.
    let coloured = |raw: &[u8]| raw.windows(5).any(|w| w == b"\x1b[38;");
    assert!(coloured(&colour.raw));
    assert!(!coloured(&dumb.raw));
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_ends_the_ssh_session_without_a_sign_in_screen() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    maria.shows("[maria · ").await;
    maria.ch.data(&b"L"[..]).await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut status = None;
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, maria.ch.wait()).await {
        match msg {
            ChannelMsg::ExitStatus { exit_status } => status = Some(exit_status),
            ChannelMsg::Data { data } => maria.raw.extend_from_slice(&data),
            _ => {}
        }
    }
    assert_eq!(status, Some(0));
    let text = String::from_utf8_lossy(&maria.raw);
    assert!(!text.contains("Kata sandi"), "no sign-in screen was drawn");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_the_server_tells_every_session_before_closing_it() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 100, 30).await;
    let mut agus = open(&server, "Agus", AGUS_PW, 100, 30).await;
    maria.shows("[maria · ").await;
    agus.shows("[agus · ").await;
    let stopping = tokio::spawn(server.served.stop());
    for term in [&mut maria, &mut agus] {
        let screen = term.shows("Server kinerja dihentikan").await;
        assert!(screen.contains("Server kinerja dihentikan"), "{screen}");
        // Back on the client's own screen: the app's frame is gone.
        assert!(!screen.contains("Jejak Audit"), "{screen}");
    }
    stopping.await.unwrap();
}

/// Maria (on her agenda, which lists her report Daniel) and Agus (admin) signed in.
async fn maria_and_agus(server: &Server) -> (Term, Term) {
    let mut maria = open(server, "maria", MARIA_PW, 120, 30).await;
    maria.shows("Daniel Ndiken").await;
    let mut agus = open(server, "Agus", AGUS_PW, 120, 30).await;
    agus.shows("[agus · ").await;
    (maria, agus)
}

/// Agus renames Daniel Ndiken to Daniel Wamea through the register's form.
async fn agus_renames_daniel(agus: &mut Term) {
    agus.ch.data(&b"/Daniel\re"[..]).await.unwrap();
    agus.shows("Daniel Ndiken").await;
    agus.ch
        .data(&b"\t\t\t\x15Daniel Wamea\x13"[..])
        .await
        .unwrap();
    let screen = agus
        .until(|s| s.contains("Daniel Wamea") && s.contains("tersimpan"))
        .await;
    assert!(
        screen.contains("Perubahan tersimpan: Daniel Wamea"),
        "{screen}"
    );
}

/// Agus renames Daniel in his session: Maria's agenda, which lists Daniel, shows the new name
/// without a key pressed in her session.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_saved_in_one_session_appears_in_another_without_a_key() {
    let server = start().await;
    let (mut maria, mut agus) = maria_and_agus(&server).await;
    agus_renames_daniel(&mut agus).await;
    let screen = maria.shows("Daniel Wamea").await;
    assert!(
        screen.contains("Daniel Wamea"),
        "maria's agenda follows: {screen}"
    );
    server.served.stop().await;
}

/// Maria and Agus open Daniel's form at once; Agus saves first. Maria's save is refused with
/// a message naming Agus, and what she typed stays in her form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_second_save_of_the_same_record_is_refused_naming_the_first() {
    let server = start().await;
    let (mut maria, mut agus) = maria_and_agus(&server).await;
    // Her first screen is the agenda; tab 1 is the register.
    maria.ch.data(&b"1/Daniel\re"[..]).await.unwrap();
    let form = maria.shows("Telepon").await;
    assert!(form.contains("Telepon"), "{form}");
    maria.ch.data(&b"\x150812 3456 7890"[..]).await.unwrap();
    maria.shows("0812 3456 7890").await;

    agus_renames_daniel(&mut agus).await;

    maria.ch.data(&b"\x13"[..]).await.unwrap();
    let screen = maria.shows("sudah diubah oleh agus").await;
    assert!(screen.contains("sudah diubah oleh agus"), "{screen}");
    assert!(
        screen.contains("0812 3456 7890"),
        "the typed phone stays: {screen}"
    );
    server.served.stop().await;
}

/// Maria edits Daniel while Agus saves Siti: different records, both saves go through.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sessions_saving_different_records_both_succeed() {
    let server = start().await;
    let (mut maria, mut agus) = maria_and_agus(&server).await;
    maria.ch.data(&b"1/Daniel\re"[..]).await.unwrap();
    maria.shows("Telepon").await;
    maria.ch.data(&b"\x150812 3456 7890"[..]).await.unwrap();
    maria.shows("0812 3456 7890").await;

    agus.ch.data(&b"/Siti\re"[..]).await.unwrap();
    agus.shows("Siti Rahmawati").await;
    agus.ch
        .data(&b"\t\t\t\x15Siti Gebze\x13"[..])
        .await
        .unwrap();
    let screen = agus.shows("Perubahan tersimpan: Siti Gebze").await;
    assert!(
        screen.contains("Perubahan tersimpan: Siti Gebze"),
        "{screen}"
    );

    maria.ch.data(&b"\x13"[..]).await.unwrap();
    let screen = maria.shows("Perubahan tersimpan: Daniel Ndiken").await;
    assert!(
        screen.contains("Perubahan tersimpan: Daniel Ndiken"),
        "{screen}"
    );
    server.served.stop().await;
}

/// A key's sequence split by the network (ESC in one message, the rest a moment later) is
/// still that key, not Esc followed by typed characters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sequence_split_after_its_esc_is_still_one_key() {
    // A generous wait, so that a busy test machine cannot make the split look like Esc.
    let server = start_with(ssh::Options {
        esc_wait: Some(Duration::from_millis(800)),
        ..ssh::Options::default()
    })
    .await;
    let mut maria = open(&server, "maria", MARIA_PW, 120, 30).await;
    maria.shows("Daniel Ndiken").await;
    maria.ch.data(&b"1/Danie"[..]).await.unwrap();
    maria.shows("Cari: Danie").await;
    // Left arrow, split after its ESC (two channel messages); then `X` lands before the last
    // letter. Sent back to back: the server reads the first message before the second.
    maria.ch.data(&b"\x1b"[..]).await.unwrap();
    maria.ch.data(&b"[DX"[..]).await.unwrap();
    let screen = maria.shows("Cari: DaniXe").await;
    assert!(screen.contains("Cari: DaniXe"), "{screen}");
    server.served.stop().await;
}

/// A burst of typed-ahead keys in one message (86 keys, 86 frames): every key counts and the
/// screen ends on the last state.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_keys_ends_on_the_last_screen() {
    let server = start().await;
    let mut maria = open(&server, "maria", MARIA_PW, 120, 30).await;
    maria.shows("Daniel Ndiken").await;
    let mut burst = b"1/".to_vec();
    burst.extend(std::iter::repeat_n(b'x', 40));
    burst.extend(std::iter::repeat_n(0x7f, 40));
    burst.extend(b"Siti");
    maria.ch.data(&burst[..]).await.unwrap();
    let screen = maria.until(|s| s.contains("Cari: Siti ")).await;
    assert!(screen.contains("Cari: Siti "), "{screen}");
    server.served.stop().await;
}

// ---- sign-in by SSH public key (Ed25519, registered by an admin) ---------------------------

fn new_key() -> russh::keys::PrivateKey {
    russh::keys::PrivateKey::random(&mut rand::rng(), russh::keys::Algorithm::Ed25519).unwrap()
}

/// Registers `key` for `account` through the command path, as `kinerja user key add` does.
fn register(
    services: &mut kinerja::app::Services,
    account: AccountId,
    key: &russh::keys::PrivateKey,
) {
    let line = key.public_key().to_openssh().unwrap();
    services
        .execute(kinerja::app::services::commands::Command::Accounts(
            kinerja::app::admin::Command::AddKey {
                account,
                line: format!("{line} test@pc"),
            },
        ))
        .unwrap();
}

async fn key_auth(
    server: &Server,
    user: &str,
    key: &russh::keys::PrivateKey,
) -> (bool, client::Handle<Client>) {
    let mut handle = connect(server).await;
    let auth = handle
        .authenticate_publickey(
            user,
            russh::keys::PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None),
        )
        .await
        .unwrap();
    (auth.success(), handle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_key_signs_in_straight_into_the_users_own_screen() {
    let key = new_key();
    let for_server = key.clone();
    let server = start_prepared(ssh::Options::default(), move |s, [maria, _]| {
        register(s, maria, &for_server)
    })
    .await;
    let (ok, handle) = key_auth(&server, "maria", &key).await;
    assert!(ok, "maria's registered key was refused");
    let ch = handle.channel_open_session().await.unwrap();
    ch.request_pty(true, "xterm-256color", 100, 30, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(true).await.unwrap();
    let mut maria = Term {
        _handle: handle,
        ch,
        vt: vt100::Parser::new(30, 100, 0),
        raw: Vec::new(),
    };
    let screen = maria.shows("[maria · ").await;
    assert!(screen.contains("[maria · "), "{screen}");
    assert!(!screen.contains("Kata sandi"), "{screen}");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_key_and_another_users_key_are_refused() {
    let agus_key = new_key();
    let for_server = agus_key.clone();
    let server = start_prepared(ssh::Options::default(), move |s, [_, agus]| {
        register(s, agus, &for_server)
    })
    .await;
    // A key nobody registered.
    let (ok, _) = key_auth(&server, "maria", &new_key()).await;
    assert!(!ok, "an unknown key signed in");
    // Agus's key for maria.
    let (ok, _) = key_auth(&server, "maria", &agus_key).await;
    assert!(!ok, "another user's key signed in");
    // A user nobody has: the same answer.
    let (ok, _) = key_auth(&server, "siapa", &agus_key).await;
    assert!(!ok, "a key signed in an unknown user");
    // Refused keys leave the password: a client tries keys first, then asks for it.
    let (ok, mut handle) = key_auth(&server, "maria", &new_key()).await;
    assert!(!ok);
    let auth = handle
        .authenticate_password("maria", MARIA_PW)
        .await
        .unwrap();
    assert!(auth.success(), "the password after a refused key");
    // Agus's own key works for Agus (any case of the user name).
    let (ok, _) = key_auth(&server, "Agus", &agus_key).await;
    assert!(ok, "Agus's key was refused");
    server.served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_accounts_key_is_refused() {
    let key = new_key();
    let for_server = key.clone();
    let server = start_prepared(ssh::Options::default(), move |s, [maria, _]| {
        register(s, maria, &for_server);
        s.set_disabled(None, maria, true).unwrap();
    })
    .await;
    let (ok, _) = key_auth(&server, "maria", &key).await;
    assert!(!ok, "a disabled account signed in by key");
    server.served.stop().await;
}

/// OpenSSH offers every key it has before it asks for a password: four unregistered keys do
/// not use up the password's tries.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unregistered_keys_offered_first_leave_the_password_its_tries() {
    let server = start().await;
    let mut handle = connect(&server).await;
    for _ in 0..4 {
        let auth = handle
            .authenticate_publickey(
                "maria",
                russh::keys::PrivateKeyWithHashAlg::new(Arc::new(new_key()), None),
            )
            .await
            .unwrap();
        assert!(!auth.success());
    }
    let auth = handle.authenticate_password("maria", "typo").await.unwrap();
    assert!(!auth.success());
    let auth = handle
        .authenticate_password("maria", MARIA_PW)
        .await
        .unwrap();
    assert!(auth.success(), "the password after four keys and a typo");
    server.served.stop().await;
}

/// A password reset by the admin must be changed at the first sign-in, over SSH too: the
/// change (argon2 done off the office loop) goes through and the new password works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_password_is_changed_over_ssh_and_the_new_one_works() {
    let server = start_prepared(ssh::Options::default(), |s, [maria, _]| {
        s.reset_password(None, maria, "sementara1").unwrap();
    })
    .await;
    let mut maria = open(&server, "maria", "sementara1", 100, 30).await;
    let screen = maria.shows("direset oleh admin").await;
    assert!(screen.contains("direset oleh admin"), "{screen}");
    maria
        .ch
        .data(&b"sementara1\tbaru-4567\tbaru-4567\r"[..])
        .await
        .unwrap();
    let screen = maria.shows("Daniel Ndiken").await;
    assert!(screen.contains("[maria · penilai]"), "{screen}");
    assert!(!screen.contains("direset oleh admin"), "{screen}");

    let mut again = connect(&server).await;
    let auth = again
        .authenticate_password("maria", "baru-4567")
        .await
        .unwrap();
    assert!(auth.success(), "the new password signs in");
    server.served.stop().await;
}
