//! Pengaturan kantor, one at a time: the key an admin names a setting by (`segmen`,
//! `batas_skp`, ...), its value as typed, and the rules a changed set of settings must keep.
//! Codes are the command line's words (Indonesian, language-neutral); `i18n::settings` gives
//! labels and values in words.

use super::settings::{DayOfYear, OfficeSettings};
use crate::domain::appraisal::{OrgGrade, Rating};
use crate::domain::plan::Segmentation;
use crate::domain::FunctionalTier;

/// Satu butir pengaturan kantor: one setting an admin may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingKey {
    /// Segmen evaluasi periodik.
    Segmentation,
    /// Batas waktu persetujuan SKP.
    PlanDeadline,
    /// Batas waktu evaluasi tahunan.
    AnnualEvaluationDeadline,
    /// Masa keberatan (days).
    ObjectionWindow,
    /// Pola distribusi wajib (refuse signing on a breach) or a warning only.
    DistributionEnforced,
    /// Kepala unit tidak dihitung dalam pola distribusi.
    DistributionExcludesUnitHead,
    /// Rating hasil kerja kepala unit for one predikat organisasi.
    HeadRating(OrgGrade),
    /// Umpan balik minimal per segmen.
    MinFeedbackPerSegment,
    /// Koefisien angka kredit tahunan of one jenjang jabatan fungsional.
    CreditCoefficient(FunctionalTier),
}

/// The value of one setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingValue {
    Segmentation(Segmentation),
    Day(DayOfYear),
    /// A count: days of the objection window, feedback per segment.
    Count(u32),
    Flag(bool),
    Rating(Rating),
    /// A coefficient in hundredths (12.5 is 1250).
    Coefficient(u32),
}

/// Why a setting or a set of settings is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error("unknown setting {0:?}")]
    UnknownKey(String),
    /// The text is not a value of this setting (e.g. `bulan ke-13` for `segmen`).
    #[error("{value:?} is not a value of {key:?}")]
    BadValue { key: SettingKey, value: String },
    /// A deadline that some years do not have (29/02) or that does not exist (31/04).
    #[error("deadline {0:?} is not a day of every year")]
    NotEveryYear(SettingKey),
    /// The plan deadline lies outside the appraisal year; the evaluation deadline outside
    /// that year and the next.
    #[error("deadline {0:?} is outside its year")]
    OutsideYear(SettingKey),
    /// Plans must be agreed before the year's evaluation is due.
    #[error("the plan deadline is not before the evaluation deadline")]
    PlanAfterEvaluation,
    #[error("{key:?} must be between {min} and {max}")]
    OutOfRange { key: SettingKey, min: u32, max: u32 },
    /// The head-rating mapping lacks a unit grade (a damaged record).
    #[error("no head rating for {0:?}")]
    MappingIncomplete(OrgGrade),
    /// A functional tier has no credit coefficient (a damaged record).
    #[error("no credit coefficient for {0:?}")]
    CoefficientMissing(FunctionalTier),
}

/// Masa keberatan: at least a day, at most about a quarter.
pub const OBJECTION_DAYS: (u32, u32) = (1, 90);
/// Umpan balik per segmen: none required up to one a week of a quarter.
pub const FEEDBACK_PER_SEGMENT: (u32, u32) = (0, 13);
/// Koefisien angka kredit, in hundredths: more than 0, at most 1000 (the regulation's largest
/// is 50).
pub const COEFFICIENT_HUNDREDTHS: (u32, u32) = (1, 100_000);

impl SettingKey {
    /// Every setting in the order lists show them.
    pub fn all() -> Vec<SettingKey> {
        let mut v = vec![
            SettingKey::Segmentation,
            SettingKey::PlanDeadline,
            SettingKey::AnnualEvaluationDeadline,
            SettingKey::ObjectionWindow,
            SettingKey::DistributionEnforced,
            SettingKey::DistributionExcludesUnitHead,
        ];
        v.extend(OrgGrade::ALL.into_iter().map(SettingKey::HeadRating));
        v.push(SettingKey::MinFeedbackPerSegment);
        v.extend(
            FunctionalTier::ALL
                .into_iter()
                .map(SettingKey::CreditCoefficient),
        );
        v
    }

