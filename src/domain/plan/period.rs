//! Periode penilaian (domain.md 2): the appraisal year, its periodic segments, its deadlines
//! and the state an admin moves it through.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::dates;
use crate::domain::ruledata::OfficeSettings;

/// Segmentasi evaluasi periodik: how the year is cut for periodic evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Segmentation {
    /// Bulanan: 12 segments.
    Monthly,
    /// Triwulanan: 4 segments (the default).
    Quarterly,
    /// Semesteran: 2 segments.
    Semester,
}

impl Segmentation {
    pub fn segments_per_year(self) -> u8 {
        match self {
            Segmentation::Monthly => 12,
            Segmentation::Quarterly => 4,
            Segmentation::Semester => 2,
        }
    }

    fn months(self) -> u32 {
        12 / u32::from(self.segments_per_year())
    }
}

/// One periodic segment (e.g. triwulan II): number from 1, first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub number: u8,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Tahap periode: Perencanaan, Pelaksanaan, Evaluasi, Ditutup.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PeriodState {
    Planning,
    Running,
    Evaluation,
    Closed,
}

impl PeriodState {
    fn rank(self) -> u8 {
        self as u8
    }
}

/// Why a period cannot be made or moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("year {0} is outside the supported range")]
    BadYear(i32),
    #[error("a deadline of the settings does not exist in year {0}")]
    BadDeadline(i32),
    /// Only one step forward or back at a time.
    #[error("cannot move a period from {from:?} to {to:?}")]
    NotAllowed { from: PeriodState, to: PeriodState },
    /// Segments are numbered realisations and evaluations hang on: fixed once planning ends.
    #[error("the segmentation can change only while the period is in planning")]
    SegmentationFixed,
}

/// Periode penilaian: one calendar year with its segments and deadlines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub segmentation: Segmentation,
    pub state: PeriodState,
    /// SKP must be agreed by this day.
    #[serde(with = "dates::req")]
    pub plan_deadline: NaiveDate,
    /// The annual evaluation is due by this day (in the following year by default).
    #[serde(with = "dates::req")]
    pub evaluation_deadline: NaiveDate,
}

