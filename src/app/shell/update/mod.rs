//! The one update path: `update(state, register, msg)` changes state and returns effects for
//! the runtime to carry out (a command against the store). It never touches the store itself.
//! The shell keeps what all screens share (popups, global keys, the session) and hands each
//! feature what is its own: one arm per feature.

use crate::app::employees::list::Pane;
use crate::app::keymap::action::Action;
use crate::app::keymap::Context;
use crate::app::kit::draft::{self, DraftOp};
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::Picker;
use crate::app::kit::text::T;
use crate::app::services::commands::{Command, CommandError, Outcome};
use crate::app::services::register::Register;
use crate::app::shell::state::{AppState, Confirm, OnYes, Popup, Screen};
use crate::app::{agenda, audit, employees, history, plans, reviews};
use crate::domain::EmployeeId;

mod done;
mod form;
mod gate;
mod global;
mod picker;
mod refresh;

use done::done;
use form::on_form;
use global::on_global;
use picker::on_picker;

/// Inputs to `update`.
#[derive(Debug)]
pub enum Msg {
    Action(Action),
    /// Rows available to the list and to a picker at the current terminal size.
    Viewport {
        list_rows: usize,
        picker_rows: usize,
    },
    /// Another session committed a change: read the screen in view again.
    Refresh,
    /// The same for a screen slow to read: say so instead (`r` reads it again).
    ChangedElsewhere,
    /// The result of an effect the runtime ran.
    Done(Result<Outcome, CommandError>),
    /// The result of a sign-in, first admin or password change.
    GateDone(Result<crate::app::services::auth::Session, crate::app::gate::form::GateError>),
    /// The newest page of the audit trail, newest first, for the audit screen.
    AuditLoaded(Result<Vec<crate::domain::AuditEntry>, crate::store::StoreError>),
    /// An older page (newest first), read as the audit list scrolls or a filter searches.
    AuditMore(Result<Vec<crate::domain::AuditEntry>, crate::store::StoreError>),
    /// Which employees have an account, read after a sign-in.
    AccountsLoaded(Vec<(EmployeeId, String)>),
    /// The result of an admin's password reset: the account's user name.
    ResetDone(Result<String, crate::app::gate::form::GateError>),
    /// What the SKP tab asked to read (`Effect::LoadPlans`).
    PlansLoaded(Result<Box<plans::view::Loaded>, CommandError>),
    /// What the Penilaian tab asked to read (`Effect::LoadReviews`).
    ReviewsLoaded(Result<Box<reviews::grid::Loaded>, CommandError>),
    /// The scoring form of one evaluation, read for it (`Effect::LoadScoring`).
    ScoringLoaded(Result<Box<reviews::form::ScoringForm>, CommandError>),
    /// What the Dialog Kinerja tab asked to read (`Effect::LoadSessions`).
    SessionsLoaded(Result<Box<crate::app::feedback::tab::view::Loaded>, CommandError>),
    /// A form of the Dialog Kinerja tab, read for it (`Effect::OpenFeedback`).
    FeedbackOpened(Result<Box<crate::app::feedback::tab::Popup>, CommandError>),
    /// The office settings in force, to open their form (`Effect::LoadSettings`).
    SettingsLoaded(Result<crate::domain::OfficeSettings, crate::store::StoreError>),
    /// One person's history for the Riwayat tab (`Effect::LoadHistory`).
    HistoryLoaded(Result<Box<history::History>, CommandError>),
    /// The signed-in supervisor's agenda (`Effect::LoadAgenda`); `None`: they supervise nobody.
    AgendaLoaded(Result<Option<Box<crate::app::feedback::query::AgendaView>>, CommandError>),
    /// The admin screen's lists (`Effect::LoadAdmin`).
    AdminLoaded(Result<Box<crate::app::admin::view::Loaded>, crate::store::StoreError>),
    /// Pasted text for a multi-line field (the session editor's situation), kept whole with
    /// its line breaks; other fields get a paste as typed characters (`App::paste`).
    Paste(String),
    /// The store has a draft of the form that just opened.
    DraftFound {
        form: String,
        draft: crate::store::FormDraft,
    },
}

