//! The words of the Penilaian commands (issue 8): scales, evaluation kinds, what a command did
//! or why it was refused, consistency warnings, distribution breaches, audit summaries. The
//! Penilaian screen's own texts are in `review_screen`.

use super::Lang;
use crate::app::reviews::command::{Done, Note, Refusal, Step};
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::review::audit::{ReviewAudit, ReviewEvent, UnitGradeAudit};
use crate::domain::review::consistency::Warning;
use crate::domain::review::distribution::{ClauseOutcome, DistributionCheck, Requirement};
use crate::domain::review::evaluation::RatingField;
use crate::domain::review::objection::{ObjectionError, Outcome};
use crate::domain::review::{ReviewError, ReviewKind};
use crate::domain::ruledata::distribution::{Clause, HeadCount};

/// What an auditor types to find evaluation entries, in both languages.
pub const AUDIT_WORDS: &str = "penilaian evaluasi evaluation review";
/// What an auditor types to find unit-grade entries.
pub const UNIT_GRADE_AUDIT_WORDS: &str = "predikat organisasi unit grade penilaian";

/// Rating hasil kerja / perilaku in its official wording (English: a translation).
pub fn rating(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::AboveExpectation => lang.pick("Di Atas Ekspektasi", "Above expectation"),
        Rating::AsExpected => lang.pick("Sesuai Ekspektasi", "As expected"),
        Rating::BelowExpectation => lang.pick("Di Bawah Ekspektasi", "Below expectation"),
    }
}

/// Predikat kinerja pegawai.
pub fn grade(lang: Lang, g: PerformanceGrade) -> &'static str {
    match g {
        PerformanceGrade::VeryGood => lang.pick("Sangat Baik", "Very good"),
        PerformanceGrade::Good => lang.pick("Baik", "Good"),
        PerformanceGrade::NeedsImprovement => lang.pick("Butuh Perbaikan", "Needs improvement"),
        PerformanceGrade::Poor => lang.pick("Kurang/Misconduct", "Poor/Misconduct"),
        PerformanceGrade::VeryPoor => lang.pick("Sangat Kurang", "Very poor"),
    }
}

/// Predikat kinerja organisasi.
pub fn org_grade(lang: Lang, g: OrgGrade) -> &'static str {
    match g {
        OrgGrade::Outstanding => lang.pick("Istimewa", "Outstanding"),
        OrgGrade::Good => lang.pick("Baik", "Good"),
        OrgGrade::NeedsImprovement => lang.pick("Butuh Perbaikan", "Needs improvement"),
        OrgGrade::Poor => lang.pick("Kurang", "Poor"),
        OrgGrade::VeryPoor => lang.pick("Sangat Kurang", "Very poor"),
    }
}

/// "Periodik triwulan 2", "Tahunan". `segments_per_year` names the segment (1: the year,
/// 2: semester, 4: triwulan, 12: bulan); another count says "segmen".
pub fn kind(lang: Lang, k: ReviewKind, segments_per_year: u8) -> String {
    match k {
        ReviewKind::Annual => lang.pick("Tahunan", "Annual").to_string(),
        ReviewKind::Periodic(n) => {
            let (id, en) = match segments_per_year {
                2 => ("semester", "semester"),
                4 => ("triwulan", "quarter"),
                12 => ("bulan", "month"),
                _ => ("segmen", "segment"),
            };
            match lang {
                Lang::Id => format!("Periodik {id} {n}"),
                Lang::En => format!("Periodic, {en} {n}"),
            }
        }
    }
}

/// "Periodik 2" / "Tahunan" without the segmentation (audit entries, lists).
pub fn kind_short(lang: Lang, k: ReviewKind) -> String {
    match (lang, k) {
        (_, ReviewKind::Annual) => lang.pick("Tahunan", "Annual").to_string(),
        (Lang::Id, ReviewKind::Periodic(n)) => format!("Periodik {n}"),
        (Lang::En, ReviewKind::Periodic(n)) => format!("Periodic {n}"),
    }
}

