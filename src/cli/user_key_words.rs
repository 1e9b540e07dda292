//! The words of `kinerja user key` (command-line only; the answers and refusals are
//! `i18n::admin_keys`', shared with the admin screen).

use super::words::CommandText;
use crate::i18n::Lang;

pub fn command_text(lang: Lang, path: &str) -> CommandText {
    let (about, usage, after_help): (&str, &str, Option<&str>) = match (lang, path) {
        (Lang::Id, "user key") => (
            "Mengelola kunci publik SSH pengguna untuk masuk ke `kinerja serve` tanpa kata \
             sandi (hanya Ed25519).",
            "kinerja user key add|list|remove USERNAME ...",
            Some(
                "Pengguna membuat kunci dengan `ssh-keygen -t ed25519` (Linux, macOS, PowerShell \
                 Windows) atau PuTTYgen jenis \"EdDSA\", lalu mengirim berkas .pub-nya (bukan \
                 kunci privat) kepada admin.",
            ),
        ),
        (Lang::En, "user key") => (
            "Manages users' SSH public keys for signing in to `kinerja serve` without a \
             password (Ed25519 only).",
            "kinerja user key add|list|remove USERNAME ...",
            Some(
                "Users make a key with `ssh-keygen -t ed25519` (Linux, macOS, Windows \
                 PowerShell) or PuTTYgen type \"EdDSA\", then send its .pub file (never the \
                 private key) to the admin.",
            ),
        ),
        (Lang::Id, "user key add") => (
            "Mendaftarkan kunci publik untuk akun: satu baris OpenSSH (`ssh-ed25519 AAAA… \
             nama@pc`) dari FILE, atau dari masukan standar bila FILE tidak ada atau `-`.",
            "kinerja user key add USERNAME [FILE]",
            None,
        ),
        (Lang::En, "user key add") => (
            "Registers a public key for an account: one OpenSSH line (`ssh-ed25519 AAAA… \
             name@pc`) from FILE, or from standard input when FILE is absent or `-`.",
            "kinerja user key add USERNAME [FILE]",
            None,
        ),
        (Lang::Id, "user key list") => (
            "Menampilkan kunci akun: nomor, sidik jari, komentar, kapan dan oleh siapa \
             ditambahkan.",
            "kinerja user key list USERNAME",
            None,
        ),
        (Lang::En, "user key list") => (
            "Lists an account's keys: number, fingerprint, comment, when and by whom added.",
            "kinerja user key list USERNAME",
            None,
        ),
        (Lang::Id, _) => (
            "Menghapus kunci dari akun, disebut dengan sidik jari (SHA256:…) atau nomornya \
             di `user key list`.",
            "kinerja user key remove USERNAME SIDIK_JARI|NOMOR",
            None,
        ),
        (Lang::En, _) => (
            "Removes a key from an account, named by its fingerprint (SHA256:…) or its number \
             in `user key list`.",
            "kinerja user key remove USERNAME FINGERPRINT|NUMBER",
            None,
        ),
    };
    CommandText {
        about,
        usage,
        after_help,
    }
}

/// Help of the key commands' arguments; `None` when not one of theirs.
pub fn arg_help(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    if !path.starts_with("user key") {
        return None;
    }
    Some(match (lang, id) {
        (Lang::Id, "file") => {
            "Berkas kunci publik (.pub, mis. id_ed25519.pub); tidak ada atau `-`: masukan standar"
        }
        (Lang::En, "file") => {
            "Public key file (.pub, e.g. id_ed25519.pub); absent or `-`: standard input"
        }
        (Lang::Id, "which") => "Sidik jari kunci (SHA256:…) atau nomornya di `user key list`",
        (Lang::En, "which") => "The key's fingerprint (SHA256:…) or its number in `user key list`",
        _ => return None,
    })
}

/// Asked on a terminal when no FILE is given.
pub fn paste_prompt(lang: Lang) -> &'static str {
    lang.pick(
        "Tempel baris kunci publik (ssh-ed25519 AAAA… nama@pc), lalu Enter:",
        "Paste the public key line (ssh-ed25519 AAAA… name@pc), then Enter:",
    )
}
