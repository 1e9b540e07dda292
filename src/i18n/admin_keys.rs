//! SSH public keys of accounts (issue 10): refusals and answers of the key commands (the CLI's
//! `kinerja user key` and the admin screen share them) and the words of the keys window.

use super::Lang;
use crate::app::services::public_keys::KeyLineError;

/// What to make instead of a refused key (both places say it).
fn make_ed25519(lang: Lang) -> &'static str {
    lang.pick(
        "buat kunci Ed25519: `ssh-keygen -t ed25519` (Linux, macOS, PowerShell Windows) atau \
         PuTTYgen jenis \"EdDSA\" (Ed25519)",
        "make an Ed25519 key: `ssh-keygen -t ed25519` (Linux, macOS, Windows PowerShell) or \
         PuTTYgen type \"EdDSA\" (Ed25519)",
    )
}

pub fn key_line_error(lang: Lang, e: &KeyLineError) -> String {
    match (lang, e) {
        (Lang::Id, KeyLineError::Empty) => {
            "baris kunci kosong; tempel isi berkas .pub (mis. id_ed25519.pub)".into()
        }
        (Lang::En, KeyLineError::Empty) => {
            "the key line is empty; paste the contents of the .pub file (e.g. id_ed25519.pub)"
                .into()
        }
        (Lang::Id, KeyLineError::NotEd25519 { algorithm }) => format!(
            "kunci {algorithm} tidak didukung, hanya Ed25519 (ssh-ed25519); {}",
            make_ed25519(lang)
        ),
        (Lang::En, KeyLineError::NotEd25519 { algorithm }) => format!(
            "{algorithm} keys are not supported, only Ed25519 (ssh-ed25519); {}",
            make_ed25519(lang)
        ),
        (Lang::Id, KeyLineError::PuttyFile) => {
            "ini format berkas PuTTY; salin baris dari kotak PuTTYgen \"Public key for pasting \
             into OpenSSH authorized_keys file\" (diawali ssh-ed25519)"
                .into()
        }
        (Lang::En, KeyLineError::PuttyFile) => {
            "this is PuTTY's file format; copy the line from PuTTYgen's box \"Public key for \
             pasting into OpenSSH authorized_keys file\" (it starts with ssh-ed25519)"
                .into()
        }
        (Lang::Id, KeyLineError::Unreadable) => format!(
            "bukan kunci publik OpenSSH yang terbaca (baris seperti `ssh-ed25519 AAAA… \
             nama@pc`); {}",
            make_ed25519(lang)
        ),
        (Lang::En, KeyLineError::Unreadable) => format!(
            "not a readable OpenSSH public key (a line like `ssh-ed25519 AAAA… name@pc`); {}",
            make_ed25519(lang)
        ),
        (Lang::Id, KeyLineError::PrivateKey) => {
            "ini KUNCI PRIVAT: jangan dikirim ke siapa pun; yang didaftarkan adalah berkas .pub"
                .into()
        }
        (Lang::En, KeyLineError::PrivateKey) => {
            "this is a PRIVATE key: never send it to anyone; register the .pub file instead".into()
        }
    }
}

pub fn duplicate(lang: Lang, username: &str) -> String {
    match lang {
        Lang::Id => format!("kunci ini sudah terdaftar untuk akun {username}"),
        Lang::En => format!("this key is already registered for the account {username}"),
    }
}

pub fn too_many(lang: Lang, max: usize) -> String {
    match lang {
        Lang::Id => format!("akun ini sudah punya {max} kunci (batas); hapus yang tidak dipakai"),
        Lang::En => format!("this account has {max} keys already (the limit); remove unused ones"),
    }
}

pub fn unknown_key(lang: Lang, which: &str) -> String {
    match lang {
        Lang::Id => format!(
            "tidak ada kunci '{which}' pada akun ini (sidik jari SHA256:… atau nomor dari daftar)"
        ),
        Lang::En => format!(
            "no key '{which}' on this account (a SHA256:… fingerprint or a number from the list)"
        ),
    }
}

pub fn added(lang: Lang, username: &str, fingerprint: &str) -> String {
    match lang {
        Lang::Id => format!("Kunci {fingerprint} didaftarkan untuk {username}."),
        Lang::En => format!("Key {fingerprint} registered for {username}."),
    }
}

pub fn removed(lang: Lang, username: &str, fingerprint: &str) -> String {
    match lang {
        Lang::Id => format!("Kunci {fingerprint} dihapus dari {username}."),
        Lang::En => format!("Key {fingerprint} removed from {username}."),
    }
}

/// The keys window's title.
pub fn title(lang: Lang, username: &str) -> String {
    match lang {
        Lang::Id => format!("Kunci SSH: {username}"),
        Lang::En => format!("SSH keys: {username}"),
    }
}

/// Column headers: number, fingerprint, comment, added (when, by).
pub fn header(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Id => ["NO", "SIDIK JARI", "KOMENTAR", "DITAMBAHKAN"],
        Lang::En => ["NO", "FINGERPRINT", "COMMENT", "ADDED"],
    }
}

/// "when by" of a key, for the lists.
pub fn added_when_by(lang: Lang, when: &str, by: &str) -> String {
    match lang {
        Lang::Id => format!("{when} oleh {by}"),
        Lang::En => format!("{when} by {by}"),
    }
}

pub fn no_keys(lang: Lang) -> &'static str {
    lang.pick(
        "Belum ada kunci: akun ini masuk dengan kata sandi saja.",
        "No keys yet: this account signs in with its password only.",
    )
}

pub fn hint(lang: Lang) -> &'static str {
    lang.pick(
        "n tambah kunci · Del/x hapus · Esc tutup",
        "n add a key · Del/x remove · Esc close",
    )
}

/// The add form: its title, the field's label and the help under it.
pub fn add_title(lang: Lang, username: &str) -> String {
    match lang {
        Lang::Id => format!("Tambah kunci SSH untuk {username}"),
        Lang::En => format!("Add an SSH key for {username}"),
    }
}

pub fn add_label(lang: Lang) -> &'static str {
    lang.pick("Kunci publik", "Public key")
}

pub fn add_help(lang: Lang) -> &'static str {
    lang.pick(
        "Tempel baris dari berkas .pub pengguna, mis. id_ed25519.pub \
         (ssh-ed25519 AAAA… nama@pc). Hanya Ed25519.",
        "Paste the line of the user's .pub file, e.g. id_ed25519.pub \
         (ssh-ed25519 AAAA… name@pc). Ed25519 only.",
    )
}
