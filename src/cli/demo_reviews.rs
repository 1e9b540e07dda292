//! The demo office's evaluations (issue 8): signed annual and periodic evaluations of the two
//! past years, the current year's past segments signed, unit grades of the three years, and:
//! - in every graded unit one employee Butuh Perbaikan (the Baik rule asks for one), the last
//!   member of the unit (in Ibu Maria's section: Nur Aini);
//! - Seksi Ketenteraman dan Ketertiban breaks its rule last year: everyone Baik under a Baik
//!   unit grade (Baik above 70 %, nobody Butuh Perbaikan);
//! - last year's annual evaluation of Budi Santoso objected to and decided (changed to Sangat
//!   Baik by Pak Yohanes, the appraiser's superior); one evaluation with an objection still
//!   pending (Yohana Ndiken: this year's last signed segment, else last year's annual);
//! - this year, Ibu Maria's direct reports have their last past segment (and later ones)
//!   unrated, for her to rate in the Penilaian tab.
//!
//! Units with fewer than 3 graded members get no unit grade (no spread of 2 keeps any rule).
//! Unit heads' work ratings follow their unit grade (default mapping: Istimewa -> Di Atas,
//! Baik -> Sesuai). Deterministic for a given day; dates relative to it.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};

use crate::app::transfer::review_import::people;
use crate::app::Register;
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::review::evaluation::DistributionGate;
use crate::domain::review::objection::{Decision, Objection, Outcome};
use crate::domain::review::unit_grade::UnitGrade;
use crate::domain::review::year::{ReviewEntry, ReviewYear};
use crate::domain::review::{Review, ReviewKind};
use crate::domain::{Directory, Employee, EmployeeId, UnitId};

/// The unit that breaks its distribution rule last year.
pub const BREAKING_UNIT: &str = "Seksi Ketenteraman dan Ketertiban";
/// The unit graded Istimewa last year.
pub const OUTSTANDING_UNIT: &str = "Puskesmas Salor";
/// Whose objection to last year's annual evaluation was decided (changed).
pub const OBJECTION_DECIDED: &str = "Budi Santoso";
/// Whose objection waits for a decision.
pub const OBJECTION_PENDING: &str = "Yohana Ndiken";
/// The supervisor whose team keeps segments to rate this year.
pub const UNRATED_TEAM_OF: &str = "Maria Kaize";
pub const DECREE: &str = "800/KEP/BUP";

const JUSTIFY_ABOVE: &str = "Capaian melampaui target setiap triwulan, dengan bukti dukung lengkap";
const JUSTIFY_BELOW: &str =
    "Realisasi di bawah target dua triwulan berturut-turut; umpan balik belum ditindaklanjuti";
const OBJECTION_REASONS: &str =
    "Capaian saya di atas target dan inovasi layanan keliling belum dipertimbangkan";
const DECISION_REASONS: &str =
    "Bukti inovasi layanan keliling sah; kedua rating diubah menjadi Di Atas Ekspektasi";

/// The evaluations and unit grades to store.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DemoReviews {
    pub years: Vec<ReviewYear>,
    pub unit_grades: Vec<UnitGrade>,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The unit grade of `unit` in `year` (`this_year - 1`: one Istimewa unit).
fn unit_grade_of(name: &str, year: i32, this_year: i32) -> OrgGrade {
    if year == this_year - 1 && name == OUTSTANDING_UNIT {
        OrgGrade::Outstanding
    } else {
        OrgGrade::Good
    }
}

/// The head's work rating by the default mapping.
fn head_rating(g: OrgGrade) -> Rating {
    match g {
        OrgGrade::Outstanding => Rating::AboveExpectation,
        OrgGrade::Good => Rating::AsExpected,
        _ => Rating::BelowExpectation,
    }
}

fn ratings_for(grade: PerformanceGrade) -> (Rating, Rating) {
    use Rating::*;
    match grade {
        PerformanceGrade::VeryGood => (AboveExpectation, AboveExpectation),
        PerformanceGrade::Good => (AsExpected, AsExpected),
        PerformanceGrade::NeedsImprovement => (BelowExpectation, AsExpected),
        PerformanceGrade::Poor => (AsExpected, BelowExpectation),
        PerformanceGrade::VeryPoor => (BelowExpectation, BelowExpectation),
    }
}

