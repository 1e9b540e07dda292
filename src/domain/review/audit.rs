//! Jejak audit penilaian: what one save of an employee's year of evaluations changed, as an
//! auditor reads it (like `plan_audit`: a summary, not the record twice). The people are
//! named as the register had them at the save, so the entry is found by name and NIP later.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::evaluation::{RatingField, ReviewKind, ReviewState};
use super::objection::Outcome;
use super::unit_grade::UnitGrade;
use super::year::{ReviewEntry, ReviewYear};
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::plan_audit::PersonRef;
use crate::domain::ruledata::CoreValue;
use crate::domain::{dates, UnitId};

/// The format of [`ReviewAudit`]: tells the summary apart from other JSON in the trail.
pub const REVIEW_AUDIT_FORMAT: u16 = 1;

/// Ringkasan perubahan penilaian: one audit entry of a review year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewAudit {
    /// [`REVIEW_AUDIT_FORMAT`].
    pub review_audit: u16,
    pub year: i32,
    /// Pegawai yang dinilai.
    pub employee: PersonRef,
    /// Pejabat penilai of the evaluations changed (the first one's).
    pub appraiser: Option<PersonRef>,
    pub events: Vec<ReviewEvent>,
}

/// One change inside the year's evaluations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReviewEvent {
    /// A new evaluation (draft).
    Created {
        kind: ReviewKind,
    },
    Rated {
        kind: ReviewKind,
        field: RatingField,
        before: Option<Rating>,
        after: Option<Rating>,
    },
    /// A justification text changed (the text itself stays in the record).
    Justified {
        kind: ReviewKind,
        field: RatingField,
    },
    /// The behaviour feedback on a core value changed.
    Feedback {
        kind: ReviewKind,
        value: CoreValue,
    },
    Signed {
        kind: ReviewKind,
        grade: PerformanceGrade,
    },
    Reopened {
        kind: ReviewKind,
        reason: String,
    },
    Received {
        kind: ReviewKind,
        #[serde(with = "dates::req")]
        on: NaiveDate,
    },
    ObjectionFiled {
        kind: ReviewKind,
        #[serde(with = "dates::req")]
        on: NaiveDate,
    },
    Decided {
        kind: ReviewKind,
        outcome: Outcome,
    },
}

impl ReviewAudit {
    /// The summary of a save from `old` (none: a new year) to `new`.
    pub fn between(
        old: Option<&ReviewYear>,
        new: &ReviewYear,
        employee: PersonRef,
        appraiser: Option<PersonRef>,
    ) -> ReviewAudit {
        let mut events = Vec::new();
        for e in &new.entries {
            let before = old.and_then(|o| o.get(e.review.kind));
            entry_events(before, e, &mut events);
        }
        ReviewAudit {
            review_audit: REVIEW_AUDIT_FORMAT,
            year: new.year,
            employee,
            appraiser,
            events,
        }
    }
}

fn entry_events(old: Option<&ReviewEntry>, new: &ReviewEntry, out: &mut Vec<ReviewEvent>) {
    let kind = new.review.kind;
    let r = &new.review;
    let o = old.map(|o| &o.review);
    if o.is_none() {
        out.push(ReviewEvent::Created { kind });
    }
    let reopened = o.map_or(0, |o| o.reopenings.len());
    for re in r.reopenings.iter().skip(reopened) {
        out.push(ReviewEvent::Reopened {
            kind,
            reason: re.reason.clone(),
        });
    }
    let fields = [
        (RatingField::WorkResult, o.and_then(|o| o.work), r.work),
        (
            RatingField::Behaviour,
            o.and_then(|o| o.behaviour),
            r.behaviour,
        ),
    ];
    for (field, before, after) in fields {
        if before != after {
            out.push(ReviewEvent::Rated {
                kind,
                field,
                before,
                after,
            });
        }
    }
    let texts = [
        (
            RatingField::WorkResult,
            o.map(|o| o.work_justification.as_str()),
            &r.work_justification,
        ),
        (
            RatingField::Behaviour,
            o.map(|o| o.behaviour_justification.as_str()),
            &r.behaviour_justification,
        ),
    ];
    for (field, before, after) in texts {
        if before.unwrap_or("") != after.as_str() {
            out.push(ReviewEvent::Justified { kind, field });
        }
    }
    for value in CoreValue::ALL {
        let before = o.and_then(|o| o.behaviour_feedback.get(&value));
        let after = r.behaviour_feedback.get(&value);
        if before.map_or("", |s| s.as_str()) != after.map_or("", |s| s.as_str()) {
            out.push(ReviewEvent::Feedback { kind, value });
        }
    }
    let was_signed = o.is_some_and(|o| matches!(o.state, ReviewState::Signed(_)));
    if let (false, Some(s)) = (was_signed, r.signature()) {
        out.push(ReviewEvent::Signed {
            kind,
            grade: s.grade,
        });
    }
    if let (None, Some(on)) = (old.and_then(|o| o.received_on), new.received_on) {
        out.push(ReviewEvent::Received { kind, on });
    }
    let old_obj = old.and_then(|o| o.objection.as_ref());
    if let (None, Some(obj)) = (old_obj, new.objection.as_ref()) {
        out.push(ReviewEvent::ObjectionFiled {
            kind,
            on: obj.filed_on,
        });
    }
    let old_decided = old_obj.is_some_and(|o| o.decision.is_some());
    if let (false, Some(d)) = (
        old_decided,
        new.objection.as_ref().and_then(|o| o.decision.as_ref()),
    ) {
        out.push(ReviewEvent::Decided {
            kind,
            outcome: d.outcome,
        });
    }
}

/// The format of [`UnitGradeAudit`].
pub const UNIT_GRADE_AUDIT_FORMAT: u16 = 1;

/// Ringkasan perubahan predikat organisasi: one audit entry of a unit grade.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitGradeAudit {
    /// [`UNIT_GRADE_AUDIT_FORMAT`].
    pub unit_grade_audit: u16,
    pub unit: UnitId,
    pub unit_name: String,
    pub year: i32,
    pub before: Option<OrgGrade>,
    pub grade: OrgGrade,
    /// Nomor keputusan.
    pub decree: String,
    pub set_by: Option<PersonRef>,
}

impl UnitGradeAudit {
    pub fn between(
        old: Option<&UnitGrade>,
        new: &UnitGrade,
        unit_name: &str,
        set_by: Option<PersonRef>,
    ) -> UnitGradeAudit {
        UnitGradeAudit {
            unit_grade_audit: UNIT_GRADE_AUDIT_FORMAT,
            unit: new.unit,
            unit_name: unit_name.to_string(),
            year: new.year,
            before: old.map(|o| o.grade),
            grade: new.grade,
            decree: new.decree.clone(),
            set_by,
        }
    }
}
