//! The status line as values (Indonesian: *pesan status*): the app says what happened, `i18n`
//! words it when the frame is drawn, in the language of that moment.

use std::sync::Arc;

use super::text::T;
use crate::domain::access::ActingError;
use crate::domain::plan::PeriodError;
use crate::domain::RuleError;
use crate::store::StoreError;

#[derive(Clone, Debug)]
pub enum Notice {
    /// A fixed text.
    Text(T),
    EmployeeSaved {
        name: String,
        created: bool,
    },
    EmployeeDeactivated {
        name: String,
        moved: usize,
        /// Units whose head changed with the deactivation.
        units: Vec<String>,
    },
    EmployeeReactivated {
        name: String,
    },
    UnitSaved {
        name: String,
    },
    BatchApplied {
        units: usize,
        employees: usize,
    },
    ActingSaved {
        id: u64,
        created: bool,
    },
    /// Plans written by an import.
    PlansImported {
        plans: usize,
    },
    /// Review years (evaluations of an employee's year) written by an import or the demo.
    ReviewsImported {
        years: usize,
    },
    Welcome {
        user: String,
    },
    PasswordChanged,
    PasswordReset {
        user: String,
    },
    SignedOutWrongPassword,
    /// The open form shows what is wrong; with the first rule the command path found broken.
    FormHasErrors(Option<RuleError>),
    /// A change refused with no form to show why (a reactivation).
    Refused(Option<RuleError>),
    NotFound,
    Forbidden,
    ActingRefused(Vec<ActingError>),
    PeriodSaved {
        year: i32,
        created: bool,
    },
    PeriodRefused(PeriodError),
    Store(Arc<StoreError>),
    /// The SKP tab's messages.
    Plan(crate::app::plans::command::Note),
    /// The office settings' messages.
    Settings(crate::app::settings::Note),
    /// The admin screen's account commands.
    Account(crate::app::admin::Done),
    AccountRefused(crate::app::admin::Refusal),
    /// The Penilaian commands' messages.
    Review(crate::app::reviews::command::Note),
    /// The dialog kinerja commands' messages.
    Feedback(crate::app::feedback::command::Note),
}

/// What the status line shows, and whether as an error.
#[derive(Clone, Debug)]
pub struct Status {
    pub notice: Notice,
    pub error: bool,
}
