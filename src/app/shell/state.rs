//! Application state: everything the screens draw. Changed only by `update`.

use chrono::NaiveDate;

use crate::app::auth::Session;
use crate::app::deactivate_form::DeactivateForm;
use crate::app::employee_form::EmployeeForm;
use crate::app::employee_list::{EmployeeList, Pane};
use crate::app::keymap::Context;
use crate::app::kit::lang::Lang;
use crate::app::kit::notice::{Notice, Status};
use crate::app::kit::terms::{Codes, Terms};
use crate::app::kit::text::T;
use crate::app::picker::Picker;
use crate::app::register::Register;
use crate::app::signin::{GateMode, SignInForm};
use crate::app::unit_form::UnitForm;
use crate::domain::{Directory, EmployeeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Employees,
    Plans,
    Reviews,
    Sessions,
    History,
    Audit,
}

impl Screen {
    pub const ALL: [Screen; 6] = [
        Screen::Employees,
        Screen::Plans,
        Screen::Reviews,
        Screen::Sessions,
        Screen::History,
        Screen::Audit,
    ];

    pub fn title(self) -> T {
        match self {
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
        matches!(self, Screen::Employees | Screen::Audit)
    }
}

/// What happens when a confirmation is answered yes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnYes {
    Quit,
    /// Close the form under the confirmation without saving.
    Discard,
    Reactivate(EmployeeId),
}

/// A yes/no question (Indonesian: *konfirmasi*), about `subject` when there is one.
#[derive(Clone, Debug)]
pub struct Confirm {
    pub question: T,
    pub subject: Option<String>,
    pub on_yes: OnYes,
}

/// Modal layers, top last. Keys go to the top one.
#[derive(Clone, Debug)]
pub enum Popup {
    Help,
    EmployeeForm(Box<EmployeeForm>),
    Deactivate(Box<DeactivateForm>),
    UnitForm(Box<UnitForm>),
    ResetPassword(Box<crate::app::reset_form::ResetForm>),
    Picker(Box<Picker>),
    Confirm(Confirm),
}

impl Popup {
    /// The key table of this popup.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help => Context::Help,
            Popup::EmployeeForm(_)
            | Popup::Deactivate(_)
            | Popup::UnitForm(_)
            | Popup::ResetPassword(_) => Context::Form,
            Popup::Picker(_) => Context::Picker,
            Popup::Confirm(_) => Context::Confirm,
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
    pub audit: crate::app::audit_view::AuditView,
    /// Who has an account (employee -> user name); `None` until read after a sign-in.
    pub accounts: Option<std::collections::HashMap<EmployeeId, String>>,
    /// Words to search in (audit actions, reasons); see `kit::terms`.
    pub terms: &'static dyn Terms,
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
            accounts: None,
            terms: &Codes,
        }
    }

    /// The same, behind the sign-in screen (or the first-admin screen on an empty database).
    pub fn gated(reg: &Register, lang: Lang, today: NaiveDate, has_accounts: bool) -> AppState {
        let mut s = AppState::new(reg, lang, today);
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
            Context::Gate
        } else if self.screen == Screen::Audit {
            if self.audit.filtering {
                Context::AuditFilter
            } else {
                Context::Audit
            }
        } else if self.screen != Screen::Employees {
            Context::Placeholder
        } else if self.list.filtering {
            Context::FilterInput
        } else if self.list.pane == Some(Pane::Detail) {
            Context::Detail
        } else {
            Context::List
        }
    }

    /// Whether a form holds input that would be lost.
    pub fn has_unsaved_input(&self) -> bool {
        self.popups.iter().any(|p| match p {
            Popup::EmployeeForm(f) => f.is_dirty(),
            Popup::Deactivate(f) => f.is_dirty(),
            Popup::UnitForm(f) => f.is_dirty(),
            _ => false,
        })
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

/// The people shown in the detail pane to jump to: the supervisor, then direct reports,
/// each only if the viewer may see them.
pub fn detail_people(reg: &Register, list: &EmployeeList, id: EmployeeId) -> Vec<EmployeeId> {
    let mut people = Vec::new();
    if let Some(sup) = reg.employee(id).and_then(|e| e.supervisor) {
        people.push(sup);
    }
    let mut subs: Vec<EmployeeId> = reg.subordinates(id).to_vec();
    subs.sort_by_key(|s| {
        reg.employee(*s)
            .map(|e| (!e.is_active(), e.name.name.to_lowercase()))
    });
    // One's own supervisor is part of one's own record; reports are filtered like the list.
    subs.retain(|p| list.may_see(reg, *p));
    people.extend(subs);
    people
}
