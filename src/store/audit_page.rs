//! The audit trail a page at a time, newest first, from a cursor: the audit screen shows the
//! latest entries at once however long the trail is (millions of entries), reading only the
//! keys of the page by a reverse range scan.

use super::keys::{self, Counter};
use super::{counters, records, StoreError};
use crate::domain::AuditEntry;

/// Up to `limit` entries with a seq below `before` (all when `None`), newest first. The next
/// page starts before the seq of the last entry returned; an empty page ends the trail.
pub fn page(
    data: &sled::Tree,
    before: Option<u64>,
    limit: usize,
) -> Result<Vec<AuditEntry>, StoreError> {
    let start = keys::audit(0);
    let end = match before {
        Some(seq) => keys::audit(seq),
        None => vec![keys::AUDIT + 1],
    };
    let mut out = Vec::with_capacity(limit.min(1024));
    for kv in data.range(start..end).rev().take(limit) {
        let (k, v) = kv?;
        out.push(records::audit::decode(&k, &v)?);
    }
    Ok(out)
}

/// How many entries the trail holds (seqs run from 1 without gaps).
pub fn len(data: &sled::Tree) -> Result<u64, StoreError> {
    counters::get(data, Counter::AuditSeq)
}
