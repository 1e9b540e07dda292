//! Unit kerja / UNOR: the organisation tree.

use serde::{Deserialize, Serialize};

use super::EmployeeId;

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
}
