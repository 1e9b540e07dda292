//! The review commands on the one command path: who may act (`permissions::review`), the
//! stored review year read, the domain's rules applied (`domain::review`), the year saved
//! with one audit entry (a `ReviewAudit` summary), then flushed.

use chrono::NaiveDate;

use super::command::{Act, Command, Done, Refusal, ReviewInput, Step};
use super::query;
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::app::services::permissions;
use crate::domain::appraisal::OrgGrade;
use crate::domain::plan::PersonSnapshot;
use crate::domain::review::evaluation::{DistributionGate, PlanRef, RatingField, SignedPeople};
use crate::domain::review::{
    objection, DistributionCheck, Review, ReviewError, ReviewKind, ReviewYear, UnitGrade,
};
use crate::domain::{AuditAction, Directory, Employee, EmployeeId, UnitId};
use crate::store::StoreError;

fn refused(r: Refusal) -> CommandError {
    CommandError::Review(r)
}

fn rule(e: ReviewError) -> CommandError {
    refused(Refusal::Rule(e))
}

fn objection_rule(e: objection::ObjectionError) -> CommandError {
    refused(Refusal::Objection(e))
}

/// What one command changed, for the save.
struct Change {
    action: AuditAction,
    reason: String,
    step: Step,
    warning: Option<DistributionCheck>,
}

impl Change {
    fn new(action: AuditAction, reason: &str, step: Step) -> Change {
        Change {
            action,
            reason: reason.trim().to_string(),
            step,
            warning: None,
        }
    }
}

impl Services {
    pub(crate) fn run_reviews(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        match cmd {
            Command::SetUnitGrade {
                unit,
                year,
                grade,
                decree,
            } => self.set_unit_grade(unit, year, grade, &decree),
            cmd => self.run_review(cmd),
        }
    }

    fn run_review(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        let (Some(employee), Some(kind)) = (cmd.employee(), cmd.kind()) else {
            return Err(CommandError::NotFound);
        };
        let year = cmd.year();
        let today = self.today();
        let e = self
            .register
            .employee(employee)
            .cloned()
            .ok_or(refused(Refusal::UnknownEmployee))?;
        self.check_kind(year, kind)?;
        let act = cmd.act();
        if act != Act::Decide {
            permissions::review(self.viewer.as_ref(), &self.register, act, employee, today)
                .map_err(refused)?;
        }
        let stored = self.store.review_year(employee, year)?;
        let mut y = stored
            .clone()
            .unwrap_or_else(|| ReviewYear::new(employee, year));
        let created = || {
            if stored.is_none() {
                AuditAction::Create
            } else {
                AuditAction::Update
            }
        };
        let change = match cmd {
            Command::Save { input, .. } => {
                self.write_input(&mut y, &e, kind, &input, today)?;
                Change::new(created(), "", Step::Saved)
            }
            Command::SetRating { field, rating, .. } => {
                let appraiser = self.appraiser_for(&e)?;
                let entry = y.entry_or_new(kind, appraiser);
                entry.review.set_rating(field, rating).map_err(rule)?;
                entry.review.appraiser = appraiser;
                if field == RatingField::WorkResult {
                    self.check_head_rating(&entry.review)?;
                }
                Change::new(created(), "", Step::Rated)
            }
            Command::Sign { input, .. } => {
                self.write_input(&mut y, &e, kind, &input, today)?;
                let warning = self.sign(&mut y, &e, kind, today)?;
                Change {
                    warning,
                    ..Change::new(AuditAction::Sign, "", Step::Signed)
                }
            }
            Command::Reopen { reason, .. } => {
                let entry = y.get_mut(kind).ok_or(refused(Refusal::NoEvaluation))?;
                // The objection answers the signed evaluation; reopening would orphan it.
                if entry.objection.is_some() && entry.review.is_signed() {
                    return Err(refused(Refusal::ObjectionExists));
                }
                let by = match self.viewer.as_ref().and_then(|v| v.employee) {
                    Some(me) => me,
                    None => entry.review.appraiser,
                };
                entry.review.reopen(today, by, &reason).map_err(rule)?;
                entry.received_on = None;
                Change::new(AuditAction::Reopen, &reason, Step::Reopened)
            }
            Command::RecordReceipt { received_on, .. } => {
                let entry = y.get_mut(kind).ok_or(refused(Refusal::NoEvaluation))?;
                let signed = entry
                    .review
                    .signature()
                    .ok_or(rule(ReviewError::NotSigned))?;
                if received_on < signed.signed_on {
                    return Err(objection_rule(
                        objection::ObjectionError::ReceivedBeforeSigning,
                    ));
                }
                if entry.objection.is_some() {
                    return Err(refused(Refusal::ObjectionExists));
                }
                entry.received_on = Some(received_on);
                Change::new(AuditAction::Update, "", Step::ReceiptRecorded)
            }
            Command::FileObjection {
                filed_on, reasons, ..
            } => {
                let window = self.office_settings()?.objection_window_days;
                let entry = y.get_mut(kind).ok_or(refused(Refusal::NoEvaluation))?;
                if entry.objection.is_some() {
                    return Err(refused(Refusal::ObjectionExists));
                }
                if !entry.review.is_signed() {
                    return Err(objection_rule(objection::ObjectionError::NotSigned));
                }
                let received_on = entry.received_on.ok_or(refused(Refusal::NotReceived))?;
                let filed = objection::file(&entry.review, received_on, filed_on, &reasons, window)
                    .map_err(objection_rule)?;
                entry.objection = Some(filed);
                Change::new(AuditAction::Object, &reasons, Step::ObjectionFiled)
            }
            Command::Decide {
                outcome, reasons, ..
            } => {
                let entry = y.get_mut(kind).ok_or(refused(Refusal::NoEvaluation))?;
                let superior = entry
                    .review
                    .signature()
                    .and_then(|s| s.appraiser_superior.as_ref())
                    .map(|p| p.employee);
                permissions::decide(self.viewer.as_ref(), superior).map_err(refused)?;
                let by = superior.ok_or(refused(Refusal::NotAppraiserSuperior))?;
                let review = entry.review.clone();
                let obj = entry
                    .objection
                    .as_mut()
                    .ok_or(refused(Refusal::NoObjection))?;
                obj.decide(&review, by, today, outcome, &reasons)
                    .map_err(objection_rule)?;
                Change::new(AuditAction::Decide, &reasons, Step::Decided)
            }
            Command::SetUnitGrade { .. } => return Err(CommandError::NotFound),
        };
        let grade = y
            .get(kind)
            .and_then(|x| x.final_grade().or_else(|| x.review.grade()));
        let at = self.now_ms();
        let actor = self.actor.clone();
        let (stored, _) = self
            .store
            .save_review_year(&actor, at, y, change.action, &change.reason)
            .map_err(stale)?;
        Ok(Outcome::Review(Done {
            step: change.step,
            employee: Some(employee),
            unit: None,
            name: e.full_name(),
            year,
            kind: Some(kind),
            grade,
            distribution_warning: change.warning,
            revision: stored.revision,
        }))
    }

