//! The thin runtime: reads a key through the key map, runs `update`, carries out its effects
//! against the services, and feeds the results back. Terminal, script and tests all use it.

use crate::app::audit::view::PAGE;
use crate::app::gate::form::GateError;
use crate::app::gate::GateRequest;
use crate::app::keymap;
use crate::app::kit::draft::{Debounce, DraftOp};
use crate::app::kit::form::Fields;
use crate::app::kit::key::Key;
use crate::app::kit::lang::Lang;
use crate::app::kit::terms::Terms;
use crate::app::services::auth::{AccountError, Session, SignInError};
use crate::app::shell::state::AppState;
use crate::app::shell::update::{update, Effect, Msg};
use crate::app::Services;
use crate::domain::{AccountId, Directory, EmployeeKind, Nip};
use crate::store::FormDraft;
use std::time::Instant;

pub struct App {
    pub state: AppState,
    pub services: Services,
    /// Typed input waiting for a pause before it goes to the store.
    drafts: Debounce,
}

impl App {
    /// The app for the local operator: no sign-in (`kinerja script`, tests of the screens).
    pub fn new(services: Services, lang: Lang) -> App {
        let today = services.today();
        let state = AppState::new(&services.register, lang, today);
        App {
            state,
            services,
            drafts: Debounce::default(),
        }
    }

    /// The app behind the sign-in screen (the first-admin screen on a database without
    /// accounts). Until someone signs in, the services refuse every change.
    pub fn with_sign_in(mut services: Services, lang: Lang) -> App {
        let today = services.today();
        let has_accounts = services.has_accounts().unwrap_or(true);
        // The list behind the gate stays empty (it is built at the sign-in, for whoever signs
        // in), so this screen needs no register: it may still be read (`Services::loading`).
        let state = AppState::gated(lang, today, has_accounts);
        services.viewer = Some(crate::domain::Viewer::nobody());
        App {
            state,
            services,
            drafts: Debounce::default(),
        }
    }

    /// The app with someone already signed in (`kinerja demo --as NIP`).
    pub fn signed_in(services: Services, lang: Lang, session: Session) -> App {
        let mut app = App::with_sign_in(services, lang);
        app.services.viewer = Some(session.viewer.clone());
        app.services.actor = session.account.username.clone();
        app.state.gate = Some(crate::app::gate::form::SignInForm::new(
            crate::app::gate::form::GateMode::SignIn,
        ));
        app.dispatch(Msg::GateDone(Ok(session)));
        app.load_accounts();
        app
    }

    /// Puts a session's parts back together around `services` (`kinerja serve`: one loop owns
    /// the services and moves them into whichever session has input).
    pub fn from_parts(services: Services, state: AppState, drafts: Debounce) -> App {
        App {
            state,
            services,
            drafts,
        }
    }

    /// Takes the app apart again: the services go back to the loop, the rest stays the session's.
    pub fn into_parts(self) -> (Services, AppState, Debounce) {
        (self.services, self.state, self.drafts)
    }

    /// Installs the words the filters search in (the terminal and scripts pass `i18n`'s).
    pub fn with_terms(mut self, terms: &'static dyn Terms) -> App {
        self.state.terms = terms;
        self
    }

    /// Writes a draft whose typing has paused, and puts a register read meanwhile in place.
    /// The terminal calls it while waiting for keys.
    pub fn tick(&mut self) {
        self.services.poll_register();
        if let Some((form, fields)) = self.drafts.due(Instant::now()) {
            self.write_draft(&form, fields);
        }
    }

    /// Reads the screen in view again after another session's change (`kinerja serve`);
    /// open forms and what is typed in them stay as they are.
    pub fn refresh(&mut self) {
        self.tick();
        self.dispatch(Msg::Refresh);
        self.refresh_follow_up(true);
    }

    /// [`App::refresh`] for a screen slow to read: the screen says that data changed and
    /// that `r` reads it again.
    pub fn announce_change(&mut self) {
        self.tick();
        self.dispatch(Msg::ChangedElsewhere);
    }

    /// Runs the effect that waited for its argon2 work, with the results in place (an
    /// error: the work is done here after all).
    pub fn resume_passwords(
        &mut self,
        prepared: Result<crate::app::services::passwords::Prepared, crate::store::StoreError>,
    ) {
        let Some((effect, _)) = self.state.deferred.take() else {
            return;
        };
        match prepared {
            Ok(p) => self.services.passwords = p,
            Err(e) => log::warn!("password work off the loop failed, done here: {e}"),
        }
        self.run_effect(effect, None);
        // Results not taken (a refusal before hashing) are not kept.
        self.services.passwords = Default::default();
    }

