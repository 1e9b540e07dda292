//! The SSH client side of the serve bench (included with `#[path]`): a russh client that
//! checks the server's key, signs in with a password and reads its screen through vt100.

use std::sync::Arc;
use std::time::Duration;

use russh::client;
use russh::keys::PublicKey;
use russh::ChannelMsg;

/// How long one wait for the screen may take before the session counts as failed.
pub const WAIT: Duration = Duration::from_secs(30);

pub struct Client {
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

/// A signed-in session and the screen as its client sees it.
pub struct Term {
    _handle: client::Handle<Client>,
    ch: russh::Channel<client::Msg>,
    vt: vt100::Parser,
}

impl Term {
    /// Connects (the server's key must be `key`), signs in with a password, asks for a pty of
    /// `cols` x `rows` and a shell.
    pub async fn open(
        addr: std::net::SocketAddr,
        key: PublicKey,
        username: &str,
        password: &str,
        (cols, rows): (u16, u16),
    ) -> Result<Term, String> {
        let config = Arc::new(client::Config {
            nodelay: true,
            ..Default::default()
        });
        let mut handle = client::connect(config, addr, Client { expected: key })
            .await
            .map_err(|e| format!("connect: {e}"))?;
        let auth = handle
            .authenticate_password(username, password)
            .await
            .map_err(|e| format!("sign-in: {e}"))?;
        if !auth.success() {
            return Err(format!("{username} could not sign in"));
        }
        let ch = handle
            .channel_open_session()
            .await
            .map_err(|e| format!("channel: {e}"))?;
        ch.request_pty(true, "xterm-256color", cols.into(), rows.into(), 0, 0, &[])
            .await
            .map_err(|e| format!("pty: {e}"))?;
        ch.request_shell(true)
            .await
            .map_err(|e| format!("shell: {e}"))?;
        Ok(Term {
            _handle: handle,
            ch,
            vt: vt100::Parser::new(rows, cols, 0),
        })
    }

    pub async fn send(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.ch.data(bytes).await.map_err(|e| format!("send: {e}"))
    }

    /// `send` after `pause` (a person's pace).
    pub async fn paced(&mut self, pause: Duration, bytes: &[u8]) -> Result<(), String> {
        tokio::time::sleep(pause).await;
        self.send(bytes).await
    }

    /// Reads until the screen passes `want`; an error naming `what` after [`WAIT`].
    pub async fn until(&mut self, what: &str, want: impl Fn(&str) -> bool) -> Result<(), String> {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if want(&self.vt.screen().contents()) {
                return Ok(());
            }
            match tokio::time::timeout_at(deadline, self.ch.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => self.vt.process(&data),
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => {
                    return Err(format!(
                        "waited in vain for {what}; the screen:\n{}",
                        self.vt.screen().contents()
                    ))
                }
            }
        }
    }
}
