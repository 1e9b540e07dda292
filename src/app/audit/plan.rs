//! Plan entries of the trail as summaries, whichever way they were written.

use crate::domain::plan::PerformancePlan;
use crate::domain::plan_audit::PlanAudit;
use crate::domain::{AuditEntry, RecordKind};

/// The summary of a plan entry: stored as such (`after` holds a `PlanAudit`), or worked out
/// from the whole plans that entries written before the summaries hold. `None` for other
/// records and for a snapshot this build cannot read.
pub fn summary(e: &AuditEntry) -> Option<PlanAudit> {
    if e.record.kind != RecordKind::Plan {
        return None;
    }
    let after = e.after.as_deref()?;
    if let Ok(s) = serde_json::from_str::<PlanAudit>(after) {
        return Some(s);
    }
    let after: PerformancePlan = serde_json::from_str(after).ok()?;
    let before: Option<PerformancePlan> = e
        .before
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok());
    Some(PlanAudit::between(before.as_ref(), &after))
}
