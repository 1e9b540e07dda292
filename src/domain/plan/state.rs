//! Status SKP (domain.md 3): Draft -> Diajukan -> Disetujui | Ditolak (reason), editable only
//! in Draft and Ditolak; reopening an approved plan needs a reason. Transitions return errors
//! as values and leave the plan unchanged on error.

use serde::{Deserialize, Serialize};

use super::error::{PlanAction, PlanError};
use super::{linking, validate, PerformancePlan, Realization};

/// Status SKP.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanState {
    Draft,
    /// Diajukan: waiting for the appraiser's decision.
    Submitted,
    /// Disetujui.
    Approved,
    /// Ditolak, with the appraiser's reason; editable again.
    Rejected {
        reason: String,
    },
}

impl PlanState {
    pub fn is_editable(&self) -> bool {
        matches!(self, PlanState::Draft | PlanState::Rejected { .. })
    }
}

fn reason_of(reason: &str) -> Result<String, PlanError> {
    let r = reason.trim();
    if r.is_empty() {
        Err(PlanError::ReasonRequired)
    } else {
        Ok(r.to_string())
    }
}

impl PerformancePlan {
    fn wrong(&self, action: PlanAction) -> PlanError {
        PlanError::WrongState {
            action,
            state: self.state.clone(),
        }
    }

    /// Ok when the plan's content may change (Draft or Ditolak).
    pub fn ensure_editable(&self) -> Result<(), PlanError> {
        if self.state.is_editable() {
            Ok(())
        } else {
            Err(self.wrong(PlanAction::Edit))
        }
    }

    /// Diajukan: from Draft or Ditolak, once the plan is complete and every RHK is linked
    /// (see `linking::check`; `supervisor_plans` are the supervisor's plans of any year).
    pub fn submit(
        &mut self,
        supervisor_plans: &[PerformancePlan],
        top_of_line: bool,
    ) -> Result<(), PlanError> {
        if !self.state.is_editable() {
            return Err(self.wrong(PlanAction::Submit));
        }
        validate::check(self)?;
        linking::check(self, supervisor_plans, top_of_line)?;
        self.state = PlanState::Submitted;
        Ok(())
    }

    /// Disetujui: from Diajukan.
    pub fn approve(&mut self) -> Result<(), PlanError> {
        if self.state != PlanState::Submitted {
            return Err(self.wrong(PlanAction::Approve));
        }
        self.state = PlanState::Approved;
        Ok(())
    }

    /// Ditolak with a reason: from Diajukan.
    pub fn reject(&mut self, reason: &str) -> Result<(), PlanError> {
        if self.state != PlanState::Submitted {
            return Err(self.wrong(PlanAction::Reject));
        }
        self.state = PlanState::Rejected {
            reason: reason_of(reason)?,
        };
        Ok(())
    }

    /// Back to Draft from Disetujui; the reason goes into the audit entry of the save.
    /// Realisations already recorded stay.
    pub fn reopen(&mut self, reason: &str) -> Result<(), PlanError> {
        if self.state != PlanState::Approved {
            return Err(self.wrong(PlanAction::Reopen));
        }
        reason_of(reason)?;
        self.state = PlanState::Draft;
        Ok(())
    }

    /// Records (or replaces) the realisation of one indicator in one segment. Only in an
    /// approved plan; `segments` is the year's count of segments.
    pub fn record_realization(
        &mut self,
        result: u16,
        indicator: u16,
        segments: u8,
        r: Realization,
    ) -> Result<(), PlanError> {
        if self.state != PlanState::Approved {
            return Err(self.wrong(PlanAction::RecordRealization));
        }
        if r.segment == 0 || r.segment > segments {
            return Err(PlanError::BadSegment {
                segment: r.segment,
                segments,
            });
        }
        let ind = self
            .results
            .iter_mut()
            .find(|x| x.number == result)
            .ok_or(PlanError::UnknownResult { result })?
            .indicators
            .iter_mut()
            .find(|i| i.number == indicator)
            .ok_or(PlanError::UnknownIndicator { result, indicator })?;
        if ind.target.is_numeric() != r.value.number().is_some() {
            return Err(PlanError::ValueMismatch { result, indicator });
        }
        ind.realizations.retain(|x| x.segment != r.segment);
        let at = ind.realizations.partition_point(|x| x.segment < r.segment);
        ind.realizations.insert(at, r);
        Ok(())
    }
}
