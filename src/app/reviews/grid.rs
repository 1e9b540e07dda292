//! The team grid's state: one row per report for the chosen year and period, with the
//! evaluation as last read (ratings changed here show at once, before the store answers),
//! and the unit's distribution check worked out live from the rows.

use chrono::NaiveDate;

use crate::app::kit::scroll::Scroll;
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::review::consistency::justification_missing;
use crate::domain::review::distribution::{check_partial, DistributionCheck, GradeCounts};
use crate::domain::review::evaluation::RatingField;
pub use crate::domain::review::ObjectionState;
use crate::domain::review::{Review, ReviewKind};
use crate::domain::ruledata::distribution::rule_for;
use crate::domain::{EmployeeId, UnitId};

/// Alasan: whether the ratings given need a written justification, and have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Justification {
    NotNeeded,
    Missing,
    Written,
}

/// One report and their evaluation of the period (none yet: `review` is `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct GridRow {
    pub employee: EmployeeId,
    pub name: String,
    /// Grouped for display.
    pub nip: String,
    pub review: Option<Review>,
    pub objection: ObjectionState,
    /// The grade after a decided objection (else the matrix's).
    pub decided_grade: Option<PerformanceGrade>,
    /// The ratings after an objection decided by changing them (work, behaviour): the grid
    /// shows the ratings that stand, the form both.
    pub decided_ratings: Option<(Rating, Rating)>,
    /// The objection's filing date and reasons, for the one who decides it.
    pub objection_filed: Option<(chrono::NaiveDate, String)>,
    /// The viewer may rate this row (they are the appraiser today and it is not signed).
    pub rateable: bool,
    /// A report of one of the viewer's reports whose objection waits for the viewer's
    /// decision (the appraiser's superior).
    pub awaiting_decision: bool,
}

impl GridRow {
    /// The rating as it stands: a decided objection's, else the evaluation's.
    pub fn rating(&self, field: RatingField) -> Option<Rating> {
        if let Some((work, behaviour)) = self.decided_ratings {
            return Some(match field {
                RatingField::WorkResult => work,
                RatingField::Behaviour => behaviour,
            });
        }
        let r = self.review.as_ref()?;
        match field {
            RatingField::WorkResult => r.work,
            RatingField::Behaviour => r.behaviour,
        }
    }

    /// The grade as it stands: a decided objection's, else the matrix's from both ratings.
    pub fn grade(&self) -> Option<PerformanceGrade> {
        self.decided_grade
            .or_else(|| self.review.as_ref().and_then(Review::grade))
    }

    pub fn justification(&self) -> Justification {
        let Some(r) = &self.review else {
            return Justification::NotNeeded;
        };
        let pairs = [
            (r.work, &r.work_justification),
            (r.behaviour, &r.behaviour_justification),
        ];
        let needed: Vec<bool> = pairs
            .iter()
            .filter_map(|(rating, text)| {
                rating
                    .filter(|x| *x != Rating::AsExpected)
                    .map(|x| justification_missing(x, text))
            })
            .collect();
        if needed.is_empty() {
            Justification::NotNeeded
        } else if needed.iter().any(|m| *m) {
            Justification::Missing
        } else {
            Justification::Written
        }
    }

    /// The day it was signed; `None` for a draft or no evaluation.
    pub fn signed_on(&self) -> Option<NaiveDate> {
        self.review
            .as_ref()
            .and_then(Review::signature)
            .map(|s| s.signed_on)
    }
}

/// The unit whose distribution check the panel shows, as read: its grade for the year and
/// the annual grade of each employee of its population (the head left out per the setting).
#[derive(Clone, Debug, PartialEq)]
pub struct UnitPanel {
    pub unit: UnitId,
    pub name: String,
    pub grade: Option<OrgGrade>,
    pub members: Vec<(EmployeeId, Option<PerformanceGrade>)>,
    /// Setting `distribution_enforced`: a breach refuses signing.
    pub enforced: bool,
}

/// What the runtime read for the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub year: i32,
    pub kind: ReviewKind,
    /// Periodic segments of the year.
    pub segments: u8,
    pub rows: Vec<GridRow>,
    pub panel: Option<UnitPanel>,
    /// The units the rows work in, most rows first (the panel shows one of them).
    pub units: Vec<UnitId>,
    /// The rows are the viewer's own evaluations (an employee without reports).
    pub own: bool,
}

/// The panel's numbers at this moment.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveCheck {
    pub counts: GradeCounts,
    /// Employees of the population without a grade yet.
    pub ungraded: usize,
    /// `None` while the unit has no grade (no rule to check against).
    pub check: Option<DistributionCheck>,
}

#[derive(Clone, Debug)]
pub struct GridView {
    /// 0 until the tab is first shown (then today's year).
    pub year: i32,
    pub kind: ReviewKind,
    pub segments: u8,
    pub loaded: bool,
    pub rows: Vec<GridRow>,
    pub scroll: Scroll,
    /// The rating column the rating keys set.
    pub column: RatingField,
    pub panel: Option<UnitPanel>,
    pub own: bool,
    /// An admin's choice: the supervisor whose reports the grid shows.
    pub subject: Option<EmployeeId>,
    /// The row to put the cursor on at the next load (the agenda jumps to a person).
    pub want: Option<EmployeeId>,
    /// The units of the rows, most rows first, and the one the viewer chose for the panel.
    pub units: Vec<UnitId>,
    pub panel_unit: Option<UnitId>,
}

