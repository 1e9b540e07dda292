//! A russh client signs in by password over loopback, asks for a pty and a shell, and reads
//! the first frame; vt100 parses it and the greeting is on the screen.

use std::sync::Arc;
use std::time::Duration;

use russh::client;
use russh::keys::PublicKey;
use russh::ChannelMsg;

struct Client {
    expected: PublicKey,
}

impl client::Handler for Client {
    type Error = russh::Error;
    async fn check_server_key(
        &mut self,
        key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(
            matches!(key, russh::keys::PublicKeyOrCertificate::PublicKey { key, .. } if *key == self.expected),
        )
    }
}

async fn start() -> (
    std::net::SocketAddr,
    PublicKey,
    russh::server::RunningServerHandle,
    tempfile::TempDir,
) {
    start_with_key(None).await
}

/// The server; `ani` may also sign in with `user_key` when given.
async fn start_with_key(
    user_key: Option<PublicKey>,
) -> (
    std::net::SocketAddr,
    PublicKey,
    russh::server::RunningServerHandle,
    tempfile::TempDir,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ssh_host_ed25519_key");
    let key = scratch_serve::hostkey::load_or_create(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Read back: the same key.
    let again = scratch_serve::hostkey::load_or_create(&path).unwrap();
    assert_eq!(again.public_key(), key.public_key());
    assert!(scratch_serve::hostkey::fingerprint(&key).starts_with("SHA256:"));
    let public = key.public_key().clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let check: scratch_serve::PasswordCheck = Arc::new(|u, p| u == "ani" && p == "rahasia");
    // Compared as key data: the comment of a registered key line does not matter.
    let key_check: scratch_serve::KeyCheck = Arc::new(move |u, k| {
        u == "ani"
            && user_key
                .as_ref()
                .is_some_and(|r| r.key_data() == k.key_data())
    });
    let (handle, _task) = scratch_serve::spawn(listener, key, check, key_check)
        .await
        .unwrap();
    (addr, public, handle, dir)
}

async fn connect(addr: std::net::SocketAddr, expected: PublicKey) -> client::Handle<Client> {
    let config = Arc::new(client::Config::default());
    client::connect(config, addr, Client { expected })
        .await
        .unwrap()
}

/// Reads channel data into a vt100 screen until `want` is on it (or 5 s pass).
async fn screen_until(
    ch: &mut russh::Channel<client::Msg>,
    vt: &mut vt100::Parser,
    want: &str,
) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let contents = vt.screen().contents();
        if contents.contains(want) {
            return contents;
        }
        let msg = tokio::time::timeout_at(deadline, ch.wait()).await;
        match msg {
            Ok(Some(ChannelMsg::Data { data })) => vt.process(&data),
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => return contents,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_sign_in_pty_first_frame_resize_and_keys() {
    let (addr, public, server, _dir) = start().await;
    let mut session = connect(addr, public).await;
    let auth = session
        .authenticate_password("ani", "rahasia")
        .await
        .unwrap();
    assert!(auth.success());
    let mut ch = session.channel_open_session().await.unwrap();
    ch.request_pty(true, "xterm-256color", 60, 12, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(true).await.unwrap();
    let mut vt = vt100::Parser::new(12, 60, 0);
    let screen = screen_until(&mut ch, &mut vt, "Selamat datang, ani").await;
    assert!(screen.contains("Selamat datang, ani"), "{screen}");
    assert!(screen.contains("ukuran 60x12"), "{screen}");

    // Resize: the next frame is drawn for the new size.
    ch.window_change(70, 14, 0, 0).await.unwrap();
    vt.screen_mut().set_size(14, 70);
    let screen = screen_until(&mut ch, &mut vt, "ukuran 70x14").await;
    assert!(screen.contains("ukuran 70x14"), "{screen}");
    // The old, smaller frame is gone: one box, its right edge at the new width.
    assert_eq!(screen.matches('┐').count(), 1, "{screen}");
    assert_eq!(screen.matches('┘').count(), 1, "{screen}");
    assert_eq!(
        screen.lines().next().unwrap().chars().count(),
        70,
        "{screen}"
    );

    // Keys: an arrow and a UTF-8 letter reach the session's parser.
    ch.data(&b"\x1b[A"[..]).await.unwrap();
    ch.data("é".as_bytes()).await.unwrap();
    let screen = screen_until(&mut ch, &mut vt, "Char('é')").await;
    assert!(screen.contains("Up"), "{screen}");
    assert!(screen.contains("Char('é')"), "{screen}");
    server.shutdown("done".into());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_refused_and_a_dead_client_does_not_stop_others() {
    let (addr, public, server, _dir) = start().await;
    let mut bad = connect(addr, public.clone()).await;
    let auth = bad.authenticate_password("ani", "salah").await.unwrap();
    assert!(!auth.success());

    // A client that signs in, opens a shell and never reads again, then vanishes.
    let mut gone = connect(addr, public.clone()).await;
    assert!(gone
        .authenticate_password("ani", "rahasia")
        .await
        .unwrap()
        .success());
    let ch_gone = gone.channel_open_session().await.unwrap();
    ch_gone
        .request_pty(true, "xterm", 80, 24, 0, 0, &[])
        .await
        .unwrap();
    ch_gone.request_shell(true).await.unwrap();
    drop(ch_gone);
    drop(gone);

    let mut ok = connect(addr, public).await;
    assert!(ok
        .authenticate_password("ani", "rahasia")
        .await
        .unwrap()
        .success());
    let mut ch = ok.channel_open_session().await.unwrap();
    ch.request_pty(true, "xterm", 50, 10, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(true).await.unwrap();
    let mut vt = vt100::Parser::new(10, 50, 0);
    let screen = screen_until(&mut ch, &mut vt, "Selamat datang, ani").await;
    assert!(screen.contains("ukuran 50x10"), "{screen}");
    server.shutdown("done".into());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_key_sign_in_and_unknown_key_refused() {
    use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg};
    let mut rng = rand::rng();
    let registered = Arc::new(PrivateKey::random(&mut rng, Algorithm::Ed25519).unwrap());
    let stranger = Arc::new(PrivateKey::random(&mut rng, Algorithm::Ed25519).unwrap());
    let (addr, public, server, _dir) = start_with_key(Some(registered.public_key().clone())).await;

    let mut bad = connect(addr, public.clone()).await;
    let auth = bad
        .authenticate_publickey("ani", PrivateKeyWithHashAlg::new(stranger, None))
        .await
        .unwrap();
    assert!(!auth.success());
    // The registered key of another user name is refused too.
    let auth = bad
        .authenticate_publickey("budi", PrivateKeyWithHashAlg::new(registered.clone(), None))
        .await
        .unwrap();
    assert!(!auth.success());

    let mut ok = connect(addr, public).await;
    let auth = ok
        .authenticate_publickey("ani", PrivateKeyWithHashAlg::new(registered, None))
        .await
        .unwrap();
    assert!(auth.success());
    let mut ch = ok.channel_open_session().await.unwrap();
    ch.request_pty(true, "xterm", 40, 8, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(true).await.unwrap();
    let mut vt = vt100::Parser::new(8, 40, 0);
    let screen = screen_until(&mut ch, &mut vt, "Selamat datang, ani").await;
    assert!(screen.contains("Selamat datang, ani"), "{screen}");
    server.shutdown("done".into());
}
