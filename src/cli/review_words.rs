//! Texts of `kinerja import penilaian`, `export penilaian`, `unit predikat` and `laporan
//! kurva`: refusals, summaries, the report's table. The grade and rating words inside are the
//! official ones (domain.md), in both languages.

use super::words::CommandText;
use crate::app::transfer::review_rows::{official, ReviewProblem, FIRST_YEAR};
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::review::distribution::Requirement;
use crate::domain::ruledata::distribution::{Clause, HeadCount};
use crate::i18n::Lang;

pub fn problem(lang: Lang, p: &ReviewProblem) -> String {
    use ReviewProblem as P;
    match (lang, p) {
        (Lang::Id, P::Kind(v)) => format!("jenis '{v}' tidak dikenal: tulis tahunan atau periodik"),
        (Lang::En, P::Kind(v)) => format!("unknown jenis '{v}': write tahunan or periodik"),
        (Lang::Id, P::SegmentForAnnual(v)) => {
            format!("segmen '{v}' harus kosong untuk evaluasi tahunan")
        }
        (Lang::En, P::SegmentForAnnual(v)) => {
            format!("segmen '{v}' must be empty for an annual (tahunan) evaluation")
        }
        (Lang::Id, P::FutureYear { year, this_year }) => {
            format!("tahun {year} belum dimulai (tahun ini {this_year})")
        }
        (Lang::En, P::FutureYear { year, this_year }) => {
            format!("the year {year} has not begun (this year is {this_year})")
        }
        (Lang::Id, P::Rating { column, value }) => format!(
            "{column} '{value}' tidak dikenal: tulis Di Atas Ekspektasi, Sesuai Ekspektasi atau \
             Di Bawah Ekspektasi (juga: di atas, diatas, sesuai, di bawah)"
        ),
        (Lang::En, P::Rating { column, value }) => format!(
            "unknown {column} '{value}': write Di Atas Ekspektasi, Sesuai Ekspektasi or \
             Di Bawah Ekspektasi (also: di atas, diatas, sesuai, di bawah)"
        ),
        (Lang::Id, P::JustificationMissing { column }) => {
            format!("{column} selain Sesuai Ekspektasi wajib disertai alasan (kolom alasan kosong)")
        }
        (Lang::En, P::JustificationMissing { column }) => format!(
            "a {column} other than Sesuai Ekspektasi needs a justification (the alasan cell \
             is empty)"
        ),
        (Lang::Id, P::NoAppraiser) => {
            "pegawai ini tidak mempunyai atasan langsung di data pegawai, jadi tidak ada pejabat \
             penilai"
                .into()
        }
        (Lang::En, P::NoAppraiser) => {
            "this employee has no direct supervisor in the register, so nobody appraises them"
                .into()
        }
        (Lang::Id, P::DuplicateEvaluation { first_line }) => {
            format!("evaluasi yang sama sudah ada di baris {first_line}")
        }
        (Lang::En, P::DuplicateEvaluation { first_line }) => {
            format!("the same evaluation is already on line {first_line}")
        }
        (Lang::Id, P::AlreadySigned) => {
            "evaluasi ini sudah ditandatangani di database (buka kembali dulu, dengan alasan)"
                .into()
        }
        (Lang::En, P::AlreadySigned) => {
            "this evaluation is already signed in the database (reopen it first, with a reason)"
                .into()
        }
    }
}

pub fn import_summary(lang: Lang, annual: usize, periodic: usize) -> String {
    match lang {
        Lang::Id => format!(
            "Impor penilaian selesai: {} evaluasi ditandatangani ({annual} tahunan, {periodic} \
             periodik).",
            annual + periodic
        ),
        Lang::En => format!(
            "Evaluation import done: {} evaluations signed ({annual} annual, {periodic} \
             periodic).",
            annual + periodic
        ),
    }
}