pub fn field(lang: Lang, f: RatingField) -> &'static str {
    match f {
        RatingField::WorkResult => lang.pick("rating hasil kerja", "work-result rating"),
        RatingField::Behaviour => lang.pick("rating perilaku kerja", "behaviour rating"),
    }
}

pub fn review_error(lang: Lang, e: &ReviewError) -> String {
    match (lang, e) {
        (Lang::Id, ReviewError::Signed) => {
            "evaluasi sudah ditandatangani dan hanya bisa dibaca; buka ulang dengan alasan".into()
        }
        (Lang::En, ReviewError::Signed) => {
            "the evaluation is signed and read-only; reopen it with a reason".into()
        }
        (Lang::Id, ReviewError::RatingMissing(f)) => format!("{} belum diisi", field(lang, *f)),
        (Lang::En, ReviewError::RatingMissing(f)) => format!("the {} is missing", field(lang, *f)),
        (Lang::Id, ReviewError::JustificationMissing(f)) => format!(
            "{} selain Sesuai Ekspektasi perlu alasan tertulis",
            field(lang, *f)
        ),
        (Lang::En, ReviewError::JustificationMissing(f)) => format!(
            "a {} other than As expected needs a written justification",
            field(lang, *f)
        ),
        (Lang::Id, ReviewError::DistributionBreached) => {
            "unit melanggar pola distribusi dan kantor mewajibkannya".into()
        }
        (Lang::En, ReviewError::DistributionBreached) => {
            "the unit breaks its distribution rule and the office enforces it".into()
        }
        (Lang::Id, ReviewError::NotSigned) => "evaluasi belum ditandatangani".into(),
        (Lang::En, ReviewError::NotSigned) => "the evaluation is not signed".into(),
        (Lang::Id, ReviewError::ReasonMissing) => "alasan membuka ulang wajib diisi".into(),
        (Lang::En, ReviewError::ReasonMissing) => "reopening needs a reason".into(),
    }
}

pub fn objection_error(lang: Lang, e: &ObjectionError) -> String {
    let dmy = super::common::dmy;
    match (lang, e) {
        (Lang::Id, ObjectionError::NotSigned) => {
            "keberatan hanya atas evaluasi yang sudah ditandatangani".into()
        }
        (Lang::En, ObjectionError::NotSigned) => {
            "only a signed evaluation can be objected to".into()
        }
        (Lang::Id, ObjectionError::ReceivedBeforeSigning) => {
            "tanggal diterima sebelum tanggal tanda tangan".into()
        }
        (Lang::En, ObjectionError::ReceivedBeforeSigning) => {
            "the receipt date lies before the signing date".into()
        }
        (Lang::Id, ObjectionError::FiledBeforeReceipt) => {
            "keberatan diajukan sebelum evaluasi diterima".into()
        }
        (Lang::En, ObjectionError::FiledBeforeReceipt) => {
            "the objection is dated before the evaluation was received".into()
        }
        (Lang::Id, ObjectionError::TooLate { last_day }) => format!(
            "masa keberatan sudah lewat (hari terakhir {})",
            dmy(*last_day)
        ),
        (Lang::En, ObjectionError::TooLate { last_day }) => format!(
            "the objection window has passed (last day {})",
            dmy(*last_day)
        ),
        (Lang::Id, ObjectionError::ReasonsMissing) => "alasan wajib diisi".into(),
        (Lang::En, ObjectionError::ReasonsMissing) => "reasons are required".into(),
        (Lang::Id, ObjectionError::NotTheAppraiserSuperior) => {
            "hanya atasan pejabat penilai yang memutus keberatan".into()
        }
        (Lang::En, ObjectionError::NotTheAppraiserSuperior) => {
            "only the appraiser's superior decides an objection".into()
        }
        (Lang::Id, ObjectionError::AlreadyDecided) => "keberatan sudah diputus (final)".into(),
        (Lang::En, ObjectionError::AlreadyDecided) => "the objection is decided (final)".into(),
        (Lang::Id, ObjectionError::DecidedBeforeFiling) => {
            "tanggal keputusan sebelum keberatan diajukan".into()
        }
        (Lang::En, ObjectionError::DecidedBeforeFiling) => {
            "the decision is dated before the objection".into()
        }
        (Lang::Id, ObjectionError::NoChange) => {
            "rating yang \"diubah\" sama dengan yang ditandatangani: itu menolak keberatan".into()
        }
        (Lang::En, ObjectionError::NoChange) => {
            "the \"changed\" ratings are the signed ones: that is upholding".into()
        }
    }
}

