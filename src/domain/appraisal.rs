//! The rating scales of an evaluation (domain.md 5 and 6): ratings, employee grades, unit grades.
//! Their serde names are the official wording, so the rule files in `assets/` read as domain.md.

use serde::{Deserialize, Serialize};

/// Rating hasil kerja / perilaku kerja: one of three judgements against expectation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rating {
    #[serde(rename = "Di Atas Ekspektasi")]
    AboveExpectation,
    #[serde(rename = "Sesuai Ekspektasi")]
    AsExpected,
    #[serde(rename = "Di Bawah Ekspektasi")]
    BelowExpectation,
}

/// Predikat kinerja pegawai: the employee's performance grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PerformanceGrade {
    #[serde(rename = "Sangat Baik")]
    VeryGood,
    #[serde(rename = "Baik")]
    Good,
    #[serde(rename = "Butuh Perbaikan")]
    NeedsImprovement,
    #[serde(rename = "Kurang/Misconduct")]
    Poor,
    #[serde(rename = "Sangat Kurang")]
    VeryPoor,
}

impl PerformanceGrade {
    pub const ALL: [PerformanceGrade; 5] = [
        PerformanceGrade::VeryGood,
        PerformanceGrade::Good,
        PerformanceGrade::NeedsImprovement,
        PerformanceGrade::Poor,
        PerformanceGrade::VeryPoor,
    ];
}

/// Predikat kinerja organisasi: the unit's grade, which selects the distribution rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OrgGrade {
    #[serde(rename = "Istimewa")]
    Outstanding,
    #[serde(rename = "Baik")]
    Good,
    /// Also written "Cukup".
    #[serde(rename = "Butuh Perbaikan", alias = "Cukup")]
    NeedsImprovement,
    #[serde(rename = "Kurang")]
    Poor,
    #[serde(rename = "Sangat Kurang")]
    VeryPoor,
}

impl OrgGrade {
    pub const ALL: [OrgGrade; 5] = [
        OrgGrade::Outstanding,
        OrgGrade::Good,
        OrgGrade::NeedsImprovement,
        OrgGrade::Poor,
        OrgGrade::VeryPoor,
    ];
}
