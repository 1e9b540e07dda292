//! Drawing parts every screen uses: colours, form fields, popup frames.

pub mod field;
pub mod popup;
pub mod theme;
pub mod wrap;

pub use popup::popup;
