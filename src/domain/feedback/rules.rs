//! The rules of dialog kinerja: what a valid session and note are, carry-over of unachieved
//! follow-ups, what is due, whether a segment had feedback, acknowledgement.

use chrono::{Datelike, NaiveDate};

use super::model::{
    FeedbackYear, FollowUp, FollowUpRef, FollowUpReview, FollowUpStatus, QuickNote, Session,
};

/// Follow-ups due within this many days of today are on the agenda.
pub const DUE_WINDOW_DAYS: i64 = 14;

/// Why a session, note, review or acknowledgement is refused. Values, not words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeedbackError {
    /// The date (of a session, note, review or acknowledgement) is after today.
    DateInFuture,
    /// Situasi / permasalahan is empty.
    EmptySituation,
    /// Follow-up `index` has no item.
    EmptyFollowUpItem { index: u16 },
    /// Follow-up `index` is due before the session's date.
    DueBeforeSession { index: u16 },
    /// A quick note's text is empty.
    EmptyNote,
    /// A quick note holds a line break or another control character.
    NoteNotOneLine,
    /// The session is acknowledged by both: only follow-up reviews may change.
    Locked,
    /// The session is acknowledged by someone already: it may not be deleted.
    Acknowledged,
    /// This party acknowledged the session already.
    AlreadyAcknowledged,
    /// An acknowledgement or review dated before the session.
    BeforeSession,
    /// A review's next review date is before the review.
    NextReviewBeforeReview,
    /// The follow-up was carried over already: its review stays as it was.
    AlreadyCarried,
    /// No such session in the record.
    NoSuchSession,
    /// No such follow-up.
    NoSuchFollowUp,
    /// No such note.
    NoSuchNote,
    /// The date is not in the record's year.
    WrongYear,
    /// Follow-up `index` is linked by carry-over (carried from an earlier session, or on to a
    /// later one): it may not be removed, nor its session deleted while it was carried on.
    LinkedFollowUp { index: u16 },
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// Every reason `s` is not a valid session on `today` (empty: valid): the date not after
/// today, a situation, each follow-up with an item and not due before the session.
pub fn check_session(s: &Session, today: NaiveDate) -> Vec<FeedbackError> {
    let mut out = Vec::new();
    if s.date > today {
        out.push(FeedbackError::DateInFuture);
    }
    if blank(&s.situation) {
        out.push(FeedbackError::EmptySituation);
    }
    for (i, f) in s.follow_ups.iter().enumerate() {
        let index = u16::try_from(i).unwrap_or(u16::MAX);
        if blank(&f.item) {
            out.push(FeedbackError::EmptyFollowUpItem { index });
        }
        if f.due.is_some_and(|d| d < s.date) {
            out.push(FeedbackError::DueBeforeSession { index });
        }
    }
    out
}

/// Every reason `n` is not a valid quick note on `today`: text not empty, one line without
/// control characters, date not after today.
pub fn check_note(n: &QuickNote, today: NaiveDate) -> Vec<FeedbackError> {
    let mut out = Vec::new();
    if n.date > today {
        out.push(FeedbackError::DateInFuture);
    }
    if blank(&n.text) {
        out.push(FeedbackError::EmptyNote);
    } else if n.text.chars().any(char::is_control) {
        out.push(FeedbackError::NoteNotOneLine);
    }
    out
}

/// Whether `review` may be recorded on follow-up `f` of a session dated `session_date`:
/// not carried yet, dated from the session to today, next review not before it.
pub fn check_review(
    f: &FollowUp,
    review: &FollowUpReview,
    session_date: NaiveDate,
    today: NaiveDate,
) -> Result<(), FeedbackError> {
    if f.carried_to.is_some() {
        return Err(FeedbackError::AlreadyCarried);
    }
    if review.on > today {
        return Err(FeedbackError::DateInFuture);
    }
    if review.on < session_date {
        return Err(FeedbackError::BeforeSession);
    }
    if review.next_review.is_some_and(|d| d < review.on) {
        return Err(FeedbackError::NextReviewBeforeReview);
    }
    Ok(())
}