/// Help texts of the evaluation commands; `None` for a path that is not one of them.
pub fn command_text(lang: Lang, path: &str) -> Option<CommandText> {
    let (about, usage, after_help) = match (lang, path) {
        (Lang::Id, "import penilaian") => (
            "Mengimpor evaluasi (mis. tahun lalu dari kertas) dari berkas CSV: semua baris atau \
             tidak sama sekali.\nEvaluasi disimpan sudah ditandatangani; predikat dihitung dari \
             matriks; pejabat penilai = atasan langsung di data pegawai. Tidak perlu SKP.",
            "kinerja import penilaian FILE.csv",
            Some(
                "Baris pertama berkas harus persis:\n  \
                 nip,tahun,jenis,segmen,rating_hasil,rating_perilaku,alasan\n\
                 jenis: tahunan atau periodik; segmen: nomor segmen (kosong untuk tahunan);\n\
                 rating: Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi (juga di atas, \
                 diatas, sesuai, di bawah; huruf besar/kecil bebas);\n\
                 alasan: wajib bila salah satu rating bukan Sesuai.",
            ),
        ),
        (Lang::En, "import penilaian") => (
            "Imports evaluations (e.g. past years from paper) from a CSV file: all rows or \
             nothing.\nThey are stored signed; the grade comes from the matrix; the appraiser is \
             the direct supervisor in the register. No plan is needed.",
            "kinerja import penilaian FILE.csv",
            Some(
                "The first line of the file must be exactly:\n  \
                 nip,tahun,jenis,segmen,rating_hasil,rating_perilaku,alasan\n\
                 jenis: tahunan (annual) or periodik; segmen: the segment number (empty for \
                 tahunan);\nratings: Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi \
                 (also di atas, diatas, sesuai, di bawah; any case);\n\
                 alasan: required when a rating is not Sesuai.",
            ),
        ),
        (Lang::Id, "export penilaian") => (
            "Mengekspor evaluasi satu tahun: satu baris per evaluasi, dengan predikat akhir \
             (sesudah keputusan keberatan).",
            "kinerja export penilaian --tahun YYYY [--format csv|json] [-o FILE]",
            None,
        ),
        (Lang::En, "export penilaian") => (
            "Exports one year's evaluations: one row per evaluation, with the final grade \
             (after an objection's decision).",
            "kinerja export penilaian --tahun YYYY [--format csv|json] [-o FILE]",
            None,
        ),
        (Lang::Id, "unit") => (
            "Data tahunan unit kerja: predikat kinerja organisasi.",
            "kinerja unit predikat --unit UNIT --tahun YYYY --predikat PREDIKAT --keputusan TEKS",
            None,
        ),
        (Lang::En, "unit") => (
            "A unit's yearly records: the unit's performance grade.",
            "kinerja unit predikat --unit UNIT --tahun YYYY --predikat GRADE --keputusan TEXT",
            None,
        ),
        (Lang::Id, "unit predikat") => (
            "Menetapkan predikat kinerja organisasi satu unit untuk satu tahun (tindakan admin: \
             wajib dengan nomor keputusan).",
            "kinerja unit predikat --unit UNIT --tahun YYYY \
             --predikat istimewa|baik|butuh-perbaikan|kurang|sangat-kurang --keputusan TEKS",
            Some(
                "UNIT: nama atau id unit seperti ditampilkan 'kinerja export unit'.\n\
                 Predikat menentukan pola distribusi predikat pegawai unit itu.",
            ),
        ),
        (Lang::En, "unit predikat") => (
            "Sets a unit's performance grade for a year (an admin act: the decree's reference \
             is required).",
            "kinerja unit predikat --unit UNIT --tahun YYYY \
             --predikat istimewa|baik|butuh-perbaikan|kurang|sangat-kurang --keputusan TEXT",
            Some(
                "UNIT: the unit's name or id as 'kinerja export unit' shows them.\n\
                 The grade selects the distribution rule of the unit's employee grades.",
            ),
        ),
        (Lang::Id, "laporan") => (
            "Laporan dari database.",
            "kinerja laporan kurva --unit UNIT --tahun YYYY [--format text|json]\n       \
             kinerja laporan tindak-lanjut --unit UNIT [--format text|csv|json]",
            None,
        ),
        (Lang::En, "laporan") => (
            "Reports from the database.",
            "kinerja laporan kurva --unit UNIT --tahun YYYY [--format text|json]\n       \
             kinerja laporan tindak-lanjut --unit UNIT [--format text|csv|json]",
            None,
        ),
        (Lang::Id, "laporan kurva") => (
            "Kurva distribusi predikat pegawai satu unit dan satu tahun, dibandingkan dengan \
             pola distribusi predikat unit (kepala unit tidak dihitung).",
            "kinerja laporan kurva --unit UNIT --tahun YYYY [--format text|json]",
            Some("UNIT: nama atau id unit seperti ditampilkan 'kinerja export unit'."),
        ),
        (Lang::En, "laporan kurva") => (
            "The distribution curve of one unit's employee grades for a year, against the rule \
             of the unit's grade (the unit head is not counted).",
            "kinerja laporan kurva --unit UNIT --tahun YYYY [--format text|json]",
            Some("UNIT: the unit's name or id as 'kinerja export unit' shows them."),
        ),
        (Lang::Id, "laporan tindak-lanjut") => (
            "Tindak lanjut hasil penilaian (angka kredit, kenaikan pangkat, KGB, pengembangan) \
             pegawai aktif satu unit dan unit di bawahnya, per hari ini.",
            "kinerja laporan tindak-lanjut --unit UNIT [--format text|csv|json]",
            Some("UNIT: nama atau id unit seperti ditampilkan 'kinerja export unit'."),
        ),
        (Lang::En, "laporan tindak-lanjut") => (
            "What the grades lead to (credit points, promotion, pay step, development) for the \
             active employees of a unit and the units under it, as of today.",
            "kinerja laporan tindak-lanjut --unit UNIT [--format text|csv|json]",
            Some("UNIT: the unit's name or id as 'kinerja export unit' shows them."),
        ),
        _ => return None,
    };
    Some(CommandText {
        about,
        usage,
        after_help,
    })
}

