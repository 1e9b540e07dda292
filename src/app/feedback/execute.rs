//! The feedback commands on the one command path: who may act (`permissions::feedback`), the
//! stored feedback year read, the domain's rules (`domain::feedback`), the year (and, for a
//! new session, the earlier years whose follow-ups it carried over) saved with one audit
//! entry each, then flushed.

use chrono::{Datelike, NaiveDate};

use super::command::{Act, Command, Done, Refusal, Step};
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::app::services::permissions;
use crate::domain::feedback::{
    acknowledge, carry_over, check_delete, check_note, check_review, check_session, merge_edit,
    FeedbackError, FeedbackYear, Party,
};
use crate::domain::{AuditAction, Directory, Employee, EmployeeId};
use crate::store::StoreError;

fn refused(r: Refusal) -> CommandError {
    CommandError::Feedback(r)
}

fn rule(e: FeedbackError) -> CommandError {
    refused(Refusal::rule(e))
}

fn invalid(errors: Vec<FeedbackError>) -> Result<(), CommandError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(refused(Refusal::Invalid(errors)))
    }
}

fn stale(e: StoreError) -> CommandError {
    match e {
        StoreError::StaleRevision { .. } => refused(Refusal::Stale),
        e => CommandError::Store(e),
    }
}

impl Services {
    pub(crate) fn run_feedback(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        let today = self.today();
        if let Command::ImportSessions(years) = cmd {
            permissions::feedback(
                self.viewer.as_ref(),
                &self.register,
                Act::Import,
                EmployeeId(0),
                today,
                today,
            )
            .map_err(refused)?;
            return self.import_feedback(years);
        }
        let Some(employee) = cmd.employee() else {
            return Err(CommandError::NotFound);
        };
        let e = self
            .register
            .employee(employee)
            .cloned()
            .ok_or(refused(Refusal::UnknownEmployee))?;
        match cmd {
            Command::SaveSession {
                year, mut session, ..
            } => {
                self.may_write(employee, session.date)?;
                if session.date.year() != year {
                    return Err(refused(Refusal::WrongYear));
                }
                invalid(check_session(&session, today))?;
                let mut rec = self.feedback_rec(employee, year)?;
                let created = session.id == 0;
                let mut saves = Vec::new();
                let mut carried = 0;
                if created {
                    if !e.is_active() {
                        return Err(refused(Refusal::UnknownEmployee));
                    }
                    session.appraiser = self.feedback_appraiser(&e, session.appraiser)?;
                    session.acknowledged_by_employee = None;
                    session.acknowledged_by_appraiser = None;
                    session.id = rec.take_id();
                    let mut years = self.store.feedback_years(employee)?;
                    years.retain(|y| y.year != year);
                    years.push(rec.clone());
                    let before = session.follow_ups.len();
                    for changed in carry_over(&years, &mut session) {
                        if changed.year == year {
                            rec = changed;
                        } else {
                            saves.push(changed);
                        }
                    }
                    carried = session.follow_ups.len() - before;
                } else {
                    let old = rec
                        .session(session.id)
                        .ok_or(rule(FeedbackError::NoSuchSession))?;
                    session = merge_edit(old, session).map_err(rule)?;
                }
                let id = session.id;
                rec.put_session(session);
                let action = if created {
                    AuditAction::Create
                } else {
                    AuditAction::Update
                };
                saves.push(rec);
                let saved = self
                    .store
                    .save_feedback_years(&self.actor, self.now_ms(), saves, action, "")
                    .map_err(stale)?;
                let revision = saved.last().map_or(0, |y| y.revision);
                Ok(done(
                    &e,
                    year,
                    Step::SessionSaved { created },
                    Some(id),
                    carried,
                    revision,
                ))
            }
            Command::DeleteSession { year, id, .. } => {
                let mut rec = self.feedback_rec(employee, year)?;
                let s = rec.session(id).ok_or(rule(FeedbackError::NoSuchSession))?;
                self.may_write(employee, s.date)?;
                check_delete(s).map_err(rule)?;
                // Follow-ups it carried over may be carried again into the next session.
                let origins: Vec<_> = s.follow_ups.iter().filter_map(|f| f.carried_from).collect();
                rec.remove_session(id);
                let mut saves = Vec::new();
                for from in origins {
                    if from.year == year {
                        if let Some(f) = rec.follow_up_mut(&from) {
                            f.carried_to = None;
                        }
                        continue;
                    }
                    let pos = saves
                        .iter()
                        .position(|y: &FeedbackYear| y.year == from.year);
                    let other = match pos {
                        Some(i) => &mut saves[i],
                        None => match self.store.feedback_year(employee, from.year)? {
                            Some(y) => {
                                saves.push(y);
                                let last = saves.len() - 1;
                                &mut saves[last]
                            }
                            None => continue,
                        },
                    };
                    if let Some(f) = other.follow_up_mut(&from) {
                        f.carried_to = None;
                    }
                }
                saves.push(rec);
                self.save(&e, saves, year, Step::SessionDeleted, Some(id))
            }
            Command::AddNote { mut note, .. } => {
                self.may_write(employee, note.date)?;
                if !e.is_active() {
                    return Err(refused(Refusal::UnknownEmployee));
                }
                invalid(check_note(&note, today))?;
                note.text = note.text.trim().to_string();
                note.author = self.feedback_appraiser(&e, note.author)?;
                let year = note.date.year();
                let mut rec = self.feedback_rec(employee, year)?;
                note.id = rec.take_id();
                let id = note.id;
                rec.put_note(note);
                self.save(&e, vec![rec], year, Step::NoteAdded, Some(id))
            }
            Command::DeleteNote { year, id, .. } => {
                let mut rec = self.feedback_rec(employee, year)?;
                let n = rec.note(id).ok_or(rule(FeedbackError::NoSuchNote))?;
                self.may_write(employee, n.date)?;
                rec.remove_note(id);
                self.save(&e, vec![rec], year, Step::NoteDeleted, Some(id))
            }
            Command::EditNote { year, mut note, .. } => {
                let mut rec = self.feedback_rec(employee, year)?;
                let old = rec
                    .note(note.id)
                    .ok_or(rule(FeedbackError::NoSuchNote))?
                    .clone();
                self.may_write(employee, old.date)?;
                self.may_write(employee, note.date)?;
                invalid(check_note(&note, today))?;
                if note.date.year() != year {
                    return Err(rule(FeedbackError::WrongYear));
                }
                note.text = note.text.trim().to_string();
                note.author = old.author;
                let id = note.id;
                rec.put_note(note);
                self.save(&e, vec![rec], year, Step::NoteEdited, Some(id))
            }
            Command::ReviewFollowUp { at, review, .. } => {
                self.may_write(employee, review.on)?;
                let mut rec = self.feedback_rec(employee, at.year)?;
                let session_date = rec
                    .session(at.session)
                    .ok_or(rule(FeedbackError::NoSuchSession))?
                    .date;
                let f = rec
                    .follow_up_mut(&at)
                    .ok_or(rule(FeedbackError::NoSuchFollowUp))?;
                check_review(f, &review, session_date, today).map_err(rule)?;
                let achieved = review.achieved;
                f.review = Some(review);
                self.save(
                    &e,
                    vec![rec],
                    at.year,
                    Step::FollowUpReviewed { achieved },
                    Some(at.session),
                )
            }
            Command::Acknowledge { year, session, .. } => {
                let mut rec = self.feedback_rec(employee, year)?;
                let s = rec
                    .session_mut(session)
                    .ok_or(rule(FeedbackError::NoSuchSession))?;
                let party = match self.viewer.as_ref() {
                    None if s.acknowledged_by_appraiser.is_none() => Party::Appraiser,
                    None => Party::Employee,
                    Some(v) if v.employee == Some(employee) => Party::Employee,
                    Some(_) => {
                        permissions::feedback(
                            self.viewer.as_ref(),
                            &self.register,
                            Act::Acknowledge,
                            employee,
                            s.date,
                            today,
                        )
                        .map_err(refused)?;
                        Party::Appraiser
                    }
                };
                acknowledge(s, party, today, today).map_err(rule)?;
                self.save(
                    &e,
                    vec![rec],
                    year,
                    Step::Acknowledged(party),
                    Some(session),
                )
            }
            Command::ImportSessions(_) => Err(CommandError::NotFound),
        }
    }

