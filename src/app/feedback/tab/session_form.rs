//! The session editor (formulir dialog kinerja): date, kind, the situation as multi-line text
//! (`ratatui-textarea`: wrapping, word and line movement, undo, long pastes), topics (RHKs of
//! the employee's plans of the year and core values, several), follow-ups (edited in a
//! sub-form). A Form with drafts `feedback-session/<employee>/<year>/<id|new>`.

use chrono::{Datelike, NaiveDate};
use ratatui_textarea::{CursorMove, Input as TaInput, Key as TaKey, TextArea, WrapMode};
use tui_input::Input;

use crate::app::kit::form::{field, Fields, Form};
use crate::app::kit::input::{format_date, parse_date};
use crate::app::kit::key::{Key, KeyCode};
use crate::domain::feedback::{
    check_session, FeedbackError, FollowUp, FollowUpRef, Session, SessionKind, Topic,
};
use crate::domain::ruledata::CoreValue;
use crate::domain::EmployeeId;

/// The editor's fields, in focus order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Date,
    Kind,
    Situation,
    Topics,
    FollowUps,
}

impl Focus {
    pub const ALL: [Focus; 5] = [
        Focus::Date,
        Focus::Kind,
        Focus::Situation,
        Focus::Topics,
        Focus::FollowUps,
    ];
}

/// What is wrong, shown at its field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors {
    /// The date could not be read (`None`) or a rule's error.
    pub date: Option<Option<FeedbackError>>,
    pub situation: Option<FeedbackError>,
    /// Per follow-up (by position).
    pub follow_ups: Vec<(u16, FeedbackError)>,
    /// Anything else the command refused with (acknowledged, stale...).
    pub other: Option<FeedbackError>,
}

impl Errors {
    pub fn any(&self) -> bool {
        self.date.is_some()
            || self.situation.is_some()
            || !self.follow_ups.is_empty()
            || self.other.is_some()
    }
}

#[derive(Clone, Debug)]
pub struct SessionForm {
    pub employee: EmployeeId,
    /// Full name of the employee.
    pub name: String,
    /// The session as stored (id 0: new).
    pub base: Session,
    pub date: Input,
    pub kind: SessionKind,
    pub situation: TextArea<'static>,
    /// Every topic that may be chosen: the RHKs of the employee's plans of the year, then the
    /// core values.
    pub topic_options: Vec<Topic>,
    /// Chosen, as positions in `topic_options`.
    pub chosen: Vec<usize>,
    /// Cursor in the topic list.
    pub topic_at: usize,
    pub follow_ups: Vec<FollowUp>,
    /// Cursor in the follow-up list (`follow_ups.len()`: the "add" line).
    pub follow_up_at: usize,
    /// Follow-ups that saving a new session will carry over (not reviewed as achieved).
    pub carried: Vec<FollowUp>,
    /// The dates of the sessions follow-ups come from.
    pub origins: Vec<(FollowUpRef, NaiveDate)>,
    pub focus: Focus,
    pub errors: Errors,
    /// Acknowledged by both, or the viewer may not write it: read-only (reviews go through
    /// the list).
    pub locked: bool,
    /// The viewer may write this employee's sessions (else `locked` for that reason).
    pub writable: bool,
    initial: Fields,
}

fn text_area(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_string).collect()
    };
    let mut t = TextArea::new(lines);
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.set_max_histories(200);
    t
}

/// Every core value as a topic.
pub fn core_value_topics() -> Vec<Topic> {
    CoreValue::ALL.into_iter().map(Topic::CoreValue).collect()
}

fn same_topic(a: &Topic, b: &Topic) -> bool {
    match (a, b) {
        (
            Topic::Result {
                plan: p, number: n, ..
            },
            Topic::Result {
                plan: q, number: m, ..
            },
        ) => p == q && n == m,
        (Topic::CoreValue(x), Topic::CoreValue(y)) => x == y,
        _ => false,
    }
}

fn topic_code(t: &Topic) -> String {
    match t {
        Topic::Result { plan, number, .. } => format!("rhk:{}:{number}", plan.0),
        Topic::CoreValue(v) => format!("nilai:{}", *v as usize),
    }
}

