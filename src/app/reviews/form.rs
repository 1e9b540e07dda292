//! The scoring form (formulir evaluasi) of one employee and one period: the work results it
//! judges (read-only), the two ratings with their justifications, the feedback per core
//! value, the grade from the matrix and the consistency warnings, all live. A signed
//! evaluation opens read-only. Typed text is kept as a draft like every form's.

use tui_input::Input;

use super::text::ReviewText as X;
use crate::app::kit::form::{field, Fields, Form};
use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::plan::{achievement, Achievement, PerformancePlan};
use crate::domain::review::consistency::{warnings, ConsistencyInput, Warning};
use crate::domain::review::evaluation::{DistributionGate, RatingField, ReviewError, Signature};
use crate::domain::review::objection::Objection;
use crate::domain::review::{Review, ReviewKind};
use crate::domain::ruledata::CoreValue;
use crate::domain::EmployeeId;

/// A place the focus can stand on, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    Rating(RatingField),
    Justification(RatingField),
    Feedback(CoreValue),
}

/// The focus order: work rating and its justification after the work results, then the
/// feedback of each core value, then the behaviour rating and its justification.
pub fn order() -> Vec<FieldId> {
    let mut out = vec![
        FieldId::Rating(RatingField::WorkResult),
        FieldId::Justification(RatingField::WorkResult),
    ];
    out.extend(CoreValue::ALL.map(FieldId::Feedback));
    out.push(FieldId::Rating(RatingField::Behaviour));
    out.push(FieldId::Justification(RatingField::Behaviour));
    out
}

/// One periodic evaluation shown beside the annual form.
#[derive(Clone, Debug, PartialEq)]
pub struct Periodic {
    pub segment: u8,
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub grade: Option<PerformanceGrade>,
    pub signed: bool,
}

/// What the form shows beside the fields, as read for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// The plans of the year covering the period (a change of position gives two).
    pub plans: Vec<PerformancePlan>,
    /// The segments whose realisation and feedback are judged (one, or all for Tahunan).
    pub segments: Vec<u8>,
    /// For the annual form: the year's periodic evaluations.
    pub periodic: Vec<Periodic>,
    /// Feedback items per judged segment (realisation feedback and notes).
    pub feedback_per_segment: Vec<(u8, usize)>,
    /// The day the employee received the signed evaluation.
    pub received_on: Option<chrono::NaiveDate>,
    /// The employee's objection and its decision: shown beside the original ratings.
    pub objection: Option<Objection>,
    /// The decider's name as the register has it.
    pub decided_by: Option<String>,
    /// The judged period's feedback sessions and quick notes, numbered to be cited.
    pub feedback: Vec<crate::app::feedback::tab::evidence::Cited>,
}

impl Facts {
    /// Capaian of every numeric indicator realised in the judged segments.
    pub fn achievements(&self) -> Vec<Achievement> {
        let mut out = Vec::new();
        for p in &self.plans {
            for r in &p.results {
                for ind in &r.indicators {
                    for seg in &self.segments {
                        let a = ind
                            .realization(*seg)
                            .and_then(|x| x.value.number())
                            .and_then(|v| achievement(&ind.target, ind.direction, v));
                        out.extend(a);
                    }
                }
            }
        }
        out
    }

    /// At most how many lines the work results take (RHK, indicator, and per judged segment a
    /// realisation with evidence and feedback): the furthest they can be scrolled.
    pub fn result_lines(&self) -> usize {
        self.plans
            .iter()
            .flat_map(|p| &p.results)
            .map(|r| 1 + r.indicators.len() * (1 + 3 * self.segments.len()))
            .sum()
    }

    /// The leader's expectation of a core value, from the latest plan.
    pub fn expectation(&self, value: CoreValue) -> &str {
        self.plans
            .last()
            .map_or("-", |p| p.expectation_shown(value))
    }
}

