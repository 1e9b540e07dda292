//! Tindak lanjut (domain.md 9): what the annual grades lead to: credit points, rank promotion,
//! periodic pay step and development. Annual grades come in as a map year -> grade.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::appraisal::PerformanceGrade;
use crate::domain::ruledata::CreditTable;
use crate::domain::{EmployeeKind, FunctionalTier};

/// Predikat tahunan per tahun: the signed annual grade (after any objection) of each year.
pub type AnnualGrades = BTreeMap<i32, PerformanceGrade>;

/// Angka kredit for one stretch of a functional position: `months` with `grade` in `tier`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CreditPeriod {
    pub grade: PerformanceGrade,
    pub tier: FunctionalTier,
    pub months: u32,
}

/// Angka kredit: percentage x yearly coefficient x months / 12, summed over the periods
/// (a partial year is its months; a change of tier is a new period). `None` when the table
/// lacks a grade or a tier.
pub fn credit_points(table: &CreditTable, periods: &[CreditPeriod]) -> Option<f64> {
    periods
        .iter()
        .map(|p| table.credit_points(p.grade, p.tier, p.months))
        .sum()
}

/// Ordinal score of a grade: Sangat Baik 5, Baik 4, Butuh Perbaikan 3, Kurang/Misconduct 2,
/// Sangat Kurang 1.
pub fn score(grade: PerformanceGrade) -> u32 {
    match grade {
        PerformanceGrade::VeryGood => 5,
        PerformanceGrade::Good => 4,
        PerformanceGrade::NeedsImprovement => 3,
        PerformanceGrade::Poor => 2,
        PerformanceGrade::VeryPoor => 1,
    }
}

/// `grade` is `floor` or better.
pub fn at_least(grade: PerformanceGrade, floor: PerformanceGrade) -> bool {
    score(grade) >= score(floor)
}

/// Kenaikan pangkat reguler: years in rank required (functional positions: 2, others: 4).
pub fn years_in_rank_required(functional: bool) -> u32 {
    if functional {
        2
    } else {
        4
    }
}

/// The credit points a functional promotion asks for, against those earned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CreditRequirement {
    pub earned: f64,
    /// `None`: the requirement of the rank is not known to kinerja (the regulation's table
    /// per rank is not in domain.md); the points earned are shown for HR to compare.
    pub required: Option<f64>,
}

/// Why a rank promotion is not (yet) due.
#[derive(Clone, Debug, PartialEq)]
pub enum PromotionBlocker {
    /// Masa kerja dalam pangkat too short: full years held, years needed.
    TooShortInRank { have: u32, need: u32 },
    /// TMT pangkat is not in the register: the time in rank is unknown.
    RankSinceUnknown,
    /// No annual grade for this year.
    GradeMissing(i32),
    /// The year's annual grade is below Baik.
    GradeBelowBaik(i32, PerformanceGrade),
    /// Functional position: credit points short by `missing`.
    CreditPointsShort { missing: f64 },
    /// Functional position: `earned` points, to be compared by HR with the rank's requirement.
    CreditPointsToCompare { earned: f64 },
}

/// Kenaikan pangkat reguler on day `on`: 4 full years in rank (functional: 2, plus the credit
/// points) and an annual grade at least Baik in each of the last two years, `last_year` and
/// the one before. The grade condition applies to functional positions too. `credit` is
/// `Some` exactly for a functional position. Empty: eligible.
pub fn promotion_blockers(
    rank_since: NaiveDate,
    on: NaiveDate,
    annual: &AnnualGrades,
    last_year: i32,
    credit: Option<CreditRequirement>,
) -> Vec<PromotionBlocker> {
    let mut out = Vec::new();
    let need = years_in_rank_required(credit.is_some());
    let have = on.years_since(rank_since).unwrap_or(0);
    if have < need {
        out.push(PromotionBlocker::TooShortInRank { have, need });
    }
    for year in [last_year - 1, last_year] {
        match annual.get(&year) {
            None => out.push(PromotionBlocker::GradeMissing(year)),
            Some(g) if !at_least(*g, PerformanceGrade::Good) => {
                out.push(PromotionBlocker::GradeBelowBaik(year, *g))
            }
            Some(_) => {}
        }
    }
    match credit.map(|c| (c.earned, c.required)) {
        Some((earned, Some(required))) if earned < required => {
            out.push(PromotionBlocker::CreditPointsShort {
                missing: required - earned,
            })
        }
        Some((earned, None)) => out.push(PromotionBlocker::CreditPointsToCompare { earned }),
        _ => {}
    }
    out
}

/// Kenaikan gaji berkala: the pay step falls due or is postponed a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayStep {
    Due,
    /// Ditunda satu tahun.
    Postponed,
    /// No annual grade to judge by (for PPPK: one of the two years lacks it).
    NoGrades,
}

/// Kenaikan gaji berkala judged on the last two years, `last_year` and the one before.
///
/// PNS: the average is the mean of the grades' ordinal scores (`score`: Sangat Baik 5 ..
/// Sangat Kurang 1) over the years that have a grade; it must be at least Butuh Perbaikan (3).
/// Baik + Kurang/Misconduct = (4 + 2) / 2 = 3 is due; Butuh Perbaikan + Kurang = 2.5 is not.
/// PPPK: at least Baik in each of the two years.
pub fn pay_step(kind: EmployeeKind, annual: &AnnualGrades, last_year: i32) -> PayStep {
    let years = [last_year - 1, last_year];
    let grades: Vec<PerformanceGrade> = years
        .iter()
        .filter_map(|y| annual.get(y))
        .copied()
        .collect();
    match kind {
        EmployeeKind::Pns => {
            if grades.is_empty() {
                return PayStep::NoGrades;
            }
            let total: u32 = grades.iter().map(|g| score(*g)).sum();
            // mean >= 3, without fractions: total >= 3 x count.
            let count = u32::try_from(grades.len()).unwrap_or(u32::MAX);
            if total >= score(PerformanceGrade::NeedsImprovement) * count {
                PayStep::Due
            } else {
                PayStep::Postponed
            }
        }
        EmployeeKind::Pppk => {
            if grades.len() < years.len() {
                PayStep::NoGrades
            } else if grades.iter().all(|g| at_least(*g, PerformanceGrade::Good)) {
                PayStep::Due
            } else {
                PayStep::Postponed
            }
        }
    }
}

/// Tindak lanjut pengembangan for year `year`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DevelopmentFlags {
    /// Butuh Perbaikan or worse: a development plan (follow-ups in a feedback session).
    pub development_plan: bool,
    /// Sangat Baik this year and the year before: kandidat talent pool.
    pub talent_pool: bool,
}

pub fn development_flags(annual: &AnnualGrades, year: i32) -> DevelopmentFlags {
    let this = annual.get(&year).copied();
    let before = annual.get(&(year - 1)).copied();
    DevelopmentFlags {
        development_plan: this.is_some_and(|g| !at_least(g, PerformanceGrade::Good)),
        talent_pool: this == Some(PerformanceGrade::VeryGood)
            && before == Some(PerformanceGrade::VeryGood),
    }
}

#[cfg(test)]
mod tests;