/// Help of these commands' own arguments; `None` for the shared ones.
pub fn arg_help(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    let ours = path.starts_with("unit") || path.starts_with("laporan");
    Some(match (lang, id) {
        (Lang::Id, "unit") if ours => "Nama atau id unit (lihat kinerja export unit)",
        (Lang::En, "unit") if ours => "The unit's name or id (see kinerja export unit)",
        (Lang::Id, "predikat") => {
            "Predikat kinerja organisasi: istimewa, baik, butuh-perbaikan (cukup), kurang, \
             sangat-kurang"
        }
        (Lang::En, "predikat") => {
            "Unit grade: istimewa, baik, butuh-perbaikan (cukup), kurang, sangat-kurang"
        }
        (Lang::Id, "keputusan") => "Nomor keputusan penetapan predikat (wajib)",
        (Lang::En, "keputusan") => "Reference of the decree that sets the grade (required)",
        (Lang::Id, "format") if path == "laporan kurva" => {
            "Format keluaran: text (tabel, bawaan) atau json"
        }
        (Lang::En, "format") if path == "laporan kurva" => {
            "Output format: text (a table, default) or json"
        }
        (Lang::Id, "format") if path == "laporan tindak-lanjut" => {
            "Format keluaran: text (bawaan), csv atau json"
        }
        (Lang::En, "format") if path == "laporan tindak-lanjut" => {
            "Output format: text (default), csv or json"
        }
        _ => return None,
    })
}

fn grades(list: &[PerformanceGrade]) -> String {
    list.iter().map(official).collect::<Vec<_>>().join(" + ")
}

/// A clause of the rule: `Baik paling banyak 70 %`.
pub fn clause(lang: Lang, c: &Clause) -> String {
    match (lang, c) {
        (Lang::Id, Clause::Largest(g)) => format!("{} kelompok terbesar", official(g)),
        (Lang::En, Clause::Largest(g)) => format!("{} is the largest group", official(g)),
        (Lang::Id, Clause::AtMost { grades: g, percent }) => {
            format!("{} paling banyak {percent} %", grades(g))
        }
        (Lang::En, Clause::AtMost { grades: g, percent }) => {
            format!("{} at most {percent} %", grades(g))
        }
        (Lang::Id, Clause::AtLeast { grades: g, percent }) => {
            format!("{} paling sedikit {percent} %", grades(g))
        }
        (Lang::En, Clause::AtLeast { grades: g, percent }) => {
            format!("{} at least {percent} %", grades(g))
        }
        (Lang::Id, Clause::AtLeastCount { grades: g, count }) => {
            format!("{} paling sedikit {count} pegawai", grades(g))
        }
        (Lang::En, Clause::AtLeastCount { grades: g, count }) => {
            format!("{} at least {count} employee(s)", grades(g))
        }
    }
}

/// The clause's bound as a head count for this population: `<= 2`, `>= 1`, `> 1 (Baik)`.
pub fn requirement(lang: Lang, r: &Requirement) -> String {
    let _ = lang;
    match r {
        Requirement::Largest {
            rival, rival_count, ..
        } => format!("> {rival_count} ({})", official(rival)),
        Requirement::Count(HeadCount::AtMost(n)) => format!("<= {n}"),
        Requirement::Count(HeadCount::AtLeast(n)) => format!(">= {n}"),
    }
}

