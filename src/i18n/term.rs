//! The terminal and scripts: a crash, a script that cannot be read.

use super::Lang;

pub fn crashed(lang: Lang, log: &str) -> String {
    match lang {
        Lang::Id => format!(
            "kinerja berhenti karena galat internal. Data yang sudah tersimpan aman. \
             Rincian untuk pelaporan ada di log: {log}"
        ),
        Lang::En => format!(
            "kinerja stopped on an internal error. Saved data is safe. \
             Details for a bug report are in the log: {log}"
        ),
    }
}

pub fn unknown_token(lang: Lang, line: usize, token: &str) -> String {
    match lang {
        Lang::Id => format!("baris {line}: token tombol tidak dikenal: {token:?}"),
        Lang::En => format!("line {line}: unknown key token: {token:?}"),
    }
}

pub fn cannot_read(lang: Lang, path: &str, err: &str) -> String {
    match lang {
        Lang::Id => format!("tidak dapat membaca {path}: {err}"),
        Lang::En => format!("cannot read {path}: {err}"),
    }
}
