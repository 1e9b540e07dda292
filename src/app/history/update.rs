//! The Riwayat tab in the update path: keys -> state, and the loads it asks for. It never
//! reads the store: the runtime answers `Effect::LoadHistory` with `Msg::HistoryLoaded`.

use super::{query, Action as H, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::Context as Ctx;
use crate::app::kit::input::edit_input;
use crate::app::services::register::Register;
use crate::app::shell::state::{AppState, Screen};
use crate::app::shell::update::Effect;
use crate::domain::EmployeeId;

/// The people the viewer pages through, worked out once per session.
fn ensure_people(state: &mut AppState, reg: &Register) {
    if state.history.people.is_empty() {
        let viewer = state.session.as_ref().map(|s| &s.viewer);
        state.history.people = query::people(reg, viewer, state.today);
    }
}

/// The tab comes into view: the person shown last, else the viewer's first report (an
/// employee without reports: themselves).
pub fn enter(state: &mut AppState, reg: &Register) -> Vec<Effect> {
    ensure_people(state, reg);
    let person = state
        .history
        .person
        .or_else(|| state.history.people.first().copied());
    match person {
        Some(p) => show(state, p),
        None => Vec::new(),
    }
}

/// Shows `employee`'s history on the Riwayat tab.
pub fn open(state: &mut AppState, reg: &Register, employee: EmployeeId) -> Vec<Effect> {
    ensure_people(state, reg);
    state.screen = Screen::History;
    show(state, employee)
}

fn show(state: &mut AppState, employee: EmployeeId) -> Vec<Effect> {
    state.history.searching = false;
    state.history.begin(employee);
    vec![Effect::LoadHistory { employee }]
}

/// `H` on a list of people: the history of the person under the cursor; `None` when the
/// place has no such person (the key then does nothing).
pub fn from_list(state: &mut AppState, reg: &Register) -> Vec<Effect> {
    let person = match state.base_context() {
        Ctx::Employees(_) => state.list.selected_employee(reg),
        Ctx::Plans(crate::app::plans::Context::Overview) => {
            state.plans.current().map(|r| r.employee)
        }
        Ctx::Reviews(crate::app::reviews::Context::Grid) => {
            state.reviews.current().map(|r| r.employee)
        }
        Ctx::Agenda(_) => state.agenda.current().map(|l| l.employee),
        Ctx::Feedback(_) => state.feedback.current().map(|r| r.employee),
        _ => None,
    };
    match person {
        Some(p) => open(state, reg, p),
        None => Vec::new(),
    }
}

/// Keys on the timeline and its search line; `None` leaves the key to the shell.
pub fn on_key(state: &mut AppState, ctx: Context, action: Action) -> Option<Vec<Effect>> {
    let view = &mut state.history;
    match ctx {
        Context::Search => match action {
            Action::Text(key) if edit_input(&mut view.search, key) => view.refilter(),
            Action::Open => view.searching = false,
            Action::Back => {
                view.search = tui_input::Input::default();
                view.searching = false;
                view.refilter();
            }
            Action::Quit => return None,
            _ => {}
        },
        Context::Timeline => {
            let page = view.scroll.viewport.max(1) as isize;
            match action {
                Action::Up => view.move_by(-1),
                Action::Down => view.move_by(1),
                Action::PageUp => view.move_by(-page),
                Action::PageDown => view.move_by(page),
                Action::Top => view.move_by(isize::MIN / 2),
                Action::Bottom => view.move_by(isize::MAX / 2),
                Action::Open => view.toggle_open(),
                Action::Filter => view.searching = true,
                Action::History(H::OlderYear) => view.step_year(true),
                Action::History(H::NewerYear) => view.step_year(false),
                Action::History(H::NextKind) => view.step_kind(),
                Action::History(H::PrevPerson | H::NextPerson) => {
                    let delta = if action == Action::History(H::PrevPerson) {
                        -1
                    } else {
                        1
                    };
                    return Some(match view.step_person(delta) {
                        Some(p) => show(state, p),
                        None => Vec::new(),
                    });
                }
                Action::History(H::Reload) => {
                    return Some(match view.person {
                        Some(employee) => vec![Effect::LoadHistory { employee }],
                        None => Vec::new(),
                    })
                }
                Action::Back if view.open.is_some() => view.open = None,
                Action::Back
                    if !view.search.value().is_empty()
                        || view.year.is_some()
                        || view.kind.is_some() =>
                {
                    view.search = tui_input::Input::default();
                    view.year = None;
                    view.kind = None;
                    view.refilter();
                }
                _ => return None,
            }
        }
    }
    Some(Vec::new())
}