    /// Writes what is typed now, without waiting (before a scripted run ends, in tests).
    pub fn flush_draft(&mut self) {
        if let Some((form, fields)) = self.drafts.take() {
            self.write_draft(&form, fields);
        }
    }

    /// Whose drafts: the signed-in account, or account 0 for the local operator.
    fn draft_account(session: Option<&Session>) -> AccountId {
        session.map_or(AccountId(0), |s| s.account.id)
    }

    fn write_draft(&mut self, form: &str, fields: Fields) {
        let account = Self::draft_account(self.state.session.as_ref());
        let draft = FormDraft {
            at_ms: self.services.now_ms(),
            fields,
        };
        if let Err(e) = self.services.store.put_draft(account, form, &draft) {
            log::warn!("could not keep the draft of {form}: {e}");
        }
    }

    fn on_draft(&mut self, op: DraftOp, before: Option<&Session>) {
        match op {
            DraftOp::Look(form) => {
                let account = Self::draft_account(self.state.session.as_ref());
                match self.services.store.draft(account, &form) {
                    Ok(Some(draft)) => self.dispatch(Msg::DraftFound { form, draft }),
                    Ok(None) => {}
                    Err(e) => log::warn!("could not read the draft of {form}: {e}"),
                }
            }
            DraftOp::Keep { form, fields } => {
                if let Some((form, fields)) = self.drafts.keep(form, fields, Instant::now()) {
                    self.write_draft(&form, fields);
                }
            }
            DraftOp::Spare(_) => {}
            DraftOp::Drop(form) => {
                self.drafts.forget(&form);
                let account = Self::draft_account(before);
                if let Err(e) = self.services.store.delete_draft(account, &form) {
                    log::warn!("could not drop the draft of {form}: {e}");
                }
            }
        }
    }

    /// Pasted text: whole into a multi-line field (line breaks kept), else typed character by
    /// character into the focused field (line breaks as spaces).
    pub fn paste(&mut self, text: &str) {
        self.tick();
        if crate::app::feedback::tab::update::takes_lines(&self.state) {
            self.dispatch(Msg::Paste(text.to_string()));
        } else if keymap::takes_text(self.state.context()) {
            for c in crate::app::kit::input::one_line_paste(text).chars() {
                self.handle_key(Key::ch(c));
            }
        }
    }

    pub fn handle_key(&mut self, key: Key) {
        self.tick();
        // A session can outlive midnight: the date (acting periods, defaults) follows the clock.
        let today = self.services.today();
        if today != self.state.today {
            self.state.today = today;
            let viewer = self.state.session.as_ref().map(|s| s.viewer.clone());
            if viewer.is_some() {
                self.state
                    .list
                    .set_viewer(&self.services.register, viewer, today);
            }
        }
        if let Some(action) = keymap::lookup(self.state.context(), key) {
            self.dispatch(Msg::Action(action));
        }
        self.refresh_follow_up(false);
    }

    /// Reads the selected employee's tindak lanjut when the selection moved, or always
    /// (`again`) after a command, which may have signed a grade. One prefix scan.
    fn refresh_follow_up(&mut self, again: bool) {
        let want = self.state.list.selected_employee(&self.services.register);
        let have = self.state.list.follow_up.as_ref().map(|l| l.employee);
        if !again && want == have {
            return;
        }
        self.state.list.follow_up = match want {
            Some(id) => match crate::app::employees::follow_up::load(&self.services, id) {
                Ok(loaded) => Some(loaded),
                Err(e) => {
                    log::warn!("could not read the follow-up: {e}");
                    None
                }
            },
            None => None,
        };
    }

    /// Whether `msg` may be handled before the register is in memory: typing on the sign-in
    /// screen and resizing it read none of it.
    fn needs_register(&self, msg: &Msg) -> bool {
        let gated = self.state.gate.is_some() && self.state.session.is_none();
        !(gated && matches!(msg, Msg::Action(_) | Msg::Viewport { .. }))
    }

    pub fn dispatch(&mut self, msg: Msg) {
        if self.services.register_loading() && self.needs_register(&msg) {
            // A failure is answered at the effect that needed the register (below).
            let _ = self.services.await_register();
        }
        // The session a forced sign-out ends, for its audit entry (`update` drops it).
        let ended = self.state.session.clone();
        let effects = update(&mut self.state, &self.services.register, msg);
        for effect in effects {
            // Every effect reads or changes what the register holds (a sign-in finds the
            // account's employee): none runs on a register not read.
            if let Err(e) = self.services.await_register() {
                self.refuse(effect, e);
                continue;
            }
            // `kinerja serve`: argon2 work is done off the loop first (`App::resume_passwords`).
            if self.services.defers_passwords() && self.state.deferred.is_none() {
                if let Some(work) = super::password::work_of(&self.services, &self.state, &effect) {
                    self.state.deferred = Some((effect, work));
                    continue;
                }
            }
            self.run_effect(effect, ended.as_ref());
        }
    }