impl Period {
    /// A new year in the planning state, segments and deadlines from the office settings.
    pub fn new(year: i32, settings: &OfficeSettings) -> Result<Period, PeriodError> {
        if !(1900..=9998).contains(&year) {
            return Err(PeriodError::BadYear(year));
        }
        let day = |d: crate::domain::ruledata::DayOfYear| {
            d.in_year(year).ok_or(PeriodError::BadDeadline(year))
        };
        Ok(Period {
            year,
            segmentation: settings.segmentation,
            state: PeriodState::Planning,
            plan_deadline: day(settings.plan_deadline)?,
            evaluation_deadline: day(settings.annual_evaluation_deadline)?,
        })
    }

    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, 1, 1)
    }

    pub fn last_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, 12, 31)
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        d.year() == self.year
    }

    /// The segments in order; they cover the year without gap or overlap.
    pub fn segments(&self) -> Vec<Segment> {
        let months = self.segmentation.months();
        (0..self.segmentation.segments_per_year())
            .filter_map(|i| {
                let first_month = u32::from(i) * months + 1;
                let from = NaiveDate::from_ymd_opt(self.year, first_month, 1)?;
                let to = match first_month + months {
                    13 => NaiveDate::from_ymd_opt(self.year, 12, 31)?,
                    next => NaiveDate::from_ymd_opt(self.year, next, 1)?.pred_opt()?,
                };
                Some(Segment {
                    number: i + 1,
                    from,
                    to,
                })
            })
            .collect()
    }

    pub fn segment(&self, number: u8) -> Option<Segment> {
        self.segments().into_iter().find(|s| s.number == number)
    }

    /// The segment holding `d`, if `d` is in this year.
    pub fn segment_of(&self, d: NaiveDate) -> Option<Segment> {
        self.segments()
            .into_iter()
            .find(|s| s.from <= d && d <= s.to)
    }

    /// The segment a plan opens on: today's in the current year, the last of a past year, the
    /// first of a future one.
    pub fn opening_segment(&self, today: NaiveDate) -> u8 {
        match self.year.cmp(&today.year()) {
            std::cmp::Ordering::Less => self.segmentation.segments_per_year(),
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Equal => self.segment_of(today).map_or(1, |s| s.number),
        }
    }

    /// Moves one step forward (Planning -> Running -> Evaluation -> Closed) or one step back
    /// (an admin reopening a stage).
    pub fn move_to(&mut self, to: PeriodState) -> Result<(), PeriodError> {
        let (a, b) = (self.state.rank(), to.rank());
        if a.abs_diff(b) != 1 {
            return Err(PeriodError::NotAllowed {
                from: self.state,
                to,
            });
        }
        self.state = to;
        Ok(())
    }

    /// Changes how the year is cut; only in planning, before any segment holds realisation.
    pub fn change_segmentation(&mut self, to: Segmentation) -> Result<(), PeriodError> {
        if self.segmentation != to && self.state != PeriodState::Planning {
            return Err(PeriodError::SegmentationFixed);
        }
        self.segmentation = to;
        Ok(())
    }

    /// A plan not yet agreed after the plan deadline is overdue. Overdue never blocks.
    pub fn plan_overdue(&self, today: NaiveDate, agreed: bool) -> bool {
        !agreed && today > self.plan_deadline
    }

    /// An annual evaluation not yet signed after its deadline is overdue. Never blocks.
    pub fn evaluation_overdue(&self, today: NaiveDate, signed: bool) -> bool {
        !signed && today > self.evaluation_deadline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn period(s: Segmentation) -> Period {
        let settings = OfficeSettings {
            segmentation: s,
            ..OfficeSettings::default()
        };
        Period::new(2024, &settings).unwrap()
    }

    fn spans(p: &Period) -> Vec<(u8, NaiveDate, NaiveDate)> {
        p.segments()
            .iter()
            .map(|s| (s.number, s.from, s.to))
            .collect()
    }

    #[test]
    fn quarterly_by_default() {
        let p = Period::new(2024, &OfficeSettings::default()).unwrap();
        assert_eq!(p.segmentation, Segmentation::Quarterly);
        assert_eq!(p.state, PeriodState::Planning);
        assert_eq!(
            spans(&p),
            [
                (1, ymd(2024, 1, 1), ymd(2024, 3, 31)),
                (2, ymd(2024, 4, 1), ymd(2024, 6, 30)),
                (3, ymd(2024, 7, 1), ymd(2024, 9, 30)),
                (4, ymd(2024, 10, 1), ymd(2024, 12, 31)),
            ]
        );
        assert_eq!(p.plan_deadline, ymd(2024, 1, 31));
        assert_eq!(p.evaluation_deadline, ymd(2025, 1, 31));
    }

    #[test]
    fn a_plan_opens_on_todays_segment_or_the_years_edge() {
        let q = period(Segmentation::Quarterly);
        assert_eq!(q.opening_segment(ymd(2024, 1, 1)), 1);
        assert_eq!(q.opening_segment(ymd(2024, 3, 31)), 1);
        assert_eq!(q.opening_segment(ymd(2024, 4, 1)), 2);
        assert_eq!(q.opening_segment(ymd(2024, 8, 15)), 3);
        assert_eq!(q.opening_segment(ymd(2024, 12, 31)), 4);
        // A past year opens on its last segment, a future year on its first.
        assert_eq!(q.opening_segment(ymd(2025, 2, 10)), 4);
        assert_eq!(q.opening_segment(ymd(2023, 11, 30)), 1);
        let m = period(Segmentation::Monthly);
        assert_eq!(m.opening_segment(ymd(2024, 11, 28)), 11);
        assert_eq!(m.opening_segment(ymd(2030, 5, 1)), 12);
        let s = period(Segmentation::Semester);
        assert_eq!(s.opening_segment(ymd(2024, 7, 1)), 2);
        assert_eq!(s.opening_segment(ymd(2024, 6, 30)), 1);
    }

    #[test]
    fn semester_and_monthly() {
        assert_eq!(
            spans(&period(Segmentation::Semester)),
            [
                (1, ymd(2024, 1, 1), ymd(2024, 6, 30)),
                (2, ymd(2024, 7, 1), ymd(2024, 12, 31)),
            ]
        );
        let m = period(Segmentation::Monthly);
        let s = spans(&m);
        assert_eq!(s.len(), 12);
        assert_eq!(s[1], (2, ymd(2024, 2, 1), ymd(2024, 2, 29)));
        assert_eq!(s[11], (12, ymd(2024, 12, 1), ymd(2024, 12, 31)));
        for w in s.windows(2) {
            assert_eq!(w[0].2.succ_opt(), Some(w[1].1));
        }
    }

    #[test]
    fn segment_of_a_day() {
        let p = period(Segmentation::Quarterly);
        assert_eq!(p.segment_of(ymd(2024, 6, 30)).map(|s| s.number), Some(2));
        assert_eq!(p.segment_of(ymd(2024, 7, 1)).map(|s| s.number), Some(3));
        assert_eq!(p.segment_of(ymd(2025, 1, 1)), None);
        assert_eq!(p.segment(5), None);
    }

    #[test]
    fn states_move_one_step_either_way() {
        use PeriodState::*;
        let mut p = period(Segmentation::Quarterly);
        assert_eq!(
            p.move_to(Evaluation),
            Err(PeriodError::NotAllowed {
                from: Planning,
                to: Evaluation
            })
        );
        assert_eq!(
            p.move_to(Planning),
            Err(PeriodError::NotAllowed {
                from: Planning,
                to: Planning
            })
        );
        for to in [Running, Evaluation, Closed, Evaluation, Running, Planning] {
            assert_eq!(p.move_to(to), Ok(()));
            assert_eq!(p.state, to);
        }
        p.state = Closed;
        assert!(p.move_to(Planning).is_err());
    }

    #[test]
    fn overdue_after_the_deadline_only() {
        let p = period(Segmentation::Quarterly);
        assert!(!p.plan_overdue(ymd(2024, 1, 31), false));
        assert!(p.plan_overdue(ymd(2024, 2, 1), false));
        assert!(!p.plan_overdue(ymd(2024, 2, 1), true));
        assert!(!p.evaluation_overdue(ymd(2025, 1, 31), false));
        assert!(p.evaluation_overdue(ymd(2025, 2, 1), false));
        assert!(!p.evaluation_overdue(ymd(2025, 2, 1), true));
    }

    #[test]
    fn bad_year_and_bad_deadline() {
        assert_eq!(
            Period::new(0, &OfficeSettings::default()),
            Err(PeriodError::BadYear(0))
        );
        let mut s = OfficeSettings::default();
        s.plan_deadline.month = 2;
        s.plan_deadline.day = 29;
        assert_eq!(Period::new(2023, &s), Err(PeriodError::BadDeadline(2023)));
        assert!(Period::new(2024, &s).is_ok());
    }

    #[test]
    fn segmentation_changes_only_in_planning() {
        let mut p = period(Segmentation::Quarterly);
        assert_eq!(p.change_segmentation(Segmentation::Monthly), Ok(()));
        assert_eq!(p.segments().len(), 12);
        assert_eq!(p.move_to(PeriodState::Running), Ok(()));
        assert_eq!(
            p.change_segmentation(Segmentation::Semester),
            Err(PeriodError::SegmentationFixed)
        );
        assert_eq!(p.segmentation, Segmentation::Monthly);
        // Setting the same one again is no change.
        assert_eq!(p.change_segmentation(Segmentation::Monthly), Ok(()));
    }
}