#[derive(Clone, Debug)]
pub struct ScoringForm {
    pub employee: EmployeeId,
    pub name: String,
    pub nip: String,
    pub year: i32,
    pub kind: ReviewKind,
    /// The evaluation as read (`None`: none yet); its appraiser, state and reopenings.
    pub review: Review,
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub work_justification: Input,
    pub behaviour_justification: Input,
    /// One per core value, in `CoreValue::ALL` order.
    pub feedback: Vec<Input>,
    pub focus: usize,
    pub errors: Vec<(FieldId, X)>,
    /// Lines the work results are scrolled by (PageUp/PageDown; the screen clamps it).
    pub results_scroll: usize,
    pub facts: Facts,
    /// The viewer is the appraiser (or acts for them): else the form is read-only.
    pub may_rate: bool,
    /// How the unit's check bears on signing (annual form).
    pub gate: DistributionGate,
    initial: Fields,
}

impl ScoringForm {
    pub fn new(name: String, nip: String, review: Review, facts: Facts) -> ScoringForm {
        let feedback = CoreValue::ALL
            .iter()
            .map(|v| {
                Input::new(
                    review
                        .behaviour_feedback
                        .get(v)
                        .cloned()
                        .unwrap_or_default(),
                )
            })
            .collect();
        let mut f = ScoringForm {
            employee: review.employee,
            name,
            nip,
            year: review.year,
            kind: review.kind,
            work: review.work,
            behaviour: review.behaviour,
            work_justification: Input::new(review.work_justification.clone()),
            behaviour_justification: Input::new(review.behaviour_justification.clone()),
            feedback,
            review,
            focus: 0,
            errors: Vec::new(),
            results_scroll: 0,
            facts,
            may_rate: true,
            gate: DistributionGate::Clear,
            initial: Vec::new(),
        };
        f.settle();
        f
    }

    /// Takes the fields as they are now as the unchanged state (after a save).
    pub fn settle(&mut self) {
        self.initial = self.draft_fields();
    }

    pub fn signature(&self) -> Option<&Signature> {
        self.review.signature()
    }

    pub fn read_only(&self) -> bool {
        self.review.is_signed() || !self.may_rate
    }

    pub fn focused(&self) -> FieldId {
        order()
            .get(self.focus)
            .copied()
            .unwrap_or(FieldId::Rating(RatingField::WorkResult))
    }

    pub fn rating(&self, field: RatingField) -> Option<Rating> {
        match field {
            RatingField::WorkResult => self.work,
            RatingField::Behaviour => self.behaviour,
        }
    }

    pub fn set_rating(&mut self, field: RatingField, rating: Option<Rating>) {
        match field {
            RatingField::WorkResult => self.work = rating,
            RatingField::Behaviour => self.behaviour = rating,
        }
        self.errors.retain(|(f, _)| {
            *f != FieldId::Rating(field)
                && !(*f == FieldId::Justification(field) && rating == Some(Rating::AsExpected))
        });
    }

    pub fn justification(&self, field: RatingField) -> &Input {
        match field {
            RatingField::WorkResult => &self.work_justification,
            RatingField::Behaviour => &self.behaviour_justification,
        }
    }

    /// The text input under the focus, if the focus is on one.
    pub fn input_mut(&mut self) -> Option<&mut Input> {
        match self.focused() {
            FieldId::Rating(_) => None,
            FieldId::Justification(RatingField::WorkResult) => Some(&mut self.work_justification),
            FieldId::Justification(RatingField::Behaviour) => {
                Some(&mut self.behaviour_justification)
            }
            FieldId::Feedback(v) => self.feedback.get_mut(v as usize),
        }
    }

    /// The evaluation with what is typed now (what saving or signing sends).
    pub fn current(&self) -> Review {
        let mut r = self.review.clone();
        r.work = self.work;
        r.behaviour = self.behaviour;
        r.work_justification = self.work_justification.value().trim().to_string();
        r.behaviour_justification = self.behaviour_justification.value().trim().to_string();
        r.behaviour_feedback = CoreValue::ALL
            .iter()
            .zip(&self.feedback)
            .filter(|(_, i)| !i.value().trim().is_empty())
            .map(|(v, i)| (*v, i.value().trim().to_string()))
            .collect();
        r
    }

    /// The grade from the matrix as the ratings stand.
    pub fn grade(&self) -> Option<PerformanceGrade> {
        Some(crate::domain::review::grade(self.work?, self.behaviour?))
    }