/// Why a review command was refused, as one line.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match (lang, r) {
        (_, Refusal::Rule(e)) => review_error(lang, e),
        (_, Refusal::Objection(e)) => objection_error(lang, e),
        (
            _,
            Refusal::SignBlocked {
                reasons,
                distribution,
            },
        ) => {
            let mut parts: Vec<String> = reasons.iter().map(|e| review_error(lang, e)).collect();
            if let Some(c) = distribution {
                parts.extend(breaches(lang, c));
            }
            let head = lang.pick("Belum bisa ditandatangani", "Cannot sign yet");
            format!("{head}: {}", parts.join("; "))
        }
        (Lang::Id, Refusal::NotAppraiser) => {
            "hanya pejabat penilai pegawai ini (atasan langsung atau Plt/Plh-nya) yang menilai"
                .into()
        }
        (Lang::En, Refusal::NotAppraiser) => {
            "only this employee's appraiser (direct supervisor or their Plt/Plh) rates".into()
        }
        (Lang::Id, Refusal::AdminRatesNobody) => {
            "admin melihat semua penilaian tetapi tidak menilai siapa pun".into()
        }
        (Lang::En, Refusal::AdminRatesNobody) => {
            "admins see every evaluation but rate nobody".into()
        }
        (Lang::Id, Refusal::NotTheEmployee) => {
            "keberatan diajukan oleh pegawai sendiri (atau admin atas namanya)".into()
        }
        (Lang::En, Refusal::NotTheEmployee) => {
            "an objection is filed by the employee (or an admin on their behalf)".into()
        }
        (Lang::Id, Refusal::NotAppraiserSuperior) => {
            "hanya atasan pejabat penilai yang tercatat saat tanda tangan yang memutus".into()
        }
        (Lang::En, Refusal::NotAppraiserSuperior) => {
            "only the appraiser's superior recorded at signing decides".into()
        }
        (Lang::Id, Refusal::NotUnitHeadAbove) => {
            "predikat unit ditetapkan kepala unit satu tingkat di atasnya (atau admin)".into()
        }
        (Lang::En, Refusal::NotUnitHeadAbove) => {
            "a unit's grade is set by the head of the unit one level up (or an admin)".into()
        }
        (Lang::Id, Refusal::DecreeMissing) => "nomor keputusan wajib diisi".into(),
        (Lang::En, Refusal::DecreeMissing) => "the decree's reference is required".into(),
        (Lang::Id, Refusal::HeadRatingFixed { expected }) => format!(
            "rating hasil kerja kepala unit mengikuti predikat unit: {}",
            rating(lang, *expected)
        ),
        (Lang::En, Refusal::HeadRatingFixed { expected }) => format!(
            "a unit head's work-result rating follows the unit's grade: {}",
            rating(lang, *expected)
        ),
        (Lang::Id, Refusal::UnknownEmployee) => "pegawai tidak ada atau tidak aktif".into(),
        (Lang::En, Refusal::UnknownEmployee) => "no such active employee".into(),
        (Lang::Id, Refusal::UnknownUnit) => "unit kerja tidak ada".into(),
        (Lang::En, Refusal::UnknownUnit) => "no such unit".into(),
        (Lang::Id, Refusal::NoEvaluation) => "belum ada evaluasi ini".into(),
        (Lang::En, Refusal::NoEvaluation) => "there is no such evaluation yet".into(),
        (Lang::Id, Refusal::BadPeriod) => "segmen atau tahun di luar periode".into(),
        (Lang::En, Refusal::BadPeriod) => "segment or year outside the period".into(),
        (Lang::Id, Refusal::NotReceived) => {
            "tanggal evaluasi diterima pegawai belum dicatat".into()
        }
        (Lang::En, Refusal::NotReceived) => {
            "the date the employee received the evaluation is not recorded".into()
        }
        (Lang::Id, Refusal::Stale) => {
            "penilaian diubah di tempat lain; muat ulang lalu coba lagi".into()
        }
        (Lang::En, Refusal::Stale) => {
            "the evaluation was changed elsewhere; reload and try again".into()
        }
        (Lang::Id, Refusal::ObjectionExists) => {
            "sudah ada keberatan atas evaluasi ini; evaluasinya tetap seperti saat ditandatangani"
                .into()
        }
        (Lang::En, Refusal::ObjectionExists) => {
            "this evaluation has an objection on record; it stays as signed".into()
        }
        (Lang::Id, Refusal::NoObjection) => "belum ada keberatan untuk diputus".into(),
        (Lang::En, Refusal::NoObjection) => "there is no objection to decide".into(),
    }
}