    /// The key as typed at the command line.
    pub fn code(self) -> &'static str {
        match self {
            SettingKey::Segmentation => "segmen",
            SettingKey::PlanDeadline => "batas_skp",
            SettingKey::AnnualEvaluationDeadline => "batas_evaluasi_tahunan",
            SettingKey::ObjectionWindow => "masa_keberatan",
            SettingKey::DistributionEnforced => "distribusi_wajib",
            SettingKey::DistributionExcludesUnitHead => "distribusi_tanpa_kepala",
            SettingKey::HeadRating(OrgGrade::Outstanding) => "rating_kepala_istimewa",
            SettingKey::HeadRating(OrgGrade::Good) => "rating_kepala_baik",
            SettingKey::HeadRating(OrgGrade::NeedsImprovement) => "rating_kepala_butuh_perbaikan",
            SettingKey::HeadRating(OrgGrade::Poor) => "rating_kepala_kurang",
            SettingKey::HeadRating(OrgGrade::VeryPoor) => "rating_kepala_sangat_kurang",
            SettingKey::MinFeedbackPerSegment => "umpan_balik_minimal",
            SettingKey::CreditCoefficient(t) => match t {
                FunctionalTier::AhliPertama => "koefisien_ahli_pertama",
                FunctionalTier::AhliMuda => "koefisien_ahli_muda",
                FunctionalTier::AhliMadya => "koefisien_ahli_madya",
                FunctionalTier::AhliUtama => "koefisien_ahli_utama",
                FunctionalTier::Pemula => "koefisien_pemula",
                FunctionalTier::Terampil => "koefisien_terampil",
                FunctionalTier::Mahir => "koefisien_mahir",
                FunctionalTier::Penyelia => "koefisien_penyelia",
            },
        }
    }

    /// A key by its code; case, blanks and `-` for `_` do not matter.
    pub fn parse(s: &str) -> Result<SettingKey, SettingError> {
        let want = s.trim().to_lowercase().replace('-', "_");
        SettingKey::all()
            .into_iter()
            .find(|k| k.code() == want)
            .ok_or_else(|| SettingError::UnknownKey(s.trim().to_string()))
    }

    /// Reads a typed value for this key.
    pub fn parse_value(self, text: &str) -> Result<SettingValue, SettingError> {
        let bad = || SettingError::BadValue {
            key: self,
            value: text.trim().to_string(),
        };
        let v = match self {
            SettingKey::Segmentation => {
                SettingValue::Segmentation(Segmentation::parse(text).ok_or_else(bad)?)
            }
            SettingKey::PlanDeadline | SettingKey::AnnualEvaluationDeadline => {
                SettingValue::Day(parse_day(text).ok_or_else(bad)?)
            }
            SettingKey::ObjectionWindow | SettingKey::MinFeedbackPerSegment => {
                SettingValue::Count(text.trim().parse().map_err(|_| bad())?)
            }
            SettingKey::DistributionEnforced | SettingKey::DistributionExcludesUnitHead => {
                SettingValue::Flag(parse_flag(text).ok_or_else(bad)?)
            }
            SettingKey::HeadRating(_) => SettingValue::Rating(Rating::parse(text).ok_or_else(bad)?),
            SettingKey::CreditCoefficient(_) => {
                SettingValue::Coefficient(parse_hundredths(text).ok_or_else(bad)?)
            }
        };
        Ok(v)
    }
}

