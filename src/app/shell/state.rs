//! Application state: everything the screens draw. Changed only by `update`.

use chrono::NaiveDate;

use crate::app::employees::list::EmployeeList;
use crate::app::gate::form::{GateMode, SignInForm};
use crate::app::keymap::Context;
use crate::app::kit::confirm;
use crate::app::kit::form::Form;
use crate::app::kit::lang::Lang;
use crate::app::kit::notice::{Notice, Status};
use crate::app::kit::picker::Picker;
use crate::app::kit::terms::{Codes, Terms};
use crate::app::kit::text::T;
use crate::app::services::auth::Session;
use crate::app::services::commands::Command;
use crate::app::services::register::Register;
use crate::app::{agenda, audit, employees, history, plans, reviews};
use crate::domain::{EmployeeId, Viewer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The supervisor's agenda (tab 0).
    Agenda,
    Employees,
    Plans,
    Reviews,
    Sessions,
    History,
    Audit,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Agenda,
        Screen::Employees,
        Screen::Plans,
        Screen::Reviews,
        Screen::Sessions,
        Screen::History,
        Screen::Audit,
    ];

    pub fn title(self) -> T {
        match self {
            Screen::Agenda => T::ScreenAgenda,
            Screen::Employees => T::ScreenEmployees,
            Screen::Plans => T::ScreenPlans,
            Screen::Reviews => T::ScreenReviews,
            Screen::Sessions => T::ScreenSessions,
            Screen::History => T::ScreenHistory,
            Screen::Audit => T::ScreenAudit,
        }
    }

    /// Screens of later issues: shown, labelled "belum tersedia", never pretending to work.
    pub fn is_available(self) -> bool {
        matches!(
            self,
            Screen::Agenda
                | Screen::Employees
                | Screen::Plans
                | Screen::Reviews
                | Screen::Sessions
                | Screen::History
                | Screen::Audit
        )
    }
}

/// What happens when a confirmation is answered yes.
#[derive(Clone, Debug, PartialEq)]
pub enum OnYes {
    Quit,
    /// Close the form under the confirmation without saving.
    Discard,
    /// Run a command (e.g. a reactivation).
    Run(Box<Command>),
    /// Put a draft's input back into the topmost form (a no drops the draft).
    RestoreDraft {
        form: String,
        fields: crate::app::kit::form::Fields,
    },
}

/// The shell's yes/no question: what a yes does is an [`OnYes`].
pub type Confirm = confirm::Confirm<OnYes>;

/// Where a picker's choice goes: to a form of one feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    Employees(employees::PickTarget),
    Plans(plans::PickTarget),
    Reviews(reviews::PickTarget),
    Feedback(crate::app::feedback::tab::PickTarget),
    Admin(crate::app::admin::PickTarget),
}

/// Modal layers, top last. Keys go to the top one. Shared popups are plain variants; a
/// feature's forms sit in its own `Popup`.
#[derive(Clone, Debug)]
pub enum Popup {
    Help,
    Confirm(Confirm),
    Picker(Box<Picker<PickTarget>>),
    Employees(employees::Popup),
    Plans(plans::Popup),
    Reviews(reviews::Popup),
    /// Dialog kinerja: the session editor, its sub-forms, the quick note.
    Feedback(crate::app::feedback::tab::Popup),
    /// Pengaturan kantor (admins).
    Settings(Box<crate::app::settings::form::SettingsForm>),
    /// The admin screen (accounts, Plt/Plh) and its forms.
    Admin(crate::app::admin::Popup),
}

impl Popup {
    /// The key table of this popup.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help => Context::Help,
            Popup::Confirm(_) => Context::Confirm,
            Popup::Picker(_) => Context::Picker,
            Popup::Reviews(p) => p.context().map_or(Context::Form, Context::Reviews),
            Popup::Feedback(p) => Context::Feedback(p.context()),
            Popup::Admin(p) => p.context().map_or(Context::Form, Context::Admin),
            Popup::Employees(_) | Popup::Plans(_) | Popup::Settings(_) => Context::Form,
        }
    }

    /// The form in this popup, if it is one.
    pub fn form(&self) -> Option<&dyn Form> {
        match self {
            Popup::Help | Popup::Confirm(_) | Popup::Picker(_) => None,
            Popup::Employees(p) => Some(p.form()),
            Popup::Plans(p) => Some(p.form()),
            Popup::Reviews(p) => Some(p.form()),
            Popup::Feedback(p) => Some(p.form()),
            Popup::Settings(f) => Some(f.as_ref()),
            Popup::Admin(p) => Some(p.form()),
        }
    }

    /// The form in this popup, to change it.
    pub fn form_mut(&mut self) -> Option<&mut dyn Form> {
        match self {
            Popup::Help | Popup::Confirm(_) | Popup::Picker(_) => None,
            Popup::Employees(p) => Some(p.form_mut()),
            Popup::Plans(p) => Some(p.form_mut()),
            Popup::Reviews(p) => Some(p.form_mut()),
            Popup::Feedback(p) => Some(p.form_mut()),
            Popup::Settings(f) => Some(f.as_mut()),
            Popup::Admin(p) => Some(p.form_mut()),
        }
    }

    /// Whether a command's success closes it.
    pub fn closes_on_saved(&self) -> bool {
        match self {
            Popup::Help | Popup::Confirm(_) | Popup::Picker(_) => false,
            Popup::Employees(p) => p.closes_on_saved(),
            Popup::Plans(p) => p.closes_on_saved(),
            Popup::Reviews(p) => p.closes_on_saved(),
            Popup::Feedback(p) => p.closes_on_saved(),
            Popup::Settings(_) => true,
            Popup::Admin(p) => p.closes_on_saved(),
        }
    }
}

pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub list: EmployeeList,
    pub popups: Vec<Popup>,
    pub status: Option<Status>,
    pub quit: bool,
    pub today: NaiveDate,
    /// Rows a picker shows at the current terminal size.
    pub picker_rows: usize,
    /// Who is signed in; `None` with no gate is the local operator (`kinerja script`).
    pub session: Option<Session>,
    /// The sign-in screen, while it is up.
    pub gate: Option<SignInForm>,
    pub audit: audit::view::AuditView,
    pub plans: plans::view::PlansView,
    pub reviews: reviews::grid::GridView,
    pub history: history::view::HistoryView,
    pub agenda: agenda::view::AgendaState,
    /// Tab 4, Dialog Kinerja.
    pub feedback: crate::app::feedback::tab::view::SessionsView,
    /// Who has an account (employee -> user name); `None` until read after a sign-in.
    pub accounts: Option<std::collections::HashMap<EmployeeId, String>>,
    /// Words to search in (audit actions, reasons); see `kit::terms`.
    pub terms: &'static dyn Terms,
    /// An effect waiting for its argon2 work to be done off the loop (`kinerja serve`).
    pub deferred: Option<(
        crate::app::shell::update::Effect,
        crate::app::services::passwords::PasswordWork,
    )>,
}

impl AppState {
    pub fn new(reg: &Register, lang: Lang, today: NaiveDate) -> AppState {
        AppState {
            lang,
            screen: Screen::Employees,
            list: EmployeeList::new(reg),
            popups: Vec::new(),
            status: None,
            quit: false,
            today,
            picker_rows: 10,
            session: None,
            gate: None,
            audit: Default::default(),
            plans: Default::default(),
            reviews: Default::default(),
            history: Default::default(),
            agenda: Default::default(),
            feedback: Default::default(),
            accounts: None,
            terms: &Codes,
            deferred: None,
        }
    }

    /// The same, behind the sign-in screen (or the first-admin screen on an empty database).
    /// Its list is empty and shows nobody until someone signs in (`EmployeeList::set_viewer`
    /// then builds it from the register).
    pub fn gated(lang: Lang, today: NaiveDate, has_accounts: bool) -> AppState {
        let mut s = AppState::new(&Register::default(), lang, today);
        s.list
            .set_viewer(&Register::default(), Some(Viewer::nobody()), today);
        let mode = if has_accounts {
            GateMode::SignIn
        } else {
            GateMode::FirstAdmin
        };
        s.gate = Some(SignInForm::new(mode));
        s
    }

    /// May the person at the keyboard change this employee's records?
    pub fn may_change(&self, reg: &Register, id: EmployeeId) -> bool {
        self.session
            .as_ref()
            .is_none_or(|s| crate::domain::access::can_change(&s.viewer, reg, id, self.today))
    }

    /// May the person at the keyboard change the register (employees, units)?
    pub fn can_manage_register(&self) -> bool {
        self.session
            .as_ref()
            .is_none_or(|s| crate::domain::access::can_manage_register(&s.viewer))
    }

    /// Which key table applies now.
    pub fn context(&self) -> Context {
        self.popups
            .last()
            .map_or_else(|| self.base_context(), Popup::context)
    }

    /// The context of the screen under any popup.
    pub fn base_context(&self) -> Context {
        if self.gate.is_some() {
            return Context::Gate;
        }
        match self.screen {
            Screen::Employees => Context::Employees(employees::Context::of(&self.list)),
            Screen::Audit => Context::Audit(audit::Context::of(&self.audit)),
            Screen::Plans => Context::Plans(plans::Context::of(&self.plans)),
            Screen::Reviews => Context::Reviews(reviews::Context::Grid),
            Screen::History => Context::History(history::Context::of(&self.history)),
            Screen::Agenda => Context::Agenda(agenda::Context::List),
            Screen::Sessions => {
                Context::Feedback(crate::app::feedback::tab::Context::of(&self.feedback))
            }
        }
    }

    /// Whether a form holds input that would be lost.
    pub fn has_unsaved_input(&self) -> bool {
        self.popups
            .iter()
            .any(|p| p.form().is_some_and(|f| f.is_dirty()))
    }

    /// The topmost form that keeps drafts, as a draft sees it.
    pub fn draft_snapshot(&self) -> crate::app::kit::draft::Snapshot {
        let f = self.popups.iter().rev().find_map(Popup::form)?;
        let id = f.draft_id()?;
        Some((id, f.draft_fields(), f.is_dirty()))
    }

    /// Whether a form with this draft identity is open anywhere in the popup stack.
    pub fn has_draft_form(&self, id: &str) -> bool {
        self.popups
            .iter()
            .filter_map(Popup::form)
            .any(|f| f.draft_id().as_deref() == Some(id))
    }

    /// The topmost form, to change it.
    pub fn top_form_mut(&mut self) -> Option<&mut dyn Form> {
        self.popups.iter_mut().rev().find_map(Popup::form_mut)
    }

    /// Whether the form on top shows an error at a field.
    pub fn top_form_has_errors(&self) -> bool {
        self.popups
            .last()
            .and_then(Popup::form)
            .is_some_and(|f| f.has_errors())
    }

    pub fn info(&mut self, notice: Notice) {
        self.status = Some(Status {
            notice,
            error: false,
        });
    }

    pub fn error(&mut self, notice: Notice) {
        self.status = Some(Status {
            notice,
            error: true,
        });
    }
}
