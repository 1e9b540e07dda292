//! The words of `kinerja serve` (command-line only).

use super::serve::ServeError;
use super::words::CommandText;
use crate::i18n::Lang;

pub fn command_text(lang: Lang) -> CommandText {
    match lang {
        Lang::Id => CommandText {
            about: "Melayani aplikasi lewat SSH untuk seluruh kantor: setiap sambungan membuka \
                    sesinya sendiri pada satu database, masuk sebagai pengguna SSH-nya.\n\
                    Kunci host Ed25519 dibuat sekali di samping database; sidik jarinya \
                    ditampilkan saat mulai.",
            usage:
                "kinerja serve [--listen ALAMAT:PORT] [--idle MENIT] [--db PATH] [--fingerprint]",
            after_help: Some(
                "Sambungkan: ssh -p 2222 PENGGUNA@HOST (kata sandi kinerja, atau kunci Ed25519 \
                 yang didaftarkan dengan `kinerja user key add`). Hentikan dengan Ctrl-C.",
            ),
        },
        Lang::En => CommandText {
            about: "Serves the app over SSH to the whole office: each connection opens its own \
                    session on the one database, signed in as its SSH user.\n\
                    An Ed25519 host key is made once next to the database; its fingerprint is \
                    printed at start.",
            usage:
                "kinerja serve [--listen ADDR:PORT] [--idle MINUTES] [--db PATH] [--fingerprint]",
            after_help: Some(
                "Connect: ssh -p 2222 USER@HOST (the kinerja password, or an Ed25519 key \
                 registered with `kinerja user key add`). Stop with Ctrl-C.",
            ),
        },
    }
}

/// Help of `serve`'s arguments; `None` when not one of theirs.
pub fn arg_help(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    if path != "serve" {
        return None;
    }
    Some(match (lang, id) {
        (Lang::Id, "listen") => {
            "Alamat yang didengarkan [bawaan: 127.0.0.1:2222, hanya komputer ini; \
             mis. 0.0.0.0:2222 untuk jaringan kantor]"
        }
        (Lang::En, "listen") => {
            "Address to listen on [default: 127.0.0.1:2222, this computer only; \
             e.g. 0.0.0.0:2222 for the office network]"
        }
        (Lang::Id, "idle") => {
            "Tutup sesi setelah sekian menit tanpa masukan (isian disimpan sebagai draf); \
             0: tidak pernah [bawaan: 30]"
        }
        (Lang::En, "idle") => {
            "Close a session after this many minutes without input (typing kept as a draft); \
             0: never [default: 30]"
        }
        (Lang::Id, "fingerprint") => "Hanya tampilkan sidik jari kunci host, lalu keluar",
        (Lang::En, "fingerprint") => "Only print the host key's fingerprint, then exit",
        _ => return None,
    })
}

/// The line printed when the server listens.
pub fn started(lang: Lang, addr: &str, fingerprint: &str) -> String {
    let port = addr.rsplit(':').next().unwrap_or("2222");
    match lang {
        Lang::Id => format!(
            "kinerja serve mendengarkan di {addr}\n\
             kunci host: {fingerprint}\n\
             sambungkan: ssh -p {port} PENGGUNA@HOST (cocokkan sidik jari di atas saat \
             pertama kali); Ctrl-C untuk berhenti"
        ),
        Lang::En => format!(
            "kinerja serve listening on {addr}\n\
             host key: {fingerprint}\n\
             connect: ssh -p {port} USER@HOST (compare the fingerprint above on first \
             connect); Ctrl-C to stop"
        ),
    }
}

/// Added to the lock message when `kinerja serve` holds the database.
pub fn held_by_serve(lang: Lang, addr: &str) -> String {
    let port = addr.rsplit(':').next().unwrap_or("2222");
    match lang {
        Lang::Id => format!(
            "kinerja serve sedang berjalan di {addr}: sambungkan dengan ssh -p {port} \
             PENGGUNA@HOST, atau hentikan server untuk menjalankan perintah ini"
        ),
        Lang::En => format!(
            "kinerja serve is running on {addr}: connect with ssh -p {port} USER@HOST, or \
             stop the server to run this command"
        ),
    }
}

/// The line printed when the server stops.
pub fn stopped(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "kinerja serve berhenti; database disimpan",
        Lang::En => "kinerja serve stopped; the database is saved",
    }
}

pub fn error(lang: Lang, e: &ServeError) -> String {
    match (lang, e) {
        (Lang::Id, ServeError::HostKey(detail)) => {
            format!("kunci host SSH tidak dapat dipakai: {detail}")
        }
        (Lang::En, ServeError::HostKey(detail)) => {
            format!("the SSH host key cannot be used: {detail}")
        }
        (Lang::Id, ServeError::Listen { addr, error }) => format!(
            "tidak dapat mendengarkan di {addr}: {}",
            super::words::io_error(lang, error)
        ),
        (Lang::En, ServeError::Listen { addr, error }) => format!(
            "cannot listen on {addr}: {}",
            super::words::io_error(lang, error)
        ),
    }
}
