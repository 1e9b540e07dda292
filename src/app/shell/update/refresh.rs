//! Another session committed a change (`kinerja serve`): the screen in view reads what it
//! shows again. Forms are never refreshed under the user's hands: they keep the revision they
//! opened with, and a save over a newer record is refused naming who changed it.

use super::*;

pub(super) fn refresh(state: &mut AppState, reg: &Register) -> Vec<Effect> {
    if state.session.is_none() || state.gate.is_some() {
        return Vec::new();
    }
    // The register in memory is already the new one; the list keeps its own rows.
    state.list.rebuild(reg);
    match state.popups.last() {
        None => {}
        // The admin screen's lists (not its forms) follow too.
        Some(Popup::Admin(p)) if p.context().is_some() => return vec![Effect::LoadAdmin],
        Some(_) => return Vec::new(),
    }
    match state.screen {
        Screen::Employees => Vec::new(),
        Screen::Agenda => vec![Effect::LoadAgenda],
        Screen::Plans => vec![plans::update::reload(&state.plans)],
        Screen::Reviews => vec![reviews::update::reload(state)],
        Screen::Sessions => vec![crate::app::feedback::tab::update::reload(state)],
        Screen::History => state
            .history
            .person
            .map(|employee| vec![Effect::LoadHistory { employee }])
            .unwrap_or_default(),
        // Newest first: rows read again would move under a reader's selection, so the trail
        // is read again only while its newest entry is selected.
        Screen::Audit if state.audit.scroll.selected == 0 => vec![Effect::LoadAudit],
        Screen::Audit => Vec::new(),
    }
}

/// [`refresh`] for a screen too slow to read again at every change (an admin's whole-office
/// tab on a large register): the list's rows still follow; the screen says that data changed
/// and that `r` reads it again.
pub(super) fn announce(state: &mut AppState, reg: &Register) -> Vec<Effect> {
    if state.session.is_none() || state.gate.is_some() {
        return Vec::new();
    }
    state.list.rebuild(reg);
    if state.popups.is_empty() && state.screen != Screen::Employees {
        state.info(Notice::Text(T::ChangedElsewhere));
    }
    Vec::new()
}
