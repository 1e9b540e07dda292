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

/// The file, next to the database, that says where a running `serve` listens (and its pid):
/// the lock message of the other commands reads it.
pub const ADDR_FILE: &str = "serve.addr";

fn addr_file(db: &Path) -> std::path::PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(ADDR_FILE)
}

/// Where the `serve` holding the database at `db` listens, if it is one (its file names a
/// process that is still there).
pub fn running_on(db: &Path) -> Option<String> {
    let text = std::fs::read_to_string(addr_file(db)).ok()?;
    let mut lines = text.lines();
    let addr = lines.next()?.trim().to_string();
    let pid = lines.next()?.trim().to_string();
    let proc_dir = Path::new("/proc");
    if proc_dir.is_dir() && !proc_dir.join(&pid).exists() {
        return None;
    }
    Some(addr)
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
        // The address bound (a port 0 in --listen becomes the real one).
        let listening = listener
            .local_addr()
            .map_or_else(|_| args.listen.clone(), |a| a.to_string());
        let options = ssh::Options {
            idle: (args.idle > 0).then(|| std::time::Duration::from_secs(args.idle * 60)),
            esc_wait: None,
        };
        let served = ssh::serve(listener, key, services, lang, options)
            .await
            .map_err(CliError::Terminal)?;
        let addr_file = addr_file(db);
        let noted = std::fs::write(&addr_file, format!("{listening}\n{}\n", std::process::id()));
        if let Err(e) = &noted {
            log::warn!("could not write {}: {e}", addr_file.display());
        }
        println!("{}", serve_words::started(lang, &listening, &fingerprint));
        log::info!("serving on {listening} ({fingerprint})");
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
        if noted.is_ok() {
            let _ = std::fs::remove_file(&addr_file);
        }
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
