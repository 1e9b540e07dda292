//! The Dialog Kinerja tab in the update path: keys -> state and commands. It never reads the
//! store: the list comes through `Effect::LoadSessions`, a form through
//! `Effect::OpenFeedback` (the permission is asked there, before anything is typed).

use chrono::Datelike;

use super::follow_up_form::FollowUpForm;
use super::load::Opening;
use super::review_form::ReviewForm;
use super::session_form::Focus;
use super::view::{Entry, Pane};
use super::{Action as F, Context, PickTarget, Popup, SessionText as X};
use crate::app::feedback::{Command, Done, Note, Refusal};
use crate::app::keymap::action::Action;
use crate::app::kit::input::edit_input;
use crate::app::kit::key::{Key, KeyCode};
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::{PickItem, Picker};
use crate::app::kit::text::T;
use crate::app::services::commands::Command as AppCommand;
use crate::app::services::register::Register;
use crate::app::shell::state::{
    AppState, Confirm, OnYes, PickTarget as ShellPick, Popup as ShellPopup, Screen,
};
use crate::app::shell::update::Effect;
use crate::domain::feedback::{FeedbackError, FollowUp};
use crate::domain::{Directory, EmployeeId};

fn run(c: Command) -> Effect {
    Effect::Run(AppCommand::Feedback(c))
}

/// The load that shows the list as it is now.
pub fn reload(state: &AppState) -> Effect {
    Effect::LoadSessions {
        year: state.feedback.year,
        subject: state.feedback.subject,
    }
}

/// The tab comes into view: today's year the first time.
pub fn enter(state: &mut AppState) -> Vec<Effect> {
    if state.feedback.year == 0 {
        state.feedback.year = state.today.year();
    }
    vec![reload(state)]
}

fn refuse(state: &mut AppState, r: Refusal) -> Option<Vec<Effect>> {
    state.error(Notice::Feedback(Note::Refused(r)));
    Some(Vec::new())
}

/// Keys on the tab and in its forms; `None` leaves the key to the shell (global keys on the
/// lists, Esc / quit / help in a form).
pub fn on_key(
    state: &mut AppState,
    reg: &Register,
    ctx: Context,
    action: Action,
) -> Option<Vec<Effect>> {
    match ctx {
        Context::List | Context::Entries => on_list(state, reg, ctx, action),
        Context::Editor => on_editor(state, action),
        Context::SubForm => on_sub_form(state, action),
    }
}

