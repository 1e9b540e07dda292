//! The register, the plans and the evaluations in and out of files: CSV import, CSV/JSON
//! export.

pub mod export;
pub mod feedback_export;
pub mod feedback_import;
pub mod follow_up;
pub mod import;
pub mod realization_import;
pub mod review_export;
pub mod review_import;
pub mod review_rows;
pub mod skp_export;
pub mod skp_import;
pub mod skp_rows;
