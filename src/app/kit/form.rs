//! What the shell asks of every form in a popup (Indonesian: *formulir*), so that quitting,
//! Esc, the status line and drafts treat all forms alike.

/// A form's fields as text, field name -> value, in the form's order (what a draft keeps).
pub type Fields = Vec<(String, String)>;

pub trait Form {
    /// Holds typed input that closing would lose.
    fn is_dirty(&self) -> bool {
        false
    }

    /// Shows at least one error at a field.
    fn has_errors(&self) -> bool {
        false
    }

    /// The form's identity for its draft (`employee/new`, `unit/7`); `None`: no draft kept
    /// (password forms: a secret never goes to disk).
    fn draft_id(&self) -> Option<String> {
        None
    }

    /// The typed input, for a draft.
    fn draft_fields(&self) -> Fields {
        Vec::new()
    }

    /// Puts a draft's input back; fields it does not know or cannot read are left as they are.
    fn restore(&mut self, _fields: &[(String, String)]) {}
}

/// The value of `name` in a draft's fields.
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}
