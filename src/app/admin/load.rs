//! The admin screen's reads (`Effect::LoadAdmin`): the accounts, the acting assignments, and
//! the latest reason given for each assignment, from the newest part of the audit trail.

use std::collections::HashMap;

use super::view::{AccountRow, ActingRow, Loaded};
use crate::app::services::commands::Services;
use crate::domain::RecordKind;
use crate::store::StoreError;

/// How much of the trail (newest first) is read for the reasons: assignments changed longer
/// ago than that show none. Pages of the audit screen's size.
const REASON_PAGES: usize = 20;
const PAGE: usize = 500;

pub fn load(services: &Services) -> Result<Loaded, StoreError> {
    let now = services.now_ms();
    let mut accounts = Vec::new();
    for a in services.accounts()? {
        let mut row = AccountRow::of(&a, now);
        // One small record per account with keys, a direct read each.
        row.keys = services.account_keys(a.id)?.keys;
        accounts.push(row);
    }
    let assignments = services.store.acting_assignments()?;
    let mut reasons: HashMap<u64, String> = HashMap::new();
    let mut before = None;
    for _ in 0..REASON_PAGES {
        if reasons.len() >= assignments.len() {
            break;
        }
        let page = services.store.audit_page(before, PAGE)?;
        let Some(last) = page.last() else { break };
        before = Some(last.seq);
        for e in &page {
            // The latest reason given (an early end without one keeps the decree shown).
            if e.record.kind == RecordKind::Acting && !e.reason.trim().is_empty() {
                reasons
                    .entry(e.record.id)
                    .or_insert_with(|| e.reason.clone());
            }
        }
    }
    let acting = assignments
        .into_iter()
        .map(|a| ActingRow {
            reason: reasons.remove(&a.id).unwrap_or_default(),
            assignment: a,
        })
        .collect();
    Ok(Loaded { accounts, acting })
}
