//! SKP (Sasaran Kinerja Pegawai) and its parts: RHK, IKI, snapshots, annex.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Direction, PlanState, Realization, Target};
use crate::domain::ruledata::CoreValue;
use crate::domain::{dates, Employee, EmployeeId, Grade, Nip, PositionKind, UnitId};

/// Internal identifier of a plan; stable for its whole life.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct PlanId(pub u64);

/// Pendekatan: kuantitatif (indicator and target apart) or kualitatif (one narrative).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Approach {
    Quantitative,
    Qualitative,
}

/// Jenis RHK: utama (main) or tambahan (additional); no weights between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ResultKind {
    Main,
    Additional,
}

/// Aspek of a quantitative indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Aspect {
    /// Kuantitas.
    Quantity,
    /// Kualitas.
    Quality,
    /// Waktu.
    Time,
    /// Biaya.
    Cost,
}

/// Perspektif of a JPT indicator (from the unit's performance agreement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Perspective {
    /// Penerima Layanan.
    ServiceRecipients,
    /// Proses Bisnis.
    BusinessProcess,
    /// Penguatan Internal.
    InternalStrengthening,
    /// Anggaran.
    Budget,
}

/// RHK atasan yang diintervensi: a stable reference to one RHK of another plan, as the
/// plan's id and the RHK's number in it (numbers are never reused within a plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ResultRef {
    pub plan: PlanId,
    pub number: u16,
}

/// IKI (Indikator Kinerja Individu) with its target and the year's realisations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// From 1 within its RHK.
    pub number: u16,
    pub text: String,
    /// None for the qualitative approach.
    pub aspect: Option<Aspect>,
    pub target: Target,
    /// Satuan, e.g. "berkas", "bulan", "%".
    pub unit: String,
    pub direction: Direction,
    /// JPT plans only.
    pub perspective: Option<Perspective>,
    /// Realisasi per periodic segment, at most one per segment, in segment order.
    pub realizations: Vec<Realization>,
}

impl Indicator {
    pub fn realization(&self, segment: u8) -> Option<&Realization> {
        self.realizations.iter().find(|r| r.segment == segment)
    }
}

/// RHK (Rencana Hasil Kerja): one planned work result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedResult {
    /// From 1 within the plan; the number other plans link to.
    pub number: u16,
    pub kind: ResultKind,
    pub text: String,
    /// The supervisor's RHK this one contributes to (none at the top of the line and for JPT).
    pub parent_result: Option<ResultRef>,
    pub indicators: Vec<Indicator>,
}

/// A person as they were when the plan was made: later register changes never rewrite it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonSnapshot {
    pub employee: EmployeeId,
    /// Full name with titles.
    pub name: String,
    pub nip: Nip,
    pub grade: Grade,
    pub position: String,
    pub position_kind: PositionKind,
    pub unit: UnitId,
    pub unit_name: String,
}

impl PersonSnapshot {
    pub fn of(e: &Employee, unit_name: &str) -> PersonSnapshot {
        PersonSnapshot {
            employee: e.id,
            name: e.full_name(),
            nip: e.nip.clone(),
            grade: e.grade,
            position: e.position.clone(),
            position_kind: e.position_kind,
            unit: e.unit,
            unit_name: unit_name.to_string(),
        }
    }
}

/// Lampiran SKP: three lists of free text.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Annex {
    /// Dukungan sumber daya.
    pub resources: Vec<String>,
    /// Skema pertanggungjawaban.
    pub accountability: Vec<String>,
    /// Konsekuensi.
    pub consequences: Vec<String>,
}

/// SKP (Sasaran Kinerja Pegawai): one employee's plan for one position in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PerformancePlan {
    pub id: PlanId,
    /// Bumped by the store on every save; a save based on an older revision is refused.
    pub revision: u64,
    pub year: i32,
    /// The part of the year this plan covers (a second plan starts on a change of position
    /// or supervisor).
    #[serde(with = "dates::req")]
    pub from: NaiveDate,
    #[serde(with = "dates::req")]
    pub to: NaiveDate,
    /// Pegawai yang dinilai.
    pub employee: PersonSnapshot,
    /// Pejabat Penilai Kinerja; none at the top of the line (appraised outside the office).
    pub appraiser: Option<PersonSnapshot>,
    /// Atasan Pejabat Penilai.
    pub appraiser_superior: Option<PersonSnapshot>,
    pub approach: Approach,
    pub results: Vec<PlannedResult>,
    /// Ekspektasi khusus pimpinan per core value; a value missing shows as "-".
    pub leader_expectations: BTreeMap<CoreValue, String>,
    pub annex: Annex,
    pub state: PlanState,
}

impl PerformancePlan {
    /// An empty draft.
    pub fn new_draft(
        id: PlanId,
        year: i32,
        from: NaiveDate,
        to: NaiveDate,
        employee: PersonSnapshot,
        approach: Approach,
    ) -> PerformancePlan {
        PerformancePlan {
            id,
            revision: 0,
            year,
            from,
            to,
            employee,
            appraiser: None,
            appraiser_superior: None,
            approach,
            results: Vec::new(),
            leader_expectations: BTreeMap::new(),
            annex: Annex::default(),
            state: PlanState::Draft,
        }
    }

    pub fn employee_id(&self) -> EmployeeId {
        self.employee.employee
    }

    pub fn appraiser_id(&self) -> Option<EmployeeId> {
        self.appraiser.as_ref().map(|a| a.employee)
    }

    /// JPT plans carry perspectives instead of links to a supervisor's RHK.
    pub fn is_jpt(&self) -> bool {
        self.employee.position_kind.is_jpt()
    }

    pub fn result(&self, number: u16) -> Option<&PlannedResult> {
        self.results.iter().find(|r| r.number == number)
    }

    /// The number a new RHK gets: one above the highest ever used in this plan's list.
    pub fn next_result_number(&self) -> u16 {
        self.results
            .iter()
            .map(|r| r.number)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// The expectation for a core value as shown: "-" when none was written.
    pub fn expectation_shown(&self, value: CoreValue) -> &str {
        match self.leader_expectations.get(&value).map(|s| s.trim()) {
            Some(s) if !s.is_empty() => s,
            _ => "-",
        }
    }
}
