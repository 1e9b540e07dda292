//! The admin screen (*akun dan Plt/Plh*): the office's accounts and acting assignments,
//! administered from the app (until issue 10 only at the command line). Opened with `A` on
//! the employees list (admins), as `Popup::Admin`; its lists are read through
//! `Effect::LoadAdmin` / `Msg::AdminLoaded`. Accounts change through
//! `Command::Accounts(admin::Command)`, acting assignments through `Command::SaveActing`,
//! both on the one command path, audited like the CLI's `kinerja user` and `kinerja plt`.

pub mod command;
pub mod execute;
pub mod forms;
pub mod keys;
pub mod keys_window;
pub mod load;
pub mod update;
pub mod view;

pub use command::{Command, Done, Refusal};
pub use forms::{AccountForm, ActingForm, EndForm, PasswordForm};
pub use keys_window::{KeyForm, KeysWindow};
pub use view::{AdminView, Part};

use crate::app::kit::form::Form;

/// Where the focus is on the admin screen (its forms use the shared form keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Lists,
    /// The keys window of one account.
    Keys,
}

impl Context {
    pub const ALL: [Context; 2] = [Context::Lists, Context::Keys];
}

/// What a key means on the admin screen's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Accounts <-> acting assignments.
    SwitchPart,
    /// A new account / a new acting assignment.
    New,
    ResetPassword,
    Disable,
    Enable,
    /// End the acting assignment under the cursor early.
    End,
    /// The SSH keys of the account under the cursor.
    Keys,
    /// Remove the key under the cursor (keys window).
    RemoveKey,
}

/// The admin screen and its forms; the screen is the bottom layer, a form sits above it.
#[derive(Clone, Debug)]
pub enum Popup {
    Screen(Box<AdminView>),
    Account(Box<AccountForm>),
    Password(Box<PasswordForm>),
    Acting(Box<ActingForm>),
    End(Box<EndForm>),
    /// One account's SSH public keys.
    Keys(Box<KeysWindow>),
    /// A new key for that account.
    KeyAdd(Box<KeyForm>),
}

/// The screen itself has nothing to lose.
impl Form for AdminView {}

impl Popup {
    /// The lists have their own keys; the forms use the shared form table.
    pub fn context(&self) -> Option<Context> {
        match self {
            Popup::Screen(_) => Some(Context::Lists),
            Popup::Keys(_) => Some(Context::Keys),
            Popup::Account(_)
            | Popup::Password(_)
            | Popup::Acting(_)
            | Popup::End(_)
            | Popup::KeyAdd(_) => None,
        }
    }

    pub fn form(&self) -> &dyn Form {
        match self {
            Popup::Screen(v) => v.as_ref(),
            Popup::Account(f) => f.as_ref(),
            Popup::Password(f) => f.as_ref(),
            Popup::Acting(f) => f.as_ref(),
            Popup::End(f) => f.as_ref(),
            Popup::Keys(w) => w.as_ref(),
            Popup::KeyAdd(f) => f.as_ref(),
        }
    }

    pub fn form_mut(&mut self) -> &mut dyn Form {
        match self {
            Popup::Screen(v) => v.as_mut(),
            Popup::Account(f) => f.as_mut(),
            Popup::Password(f) => f.as_mut(),
            Popup::Acting(f) => f.as_mut(),
            Popup::End(f) => f.as_mut(),
            Popup::Keys(w) => w.as_mut(),
            Popup::KeyAdd(f) => f.as_mut(),
        }
    }

    /// A form closes when its command went through; the screen and the keys window stay.
    pub fn closes_on_saved(&self) -> bool {
        !matches!(self, Popup::Screen(_) | Popup::Keys(_))
    }
}

/// Where a picker opened from the admin forms puts the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    AccountEmployee,
    ActingPerson,
    ActingFor,
}
