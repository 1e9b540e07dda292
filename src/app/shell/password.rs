//! Which effects need argon2 and what for (`kinerja serve` computes it off its loop first:
//! `app::services::passwords`).

use crate::app::gate::GateRequest;
use crate::app::services::passwords::PasswordWork;
use crate::app::shell::state::AppState;
use crate::app::shell::update::Effect;
use crate::app::{Command, Services};

/// The argon2 work `effect` needs, if any: a new password to hash, the current one to check
/// against the stored hash.
pub(super) fn work_of(
    services: &Services,
    state: &AppState,
    effect: &Effect,
) -> Option<PasswordWork> {
    match effect {
        Effect::Gate(GateRequest::ChangePassword { current, new }) => {
            let id = state.session.as_ref()?.account.id;
            // Unreadable account: the effect itself says so when it runs.
            let stored = services.store.account(id).ok().flatten()?;
            Some(PasswordWork {
                hash: vec![new.clone()],
                check: vec![(current.clone(), stored.password_hash)],
            })
        }
        Effect::ResetPassword { new, .. } => Some(PasswordWork {
            hash: vec![new.0.clone()],
            check: Vec::new(),
        }),
        Effect::Run(Command::Accounts(
            crate::app::admin::Command::Create { password, .. }
            | crate::app::admin::Command::Reset { password, .. },
        )) => Some(PasswordWork {
            hash: vec![password.0.clone()],
            check: Vec::new(),
        }),
        _ => None,
    }
}
