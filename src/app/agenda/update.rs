//! The agenda in the update path: moving, and Enter going where a line is dealt with (tab 4 on
//! that person, the SKP plan on tab 2, the Penilaian grid on that period on tab 3).

use chrono::Datelike;

use super::view::Section;
use super::{Action as A, Context};
use crate::app::keymap::action::Action;
use crate::app::services::register::Register;
use crate::app::shell::state::{AppState, Screen};
use crate::app::shell::update::Effect;
use crate::domain::review::ReviewKind;
use crate::domain::{Directory, Viewer};

/// Whether the viewer supervises anyone today: direct reports, or acting as Plt/Plh.
pub fn is_supervisor(reg: &Register, viewer: &Viewer, today: chrono::NaiveDate) -> bool {
    if crate::domain::access::can_manage_register(viewer) {
        return false;
    }
    let Some(me) = viewer.employee else {
        return false;
    };
    !reg.active_subordinates(me).is_empty() || viewer.acting.iter().any(|a| a.covers(today))
}

/// The tab comes into view: read the agenda again (it changes with every save elsewhere).
pub fn enter(_state: &mut AppState) -> Vec<Effect> {
    vec![Effect::LoadAgenda]
}

/// Keys on the agenda; `None` leaves the key to the shell.
pub fn on_key(state: &mut AppState, ctx: Context, action: Action) -> Option<Vec<Effect>> {
    let Context::List = ctx;
    let view = &mut state.agenda;
    let page = view.scroll.viewport.max(1) as isize;
    match action {
        Action::Up => view.move_by(-1),
        Action::Down => view.move_by(1),
        Action::PageUp => view.move_by(-page),
        Action::PageDown => view.move_by(page),
        Action::Top => view.move_by(isize::MIN / 2),
        Action::Bottom => view.move_by(isize::MAX / 2),
        Action::Agenda(A::Reload) => return Some(vec![Effect::LoadAgenda]),
        Action::Open => return Some(jump(state)),
        _ => return None,
    }
    Some(Vec::new())
}

/// Enter on a line: to the place where it is dealt with.
fn jump(state: &mut AppState) -> Vec<Effect> {
    let Some(line) = state.agenda.current().cloned() else {
        return Vec::new();
    };
    let Some(v) = state.agenda.view.as_ref() else {
        return Vec::new();
    };
    let (on, last) = (v.on, v.last_ended);
    let employee = line.employee;
    match line.section {
        Section::FollowUps | Section::NoFeedback => {
            state.feedback.want = Some(employee);
            state.screen = Screen::Sessions;
            crate::app::feedback::tab::update::enter(state)
        }
        Section::PlansNotApproved => {
            state.screen = Screen::Plans;
            state.plans.year = on.year();
            vec![Effect::LoadPlans {
                year: on.year(),
                open: Some(crate::app::plans::view::Opening {
                    employee,
                    plan: None,
                }),
            }]
        }
        Section::EvaluationsUnsigned | Section::ObjectionsWaiting => {
            // An objection: the period of the evaluation it is against.
            let at = match line.section {
                Section::ObjectionsWaiting => v.objection_at.get(&employee).copied(),
                _ => None,
            };
            state.screen = Screen::Reviews;
            let r = &mut state.reviews;
            (r.year, r.kind) = at.unwrap_or((last.from.year(), ReviewKind::Periodic(last.number)));
            r.want = Some(employee);
            vec![crate::app::reviews::update::reload(state)]
        }
    }
}
