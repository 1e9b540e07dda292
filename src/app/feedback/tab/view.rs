//! The tab's state: the year, the people (with their year of feedback counted), the focused
//! pane, and each person's feedback records as `load` read them.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::app::kit::scroll::Scroll;
use crate::domain::feedback::{
    FeedbackYear, FollowUp, FollowUpRef, FollowUpStatus, QuickNote, Session,
};
use crate::domain::EmployeeId;

/// Which half of the tab has the keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Entries,
}

/// One person on the list, with the year's feedback counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub employee: EmployeeId,
    pub name: String,
    /// NIP grouped.
    pub nip: String,
    pub sessions: usize,
    pub notes: usize,
    /// Follow-ups not reviewed yet (this year's and last year's records).
    pub open: usize,
    /// Of those, due before today.
    pub overdue: usize,
    /// The date of the last session or note of the year.
    pub last: Option<NaiveDate>,
    /// A report of a supervisor the viewer acts for today (Plt/Plh).
    pub acting: bool,
}

/// What `load` read for the tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub year: i32,
    pub rows: Vec<Row>,
    /// Per person: the records of the year before and of the year (those that exist).
    pub records: HashMap<EmployeeId, Vec<FeedbackYear>>,
    /// The viewer has no reports: the list is themselves.
    pub own: bool,
}

/// One line of the entries pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Session(u32),
    FollowUp(FollowUpRef),
    Note(u32),
}

#[derive(Clone, Debug, Default)]
pub struct SessionsView {
    /// 0 until the tab is first shown.
    pub year: i32,
    /// An admin's choice of supervisor.
    pub subject: Option<EmployeeId>,
    pub loaded: bool,
    pub own: bool,
    pub rows: Vec<Row>,
    pub records: HashMap<EmployeeId, Vec<FeedbackYear>>,
    pub scroll: Scroll,
    pub pane: Pane,
    pub entry: Scroll,
    /// The person to select once the next load is in (a jump from the agenda).
    pub want: Option<EmployeeId>,
}

impl SessionsView {
    pub fn apply(&mut self, l: Loaded) {
        let keep = self
            .want
            .take()
            .or_else(|| self.current().map(|r| r.employee));
        self.year = l.year;
        self.rows = l.rows;
        self.records = l.records;
        self.own = l.own;
        self.loaded = true;
        if let Some(at) = keep.and_then(|e| self.rows.iter().position(|r| r.employee == e)) {
            self.scroll.selected = at;
        }
        let len = self.rows.len();
        self.scroll.move_by(0, len);
        let n = self.entries().len();
        self.entry.move_by(0, n);
    }

    pub fn set_viewport(&mut self, rows: usize) {
        self.scroll.set_viewport(rows);
        self.entry.set_viewport(rows);
    }

    pub fn current(&self) -> Option<&Row> {
        self.rows.get(self.scroll.selected)
    }

    /// The selected person's record of the tab's year.
    pub fn record(&self) -> Option<&FeedbackYear> {
        let e = self.current()?.employee;
        self.records.get(&e)?.iter().find(|y| y.year == self.year)
    }

    /// The selected person's sessions and notes of the year, newest first, each session
    /// followed by its follow-ups.
    pub fn entries(&self) -> Vec<Entry> {
        let Some(rec) = self.record() else {
            return Vec::new();
        };
        let mut dated: Vec<(NaiveDate, u32, Entry)> = rec
            .sessions
            .iter()
            .map(|s| (s.date, s.id, Entry::Session(s.id)))
            .chain(rec.notes.iter().map(|n| (n.date, n.id, Entry::Note(n.id))))
            .collect();
        dated.sort_by_key(|d| std::cmp::Reverse((d.0, d.1)));
        let mut out = Vec::new();
        for (_, _, e) in dated {
            out.push(e);
            if let Entry::Session(id) = e {
                if let Some(s) = rec.session(id) {
                    for i in 0..s.follow_ups.len() {
                        out.push(Entry::FollowUp(FollowUpRef {
                            year: rec.year,
                            session: id,
                            index: u16::try_from(i).unwrap_or(u16::MAX),
                        }));
                    }
                }
            }
        }
        out
    }

    pub fn current_entry(&self) -> Option<Entry> {
        self.entries().get(self.entry.selected).copied()
    }

    pub fn session(&self, id: u32) -> Option<&Session> {
        self.record()?.session(id)
    }

    pub fn note(&self, id: u32) -> Option<&QuickNote> {
        self.record()?.note(id)
    }

    pub fn follow_up(&self, at: &FollowUpRef) -> Option<&FollowUp> {
        self.record()?.follow_up(at)
    }

    /// The date of the session a follow-up was carried from (any loaded year).
    pub fn origin(&self, from: &FollowUpRef) -> Option<NaiveDate> {
        let e = self.current()?.employee;
        let rec = self.records.get(&e)?.iter().find(|y| y.year == from.year)?;
        rec.session(from.session).map(|s| s.date)
    }
}

/// A list row counted from a person's records on `today`.
pub fn count(
    employee: EmployeeId,
    name: String,
    nip: String,
    year: i32,
    records: &[FeedbackYear],
    today: NaiveDate,
) -> Row {
    let this = records.iter().find(|y| y.year == year);
    let open: Vec<&FollowUp> = records
        .iter()
        .flat_map(|y| y.follow_ups().map(|(_, f)| f))
        .filter(|f| f.status() == FollowUpStatus::Open)
        .collect();
    Row {
        employee,
        name,
        nip,
        sessions: this.map_or(0, |y| y.sessions.len()),
        notes: this.map_or(0, |y| y.notes.len()),
        open: open.len(),
        overdue: open
            .iter()
            .filter(|f| f.due.is_some_and(|d| d < today))
            .count(),
        last: this.and_then(|y| {
            y.sessions
                .iter()
                .map(|s| s.date)
                .chain(y.notes.iter().map(|n| n.date))
                .max()
        }),
        acting: false,
    }
}
