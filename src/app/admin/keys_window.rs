//! The keys window of the admin screen (issue 10): one account's SSH public keys, opened with
//! `s` (or Enter) on the accounts list; `n` adds one (a one-line field the user's `.pub` line is pasted
//! or typed into), `x`/Del removes the one under the cursor after a question. The keys shown
//! are the accounts list's (read with it by `Effect::LoadAdmin`), so they are fresh after every
//! change; the commands are `Command::AddKey` / `RemoveKey`, refused or done like the others.

use tui_input::Input;

use super::command::{Command, Refusal};
use super::forms::FieldError;
use crate::app::kit::form::Form;
use crate::app::kit::input::edit_input;
use crate::app::kit::key::Key;
use crate::domain::AccountId;

/// The window: whose keys, and the cursor.
#[derive(Clone, Debug)]
pub struct KeysWindow {
    pub account: AccountId,
    pub username: String,
    pub selected: usize,
}

impl KeysWindow {
    pub fn new(account: AccountId, username: String) -> KeysWindow {
        KeysWindow {
            account,
            username,
            selected: 0,
        }
    }

    /// Moves the cursor within `len` keys.
    pub fn move_by(&mut self, step: isize, len: usize) {
        let last = len.saturating_sub(1) as isize;
        self.selected = (self.selected as isize + step).clamp(0, last.max(0)) as usize;
    }

    /// Keeps the cursor on a key after the list changed.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }
}

/// Nothing typed in it.
impl Form for KeysWindow {}

/// The one-line form of a new key.
#[derive(Clone, Debug)]
pub struct KeyForm {
    pub account: AccountId,
    pub username: String,
    pub line: Input,
    pub error: Option<FieldError>,
}

impl KeyForm {
    pub fn new(account: AccountId, username: String) -> KeyForm {
        KeyForm {
            account,
            username,
            line: Input::default(),
            error: None,
        }
    }

    pub fn type_key(&mut self, key: Key) {
        if edit_input(&mut self.line, key) {
            self.error = None;
        }
    }

    /// The command, or the field's error when nothing is typed (the line itself is read by
    /// the command path, which says what is wrong with it).
    pub fn validate(&mut self) -> Option<Command> {
        if self.line.value().trim().is_empty() {
            self.error = Some(FieldError::Required);
            return None;
        }
        self.error = None;
        Some(Command::AddKey {
            account: self.account,
            line: self.line.value().trim().to_string(),
        })
    }

    pub fn refused(&mut self, r: Refusal) {
        self.error = Some(FieldError::Account(r));
    }
}

impl Form for KeyForm {
    fn is_dirty(&self) -> bool {
        !self.line.value().is_empty()
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }
}
