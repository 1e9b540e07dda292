//! What the tab reads, run by the runtime (never by `update`): the list of people with their
//! records of the year (and the year before, for open follow-ups and where carried ones come
//! from), and what a form needs when it opens (topics offered, the session, the follow-ups
//! a new session will carry over), with the permission asked first so that a refusal is
//! said before anything is typed.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::note_form::NoteForm;
use super::session_form::{core_value_topics, SessionForm};
use super::view::{count, Loaded};
use super::Popup;
use crate::app::feedback::{Act, Refusal};
use crate::app::services::commands::{CommandError, Services};
use crate::app::services::permissions;
use crate::domain::access::can_manage_register;
use crate::domain::feedback::{carry_over, FeedbackYear, FollowUpRef, Session, SessionKind, Topic};
use crate::domain::{Directory, EmployeeId, Viewer};

/// What the runtime opens for the tab (`Effect::OpenFeedback`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// The quick note popup about this employee.
    Note { employee: EmployeeId },
    /// The quick note popup on a stored note of `year`, to change it.
    EditNote {
        employee: EmployeeId,
        year: i32,
        id: u32,
    },
    /// The session editor: a new session (`id` None) or a stored one of `year`.
    Session {
        employee: EmployeeId,
        year: i32,
        id: Option<u32>,
    },
}

/// The list for the viewer: a supervisor's active direct reports, an employee without
/// reports themselves, an admin the reports of the supervisor they chose (`subject`).
pub fn load(
    services: &Services,
    viewer: Option<&Viewer>,
    subject: Option<EmployeeId>,
    year: i32,
) -> Result<Loaded, CommandError> {
    let reg = &services.register;
    let today = services.today();
    let admin = viewer.is_none_or(can_manage_register);
    let me = viewer.and_then(|v| v.employee);
    let appraiser = if admin { subject } else { me };
    let mut people: Vec<EmployeeId> = appraiser
        .map(|a| reg.active_subordinates(a))
        .unwrap_or_default();
    let own_reports = people.len();
    // The reports of a supervisor the viewer acts for today (Plt/Plh), after their own.
    if !admin {
        for a in viewer.map(|v| v.acting.as_slice()).unwrap_or_default() {
            if a.from <= today && today <= a.to {
                for e in reg.active_subordinates(a.for_supervisor) {
                    if Some(e) != me && !people.contains(&e) {
                        people.push(e);
                    }
                }
            }
        }
    }
    let mut own = false;
    if people.is_empty() && !admin {
        if let Some(me) = me {
            people.push(me);
            own = true;
        }
    }
    let mut rows = Vec::with_capacity(people.len());
    let mut records = HashMap::new();
    for (at, id) in people.into_iter().enumerate() {
        let Some(e) = reg.employee(id) else {
            continue;
        };
        let mut years = Vec::with_capacity(2);
        for y in [year - 1, year] {
            if let Some(r) = services.store.feedback_year(id, y)? {
                years.push(r);
            }
        }
        let mut row = count(id, e.full_name(), e.nip.grouped(), year, &years, today);
        row.acting = !own && at >= own_reports;
        rows.push(row);
        records.insert(id, years);
    }
    Ok(Loaded {
        year,
        rows,
        records,
        own,
    })
}

/// The RHKs of the employee's plans of `year`, then the core values.
fn topics(
    services: &Services,
    employee: EmployeeId,
    year: i32,
) -> Result<Vec<Topic>, CommandError> {
    let mut out: Vec<Topic> = Vec::new();
    for p in services.store.plans_of_employee(employee, Some(year))? {
        for r in &p.results {
            out.push(Topic::Result {
                plan: p.id,
                number: r.number,
                text: r.text.clone(),
            });
        }
    }
    out.extend(core_value_topics());
    Ok(out)
}

fn may_write(services: &Services, employee: EmployeeId, on: NaiveDate) -> Result<(), CommandError> {
    permissions::feedback(
        services.viewer.as_ref(),
        &services.register,
        Act::Write,
        employee,
        on,
        services.today(),
    )
    .map_err(CommandError::Feedback)
}

/// The popup `what` names, read for it; a refusal when the viewer may not write there.
pub fn open(services: &Services, what: Opening) -> Result<Popup, CommandError> {
    let today = services.today();
    match what {
        Opening::Note { employee } => {
            let e = services
                .register
                .employee(employee)
                .ok_or(CommandError::Feedback(Refusal::UnknownEmployee))?;
            may_write(services, employee, today)?;
            let form = NoteForm::new(
                employee,
                e.full_name(),
                topics(services, employee, today.year())?,
                today,
            );
            Ok(Popup::Note(Box::new(form)))
        }
        Opening::EditNote { employee, year, id } => {
            let e = services
                .register
                .employee(employee)
                .ok_or(CommandError::Feedback(Refusal::UnknownEmployee))?;
            let rec = services.store.feedback_year(employee, year)?;
            let note = rec
                .as_ref()
                .and_then(|r| r.note(id))
                .ok_or(CommandError::Feedback(Refusal::rule(
                    crate::domain::feedback::FeedbackError::NoSuchNote,
                )))?;
            may_write(services, employee, note.date)?;
            let form = NoteForm::for_edit(
                employee,
                e.full_name(),
                topics(services, employee, year)?,
                year,
                note,
                today,
            );
            Ok(Popup::Note(Box::new(form)))
        }
        Opening::Session { employee, year, id } => {
            let e = services
                .register
                .employee(employee)
                .ok_or(CommandError::Feedback(Refusal::UnknownEmployee))?;
            let all: Vec<FeedbackYear> = services.store.feedback_years(employee)?;
            let origins: Vec<(FollowUpRef, NaiveDate)> = all
                .iter()
                .flat_map(|y| {
                    y.sessions.iter().map(move |s| {
                        (
                            FollowUpRef {
                                year: y.year,
                                session: s.id,
                                index: 0,
                            },
                            s.date,
                        )
                    })
                })
                .collect();
            let (base, writable) = match id {
                Some(id) => {
                    let s = all
                        .iter()
                        .find(|y| y.year == year)
                        .and_then(|y| y.session(id))
                        .cloned()
                        .ok_or(CommandError::NotFound)?;
                    let writable = may_write(services, employee, s.date).is_ok();
                    (s, writable)
                }
                None => {
                    may_write(services, employee, today)?;
                    let me = services.viewer.as_ref().and_then(|v| v.employee);
                    let appraiser = me.or(e.supervisor).unwrap_or(employee);
                    (
                        Session::new(today, SessionKind::Monitoring, appraiser),
                        true,
                    )
                }
            };
            // What saving a new session today will carry over, shown before it is saved.
            let carried = if base.id == 0 {
                let mut probe = base.clone();
                probe.id = u32::MAX;
                carry_over(&all, &mut probe);
                probe.follow_ups
            } else {
                Vec::new()
            };
            let mut form = SessionForm::new(
                employee,
                e.full_name(),
                base,
                topics(services, employee, year)?,
                carried,
                origins,
            );
            form.locked |= !writable;
            form.writable = writable;
            Ok(Popup::Session(Box::new(form)))
        }
    }
}