impl SessionForm {
    /// The editor of `base` (id 0: a new session) for `employee`, with the topics offered.
    pub fn new(
        employee: EmployeeId,
        name: String,
        base: Session,
        mut topic_options: Vec<Topic>,
        carried: Vec<FollowUp>,
        origins: Vec<(FollowUpRef, NaiveDate)>,
    ) -> SessionForm {
        // A topic stored but no longer offered (the plan changed) stays choosable.
        for t in &base.topics {
            if !topic_options.iter().any(|o| same_topic(o, t)) {
                topic_options.push(t.clone());
            }
        }
        let chosen = base
            .topics
            .iter()
            .filter_map(|t| topic_options.iter().position(|o| same_topic(o, t)))
            .collect();
        let mut f = SessionForm {
            employee,
            name,
            date: Input::new(format_date(Some(base.date))),
            kind: base.kind,
            situation: text_area(&base.situation),
            topic_options,
            chosen,
            topic_at: 0,
            follow_ups: base.follow_ups.clone(),
            follow_up_at: 0,
            carried,
            origins,
            focus: Focus::Situation,
            errors: Errors::default(),
            locked: base.locked(),
            writable: true,
            initial: Vec::new(),
            base,
        };
        f.initial = f.draft_fields();
        f
    }

    pub fn is_new(&self) -> bool {
        self.base.id == 0
    }

    pub fn year(&self) -> i32 {
        self.base.date.year()
    }

    pub fn situation_text(&self) -> String {
        self.situation.lines().join("\n")
    }

    /// Where a follow-up came from.
    pub fn origin(&self, at: &FollowUpRef) -> Option<NaiveDate> {
        self.origins
            .iter()
            .find(|(r, _)| r.year == at.year && r.session == at.session)
            .map(|(_, d)| *d)
    }

    pub fn focus_step(&mut self, delta: isize) {
        let n = Focus::ALL.len() as isize;
        let at = Focus::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0) as isize;
        self.focus = Focus::ALL[((at + delta).rem_euclid(n)) as usize];
    }

    pub fn kind_step(&mut self, delta: isize) {
        let n = SessionKind::ALL.len() as isize;
        let at = SessionKind::ALL
            .iter()
            .position(|k| *k == self.kind)
            .unwrap_or(0) as isize;
        self.kind = SessionKind::ALL[((at + delta).rem_euclid(n)) as usize];
    }

    pub fn toggle_topic(&mut self) {
        if self.topic_at >= self.topic_options.len() {
            return;
        }
        match self.chosen.iter().position(|c| *c == self.topic_at) {
            Some(i) => {
                self.chosen.remove(i);
            }
            None => self.chosen.push(self.topic_at),
        }
    }

    /// A key in the situation: the text area's own editing, plus Ctrl-Z / Ctrl-Y.
    pub fn edit_situation(&mut self, key: Key) {
        let t = &mut self.situation;
        match (key.code, key.ctrl || key.alt) {
            (KeyCode::Char('z'), true) if key.ctrl => {
                t.undo();
            }
            (KeyCode::Char('y'), true) if key.ctrl => {
                t.redo();
            }
            (KeyCode::Left, true) => t.move_cursor(CursorMove::WordBack),
            (KeyCode::Right, true) => t.move_cursor(CursorMove::WordForward),
            (KeyCode::Up, true) => t.move_cursor(CursorMove::ParagraphBack),
            (KeyCode::Down, true) => t.move_cursor(CursorMove::ParagraphForward),
            (KeyCode::Home, _) => t.move_cursor(CursorMove::Head),
            (KeyCode::End, _) => t.move_cursor(CursorMove::End),
            (KeyCode::Enter, _) => t.insert_newline(),
            (KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc | KeyCode::F(_), _) => {}
            (code, _) => {
                let k = match code {
                    KeyCode::Char(c) => TaKey::Char(c),
                    KeyCode::Backspace => TaKey::Backspace,
                    KeyCode::Delete => TaKey::Delete,
                    KeyCode::Up => TaKey::Up,
                    KeyCode::Down => TaKey::Down,
                    KeyCode::Left => TaKey::Left,
                    KeyCode::Right => TaKey::Right,
                    KeyCode::PageUp => TaKey::PageUp,
                    KeyCode::PageDown => TaKey::PageDown,
                    _ => TaKey::Null,
                };
                t.input(TaInput {
                    key: k,
                    ctrl: key.ctrl,
                    alt: key.alt,
                    shift: false,
                });
            }
        }
    }

    /// The session as typed; the date's error when it cannot be read.
    pub fn session(&self, today: NaiveDate) -> Result<Session, Errors> {
        let Some(date) = parse_date(self.date.value(), today).ok() else {
            return Err(Errors {
                date: Some(None),
                ..Errors::default()
            });
        };
        let mut topics: Vec<usize> = self.chosen.clone();
        topics.sort_unstable();
        Ok(Session {
            date,
            kind: self.kind,
            situation: self.situation_text().trim_end().to_string(),
            topics: topics
                .into_iter()
                .filter_map(|i| self.topic_options.get(i).cloned())
                .collect(),
            follow_ups: self.follow_ups.clone(),
            ..self.base.clone()
        })
    }

    /// Checks the session as the command will; every error goes to its field.
    pub fn check(&mut self, today: NaiveDate) -> Option<Session> {
        self.errors = Errors::default();
        match self.session(today) {
            Err(e) => {
                self.errors = e;
                None
            }
            Ok(s) => {
                self.put_errors(&check_session(&s, today));
                (!self.errors.any()).then_some(s)
            }
        }
    }

    /// The rules' errors (from the check or the command's refusal), each at its field.
    pub fn put_errors(&mut self, errors: &[FeedbackError]) {
        for e in errors {
            match *e {
                FeedbackError::DateInFuture | FeedbackError::WrongYear => {
                    self.errors.date = Some(Some(*e))
                }
                FeedbackError::EmptySituation => self.errors.situation = Some(*e),
                FeedbackError::EmptyFollowUpItem { index }
                | FeedbackError::DueBeforeSession { index }
                | FeedbackError::LinkedFollowUp { index } => {
                    self.errors.follow_ups.push((index, *e))
                }
                other => self.errors.other = Some(other),
            }
        }
        self.focus = if self.errors.date.is_some() {
            Focus::Date
        } else if self.errors.situation.is_some() {
            Focus::Situation
        } else if !self.errors.follow_ups.is_empty() {
            Focus::FollowUps
        } else {
            self.focus
        };
    }

    pub fn draft_key(employee: EmployeeId, year: i32, id: u32) -> String {
        let id = if id == 0 {
            "new".to_string()
        } else {
            id.to_string()
        };
        format!("feedback-session/{}/{year}/{id}", employee.0)
    }
}

