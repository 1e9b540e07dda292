//! `kinerja serve`: the host key, the listening socket, and the server until Ctrl-C or SIGTERM.

use std::path::Path;

use super::args::ServeArgs;
use super::error::CliError;
use super::serve_words;
use crate::i18n::Lang;
use crate::ui::ssh::{self, hostkey};

/// Why `serve` could not start.
#[derive(Debug)]
pub enum ServeError {
    /// The host key could not be read, made or written (the detail in English, for the log too).
    HostKey(String),
    Listen {
        addr: String,
        error: std::io::Error,
    },
}

impl From<ServeError> for CliError {
    fn from(e: ServeError) -> CliError {
        CliError::Serve(e)
    }
}

pub fn run(db: &Path, args: &ServeArgs, lang: Lang) -> Result<(), CliError> {
    let key = hostkey::load_or_create(&hostkey::path_for(db))
        .map_err(|e| ServeError::HostKey(e.to_string()))?;
    let fingerprint = hostkey::fingerprint(&key);
    if args.fingerprint {
        return super::write_stdout(format!("{fingerprint}\n").as_bytes());
    }
    // The store is opened first: a database another process holds is exit 2, as for the TUI.
    let services = super::open_services(db, "serve".to_string())?;
    crate::ui::term::log::init(&crate::ui::term::log::path_for(services.store.path()));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CliError::Terminal)?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.listen)
            .await
            .map_err(|error| ServeError::Listen {
                addr: args.listen.clone(),
                error,
            })?;
        let served = ssh::serve(listener, key, services, lang)
            .await
            .map_err(CliError::Terminal)?;
        println!("{}", serve_words::started(lang, &args.listen, &fingerprint));
        log::info!("serving on {} ({fingerprint})", args.listen);
        let mut served = served;
        tokio::select! {
            _ = stop_signal() => {}
            result = served.wait() => {
                if let Err(e) = result {
                    log::error!("the SSH server ended: {e}");
                }
            }
        }
        served.stop().await;
        println!("{}", serve_words::stopped(lang));
        Ok(())
    })
}

/// Ctrl-C, or SIGTERM (systemd's stop) on Unix.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