/// Whether `new` may replace the stored `old` session: a session acknowledged by both keeps
/// everything except its follow-ups' reviews (and the carry-over marks the store sets).
pub fn check_edit(old: &Session, new: &Session) -> Result<(), FeedbackError> {
    if !old.locked() {
        return Ok(());
    }
    let strip = |s: &Session| {
        let mut s = s.clone();
        for f in &mut s.follow_ups {
            f.review = None;
            f.carried_to = None;
        }
        s
    };
    if strip(old) == strip(new) {
        Ok(())
    } else {
        Err(FeedbackError::Locked)
    }
}

/// The stored session `old` with the content of the edited `new`: refused when
/// [`check_edit`] refuses it, or when a follow-up linked by carry-over is missing from `new`
/// (follow-ups are named by position: edit them in place, add at the end). What the edit
/// cannot change is kept from `old`: the id, the appraiser, the acknowledgements, each
/// follow-up's review (recorded by its own command) and carry-over links; follow-ups added at
/// the end start unreviewed and unlinked.
pub fn merge_edit(old: &Session, new: Session) -> Result<Session, FeedbackError> {
    check_edit(old, &new)?;
    for (i, f) in old.follow_ups.iter().enumerate() {
        let linked = f.carried_from.is_some() || f.carried_to.is_some();
        if linked && i >= new.follow_ups.len() {
            return Err(FeedbackError::LinkedFollowUp {
                index: u16::try_from(i).unwrap_or(u16::MAX),
            });
        }
    }
    let mut out = new;
    out.id = old.id;
    out.appraiser = old.appraiser;
    out.acknowledged_by_employee = old.acknowledged_by_employee;
    out.acknowledged_by_appraiser = old.acknowledged_by_appraiser;
    for (i, f) in out.follow_ups.iter_mut().enumerate() {
        match old.follow_ups.get(i) {
            Some(o) => {
                f.review = o.review.clone();
                f.carried_from = o.carried_from;
                f.carried_to = o.carried_to;
            }
            None => {
                f.review = None;
                f.carried_from = None;
                f.carried_to = None;
            }
        }
    }
    Ok(out)
}

/// Whether a session may be deleted: acknowledged by nobody, and none of its follow-ups
/// carried on to a later session (the copies point back at them).
pub fn check_delete(s: &Session) -> Result<(), FeedbackError> {
    if !s.unacknowledged() {
        return Err(FeedbackError::Acknowledged);
    }
    match s.follow_ups.iter().position(|f| f.carried_to.is_some()) {
        Some(i) => Err(FeedbackError::LinkedFollowUp {
            index: u16::try_from(i).unwrap_or(u16::MAX),
        }),
        None => Ok(()),
    }
}

/// Who acknowledges a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    /// Pegawai.
    Employee,
    /// Pejabat penilai.
    Appraiser,
}

/// Records `party`'s acknowledgement of `s` on `on` (not after `today`, not before the
/// session, once per party).
pub fn acknowledge(
    s: &mut Session,
    party: Party,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), FeedbackError> {
    if on > today {
        return Err(FeedbackError::DateInFuture);
    }
    if on < s.date {
        return Err(FeedbackError::BeforeSession);
    }
    let slot = match party {
        Party::Employee => &mut s.acknowledged_by_employee,
        Party::Appraiser => &mut s.acknowledged_by_appraiser,
    };
    if slot.is_some() {
        return Err(FeedbackError::AlreadyAcknowledged);
    }
    *slot = Some(on);
    Ok(())
}