impl Form for SessionForm {
    fn is_dirty(&self) -> bool {
        self.draft_fields() != self.initial
    }

    fn has_errors(&self) -> bool {
        self.errors.any()
    }

    fn draft_id(&self) -> Option<String> {
        Some(SessionForm::draft_key(
            self.employee,
            self.base.date.year(),
            self.base.id,
        ))
    }

    fn draft_fields(&self) -> Fields {
        let mut topics: Vec<String> = self
            .chosen
            .iter()
            .filter_map(|i| self.topic_options.get(*i))
            .map(topic_code)
            .collect();
        topics.sort();
        vec![
            ("date".into(), self.date.value().to_string()),
            ("kind".into(), self.kind.code().to_string()),
            ("situation".into(), self.situation_text()),
            ("topics".into(), topics.join(",")),
            (
                "follow_ups".into(),
                serde_json::to_string(&self.follow_ups).unwrap_or_default(),
            ),
        ]
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(d) = field(fields, "date") {
            self.date = Input::new(d.to_string());
        }
        if let Some(k) = field(fields, "kind").and_then(SessionKind::parse) {
            self.kind = k;
        }
        if let Some(s) = field(fields, "situation") {
            self.situation = text_area(s);
            self.situation.move_cursor(CursorMove::Bottom);
            self.situation.move_cursor(CursorMove::End);
        }
        if let Some(t) = field(fields, "topics") {
            let codes: Vec<&str> = t.split(',').filter(|c| !c.is_empty()).collect();
            self.chosen = self
                .topic_options
                .iter()
                .enumerate()
                .filter(|(_, o)| codes.contains(&topic_code(o).as_str()))
                .map(|(i, _)| i)
                .collect();
        }
        if let Some(f) =
            field(fields, "follow_ups").and_then(|j| serde_json::from_str::<Vec<FollowUp>>(j).ok())
        {
            self.follow_ups = f;
        }
    }
}