/// What a review command did, as one status line.
pub fn done(lang: Lang, d: &Done) -> String {
    let what = d.kind.map(|k| kind_short(lang, k)).unwrap_or_default();
    let who = &d.name;
    let y = d.year;
    let g = d.grade.map(|g| grade(lang, g)).unwrap_or("-");
    let mut line = match (lang, d.step) {
        (Lang::Id, Step::Saved) => format!("Draf penilaian {what} {y} {who} disimpan."),
        (Lang::En, Step::Saved) => format!("Draft evaluation {what} {y} of {who} saved."),
        (Lang::Id, Step::Rated) => format!("Rating {who} ({what} {y}) disimpan; predikat {g}."),
        (Lang::En, Step::Rated) => format!("Rating of {who} ({what} {y}) saved; grade {g}."),
        (Lang::Id, Step::Signed) => {
            format!("Penilaian {what} {y} {who} ditandatangani: {g}.")
        }
        (Lang::En, Step::Signed) => format!("Evaluation {what} {y} of {who} signed: {g}."),
        (Lang::Id, Step::Reopened) => format!("Penilaian {what} {y} {who} dibuka ulang."),
        (Lang::En, Step::Reopened) => format!("Evaluation {what} {y} of {who} reopened."),
        (Lang::Id, Step::UnitGradeSet) => format!("Predikat {who} tahun {y} ditetapkan."),
        (Lang::En, Step::UnitGradeSet) => format!("Grade of {who} for {y} set."),
        (Lang::Id, Step::ReceiptRecorded) => {
            format!("Tanggal diterima penilaian {what} {y} {who} dicatat.")
        }
        (Lang::En, Step::ReceiptRecorded) => {
            format!("Receipt date of evaluation {what} {y} of {who} recorded.")
        }
        (Lang::Id, Step::ObjectionFiled) => {
            format!("Keberatan atas penilaian {what} {y} {who} dicatat.")
        }
        (Lang::En, Step::ObjectionFiled) => {
            format!("Objection to evaluation {what} {y} of {who} filed.")
        }
        (Lang::Id, Step::Decided) => {
            format!("Keberatan {who} ({what} {y}) diputus; predikat akhir {g}.")
        }
        (Lang::En, Step::Decided) => {
            format!("Objection of {who} ({what} {y}) decided; final grade {g}.")
        }
    };
    if let Some(c) = &d.distribution_warning {
        line.push(' ');
        line.push_str(lang.pick("Peringatan pola distribusi: ", "Distribution warning: "));
        line.push_str(&breaches(lang, c).join("; "));
    }
    line
}

/// A status-line message of the Penilaian commands.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::Done(d) => done(lang, d),
        Note::Refused(r) => refusal(lang, r),
    }
}

