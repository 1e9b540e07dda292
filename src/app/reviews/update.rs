//! The Penilaian tab in the update path: keys -> state and commands. It never reads the
//! store: what it needs comes through `Effect::LoadReviews` / `Effect::LoadScoring`.

use chrono::Datelike;

use super::command::{Done, Note, Refusal, Step};
use super::entry::{EntryForm, Purpose};
use super::form::{order, FieldId, ScoringForm};
use super::popup::ReasonForm;
use super::{Action as R, Context, Popup, ReviewText as X};
use crate::app::keymap::action::Action;
use crate::app::kit::input::edit_input;
use crate::app::kit::key::{Key, KeyCode};
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::{PickItem, Picker};
use crate::app::kit::text::T;
use crate::app::services::register::Register;
use crate::app::shell::state::{
    AppState, Confirm, OnYes, PickTarget as ShellPick, Popup as ShellPopup,
};
use crate::app::shell::update::{Effect, FormStep};
use crate::domain::appraisal::Rating;
use crate::domain::review::evaluation::RatingField;
use crate::domain::review::ReviewError;
use crate::domain::{Directory, EmployeeId};

/// The load that shows the grid as it is now.
pub fn reload(state: &AppState) -> Effect {
    Effect::LoadReviews {
        year: state.reviews.year,
        kind: state.reviews.kind,
        subject: state.reviews.subject,
        unit: state.reviews.panel_unit,
    }
}

/// The tab comes into view: today's year and segment the first time.
pub fn enter(state: &mut AppState) -> Vec<Effect> {
    if state.reviews.year == 0 {
        state.reviews.year = state.today.year();
        // Quarterly by default; the load corrects the segment count of the office.
        let q = (state.today.month0() / 3 + 1) as u8;
        state.reviews.kind = crate::domain::review::ReviewKind::Periodic(q);
    }
    vec![reload(state)]
}

/// The employee at the keyboard (the appraiser of what they rate).
fn me(state: &AppState) -> Option<EmployeeId> {
    state.session.as_ref().and_then(|s| s.viewer.employee)
}

/// Keys on the grid and in the scoring form; `None` leaves the key to the shell (global
/// keys on the grid, Esc / quit / help in a form).
pub fn on_key(
    state: &mut AppState,
    reg: &Register,
    ctx: Context,
    action: Action,
) -> Option<Vec<Effect>> {
    match ctx {
        Context::Grid if action == Action::Reviews(R::ChooseSupervisor) => {
            choose_supervisor(state, reg)
        }
        Context::Grid => on_grid(state, action),
        Context::Form | Context::Signed => on_scoring(state, action),
    }
}

