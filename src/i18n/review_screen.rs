//! The Penilaian tab's screen words: the grid, the distribution panel and the scoring form.
//! Grades and ratings keep their official Indonesian names in both languages where they are
//! the data (the grid's cells); the English screen explains them in its headings.

use super::Lang;
use crate::app::reviews::grid::{Justification, ObjectionState};
use crate::app::reviews::ReviewText as X;
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::review::consistency::Warning;
use crate::domain::review::distribution::{ClauseOutcome, Requirement};
use crate::domain::review::ReviewKind;
use crate::domain::ruledata::distribution::{Clause, HeadCount};

pub fn text(lang: Lang, x: X) -> &'static str {
    let (id, en) = match x {
        X::GridTitle => ("Penilaian tim", "Team appraisal"),
        X::OwnTitle => ("Penilaian saya", "My evaluations"),
        X::Loading => ("Memuat penilaian…", "Loading evaluations…"),
        X::NoPeople => (
            "Tidak ada bawahan langsung untuk dinilai pada periode ini.",
            "No direct reports to appraise in this period.",
        ),
        X::NoOwn => (
            "Belum ada evaluasi Anda yang ditandatangani untuk periode ini.",
            "No signed evaluation of yours for this period.",
        ),
        X::Year => ("Tahun", "Year"),
        X::Annual => ("Tahunan", "Annual"),
        X::Segment => ("Segmen", "Segment"),
        X::ColWork => ("Hasil", "Results"),
        X::ColBehaviour => ("Perilaku", "Behav."),
        X::ColGrade => ("Predikat", "Grade"),
        X::ColJustification => ("Alasan", "Just."),
        X::ColSigned => ("TTD", "Sig."),
        X::ColObjection => ("Kbr", "Obj."),
        X::RowState => ("Status", "State"),
        X::JustNotNeeded => ("alasan tidak perlu", "no justification needed"),
        X::JustMissing => ("alasan belum ditulis", "justification missing"),
        X::JustWritten => ("alasan tertulis", "justification written"),
        X::NotStarted => ("belum dinilai", "not rated"),
        X::Draft => ("konsep", "draft"),
        X::Signed => ("ditandatangani", "signed"),
        X::ObjectionNone => ("tanpa keberatan", "no objection"),
        X::ObjectionFiled => ("keberatan diajukan", "objection filed"),
        X::ObjectionUpheld => (
            "keberatan diputus: rating tetap",
            "objection decided: ratings upheld",
        ),
        X::ObjectionChanged => (
            "keberatan diputus: rating diubah",
            "objection decided: ratings changed",
        ),
        X::ReadOnly => ("hanya baca", "read-only"),
        X::PanelTitle => ("Pola distribusi unit", "Unit distribution rule"),
        X::UnitGrade => ("Predikat unit", "Unit grade"),
        X::UnitGradeUnset => ("belum ditetapkan", "not set yet"),
        X::Population => ("pegawai", "employees"),
        X::Ungraded => ("belum berpredikat", "without a grade"),
        X::RuleHolds => ("✓ sesuai pola", "✓ rule holds"),
        X::RuleBroken => ("✗ tidak sesuai pola", "✗ rule broken"),
        X::RuleOpen => (
            "· belum lengkap: menunggu yang belum dinilai",
            "· not complete: waits for those not rated",
        ),
        X::NobodyGraded => (
            "belum ada yang berpredikat: pola diperiksa begitu ada yang dinilai",
            "nobody has a grade yet: the rule is checked as soon as someone is rated",
        ),
        X::MustMove => ("harus pindah", "must move"),
        X::PanelPeriodic => (
            "gambaran: predikat segmen ini di tim (pola berlaku untuk tahunan)",
            "preview: this segment's grades in the team (the rule governs annual grades)",
        ),
        X::Enforced => (
            "pelanggaran menolak penandatanganan",
            "a breach refuses signing",
        ),
        X::Warned => ("pelanggaran hanya peringatan", "a breach only warns"),
        X::FormTitle => ("Evaluasi kinerja", "Performance evaluation"),
        X::WorkResults => ("Hasil kerja", "Work results"),
        X::NoPlan => (
            "Tidak ada SKP untuk periode ini.",
            "No plan covers this period.",
        ),
        X::Target => ("target", "target"),
        X::Realisation => ("realisasi", "realised"),
        X::Evidence => ("bukti", "evidence"),
        X::Feedback => ("umpan balik", "feedback"),
        X::WorkRating => ("Rating hasil kerja", "Work-result rating"),
        X::BehaviourRating => ("Rating perilaku", "Behaviour rating"),
        X::Justification => ("Alasan", "Justification"),
        X::Behaviour => (
            "Perilaku kerja (BerAKHLAK)",
            "Work behaviour (BerAKHLAK core values)",
        ),
        X::Guides => ("Pedoman", "Guides"),
        X::Expectation => ("Ekspektasi pimpinan", "Leader's expectation"),
        X::FeedbackField => ("Umpan balik", "Feedback"),
        X::GradeLive => ("Predikat (matriks)", "Grade (matrix)"),
        X::Warnings => ("Peringatan sebelum tanda tangan", "Warnings before signing"),
        X::WarningCount => ("peringatan (Tab ke bawah)", "warning(s) (Tab to the end)"),
        X::NoWarnings => ("Tidak ada peringatan.", "No warnings."),
        X::PeriodicBeside => (
            "Evaluasi periodik tahun ini",
            "This year's periodic evaluations",
        ),
        X::SignedOn => ("Ditandatangani", "Signed on"),
        X::Appraiser => ("Pejabat penilai", "Appraiser"),
        X::AppraiserSuperior => ("Atasan pejabat penilai", "Appraiser's superior"),
        X::Reopened => ("Pernah dibuka kembali", "Reopened before"),
        X::RatingHint => ("a/s/b atau ←/→", "a/s/b or ←/→"),
        X::JustificationRequired => (
            "rating selain Sesuai wajib diberi alasan",
            "a rating other than Sesuai needs a justification",
        ),
        X::RatingRequired => ("rating wajib diisi", "the rating is required"),
        X::FormFooter => (
            "Tab pindah · a/s/b rating · Ctrl-S simpan · Ctrl-T tanda tangan · Esc tutup",
            "Tab next · a/s/b rating · Ctrl-S save · Ctrl-T sign · Esc close",
        ),
        X::SignedFooter => (
            "↑/↓ gulir · o buka kembali (dengan alasan) · Esc tutup",
            "↑/↓ scroll · o reopen (with a reason) · Esc close",
        ),
        X::ConfirmSign => (
            "Tandatangani evaluasi ini? Setelah itu hanya bisa dibaca.",
            "Sign this evaluation? It becomes read-only.",
        ),
        X::ReopenTitle => ("Buka kembali evaluasi", "Reopen the evaluation"),
        X::ReopenReason => ("Alasan", "Reason"),
        X::ReasonRequired => ("alasan wajib diisi", "a reason is required"),
        X::ReopenFooter => (
            "Enter/Ctrl-S buka kembali · Esc batal",
            "Enter/Ctrl-S reopen · Esc cancel",
        ),
        X::KeyRateAbove => ("rating Di Atas", "rate Above"),
        X::KeyRateAsExpected => ("rating Sesuai", "rate As expected"),
        X::KeyRateBelow => ("rating Di Bawah", "rate Below"),
        X::KeyClearRating => ("kosongkan rating", "clear the rating"),
        X::KeyColumn => ("kolom hasil/perilaku", "results/behaviour"),
        X::KeyOpen => ("buka formulir", "open the form"),
        X::KeyPrevPeriod => ("segmen sebelumnya", "previous segment"),
        X::KeyNextPeriod => ("segmen berikut/tahunan", "next segment/annual"),
        X::KeyPrevYear => ("tahun sebelumnya", "previous year"),
        X::KeyNextYear => ("tahun berikutnya", "next year"),
        X::KeySign => ("tanda tangani", "sign (asks first)"),
        X::KeySaveDraft => ("simpan konsep", "save as draft"),
        X::KeyReopen => ("buka kembali (alasan)", "reopen (a reason)"),
        X::KeyScroll => ("gulir", "scroll"),
        X::KeyBack => ("kembali", "back"),
        X::KeySetRating => ("pilih rating/kursor", "rating/cursor"),
        X::KeyChooseSupervisor => ("pilih atasan", "choose a supervisor"),
        X::KeyUnitGrade => ("predikat unit", "unit grade"),
        X::KeyNextPanelUnit => ("unit lain di panel", "next unit in the panel"),
        X::OneUnitOnly => (
            "semua pegawai di daftar ini bekerja di satu unit",
            "everyone on this list works in one unit",
        ),
        X::PanelUnitOf => ("unit", "unit"),
        X::KeyReceipt => ("tanggal diterima", "date received"),
        X::KeyObject => ("ajukan keberatan", "file an objection"),
        X::KeyDecide => ("putuskan keberatan", "decide an objection"),
        X::DecideTitle => ("Keputusan keberatan", "Objection decision"),
        X::LabelOutcome => ("Keputusan", "Decision"),
        X::LabelWork => ("Rating hasil kerja", "Work-result rating"),
        X::LabelBehaviour => ("Rating perilaku", "Behaviour rating"),
        X::OutcomeUpheld => ("rating tetap (ditolak)", "ratings upheld"),
        X::OutcomeChanged => ("rating diubah (diterima)", "ratings changed"),
        X::AwaitingDecision => ("menunggu keputusan Anda", "awaits your decision"),
        X::UnitGradeTitle => ("Predikat kinerja organisasi", "Unit grade"),
        X::ReceiptTitle => (
            "Tanggal evaluasi diterima",
            "Date the evaluation was received",
        ),
        X::ObjectionTitle => ("Keberatan", "Objection"),
        X::ObjectionWaits => (
            "menunggu keputusan atasan pejabat penilai",
            "awaits the decision of the appraiser's superior",
        ),
        X::DecidedOn => ("Diputus tanggal", "Decided on"),
        X::DecidedBy => ("oleh", "by"),
        X::OriginalEvaluation => ("Evaluasi semula", "Original evaluation"),
        X::DecidedEvaluation => ("Setelah keputusan (final)", "As decided (final)"),
        X::FinalGrade => ("Predikat akhir", "Final grade"),
        X::LabelUnitGrade => ("Predikat unit", "Unit grade"),
        X::LabelDecree => ("Nomor keputusan", "Decree number"),
        X::LabelReceivedOn => ("Diterima tanggal", "Received on"),
        X::LabelFiledOn => ("Diajukan tanggal", "Filed on"),
        X::LabelReasons => ("Alasan keberatan", "Reasons"),
        X::LabelDecisionReasons => ("Alasan keputusan", "Reasons"),
        X::DateInvalid => ("tanggal dd/mm/yyyy", "a date dd/mm/yyyy"),
        X::NotSignedYet => (
            "evaluasi ini belum ditandatangani",
            "this evaluation is not signed yet",
        ),
        X::EntryFooter => (
            "Tab pindah · ←/→ pilih · Ctrl-S simpan · Esc batal",
            "Tab next · ←/→ choose · Ctrl-S save · Esc cancel",
        ),
        X::PickSupervisor => (
            "Pilih atasan yang timnya dilihat",
            "Choose the supervisor whose team to see",
        ),
        X::NoSupervisors => ("Tidak ada atasan.", "No supervisors."),
        X::AdminChoose => (
            "Admin melihat (tanpa menilai): tekan p untuk memilih atasan.",
            "Admins look (and rate nobody): press p to choose a supervisor.",
        ),
        X::HintGrid => (
            "a/s/b rating · ←/→ kolom · Enter formulir · </> segmen · {/} tahun · ? bantuan",
            "a/s/b rate · ←/→ column · Enter form · </> segment · {/} year · ? help",
        ),
        X::HintForm => (
            "Tab pindah · a/s/b rating · Ctrl-S simpan · Ctrl-T tanda tangan · Esc",
            "Tab next · a/s/b rate · Ctrl-S save · Ctrl-T sign · Esc",
        ),
        X::HintSigned => (
            "↑/↓ gulir · o buka kembali · Esc kembali · ? bantuan",
            "↑/↓ scroll · o reopen · Esc back · ? help",
        ),
    };
    lang.pick(id, en)
}

