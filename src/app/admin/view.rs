//! The admin screen's state: which list is shown, the rows as read, the cursor of each.

use chrono::NaiveDate;

use crate::domain::{Account, AccountId, ActingAssignment, EmployeeId, PublicKeyEntry, Role};

/// The two lists of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Accounts,
    Acting,
}

/// How an account stands, as values (`i18n/admin_accounts.rs` words them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountState {
    Active,
    Disabled,
    LockedUntil(i64),
    MustChange,
}

/// One account as the list shows it (never its password hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountRow {
    pub id: AccountId,
    pub username: String,
    pub role: Role,
    pub employee: Option<EmployeeId>,
    pub disabled: bool,
    pub states: Vec<AccountState>,
    /// Its SSH public keys (the keys window shows them).
    pub keys: Vec<PublicKeyEntry>,
}

impl AccountRow {
    pub fn of(a: &Account, now_ms: i64) -> AccountRow {
        let mut states = Vec::new();
        if a.disabled {
            states.push(AccountState::Disabled);
        }
        if let Some(until) = a.locked_until_ms.filter(|_| a.is_locked(now_ms)) {
            states.push(AccountState::LockedUntil(until));
        }
        if a.must_change_password {
            states.push(AccountState::MustChange);
        }
        if states.is_empty() {
            states.push(AccountState::Active);
        }
        AccountRow {
            id: a.id,
            username: a.username.clone(),
            role: a.role,
            employee: a.employee,
            disabled: a.disabled,
            states,
            keys: Vec::new(),
        }
    }
}

/// One acting assignment with the reason of its latest change, where the trail read had it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActingRow {
    pub assignment: ActingAssignment,
    pub reason: String,
}

impl ActingRow {
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.assignment.covers(day)
    }
}

/// What `admin::load::load` read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub accounts: Vec<AccountRow>,
    pub acting: Vec<ActingRow>,
}

#[derive(Clone, Debug)]
pub struct AdminView {
    pub part: Part,
    pub accounts: Vec<AccountRow>,
    pub acting: Vec<ActingRow>,
    /// The cursor in the accounts list and in the acting list.
    pub selected: [usize; 2],
    /// False until the first read came back.
    pub loaded: bool,
}

impl AdminView {
    pub fn new() -> AdminView {
        AdminView {
            part: Part::Accounts,
            accounts: Vec::new(),
            acting: Vec::new(),
            selected: [0, 0],
            loaded: false,
        }
    }

    /// New rows; the cursors stay on the same record where it is still there.
    pub fn apply(&mut self, loaded: Loaded) {
        let account = self.selected_account().map(|a| a.id);
        let acting = self.selected_acting().map(|a| a.assignment.id);
        self.accounts = loaded.accounts;
        self.acting = loaded.acting;
        self.loaded = true;
        if let Some(i) = account.and_then(|id| self.accounts.iter().position(|a| a.id == id)) {
            self.selected[0] = i;
        }
        if let Some(i) =
            acting.and_then(|id| self.acting.iter().position(|a| a.assignment.id == id))
        {
            self.selected[1] = i;
        }
        self.clamp();
    }

    fn index(&self) -> usize {
        match self.part {
            Part::Accounts => 0,
            Part::Acting => 1,
        }
    }

    pub fn len(&self) -> usize {
        match self.part {
            Part::Accounts => self.accounts.len(),
            Part::Acting => self.acting.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn cursor(&self) -> usize {
        self.selected[self.index()]
    }

    pub fn move_by(&mut self, step: isize) {
        let i = self.index();
        let n = self.len() as isize;
        self.selected[i] = (self.selected[i] as isize + step).clamp(0, (n - 1).max(0)) as usize;
    }

    pub fn top(&mut self) {
        let i = self.index();
        self.selected[i] = 0;
    }

    pub fn bottom(&mut self) {
        let i = self.index();
        self.selected[i] = self.len().saturating_sub(1);
    }

    pub fn switch(&mut self) {
        self.part = match self.part {
            Part::Accounts => Part::Acting,
            Part::Acting => Part::Accounts,
        };
    }

    fn clamp(&mut self) {
        self.selected[0] = self.selected[0].min(self.accounts.len().saturating_sub(1));
        self.selected[1] = self.selected[1].min(self.acting.len().saturating_sub(1));
    }

    pub fn selected_account(&self) -> Option<&AccountRow> {
        self.accounts.get(self.selected[0])
    }

    /// The keys of an account as last read (none for an unknown account).
    pub fn keys_of(&self, account: AccountId) -> &[PublicKeyEntry] {
        self.accounts
            .iter()
            .find(|a| a.id == account)
            .map_or(&[][..], |a| a.keys.as_slice())
    }

    pub fn selected_acting(&self) -> Option<&ActingRow> {
        self.acting.get(self.selected[1])
    }
}

impl Default for AdminView {
    fn default() -> AdminView {
        AdminView::new()
    }
}
