//! Tests of the dialog kinerja rules.
