//! Acting officials (Plt/Plh): why an assignment was refused, and the short note of a saved one.

use super::common::dmy;
use super::Lang;
use crate::domain::access::{ActingError, ACTING_FIRST_YEAR, ACTING_LAST_YEAR};

/// Every reason a Plt/Plh was refused, on one line.
pub fn acting_errors(lang: Lang, errors: &[ActingError]) -> String {
    let all = errors
        .iter()
        .map(|e| acting_error(lang, e))
        .collect::<Vec<_>>()
        .join("; ");
    match lang {
        Lang::Id => format!("Plt/Plh ditolak: {all}"),
        Lang::En => format!("acting assignment refused: {all}"),
    }
}

/// The title bar's note while the signed-in person acts for someone today.
pub fn acting_title(lang: Lang, for_supervisors: &[String]) -> String {
    let names = for_supervisors.join(", ");
    match lang {
        Lang::Id => format!("Plt/Plh {names}"),
        Lang::En => format!("acting (Plt/Plh) for {names}"),
    }
}

pub fn acting_error(lang: Lang, e: &ActingError) -> String {
    match (lang, e) {
        (Lang::Id, ActingError::UnknownActing) => "pelaksana tugas tidak dikenal".into(),
        (Lang::En, ActingError::UnknownActing) => "unknown acting official".into(),
        (Lang::Id, ActingError::UnknownSupervisor) => "atasan yang digantikan tidak dikenal".into(),
        (Lang::En, ActingError::UnknownSupervisor) => "unknown absent supervisor".into(),
        (Lang::Id, ActingError::ActingInactive) => "pelaksana tugas tidak aktif".into(),
        (Lang::En, ActingError::ActingInactive) => "the acting official is not active".into(),
        (Lang::Id, ActingError::SupervisorInactive) => "atasan yang digantikan tidak aktif".into(),
        (Lang::En, ActingError::SupervisorInactive) => "the absent supervisor is not active".into(),
        (Lang::Id, ActingError::SamePerson) => {
            "pelaksana tugas dan atasan yang digantikan tidak boleh orang yang sama".into()
        }
        (Lang::En, ActingError::SamePerson) => {
            "the acting official and the absent supervisor must be different people".into()
        }
        (Lang::Id, ActingError::SupervisesNobody) => {
            "atasan yang digantikan tidak membawahi pegawai aktif: tidak ada yang dinilai".into()
        }
        (Lang::En, ActingError::SupervisesNobody) => {
            "the absent supervisor has no active direct report: nobody to appraise".into()
        }
        (Lang::Id, ActingError::FromAfterTo { from, to }) => format!(
            "tanggal mulai ({}) sesudah tanggal selesai ({})",
            dmy(*from),
            dmy(*to)
        ),
        (Lang::En, ActingError::FromAfterTo { from, to }) => format!(
            "the first day ({}) is after the last day ({})",
            dmy(*from),
            dmy(*to)
        ),
        (Lang::Id, ActingError::OutOfRange(day)) => format!(
            "tanggal {} di luar rentang yang diterima (01/01/{} s.d. 31/12/{})",
            dmy(*day),
            ACTING_FIRST_YEAR,
            ACTING_LAST_YEAR
        ),
        (Lang::En, ActingError::OutOfRange(day)) => format!(
            "the day {} is outside the accepted range (01/01/{} to 31/12/{})",
            dmy(*day),
            ACTING_FIRST_YEAR,
            ACTING_LAST_YEAR
        ),
        (Lang::Id, ActingError::Overlaps { id, from, to }) => format!(
            "atasan ini sudah digantikan oleh Plt/Plh nomor {id} ({} s.d. {}) pada sebagian \
             hari yang sama",
            dmy(*from),
            dmy(*to)
        ),
        (Lang::En, ActingError::Overlaps { id, from, to }) => format!(
            "this supervisor already has acting assignment {id} ({} to {}) on some of the \
             same days",
            dmy(*from),
            dmy(*to)
        ),
    }
}

/// A saved Plt/Plh, without the names (status line).
pub fn acting_saved_short(lang: Lang, id: u64, created: bool) -> String {
    match (lang, created) {
        (Lang::Id, true) => format!("Plt/Plh nomor {id} dicatat."),
        (Lang::En, true) => format!("Acting assignment {id} recorded."),
        (Lang::Id, false) => format!("Plt/Plh nomor {id} diubah."),
        (Lang::En, false) => format!("Acting assignment {id} changed."),
    }
}