/// A rating in full (`Di Atas Ekspektasi`).
pub fn rating(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::AboveExpectation => lang.pick("Di Atas Ekspektasi", "Above expectation"),
        Rating::AsExpected => lang.pick("Sesuai Ekspektasi", "As expected"),
        Rating::BelowExpectation => lang.pick("Di Bawah Ekspektasi", "Below expectation"),
    }
}

/// A rating in a grid cell (`Di Atas`).
pub fn rating_short(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::AboveExpectation => lang.pick("Di Atas", "Above"),
        Rating::AsExpected => lang.pick("Sesuai", "As exp."),
        Rating::BelowExpectation => lang.pick("Di Bawah", "Below"),
    }
}

/// The grid's short justification and objection cells.
pub fn justification_short(lang: Lang, j: Justification) -> &'static str {
    match j {
        Justification::NotNeeded => "-",
        Justification::Missing => lang.pick("perlu", "needed"),
        Justification::Written => "✓",
    }
}

pub fn objection_short(lang: Lang, o: ObjectionState) -> &'static str {
    match o {
        ObjectionState::None => "-",
        ObjectionState::Pending => lang.pick("ada", "filed"),
        ObjectionState::Upheld => lang.pick("tetap", "kept"),
        ObjectionState::Changed => lang.pick("ubah", "chgd"),
    }
}

