//! Words of the plan imports shown by the app (the command line's own are in `cli::skp_words`).

use super::Lang;

pub fn reviews_imported(lang: Lang, years: usize) -> String {
    match lang {
        Lang::Id => format!("Penilaian {years} pegawai-tahun diimpor."),
        Lang::En => format!("Evaluations of {years} employee-years imported."),
    }
}

pub fn plans_imported(lang: Lang, plans: usize) -> String {
    match lang {
        Lang::Id => format!("{plans} SKP diimpor."),
        Lang::En => format!("{plans} plans imported."),
    }
}
