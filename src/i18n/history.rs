//! The Riwayat tab's words: its fixed texts, the kinds of entry, and each entry as one line
//! and as the lines it opens to.

use super::common::dmy;
use super::feedback::{follow_up_status, session_kind, tone};
use super::reviews::{grade, kind_short, rating};
use super::Lang;
use crate::app::history::query::{Entry, EntryKind, FieldChange, Item};
use crate::app::history::HistoryText as X;
use crate::domain::plan::Achievement;
use crate::domain::review::ObjectionState;

pub fn text(lang: Lang, x: X) -> &'static str {
    let (id, en) = match x {
        X::Title => ("Riwayat", "History"),
        X::Loading => ("Memuat riwayat…", "Loading the history…"),
        X::NoPerson => (
            "Tidak ada pegawai yang riwayatnya dapat Anda lihat.",
            "There is nobody whose history you may see.",
        ),
        X::NoEntries => ("Belum ada catatan.", "Nothing recorded yet."),
        X::NoMatches => (
            "Tidak ada catatan yang cocok dengan saringan.",
            "No entry matches the filters.",
        ),
        X::AllYears => ("semua tahun", "all years"),
        X::AllKinds => ("semua jenis", "all kinds"),
        X::Year => ("Tahun", "Year"),
        X::Kind => ("Jenis", "Kind"),
        X::Search => ("Cari", "Search"),
        X::ChartGrades => ("Predikat", "Grades"),
        X::ChartFeedback => ("Umpan balik per segmen", "Feedback per segment"),
        X::NoGrades => ("belum ada predikat", "no grade yet"),
        X::Hint => (
            "↑↓ pilih · Enter buka · p/n pegawai · {} tahun · f jenis · / cari · ? bantuan",
            "↑↓ move · Enter open · p/n person · {} year · f kind · / search · ? help",
        ),
        X::HintSearch => (
            "ketik untuk mencari catatan dan dialog · Enter selesai · Esc hapus",
            "type to search notes and sessions · Enter done · Esc clear",
        ),
        X::KeyOpen => ("buka/tutup rincian", "open/close the details"),
        X::KeyPrevPerson => ("pegawai sebelumnya", "previous person"),
        X::KeyNextPerson => ("pegawai berikutnya", "next person"),
        X::KeyOlderYear => ("tahun lebih lama", "older year"),
        X::KeyNewerYear => ("tahun lebih baru", "newer year"),
        X::KeyKind => ("saring jenis", "filter by kind"),
        X::KeySearch => ("cari catatan/dialog", "search notes/sessions"),
        X::KeyHistory => ("riwayat pegawai ini", "this person's history"),
    };
    lang.pick(id, en)
}

/// The name of a kind of entry (the filter, the kind column).
pub fn kind(lang: Lang, k: EntryKind) -> &'static str {
    match k {
        EntryKind::Change => lang.pick("Mutasi", "Change"),
        EntryKind::Plan => "SKP",
        EntryKind::Evaluation => lang.pick("Evaluasi", "Evaluation"),
        EntryKind::Session => lang.pick("Dialog", "Session"),
        EntryKind::Note => lang.pick("Catatan", "Note"),
    }
}

/// A capaian as a percentage, with a decimal comma in Indonesian.
pub fn percent(lang: Lang, a: Achievement) -> String {
    let s = format!("{:.1}%", a.percent());
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() {
        "-"
    } else {
        s
    }
}

fn objection_state(lang: Lang, s: ObjectionState) -> &'static str {
    match s {
        ObjectionState::None => "",
        ObjectionState::Pending => lang.pick("keberatan menunggu keputusan", "objection pending"),
        ObjectionState::Upheld => lang.pick("keberatan ditolak", "objection rejected"),
        ObjectionState::Changed => lang.pick("keberatan diterima", "objection upheld"),
    }
}

fn change(lang: Lang, c: &FieldChange) -> String {
    let (label, before, after) = match c {
        FieldChange::Position { before, after } => (
            lang.pick("jabatan", "position"),
            before.clone(),
            after.clone(),
        ),
        FieldChange::Grade { before, after } => (
            lang.pick("golongan", "grade"),
            before.map(|g| g.code()).unwrap_or_default(),
            after.map(|g| g.code()).unwrap_or_default(),
        ),
        FieldChange::Unit { before, after } => {
            (lang.pick("unit", "unit"), before.clone(), after.clone())
        }
        FieldChange::Supervisor { before, after } => (
            lang.pick("atasan", "supervisor"),
            before.clone(),
            after.clone(),
        ),
    };
    format!("{label}: {} → {}", or_dash(&before), or_dash(&after))
}

