//! Reviu tindak lanjut: tercapai / tidak tercapai, explanation, next plan, next review date,
//! dated (default today). A Form with drafts `feedback-review/<employee>/<year>/<session>/<i>`.

use chrono::NaiveDate;
use tui_input::Input;

use crate::app::kit::form::{field, Fields, Form};
use crate::app::kit::input::{format_date, parse_date};
use crate::domain::feedback::{FeedbackError, FollowUpRef, FollowUpReview};
use crate::domain::EmployeeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Achieved,
    Explanation,
    NextPlan,
    NextReview,
    On,
}

impl Slot {
    pub const ALL: [Slot; 5] = [
        Slot::Achieved,
        Slot::Explanation,
        Slot::NextPlan,
        Slot::NextReview,
        Slot::On,
    ];
}

/// What is wrong at a field: a date not read, or a rule's error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewError {
    Unreadable,
    Rule(FeedbackError),
}

#[derive(Clone, Debug)]
pub struct ReviewForm {
    pub employee: EmployeeId,
    pub name: String,
    pub at: FollowUpRef,
    /// The follow-up's item, shown above.
    pub item: String,
    pub achieved: bool,
    pub explanation: Input,
    pub next_plan: Input,
    pub next_review: Input,
    pub on: Input,
    pub focus: usize,
    pub error: Option<(Slot, ReviewError)>,
    initial: Fields,
}

impl ReviewForm {
    pub fn new(
        employee: EmployeeId,
        name: String,
        at: FollowUpRef,
        item: String,
        old: Option<&FollowUpReview>,
        today: NaiveDate,
    ) -> ReviewForm {
        let mut f = ReviewForm {
            employee,
            name,
            at,
            item,
            achieved: old.is_none_or(|r| r.achieved),
            explanation: Input::new(old.map(|r| r.explanation.clone()).unwrap_or_default()),
            next_plan: Input::new(old.map(|r| r.next_plan.clone()).unwrap_or_default()),
            next_review: Input::new(format_date(old.and_then(|r| r.next_review))),
            on: Input::new(format_date(Some(old.map_or(today, |r| r.on)))),
            focus: 0,
            error: None,
            initial: Vec::new(),
        };
        f.initial = f.draft_fields();
        f
    }

    pub fn slot(&self) -> Slot {
        Slot::ALL[self.focus.min(Slot::ALL.len() - 1)]
    }

    pub fn input_mut(&mut self) -> Option<&mut Input> {
        match self.slot() {
            Slot::Achieved => None,
            Slot::Explanation => Some(&mut self.explanation),
            Slot::NextPlan => Some(&mut self.next_plan),
            Slot::NextReview => Some(&mut self.next_review),
            Slot::On => Some(&mut self.on),
        }
    }

    /// The review as typed, or the field that is wrong (focus moved there).
    pub fn review(&mut self, today: NaiveDate) -> Option<FollowUpReview> {
        let Some(on) = parse_date(self.on.value(), today).ok() else {
            self.fail(Slot::On, ReviewError::Unreadable);
            return None;
        };
        let next = self.next_review.value().trim();
        let next_review = if next.is_empty() {
            None
        } else if let Ok(d) = parse_date(next, today) {
            Some(d)
        } else {
            self.fail(Slot::NextReview, ReviewError::Unreadable);
            return None;
        };
        Some(FollowUpReview {
            on,
            achieved: self.achieved,
            explanation: self.explanation.value().trim().to_string(),
            next_plan: self.next_plan.value().trim().to_string(),
            next_review,
        })
    }

    pub fn fail(&mut self, slot: Slot, e: ReviewError) {
        self.error = Some((slot, e));
        self.focus = slot as usize;
    }

    /// A rule's refusal at its field.
    pub fn refused(&mut self, e: FeedbackError) {
        let slot = match e {
            FeedbackError::NextReviewBeforeReview => Slot::NextReview,
            FeedbackError::DateInFuture | FeedbackError::BeforeSession => Slot::On,
            _ => Slot::Achieved,
        };
        self.fail(slot, ReviewError::Rule(e));
    }
}

impl Form for ReviewForm {
    fn is_dirty(&self) -> bool {
        self.draft_fields() != self.initial
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }

    fn draft_id(&self) -> Option<String> {
        Some(format!(
            "feedback-review/{}/{}/{}/{}",
            self.employee.0, self.at.year, self.at.session, self.at.index
        ))
    }

    fn draft_fields(&self) -> Fields {
        vec![
            ("achieved".into(), self.achieved.to_string()),
            ("explanation".into(), self.explanation.value().to_string()),
            ("next_plan".into(), self.next_plan.value().to_string()),
            ("next_review".into(), self.next_review.value().to_string()),
            ("on".into(), self.on.value().to_string()),
        ]
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(a) = field(fields, "achieved") {
            self.achieved = a == "true";
        }
        for (name, input) in [
            ("explanation", &mut self.explanation),
            ("next_plan", &mut self.next_plan),
            ("next_review", &mut self.next_review),
            ("on", &mut self.on),
        ] {
            if let Some(v) = field(fields, name) {
                *input = Input::new(v.to_string());
            }
        }
    }
}