#[derive(Debug, PartialEq)]
pub enum Effect {
    Run(Command),
    Gate(crate::app::gate::GateRequest),
    /// Ends the session; `forced`: the app ends it (wrong current passwords), recorded.
    SignOut {
        forced: bool,
    },
    LoadAudit,
    /// Read the SKP tab's year (and the plan of `open`).
    LoadPlans {
        year: i32,
        open: Option<plans::view::Opening>,
    },
    /// Read the Penilaian tab's grid: the viewer's reports for this year and period.
    LoadReviews {
        year: i32,
        kind: crate::domain::review::ReviewKind,
        /// An admin's choice of supervisor whose reports to show.
        subject: Option<EmployeeId>,
        /// The unit the distribution panel shows (`None`: the one most rows work in).
        unit: Option<crate::domain::UnitId>,
    },
    /// Read one evaluation and what its form shows.
    LoadScoring {
        employee: EmployeeId,
        year: i32,
        kind: crate::domain::review::ReviewKind,
    },
    /// Read the Dialog Kinerja list: the viewer's reports (or an admin's chosen supervisor's).
    LoadSessions {
        year: i32,
        subject: Option<EmployeeId>,
    },
    /// Read what a Dialog Kinerja form needs and open it (or say why not).
    OpenFeedback(crate::app::feedback::tab::load::Opening),
    /// Read the office settings for their form.
    LoadSettings,
    /// Read one person's history (Riwayat).
    LoadHistory {
        employee: EmployeeId,
    },
    /// Read the signed-in supervisor's agenda.
    LoadAgenda,
    /// Read older audit entries while `AuditView::wants_more` asks for them.
    LoadAuditMore,
    /// Keep, offer or drop a form's draft (`kit::draft`).
    Draft(DraftOp),
    /// Read the admin screen's lists.
    LoadAdmin,
    ResetPassword {
        employee: EmployeeId,
        new: crate::app::gate::form::Secret,
    },
}

/// What a key in a feature's form asks of the shell: effects to run, a picker to open, or
/// an error to show on the status line.
pub struct FormStep<Target> {
    pub effects: Vec<Effect>,
    pub picker: Option<Picker<Target>>,
    pub invalid: bool,
}

impl<Target> Default for FormStep<Target> {
    fn default() -> FormStep<Target> {
        FormStep {
            effects: Vec::new(),
            picker: None,
            invalid: false,
        }
    }
}

/// Runs a message, then says what the topmost form's draft needs: the one place every form
/// gets drafts, whatever feature it belongs to.
pub fn update(state: &mut AppState, reg: &Register, msg: Msg) -> Vec<Effect> {
    let before = state.draft_snapshot();
    let dialogs = (state.popups.len(), state.gate.as_ref().map(|g| g.mode));
    let status = format!("{:?}", state.status);
    let mut effects = step(state, reg, msg);
    // A message of the screen below does not stay under a dialog that opens on top of it.
    let opened = state.popups.len() > dialogs.0
        || (state.gate.is_some() && state.gate.as_ref().map(|g| g.mode) != dialogs.1);
    if opened && format!("{:?}", state.status) == status {
        state.status = None;
    }
    let after = state.draft_snapshot();
    let still_open = before
        .as_ref()
        .is_some_and(|(id, _, _)| state.has_draft_form(id));
    let spared: Vec<String> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Draft(DraftOp::Spare(id)) => Some(id.clone()),
            _ => None,
        })
        .collect();
    effects.extend(
        draft::spare(draft::ops(&before, &after, still_open), &spared)
            .into_iter()
            .map(Effect::Draft),
    );
    effects
}

