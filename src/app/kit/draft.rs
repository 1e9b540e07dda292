//! Drafts of typed input, one mechanism for every form: `update` compares the topmost form
//! before and after each message and says what the store should do (`DraftOp`); the runtime
//! writes a kept draft once typing has paused (`Debounce`), so a kill -9 loses at most the
//! last second of typing.

use std::time::{Duration, Instant};

use super::form::Fields;

/// What the runtime does with the store's drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftOp {
    /// A form opened: offer its draft if the store has one.
    Look(String),
    /// The form's input changed: keep it (written after a pause).
    Keep { form: String, fields: Fields },
    /// The form closed (saved or discarded on purpose): its draft goes.
    Drop(String),
    /// The form closed without an answer to its draft ("not now"): the draft stays for the
    /// next open, and the `Drop` its closing would cause is left out (see [`spare`]).
    Spare(String),
}

/// Leaves out the `Drop` of every form a `Spare` in `effects` kept.
pub fn spare(ops: Vec<DraftOp>, spared: &[String]) -> Vec<DraftOp> {
    ops.into_iter()
        .filter(|op| !matches!(op, DraftOp::Drop(id) if spared.contains(id)))
        .collect()
}

/// The topmost form as a draft sees it: identity, input, typed into.
pub type Snapshot = Option<(String, Fields, bool)>;

/// The draft operations between two snapshots of the topmost form. `open` says whether the
/// form of `before` is still open anywhere in the popup stack.
pub fn ops(before: &Snapshot, after: &Snapshot, before_still_open: bool) -> Vec<DraftOp> {
    let mut out = Vec::new();
    let before_id = before.as_ref().map(|(id, _, _)| id);
    if let Some(id) = before_id.filter(|_| !before_still_open) {
        out.push(DraftOp::Drop(id.clone()));
    }
    match (before, after) {
        (_, Some((id, _, _))) if before_id != Some(id) => out.push(DraftOp::Look(id.clone())),
        (Some((_, old, _)), Some((id, fields, true))) if old != fields => {
            out.push(DraftOp::Keep {
                form: id.clone(),
                fields: fields.clone(),
            });
        }
        _ => {}
    }
    out
}

/// Quiet time after the last key before a draft is written.
pub const QUIET: Duration = Duration::from_secs(1);
/// Keys after which a draft is written even while typing goes on.
pub const EVERY_KEYS: u32 = 40;

/// The runtime's pending draft: written after `QUIET`, or at once every `EVERY_KEYS` changes.
#[derive(Debug, Default)]
pub struct Debounce {
    pending: Option<(String, Fields)>,
    last: Option<Instant>,
    changes: u32,
}

impl Debounce {
    /// Notes new input; returns it when it is due now (many keys without a pause).
    pub fn keep(&mut self, form: String, fields: Fields, now: Instant) -> Option<(String, Fields)> {
        self.pending = Some((form, fields));
        self.last = Some(now);
        self.changes += 1;
        if self.changes >= EVERY_KEYS {
            return self.take();
        }
        None
    }

    /// The pending draft if typing has paused long enough.
    pub fn due(&mut self, now: Instant) -> Option<(String, Fields)> {
        match self.last {
            Some(t) if now.duration_since(t) >= QUIET => self.take(),
            _ => None,
        }
    }

    /// Forgets a pending draft of a form that closed.
    pub fn forget(&mut self, form: &str) {
        if self.pending.as_ref().is_some_and(|(f, _)| f == form) {
            self.pending = None;
            self.last = None;
            self.changes = 0;
        }
    }

    /// The pending draft, whatever its age (before a form's draft is dropped or the app ends).
    pub fn take(&mut self) -> Option<(String, Fields)> {
        self.last = None;
        self.changes = 0;
        self.pending.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(id: &str, v: &str, dirty: bool) -> Snapshot {
        Some((id.into(), vec![("name".into(), v.into())], dirty))
    }

    #[test]
    fn opening_looks_typing_keeps_closing_drops() {
        assert_eq!(
            ops(&None, &snap("unit/new", "", false), false),
            vec![DraftOp::Look("unit/new".into())]
        );
        assert_eq!(
            ops(
                &snap("unit/new", "", false),
                &snap("unit/new", "S", true),
                true
            ),
            vec![DraftOp::Keep {
                form: "unit/new".into(),
                fields: vec![("name".into(), "S".into())]
            }]
        );
        // Moving the cursor changes nothing; an untouched form keeps nothing.
        assert!(ops(
            &snap("unit/new", "S", true),
            &snap("unit/new", "S", true),
            true
        )
        .is_empty());
        assert!(ops(
            &snap("unit/1", "A", false),
            &snap("unit/1", "B", false),
            true
        )
        .is_empty());
        assert_eq!(
            ops(&snap("unit/new", "S", true), &None, false),
            vec![DraftOp::Drop("unit/new".into())]
        );
        // A picker over the form hides it from the top, but it is still open.
        assert!(ops(&snap("unit/new", "S", true), &None, true).is_empty());
    }

    #[test]
    fn a_spared_draft_is_not_dropped_when_its_form_closes() {
        let closing = ops(&snap("employee/new", "", false), &None, false);
        assert_eq!(closing, vec![DraftOp::Drop("employee/new".into())]);
        assert!(spare(closing.clone(), &["employee/new".into()]).is_empty());
        assert_eq!(spare(closing.clone(), &["unit/new".into()]), closing);
    }

    #[test]
    fn a_draft_is_written_after_a_pause_or_after_many_keys() {
        let t0 = Instant::now();
        let mut d = Debounce::default();
        assert!(d.keep("f".into(), Vec::new(), t0).is_none());
        assert!(d.due(t0 + Duration::from_millis(500)).is_none());
        assert!(d.due(t0 + QUIET).is_some());
        assert!(d.due(t0 + QUIET * 2).is_none(), "written once");
        let mut out = None;
        for i in 0..EVERY_KEYS {
            out = d.keep("f".into(), vec![("k".into(), i.to_string())], t0);
        }
        assert_eq!(out.map(|(f, _)| f), Some("f".to_string()));
        d.keep("f".into(), Vec::new(), t0);
        d.forget("f");
        assert!(d.due(t0 + QUIET).is_none());
    }
}