/// The annual grade of the `k`-th of `n` graded members under unit grade `g`, spread so that
/// the rule holds: Baik: Sangat Baik n/4, one Butuh Perbaikan (the last), Baik the rest;
/// Istimewa: Sangat Baik 70 % rounded down, one Butuh Perbaikan, Baik the rest.
fn spread(g: OrgGrade, k: usize, n: usize, breaking: bool) -> PerformanceGrade {
    if breaking {
        return PerformanceGrade::Good;
    }
    if k + 1 == n && n >= 3 {
        return PerformanceGrade::NeedsImprovement;
    }
    let top = match g {
        OrgGrade::Outstanding => n * 7 / 10,
        _ if n >= 4 => n / 4,
        _ => 0,
    };
    if k < top {
        PerformanceGrade::VeryGood
    } else {
        PerformanceGrade::Good
    }
}

/// A periodic grade: the annual one, with a little variation between segments.
fn periodic_grade(annual: PerformanceGrade, segment: u8, i: usize) -> PerformanceGrade {
    match annual {
        PerformanceGrade::VeryGood if (i + usize::from(segment)) % 4 == 0 => PerformanceGrade::Good,
        PerformanceGrade::Good if (i + usize::from(segment)) % 7 == 0 => PerformanceGrade::VeryGood,
        g => g,
    }
}

fn signed(
    reg: &Register,
    e: EmployeeId,
    year: i32,
    kind: ReviewKind,
    (work, behaviour): (Rating, Rating),
    on: NaiveDate,
) -> Option<Review> {
    let (appraiser, who) = people(reg, e)?;
    let mut r = Review::new(e, appraiser, year, kind);
    r.work = Some(work);
    r.behaviour = Some(behaviour);
    let justify = |rating: Rating| match rating {
        Rating::AsExpected => String::new(),
        Rating::AboveExpectation => JUSTIFY_ABOVE.to_string(),
        Rating::BelowExpectation => JUSTIFY_BELOW.to_string(),
    };
    r.work_justification = justify(work);
    r.behaviour_justification = justify(behaviour);
    r.sign(on, who, None, DistributionGate::Clear).ok()?;
    Some(r)
}

fn named(reg: &Register, name: &str) -> Option<EmployeeId> {
    reg.employees()
        .iter()
        .find(|e| e.name.name == name)
        .map(|e| e.id)
}

