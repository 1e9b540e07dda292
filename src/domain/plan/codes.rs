//! The words of the CSV and JSON contract (issue 6) for the plan's enumerations: `code()` writes
//! them, `parse()` reads them in any case with surrounding blanks. Like `EmployeeKind::code`,
//! these are data formats, not screen text.

use super::{Approach, Aspect, Direction, Perspective, PlanState, ResultKind};

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

impl Approach {
    pub fn code(self) -> &'static str {
        match self {
            Approach::Quantitative => "kuantitatif",
            Approach::Qualitative => "kualitatif",
        }
    }

    pub fn parse(s: &str) -> Option<Approach> {
        match norm(s).as_str() {
            "kuantitatif" => Some(Approach::Quantitative),
            "kualitatif" => Some(Approach::Qualitative),
            _ => None,
        }
    }
}

impl ResultKind {
    pub fn code(self) -> &'static str {
        match self {
            ResultKind::Main => "utama",
            ResultKind::Additional => "tambahan",
        }
    }

    pub fn parse(s: &str) -> Option<ResultKind> {
        match norm(s).as_str() {
            "utama" => Some(ResultKind::Main),
            "tambahan" => Some(ResultKind::Additional),
            _ => None,
        }
    }
}

impl Aspect {
    pub fn code(self) -> &'static str {
        match self {
            Aspect::Quantity => "Kuantitas",
            Aspect::Quality => "Kualitas",
            Aspect::Time => "Waktu",
            Aspect::Cost => "Biaya",
        }
    }

    pub fn parse(s: &str) -> Option<Aspect> {
        match norm(s).as_str() {
            "kuantitas" => Some(Aspect::Quantity),
            "kualitas" => Some(Aspect::Quality),
            "waktu" => Some(Aspect::Time),
            "biaya" => Some(Aspect::Cost),
            _ => None,
        }
    }
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::HigherBetter => "naik",
            Direction::LowerBetter => "turun",
        }
    }

    /// `naik` or `turun`; empty means `naik` (the contract's default).
    pub fn parse(s: &str) -> Option<Direction> {
        match norm(s).as_str() {
            "" | "naik" => Some(Direction::HigherBetter),
            "turun" => Some(Direction::LowerBetter),
            _ => None,
        }
    }
}

impl Perspective {
    pub fn code(self) -> &'static str {
        match self {
            Perspective::ServiceRecipients => "Penerima Layanan",
            Perspective::BusinessProcess => "Proses Bisnis",
            Perspective::InternalStrengthening => "Penguatan Internal",
            Perspective::Budget => "Anggaran",
        }
    }

    pub fn parse(s: &str) -> Option<Perspective> {
        match norm(s).as_str() {
            "penerima layanan" => Some(Perspective::ServiceRecipients),
            "proses bisnis" => Some(Perspective::BusinessProcess),
            "penguatan internal" => Some(Perspective::InternalStrengthening),
            "anggaran" => Some(Perspective::Budget),
            _ => None,
        }
    }
}

impl PlanState {
    /// The status word of exports: Draft, Diajukan, Disetujui, Ditolak.
    pub fn code(&self) -> &'static str {
        match self {
            PlanState::Draft => "Draft",
            PlanState::Submitted => "Diajukan",
            PlanState::Approved => "Disetujui",
            PlanState::Rejected { .. } => "Ditolak",
        }
    }
}

impl super::Segmentation {
    /// `bulanan`, `triwulan`, `semester` (command line and exports).
    pub fn code(self) -> &'static str {
        match self {
            super::Segmentation::Monthly => "bulanan",
            super::Segmentation::Quarterly => "triwulan",
            super::Segmentation::Semester => "semester",
        }
    }

    pub fn parse(s: &str) -> Option<super::Segmentation> {
        match norm(s).as_str() {
            "bulanan" | "bulan" => Some(super::Segmentation::Monthly),
            "triwulan" | "triwulanan" => Some(super::Segmentation::Quarterly),
            "semester" | "semesteran" => Some(super::Segmentation::Semester),
            _ => None,
        }
    }
}