    fn may_write(&self, employee: EmployeeId, on: NaiveDate) -> Result<(), CommandError> {
        permissions::feedback(
            self.viewer.as_ref(),
            &self.register,
            Act::Write,
            employee,
            on,
            self.today(),
        )
        .map_err(refused)
    }

    fn feedback_rec(&self, employee: EmployeeId, year: i32) -> Result<FeedbackYear, CommandError> {
        Ok(self
            .store
            .feedback_year(employee, year)?
            .unwrap_or_else(|| FeedbackYear::new(employee, year)))
    }

    /// The appraiser of a new entry: the viewer; the operator gives one (`given`, not 0) or
    /// takes the employee's supervisor in the register.
    fn feedback_appraiser(
        &self,
        e: &Employee,
        given: EmployeeId,
    ) -> Result<EmployeeId, CommandError> {
        match self.viewer.as_ref() {
            Some(v) => v.employee.ok_or(refused(Refusal::NotAppraiser)),
            None if given.0 != 0 => Ok(given),
            None => e.supervisor.ok_or(refused(Refusal::NotAppraiser)),
        }
    }

    fn save(
        &self,
        e: &Employee,
        saves: Vec<FeedbackYear>,
        year: i32,
        step: Step,
        id: Option<u32>,
    ) -> Result<Outcome, CommandError> {
        let saved = self
            .store
            .save_feedback_years(&self.actor, self.now_ms(), saves, AuditAction::Update, "")
            .map_err(stale)?;
        let revision = saved.last().map_or(0, |y| y.revision);
        Ok(done(e, year, step, id, 0, revision))
    }

    fn import_feedback(&mut self, years: Vec<FeedbackYear>) -> Result<Outcome, CommandError> {
        for y in &years {
            if self.register.employee(y.employee).is_none() {
                return Err(refused(Refusal::UnknownEmployee));
            }
            if !y.dates_in_year() {
                return Err(refused(Refusal::WrongYear));
            }
        }
        let n = years.len();
        self.store
            .import_feedback(years, &self.actor, self.now_ms())
            .map_err(stale)?;
        Ok(Outcome::Feedback(Done {
            step: Step::Imported,
            employee: None,
            name: String::new(),
            year: 0,
            id: None,
            carried: 0,
            revision: 0,
            imported: n,
        }))
    }
}

fn done(
    e: &Employee,
    year: i32,
    step: Step,
    id: Option<u32>,
    carried: usize,
    revision: u64,
) -> Outcome {
    Outcome::Feedback(Done {
        step,
        employee: Some(e.id),
        name: e.full_name(),
        year,
        id,
        carried,
        revision,
        imported: 0,
    })
}