impl SettingValue {
    /// The value as the command line takes it back (`triwulan`, `31/01+1`, `14`, `ya`,
    /// `di-atas`).
    pub fn code(self) -> String {
        match self {
            SettingValue::Segmentation(s) => s.code().to_string(),
            SettingValue::Day(d) => day_code(d),
            SettingValue::Count(n) => n.to_string(),
            SettingValue::Flag(b) => if b { "ya" } else { "tidak" }.to_string(),
            SettingValue::Rating(r) => rating_code(r).to_string(),
            SettingValue::Coefficient(c) => hundredths_code(c),
        }
    }
}

/// `12.5`, `3.75`, `25`: a coefficient as the command line takes it back.
pub fn hundredths_code(c: u32) -> String {
    match c % 100 {
        0 => (c / 100).to_string(),
        f if f % 10 == 0 => format!("{}.{}", c / 100, f / 10),
        f => format!("{}.{f:02}", c / 100),
    }
}

/// `12,5` or `12.5` (Indonesian or English decimal mark), at most two decimals, within
/// [`COEFFICIENT_HUNDREDTHS`].
fn parse_hundredths(text: &str) -> Option<u32> {
    let t = text.trim().replace(',', ".");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) if digits(f) => (w, f),
        Some(_) => return None,
        None => (t.as_str(), ""),
    };
    if !digits(whole) || frac.len() > 2 {
        return None;
    }
    let frac = format!("{frac:0<2}");
    let v = whole.parse::<u32>().ok()?.checked_mul(100)? + frac.parse::<u32>().ok()?;
    let (min, max) = COEFFICIENT_HUNDREDTHS;
    (min..=max).contains(&v).then_some(v)
}

/// `DD/MM` in the appraisal year, `DD/MM+1` in the year after.
pub fn day_code(d: DayOfYear) -> String {
    let base = format!("{:02}/{:02}", d.day, d.month);
    match d.year_offset {
        0 => base,
        n => format!("{base}{n:+}"),
    }
}

fn parse_day(text: &str) -> Option<DayOfYear> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (date, year_offset) = match t.split_once('+') {
        Some((d, off)) => (d, off.parse::<i32>().ok()?),
        None => (t.as_str(), 0),
    };
    let (day, month) = date.split_once(['/', '-', '.'])?;
    Some(DayOfYear {
        year_offset,
        month: month.parse().ok()?,
        day: day.parse().ok()?,
    })
}

fn parse_flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ya" | "y" | "yes" | "true" | "1" | "wajib" => Some(true),
        "tidak" | "t" | "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// `di-atas`, `sesuai`, `di-bawah` (the spellings of domain.md 5 accepted too).
pub fn rating_code(r: Rating) -> &'static str {
    match r {
        Rating::AboveExpectation => "di-atas",
        Rating::AsExpected => "sesuai",
        Rating::BelowExpectation => "di-bawah",
    }
}

impl OfficeSettings {
    /// The current value of one setting.
    pub fn get(&self, key: SettingKey) -> SettingValue {
        match key {
            SettingKey::Segmentation => SettingValue::Segmentation(self.segmentation),
            SettingKey::PlanDeadline => SettingValue::Day(self.plan_deadline),
            SettingKey::AnnualEvaluationDeadline => {
                SettingValue::Day(self.annual_evaluation_deadline)
            }
            SettingKey::ObjectionWindow => SettingValue::Count(self.objection_window_days),
            SettingKey::DistributionEnforced => SettingValue::Flag(self.distribution_enforced),
            SettingKey::DistributionExcludesUnitHead => {
                SettingValue::Flag(self.distribution_excludes_unit_head)
            }
            SettingKey::HeadRating(g) => SettingValue::Rating(self.head_rating(g)),
            SettingKey::MinFeedbackPerSegment => SettingValue::Count(self.min_feedback_per_segment),
            SettingKey::CreditCoefficient(t) => {
                SettingValue::Coefficient(self.credit_coefficients.get(&t).copied().unwrap_or(0))
            }
        }
    }