/// An employee grade, written exactly as the regulation does (domain.md 5) in both
/// languages: it is the official value that exports and decrees carry.
pub fn grade(g: PerformanceGrade) -> &'static str {
    match g {
        PerformanceGrade::VeryGood => "Sangat Baik",
        PerformanceGrade::Good => "Baik",
        PerformanceGrade::NeedsImprovement => "Butuh Perbaikan",
        PerformanceGrade::Poor => "Kurang/Misconduct",
        PerformanceGrade::VeryPoor => "Sangat Kurang",
    }
}

/// A unit grade, written as the regulation does.
pub fn org_grade(g: OrgGrade) -> &'static str {
    match g {
        OrgGrade::Outstanding => "Istimewa",
        OrgGrade::Good => "Baik",
        OrgGrade::NeedsImprovement => "Butuh Perbaikan",
        OrgGrade::Poor => "Kurang",
        OrgGrade::VeryPoor => "Sangat Kurang",
    }
}

/// `Segmen 2` / `Tahunan`.
pub fn period(lang: Lang, kind: ReviewKind) -> String {
    match kind {
        ReviewKind::Periodic(n) => format!("{} {n}", text(lang, X::Segment)),
        ReviewKind::Annual => text(lang, X::Annual).to_string(),
    }
}

pub fn justification(lang: Lang, j: Justification) -> &'static str {
    text(
        lang,
        match j {
            Justification::NotNeeded => X::JustNotNeeded,
            Justification::Missing => X::JustMissing,
            Justification::Written => X::JustWritten,
        },
    )
}

