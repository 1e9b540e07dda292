//! The Riwayat tab's state: whose history, what was read, the filters and the cursor.

use tui_input::Input;

use super::query::{Entry, EntryKind, History};
use crate::app::kit::scroll::Scroll;
use crate::domain::EmployeeId;

#[derive(Clone, Debug, Default)]
pub struct HistoryView {
    /// The people the viewer pages through with `p` / `n` (`query::people`).
    pub people: Vec<EmployeeId>,
    /// Whose history is shown (or being read).
    pub person: Option<EmployeeId>,
    /// What was read for `person`; `None` while reading.
    pub history: Option<History>,
    /// Indices into `history.entries` that pass the filters, in timeline order.
    pub rows: Vec<usize>,
    pub scroll: Scroll,
    /// The entry opened in place (an index into `history.entries`).
    pub open: Option<usize>,
    /// Only this year (`None`: all).
    pub year: Option<i32>,
    /// Only this kind (`None`: all).
    pub kind: Option<EntryKind>,
    /// Words searched in notes and sessions.
    pub search: Input,
    pub searching: bool,
}

/// Rows of the charts' box above the timeline (five plot rows, the axis, the borders).
pub const CHART_ROWS: u16 = 9;

impl HistoryView {
    /// `rows`: the screen's list height; the timeline has the heading, the filter line and
    /// the charts less, so that PgUp/PgDn move by what is seen.
    pub fn set_viewport(&mut self, rows: usize) {
        let above = usize::from(CHART_ROWS) + 2;
        self.scroll.set_viewport(rows.saturating_sub(above).max(1));
    }

    /// Takes what was read; a new person starts at the top with the filters cleared, the same
    /// person keeps them (a reload).
    pub fn apply(&mut self, h: History) {
        let same = self.history.as_ref().map(|x| x.employee) == Some(h.employee);
        let keep = self.current_entry().cloned();
        self.person = Some(h.employee);
        self.history = Some(h);
        if !same {
            self.year = None;
            self.kind = None;
            self.search = Input::default();
            self.open = None;
            self.scroll.reset();
        }
        self.refilter();
        if let Some(k) = keep.filter(|_| same) {
            if let Some(at) = self.rows.iter().position(|i| self.entry(*i) == Some(&k)) {
                self.scroll.selected = at;
                self.scroll.move_by(0, self.rows.len());
            }
        }
    }

    /// Forgets what was read (another person is being read).
    pub fn begin(&mut self, person: EmployeeId) {
        if self.person != Some(person) {
            self.history = None;
            self.rows.clear();
        }
        self.person = Some(person);
    }

    /// The read failed: nothing shown (the status line says why).
    pub fn failed(&mut self) {
        self.history = None;
        self.rows.clear();
        self.open = None;
    }

    fn entry(&self, i: usize) -> Option<&Entry> {
        self.history.as_ref().and_then(|h| h.entries.get(i))
    }

    /// The entry under the cursor.
    pub fn current_entry(&self) -> Option<&Entry> {
        self.rows
            .get(self.scroll.selected)
            .and_then(|i| self.entry(*i))
    }

    /// The index (into `history.entries`) under the cursor.
    pub fn current(&self) -> Option<usize> {
        self.rows.get(self.scroll.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        self.scroll.move_by(delta, self.rows.len());
    }

    /// Works out `rows` from the filters; the cursor stays on its entry when it passes.
    pub fn refilter(&mut self) {
        let at = self.current();
        let words: Vec<String> = self
            .search
            .value()
            .to_lowercase()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        self.rows = match &self.history {
            None => Vec::new(),
            Some(h) => h
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| self.year.is_none_or(|y| e.year == y))
                .filter(|(_, e)| self.kind.is_none_or(|k| e.kind() == k))
                .filter(|(_, e)| {
                    words.is_empty()
                        || e.search_text().is_some_and(|t| {
                            let t = t.to_lowercase();
                            words.iter().all(|w| t.contains(w.as_str()))
                        })
                })
                .map(|(i, _)| i)
                .collect(),
        };
        self.scroll.selected = at
            .and_then(|i| self.rows.iter().position(|r| *r == i))
            .unwrap_or(0);
        self.scroll.move_by(0, self.rows.len());
    }

    /// The year filter one step: `older` goes from all years to the newest, then back in
    /// time, and round to all years again.
    pub fn step_year(&mut self, older: bool) {
        let years = self
            .history
            .as_ref()
            .map(History::years)
            .unwrap_or_default();
        if years.is_empty() {
            self.year = None;
        } else {
            // Positions: 0 = all years, 1.. = years newest first.
            let n = years.len() + 1;
            let cur = self
                .year
                .and_then(|y| years.iter().position(|x| *x == y))
                .map_or(0, |i| i + 1);
            let next = if older {
                (cur + 1) % n
            } else {
                (cur + n - 1) % n
            };
            self.year = next.checked_sub(1).and_then(|i| years.get(i).copied());
        }
        self.refilter();
    }

    /// The kind filter one step: all kinds, then each kind in turn.
    pub fn step_kind(&mut self) {
        let all = EntryKind::ALL;
        self.kind = match self.kind {
            None => Some(all[0]),
            Some(k) => all
                .iter()
                .position(|x| *x == k)
                .and_then(|i| all.get(i + 1).copied()),
        };
        self.refilter();
    }

    /// Opens the entry under the cursor in place, or closes it.
    pub fn toggle_open(&mut self) {
        let cur = self.current();
        self.open = if self.open == cur { None } else { cur };
    }

    /// The person `delta` steps from the one shown in `people` (wrapping); `None` with
    /// nobody to go to.
    pub fn step_person(&self, delta: isize) -> Option<EmployeeId> {
        let n = self.people.len();
        if n == 0 {
            return None;
        }
        let cur = self
            .person
            .and_then(|p| self.people.iter().position(|x| *x == p));
        let next = match cur {
            Some(i) => (i as isize + delta).rem_euclid(n as isize) as usize,
            None => 0,
        };
        self.people.get(next).copied()
    }
}

#[cfg(test)]
mod viewport_tests {
    use super::*;

    #[test]
    fn the_timeline_pages_by_the_rows_under_the_charts() {
        let mut v = HistoryView::default();
        v.set_viewport(30);
        assert_eq!(v.scroll.viewport, 30 - 11);
        v.set_viewport(5);
        assert_eq!(v.scroll.viewport, 1, "never zero");
    }
}
