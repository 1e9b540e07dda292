//! Evaluation and unit-grade entries of the trail as their summaries.

use crate::domain::review::audit::{
    ReviewAudit, UnitGradeAudit, REVIEW_AUDIT_FORMAT, UNIT_GRADE_AUDIT_FORMAT,
};
use crate::domain::{AuditEntry, RecordKind};

/// The summary of an evaluation entry; `None` for other records and unreadable snapshots.
pub fn summary(e: &AuditEntry) -> Option<ReviewAudit> {
    if e.record.kind != RecordKind::Review {
        return None;
    }
    serde_json::from_str::<ReviewAudit>(e.after.as_deref()?)
        .ok()
        .filter(|a| a.review_audit == REVIEW_AUDIT_FORMAT)
}

/// The summary of a feedback entry (dialog kinerja, issue 9).
pub fn feedback(e: &AuditEntry) -> Option<crate::domain::feedback::FeedbackAudit> {
    use crate::domain::feedback::audit::{FeedbackAudit, FEEDBACK_AUDIT_FORMAT};
    if e.record.kind != RecordKind::Feedback {
        return None;
    }
    serde_json::from_str::<FeedbackAudit>(e.after.as_deref()?)
        .ok()
        .filter(|a| a.feedback_audit == FEEDBACK_AUDIT_FORMAT)
}

/// The summary of a unit-grade entry.
pub fn unit_grade(e: &AuditEntry) -> Option<UnitGradeAudit> {
    if e.record.kind != RecordKind::UnitGrade {
        return None;
    }
    serde_json::from_str::<UnitGradeAudit>(e.after.as_deref()?)
        .ok()
        .filter(|a| a.unit_grade_audit == UNIT_GRADE_AUDIT_FORMAT)
}
