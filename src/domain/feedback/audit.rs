//! Jejak audit dialog kinerja: what one save of an employee's year of feedback changed, as an
//! auditor reads it (a summary, not the record twice; the texts stay in the record).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{FeedbackYear, FollowUpRef, NoteTone, SessionKind};
use crate::domain::dates;
use crate::domain::plan_audit::PersonRef;

/// The format of [`FeedbackAudit`]: tells the summary apart from other JSON in the trail.
pub const FEEDBACK_AUDIT_FORMAT: u16 = 1;

/// Ringkasan perubahan catatan umpan balik: one audit entry of a feedback year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedbackAudit {
    /// [`FEEDBACK_AUDIT_FORMAT`].
    pub feedback_audit: u16,
    pub year: i32,
    /// Pegawai.
    pub employee: PersonRef,
    pub events: Vec<FeedbackEvent>,
}

/// One change inside the year's feedback.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FeedbackEvent {
    SessionAdded {
        id: u32,
        #[serde(with = "dates::req")]
        date: NaiveDate,
        kind: SessionKind,
    },
    SessionChanged {
        id: u32,
    },
    SessionRemoved {
        id: u32,
    },
    /// Acknowledged by the employee (`by_employee`) or the appraiser.
    Acknowledged {
        id: u32,
        by_employee: bool,
    },
    FollowUpReviewed {
        at: FollowUpRef,
        achieved: bool,
    },
    /// An unachieved follow-up carried into a later session.
    CarriedOver {
        from: FollowUpRef,
        to: FollowUpRef,
    },
    NoteAdded {
        id: u32,
        #[serde(with = "dates::req")]
        date: NaiveDate,
        tone: NoteTone,
    },
    NoteChanged {
        id: u32,
    },
    NoteRemoved {
        id: u32,
    },
}

impl FeedbackAudit {
    /// The summary of saving `new` over `old` (`None`: nothing stored before).
    pub fn between(
        old: Option<&FeedbackYear>,
        new: &FeedbackYear,
        employee: PersonRef,
    ) -> FeedbackAudit {
        FeedbackAudit {
            feedback_audit: FEEDBACK_AUDIT_FORMAT,
            year: new.year,
            employee,
            events: events(old, new),
        }
    }
}

fn events(old: Option<&FeedbackYear>, new: &FeedbackYear) -> Vec<FeedbackEvent> {
    let mut out = Vec::new();
    let old_sessions = old.map(|o| o.sessions.as_slice()).unwrap_or_default();
    let old_notes = old.map(|o| o.notes.as_slice()).unwrap_or_default();
    for s in &new.sessions {
        let Some(before) = old_sessions.iter().find(|o| o.id == s.id) else {
            out.push(FeedbackEvent::SessionAdded {
                id: s.id,
                date: s.date,
                kind: s.kind,
            });
            continue;
        };
        if before == s {
            continue;
        }
        let mut detailed = false;
        if before.acknowledged_by_employee.is_none() && s.acknowledged_by_employee.is_some() {
            out.push(FeedbackEvent::Acknowledged {
                id: s.id,
                by_employee: true,
            });
            detailed = true;
        }
        if before.acknowledged_by_appraiser.is_none() && s.acknowledged_by_appraiser.is_some() {
            out.push(FeedbackEvent::Acknowledged {
                id: s.id,
                by_employee: false,
            });
            detailed = true;
        }
        for (i, f) in s.follow_ups.iter().enumerate() {
            let at = FollowUpRef {
                year: new.year,
                session: s.id,
                index: u16::try_from(i).unwrap_or(u16::MAX),
            };
            let b = before.follow_ups.get(i);
            if let Some(r) = &f.review {
                if b.and_then(|b| b.review.as_ref()) != Some(r) {
                    out.push(FeedbackEvent::FollowUpReviewed {
                        at,
                        achieved: r.achieved,
                    });
                    detailed = true;
                }
            }
            if let Some(to) = f.carried_to {
                if b.and_then(|b| b.carried_to).is_none() {
                    out.push(FeedbackEvent::CarriedOver { from: at, to });
                    detailed = true;
                }
            }
        }
        let mut a = before.clone();
        let mut b = s.clone();
        for x in [&mut a, &mut b] {
            x.acknowledged_by_employee = None;
            x.acknowledged_by_appraiser = None;
            for f in &mut x.follow_ups {
                f.review = None;
                f.carried_to = None;
            }
        }
        if a != b || !detailed {
            out.push(FeedbackEvent::SessionChanged { id: s.id });
        }
    }
    for o in old_sessions {
        if new.session(o.id).is_none() {
            out.push(FeedbackEvent::SessionRemoved { id: o.id });
        }
    }
    for n in &new.notes {
        match old_notes.iter().find(|o| o.id == n.id) {
            None => out.push(FeedbackEvent::NoteAdded {
                id: n.id,
                date: n.date,
                tone: n.tone,
            }),
            Some(o) if o != n => out.push(FeedbackEvent::NoteChanged { id: n.id }),
            Some(_) => {}
        }
    }
    for o in old_notes {
        if new.note(o.id).is_none() {
            out.push(FeedbackEvent::NoteRemoved { id: o.id });
        }
    }
    out
}