    /// Carries out one effect of `update` against the services.
    fn run_effect(&mut self, effect: Effect, ended: Option<&Session>) {
        match effect {
            Effect::Run(cmd) => {
                let result = self.services.execute(cmd);
                if let Err(e) = &result {
                    log::warn!("command refused: {e}");
                }
                self.dispatch(Msg::Done(result));
                self.refresh_follow_up(true);
            }
            Effect::Gate(request) => {
                log::info!("sign-in screen request");
                let result = self.gate(request);
                if let Ok(session) = &result {
                    self.services.viewer = Some(session.viewer.clone());
                }
                let signed_in = result.is_ok();
                self.dispatch(Msg::GateDone(result));
                if signed_in {
                    self.load_accounts();
                }
            }
            Effect::ResetPassword { employee, new } => {
                let result = self.reset(employee, &new.0);
                self.dispatch(Msg::ResetDone(result));
            }
            Effect::LoadPlans { year, open } => {
                let viewer = self.services.viewer.clone();
                let loaded =
                    crate::app::plans::load::load(&self.services, viewer.as_ref(), year, open);
                self.dispatch(Msg::PlansLoaded(loaded.map(Box::new)));
            }
            Effect::LoadReviews {
                year,
                kind,
                subject,
                unit,
            } => {
                let viewer = self.services.viewer.clone();
                let loaded = crate::app::reviews::load::load(
                    &self.services,
                    viewer.as_ref(),
                    subject,
                    year,
                    kind,
                    unit,
                );
                self.dispatch(Msg::ReviewsLoaded(loaded.map(Box::new)));
            }
            Effect::LoadScoring {
                employee,
                year,
                kind,
            } => {
                let viewer = self.services.viewer.clone();
                let form = crate::app::reviews::load::scoring(
                    &self.services,
                    viewer.as_ref(),
                    employee,
                    year,
                    kind,
                );
                self.dispatch(Msg::ScoringLoaded(form.map(Box::new)));
            }
            Effect::LoadSessions { year, subject } => {
                let viewer = self.services.viewer.clone();
                let loaded = crate::app::feedback::tab::load::load(
                    &self.services,
                    viewer.as_ref(),
                    subject,
                    year,
                );
                self.dispatch(Msg::SessionsLoaded(loaded.map(Box::new)));
            }
            Effect::OpenFeedback(what) => {
                let popup = crate::app::feedback::tab::load::open(&self.services, what);
                self.dispatch(Msg::FeedbackOpened(popup.map(Box::new)));
            }
            Effect::Draft(op) => self.on_draft(op, ended),
            Effect::LoadHistory { employee } => {
                let h = crate::app::history::query::history(&self.services, employee);
                self.dispatch(Msg::HistoryLoaded(h.map(Box::new)));
            }
            Effect::LoadAgenda => {
                let loaded = self.agenda();
                self.dispatch(Msg::AgendaLoaded(loaded));
            }
            Effect::LoadAdmin => {
                let loaded = crate::app::admin::load::load(&self.services);
                self.dispatch(Msg::AdminLoaded(loaded.map(Box::new)));
                // Who has an account, for the employees list's `R`.
                self.load_accounts();
            }
            Effect::LoadSettings => {
                let settings = self.services.office_settings();
                self.dispatch(Msg::SettingsLoaded(settings));
            }
            Effect::LoadAudit => {
                let page = self.services.store.audit_page(None, PAGE);
                self.dispatch(Msg::AuditLoaded(page));
                self.load_older_audit();
            }
            Effect::LoadAuditMore => self.load_older_audit(),
            Effect::SignOut { forced } => {
                if let (true, Some(session)) = (forced, ended) {
                    if let Err(e) = self.services.record_forced_sign_out(session) {
                        log::warn!("could not record the sign-out: {e}");
                    }
                }
                self.services.viewer = Some(crate::domain::Viewer::nobody());
                self.services.actor = "-".to_string();
            }
        }
    }

    /// Answers an effect that cannot run because the register could not be read: at the
    /// sign-in screen (where everyone starts, so the failure is seen there), else on the
    /// status line.
    fn refuse(&mut self, effect: Effect, e: std::sync::Arc<crate::store::StoreError>) {
        match effect {
            Effect::Gate(_) => self.dispatch(Msg::GateDone(Err(GateError::Store(e)))),
            _ => self.state.error(crate::app::kit::notice::Notice::Store(e)),
        }
    }

