//! `kinerja serve`: what a session is told when the server closes it.

use super::Lang;

/// Shown after a session was closed for lack of input (its typing is kept as a draft).
pub fn idle_closed(lang: Lang, minutes: u64) -> String {
    match lang {
        Lang::Id => format!(
            "Sesi kinerja ditutup: tidak ada masukan selama {minutes} menit. Isian yang belum \
             disimpan tetap ada sebagai draf; sambungkan lagi untuk melanjutkan."
        ),
        Lang::En => format!(
            "kinerja session closed: no input for {minutes} minutes. Unsaved typing is kept \
             as a draft; connect again to go on."
        ),
    }
}

/// Shown when the server stops while the session is open.
pub fn server_stopping(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Server kinerja dihentikan. Isian yang belum disimpan tetap ada sebagai draf.",
        Lang::En => "The kinerja server is stopping. Unsaved typing is kept as a draft.",
    }
}
