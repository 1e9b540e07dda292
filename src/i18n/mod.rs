//! Every user-visible string, Indonesian (default) and English.
