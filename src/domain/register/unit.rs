//! Unit kerja / UNOR: the organisation tree.

use serde::{Deserialize, Serialize};

use crate::domain::EmployeeId;

/// Internal identifier of an organisation unit.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct UnitId(pub u64);

/// Unit kerja: one node of the organisation tree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgUnit {
    pub id: UnitId,
    pub name: String,
    /// Unit induk; `None` at the top of the tree.
    pub parent: Option<UnitId>,
    /// Kepala unit.
    pub head: Option<EmployeeId>,
    /// A unit nobody works in any more is closed, never deleted: old records name it.
    pub active: bool,
    /// Revisi: how many times the store saved this record (0: never, or before schema 7). A
    /// save based on another revision than the stored one is refused.
    #[serde(default)]
    pub revision: u64,
}

impl OrgUnit {
    /// The record as the store keeps it after a save based on this one (revision plus one).
    pub fn saved(&self) -> OrgUnit {
        OrgUnit {
            revision: self.revision.saturating_add(1),
            ..self.clone()
        }
    }
}

/// The form in which unit names are compared: `  Seksi   Pemerintahan ` and
/// `seksi pemerintahan` are one name (spacing and case do not tell units apart).
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_differing_in_spacing_or_case_are_one() {
        assert_eq!(super::name_key("Unit  00"), super::name_key("unit 00"));
        assert_eq!(super::name_key(" Unit\t00 "), "unit 00");
        assert_ne!(super::name_key("Unit 00"), super::name_key("Unit 000"));
    }
}
