//! The office settings in the store: one record, absent until an admin first changes a
//! setting (then the embedded defaults apply). Written inside a commit like any record, so
//! each change has its audit entry.

use super::commit::Written;
use super::kv::Kv;
use super::{keys, records, StoreError};
use crate::domain::{OfficeSettings, RecordKind, RecordRef};

/// The audit trail's id of the one settings record.
pub const ID: u64 = 1;

/// The stored settings, `None` when the office never changed them.
pub fn read(data: &sled::Tree) -> Result<Option<OfficeSettings>, StoreError> {
    let key = keys::settings();
    data.get(&key)?
        .map(|v| records::settings::decode(&key, &v))
        .transpose()
}

/// The years that hold at least one plan, from the employee-plan index (keys only, no plan
/// is decoded).
pub fn plan_years(data: &sled::Tree) -> Result<std::collections::BTreeSet<i32>, StoreError> {
    let mut years = std::collections::BTreeSet::new();
    for kv in data.scan_prefix(keys::plans_of_employees_prefix()) {
        let (k, _) = kv?;
        let year = keys::year_of_plan_index_key(&k).ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&k),
            detail: "malformed index key".into(),
        })?;
        years.insert(year);
    }
    Ok(years)
}

/// Writes the settings; the entry's "before" is the stored record, else the defaults it
/// replaces (so the first change shows old -> new like every later one).
///
/// The save is based on revision `s.revision`: refused with `StaleRevision` unless that is the
/// stored one (none stored, or stored before schema 8: 0); stored as one more.
pub fn write<K: Kv>(kv: &K, s: &OfficeSettings) -> Result<Written, K::Error> {
    let key = keys::settings();
    let stored = match kv.get(&key)? {
        Some(bytes) => Some(records::settings::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let found = stored.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != s.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Settings,
            id: ID,
            expected: s.revision,
            found,
            by: None,
        }));
    }
    let old = stored.unwrap_or_default();
    let s = &s.saved();
    let before = records::settings::json(&key, &old).map_err(K::abort)?;
    let after = records::settings::json(&key, s).map_err(K::abort)?;
    kv.insert(key, records::settings::encode(s).map_err(K::abort)?)?;
    Ok((
        RecordRef {
            kind: RecordKind::Settings,
            id: ID,
        },
        Some(before),
        after,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::records::settings::{encode_v4, SettingsV4};

    #[test]
    fn settings_written_by_a_schema_5_build_still_read_and_audit_alike() {
        let db = sled::Config::new().temporary(true).open().unwrap();
        let data = db.open_tree("data").unwrap();
        let d = OfficeSettings::default();
        let v4 = SettingsV4 {
            segmentation: d.segmentation,
            plan_deadline: d.plan_deadline,
            annual_evaluation_deadline: d.annual_evaluation_deadline,
            objection_window_days: 30,
            distribution_enforced: true,
            distribution_excludes_unit_head: d.distribution_excludes_unit_head,
            head_work_result_rating: d.head_work_result_rating.clone(),
            min_feedback_per_segment: 2,
        };
        data.insert(keys::settings(), encode_v4(&v4).unwrap())
            .unwrap();
        let got = read(&data).unwrap().unwrap();
        assert_eq!(got.objection_window_days, 30);
        assert!(got.distribution_enforced);
        assert_eq!(got.credit_coefficients, d.credit_coefficients);
        // an audit entry's JSON of the old shape (no coefficients) reads too
        let mut json: serde_json::Value = serde_json::to_value(&got).unwrap();
        json.as_object_mut().unwrap().remove("credit_coefficients");
        let back: OfficeSettings = serde_json::from_value(json).unwrap();
        assert_eq!(back, got);
    }
}
