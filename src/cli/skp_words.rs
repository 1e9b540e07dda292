//! Texts of `kinerja import skp|realisasi` and `export skp`: refusals and summaries.

use std::path::Path;

use crate::app::transfer::skp_rows::{SkpProblem, SkpRowError};
use crate::domain::plan::TargetError;
use crate::i18n::Lang;

pub fn rejected(lang: Lang, errors: &[SkpRowError]) -> String {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.dedup();
    let n = lines.len();
    let mut s = match lang {
        Lang::Id => format!("impor dibatalkan: {n} baris bermasalah; database tidak diubah."),
        Lang::En => format!(
            "import cancelled: {n} bad row{}; the database was not changed.",
            if n == 1 { "" } else { "s" }
        ),
    };
    for e in errors {
        s.push('\n');
        s.push_str(&row_error(lang, e));
    }
    s
}

/// `baris 7 (NIP 1980...): target 'dua' bukan angka`
pub fn row_error(lang: Lang, e: &SkpRowError) -> String {
    let whose = if e.nip.is_empty() {
        String::new()
    } else {
        format!(" (NIP {})", e.nip)
    };
    match lang {
        Lang::Id => format!("baris {}{whose}: {}", e.line, problem(lang, &e.problem)),
        Lang::En => format!("line {}{whose}: {}", e.line, problem(lang, &e.problem)),
    }
}

pub fn problem(lang: Lang, p: &SkpProblem) -> String {
    use SkpProblem as P;
    match (lang, p) {
        (Lang::Id, P::Columns { found, expected }) => {
            format!("ada {found} kolom, seharusnya {expected}")
        }
        (Lang::En, P::Columns { found, expected }) => {
            format!("{found} columns instead of {expected}")
        }
        (Lang::Id, P::NotUtf8) => "bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)".into(),
        (Lang::En, P::NotUtf8) => "not UTF-8 text (save the file as CSV UTF-8)".into(),
        (Lang::Id, P::ControlCharacter { column }) => {
            format!("{column}: berisi karakter kendali (tab atau ganti baris)")
        }
        (Lang::En, P::ControlCharacter { column }) => {
            format!("{column}: contains a control character (tab or line break)")
        }
        (Lang::Id, P::Required { column }) => format!("{column} wajib diisi"),
        (Lang::En, P::Required { column }) => format!("{column} is required"),
        (Lang::Id, P::BadNumber { column, value }) => {
            format!("{column} '{value}' bukan bilangan bulat yang sah")
        }
        (Lang::En, P::BadNumber { column, value }) => {
            format!("{column} '{value}' is not a valid whole number")
        }
        (Lang::Id, P::UnknownEmployee(n)) => format!("tidak ada pegawai dengan NIP {n}"),
        (Lang::En, P::UnknownEmployee(n)) => format!("no employee has the NIP {n}"),
        (Lang::Id, P::Approach(v)) => {
            format!("pendekatan '{v}' tidak dikenal: tulis kuantitatif atau kualitatif")
        }
        (Lang::En, P::Approach(v)) => {
            format!("unknown pendekatan '{v}': write kuantitatif or kualitatif")
        }
        (Lang::Id, P::ResultKind(v)) => {
            format!("jenis_rhk '{v}' tidak dikenal: tulis utama atau tambahan")
        }
        (Lang::En, P::ResultKind(v)) => {
            format!("unknown jenis_rhk '{v}': write utama or tambahan")
        }
        (Lang::Id, P::Aspect(v)) => {
            format!("aspek '{v}' tidak dikenal: tulis Kuantitas, Kualitas, Waktu atau Biaya")
        }
        (Lang::En, P::Aspect(v)) => {
            format!("unknown aspek '{v}': write Kuantitas, Kualitas, Waktu or Biaya")
        }
        (Lang::Id, P::AspectForQualitative) => {
            "aspek harus kosong untuk pendekatan kualitatif".into()
        }
        (Lang::En, P::AspectForQualitative) => {
            "aspek must be empty for the kualitatif approach".into()
        }
        (Lang::Id, P::Direction(v)) => {
            format!("arah '{v}' tidak dikenal: tulis naik atau turun (kosong: naik)")
        }
        (Lang::En, P::Direction(v)) => {
            format!("unknown arah '{v}': write naik or turun (empty: naik)")
        }
        (_, P::Target(e)) => target_error(lang, e),
        (Lang::Id, P::Disagrees { column, first_line }) => {
            format!("{column} berbeda dengan baris {first_line} untuk RHK yang sama")
        }
        (Lang::En, P::Disagrees { column, first_line }) => {
            format!("{column} differs from line {first_line} for the same RHK")
        }
        (Lang::Id, P::Duplicate { first_line }) => {
            format!("sama dengan baris {first_line} (nomor ganda)")
        }
        (Lang::En, P::Duplicate { first_line }) => {
            format!("the same as line {first_line} (number used twice)")
        }
        (Lang::Id, P::UnknownParent { number }) => format!(
            "no_rhk_atasan {number}: tidak ada RHK bernomor itu di SKP atasan langsung \
             tahun ini (di berkas maupun di database)"
        ),
        (Lang::En, P::UnknownParent { number }) => format!(
            "no_rhk_atasan {number}: the direct supervisor's plan of that year has no such \
             RHK (in the file or the database)"
        ),
        (Lang::Id, P::MissingParent) => {
            "no_rhk_atasan wajib diisi: RHK di bawah pimpinan harus mendukung RHK atasan".into()
        }
        (Lang::En, P::MissingParent) => {
            "no_rhk_atasan is required: below the top, an RHK must support a supervisor's RHK"
                .into()
        }
        (Lang::Id, P::PlanLocked { state }) => format!(
            "SKP tahun ini sudah berstatus {state}; hanya --disetujui yang boleh menggantinya"
        ),
        (Lang::En, P::PlanLocked { state }) => {
            format!("this year's plan is already {state}; only --disetujui may replace it")
        }
        (Lang::Id, P::NoApprovedPlan) => {
            "tidak ada SKP yang disetujui untuk pegawai dan tahun ini".into()
        }
        (Lang::En, P::NoApprovedPlan) => "no approved plan for this employee and year".into(),
        (Lang::Id, P::UnknownIndicator { result, indicator }) => {
            format!("SKP tidak memiliki RHK {result} dengan indikator {indicator}")
        }
        (Lang::En, P::UnknownIndicator { result, indicator }) => {
            format!("the plan has no RHK {result} with indicator {indicator}")
        }
        (Lang::Id, P::Segment { value, max }) => {
            format!("segmen '{value}' tidak ada: tahun ini memiliki segmen 1 sampai {max}")
        }
        (Lang::En, P::Segment { value, max }) => {
            format!("no segment '{value}': this year has segments 1 to {max}")
        }
        (Lang::Id, P::Realized(v)) => format!("realisasi '{v}' bukan angka (mis. 12 atau 12,5)"),
        (Lang::En, P::Realized(v)) => {
            format!("realisasi '{v}' is not a number (e.g. 12 or 12,5)")
        }
        (_, P::Review(r)) => super::review_words::problem(lang, r),
        (_, P::Dialog(d)) => super::dialog_words::problem(lang, d),
    }
}