/// Everything the demo stores for issue 8; `done_segments`: the current year's segments
/// already over.
pub fn reviews(reg: &Register, today: NaiveDate, done_segments: u8) -> DemoReviews {
    let this_year = today.year();
    let mut out = DemoReviews::default();
    let active: Vec<&Employee> = reg.employees().iter().filter(|e| e.is_active()).collect();
    // The graded members of each unit (the head left out), in register order.
    let mut members: HashMap<UnitId, Vec<EmployeeId>> = HashMap::new();
    for e in &active {
        let head = reg.unit(e.unit).and_then(|u| u.head) == Some(e.id);
        if !head && e.supervisor.is_some() {
            members.entry(e.unit).or_default().push(e.id);
        }
    }
    let maria = named(reg, UNRATED_TEAM_OF);
    let decided = named(reg, OBJECTION_DECIDED);
    let pending = named(reg, OBJECTION_PENDING);
    for year in this_year - 2..=this_year {
        for u in reg.units() {
            if members.get(&u.id).map_or(0, Vec::len) < 3 {
                continue;
            }
            out.unit_grades.push(UnitGrade {
                unit: u.id,
                year,
                grade: unit_grade_of(&u.name, year, this_year),
                decree: format!("{DECREE}/{year}"),
                set_by: None,
                set_on: date(year, 1, 15),
                revision: 0,
            });
        }
    }
    for (i, e) in active.iter().enumerate() {
        let Some(unit) = reg.unit(e.unit) else {
            continue;
        };
        let is_head = unit.head == Some(e.id);
        for year in this_year - 2..=this_year {
            let g = unit_grade_of(&unit.name, year, this_year);
            let annual = if is_head {
                crate::domain::review::grade(head_rating(g), Rating::AsExpected)
            } else {
                let list = members.get(&e.unit).map(Vec::as_slice).unwrap_or_default();
                let k = list.iter().position(|m| *m == e.id).unwrap_or(0);
                let breaking = year == this_year - 1 && unit.name == BREAKING_UNIT;
                spread(g, k, list.len(), breaking)
            };
            let mut y = ReviewYear::new(e.id, year);
            let segments: u8 = if year < this_year {
                4
            } else if e.supervisor.is_some() && e.supervisor == maria {
                done_segments.saturating_sub(1)
            } else {
                done_segments
            };
            for s in 1..=segments {
                let on = date(year, u32::from(s) * 3, 28)
                    .checked_add_days(Days::new(7))
                    .unwrap_or_default()
                    .min(today);
                let ratings = if is_head {
                    (head_rating(g), Rating::AsExpected)
                } else {
                    ratings_for(periodic_grade(annual, s, i))
                };
                if let Some(r) = signed(reg, e.id, year, ReviewKind::Periodic(s), ratings, on) {
                    let mut entry = ReviewEntry::new(r);
                    entry.received_on = on.checked_add_days(Days::new(1)).map(|d| d.min(today));
                    y.put(entry);
                }
            }
            if year < this_year {
                let on = date(year + 1, 1, 20).min(today);
                let ratings = if is_head {
                    (head_rating(g), Rating::AsExpected)
                } else {
                    ratings_for(annual)
                };
                if let Some(r) = signed(reg, e.id, year, ReviewKind::Annual, ratings, on) {
                    let mut entry = ReviewEntry::new(r);
                    entry.received_on = on.checked_add_days(Days::new(1)).map(|d| d.min(today));
                    y.put(entry);
                }
            }
            if year == this_year - 1 && Some(e.id) == decided {
                object(&mut y, ReviewKind::Annual, today, true);
            }
            let pending_kind = if done_segments > 0 {
                (year == this_year).then_some(ReviewKind::Periodic(done_segments))
            } else {
                (year == this_year - 1).then_some(ReviewKind::Annual)
            };
            if let (Some(kind), true) = (pending_kind, Some(e.id) == pending) {
                object(&mut y, kind, today, false);
            }
            if !y.entries.is_empty() {
                out.years.push(y);
            }
        }
    }
    out.years.sort_by_key(|y| (y.employee, y.year));
    out
}