    /// The consistency warnings as the form stands.
    pub fn warnings(&self) -> Vec<Warning> {
        let achievements = self.facts.achievements();
        let periodic: Vec<PerformanceGrade> = self
            .facts
            .periodic
            .iter()
            .filter(|p| p.signed)
            .filter_map(|p| p.grade)
            .collect();
        let behaviour_feedback = self
            .feedback
            .iter()
            .filter(|i| !i.value().trim().is_empty())
            .count();
        let input = ConsistencyInput {
            work: self.work,
            behaviour: self.behaviour,
            achievements: &achievements,
            behaviour_feedback,
            feedback_per_segment: &self.facts.feedback_per_segment,
            annual_grade: match self.kind {
                ReviewKind::Annual => self.grade(),
                ReviewKind::Periodic(_) => None,
            },
            periodic_grades: &periodic,
        };
        warnings(&input)
    }

    /// Marks at its field every reason signing would be refused; true if there is none.
    pub fn check_for_signing(&mut self) -> bool {
        let blockers = self.current().sign_blockers(self.gate);
        self.refuse(&blockers);
        blockers.is_empty()
    }

    /// Shows the store's or the rule's refusals at their fields.
    pub fn refuse(&mut self, errors: &[ReviewError]) {
        self.errors.clear();
        for e in errors {
            match e {
                ReviewError::RatingMissing(f) => {
                    self.errors.push((FieldId::Rating(*f), X::RatingRequired))
                }
                ReviewError::JustificationMissing(f) => self
                    .errors
                    .push((FieldId::Justification(*f), X::JustificationRequired)),
                ReviewError::Signed
                | ReviewError::DistributionBreached
                | ReviewError::NotSigned
                | ReviewError::ReasonMissing => {}
            }
        }
        if let Some(first) = self.errors.first().map(|(f, _)| *f) {
            self.focus = order().iter().position(|x| *x == first).unwrap_or(0);
        }
    }

    pub fn error_at(&self, id: FieldId) -> Option<X> {
        self.errors.iter().find(|(f, _)| *f == id).map(|(_, x)| *x)
    }

    /// Clears the error of a field once its text is typed.
    pub fn typed(&mut self) {
        let id = self.focused();
        self.errors.retain(|(f, _)| *f != id);
    }
}

fn rating_code(r: Option<Rating>) -> String {
    match r {
        Some(Rating::AboveExpectation) => "di atas",
        Some(Rating::AsExpected) => "sesuai",
        Some(Rating::BelowExpectation) => "di bawah",
        None => "",
    }
    .to_string()
}

fn feedback_key(v: CoreValue) -> String {
    format!("feedback.{}", v as usize)
}

impl Form for ScoringForm {
    fn is_dirty(&self) -> bool {
        !self.read_only() && self.draft_fields() != self.initial
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    fn draft_id(&self) -> Option<String> {
        if self.read_only() {
            return None;
        }
        let kind = match self.kind {
            ReviewKind::Periodic(n) => format!("p{n}"),
            ReviewKind::Annual => "tahunan".to_string(),
        };
        Some(format!("review/{}/{}/{kind}", self.employee.0, self.year))
    }

    fn draft_fields(&self) -> Fields {
        let mut out = vec![
            ("work".to_string(), rating_code(self.work)),
            (
                "work_justification".to_string(),
                self.work_justification.value().to_string(),
            ),
            ("behaviour".to_string(), rating_code(self.behaviour)),
            (
                "behaviour_justification".to_string(),
                self.behaviour_justification.value().to_string(),
            ),
        ];
        for (v, i) in CoreValue::ALL.iter().zip(&self.feedback) {
            out.push((feedback_key(*v), i.value().to_string()));
        }
        out
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(w) = field(fields, "work") {
            self.work = Rating::parse(w);
        }
        if let Some(b) = field(fields, "behaviour") {
            self.behaviour = Rating::parse(b);
        }
        if let Some(t) = field(fields, "work_justification") {
            self.work_justification = Input::new(t.to_string());
        }
        if let Some(t) = field(fields, "behaviour_justification") {
            self.behaviour_justification = Input::new(t.to_string());
        }
        for (v, i) in CoreValue::ALL.iter().zip(self.feedback.iter_mut()) {
            if let Some(t) = field(fields, &feedback_key(*v)) {
                *i = Input::new(t.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests;
