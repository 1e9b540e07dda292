//! The thin runtime: reads a key through the key map, runs `update`, carries out its effects
//! against the services, and feeds the results back. Terminal, script and tests all use it.

use super::key::Key;
use super::keymap;
use super::state::AppState;
use super::update::{update, Effect, Msg};
use super::Services;
use crate::i18n::Lang;

pub struct App {
    pub state: AppState,
    pub services: Services,
}

impl App {
    pub fn new(services: Services, lang: Lang) -> App {
        let today = services.today();
        let state = AppState::new(&services.register, lang, today);
        App { state, services }
    }

    pub fn handle_key(&mut self, key: Key) {
        if let Some(action) = keymap::lookup(self.state.context(), key) {
            self.dispatch(Msg::Action(action));
        }
    }

    pub fn dispatch(&mut self, msg: Msg) {
        let effects = update(&mut self.state, &self.services.register, msg);
        for effect in effects {
            match effect {
                Effect::Run(cmd) => {
                    let result = self.services.execute(cmd);
                    if let Err(e) = &result {
                        log::warn!("command refused: {e}");
                    }
                    self.dispatch(Msg::Done(result));
                }
            }
        }
    }
}
