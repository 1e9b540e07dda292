//! A searchable picker: type part of a name or NIP, move, Enter to choose.

use tui_input::Input;

use super::text::T;
use crate::app::employees::form::edit_input;
use crate::app::kit::key::Key;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickItem {
    /// Id of the unit or employee, or index of the choice.
    pub id: u64,
    pub label: String,
    pub detail: String,
    hay: String,
}

impl PickItem {
    pub fn new(id: u64, label: String, detail: String, extra: &str) -> PickItem {
        let hay = format!("{label} {detail} {extra}").to_lowercase();
        PickItem {
            id,
            label,
            detail,
            hay,
        }
    }
}

/// A picker whose choice goes to `target` (each feature names its own targets).
#[derive(Clone, Debug)]
pub struct Picker<Target> {
    pub title: T,
    pub target: Target,
    pub query: Input,
    pub items: Vec<PickItem>,
    /// Indices into `items` matching the query.
    pub matches: Vec<usize>,
    pub scroll: crate::app::kit::scroll::Scroll,
    /// Whether Ctrl-D ("none") is allowed.
    pub allow_none: bool,
    /// What to say when there is nothing at all to pick.
    pub no_items: T,
}

/// What the picker returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picked {
    Item(u64),
    Nothing,
}

impl<Target> Picker<Target> {
    pub fn new(
        title: T,
        target: Target,
        items: Vec<PickItem>,
        current: Option<u64>,
        allow_none: bool,
    ) -> Picker<Target> {
        let mut p = Picker {
            title,
            target,
            query: Input::default(),
            matches: (0..items.len()).collect(),
            items,
            scroll: Default::default(),
            allow_none,
            no_items: T::PickerEmpty,
        };
        if let Some(cur) = current {
            if let Some(pos) = p.items.iter().position(|i| i.id == cur) {
                p.scroll.move_by(pos as isize, p.matches.len());
            }
        }
        p
    }

    pub fn when_empty(mut self, text: T) -> Picker<Target> {
        self.no_items = text;
        self
    }

    /// The same picker with its target wrapped, e.g. into the shell's per-feature target.
    pub fn map_target<U>(self, f: impl FnOnce(Target) -> U) -> Picker<U> {
        Picker {
            title: self.title,
            target: f(self.target),
            query: self.query,
            items: self.items,
            matches: self.matches,
            scroll: self.scroll,
            allow_none: self.allow_none,
            no_items: self.no_items,
        }
    }

    pub fn type_key(&mut self, key: Key) {
        if edit_input(&mut self.query, key) {
            let q = self.query.value().to_lowercase();
            let terms: Vec<&str> = q.split_whitespace().collect();
            self.matches = self
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| terms.iter().all(|t| it.hay.contains(t)))
                .map(|(i, _)| i)
                .collect();
            self.scroll.reset();
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.scroll.move_by(delta, self.matches.len());
    }

    pub fn set_viewport(&mut self, rows: usize) {
        self.scroll.set_viewport(rows);
    }

    pub fn current(&self) -> Option<&PickItem> {
        self.matches
            .get(self.scroll.selected)
            .and_then(|i| self.items.get(*i))
    }
}
