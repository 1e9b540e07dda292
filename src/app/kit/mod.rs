//! Small parts every feature uses: keys, scrolling, pickers, the language, texts and status
//! notices as values.

pub mod confirm;
pub mod draft;
pub mod form;
pub mod input;
pub mod key;
pub mod lang;
pub mod notice;
pub mod picker;
pub mod scroll;
pub mod terms;
pub mod text;