impl Default for GridView {
    fn default() -> GridView {
        GridView {
            year: 0,
            kind: ReviewKind::Periodic(1),
            segments: 4,
            loaded: false,
            rows: Vec::new(),
            scroll: Scroll::default(),
            column: RatingField::WorkResult,
            panel: None,
            own: false,
            subject: None,
            want: None,
            units: Vec::new(),
            panel_unit: None,
        }
    }
}

impl GridView {
    pub fn set_viewport(&mut self, rows: usize) {
        // The panel and the focused row's line take part of the list's rows.
        self.scroll.set_viewport(rows.saturating_sub(9).max(3));
    }

    pub fn current(&self) -> Option<&GridRow> {
        self.rows.get(self.scroll.selected)
    }

    /// Takes what was read; the cursor stays on the same person.
    pub fn apply(&mut self, l: Loaded) {
        let on = self.want.take().or(self.current().map(|r| r.employee));
        self.year = l.year;
        self.kind = l.kind;
        self.segments = l.segments;
        self.rows = l.rows;
        self.panel = l.panel;
        self.units = l.units;
        self.own = l.own;
        self.loaded = true;
        let at = on.and_then(|e| self.rows.iter().position(|r| r.employee == e));
        match at {
            Some(i) => self.scroll.selected = i,
            None => self.scroll.reset(),
        }
        self.scroll.move_by(0, self.rows.len());
    }

    /// The next unit of the rows for the panel (after the last, the first again); `None` when
    /// the rows are all in one unit.
    pub fn next_panel_unit(&mut self) -> Option<UnitId> {
        if self.units.len() < 2 {
            return None;
        }
        let now = self.panel.as_ref().map(|p| p.unit);
        let at = now
            .and_then(|u| self.units.iter().position(|x| *x == u))
            .map_or(0, |i| (i + 1) % self.units.len());
        self.panel_unit = Some(self.units[at]);
        self.panel_unit
    }

    /// Which of the rows' units the panel shows, counted from 1, and how many there are.
    pub fn panel_position(&self) -> Option<(usize, usize)> {
        let unit = self.panel.as_ref()?.unit;
        let at = self.units.iter().position(|u| *u == unit)?;
        (self.units.len() > 1).then_some((at + 1, self.units.len()))
    }

    /// The periods of the year in selector order: segments 1..n, then Tahunan.
    pub fn periods(&self) -> Vec<ReviewKind> {
        (1..=self.segments.max(1))
            .map(ReviewKind::Periodic)
            .chain(std::iter::once(ReviewKind::Annual))
            .collect()
    }

    /// The period `delta` steps from the shown one (stops at the ends).
    pub fn step_period(&self, delta: isize) -> ReviewKind {
        let all = self.periods();
        let at = all.iter().position(|k| *k == self.kind).unwrap_or(0) as isize;
        let to = (at + delta).clamp(0, all.len() as isize - 1) as usize;
        all[to]
    }

    /// Sets a rating of row `index` here at once (a new draft if it had none). Refused
    /// (`false`) when the row may not be rated.
    pub fn set_rating(
        &mut self,
        index: usize,
        field: RatingField,
        rating: Option<Rating>,
        appraiser: EmployeeId,
    ) -> bool {
        let (year, kind) = (self.year, self.kind);
        let Some(row) = self.rows.get_mut(index).filter(|r| r.rateable) else {
            return false;
        };
        let review = row
            .review
            .get_or_insert_with(|| Review::new(row.employee, appraiser, year, kind));
        review.set_rating(field, rating).is_ok()
    }

    /// The distribution check with the grid's grades as they are now. For the annual grid the
    /// unit's population with the rows' live grades; for a periodic segment the rows alone
    /// (a preview: the rule governs annual grades).
    pub fn live_check(&self) -> Option<LiveCheck> {
        let panel = self.panel.as_ref()?;
        let grades: Vec<Option<PerformanceGrade>> = match self.kind {
            ReviewKind::Annual => panel
                .members
                .iter()
                .map(|(e, g)| match self.rows.iter().find(|r| r.employee == *e) {
                    Some(row) => row.grade(),
                    None => *g,
                })
                .collect(),
            ReviewKind::Periodic(_) => self.rows.iter().map(GridRow::grade).collect(),
        };
        let mut c = [0usize; 5];
        for g in grades.iter().flatten() {
            if let Some(i) = PerformanceGrade::ALL.iter().position(|x| x == g) {
                c[i] += 1;
            }
        }
        let counts = GradeCounts::new(c);
        let ungraded = grades.iter().filter(|g| g.is_none()).count();
        let check = panel
            .grade
            .and_then(rule_for)
            .map(|rule| check_partial(rule, counts, ungraded));
        Some(LiveCheck {
            counts,
            ungraded,
            check,
        })
    }
}

#[cfg(test)]
mod tests;