pub fn objection(lang: Lang, o: ObjectionState) -> &'static str {
    text(
        lang,
        match o {
            ObjectionState::None => X::ObjectionNone,
            ObjectionState::Pending => X::ObjectionFiled,
            ObjectionState::Upheld => X::ObjectionUpheld,
            ObjectionState::Changed => X::ObjectionChanged,
        },
    )
}

fn grades(g: &[PerformanceGrade]) -> String {
    g.iter().map(|g| grade(*g)).collect::<Vec<_>>().join(" + ")
}

/// One clause of the rule with its head counts: what it asks, what the unit has, and how
/// many employees must move when it is broken.
pub fn clause(lang: Lang, o: &ClauseOutcome) -> String {
    let mark = match (o.holds(), o.open) {
        (_, true) => "·",
        (true, false) => "✓",
        (false, false) => "✗",
    };
    let asked = match (&o.clause, o.requirement) {
        (
            _,
            Requirement::Largest {
                grade: g,
                rival,
                rival_count,
            },
        ) => match lang {
            Lang::Id => format!(
                "{} kelompok terbesar: {} pegawai, berikutnya {} {}",
                grade(g),
                o.actual,
                grade(rival),
                rival_count
            ),
            Lang::En => format!(
                "{} the largest group: {} employees, next {} {}",
                grade(g),
                o.actual,
                grade(rival),
                rival_count
            ),
        },
        (
            Clause::AtMost { grades: g, .. }
            | Clause::AtLeast { grades: g, .. }
            | Clause::AtLeastCount { grades: g, .. },
            Requirement::Count(limit),
        ) => {
            let (word, n) = match (limit, lang) {
                (HeadCount::AtMost(n), Lang::Id) => ("paling banyak", n),
                (HeadCount::AtMost(n), Lang::En) => ("at most", n),
                (HeadCount::AtLeast(n), Lang::Id) => ("paling sedikit", n),
                (HeadCount::AtLeast(n), Lang::En) => ("at least", n),
            };
            let pct = match &o.clause {
                Clause::AtMost { percent, .. } | Clause::AtLeast { percent, .. } => {
                    format!(" ({percent} %)")
                }
                _ => String::new(),
            };
            match lang {
                Lang::Id => format!("{} {word} {n}{pct}: ada {}", grades(g), o.actual),
                Lang::En => format!("{} {word} {n}{pct}: {} now", grades(g), o.actual),
            }
        }
        (Clause::Largest(g), Requirement::Count(_)) => grade(*g).to_string(),
    };
    if o.holds() {
        format!("{mark} {asked}")
    } else {
        format!(
            "{mark} {asked} · {} {}",
            o.must_move,
            text(lang, X::MustMove)
        )
    }
}

