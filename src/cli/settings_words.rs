//! The command line's own wording for `kinerja pengaturan` (help, headers, the saved line).

use super::words::CommandText;
use crate::domain::ruledata::SettingKey;
use crate::i18n::Lang;

pub fn command_text(lang: Lang, path: &str) -> CommandText {
    let (about, usage, after_help) = match (lang, path) {
        (Lang::Id, "pengaturan list") => (
            "Menampilkan semua pengaturan kantor: kunci, nilai, apakah bawaan, keterangan.",
            "kinerja pengaturan list",
            None,
        ),
        (Lang::En, "pengaturan list") => (
            "Lists every office setting: key, value, whether default, description.",
            "kinerja pengaturan list",
            None,
        ),
        (Lang::Id, "pengaturan ubah") => (
            "Mengubah satu pengaturan kantor (dicatat di jejak audit: lama -> baru).",
            "kinerja pengaturan ubah KUNCI NILAI [--alasan TEKS]",
            Some(
                "Kunci: segmen (bulanan|triwulan|semester), batas_skp (HH/BB), \
                 batas_evaluasi_tahunan (HH/BB, +1 = tahun berikutnya, mis. 31/01+1), \
                 masa_keberatan (1-90 hari), distribusi_wajib (ya|tidak), \
                 distribusi_tanpa_kepala (ya|tidak), rating_kepala_istimewa|baik|\
                 butuh_perbaikan|kurang|sangat_kurang (di-atas|sesuai|di-bawah), \
                 umpan_balik_minimal (0-13).\n\
                 Segmen dan tenggat berlaku untuk periode yang dibuka sesudahnya.",
            ),
        ),
        (Lang::En, "pengaturan ubah") => (
            "Changes one office setting (recorded in the audit trail: old -> new).",
            "kinerja pengaturan ubah KEY VALUE [--alasan TEXT]",
            Some(
                "Keys: segmen (bulanan|triwulan|semester), batas_skp (DD/MM), \
                 batas_evaluasi_tahunan (DD/MM, +1 = next year, e.g. 31/01+1), \
                 masa_keberatan (1-90 days), distribusi_wajib (ya|tidak), \
                 distribusi_tanpa_kepala (ya|tidak), rating_kepala_istimewa|baik|\
                 butuh_perbaikan|kurang|sangat_kurang (di-atas|sesuai|di-bawah), \
                 umpan_balik_minimal (0-13).\n\
                 Segments and deadlines apply to periods opened afterwards.",
            ),
        ),
        (Lang::Id, _) => (
            "Pengaturan kantor: segmen, tenggat, masa keberatan, pola distribusi \
             (untuk admin, di komputer kantor).",
            "kinerja pengaturan list|ubah ...",
            Some("Berjalan sebagai operator lokal; dicatat di jejak audit sebagai cli:<pengguna sistem>."),
        ),
        (Lang::En, _) => (
            "Office settings: segments, deadlines, objection window, distribution rule \
             (for admins, on the office computer).",
            "kinerja pengaturan list|ubah ...",
            Some("Runs as the local operator; recorded in the audit trail as cli:<OS user>."),
        ),
    };
    CommandText {
        about,
        usage,
        after_help,
    }
}

/// Help of this command's own arguments; `None` for the shared ones (`--db`, `--lang`, ...).
pub fn arg_help(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    if !path.starts_with("pengaturan") {
        return None;
    }
    Some(match (lang, id) {
        (Lang::Id, "key") => "Kunci pengaturan, mis. masa_keberatan (lihat pengaturan list)",
        (Lang::En, "key") => "Setting key, e.g. masa_keberatan (see pengaturan list)",
        (Lang::Id, "value") => "Nilai baru, mis. 21 atau 28/02 atau ya",
        (Lang::En, "value") => "New value, e.g. 21 or 28/02 or ya",
        (Lang::Id, "alasan") => "Alasan untuk jejak audit (mis. nomor keputusan)",
        (Lang::En, "alasan") => "Reason for the audit trail (e.g. the decree's number)",
        _ => return None,
    })
}

pub fn list_header(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Id => ["KUNCI", "NILAI", "BAWAAN", "KETERANGAN"],
        Lang::En => ["KEY", "VALUE", "DEFAULT", "DESCRIPTION"],
    }
}

pub fn yes_no(lang: Lang, b: bool) -> &'static str {
    match (lang, b) {
        (Lang::Id, true) => "ya",
        (Lang::Id, false) => "tidak",
        (Lang::En, true) => "yes",
        (Lang::En, false) => "no",
    }
}

/// One changed setting: `Masa keberatan: 14 hari -> 21 hari`.
pub fn change_line(lang: Lang, key: SettingKey, old: &str, new: &str) -> String {
    format!(
        "{} ({}): {old} -> {new}",
        crate::i18n::settings::label(lang, key),
        key.code()
    )
}
