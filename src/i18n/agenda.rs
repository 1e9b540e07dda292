//! The agenda's words.

use super::Lang;
use crate::app::agenda::view::Section;
use crate::app::agenda::AgendaText as X;

pub fn text(lang: Lang, x: X) -> &'static str {
    let (id, en) = match x {
        X::Title => ("Agenda", "Agenda"),
        X::Loading => ("Memuat agenda…", "Loading the agenda…"),
        X::NotSupervisor => (
            "Agenda untuk pejabat penilai: Anda tidak mempunyai bawahan langsung hari ini.",
            "The agenda is for appraisers: you have no direct reports today.",
        ),
        X::AdminAgenda => (
            "Agenda untuk pejabat penilai. Agenda seorang atasan: kinerja agenda --nip NIP \
             (lihat README), atau tab 4 dan 3 dengan p untuk memilih atasan.",
            "The agenda is for appraisers. A supervisor's agenda: kinerja agenda --nip NIP \
             (see the README), or tabs 4 and 3 with p to choose a supervisor.",
        ),
        X::Nothing => (
            "Tidak ada yang jatuh tempo. Semua beres.",
            "Nothing is due. All done.",
        ),
        X::FollowUps => (
            "Tindak lanjut jatuh tempo (14 hari) atau terlambat",
            "Follow-ups due within 14 days or overdue",
        ),
        X::NoFeedback => (
            "Belum mendapat umpan balik pada segmen ini",
            "No feedback yet in this segment",
        ),
        X::PlansNotApproved => (
            "SKP belum ada atau belum disetujui",
            "Plan (SKP) missing or not approved",
        ),
        X::EvaluationsUnsigned => (
            "Evaluasi segmen lalu belum ada atau belum ditandatangani",
            "Evaluation of the last segment missing or unsigned",
        ),
        X::ObjectionsWaiting => (
            "Keberatan menunggu keputusan Anda",
            "Objections waiting for your decision",
        ),
        X::Overdue => ("terlambat", "overdue"),
        X::Due => ("jatuh tempo", "due"),
        X::ActingFor => ("Plt/Plh untuk", "acting for"),
        X::Hint => (
            "↑↓ pilih · Enter kerjakan · H riwayat · r muat ulang · ? bantuan",
            "↑↓ move · Enter go where it is dealt with · H history · r reload · ? help",
        ),
        X::KeyJump => ("ke tempat menyelesaikannya", "go where it is dealt with"),
        X::Segment => ("segmen", "segment"),
    };
    lang.pick(id, en)
}

/// The heading of a section.
pub fn section(lang: Lang, s: Section) -> &'static str {
    text(
        lang,
        match s {
            Section::FollowUps => X::FollowUps,
            Section::NoFeedback => X::NoFeedback,
            Section::PlansNotApproved => X::PlansNotApproved,
            Section::EvaluationsUnsigned => X::EvaluationsUnsigned,
            Section::ObjectionsWaiting => X::ObjectionsWaiting,
        },
    )
}
