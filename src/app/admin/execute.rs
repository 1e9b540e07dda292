//! The account commands on the command path: the same `services::auth` functions the CLI's
//! `kinerja user` calls (same rules, same audit entries), with the signed-in admin as actor.

use super::command::{Command, Done, Refusal};
use crate::app::services::auth::AccountError;
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::domain::AccountId;

impl Services {
    pub(crate) fn run_accounts(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        let done = match cmd {
            Command::Create {
                employee,
                username,
                role,
                password,
            } => {
                // A one-time password: the first sign-in asks for a new one.
                let id = self
                    .create_one_time_account(None, &username, Some(employee), role, &password.0)
                    .map_err(refused)?;
                Done::Created {
                    username: self.username_of(id)?,
                }
            }
            Command::Reset { account, password } => {
                self.reset_password(None, account, &password.0)
                    .map_err(refused)?;
                Done::Reset {
                    username: self.username_of(account)?,
                }
            }
            Command::SetDisabled { account, disabled } => {
                // An admin never disables the account they are signed in with.
                let own = self.viewer.is_some() && self.username_of(account)? == self.actor;
                if disabled && own {
                    return Err(CommandError::Account(Refusal::NotAllowed));
                }
                self.set_disabled(None, account, disabled)
                    .map_err(refused)?;
                Done::Disabled {
                    username: self.username_of(account)?,
                    disabled,
                }
            }
            Command::AddKey { account, line } => return self.add_key(account, &line),
            Command::RemoveKey { account, which } => return self.remove_key(account, &which),
        };
        Ok(Outcome::Account(done))
    }

    fn username_of(&self, id: AccountId) -> Result<String, CommandError> {
        self.store
            .account(id)?
            .map(|a| a.username)
            .ok_or(CommandError::Account(Refusal::UnknownAccount))
    }
}

fn refused(e: AccountError) -> CommandError {
    match (Refusal::of(&e), e) {
        (Some(r), _) => CommandError::Account(r),
        (None, AccountError::Store(s)) => CommandError::Store(s),
        (None, _) => CommandError::Account(Refusal::NotAllowed),
    }
}