fn target_error(lang: Lang, e: &TargetError) -> String {
    match (lang, e) {
        (Lang::Id, TargetError::Empty) => "target wajib diisi".into(),
        (Lang::En, TargetError::Empty) => "target is required".into(),
        (Lang::Id, TargetError::NotANumber(v)) => {
            format!("target '{v}' bukan angka (mis. 12, 12,5 atau rentang 7-8)")
        }
        (Lang::En, TargetError::NotANumber(v)) => {
            format!("target '{v}' is not a number (e.g. 12, 12,5 or a range 7-8)")
        }
        (Lang::Id, TargetError::RangeReversed { min, max }) => {
            format!("target: batas bawah {min} lebih besar dari batas atas {max}")
        }
        (Lang::En, TargetError::RangeReversed { min, max }) => {
            format!("target: the lower bound {min} is above the upper bound {max}")
        }
    }
}

pub fn plans_summary(lang: Lang, created: usize, updated: usize, unchanged: usize) -> String {
    match lang {
        Lang::Id => format!(
            "Impor SKP selesai: {created} baru, {updated} diperbarui, {unchanged} tidak berubah."
        ),
        Lang::En => {
            format!("SKP import done: {created} new, {updated} updated, {unchanged} unchanged.")
        }
    }
}

pub fn realizations_summary(lang: Lang, rows: usize, plans: usize) -> String {
    match lang {
        Lang::Id => format!("Impor realisasi selesai: {rows} baris ke {plans} SKP."),
        Lang::En => format!("Realisasi import done: {rows} rows into {plans} plans."),
    }
}

pub fn export_written(lang: Lang, rows: usize, path: &Path) -> String {
    crate::cli::words::export_written(lang, rows, path)
}
