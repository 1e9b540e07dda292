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

/// Text folded for lenient reading: lower case, letters and digits only ("Di Atas" = "diatas",
/// "Kurang / Misconduct" = "kurangmisconduct").
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Rating {
    pub const ALL: [Rating; 3] = [
        Rating::AboveExpectation,
        Rating::AsExpected,
        Rating::BelowExpectation,
    ];

    /// Reads the spellings domain.md 5 accepts: "Di Atas Ekspektasi", "di atas", "diatas",
    /// "sesuai", "DI BAWAH", ... (any case, any blanks, "ekspektasi" optional).
    pub fn parse(text: &str) -> Option<Rating> {
        let t = fold(text);
        match t.strip_suffix("ekspektasi").unwrap_or(&t) {
            "diatas" => Some(Rating::AboveExpectation),
            "sesuai" => Some(Rating::AsExpected),
            "dibawah" => Some(Rating::BelowExpectation),
            _ => None,
        }
    }
}

impl PerformanceGrade {
    /// Reads a grade in any case and spacing: "sangat baik", "Kurang / Misconduct", "kurang",
    /// "butuh-perbaikan". "Kurang" alone means Kurang/Misconduct.
    pub fn parse(text: &str) -> Option<PerformanceGrade> {
        match fold(text).as_str() {
            "sangatbaik" => Some(PerformanceGrade::VeryGood),
            "baik" => Some(PerformanceGrade::Good),
            "butuhperbaikan" => Some(PerformanceGrade::NeedsImprovement),
            "kurangmisconduct" | "kurang" | "misconduct" => Some(PerformanceGrade::Poor),
            "sangatkurang" => Some(PerformanceGrade::VeryPoor),
            _ => None,
        }
    }
}

impl OrgGrade {
    /// Reads a unit grade in any case and spacing; "Cukup" is Butuh Perbaikan (domain.md 6).
    pub fn parse(text: &str) -> Option<OrgGrade> {
        match fold(text).as_str() {
            "istimewa" => Some(OrgGrade::Outstanding),
            "baik" => Some(OrgGrade::Good),
            "butuhperbaikan" | "cukup" => Some(OrgGrade::NeedsImprovement),
            "kurang" => Some(OrgGrade::Poor),
            "sangatkurang" => Some(OrgGrade::VeryPoor),
            _ => None,
        }
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn rating_spellings() {
        let cases = [
            ("Di Atas Ekspektasi", Rating::AboveExpectation),
            ("di atas", Rating::AboveExpectation),
            ("diatas", Rating::AboveExpectation),
            ("DIATAS", Rating::AboveExpectation),
            ("di-atas", Rating::AboveExpectation),
            ("Sesuai Ekspektasi", Rating::AsExpected),
            ("sesuai", Rating::AsExpected),
            ("  SESUAI ", Rating::AsExpected),
            ("Di Bawah Ekspektasi", Rating::BelowExpectation),
            ("di bawah", Rating::BelowExpectation),
            ("dibawah", Rating::BelowExpectation),
        ];
        for (text, want) in cases {
            assert_eq!(Rating::parse(text), Some(want), "{text:?}");
        }
        for bad in ["", "atas", "ekspektasi", "di tengah", "sesuaii"] {
            assert_eq!(Rating::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn grade_spellings() {
        let cases = [
            ("Sangat Baik", PerformanceGrade::VeryGood),
            ("sangat baik", PerformanceGrade::VeryGood),
            ("Baik", PerformanceGrade::Good),
            ("BAIK", PerformanceGrade::Good),
            ("Butuh Perbaikan", PerformanceGrade::NeedsImprovement),
            ("butuh-perbaikan", PerformanceGrade::NeedsImprovement),
            ("Kurang/Misconduct", PerformanceGrade::Poor),
            ("Kurang / Misconduct", PerformanceGrade::Poor),
            ("kurang", PerformanceGrade::Poor),
            ("Sangat Kurang", PerformanceGrade::VeryPoor),
        ];
        for (text, want) in cases {
            assert_eq!(PerformanceGrade::parse(text), Some(want), "{text:?}");
        }
        assert_eq!(PerformanceGrade::parse("cukup"), None);
        assert_eq!(PerformanceGrade::parse("istimewa"), None);
    }

    #[test]
    fn org_grade_spellings() {
        let cases = [
            ("Istimewa", OrgGrade::Outstanding),
            ("baik", OrgGrade::Good),
            ("Butuh Perbaikan", OrgGrade::NeedsImprovement),
            ("butuh-perbaikan", OrgGrade::NeedsImprovement),
            ("Cukup", OrgGrade::NeedsImprovement),
            ("kurang", OrgGrade::Poor),
            ("sangat-kurang", OrgGrade::VeryPoor),
        ];
        for (text, want) in cases {
            assert_eq!(OrgGrade::parse(text), Some(want), "{text:?}");
        }
        assert_eq!(OrgGrade::parse("sangat baik"), None);
    }
}