/// A consistency warning before signing.
pub fn warning(lang: Lang, w: &Warning) -> String {
    match (lang, w) {
        (Lang::Id, Warning::AboveWhileUnderTarget { under_target }) => format!(
            "Hasil kerja Di Atas Ekspektasi, padahal {under_target} realisasi di bawah target"
        ),
        (Lang::En, Warning::AboveWhileUnderTarget { under_target }) => format!(
            "Work results Above expectation while {under_target} realisations are under target"
        ),
        (Lang::Id, Warning::BelowWithoutBehaviourFeedback) => {
            "Perilaku Di Bawah Ekspektasi tanpa umpan balik perilaku".into()
        }
        (Lang::En, Warning::BelowWithoutBehaviourFeedback) => {
            "Behaviour Below expectation with no behaviour feedback".into()
        }
        (Lang::Id, Warning::NoFeedbackInSegment(n)) => {
            format!("Tidak ada umpan balik sama sekali di segmen {n}")
        }
        (Lang::En, Warning::NoFeedbackInSegment(n)) => format!("No feedback at all in segment {n}"),
        (Lang::Id, Warning::FarFromPeriodic { annual, nearest }) => format!(
            "Predikat tahunan {} jauh dari predikat periodik (terdekat {})",
            grade(lang, *annual),
            grade(lang, *nearest)
        ),
        (Lang::En, Warning::FarFromPeriodic { annual, nearest }) => format!(
            "Annual grade {} is far from the periodic grades (nearest {})",
            grade(lang, *annual),
            grade(lang, *nearest)
        ),
    }
}

fn grades(lang: Lang, gs: &[crate::domain::appraisal::PerformanceGrade]) -> String {
    let names: Vec<&str> = gs.iter().map(|g| grade(lang, *g)).collect();
    names.join(lang.pick(" atau ", " or "))
}

fn employees(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} pegawai"),
        Lang::En if n == 1 => "1 employee".to_string(),
        Lang::En => format!("{n} employees"),
    }
}

/// One clause of the rule as it stands: "Sangat Baik harus kelompok terbesar: 3 pegawai,
/// Baik 5 (pindahkan 2 pegawai)", with head counts.
pub fn clause(lang: Lang, o: &ClauseOutcome) -> String {
    let n = employees(lang, o.actual);
    let rule = match (&o.clause, o.requirement) {
        (
            Clause::Largest(g),
            Requirement::Largest {
                rival, rival_count, ..
            },
        ) => match lang {
            Lang::Id => format!(
                "{} harus kelompok terbesar: {n}, {} {rival_count}",
                grade(lang, *g),
                grade(lang, rival)
            ),
            Lang::En => format!(
                "{} must be the largest group: {n}, {} {rival_count}",
                grade(lang, *g),
                grade(lang, rival)
            ),
        },
        (
            Clause::AtMost {
                grades: gs,
                percent,
            }
            | Clause::AtLeast {
                grades: gs,
                percent,
            },
            Requirement::Count(limit),
        ) => {
            let (word, max) = match (lang, limit) {
                (Lang::Id, HeadCount::AtMost(m)) => ("paling banyak", m),
                (Lang::Id, HeadCount::AtLeast(m)) => ("paling sedikit", m),
                (Lang::En, HeadCount::AtMost(m)) => ("at most", m),
                (Lang::En, HeadCount::AtLeast(m)) => ("at least", m),
            };
            match lang {
                Lang::Id => format!(
                    "{} {word} {percent}% = {}: {n}",
                    grades(lang, gs),
                    employees(lang, max)
                ),
                Lang::En => format!(
                    "{} {word} {percent}% = {}: {n}",
                    grades(lang, gs),
                    employees(lang, max)
                ),
            }
        }
        (Clause::AtLeastCount { grades: gs, count }, _) => match lang {
            Lang::Id => format!(
                "{} paling sedikit {}: {n}",
                grades(lang, gs),
                employees(lang, *count)
            ),
            Lang::En => format!(
                "{} at least {}: {n}",
                grades(lang, gs),
                employees(lang, *count)
            ),
        },
        // A clause judged with another clause's requirement cannot be built by `check`.
        (_, _) => n,
    };
    if o.holds() {
        rule
    } else {
        match lang {
            Lang::Id => format!("{rule} (pindahkan {})", employees(lang, o.must_move)),
            Lang::En => format!("{rule} (move {})", employees(lang, o.must_move)),
        }
    }
}