impl super::PeriodState {
    /// `perencanaan`, `pelaksanaan`, `evaluasi`, `ditutup`.
    pub fn code(self) -> &'static str {
        match self {
            super::PeriodState::Planning => "perencanaan",
            super::PeriodState::Running => "pelaksanaan",
            super::PeriodState::Evaluation => "evaluasi",
            super::PeriodState::Closed => "ditutup",
        }
    }

    pub fn parse(s: &str) -> Option<super::PeriodState> {
        match norm(s).as_str() {
            "perencanaan" => Some(super::PeriodState::Planning),
            "pelaksanaan" | "berjalan" => Some(super::PeriodState::Running),
            "evaluasi" => Some(super::PeriodState::Evaluation),
            "ditutup" | "tutup" => Some(super::PeriodState::Closed),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_words_round_trip() {
        for a in [Approach::Quantitative, Approach::Qualitative] {
            assert_eq!(Approach::parse(&a.code().to_uppercase()), Some(a));
        }
        for k in [ResultKind::Main, ResultKind::Additional] {
            assert_eq!(ResultKind::parse(k.code()), Some(k));
        }
        for a in [
            Aspect::Quantity,
            Aspect::Quality,
            Aspect::Time,
            Aspect::Cost,
        ] {
            assert_eq!(Aspect::parse(&format!(" {} ", a.code())), Some(a));
        }
        for d in [Direction::HigherBetter, Direction::LowerBetter] {
            assert_eq!(Direction::parse(d.code()), Some(d));
        }
        for p in [
            Perspective::ServiceRecipients,
            Perspective::BusinessProcess,
            Perspective::InternalStrengthening,
            Perspective::Budget,
        ] {
            assert_eq!(Perspective::parse(&p.code().to_lowercase()), Some(p));
        }
    }

    #[test]
    fn the_exact_words() {
        assert_eq!(Approach::parse("kuantitatif"), Some(Approach::Quantitative));
        assert_eq!(Approach::parse("kualitatif"), Some(Approach::Qualitative));
        assert_eq!(ResultKind::parse("Utama"), Some(ResultKind::Main));
        assert_eq!(ResultKind::parse("tambahan"), Some(ResultKind::Additional));
        assert_eq!(Aspect::parse("Kuantitas"), Some(Aspect::Quantity));
        assert_eq!(Aspect::parse("Biaya"), Some(Aspect::Cost));
        assert_eq!(Direction::parse(""), Some(Direction::HigherBetter));
        assert_eq!(Direction::parse("TURUN"), Some(Direction::LowerBetter));
        assert_eq!(Direction::parse("naik turun"), None);
        assert_eq!(Aspect::parse("jumlah"), None);
        assert_eq!(Approach::parse(""), None);
        assert_eq!(PlanState::Submitted.code(), "Diajukan");
        assert_eq!(PlanState::Approved.code(), "Disetujui");
        assert_eq!(PlanState::Rejected { reason: "x".into() }.code(), "Ditolak");
        assert_eq!(PlanState::Draft.code(), "Draft");
    }

    #[test]
    fn period_words_round_trip() {
        use crate::domain::plan::{PeriodState, Segmentation};
        for s in [
            Segmentation::Monthly,
            Segmentation::Quarterly,
            Segmentation::Semester,
        ] {
            assert_eq!(Segmentation::parse(&s.code().to_uppercase()), Some(s));
        }
        for s in [
            PeriodState::Planning,
            PeriodState::Running,
            PeriodState::Evaluation,
            PeriodState::Closed,
        ] {
            assert_eq!(PeriodState::parse(s.code()), Some(s));
        }
        assert_eq!(
            Segmentation::parse(" Triwulan "),
            Some(Segmentation::Quarterly)
        );
        assert_eq!(PeriodState::parse("selesai"), None);
    }
}