pub fn holds(lang: Lang, ok: bool) -> &'static str {
    match (lang, ok) {
        (Lang::Id, true) => "ya",
        (Lang::Id, false) => "TIDAK",
        (Lang::En, true) => "yes",
        (Lang::En, false) => "NO",
    }
}

pub fn curve_title(lang: Lang, unit: &str, year: i32) -> String {
    match lang {
        Lang::Id => format!("Kurva distribusi predikat: {unit}, tahun {year}"),
        Lang::En => format!("Grade distribution: {unit}, year {year}"),
    }
}

pub fn curve_unit_grade(lang: Lang, grade: Option<String>) -> String {
    match (lang, grade) {
        (Lang::Id, Some(g)) => format!("Predikat kinerja organisasi: {g}"),
        (Lang::En, Some(g)) => format!("Unit grade (predikat kinerja organisasi): {g}"),
        (Lang::Id, None) => "Predikat kinerja organisasi: belum ditetapkan".into(),
        (Lang::En, None) => "Unit grade (predikat kinerja organisasi): not set yet".into(),
    }
}

pub fn curve_population(lang: Lang, graded: usize, population: usize) -> String {
    match lang {
        Lang::Id => format!(
            "Pegawai: {population} (kepala unit tidak dihitung), {graded} sudah berpredikat tahunan"
        ),
        Lang::En => format!(
            "Employees: {population} (the unit head not counted), {graded} with an annual grade"
        ),
    }
}

pub fn curve_count_header(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Id => ["PREDIKAT", "JUMLAH"],
        Lang::En => ["GRADE", "COUNT"],
    }
}

pub fn curve_rule_header(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Id => ["ATURAN POLA", "BATAS", "JUMLAH", "TERPENUHI"],
        Lang::En => ["RULE", "BOUND", "COUNT", "HOLDS"],
    }
}

pub fn curve_verdict(lang: Lang, graded_unit: bool, holds: bool) -> String {
    match (lang, graded_unit, holds) {
        (Lang::Id, false, _) => {
            "Belum ada pola distribusi: tetapkan dulu predikat unit (kinerja unit predikat).".into()
        }
        (Lang::En, false, _) => {
            "No distribution rule yet: set the unit grade first (kinerja unit predikat).".into()
        }
        (Lang::Id, true, true) => "Hasil: SESUAI pola distribusi.".into(),
        (Lang::En, true, true) => "Result: the distribution rule HOLDS.".into(),
        (Lang::Id, true, false) => "Hasil: TIDAK SESUAI pola distribusi.".into(),
        (Lang::En, true, false) => "Result: the distribution rule is BROKEN.".into(),
    }
}

pub fn unit_grade_set(lang: Lang, unit: &str, year: i32, grade: &str, decree: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Predikat kinerja organisasi {unit} tahun {year}: {grade} (keputusan {decree})."
        ),
        Lang::En => format!("Unit grade of {unit} for {year}: {grade} (decree {decree})."),
    }
}

pub fn unknown_unit(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => {
            format!("tidak ada unit bernama atau ber-id '{name}' (lihat kinerja export unit)")
        }
        Lang::En => format!("no unit has the name or id '{name}' (see kinerja export unit)"),
    }
}

pub fn ambiguous_unit(lang: Lang, name: &str, ids: &[u64]) -> String {
    let ids = ids
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::Id => format!("beberapa unit bernama '{name}': tulis id-nya ({ids})"),
        Lang::En => format!("several units are named '{name}': give its id ({ids})"),
    }
}

pub fn decree_required(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => {
            "predikat unit dari baris perintah adalah tindakan admin: sebutkan nomor \
             keputusannya dengan --keputusan TEKS"
        }
        Lang::En => {
            "a unit grade from the command line is an admin's act: give the decree's \
             reference with --keputusan TEXT"
        }
    }
}

pub fn bad_year(lang: Lang, year: i32, last: i32) -> String {
    match lang {
        Lang::Id => format!("tahun {year} di luar rentang {FIRST_YEAR}-{last}"),
        Lang::En => format!("the year {year} is outside {FIRST_YEAR}-{last}"),
    }
}
