//! The admin screen's acting assignments part (Plt/Plh): the list, the new-assignment form
//! and ending one early. Refusals are `i18n/acting.rs`'s, shared with the CLI.

use super::common::dmy;
use super::Lang;
use crate::app::admin::forms::ActingField;
use chrono::NaiveDate;

pub fn no_acting(lang: Lang) -> &'static str {
    lang.pick("Belum ada Plt/Plh.", "No acting assignments yet.")
}

/// Column headers: id, who acts, for whom, period, today, reason.
pub fn header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Id => [
            "NO",
            "PELAKSANA",
            "MENGGANTIKAN",
            "MASA",
            "HARI INI",
            "ALASAN / SK",
        ],
        Lang::En => ["NO", "ACTING", "FOR", "PERIOD", "TODAY", "REASON / DECREE"],
    }
}

pub fn period(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
    match lang {
        Lang::Id => format!("{} s.d. {}", dmy(from), dmy(to)),
        Lang::En => format!("{} to {}", dmy(from), dmy(to)),
    }
}

/// The period with two-digit years (narrow terminals): `28/11/26–31/12/26`.
pub fn period_short(from: NaiveDate, to: NaiveDate) -> String {
    format!("{}–{}", from.format("%d/%m/%y"), to.format("%d/%m/%y"))
}

/// Whether it holds today, has not begun, or is over.
pub fn when(lang: Lang, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> &'static str {
    if from <= today && today <= to {
        lang.pick("berlaku", "active")
    } else if today < from {
        lang.pick("belum mulai", "not begun")
    } else {
        lang.pick("selesai", "ended")
    }
}

pub fn new_title(lang: Lang) -> &'static str {
    lang.pick("Plt/Plh baru", "New acting assignment")
}

pub fn label(lang: Lang, f: ActingField) -> &'static str {
    match f {
        ActingField::Acting => lang.pick("Pelaksana tugas", "Acting official"),
        ActingField::For => lang.pick("Menggantikan", "Acting for"),
        ActingField::From => lang.pick("Mulai", "From"),
        ActingField::To => lang.pick("Sampai", "To"),
        ActingField::Reason => lang.pick("Alasan / nomor SK", "Reason / decree no."),
    }
}

pub fn field_hint(lang: Lang, f: ActingField) -> &'static str {
    match f {
        ActingField::Acting | ActingField::For => lang.pick("Enter: pilih", "Enter: choose"),
        ActingField::From | ActingField::To => lang.pick("HH/BB/TTTT", "DD/MM/YYYY"),
        ActingField::Reason => lang.pick("masuk jejak audit", "goes to the audit trail"),
    }
}

pub fn end_title(lang: Lang) -> &'static str {
    lang.pick(
        "Akhiri Plt/Plh lebih awal",
        "End an acting assignment early",
    )
}

pub fn end_on(lang: Lang) -> &'static str {
    lang.pick("Hari terakhir", "Last day")
}

pub fn end_reason(lang: Lang) -> &'static str {
    lang.pick("Alasan", "Reason")
}

/// "Maria Kaize for Yohanes Gebze, 01/12/2026 to 31/12/2026" above the end form.
pub fn end_subject(lang: Lang, acting: &str, for_supervisor: &str, period: &str) -> String {
    match lang {
        Lang::Id => format!("{acting} menggantikan {for_supervisor}, {period}"),
        Lang::En => format!("{acting} acting for {for_supervisor}, {period}"),
    }
}
