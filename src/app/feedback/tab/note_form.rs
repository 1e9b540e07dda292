//! Catatan kinerja: the quick note popup. The text has the focus when it opens; Enter saves.
//! Tone (positive / negative), date (default today) and an optional topic (an RHK or a core
//! value) with ←/→. A Form with drafts `feedback-note/<employee>`.

use chrono::NaiveDate;
use tui_input::Input;

use crate::app::kit::form::{field, Fields, Form};
use crate::app::kit::input::{format_date, parse_date};
use crate::domain::feedback::{check_note, FeedbackError, NoteTone, QuickNote, Topic};
use crate::domain::EmployeeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Text,
    Tone,
    Topic,
    Date,
}

impl Slot {
    pub const ALL: [Slot; 4] = [Slot::Text, Slot::Tone, Slot::Topic, Slot::Date];
}

/// What is wrong at a field: a date not read, or a rule's error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteError {
    Unreadable,
    Rule(FeedbackError),
}

#[derive(Clone, Debug)]
pub struct NoteForm {
    pub employee: EmployeeId,
    pub name: String,
    pub text: Input,
    pub tone: NoteTone,
    /// Topics offered (RHKs of the year's plans, core values); `topic` is a position in it.
    pub topic_options: Vec<Topic>,
    pub topic: Option<usize>,
    pub date: Input,
    pub focus: usize,
    pub error: Option<(Slot, NoteError)>,
    /// A stored note being changed: its year and id (`None`: a new note).
    pub editing: Option<(i32, u32)>,
    initial: Fields,
}

impl NoteForm {
    pub fn new(
        employee: EmployeeId,
        name: String,
        topics: Vec<Topic>,
        today: NaiveDate,
    ) -> NoteForm {
        let mut f = NoteForm {
            employee,
            name,
            text: Input::default(),
            tone: NoteTone::Positive,
            topic_options: topics,
            topic: None,
            date: Input::new(format_date(Some(today))),
            focus: 0,
            error: None,
            editing: None,
            initial: Vec::new(),
        };
        f.initial = f.draft_fields();
        f
    }

    /// The form on a stored note of `year`, its values filled in.
    pub fn for_edit(
        employee: EmployeeId,
        name: String,
        topics: Vec<Topic>,
        year: i32,
        note: &QuickNote,
        today: NaiveDate,
    ) -> NoteForm {
        let mut f = NoteForm::new(employee, name, topics, today);
        f.text = Input::new(note.text.clone());
        f.tone = note.tone;
        f.date = Input::new(format_date(Some(note.date)));
        f.topic = note
            .topic
            .as_ref()
            .and_then(|t| f.topic_options.iter().position(|o| o == t));
        f.editing = Some((year, note.id));
        f.initial = f.draft_fields();
        f
    }

    pub fn slot(&self) -> Slot {
        Slot::ALL[self.focus.min(Slot::ALL.len() - 1)]
    }

    /// ←/→ on the tone or the topic (none, then each option).
    pub fn choice(&mut self, delta: isize) {
        match self.slot() {
            Slot::Tone => {
                self.tone = match self.tone {
                    NoteTone::Positive => NoteTone::Negative,
                    NoteTone::Negative => NoteTone::Positive,
                }
            }
            Slot::Topic => {
                let n = self.topic_options.len() as isize + 1;
                let at = self.topic.map_or(0, |i| i as isize + 1);
                let next = (at + delta).rem_euclid(n);
                self.topic = (next > 0).then(|| (next - 1) as usize);
            }
            Slot::Text | Slot::Date => {}
        }
    }

    /// The note as typed, checked as the command will check it.
    pub fn note(&mut self, today: NaiveDate) -> Option<QuickNote> {
        self.error = None;
        let Some(date) = parse_date(self.date.value(), today).ok() else {
            self.fail(Slot::Date, NoteError::Unreadable);
            return None;
        };
        let n = QuickNote {
            id: self.editing.map_or(0, |(_, id)| id),
            date,
            author: EmployeeId(0),
            tone: self.tone,
            text: self.text.value().trim().to_string(),
            topic: self.topic.and_then(|i| self.topic_options.get(i).cloned()),
        };
        if let Some(e) = check_note(&n, today).first() {
            self.refused(*e);
            return None;
        }
        Some(n)
    }

    fn fail(&mut self, slot: Slot, e: NoteError) {
        self.error = Some((slot, e));
        self.focus = slot as usize;
    }

    pub fn refused(&mut self, e: FeedbackError) {
        let slot = match e {
            FeedbackError::DateInFuture | FeedbackError::WrongYear => Slot::Date,
            _ => Slot::Text,
        };
        self.fail(slot, NoteError::Rule(e));
    }
}

impl Form for NoteForm {
    fn is_dirty(&self) -> bool {
        self.draft_fields() != self.initial
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }

    fn draft_id(&self) -> Option<String> {
        Some(match self.editing {
            Some((year, id)) => format!("feedback-note/{}/{year}/{id}", self.employee.0),
            None => format!("feedback-note/{}", self.employee.0),
        })
    }

    fn draft_fields(&self) -> Fields {
        vec![
            ("text".into(), self.text.value().to_string()),
            (
                "tone".into(),
                match self.tone {
                    NoteTone::Positive => "positif",
                    NoteTone::Negative => "negatif",
                }
                .into(),
            ),
            ("date".into(), self.date.value().to_string()),
        ]
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(t) = field(fields, "text") {
            self.text = Input::new(t.to_string());
        }
        if let Some(t) = field(fields, "tone") {
            self.tone = if t == "negatif" {
                NoteTone::Negative
            } else {
                NoteTone::Positive
            };
        }
        if let Some(d) = field(fields, "date") {
            self.date = Input::new(d.to_string());
        }
    }
}