fn on_list(
    state: &mut AppState,
    reg: &Register,
    ctx: Context,
    action: Action,
) -> Option<Vec<Effect>> {
    // Signed in as an admin (HR): reads only. The local operator (no session) records.
    let admin = state.session.is_some() && state.can_manage_register();
    let today = state.today;
    let view = &mut state.feedback;
    let entries = view.entries().len();
    let (cursor, len) = match ctx {
        Context::Entries => (&mut view.entry, entries),
        _ => (&mut view.scroll, view.rows.len()),
    };
    match action {
        Action::Up => cursor.move_by(-1, len),
        Action::Down => cursor.move_by(1, len),
        Action::Top => cursor.move_by(isize::MIN / 2, len),
        Action::Bottom => cursor.move_by(isize::MAX / 2, len),
        Action::Feedback(F::Pane) => {
            view.pane = match view.pane {
                Pane::List => Pane::Entries,
                Pane::Entries => Pane::List,
            };
            view.entry.move_by(0, entries);
        }
        Action::Feedback(F::PrevYear | F::NextYear) => {
            view.year += if action == Action::Feedback(F::PrevYear) {
                -1
            } else {
                1
            };
            view.entry.reset();
            return Some(vec![reload(state)]);
        }
        Action::Feedback(F::Reload) => return Some(vec![reload(state)]),
        Action::Feedback(F::ChooseSupervisor) => return choose_supervisor(state, reg),
        Action::Feedback(F::NewSession) => {
            let Some(row) = view.current() else {
                return Some(Vec::new());
            };
            if admin {
                return refuse(state, Refusal::AdminWritesNobody);
            }
            if view.own {
                return refuse(state, Refusal::NotAppraiser);
            }
            return Some(vec![Effect::OpenFeedback(Opening::Session {
                employee: row.employee,
                year: today.year(),
                id: None,
            })]);
        }
        Action::Open if ctx == Context::Entries => {
            let employee = view.current()?.employee;
            let id = match view.current_entry()? {
                Entry::Session(id) => id,
                Entry::FollowUp(at) => at.session,
                Entry::Note(id) => {
                    return Some(vec![Effect::OpenFeedback(Opening::EditNote {
                        employee,
                        year: view.year,
                        id,
                    })]);
                }
            };
            return Some(vec![Effect::OpenFeedback(Opening::Session {
                employee,
                year: view.year,
                id: Some(id),
            })]);
        }
        Action::Feedback(F::ReviewFollowUp) => {
            let row = view.current()?;
            let Some(Entry::FollowUp(at)) = view.current_entry() else {
                state.error(Notice::Text(T::Sessions(X::PickFollowUp)));
                return Some(Vec::new());
            };
            let f = view.follow_up(&at)?;
            if f.carried_to.is_some() {
                return refuse(state, Refusal::rule(FeedbackError::AlreadyCarried));
            }
            if admin {
                return refuse(state, Refusal::AdminWritesNobody);
            }
            if view.own {
                return refuse(state, Refusal::NotAppraiser);
            }
            let form = ReviewForm::new(
                row.employee,
                row.name.clone(),
                at,
                f.item.clone(),
                f.review.as_ref(),
                today,
            );
            state
                .popups
                .push(ShellPopup::Feedback(Popup::Review(Box::new(form))));
        }
        Action::Feedback(F::Acknowledge) => {
            let employee = view.current()?.employee;
            let id = match view.current_entry() {
                Some(Entry::Session(id)) => id,
                Some(Entry::FollowUp(at)) => at.session,
                _ => {
                    state.error(Notice::Text(T::Sessions(X::PickSession)));
                    return Some(Vec::new());
                }
            };
            return Some(vec![run(Command::Acknowledge {
                employee,
                year: view.year,
                session: id,
            })]);
        }
        Action::Feedback(F::Delete) if ctx == Context::Entries => {
            let row = view.current()?;
            let (employee, year) = (row.employee, view.year);
            let (command, question, subject) = match view.current_entry()? {
                Entry::Session(id)
                | Entry::FollowUp(crate::domain::feedback::FollowUpRef { session: id, .. }) => {
                    let s = view.session(id)?;
                    if !s.unacknowledged() {
                        return refuse(state, Refusal::rule(FeedbackError::Acknowledged));
                    }
                    (
                        Command::DeleteSession { employee, year, id },
                        X::ConfirmDeleteSession,
                        crate::app::kit::input::format_date(Some(s.date)),
                    )
                }
                Entry::Note(id) => {
                    let n = view.note(id)?;
                    (
                        Command::DeleteNote { employee, year, id },
                        X::ConfirmDeleteNote,
                        n.text.clone(),
                    )
                }
            };
            state.popups.push(ShellPopup::Confirm(Confirm {
                question: T::Sessions(question),
                subject: Some(subject),
                on_yes: OnYes::Run(Box::new(AppCommand::Feedback(command))),
            }));
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// The quick note key on any list of people: the person under the cursor of the screen in
/// view (tab 1 employees, tab 2 SKP overview, tab 3 Penilaian grid, tab 4 this list).
pub fn quick_note(state: &mut AppState, reg: &Register) -> Vec<Effect> {
    let person = match state.screen {
        Screen::Employees => state.list.selected_employee(reg),
        Screen::Plans => state.plans.current().map(|r| r.employee),
        Screen::Reviews => state.reviews.current().map(|r| r.employee),
        Screen::Sessions => state.feedback.current().map(|r| r.employee),
        Screen::Agenda => state.agenda.current().map(|l| l.employee),
        Screen::History => state.history.person,
        Screen::Audit => None,
    };
    match person {
        Some(employee) => vec![Effect::OpenFeedback(Opening::Note { employee })],
        None => {
            state.error(Notice::Text(T::Sessions(X::NoPerson)));
            Vec::new()
        }
    }
}

/// A key as the field under the focus reads it.
fn as_key(action: Action) -> Option<Key> {
    Some(match action {
        Action::Text(k) => k,
        Action::Open => Key::plain(KeyCode::Enter),
        Action::ChoicePrev => Key::plain(KeyCode::Left),
        Action::ChoiceNext => Key::plain(KeyCode::Right),
        Action::Clear => Key::plain(KeyCode::Delete),
        Action::Feedback(F::Toggle) => Key::ch(' '),
        Action::Feedback(F::Undo) => Key::ctrl('z'),
        Action::Feedback(F::Redo) => Key::ctrl('y'),
        _ => return None,
    })
}

fn on_editor(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let today = state.today;
    let Some(ShellPopup::Feedback(Popup::Session(f))) = state.popups.last_mut() else {
        return None;
    };
    match action {
        Action::Back | Action::Quit | Action::ToggleHelp => return None,
        Action::FocusNext => f.focus_step(1),
        Action::FocusPrev => f.focus_step(-1),
        Action::Save => {
            if !f.writable {
                return refuse(state, Refusal::NotAppraiser);
            }
            if f.locked {
                return refuse(state, Refusal::rule(FeedbackError::Locked));
            }
            match f.check(today) {
                Some(session) => {
                    let employee = f.employee;
                    return Some(vec![run(Command::SaveSession {
                        employee,
                        year: session.date.year(),
                        session,
                    })]);
                }
                None => state.error(Notice::FormHasErrors(None)),
            }
        }
        other => {
            let key = as_key(other)?;
            let mut sub: Option<FollowUpForm> = None;
            match f.focus {
                _ if f.locked => match key.code {
                    KeyCode::Up => f.focus_step(-1),
                    KeyCode::Down | KeyCode::Enter => f.focus_step(1),
                    _ => {}
                },
                Focus::Date => match key.code {
                    KeyCode::Up => f.focus_step(-1),
                    KeyCode::Down | KeyCode::Enter => f.focus_step(1),
                    _ => {
                        edit_input(&mut f.date, key);
                    }
                },
                Focus::Kind => match key.code {
                    KeyCode::Up => f.focus_step(-1),
                    KeyCode::Down | KeyCode::Enter => f.focus_step(1),
                    KeyCode::Left => f.kind_step(-1),
                    KeyCode::Right | KeyCode::Char(' ') => f.kind_step(1),
                    _ => {}
                },
                Focus::Situation => f.edit_situation(key),
                Focus::Topics => {
                    let n = f.topic_options.len();
                    match key.code {
                        KeyCode::Up => f.topic_at = f.topic_at.saturating_sub(1),
                        KeyCode::Down => f.topic_at = (f.topic_at + 1).min(n.saturating_sub(1)),
                        KeyCode::Enter | KeyCode::Char(' ') => f.toggle_topic(),
                        _ => {}
                    }
                }
                Focus::FollowUps => {
                    let n = f.follow_ups.len();
                    match key.code {
                        KeyCode::Up => f.follow_up_at = f.follow_up_at.saturating_sub(1),
                        KeyCode::Down => f.follow_up_at = (f.follow_up_at + 1).min(n),
                        KeyCode::Enter => {
                            sub = Some(match f.follow_ups.get(f.follow_up_at) {
                                Some(x) => FollowUpForm::new(Some(f.follow_up_at), x.clone()),
                                None => FollowUpForm::new(None, FollowUp::default()),
                            });
                        }
                        KeyCode::Delete => {
                            let removable = f.follow_ups.get(f.follow_up_at).is_some_and(|x| {
                                x.carried_from.is_none()
                                    && x.carried_to.is_none()
                                    && x.review.is_none()
                            });
                            if removable {
                                f.follow_ups.remove(f.follow_up_at);
                                f.errors.follow_ups.clear();
                            }
                        }
                        _ => {}
                    }
                }
            }
            if let Some(sub) = sub {
                state
                    .popups
                    .push(ShellPopup::Feedback(Popup::FollowUp(Box::new(sub))));
            }
        }
    }
    Some(Vec::new())
}

fn on_sub_form(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let today = state.today;
    if matches!(action, Action::Back | Action::Quit | Action::ToggleHelp) {
        return None;
    }
    let Some(ShellPopup::Feedback(p)) = state.popups.last_mut() else {
        return None;
    };
    match p {
        Popup::FollowUp(f) => {
            let n = f.inputs.len();
            let last = f.focus + 1 == n;
            match action {
                Action::FocusNext => f.focus = (f.focus + 1) % n,
                Action::FocusPrev => f.focus = (f.focus + n - 1) % n,
                Action::Open if !last => f.focus += 1,
                Action::Open | Action::Save => {
                    let Some(done) = f.follow_up(today) else {
                        state.error(Notice::FormHasErrors(None));
                        return Some(Vec::new());
                    };
                    let index = f.index;
                    state.popups.pop();
                    if let Some(ShellPopup::Feedback(Popup::Session(s))) = state.popups.last_mut() {
                        match index.filter(|i| *i < s.follow_ups.len()) {
                            Some(i) => s.follow_ups[i] = done,
                            None => s.follow_ups.push(done),
                        }
                        s.follow_up_at = index.unwrap_or(s.follow_ups.len() - 1);
                        s.errors.follow_ups.clear();
                    }
                    state.status = None;
                }
                other => {
                    let key = as_key(other)?;
                    if let Some(i) = f.input_mut() {
                        edit_input(i, key);
                    }
                }
            }
        }
        Popup::Review(f) => {
            let n = super::review_form::Slot::ALL.len();
            let last = f.focus + 1 == n;
            let on_choice = f.slot() == super::review_form::Slot::Achieved;
            match action {
                Action::FocusNext => f.focus = (f.focus + 1) % n,
                Action::FocusPrev => f.focus = (f.focus + n - 1) % n,
                Action::Open if !last => f.focus += 1,
                Action::Open | Action::Save => {
                    let Some(review) = f.review(today) else {
                        state.error(Notice::FormHasErrors(None));
                        return Some(Vec::new());
                    };
                    return Some(vec![run(Command::ReviewFollowUp {
                        employee: f.employee,
                        at: f.at,
                        review,
                    })]);
                }
                Action::ChoicePrev | Action::ChoiceNext if on_choice => f.achieved = !f.achieved,
                other => {
                    let key = as_key(other)?;
                    if on_choice {
                        if key == Key::ch(' ') {
                            f.achieved = !f.achieved;
                        }
                    } else if let Some(i) = f.input_mut() {
                        edit_input(i, key);
                    }
                }
            }
        }
        Popup::Note(f) => {
            let n = super::note_form::Slot::ALL.len();
            let slot = f.slot();
            use super::note_form::Slot as S;
            match action {
                Action::FocusNext => f.focus = (f.focus + 1) % n,
                Action::FocusPrev => f.focus = (f.focus + n - 1) % n,
                // Text, then Enter: the note is saved.
                Action::Open | Action::Save => {
                    let Some(note) = f.note(today) else {
                        state.error(Notice::FormHasErrors(None));
                        return Some(Vec::new());
                    };
                    return Some(vec![run(match f.editing {
                        Some((year, _)) => Command::EditNote {
                            employee: f.employee,
                            year,
                            note,
                        },
                        None => Command::AddNote {
                            employee: f.employee,
                            note,
                        },
                    })]);
                }
                Action::ChoicePrev if matches!(slot, S::Tone | S::Topic) => f.choice(-1),
                Action::ChoiceNext if matches!(slot, S::Tone | S::Topic) => f.choice(1),
                other => {
                    let key = as_key(other)?;
                    match slot {
                        S::Text => {
                            edit_input(&mut f.text, key);
                        }
                        S::Date => {
                            edit_input(&mut f.date, key);
                        }
                        S::Tone | S::Topic if key == Key::ch(' ') => f.choice(1),
                        S::Tone | S::Topic => {}
                    }
                }
            }
        }
        Popup::Session(_) => return None,
    }
    Some(Vec::new())
}

fn choose_supervisor(state: &mut AppState, reg: &Register) -> Option<Vec<Effect>> {
    if !state.can_manage_register() {
        return None;
    }
    let items = reg
        .employees()
        .iter()
        .filter(|e| e.is_active() && !reg.active_subordinates(e.id).is_empty())
        .map(|e| {
            PickItem::new(
                e.id.0,
                e.full_name(),
                format!("{} · {}", e.nip.grouped(), reg.unit_name(e.unit)),
                e.nip.as_str(),
            )
        })
        .collect();
    let mut p = Picker::new(
        T::Sessions(X::PickSupervisor),
        ShellPick::Feedback(PickTarget::Supervisor),
        items,
        state.feedback.subject.map(|e| e.0),
        false,
    )
    .when_empty(T::Sessions(X::NoSupervisors));
    p.set_viewport(state.picker_rows);
    state.popups.push(ShellPopup::Picker(Box::new(p)));
    Some(Vec::new())
}

/// A picker's choice: the list shows that supervisor's reports.
pub fn picked(state: &mut AppState, target: PickTarget, item: Option<u64>) -> Vec<Effect> {
    match target {
        PickTarget::Supervisor => {
            state.feedback.subject = item.map(EmployeeId);
            state.feedback.scroll.reset();
            vec![reload(state)]
        }
    }
}

/// Whether a paste goes whole into a multi-line field: the session editor's situation.
pub fn takes_lines(state: &AppState) -> bool {
    matches!(
        state.popups.last(),
        Some(ShellPopup::Feedback(Popup::Session(f))) if f.focus == Focus::Situation && !f.locked
    )
}

/// Pasted text into the situation, line breaks kept (`\r\n` once, tabs as spaces, other
/// control characters dropped); one step to undo.
pub fn paste(state: &mut AppState, text: &str) {
    if !takes_lines(state) {
        return;
    }
    let clean: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    if let Some(ShellPopup::Feedback(Popup::Session(f))) = state.popups.last_mut() {
        f.situation.insert_str(clean);
    }
}

/// A form the runtime read for the tab opens (or the refusal says why not).
pub fn opened(state: &mut AppState, popup: Popup) {
    state.popups.push(ShellPopup::Feedback(popup));
}

/// A feedback command is done: its form closes, the status line says what happened, the
/// list is read again.
pub fn saved(state: &mut AppState, d: Done) -> Vec<Effect> {
    if let Some(ShellPopup::Feedback(p)) = state.popups.last() {
        if p.closes_on_saved() {
            state.popups.pop();
        }
    }
    state.info(Notice::Feedback(Note::Done(d)));
    if state.feedback.loaded {
        vec![reload(state)]
    } else {
        Vec::new()
    }
}

/// A feedback command was refused: the rules' errors go to the form's fields, the status
/// line says why.
pub fn refused(state: &mut AppState, r: Refusal) -> Vec<Effect> {
    if let (Some(ShellPopup::Feedback(p)), Refusal::Invalid(errors)) = (state.popups.last_mut(), &r)
    {
        match p {
            Popup::Session(f) => f.put_errors(errors),
            Popup::Review(f) => {
                if let Some(e) = errors.first() {
                    f.refused(*e);
                }
            }
            Popup::Note(f) => {
                if let Some(e) = errors.first() {
                    f.refused(*e);
                }
            }
            Popup::FollowUp(_) => {}
        }
    }
    state.error(Notice::Feedback(Note::Refused(r)));
    Vec::new()
}
