//! The SKP commands on the one command path: the stored plan is read, the domain's state
//! machine or rule decides, and the plan is saved with one audit entry (then flushed).

use chrono::NaiveDate;

use super::command::{Command, Done, Refusal, Step};
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::domain::plan::{Approach, PerformancePlan, PersonSnapshot, PlanId};
use crate::domain::{AuditAction, Directory, EmployeeId, RecordKind};
use crate::store::StoreError;

fn refused(r: Refusal) -> CommandError {
    CommandError::Plan(r)
}

impl Services {
    pub(crate) fn run_plans(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        let employee = cmd.employee();
        let (plan, action, reason, step) = match cmd {
            Command::CreateDraft { employee, year } => (
                self.new_draft(employee, year)?,
                AuditAction::Create,
                String::new(),
                Step::Created,
            ),
            Command::CopyLastYear {
                employee,
                year,
                keep,
            } => {
                let fresh = self.new_draft(employee, year)?;
                let mut prev = self.store.plans_of_employee(employee, Some(year - 1))?;
                prev.sort_by_key(|p| (p.from, p.id));
                let prev = prev.pop().ok_or(CommandError::NotFound)?;
                let plan = crate::domain::plan::copy::copy_as_draft(
                    &prev,
                    crate::domain::plan::copy::CopyRequest {
                        id: fresh.id,
                        year,
                        from: fresh.from,
                        to: fresh.to,
                        employee: fresh.employee,
                        appraiser: fresh.appraiser,
                        appraiser_superior: fresh.appraiser_superior,
                        keep: &keep,
                    },
                );
                (plan, AuditAction::Create, String::new(), Step::Created)
            }
            Command::Edit { plan, .. } => {
                let stored = self.stored(employee, plan.id, plan.revision)?;
                stored
                    .ensure_editable()
                    .map_err(|e| refused(Refusal::Rule(e)))?;
                // The people and the state are not the form's to change.
                let plan = PerformancePlan {
                    employee: stored.employee,
                    appraiser: stored.appraiser,
                    appraiser_superior: stored.appraiser_superior,
                    state: stored.state,
                    year: stored.year,
                    ..*plan
                };
                (plan, AuditAction::Update, String::new(), Step::Saved)
            }
            Command::Submit { id, revision, .. } => {
                let mut p = self.stored(employee, id, revision)?;
                let parents = match p.appraiser_id() {
                    Some(a) => self.store.plans_of_employee(a, Some(p.year))?,
                    None => Vec::new(),
                };
                let top = p.appraiser.is_none();
                p.submit(&parents, top)
                    .map_err(|e| refused(Refusal::Rule(e)))?;
                (p, AuditAction::Submit, String::new(), Step::Submitted)
            }
            Command::Approve { id, revision, .. } => {
                let mut p = self.stored(employee, id, revision)?;
                p.approve().map_err(|e| refused(Refusal::Rule(e)))?;
                (p, AuditAction::Approve, String::new(), Step::Approved)
            }
            Command::Reject {
                id,
                revision,
                reason,
                ..
            } => {
                let mut p = self.stored(employee, id, revision)?;
                p.reject(&reason).map_err(|e| refused(Refusal::Rule(e)))?;
                (
                    p,
                    AuditAction::Reject,
                    reason.trim().to_string(),
                    Step::Rejected,
                )
            }
            Command::Reopen {
                id,
                revision,
                reason,
                ..
            } => {
                let mut p = self.stored(employee, id, revision)?;
                p.reopen(&reason).map_err(|e| refused(Refusal::Rule(e)))?;
                (
                    p,
                    AuditAction::Reopen,
                    reason.trim().to_string(),
                    Step::Reopened,
                )
            }
            Command::Realize {
                id,
                revision,
                result,
                indicator,
                realization,
                ..
            } => {
                let mut p = self.stored(employee, id, revision)?;
                let segments = self.period_of(p.year)?.segmentation.segments_per_year();
                p.record_realization(result, indicator, segments, *realization)
                    .map_err(|e| refused(Refusal::Rule(e)))?;
                (p, AuditAction::Update, String::new(), Step::Realized)
            }
        };
        let name = plan.employee.name.clone();
        let at = self.now_ms();
        let actor = self.actor.clone();
        self.store
            .save_plan(&actor, at, plan, action, &reason)
            .map_err(|e| match e {
                StoreError::StaleRevision { .. } => refused(Refusal::Stale),
                e => CommandError::Store(e),
            })?;
        Ok(Outcome::Plan(Done {
            employee,
            name,
            step,
        }))
    }

    /// The stored plan `id`, if it is `employee`'s and still at `revision`.
    fn stored(
        &self,
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
    ) -> Result<PerformancePlan, CommandError> {
        let p = self
            .store
            .plan(id)?
            .filter(|p| p.employee_id() == employee)
            .ok_or(CommandError::NotFound)?;
        if p.revision != revision {
            return Err(refused(Refusal::Stale));
        }
        Ok(p)
    }

    /// The year's period as stored, else as the office's settings make it.
    pub(crate) fn period_of(&self, year: i32) -> Result<crate::domain::plan::Period, CommandError> {
        match self.store.period(year)? {
            Some(p) => Ok(p),
            None => crate::domain::plan::Period::new(year, &self.office_settings()?)
                .map_err(|_| refused(Refusal::BadYear)),
        }
    }

    fn snapshot(&self, id: EmployeeId) -> Option<PersonSnapshot> {
        let e = self.register.employee(id)?;
        Some(PersonSnapshot::of(e, self.register.unit_name(e.unit)))
    }

    fn new_draft(&self, employee: EmployeeId, year: i32) -> Result<PerformancePlan, CommandError> {
        let e = self
            .register
            .employee(employee)
            .filter(|e| e.is_active())
            .ok_or(refused(Refusal::UnknownEmployee))?;
        if !self
            .store
            .plans_of_employee(employee, Some(year))?
            .is_empty()
        {
            return Err(refused(Refusal::HasPlan));
        }
        let day = |m, d| NaiveDate::from_ymd_opt(year, m, d);
        let (Some(from), Some(to)) = (day(1, 1), day(12, 31)) else {
            return Err(refused(Refusal::UnknownEmployee));
        };
        let me = self
            .snapshot(employee)
            .ok_or(refused(Refusal::UnknownEmployee))?;
        let id = PlanId(self.store.next_id(RecordKind::Plan)?);
        let mut plan = PerformancePlan::new_draft(id, year, from, to, me, Approach::Quantitative);
        let sup = e.supervisor;
        plan.appraiser = sup.and_then(|s| self.snapshot(s));
        plan.appraiser_superior = sup
            .and_then(|s| self.register.employee(s))
            .and_then(|s| s.supervisor)
            .and_then(|s| self.snapshot(s));
        Ok(plan)
    }
}
