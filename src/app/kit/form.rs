//! What the shell asks of every form in a popup (Indonesian: *formulir*), so that quitting,
//! Esc and the status line treat all forms alike.

pub trait Form {
    /// Holds typed input that closing would lose.
    fn is_dirty(&self) -> bool {
        false
    }

    /// Shows at least one error at a field.
    fn has_errors(&self) -> bool {
        false
    }
}
