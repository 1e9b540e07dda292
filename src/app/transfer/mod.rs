//! The register in and out of files: CSV import, CSV/JSON export.

pub mod export;
pub mod import;
