//! The register and the plans in and out of files: CSV import, CSV/JSON export.

pub mod export;
pub mod follow_up;
pub mod import;
pub mod realization_import;
pub mod skp_export;
pub mod skp_import;
pub mod skp_rows;
