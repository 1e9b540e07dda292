//! SKP (Sasaran Kinerja Pegawai): periods, plans, targets, achievement, realisation, and the
//! pure operations on them (linking, copy, bulk assignment, cascade, progress). domain.md 2-3.

pub mod period;

pub use period::{Period, PeriodError, PeriodState, Segment, Segmentation};