/// A consistency warning in words.
pub fn warning(lang: Lang, w: &Warning) -> String {
    match (w, lang) {
        (Warning::AboveWhileUnderTarget { under_target }, Lang::Id) => format!(
            "Hasil kerja Di Atas, padahal {under_target} indikator realisasinya di bawah target"
        ),
        (Warning::AboveWhileUnderTarget { under_target }, Lang::En) => format!(
            "Results Above expectation while {under_target} indicator(s) realised under target"
        ),
        (Warning::BelowWithoutBehaviourFeedback, Lang::Id) => {
            "Perilaku Di Bawah tanpa umpan balik perilaku".to_string()
        }
        (Warning::BelowWithoutBehaviourFeedback, Lang::En) => {
            "Behaviour Below expectation with no behaviour feedback".to_string()
        }
        (Warning::NoFeedbackInSegment(n), Lang::Id) => {
            format!("Tidak ada umpan balik sama sekali di segmen {n}")
        }
        (Warning::NoFeedbackInSegment(n), Lang::En) => {
            format!("No feedback at all in segment {n}")
        }
        (Warning::FarFromPeriodic { annual, nearest }, Lang::Id) => format!(
            "Predikat tahunan {} jauh dari predikat periodik (terdekat: {})",
            grade(*annual),
            grade(*nearest)
        ),
        (Warning::FarFromPeriodic { annual, nearest }, Lang::En) => format!(
            "Annual grade {} is far from the periodic grades (nearest: {})",
            grade(*annual),
            grade(*nearest)
        ),
    }
}
