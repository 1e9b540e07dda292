//! Ringkasan tindak lanjut (domain.md 9) of one employee on one day: what the signed annual
//! grades lead to, for the detail pane and HR's unit list.
//!
//! kinerja keeps no history of tiers or ranks, only the current ones with their TMT: credit
//! points are counted for the current tier, from the later of TMT jabatan and TMT pangkat (the
//! points since the last promotion), a partial first year by its months.

use chrono::{Datelike, NaiveDate};

use super::consequence::{
    development_flags, pay_step, promotion_blockers, AnnualGrades, CreditPeriod, CreditRequirement,
    DevelopmentFlags, PayStep, PromotionBlocker,
};
use crate::domain::ruledata::CreditTable;
use crate::domain::{Employee, FunctionalTier, PositionKind};

/// Angka kredit earned in one year of the current tier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CreditYear {
    pub year: i32,
    pub period: CreditPeriod,
    pub points: f64,
}

/// Angka kredit since the last promotion (functional positions).
#[derive(Clone, Debug, PartialEq)]
pub struct CreditSummary {
    pub tier: FunctionalTier,
    pub years: Vec<CreditYear>,
    pub total: f64,
}

/// Tindak lanjut hasil penilaian: one employee's consequences on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUp {
    /// The last appraisal year judged (the year before `on`, or `on`'s year once graded).
    pub last_year: i32,
    /// Predikat tahunan of `last_year` and the year before, where signed.
    pub grades: AnnualGrades,
    pub credit: Option<CreditSummary>,
    /// Kenaikan pangkat: empty means due.
    pub promotion: Vec<PromotionBlocker>,
    /// Kenaikan gaji berkala.
    pub pay_step: PayStep,
    pub development: DevelopmentFlags,
}

/// The follow-up of `employee` on day `on`, from the annual grades of every year.
pub fn follow_up(
    employee: &Employee,
    annual: &AnnualGrades,
    on: NaiveDate,
    table: &CreditTable,
) -> FollowUp {
    let last_year = if annual.contains_key(&on.year()) {
        on.year()
    } else {
        on.year() - 1
    };
    let credit = match employee.position_kind {
        PositionKind::Fungsional(tier) => {
            Some(credit_summary(employee, tier, annual, last_year, table))
        }
        _ => None,
    };
    let mut promotion = promotion_blockers(
        employee.grade_since.unwrap_or(on),
        on,
        annual,
        last_year,
        credit.as_ref().map(|c| CreditRequirement {
            earned: c.total,
            required: None,
        }),
    );
    // Without TMT pangkat the time in rank is unknown, not zero.
    if employee.grade_since.is_none() {
        for b in &mut promotion {
            if matches!(b, PromotionBlocker::TooShortInRank { .. }) {
                *b = PromotionBlocker::RankSinceUnknown;
            }
        }
    }
    FollowUp {
        last_year,
        grades: annual
            .range(last_year - 1..=last_year)
            .map(|(y, g)| (*y, *g))
            .collect(),
        credit,
        promotion,
        pay_step: pay_step(employee.kind, annual, last_year),
        development: development_flags(annual, last_year),
    }
}

fn credit_summary(
    e: &Employee,
    tier: FunctionalTier,
    annual: &AnnualGrades,
    last_year: i32,
    table: &CreditTable,
) -> CreditSummary {
    let start = [e.position_since, e.grade_since]
        .into_iter()
        .flatten()
        .max();
    let mut years = Vec::new();
    for (&year, &grade) in annual.range(..=last_year) {
        let months = match start {
            Some(d) if d.year() > year => 0,
            // From the month of the TMT on: since 1 April counts April..December, 9 months.
            Some(d) if d.year() == year => 13 - d.month(),
            _ => 12,
        };
        if months == 0 {
            continue;
        }
        let period = CreditPeriod {
            grade,
            tier,
            months,
        };
        if let Some(points) = table.credit_points(grade, tier, months) {
            years.push(CreditYear {
                year,
                period,
                points,
            });
        }
    }
    let total = years.iter().map(|y| y.points).sum();
    CreditSummary { tier, years, total }
}

#[cfg(test)]
mod tests;