/// Carry-over: every follow-up in `previous` (the employee's records, any years) reviewed
/// tidak tercapai on or before `new`'s date and not carried yet, from a session other than
/// `new` dated on or before it, is copied to the end of `new`'s follow-ups (item, competence,
/// method, when, both parts; due = the review's next review date, else the original due;
/// `carried_from` = its reference), and the original gets `carried_to`. `new` must have its
/// id already. Returns the records of `previous` that changed, as changed (the caller saves
/// them with the new session). Carried once: a carried follow-up is never carried again.
pub fn carry_over(previous: &[FeedbackYear], new: &mut Session) -> Vec<FeedbackYear> {
    let new_year = new.date.year();
    let mut changed: Vec<FeedbackYear> = Vec::new();
    for rec in previous {
        let mut copy: Option<FeedbackYear> = None;
        let candidates: Vec<(FollowUpRef, FollowUp)> = rec
            .sessions
            .iter()
            .filter(|s| !(rec.year == new_year && s.id == new.id) && s.date <= new.date)
            .flat_map(|s| {
                s.follow_ups.iter().enumerate().map(move |(i, f)| {
                    (
                        FollowUpRef {
                            year: rec.year,
                            session: s.id,
                            index: u16::try_from(i).unwrap_or(u16::MAX),
                        },
                        f,
                    )
                })
            })
            .filter(|(_, f)| {
                f.status() == FollowUpStatus::NotAchieved
                    && f.carried_to.is_none()
                    && f.review.as_ref().is_some_and(|r| r.on <= new.date)
            })
            .map(|(r, f)| (r, f.clone()))
            .collect();
        for (from, f) in candidates {
            let Ok(index) = u16::try_from(new.follow_ups.len()) else {
                break;
            };
            let to = FollowUpRef {
                year: new_year,
                session: new.id,
                index,
            };
            new.follow_ups.push(FollowUp {
                item: f.item.clone(),
                competence: f.competence.clone(),
                method: f.method.clone(),
                when: f.when.clone(),
                employee_part: f.employee_part.clone(),
                appraiser_part: f.appraiser_part.clone(),
                due: f.review.as_ref().and_then(|r| r.next_review).or(f.due),
                review: None,
                carried_from: Some(from),
                carried_to: None,
            });
            let rec_copy = copy.get_or_insert_with(|| rec.clone());
            if let Some(orig) = rec_copy.follow_up_mut(&from) {
                orig.carried_to = Some(to);
            }
        }
        if let Some(c) = copy {
            changed.push(c);
        }
    }
    changed
}

/// The open follow-ups of `years` due by `today + window_days` (inclusive), each with
/// whether it is overdue (due before today; due today is not). Overdue first, then by due
/// date, then by reference.
pub fn due_follow_ups(
    years: &[FeedbackYear],
    today: NaiveDate,
    window_days: i64,
) -> Vec<(FollowUpRef, &FollowUp, bool)> {
    let limit = today
        .checked_add_signed(chrono::Duration::days(window_days))
        .unwrap_or(NaiveDate::MAX);
    let mut out: Vec<(FollowUpRef, &FollowUp, bool)> = years
        .iter()
        .flat_map(FeedbackYear::open_follow_ups)
        .filter_map(|(r, f)| {
            let due = f.due?;
            (due <= limit).then_some((r, f, due < today))
        })
        .collect();
    out.sort_by_key(|(r, f, overdue)| (!*overdue, f.due, *r));
    out
}

/// Umpan balik dalam segmen: whether the employee had feedback in `[segment_from, up_to]`:
/// a session or quick note of `year_rec` dated there, or feedback on a realisation of the
/// segment (`realisation_feedback_in_segment`, worked out from the plan by the caller).
pub fn has_feedback(
    year_rec: Option<&FeedbackYear>,
    realisation_feedback_in_segment: bool,
    segment_from: NaiveDate,
    up_to: NaiveDate,
) -> bool {
    realisation_feedback_in_segment
        || year_rec.is_some_and(|y| y.entries_in(segment_from, up_to) > 0)
}