/// An objection 3 days after receipt; `decide`: decided 7 days later by the appraiser's
/// superior, both ratings changed to Di Atas Ekspektasi (Sangat Baik).
fn object(y: &mut ReviewYear, kind: ReviewKind, today: NaiveDate, decide: bool) {
    let Some(entry) = y.get_mut(kind) else {
        return;
    };
    let Some(received) = entry.received_on else {
        return;
    };
    let filed = received
        .checked_add_days(Days::new(3))
        .unwrap_or(received)
        .min(today);
    let mut objection = Objection {
        received_on: received,
        filed_on: filed,
        reasons: OBJECTION_REASONS.to_string(),
        decision: None,
    };
    let superior = entry
        .review
        .signature()
        .and_then(|s| s.appraiser_superior.as_ref())
        .map(|p| p.employee);
    if let (true, Some(by)) = (decide, superior) {
        objection.decision = Some(Decision {
            on: filed
                .checked_add_days(Days::new(7))
                .unwrap_or(filed)
                .min(today),
            by,
            outcome: Outcome::Changed {
                work: Rating::AboveExpectation,
                behaviour: Rating::AboveExpectation,
            },
            reasons: DECISION_REASONS.to_string(),
        });
    }
    entry.objection = Some(objection);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::distribution::{check, GradeCounts};
    use crate::domain::review::year::ObjectionState;
    use crate::domain::ruledata::distribution::rule_for;

    fn office(today: NaiveDate) -> Register {
        let mut n = 0;
        let (units, employees) = crate::cli::demo::records(today, |_| {
            n += 1;
            Ok::<u64, ()>(n)
        })
        .unwrap();
        Register::from_parts(employees, units)
    }

    fn annual_grades(d: &DemoReviews, reg: &Register, unit: UnitId, year: i32) -> GradeCounts {
        let head = reg.unit(unit).and_then(|u| u.head);
        let mut counts = [0usize; 5];
        for y in d.years.iter().filter(|y| y.year == year) {
            let e = reg.employee(y.employee).unwrap();
            if e.unit != unit || Some(e.id) == head {
                continue;
            }
            if let Some(g) = y.final_grade(ReviewKind::Annual) {
                let i = PerformanceGrade::ALL.iter().position(|x| *x == g).unwrap();
                counts[i] += 1;
            }
        }
        GradeCounts::new(counts)
    }

    #[test]
    fn every_graded_unit_keeps_its_rule_but_the_breaking_one() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let reg = office(today);
        let d = reviews(&reg, today, 3);
        let mut broken = Vec::new();
        for g in d.unit_grades.iter().filter(|g| g.year < 2026) {
            let counts = annual_grades(&d, &reg, g.unit, g.year);
            assert!(counts.population() >= 3, "{g:?}");
            let c = check(rule_for(g.grade).unwrap(), counts);
            if !c.holds() {
                broken.push((reg.unit_name(g.unit).to_string(), g.year));
            }
        }
        assert_eq!(broken, vec![(BREAKING_UNIT.to_string(), 2025)]);
        let outstanding = d
            .unit_grades
            .iter()
            .find(|g| g.grade == OrgGrade::Outstanding)
            .unwrap();
        assert_eq!(reg.unit_name(outstanding.unit), OUTSTANDING_UNIT);
        assert_eq!(outstanding.year, 2025);
    }

    #[test]
    fn signed_evaluations_objections_and_the_unrated_segment() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let reg = office(today);
        let d = reviews(&reg, today, 3);
        let id = |n: &str| named(&reg, n).unwrap();
        let year = |e: EmployeeId, y: i32| d.years.iter().find(|x| x.employee == e && x.year == y);
        // Past years: 4 segments and the annual, all signed.
        let daniel = year(id("Daniel Ndiken"), 2025).unwrap();
        assert_eq!(daniel.entries.len(), 5);
        assert!(daniel.entries.iter().all(|e| e.review.is_signed()));
        // This year: Maria's team has segments 1-2 signed, 3 left to rate; others 1-3.
        let this = year(id("Daniel Ndiken"), 2026).unwrap();
        let kinds: Vec<ReviewKind> = this.entries.iter().map(|e| e.review.kind).collect();
        assert_eq!(kinds, [ReviewKind::Periodic(1), ReviewKind::Periodic(2)]);
        assert_eq!(year(id("Ahmad Fauzi"), 2026).unwrap().entries.len(), 3);
        // The decided objection changed the grade to Sangat Baik; the pending one waits.
        let budi = year(id(OBJECTION_DECIDED), 2025).unwrap();
        let annual = budi.annual().unwrap();
        assert_eq!(annual.objection_state(), ObjectionState::Changed);
        assert_eq!(
            annual.review.signature().unwrap().grade,
            PerformanceGrade::Good
        );
        assert_eq!(annual.final_grade(), Some(PerformanceGrade::VeryGood));
        let yohana = year(id(OBJECTION_PENDING), 2026).unwrap();
        assert_eq!(
            yohana
                .get(ReviewKind::Periodic(3))
                .unwrap()
                .objection_state(),
            ObjectionState::Pending
        );
        // Someone is Butuh Perbaikan last year: Nur Aini, last of Maria's section.
        assert_eq!(
            year(id("Nur Aini"), 2025)
                .unwrap()
                .final_grade(ReviewKind::Annual),
            Some(PerformanceGrade::NeedsImprovement)
        );
        // Every non-Sesuai rating carries its justification.
        use crate::domain::review::consistency::justification_missing;
        let mut justified = 0;
        for e in d.years.iter().flat_map(|y| &y.entries) {
            let r = &e.review;
            for (rating, text) in [
                (r.work, &r.work_justification),
                (r.behaviour, &r.behaviour_justification),
            ] {
                let rating = rating.unwrap();
                assert!(!justification_missing(rating, text), "{r:?}");
                justified += usize::from(rating != Rating::AsExpected);
            }
        }
        assert!(justified > 20, "{justified}");
    }
}