fn step(state: &mut AppState, reg: &Register, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Viewport {
            list_rows,
            picker_rows,
        } => {
            state.list.set_viewport(list_rows);
            state.audit.set_viewport(list_rows);
            state.plans.set_viewport(list_rows);
            state.reviews.set_viewport(list_rows);
            state.history.set_viewport(list_rows);
            state.agenda.set_viewport(list_rows);
            state.feedback.set_viewport(list_rows);
            state.picker_rows = picker_rows;
            for p in &mut state.popups {
                if let Popup::Picker(p) = p {
                    p.set_viewport(picker_rows);
                }
            }
            Vec::new()
        }
        Msg::Done(result) => done(state, reg, result),
        Msg::Refresh => refresh::refresh(state, reg),
        Msg::ChangedElsewhere => refresh::announce(state, reg),
        Msg::PlansLoaded(Ok(loaded)) => {
            state.plans.apply(*loaded);
            Vec::new()
        }
        Msg::PlansLoaded(Err(e)) => done(state, reg, Err(e)),
        Msg::ReviewsLoaded(Ok(loaded)) => {
            state.reviews.apply(*loaded);
            Vec::new()
        }
        Msg::ScoringLoaded(Ok(form)) => {
            state
                .popups
                .push(Popup::Reviews(reviews::Popup::Scoring(form)));
            Vec::new()
        }
        Msg::ReviewsLoaded(Err(e)) | Msg::ScoringLoaded(Err(e)) => done(state, reg, Err(e)),
        Msg::HistoryLoaded(Ok(h)) => {
            state.history.apply(*h);
            Vec::new()
        }
        Msg::HistoryLoaded(Err(e)) => {
            state.history.failed();
            done(state, reg, Err(e))
        }
        Msg::AgendaLoaded(Ok(view)) => {
            let names = |id| {
                crate::domain::Directory::employee(reg, id)
                    .map(|e| e.full_name())
                    .unwrap_or_default()
            };
            state.agenda.apply(view.map(|v| *v), &names);
            Vec::new()
        }
        Msg::AgendaLoaded(Err(e)) => {
            state.agenda.apply(None, &|_| String::new());
            done(state, reg, Err(e))
        }
        Msg::SessionsLoaded(Ok(loaded)) => {
            state.feedback.apply(*loaded);
            Vec::new()
        }
        Msg::FeedbackOpened(Ok(popup)) => {
            crate::app::feedback::tab::update::opened(state, *popup);
            Vec::new()
        }
        Msg::SessionsLoaded(Err(e)) | Msg::FeedbackOpened(Err(e)) => done(state, reg, Err(e)),
        Msg::SettingsLoaded(Ok(s)) => {
            let form = crate::app::settings::form::SettingsForm::new(s);
            state.popups.push(Popup::Settings(Box::new(form)));
            Vec::new()
        }
        Msg::AdminLoaded(Ok(loaded)) => {
            crate::app::admin::update::loaded(state, *loaded);
            Vec::new()
        }
        Msg::AdminLoaded(Err(e)) => done(state, reg, Err(CommandError::Store(e))),
        Msg::SettingsLoaded(Err(e)) => done(state, reg, Err(CommandError::Store(e))),
        Msg::GateDone(result) => gate::done(state, reg, result),
        Msg::AuditLoaded(Ok(trail)) => {
            let viewer = state.session.as_ref().map(|s| s.viewer.clone());
            let user = state.session.as_ref().map(|s| s.account.username.clone());
            state.audit.load(
                reg,
                trail,
                viewer.as_ref(),
                user.as_deref(),
                state.today,
                state.terms,
            );
            Vec::new()
        }
        Msg::AccountsLoaded(list) => {
            state.accounts = Some(list.into_iter().collect());
            Vec::new()
        }
        Msg::ResetDone(Ok(user)) => {
            if matches!(
                state.popups.last(),
                Some(Popup::Employees(employees::Popup::ResetPassword(_)))
            ) {
                state.popups.pop();
            }
            state.info(Notice::PasswordReset { user });
            Vec::new()
        }
        Msg::ResetDone(Err(e)) => {
            if let Some(Popup::Employees(employees::Popup::ResetPassword(f))) =
                state.popups.last_mut()
            {
                f.error = Some(e);
            }
            Vec::new()
        }
        Msg::AuditMore(Ok(page)) => {
            let viewer = state.session.as_ref().map(|s| s.viewer.clone());
            let user = state.session.as_ref().map(|s| s.account.username.clone());
            state.audit.append_page(
                reg,
                page,
                viewer.as_ref(),
                user.as_deref(),
                state.today,
                state.terms,
            );
            Vec::new()
        }
        Msg::AuditLoaded(Err(e)) | Msg::AuditMore(Err(e)) => {
            state.error(Notice::Store(std::sync::Arc::new(e)));
            Vec::new()
        }
        Msg::Action(action) => on_action(state, reg, action),
        Msg::Paste(text) => {
            crate::app::feedback::tab::update::paste(state, &text);
            Vec::new()
        }
        Msg::DraftFound { form, draft } => {
            offer_draft(state, form, draft);
            Vec::new()
        }
    }
}