    /// A periodic segment must be one of the year's; the year one the calendar holds.
    fn check_kind(&self, year: i32, kind: ReviewKind) -> Result<(), CommandError> {
        let period = self
            .period_of(year)
            .map_err(|_| refused(Refusal::BadPeriod))?;
        match kind {
            ReviewKind::Annual => Ok(()),
            ReviewKind::Periodic(n)
                if (1..=period.segmentation.segments_per_year()).contains(&n) =>
            {
                Ok(())
            }
            ReviewKind::Periodic(_) => Err(refused(Refusal::BadPeriod)),
        }
    }

    /// The appraiser a rating is recorded under: the signed-in appraiser (the supervisor or
    /// the Plt/Plh; the permission check has passed), or for the operator the supervisor in
    /// the register.
    fn appraiser_for(&self, e: &Employee) -> Result<EmployeeId, CommandError> {
        match self.viewer.as_ref() {
            Some(v) => v.employee.ok_or(refused(Refusal::NotAppraiser)),
            None => e.supervisor.ok_or(refused(Refusal::NotAppraiser)),
        }
    }

    /// The form's input into the draft of `kind` (created if absent; new evaluations only
    /// for active employees).
    fn write_input(
        &self,
        y: &mut ReviewYear,
        e: &Employee,
        kind: ReviewKind,
        input: &ReviewInput,
        _today: NaiveDate,
    ) -> Result<(), CommandError> {
        let appraiser = self.appraiser_for(e)?;
        if y.get(kind).is_none() && !e.is_active() {
            return Err(refused(Refusal::UnknownEmployee));
        }
        let entry = y.entry_or_new(kind, appraiser);
        let r = &mut entry.review;
        if r.is_signed() {
            return Err(rule(ReviewError::Signed));
        }
        r.appraiser = appraiser;
        r.work = input.work;
        r.behaviour = input.behaviour;
        r.work_justification = input.work_justification.trim().to_string();
        r.behaviour_justification = input.behaviour_justification.trim().to_string();
        r.behaviour_feedback = input
            .behaviour_feedback
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(v, t)| (*v, t.trim().to_string()))
            .collect();
        self.check_head_rating(r)
    }

    /// A unit head's annual work-result rating must be the one the unit's grade gives.
    fn check_head_rating(&self, r: &Review) -> Result<(), CommandError> {
        if r.kind != ReviewKind::Annual {
            return Ok(());
        }
        let Some(work) = r.work else { return Ok(()) };
        match query::head_rating_of(self, r.employee, r.year)? {
            Some(expected) if expected != work => {
                Err(refused(Refusal::HeadRatingFixed { expected }))
            }
            _ => Ok(()),
        }
    }

    /// Signs the draft of `kind` today: the people as the register has them, the plan
    /// judged, the distribution gate of an annual evaluation. Returns the unit check when
    /// the rule is broken and the office only warns.
    fn sign(
        &self,
        y: &mut ReviewYear,
        e: &Employee,
        kind: ReviewKind,
        today: NaiveDate,
    ) -> Result<Option<DistributionCheck>, CommandError> {
        let review = y
            .review(kind)
            .cloned()
            .ok_or(refused(Refusal::NoEvaluation))?;
        let (gate, check) = self.gate(&review, e)?;
        let blockers = review.sign_blockers(gate);
        if !blockers.is_empty() {
            let distribution = check.filter(|_| gate == DistributionGate::Refused);
            return Err(refused(Refusal::SignBlocked {
                reasons: blockers,
                distribution,
            }));
        }
        let snapshot = |id: EmployeeId| {
            self.register
                .employee(id)
                .map(|p| PersonSnapshot::of(p, self.register.unit_name(p.unit)))
        };
        let people = SignedPeople {
            employee: snapshot(e.id).ok_or(refused(Refusal::UnknownEmployee))?,
            appraiser: snapshot(review.appraiser).ok_or(refused(Refusal::NotAppraiser))?,
            appraiser_superior: e
                .supervisor
                .and_then(|s| self.register.employee(s))
                .and_then(|s| s.supervisor)
                .and_then(snapshot),
        };
        let plan = self.plan_judged(e.id, y.year, kind)?;
        let entry = y.get_mut(kind).ok_or(refused(Refusal::NoEvaluation))?;
        entry.review.sign(today, people, plan, gate).map_err(rule)?;
        Ok(check.filter(|_| gate == DistributionGate::Warned))
    }

    /// The distribution gate of signing `review`: its unit's check with this grade counted
    /// (annual evaluations with both ratings, in a unit with a grade); otherwise clear.
    fn gate(
        &self,
        review: &Review,
        e: &Employee,
    ) -> Result<(DistributionGate, Option<DistributionCheck>), CommandError> {
        let (ReviewKind::Annual, Some(grade)) = (review.kind, review.grade()) else {
            return Ok((DistributionGate::Clear, None));
        };
        if self.register.unit(e.unit).is_none() {
            return Ok((DistributionGate::Clear, None));
        }
        let unit = query::unit_check_with(self, e.unit, review.year, &[(e.id, Some(grade))])?;
        let enforced = self.office_settings()?.distribution_enforced;
        Ok(match unit.check {
            Some(c) => (DistributionGate::from_check(&c, enforced), Some(c)),
            None => (DistributionGate::Clear, None),
        })
    }

    /// The plan the evaluation judged: the employee's plan of the year covering the end of
    /// the evaluated span (the last segment's last day), else the latest one of the year.
    fn plan_judged(
        &self,
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
    ) -> Result<Option<PlanRef>, CommandError> {
        let mut plans = self.store.plans_of_employee(employee, Some(year))?;
        plans.sort_by_key(|p| (p.from, p.id));
        let period = self.period_of(year)?;
        let end = match kind {
            ReviewKind::Annual => period.last_day(),
            ReviewKind::Periodic(n) => period.segment(n).map(|s| s.to),
        };
        let covering = end.and_then(|d| plans.iter().rev().find(|p| p.from <= d && d <= p.to));
        Ok(covering.or(plans.last()).map(|p| PlanRef {
            plan: p.id,
            revision: p.revision,
        }))
    }

    fn set_unit_grade(
        &mut self,
        unit: UnitId,
        year: i32,
        grade: OrgGrade,
        decree: &str,
    ) -> Result<Outcome, CommandError> {
        let today = self.today();
        let u = self
            .register
            .unit(unit)
            .cloned()
            .ok_or(refused(Refusal::UnknownUnit))?;
        if !(1900..=9998).contains(&year) {
            return Err(refused(Refusal::BadPeriod));
        }
        permissions::unit_grade(self.viewer.as_ref(), &self.register, unit, decree, today)
            .map_err(refused)?;
        let stored = self.store.unit_grade(unit, year)?;
        let g = UnitGrade {
            unit,
            year,
            grade,
            decree: decree.trim().to_string(),
            set_by: self.viewer.as_ref().and_then(|v| v.employee),
            set_on: today,
            revision: stored.as_ref().map_or(0, |s| s.revision),
        };
        let action = if stored.is_some() {
            AuditAction::Update
        } else {
            AuditAction::Create
        };
        let at = self.now_ms();
        let actor = self.actor.clone();
        let (stored, _) = self
            .store
            .save_unit_grade(&actor, at, g, action, decree.trim())
            .map_err(stale)?;
        Ok(Outcome::Review(Done {
            step: Step::UnitGradeSet,
            employee: None,
            unit: Some(unit),
            name: u.name,
            year,
            kind: None,
            grade: None,
            distribution_warning: None,
            revision: stored.revision,
        }))
    }
}

fn stale(e: StoreError) -> CommandError {
    match e {
        StoreError::StaleRevision { .. } => refused(Refusal::Stale),
        e => CommandError::Store(e),
    }
}
