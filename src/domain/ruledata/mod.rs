//! Rule data from `assets/` (the files are embedded at build time, so reading them is not I/O).
//!
//! Each accessor parses its file once. The files are part of the binary and a test parses
//! every one of them, so a parse failure is a build defect, never a user's or the disk's.

pub mod core_values;
pub mod credit;
pub mod distribution;
pub mod setting_key;
pub mod settings;

pub use core_values::{CoreValue, CoreValueText};
pub use credit::CreditTable;
pub use distribution::{Clause, DistributionRule};
pub use setting_key::{hundredths_code, SettingError, SettingKey, SettingValue};
pub use settings::{DayOfYear, OfficeSettings};

/// Parses an embedded asset; panics only on a defective build (see the module comment).
fn parse_embedded<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    match serde_json::from_str(text) {
        Ok(v) => v,
        // Unreachable in a tested build: `tests::every_asset_parses` parses each file.
        Err(e) => panic!("embedded asset {name} is malformed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_asset_parses() {
        assert_eq!(super::core_values::all().len(), 7);
        assert_eq!(super::distribution::all().len(), 5);
        assert!(super::CreditTable::default_table()
            .coefficient(crate::domain::FunctionalTier::Mahir)
            .is_some());
        assert_eq!(super::OfficeSettings::default().objection_window_days, 14);
    }
}