/// The broken clauses of a check, one line each (empty when the rule holds).
pub fn breaches(lang: Lang, c: &DistributionCheck) -> Vec<String> {
    c.breaches().map(|o| clause(lang, o)).collect()
}

fn outcome(lang: Lang, o: &Outcome) -> String {
    match o {
        Outcome::Upheld => lang.pick("ditolak (rating tetap)", "upheld").to_string(),
        Outcome::Changed { work, behaviour } => format!(
            "{}: {} / {}",
            lang.pick("diterima, rating diubah", "changed"),
            rating(lang, *work),
            rating(lang, *behaviour)
        ),
    }
}

fn event(lang: Lang, e: &ReviewEvent) -> String {
    let k = |k: &ReviewKind| kind_short(lang, *k);
    let r = |r: &Option<Rating>| r.map_or("-", |r| rating(lang, r));
    match e {
        ReviewEvent::Created { kind } => {
            format!("{}: {}", k(kind), lang.pick("draf dibuat", "draft created"))
        }
        ReviewEvent::Rated {
            kind,
            field: f,
            before,
            after,
        } => format!(
            "{}: {} {} → {}",
            k(kind),
            field(lang, *f),
            r(before),
            r(after)
        ),
        ReviewEvent::Justified { kind, field: f } => format!(
            "{}: {} {}",
            k(kind),
            lang.pick("alasan", "justification of the"),
            field(lang, *f)
        ),
        ReviewEvent::Feedback { kind, value } => format!(
            "{}: {} {}",
            k(kind),
            lang.pick("umpan balik", "feedback on"),
            value.text().name
        ),
        ReviewEvent::Signed { kind, grade: g } => format!(
            "{}: {} ({})",
            k(kind),
            lang.pick("ditandatangani", "signed"),
            grade(lang, *g)
        ),
        ReviewEvent::Reopened { kind, reason } => format!(
            "{}: {} ({reason})",
            k(kind),
            lang.pick("dibuka ulang", "reopened")
        ),
        ReviewEvent::Received { kind, on } => format!(
            "{}: {} {}",
            k(kind),
            lang.pick("diterima pegawai", "received by the employee on"),
            super::common::dmy(*on)
        ),
        ReviewEvent::ObjectionFiled { kind, on } => format!(
            "{}: {} {}",
            k(kind),
            lang.pick("keberatan diajukan", "objection filed on"),
            super::common::dmy(*on)
        ),
        ReviewEvent::Decided { kind, outcome: o } => format!(
            "{}: {} {}",
            k(kind),
            lang.pick("keberatan", "objection"),
            outcome(lang, o)
        ),
    }
}

/// An evaluation entry of the audit trail as lines: who, whose, the year, what changed.
pub fn audit_summary(lang: Lang, a: &ReviewAudit) -> Vec<String> {
    let person =
        |p: &crate::domain::plan_audit::PersonRef| format!("{} ({})", p.name, p.nip.grouped());
    let mut out = vec![format!(
        "{} {} · {} {}",
        lang.pick("Penilaian", "Evaluation"),
        a.year,
        person(&a.employee),
        a.appraiser
            .as_ref()
            .map(|p| format!("· {} {}", lang.pick("penilai", "appraiser"), person(p)))
            .unwrap_or_default()
    )];
    out.extend(a.events.iter().map(|e| event(lang, e)));
    out
}

/// The record column of an evaluation (or unit-grade) entry: "Penilaian 2026 · NAME (NIP)".
pub fn audit_record(lang: Lang, unit_grade: bool, year: i32, record: &str) -> String {
    let what = if unit_grade {
        lang.pick("Predikat organisasi", "Unit grade")
    } else {
        lang.pick("Penilaian", "Evaluation")
    };
    format!("{what} {year} · {record}")
}

