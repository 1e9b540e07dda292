//! Small parts every feature uses: keys, scrolling, pickers.

pub mod key;
pub mod picker;
pub mod scroll;
