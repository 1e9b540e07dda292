//! Words of the plan imports shown by the app (the command line's own are in `cli::skp_words`).

use super::Lang;

pub fn plans_imported(lang: Lang, plans: usize) -> String {
    match lang {
        Lang::Id => format!("{plans} SKP diimpor."),
        Lang::En => format!("{plans} plans imported."),
    }
}