    /// Reads older audit pages while the view asks for them: a loop, not a dispatch chain,
    /// so that a filter over a long trail does not nest a call per page.
    fn load_older_audit(&mut self) {
        while let Some(more) = self.state.audit.wants_more() {
            let limit = if more.all { usize::MAX } else { PAGE };
            let page = self.services.store.audit_page(Some(more.before), limit);
            let failed = page.is_err();
            self.dispatch(Msg::AuditMore(page));
            if failed {
                break;
            }
        }
    }

    /// The signed-in supervisor's agenda today; `None` for anyone who supervises nobody.
    fn agenda(
        &self,
    ) -> Result<Option<Box<crate::app::feedback::query::AgendaView>>, crate::app::CommandError>
    {
        let today = self.services.today();
        let Some(viewer) = self.services.viewer.as_ref() else {
            return Ok(None);
        };
        let me = match viewer.employee {
            Some(me)
                if crate::app::agenda::update::is_supervisor(
                    &self.services.register,
                    viewer,
                    today,
                ) =>
            {
                me
            }
            _ => return Ok(None),
        };
        crate::app::feedback::query::agenda(&self.services, me, today).map(|v| Some(Box::new(v)))
    }

    /// Tells the state who has an account (for the admin's account keys).
    fn load_accounts(&mut self) {
        match self.services.accounts() {
            Ok(accounts) => {
                let list = accounts
                    .into_iter()
                    .filter_map(|a| a.employee.map(|e| (e, a.username)))
                    .collect();
                self.dispatch(Msg::AccountsLoaded(list));
            }
            Err(e) => log::warn!("could not read the accounts: {e}"),
        }
    }

    fn reset(
        &mut self,
        employee: crate::domain::EmployeeId,
        new: &str,
    ) -> Result<String, GateError> {
        let id = self
            .services
            .store
            .account_id_by_employee(employee)
            .map_err(store_error)?
            .ok_or(GateError::NoAccount)?;
        self.services
            .reset_password(self.state.session.as_ref(), id, new)
            .map_err(account_error)?;
        self.services.note_change();
        let user = self
            .services
            .store
            .account(id)
            .ok()
            .flatten()
            .map(|a| a.username)
            .unwrap_or_default();
        Ok(user)
    }

    fn gate(&mut self, request: GateRequest) -> Result<Session, GateError> {
        match request {
            GateRequest::SignIn { login, password } => self
                .services
                .sign_in(&login, &password)
                .map_err(|e| match e {
                    SignInError::BadCredentials => GateError::BadCredentials,
                    SignInError::Locked { until_ms } => GateError::Locked { until_ms },
                    SignInError::Store(e) => store_error(e),
                }),
            GateRequest::FirstAdmin {
                username,
                nip,
                password,
            } => {
                let employee = if nip.is_empty() {
                    None
                } else {
                    let found = [EmployeeKind::Pns, EmployeeKind::Pppk]
                        .iter()
                        .filter_map(|k| Nip::parse(&nip, *k).ok())
                        .find_map(|n| self.services.register.employee_by_nip(&n));
                    Some(found.ok_or(GateError::UnknownEmployee)?)
                };
                self.services
                    .create_first_admin(&username, employee, &password)
                    .map_err(account_error)
            }
            GateRequest::ChangePassword { current, new } => {
                let mut session = self
                    .state
                    .session
                    .clone()
                    .ok_or(GateError::BadCredentials)?;
                self.services
                    .change_password(&mut session, &current, &new)
                    .map_err(account_error)?;
                session.account.must_change_password = false;
                Ok(session)
            }
        }
    }
}

fn store_error(e: crate::store::StoreError) -> GateError {
    GateError::Store(std::sync::Arc::new(e))
}

fn account_error(e: AccountError) -> GateError {
    match e {
        AccountError::PasswordTooShort { min } => GateError::TooShort { min },
        AccountError::PasswordsDiffer => GateError::Differ,
        AccountError::WrongPassword => GateError::WrongPassword,
        AccountError::Locked { until_ms } => GateError::Locked { until_ms },
        AccountError::SamePassword => GateError::SamePassword,
        AccountError::UsernameInvalid | AccountError::UsernameTaken => GateError::UsernameInvalid,
        AccountError::UnknownEmployee
        | AccountError::AppraiserNeedsEmployee
        | AccountError::EmployeeHasAccount
        | AccountError::EmployeeInactive => GateError::UnknownEmployee,
        AccountError::Store(e) => store_error(e),
        AccountError::UnknownAccount => GateError::BadCredentials,
        AccountError::NotAllowed | AccountError::LastAdmin => GateError::Forbidden,
    }
}
