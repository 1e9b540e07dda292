//! Audit entries. The payload (`domain::AuditEntry`) has the same layout in schemas 1 to 4
//! (schema 3 added enum variants at the end: account and acting records, sign-in actions;
//! schema 4 the plan and period records), so
//! entries written before a migration stay as they were: the trail is history and is never
//! rewritten.
//!
//! Plan entries: written before the summaries, `before`/`after` hold the whole plan as JSON;
//! since, `before` is empty and `after` holds a `domain::plan_audit::PlanAudit` (marked by its
//! `plan_audit` field). The binary layout is the same, so the envelope version stays; readers
//! tell the two apart by that field (`app::audit::plan`).

use super::check_id;
use crate::domain::AuditEntry;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of audit entries written by this build.
pub const VERSION: u16 = 4;
/// Versions whose payload decodes as today's `AuditEntry`.
pub const READABLE: [u16; 4] = [1, 2, 3, 4];

pub fn encode(a: &AuditEntry) -> Result<Vec<u8>, StoreError> {
    encode_at(a, VERSION)
}

pub fn encode_at(a: &AuditEntry, version: u16) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::audit(a.seq), Kind::Audit, version, a)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<AuditEntry, StoreError> {
    let a: AuditEntry = codec::decode(key, bytes, Kind::Audit, &READABLE)?;
    check_id(key, key.get(1..).and_then(keys::be_u64), a.seq)?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AuditAction, RecordKind, RecordRef};

    /// A plan entry as builds before the summaries wrote it (the whole plan as JSON, envelope
    /// version 4) still decodes as it was: the reader summarises it (`app::audit::plan`).
    #[test]
    fn an_old_whole_plan_entry_decodes_unchanged() {
        let old = AuditEntry {
            seq: 7,
            at_ms: 1_795_856_400_000,
            actor: "maria".into(),
            action: AuditAction::Update,
            record: RecordRef {
                kind: RecordKind::Plan,
                id: 3,
            },
            before: Some(r#"{"id":3,"revision":1,"year":2026}"#.into()),
            after: Some(r#"{"id":3,"revision":2,"year":2026}"#.into()),
            reason: String::new(),
        };
        let bytes = encode_at(&old, 4).expect("encodes");
        assert_eq!(decode(&keys::audit(7), &bytes).expect("decodes"), old);
    }
}