/// Asks whether to put back the input a form held when the app last stopped.
fn offer_draft(state: &mut AppState, form: String, draft: crate::store::FormDraft) {
    let open = state
        .draft_snapshot()
        .is_some_and(|(id, _, dirty)| id == form && !dirty);
    if open && !draft.fields.is_empty() {
        state.status = None;
        state.popups.push(Popup::Confirm(Confirm {
            question: T::ConfirmRestoreDraft,
            subject: Some(crate::app::audit::view::format_time(draft.at_ms)),
            on_yes: OnYes::RestoreDraft {
                form,
                fields: draft.fields,
            },
        }));
    }
}

fn on_action(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    if action == Action::OpenHistory && state.popups.is_empty() {
        return history::update::from_list(state, reg);
    }
    match state.context() {
        Context::Help => {
            if action == Action::ToggleHelp {
                state.popups.pop();
            }
            Vec::new()
        }
        Context::Confirm => on_confirm(state, action),
        Context::Gate => gate::on_gate(state, action),
        Context::Picker => on_picker(state, action),
        Context::Form => on_form(state, reg, action),
        Context::Employees(ctx) => employees::update::on_key(state, reg, ctx, action)
            .unwrap_or_else(|| on_global(state, reg, action)),
        Context::Audit(ctx) => audit::update::on_key(state, ctx, action)
            .unwrap_or_else(|| on_global(state, reg, action)),
        Context::Plans(ctx) => plans::update::on_key(state, ctx, action)
            .unwrap_or_else(|| on_global(state, reg, action)),
        Context::Reviews(ctx) => {
            reviews::update::on_key(state, reg, ctx, action).unwrap_or_else(|| match ctx {
                reviews::Context::Grid => on_global(state, reg, action),
                reviews::Context::Form | reviews::Context::Signed => on_form(state, reg, action),
            })
        }
        Context::History(ctx) => history::update::on_key(state, ctx, action)
            .unwrap_or_else(|| on_global(state, reg, action)),
        Context::Agenda(ctx) => agenda::update::on_key(state, ctx, action)
            .unwrap_or_else(|| on_global(state, reg, action)),
        Context::Feedback(ctx) => {
            use crate::app::feedback::tab::Context as F;
            crate::app::feedback::tab::update::on_key(state, reg, ctx, action).unwrap_or_else(
                || match ctx {
                    F::List | F::Entries => on_global(state, reg, action),
                    F::Editor | F::SubForm => on_form(state, reg, action),
                },
            )
        }
        Context::Admin(_) => crate::app::admin::update::on_key(state, reg, action),
        Context::Placeholder | Context::Global => on_global(state, reg, action),
    }
}

fn quit(state: &mut AppState) {
    if state.has_unsaved_input() {
        state.popups.push(Popup::Confirm(Confirm {
            question: T::ConfirmQuitDirty,
            subject: None,
            on_yes: OnYes::Quit,
        }));
    } else {
        state.quit = true;
    }
}

fn on_confirm(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(Popup::Confirm(c)) = state.popups.last().cloned() else {
        return Vec::new();
    };
    match action {
        Action::Yes => {
            state.popups.pop();
            match c.on_yes {
                OnYes::Quit => state.quit = true,
                OnYes::Discard => {
                    state.popups.pop();
                    state.status = None;
                }
                OnYes::Run(command) => return vec![Effect::Run(*command)],
                OnYes::RestoreDraft { fields, .. } => {
                    if let Some(f) = state.top_form_mut() {
                        f.restore(&fields);
                    }
                }
            }
        }
        Action::No => {
            state.popups.pop();
            if let OnYes::RestoreDraft { form, .. } = c.on_yes {
                return vec![Effect::Draft(DraftOp::Drop(form))];
            }
        }
        // Esc: "not now". A draft stays in the store and its form does not open (an empty
        // form would drop the draft when closed); any other question takes it as a no.
        Action::Back => {
            state.popups.pop();
            if let OnYes::RestoreDraft { form, .. } = c.on_yes {
                let on_top = state
                    .popups
                    .last()
                    .and_then(Popup::form)
                    .and_then(|f| f.draft_id())
                    .is_some_and(|id| id == form);
                if on_top {
                    state.popups.pop();
                }
                return vec![Effect::Draft(DraftOp::Spare(form))];
            }
        }
        _ => {}
    }
    Vec::new()
}