    /// Sets one setting; a value of another kind than the key's is refused. The whole set is
    /// checked by [`OfficeSettings::check`].
    pub fn set(&mut self, key: SettingKey, value: SettingValue) -> Result<(), SettingError> {
        match (key, value) {
            (SettingKey::Segmentation, SettingValue::Segmentation(s)) => self.segmentation = s,
            (SettingKey::PlanDeadline, SettingValue::Day(d)) => self.plan_deadline = d,
            (SettingKey::AnnualEvaluationDeadline, SettingValue::Day(d)) => {
                self.annual_evaluation_deadline = d
            }
            (SettingKey::ObjectionWindow, SettingValue::Count(n)) => self.objection_window_days = n,
            (SettingKey::DistributionEnforced, SettingValue::Flag(b)) => {
                self.distribution_enforced = b
            }
            (SettingKey::DistributionExcludesUnitHead, SettingValue::Flag(b)) => {
                self.distribution_excludes_unit_head = b
            }
            (SettingKey::HeadRating(g), SettingValue::Rating(r)) => {
                self.head_work_result_rating.insert(g, r);
            }
            (SettingKey::MinFeedbackPerSegment, SettingValue::Count(n)) => {
                self.min_feedback_per_segment = n
            }
            (SettingKey::CreditCoefficient(t), SettingValue::Coefficient(c)) => {
                self.credit_coefficients.insert(t, c);
            }
            (key, value) => {
                return Err(SettingError::BadValue {
                    key,
                    value: value.code(),
                })
            }
        }
        Ok(())
    }

    /// Every rule the settings break (empty: they may be saved).
    pub fn check(&self) -> Vec<SettingError> {
        let mut errors = Vec::new();
        let plan = SettingKey::PlanDeadline;
        let eval = SettingKey::AnnualEvaluationDeadline;
        for (key, day, offsets) in [
            (plan, self.plan_deadline, 0..=0),
            (eval, self.annual_evaluation_deadline, 0..=1),
        ] {
            if !offsets.contains(&day.year_offset) {
                errors.push(SettingError::OutsideYear(key));
            } else if !every_year(day) {
                errors.push(SettingError::NotEveryYear(key));
            }
        }
        if errors.is_empty() && order(self.plan_deadline) >= order(self.annual_evaluation_deadline)
        {
            errors.push(SettingError::PlanAfterEvaluation);
        }
        for (key, n, (min, max)) in [
            (
                SettingKey::ObjectionWindow,
                self.objection_window_days,
                OBJECTION_DAYS,
            ),
            (
                SettingKey::MinFeedbackPerSegment,
                self.min_feedback_per_segment,
                FEEDBACK_PER_SEGMENT,
            ),
        ] {
            if !(min..=max).contains(&n) {
                errors.push(SettingError::OutOfRange { key, min, max });
            }
        }
        for g in OrgGrade::ALL {
            if !self.head_work_result_rating.contains_key(&g) {
                errors.push(SettingError::MappingIncomplete(g));
            }
        }
        for t in FunctionalTier::ALL {
            if !self.credit_coefficients.contains_key(&t) {
                errors.push(SettingError::CoefficientMissing(t));
            }
        }
        errors
    }

    /// The settings whose value differs in `other`, in list order.
    pub fn changed(&self, other: &OfficeSettings) -> Vec<SettingKey> {
        SettingKey::all()
            .into_iter()
            .filter(|k| self.get(*k) != other.get(*k))
            .collect()
    }
}

/// A day that exists in a leap year and in a common year exists in every year.
fn every_year(d: DayOfYear) -> bool {
    d.in_year(2023).is_some() && d.in_year(2024).is_some()
}