/// A unit-grade entry of the audit trail as lines.
pub fn unit_grade_summary(lang: Lang, a: &UnitGradeAudit) -> Vec<String> {
    let before = a.before.map_or("-", |g| org_grade(lang, g));
    let mut out = vec![format!(
        "{} {} {}: {before} → {}",
        lang.pick("Predikat organisasi", "Unit grade"),
        a.unit_name,
        a.year,
        org_grade(lang, a.grade)
    )];
    if !a.decree.is_empty() {
        out.push(format!(
            "{} {}",
            lang.pick("Nomor keputusan", "Decree"),
            a.decree
        ));
    }
    if let Some(p) = &a.set_by {
        out.push(format!(
            "{} {} ({})",
            lang.pick("Ditetapkan oleh", "Set by"),
            p.name,
            p.nip.grouped()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::review::distribution::{check, GradeCounts};
    use crate::domain::ruledata::distribution::rule_for;

    fn breaches_of(grade: OrgGrade, counts: [usize; 5], lang: Lang) -> Vec<String> {
        let rule = rule_for(grade).expect("rule");
        breaches(lang, &check(rule, GradeCounts::new(counts)))
    }

    #[test]
    fn a_broken_largest_clause_names_both_groups_and_the_moves() {
        assert_eq!(
            breaches_of(OrgGrade::Outstanding, [3, 5, 0, 0, 0], Lang::Id),
            ["Sangat Baik harus kelompok terbesar: 3 pegawai, Baik 5 (pindahkan 2 pegawai)"]
        );
        assert_eq!(
            breaches_of(OrgGrade::Outstanding, [3, 5, 0, 0, 0], Lang::En),
            ["Very good must be the largest group: 3 employees, Good 5 (move 2 employees)"]
        );
    }

    #[test]
    fn a_broken_share_is_worded_as_head_counts() {
        // Baik, 10 employees all Baik: at most 70 % = 7, and nobody below Baik.
        assert_eq!(
            breaches_of(OrgGrade::Good, [0, 10, 0, 0, 0], Lang::Id),
            [
                "Baik paling banyak 70% = 7 pegawai: 10 pegawai (pindahkan 3 pegawai)",
                "Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 pegawai: 0 pegawai \
                 (pindahkan 1 pegawai)"
            ]
        );
        assert!(breaches_of(OrgGrade::Good, [2, 6, 1, 0, 0], Lang::Id).is_empty());
    }

    #[test]
    fn a_warned_signing_says_which_rule_is_broken() {
        let rule = rule_for(OrgGrade::Good).expect("rule");
        let d = Done {
            step: Step::Signed,
            employee: None,
            unit: None,
            name: "Daniel Ndiken".into(),
            year: 2026,
            kind: Some(ReviewKind::Annual),
            grade: Some(PerformanceGrade::Good),
            distribution_warning: Some(check(rule, GradeCounts::new([0, 1, 0, 0, 0]))),
            revision: 2,
        };
        let line = done(Lang::Id, &d);
        assert!(
            line.starts_with("Penilaian Tahunan 2026 Daniel Ndiken ditandatangani: Baik."),
            "{line}"
        );
        assert!(line.contains("Peringatan pola distribusi: Baik paling banyak 70% = 0 pegawai"));
    }

    #[test]
    fn kinds_name_their_segment() {
        assert_eq!(
            kind(Lang::Id, ReviewKind::Periodic(2), 4),
            "Periodik triwulan 2"
        );
        assert_eq!(
            kind(Lang::En, ReviewKind::Periodic(1), 2),
            "Periodic, semester 1"
        );
        assert_eq!(kind(Lang::Id, ReviewKind::Annual, 4), "Tahunan");
        assert_eq!(
            kind(Lang::Id, ReviewKind::Periodic(11), 12),
            "Periodik bulan 11"
        );
    }
}