/// The entry in one line (the timeline's text column).
pub fn summary(lang: Lang, e: &Entry) -> String {
    match &e.item {
        Item::Change(fields) => fields
            .iter()
            .map(|c| change(lang, c))
            .collect::<Vec<_>>()
            .join("; "),
        Item::Plan(p) => {
            let mut s = format!(
                "SKP {} · {} · {} RHK",
                e.year,
                super::plans::state(lang, &p.state),
                p.results
            );
            if let Some(a) = p.achievement {
                s.push_str(&format!(
                    " · {} {}",
                    lang.pick("capaian", "achievement"),
                    percent(lang, a)
                ));
            }
            s
        }
        Item::Evaluation(v) => {
            let mut s = format!("{} {}", kind_short(lang, v.kind), e.year);
            match v.grade {
                Some(g) => s.push_str(&format!(" · {}", grade(lang, g))),
                None => s.push_str(&format!(" · {}", lang.pick("belum dinilai", "not rated"))),
            }
            s.push_str(&format!(
                " · {}",
                if v.signed_on.is_some() {
                    lang.pick("ditandatangani", "signed")
                } else {
                    lang.pick("konsep", "draft")
                }
            ));
            if let Some(o) = &v.objection {
                s.push_str(&format!(" · {}", objection_state(lang, o.state)));
            }
            s
        }
        Item::Session(x) => {
            let first = x.situation.lines().next().unwrap_or_default();
            let mut s = format!("{}: {}", session_kind(lang, x.kind), or_dash(first));
            if !x.follow_ups.is_empty() {
                s.push_str(&format!(
                    " · {} {}",
                    x.follow_ups.len(),
                    lang.pick("tindak lanjut", "follow-ups")
                ));
            }
            s
        }
        Item::Note(n) => format!("{} {}", tone_mark(n.tone), n.text),
    }
}

/// `+` or `−` before a note.
pub fn tone_mark(t: crate::domain::feedback::NoteTone) -> &'static str {
    match t {
        crate::domain::feedback::NoteTone::Positive => "(+)",
        crate::domain::feedback::NoteTone::Negative => "(−)",
    }
}

/// The lines an opened entry shows under its summary.
pub fn details(lang: Lang, e: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    match &e.item {
        Item::Change(fields) => {
            out.extend(fields.iter().map(|c| change(lang, c)));
        }
        Item::Plan(p) => {
            out.push(format!(
                "{}: {} – {}",
                lang.pick("Masa", "Span"),
                dmy(p.from),
                dmy(p.to)
            ));
            out.push(format!(
                "{}: {}",
                lang.pick("Pejabat penilai", "Appraiser"),
                or_dash(&p.appraiser)
            ));
            out.push(format!(
                "{}: {}",
                lang.pick("Capaian rata-rata", "Mean achievement"),
                p.achievement.map_or("-".to_string(), |a| percent(lang, a))
            ));
        }
        Item::Evaluation(v) => {
            let r = |x: Option<crate::domain::appraisal::Rating>| {
                x.map_or("-".to_string(), |x| rating(lang, x).to_string())
            };
            out.push(format!(
                "{}: {} · {}: {}",
                lang.pick("Hasil kerja", "Work results"),
                r(v.work),
                lang.pick("Perilaku kerja", "Behaviour"),
                r(v.behaviour)
            ));
            out.push(format!(
                "{}: {}{}",
                lang.pick("Pejabat penilai", "Appraiser"),
                or_dash(&v.appraiser),
                v.signed_on.map_or(String::new(), |d| format!(
                    " · {} {}",
                    lang.pick("ditandatangani", "signed"),
                    dmy(d)
                ))
            ));
            if let Some(o) = &v.objection {
                out.push(format!(
                    "{} {}: {}",
                    lang.pick("Keberatan", "Objection"),
                    dmy(o.filed_on),
                    or_dash(&o.reasons)
                ));
                if let Some(d) = o.decided_on {
                    out.push(format!(
                        "{} {} ({}): {}",
                        lang.pick("Keputusan", "Decision"),
                        dmy(d),
                        objection_state(lang, o.state),
                        or_dash(&o.decision_reasons)
                    ));
                }
            }
        }
        Item::Session(x) => {
            out.push(format!(
                "{}: {}",
                lang.pick("Pejabat penilai", "Appraiser"),
                or_dash(&x.appraiser)
            ));
            out.extend(x.situation.lines().map(str::to_string));
            for f in &x.follow_ups {
                let mut s = format!("• {}", f.item);
                if let Some(d) = f.due {
                    s.push_str(&format!(
                        " · {} {}",
                        lang.pick("jatuh tempo", "due"),
                        dmy(d)
                    ));
                }
                s.push_str(&format!(" · {}", follow_up_status(lang, f.status)));
                if f.carried_over {
                    s.push_str(&format!(" · {}", lang.pick("lanjutan", "carried over")));
                }
                out.push(s);
            }
            let ack = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), dmy);
            out.push(format!(
                "{}: {} · {}: {}",
                lang.pick("Diketahui pegawai", "Acknowledged by employee"),
                ack(x.acknowledged_by_employee),
                lang.pick("penilai", "appraiser"),
                ack(x.acknowledged_by_appraiser)
            ));
        }
        Item::Note(n) => {
            out.push(format!(
                "{} · {}: {}",
                tone(lang, n.tone),
                lang.pick("Penulis", "Author"),
                or_dash(&n.author)
            ));
            out.push(n.text.clone());
        }
    }
    out
}

/// A grade in two or three letters (the chart's axis).
pub fn grade_short(lang: Lang, g: crate::domain::appraisal::PerformanceGrade) -> &'static str {
    use crate::domain::appraisal::PerformanceGrade as G;
    match g {
        G::VeryGood => lang.pick("SB", "VG"),
        G::Good => lang.pick("B", "G"),
        G::NeedsImprovement => lang.pick("BP", "NI"),
        G::Poor => lang.pick("K", "P"),
        G::VeryPoor => lang.pick("SK", "VP"),
    }
}