fn on_grid(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let me = me(state);
    let admin = state.can_manage_register();
    let view = &mut state.reviews;
    let len = view.rows.len();
    let page = view.scroll.viewport.max(1) as isize;
    match action {
        Action::Up => view.scroll.move_by(-1, len),
        Action::Down => view.scroll.move_by(1, len),
        Action::PageUp => view.scroll.move_by(-page, len),
        Action::PageDown => view.scroll.move_by(page, len),
        Action::Top => view.scroll.move_by(isize::MIN / 2, len),
        Action::Bottom => view.scroll.move_by(isize::MAX / 2, len),
        Action::Reviews(R::Column) => {
            view.column = match view.column {
                RatingField::WorkResult => RatingField::Behaviour,
                RatingField::Behaviour => RatingField::WorkResult,
            }
        }
        Action::Reviews(R::Rate(rating)) => {
            let at = view.scroll.selected;
            let (field, year, kind) = (view.column, view.year, view.kind);
            let Some(row) = view.rows.get(at) else {
                return Some(Vec::new());
            };
            let employee = row.employee;
            // Why a row is not rated, in the command path's own words.
            let why = if row.signed_on().is_some() {
                Refusal::Rule(ReviewError::Signed)
            } else if admin {
                Refusal::AdminRatesNobody
            } else {
                Refusal::NotAppraiser
            };
            let rated = me.is_some_and(|me| view.set_rating(at, field, rating, me));
            if !rated {
                state.error(Notice::Review(Note::Refused(why)));
                return Some(Vec::new());
            }
            return Some(vec![run(super::command::Command::SetRating {
                employee,
                year,
                kind,
                field,
                rating,
            })]);
        }
        Action::Reviews(R::PrevPeriod | R::NextPeriod) => {
            let delta = if action == Action::Reviews(R::PrevPeriod) {
                -1
            } else {
                1
            };
            view.kind = view.step_period(delta);
            return Some(vec![reload(state)]);
        }
        Action::Reviews(R::PrevYear) => {
            view.year -= 1;
            return Some(vec![reload(state)]);
        }
        Action::Reviews(R::NextYear) => {
            view.year += 1;
            return Some(vec![reload(state)]);
        }
        Action::Reviews(R::Reload) => return Some(vec![reload(state)]),
        Action::Reviews(R::NextPanelUnit) => {
            if state.reviews.next_panel_unit().is_none() {
                state.error(Notice::Text(T::Reviews(X::OneUnitOnly)));
                return Some(Vec::new());
            }
            return Some(vec![reload(state)]);
        }
        Action::Reviews(R::UnitGrade) => {
            let (year, today) = (view.year, state.today);
            let Some(p) = view.panel.as_ref() else {
                return Some(Vec::new());
            };
            let purpose = Purpose::UnitGrade { unit: p.unit, year };
            let form = EntryForm::new(purpose, p.name.clone(), p.grade, today);
            state.popups.push(ShellPopup::Reviews(Popup::Entry(form)));
        }
        Action::Reviews(R::Decide) => {
            let (year, kind, today) = (view.year, view.kind, state.today);
            let Some(row) = view.current().filter(|r| r.awaiting_decision) else {
                state.error(Notice::Review(Note::Refused(Refusal::NotAppraiserSuperior)));
                return Some(Vec::new());
            };
            let purpose = Purpose::Decide {
                employee: row.employee,
                year,
                kind,
            };
            let mut form = EntryForm::new(purpose, row.name.clone(), None, today);
            if let Some(r) = &row.review {
                form.work = r.work.unwrap_or(Rating::AsExpected);
                form.behaviour = r.behaviour.unwrap_or(Rating::AsExpected);
            }
            form.decision = row.objection_filed.clone().map(|(filed_on, reasons)| {
                super::entry::DecisionFacts {
                    filed_on,
                    reasons,
                    work: row.review.as_ref().and_then(|r| r.work),
                    behaviour: row.review.as_ref().and_then(|r| r.behaviour),
                    grade: row.grade(),
                }
            });
            state.popups.push(ShellPopup::Reviews(Popup::Entry(form)));
        }
        Action::Reviews(R::Receipt | R::Object) => {
            let (year, kind, today) = (view.year, view.kind, state.today);
            let Some(row) = view.current() else {
                return Some(Vec::new());
            };
            if row.signed_on().is_none() {
                state.error(Notice::Review(Note::Refused(Refusal::Rule(
                    ReviewError::NotSigned,
                ))));
                return Some(Vec::new());
            }
            let employee = row.employee;
            let purpose = if action == Action::Reviews(R::Receipt) {
                Purpose::Receipt {
                    employee,
                    year,
                    kind,
                }
            } else {
                Purpose::Objection {
                    employee,
                    year,
                    kind,
                }
            };
            let form = EntryForm::new(purpose, row.name.clone(), None, today);
            state.popups.push(ShellPopup::Reviews(Popup::Entry(form)));
        }
        Action::Open => {
            let row = view.current()?;
            return Some(vec![Effect::LoadScoring {
                employee: row.employee,
                year: view.year,
                kind: view.kind,
            }]);
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// The rating after `current` going left (-1) or right (+1) on the scale
/// Di Bawah - Sesuai - Di Atas; from none it starts at Sesuai.
fn step_rating(current: Option<Rating>, delta: isize) -> Rating {
    let scale = [
        Rating::BelowExpectation,
        Rating::AsExpected,
        Rating::AboveExpectation,
    ];
    match current.and_then(|r| scale.iter().position(|x| *x == r)) {
        None => Rating::AsExpected,
        Some(i) => scale[(i as isize + delta).clamp(0, 2) as usize],
    }
}

fn rating_key(key: Key) -> Option<Option<Rating>> {
    match key.code {
        KeyCode::Char('a') => Some(Some(Rating::AboveExpectation)),
        KeyCode::Char('s') => Some(Some(Rating::AsExpected)),
        KeyCode::Char('b') => Some(Some(Rating::BelowExpectation)),
        KeyCode::Char('x') | KeyCode::Backspace | KeyCode::Delete => Some(None),
        _ => None,
    }
}

fn on_scoring(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let Some(ShellPopup::Reviews(Popup::Scoring(f))) = state.popups.last_mut() else {
        return None;
    };
    let n = order().len();
    let read_only = f.read_only();
    match action {
        Action::FocusNext | Action::Down => {
            f.focus = (f.focus + 1) % n;
        }
        Action::FocusPrev | Action::Up => {
            f.focus = (f.focus + n - 1) % n;
        }
        Action::PageUp => f.results_scroll = f.results_scroll.saturating_sub(5),
        Action::PageDown => {
            f.results_scroll = (f.results_scroll + 5).min(f.facts.result_lines());
        }
        Action::ChoicePrev | Action::ChoiceNext if !read_only => {
            let delta = if action == Action::ChoiceNext { 1 } else { -1 };
            match f.focused() {
                FieldId::Rating(field) => {
                    let r = step_rating(f.rating(field), delta);
                    f.set_rating(field, Some(r));
                }
                FieldId::Justification(_) | FieldId::Feedback(_) => {
                    let code = if delta > 0 {
                        KeyCode::Right
                    } else {
                        KeyCode::Left
                    };
                    if let Some(i) = f.input_mut() {
                        edit_input(i, Key::plain(code));
                    }
                }
            }
        }
        Action::Text(key) if !read_only => match f.focused() {
            FieldId::Rating(field) => {
                if let Some(r) = rating_key(key) {
                    f.set_rating(field, r);
                }
            }
            FieldId::Justification(_) | FieldId::Feedback(_) => {
                if let Some(i) = f.input_mut() {
                    edit_input(i, key);
                }
                f.typed();
            }
        },
        Action::Save if !read_only => {
            let cmd = super::command::Command::Save {
                employee: f.employee,
                year: f.year,
                kind: f.kind,
                input: input_of(f),
            };
            return Some(vec![run(cmd)]);
        }
        Action::Reviews(R::Sign) if !read_only => {
            if !f.check_for_signing() {
                state.error(Notice::FormHasErrors(None));
                return Some(Vec::new());
            }
            let cmd = super::command::Command::Sign {
                employee: f.employee,
                year: f.year,
                kind: f.kind,
                input: input_of(f),
            };
            let subject = f.name.clone();
            state.popups.push(ShellPopup::Confirm(Confirm {
                question: T::Reviews(X::ConfirmSign),
                subject: Some(subject),
                on_yes: OnYes::Run(Box::new(crate::app::Command::Reviews(cmd))),
            }));
        }
        Action::Reviews(R::Reopen) if read_only => {
            let form = ReasonForm::new(f.employee, f.year, f.kind);
            state.popups.push(ShellPopup::Reviews(Popup::Reason(form)));
        }
        _ => return None,
    }
    // A field typed into clears the status line's complaint once no field shows one.
    if state.status.as_ref().is_some_and(|s| s.error) && !state.top_form_has_errors() {
        state.status = None;
    }
    Some(Vec::new())
}

/// What the form sends to the command path.
pub fn input_of(f: &ScoringForm) -> super::command::ReviewInput {
    let r = f.current();
    super::command::ReviewInput {
        work: r.work,
        behaviour: r.behaviour,
        work_justification: r.work_justification,
        behaviour_justification: r.behaviour_justification,
        behaviour_feedback: r.behaviour_feedback,
    }
}

/// Keys in the reason popup (a plain form: the shell has handled Esc, quit and help).
pub fn on_form(p: &mut Popup, action: Action) -> FormStep<()> {
    let mut step = FormStep::default();
    let f = match p {
        Popup::Reason(f) => f,
        Popup::Entry(f) => return on_entry(f, action),
        Popup::Scoring(_) => return step,
    };
    match action {
        Action::Text(key) => {
            edit_input(&mut f.reason, key);
            f.error = None;
        }
        Action::ChoicePrev => {
            edit_input(&mut f.reason, Key::plain(KeyCode::Left));
        }
        Action::ChoiceNext => {
            edit_input(&mut f.reason, Key::plain(KeyCode::Right));
        }
        Action::Save | Action::Open => {
            let reason = f.reason.value().trim().to_string();
            if reason.is_empty() {
                f.error = Some(X::ReasonRequired);
                step.invalid = true;
            } else {
                step.effects.push(run(super::command::Command::Reopen {
                    employee: f.employee,
                    year: f.year,
                    kind: f.kind,
                    reason,
                }));
            }
        }
        _ => {}
    }
    step
}

/// A review command as the shell runs it.
fn run(cmd: super::command::Command) -> Effect {
    Effect::Run(crate::app::Command::Reviews(cmd))
}

/// A review command succeeded: the grid reads again (the store's answer replaces what was
/// shown at once); a saved form stays open and unchanged, a signed one closes, a reopened
/// one opens again as a draft.
pub fn saved(state: &mut AppState, done: Done) -> Vec<Effect> {
    let mut effects = vec![reload(state)];
    match done.step {
        Step::Saved => {
            if let Some(ShellPopup::Reviews(Popup::Scoring(f))) = state.popups.last_mut() {
                f.settle();
                f.errors.clear();
            }
        }
        Step::Signed => {
            if matches!(
                state.popups.last(),
                Some(ShellPopup::Reviews(Popup::Scoring(_)))
            ) {
                state.popups.pop();
            }
        }
        Step::Reopened => {
            if matches!(
                state.popups.last(),
                Some(ShellPopup::Reviews(Popup::Reason(_)))
            ) {
                state.popups.pop();
            }
            if let Some(ShellPopup::Reviews(Popup::Scoring(f))) = state.popups.last() {
                effects.push(Effect::LoadScoring {
                    employee: f.employee,
                    year: f.year,
                    kind: f.kind,
                });
                state.popups.pop();
            }
        }
        Step::UnitGradeSet | Step::ReceiptRecorded | Step::ObjectionFiled | Step::Decided => {
            if matches!(
                state.popups.last(),
                Some(ShellPopup::Reviews(Popup::Entry(_)))
            ) {
                state.popups.pop();
            }
        }
        Step::Rated => {}
    }
    state.info(Notice::Review(Note::Done(done)));
    effects
}

/// A review command was refused: the reasons go to the fields of the form they came from;
/// the grid reads again so that a rating shown at once but refused disappears.
pub fn refused(state: &mut AppState, r: Refusal) -> Vec<Effect> {
    match (state.popups.last_mut(), &r) {
        (Some(ShellPopup::Reviews(Popup::Scoring(f))), Refusal::SignBlocked { reasons, .. }) => {
            f.refuse(reasons)
        }
        (Some(ShellPopup::Reviews(Popup::Scoring(f))), Refusal::Rule(e)) => {
            f.refuse(std::slice::from_ref(e))
        }
        (
            Some(ShellPopup::Reviews(Popup::Reason(f))),
            Refusal::Rule(ReviewError::ReasonMissing),
        ) => f.error = Some(X::ReasonRequired),
        _ => {}
    }
    state.error(Notice::Review(Note::Refused(r)));
    vec![reload(state)]
}

/// An admin's picker of the supervisors (everyone with active reports).
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
        T::Reviews(X::PickSupervisor),
        ShellPick::Reviews(super::PickTarget::Supervisor),
        items,
        state.reviews.subject.map(|e| e.0),
        false,
    )
    .when_empty(T::Reviews(X::NoSupervisors));
    p.set_viewport(state.picker_rows);
    state.popups.push(ShellPopup::Picker(Box::new(p)));
    Some(Vec::new())
}

/// A picker's choice: the grid shows that supervisor's reports.
pub fn picked(state: &mut AppState, target: super::PickTarget, item: Option<u64>) -> Vec<Effect> {
    match target {
        super::PickTarget::Supervisor => {
            state.reviews.subject = item.map(EmployeeId);
            vec![reload(state)]
        }
    }
}

/// Keys in an entry form (unit grade, receipt date, objection).
fn on_entry(f: &mut EntryForm, action: Action) -> FormStep<()> {
    let mut step = FormStep::default();
    let n = f.slots().len().max(1);
    match action {
        Action::FocusNext => f.focus = (f.focus + 1) % n,
        Action::FocusPrev => f.focus = (f.focus + n - 1) % n,
        Action::ChoicePrev | Action::ChoiceNext => {
            let right = action == Action::ChoiceNext;
            match f.input_mut() {
                Some(i) => {
                    let code = if right { KeyCode::Right } else { KeyCode::Left };
                    edit_input(i, Key::plain(code));
                }
                None => f.step_choice(right),
            }
        }
        Action::Text(key) => {
            if let Some(i) = f.input_mut() {
                edit_input(i, key);
                f.error = None;
            }
        }
        Action::Open if f.focus + 1 < n => f.focus += 1,
        Action::Save | Action::Open => match f.command() {
            Some(cmd) => step.effects.push(run(cmd)),
            None => step.invalid = true,
        },
        _ => {}
    }
    step
}