fn order(d: DayOfYear) -> (i32, u32, u32) {
    (d.year_offset, d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year_offset: i32, month: u32, day: u32) -> DayOfYear {
        DayOfYear {
            year_offset,
            month,
            day,
        }
    }

    #[test]
    fn every_key_round_trips_its_code_and_its_default_value() {
        let s = OfficeSettings::default();
        let keys = SettingKey::all();
        assert_eq!(keys.len(), 20);
        for k in keys {
            assert_eq!(SettingKey::parse(k.code()), Ok(k));
            let v = s.get(k);
            assert_eq!(k.parse_value(&v.code()), Ok(v), "{k:?}");
        }
        assert_eq!(
            SettingKey::parse(" Masa-Keberatan "),
            Ok(SettingKey::ObjectionWindow)
        );
        assert_eq!(
            SettingKey::parse("bobot"),
            Err(SettingError::UnknownKey("bobot".into()))
        );
    }

    #[test]
    fn values_as_typed() {
        let k = SettingKey::PlanDeadline;
        assert_eq!(k.parse_value("28/02"), Ok(SettingValue::Day(day(0, 2, 28))));
        assert_eq!(
            k.parse_value(" 31-01 +1 "),
            Ok(SettingValue::Day(day(1, 1, 31)))
        );
        assert_eq!(day_code(day(1, 1, 31)), "31/01+1");
        assert_eq!(day_code(day(0, 3, 5)), "05/03");
        assert!(k.parse_value("31 Januari").is_err());
        let r = SettingKey::HeadRating(OrgGrade::Good);
        for (text, want) in [
            ("di atas", Rating::AboveExpectation),
            ("Diatas", Rating::AboveExpectation),
            ("Di Atas Ekspektasi", Rating::AboveExpectation),
            ("SESUAI", Rating::AsExpected),
            ("di-bawah", Rating::BelowExpectation),
        ] {
            assert_eq!(
                r.parse_value(text),
                Ok(SettingValue::Rating(want)),
                "{text}"
            );
        }
        assert!(r.parse_value("baik").is_err());
        let f = SettingKey::DistributionEnforced;
        assert_eq!(f.parse_value("Ya"), Ok(SettingValue::Flag(true)));
        assert_eq!(f.parse_value("tidak"), Ok(SettingValue::Flag(false)));
        assert!(f.parse_value("mungkin").is_err());
        assert_eq!(
            SettingKey::Segmentation.parse_value("bulanan"),
            Ok(SettingValue::Segmentation(Segmentation::Monthly))
        );
        assert_eq!(
            SettingKey::ObjectionWindow.parse_value("-3"),
            Err(SettingError::BadValue {
                key: SettingKey::ObjectionWindow,
                value: "-3".into()
            })
        );
    }

    #[test]
    fn a_value_of_another_kind_is_refused() {
        let mut s = OfficeSettings::default();
        let r = s.set(SettingKey::ObjectionWindow, SettingValue::Flag(true));
        assert!(matches!(r, Err(SettingError::BadValue { .. })), "{r:?}");
        assert_eq!(s, OfficeSettings::default());
    }

    #[test]
    fn the_defaults_pass_the_check() {
        assert_eq!(OfficeSettings::default().check(), Vec::new());
    }

    fn with(key: SettingKey, value: SettingValue) -> Vec<SettingError> {
        let mut s = OfficeSettings::default();
        assert_eq!(s.set(key, value), Ok(()));
        s.check()
    }

    #[test]
    fn deadlines_must_be_real_days_in_their_year_and_in_order() {
        let plan = SettingKey::PlanDeadline;
        let eval = SettingKey::AnnualEvaluationDeadline;
        let d = |o, m, dd| SettingValue::Day(day(o, m, dd));
        assert_eq!(with(plan, d(0, 2, 28)), vec![]);
        assert_eq!(
            with(plan, d(0, 2, 29)),
            vec![SettingError::NotEveryYear(plan)]
        );
        assert_eq!(
            with(plan, d(0, 4, 31)),
            vec![SettingError::NotEveryYear(plan)]
        );
        assert_eq!(
            with(plan, d(0, 13, 1)),
            vec![SettingError::NotEveryYear(plan)]
        );
        assert_eq!(
            with(plan, d(1, 1, 15)),
            vec![SettingError::OutsideYear(plan)]
        );
        assert_eq!(with(eval, d(0, 12, 31)), vec![]);
        assert_eq!(
            with(eval, d(2, 1, 31)),
            vec![SettingError::OutsideYear(eval)]
        );
        assert_eq!(
            with(eval, d(-1, 1, 31)),
            vec![SettingError::OutsideYear(eval)]
        );
        // Evaluation due on the plan deadline or before it.
        assert_eq!(
            with(eval, d(0, 1, 31)),
            vec![SettingError::PlanAfterEvaluation]
        );
        assert_eq!(
            with(eval, d(0, 1, 15)),
            vec![SettingError::PlanAfterEvaluation]
        );
        assert_eq!(with(eval, d(0, 2, 1)), vec![]);
    }

    #[test]
    fn counts_within_their_ranges() {
        let o = SettingKey::ObjectionWindow;
        let out = SettingError::OutOfRange {
            key: o,
            min: 1,
            max: 90,
        };
        assert_eq!(with(o, SettingValue::Count(0)), vec![out.clone()]);
        assert_eq!(with(o, SettingValue::Count(1)), vec![]);
        assert_eq!(with(o, SettingValue::Count(90)), vec![]);
        assert_eq!(with(o, SettingValue::Count(91)), vec![out]);
        let f = SettingKey::MinFeedbackPerSegment;
        assert_eq!(with(f, SettingValue::Count(0)), vec![]);
        assert_eq!(
            with(f, SettingValue::Count(14)),
            vec![SettingError::OutOfRange {
                key: f,
                min: 0,
                max: 13
            }]
        );
    }

    #[test]
    fn the_mapping_must_cover_every_unit_grade() {
        let mut s = OfficeSettings::default();
        s.head_work_result_rating.remove(&OrgGrade::Poor);
        assert_eq!(
            s.check(),
            vec![SettingError::MappingIncomplete(OrgGrade::Poor)]
        );
    }

    #[test]
    fn changed_lists_the_settings_that_differ() {
        let a = OfficeSettings::default();
        let mut b = a.clone();
        assert_eq!(a.changed(&b), vec![]);
        b.objection_window_days = 21;
        b.head_work_result_rating
            .insert(OrgGrade::Good, Rating::AboveExpectation);
        assert_eq!(
            a.changed(&b),
            vec![
                SettingKey::ObjectionWindow,
                SettingKey::HeadRating(OrgGrade::Good)
            ]
        );
    }

    #[test]
    fn coefficients_read_both_decimal_marks_and_keep_two_decimals() {
        let k = SettingKey::CreditCoefficient(FunctionalTier::Pemula);
        for (text, want) in [
            ("3,75", 375),
            ("3.75", 375),
            (" 12,5 ", 1250),
            ("25", 2500),
            ("0,01", 1),
            ("1000", 100_000),
        ] {
            assert_eq!(
                k.parse_value(text),
                Ok(SettingValue::Coefficient(want)),
                "{text}"
            );
        }
        for bad in [
            "", "0", "0,00", "1000,01", "3,755", "-1", "1,2,3", "12,", "abc", "١٢",
        ] {
            assert!(k.parse_value(bad).is_err(), "{bad:?}");
        }
        assert_eq!(hundredths_code(375), "3.75");
        assert_eq!(hundredths_code(1250), "12.5");
        assert_eq!(hundredths_code(2500), "25");
        assert_eq!(hundredths_code(1), "0.01");
    }

    #[test]
    fn every_functional_tier_needs_a_coefficient() {
        let mut s = OfficeSettings::default();
        s.credit_coefficients.remove(&FunctionalTier::Mahir);
        assert_eq!(
            s.check(),
            vec![SettingError::CoefficientMissing(FunctionalTier::Mahir)]
        );
        assert_eq!(
            SettingKey::parse("KOEFISIEN-AHLI-MADYA"),
            Ok(SettingKey::CreditCoefficient(FunctionalTier::AhliMadya))
        );
    }
}
