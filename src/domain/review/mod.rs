//! Penilaian kinerja (issue 8; domain.md 5, 6, 8, 9): pure scoring rules. No I/O, no storage,
//! no wording: errors and warnings are enums that `i18n` puts into words.

pub mod audit;
pub mod consequence;
pub mod consistency;
pub mod distribution;
pub mod evaluation;
pub mod head;
pub mod matrix;
pub mod objection;
pub mod unit_grade;
pub mod year;

pub use distribution::{check, DistributionCheck, GradeCounts, Member};
pub use evaluation::{Review, ReviewError, ReviewKind, ReviewState};
pub use matrix::grade;
pub use unit_grade::UnitGrade;
pub use year::{ObjectionState, ReviewEntry, ReviewYear};
