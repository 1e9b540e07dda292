//! A searchable picker: type part of a name or NIP, move, Enter to choose.

use tui_input::Input;

use crate::app::employee_form::edit_input;
use crate::app::key::Key;
use crate::app::kit::text::T;

/// Where the chosen value goes when the picker closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    FormUnit,
    FormSupervisor,
    FormGrade,
    FormPositionKind,
    DeactivateReason,
    DeactivateReassign,
    UnitParent,
    UnitHead,
}

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

#[derive(Clone, Debug)]
pub struct Picker {
    pub title: T,
    pub target: PickTarget,
    pub query: Input,
    pub items: Vec<PickItem>,
    /// Indices into `items` matching the query.
    pub matches: Vec<usize>,
    pub scroll: crate::app::scroll::Scroll,
    /// Whether Ctrl-D ("none") is allowed.
    pub allow_none: bool,
}

/// What the picker returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picked {
    Item(u64),
    Nothing,
}

impl Picker {
    pub fn new(
        title: T,
        target: PickTarget,
        items: Vec<PickItem>,
        current: Option<u64>,
        allow_none: bool,
    ) -> Picker {
        let mut p = Picker {
            title,
            target,
            query: Input::default(),
            matches: (0..items.len()).collect(),
            items,
            scroll: Default::default(),
            allow_none,
        };
        if let Some(cur) = current {
            if let Some(pos) = p.items.iter().position(|i| i.id == cur) {
                p.scroll.move_by(pos as isize, p.matches.len());
            }
        }
        p
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
