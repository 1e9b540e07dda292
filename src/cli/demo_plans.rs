//! The demo office's plans (SKP): the current year and the two before it for every active
//! employee. RHKs cascade from Pak Yohanes down (each RHK below the top linked to the
//! supervisor's RHK of the same number); indicators with targets and units; realisations with
//! evidence and feedback per segment (past segments only in the current year). In the current
//! year one plan waits for approval (Lukas Gebze), one was rejected with a reason (Rina
//! Marlina), and Pak Yohanes's third RHK is supported by nobody. Deterministic for a given day.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::app::Register;
use crate::domain::plan::{
    Approach, Aspect, Direction, Evidence, Indicator, PerformancePlan, PersonSnapshot, PlanId,
    PlanState, PlannedResult, Realization, RealizedValue, ResultKind, ResultRef, Target,
};
use crate::domain::plan::{Period, PeriodState};
use crate::domain::ruledata::OfficeSettings;
use crate::domain::{Directory, Employee, EmployeeId};

/// Whose current-year plan waits for the supervisor, and whose was sent back.
pub const SUBMITTED: &str = "Lukas Gebze";
pub const REJECTED: &str = "Rina Marlina";
pub const REJECT_REASON: &str =
    "Indikator waktu belum terukur: tuliskan target hari penyelesaian per berkas";
/// The head of the office, whose third RHK nobody supports.
pub const HEAD: &str = "Yohanes Gebze";
pub const UNSUPPORTED_RHK: &str = "Terwujudnya inovasi pelayanan publik distrik";

const FEEDBACK: [&str; 4] = [
    "Pertahankan ketepatan waktu penyelesaian berkas",
    "Percepat berkas yang tertunda dan lengkapi bukti dukung",
    "Baik; koordinasikan jadwal pelayanan keliling dengan kampung",
    "Capaian sesuai rencana, dokumentasikan kendala di lapangan",
];

/// The current year's Period record: quarterly, running.
pub fn period(today: NaiveDate) -> Option<Period> {
    let mut p = Period::new(today.year(), &OfficeSettings::default()).ok()?;
    p.state = PeriodState::Running;
    Some(p)
}

fn snap(reg: &Register, id: EmployeeId) -> Option<PersonSnapshot> {
    reg.employee(id)
        .map(|e| PersonSnapshot::of(e, reg.unit_name(e.unit)))
}

/// The RHK texts of one person: the head of the office, a supervisor of a unit, staff.
fn result_texts(reg: &Register, e: &Employee) -> Vec<String> {
    let unit = reg.unit_name(e.unit).to_string();
    if e.full_name().starts_with(HEAD) {
        return vec![
            "Meningkatnya kualitas pelayanan publik di Distrik Salor".into(),
            "Terselenggaranya pemerintahan distrik yang akuntabel".into(),
            UNSUPPORTED_RHK.into(),
        ];
    }
    let civil = unit.contains("Kependudukan");
    if !reg.subordinates(e.id).is_empty() {
        if civil {
            return vec![
                "Layanan administrasi kependudukan selesai tepat waktu".into(),
                format!("Laporan kinerja {unit} tersusun akurat"),
            ];
        }
        return vec![
            format!("Layanan {unit} terselenggara tepat waktu"),
            format!("Laporan kinerja {unit} tersusun akurat"),
        ];
    }
    if civil {
        return vec![
            "Berkas administrasi kependudukan terverifikasi dan selesai".into(),
            "Data pelayanan kependudukan tercatat lengkap".into(),
        ];
    }
    vec![
        format!("Tugas {} terlaksana tepat waktu", e.position),
        format!("Data dan laporan {} tersusun lengkap", e.position),
    ]
}

fn indicators(number: u16, i: usize) -> Vec<Indicator> {
    let ind = |n, text: &str, aspect, target, unit: &str, direction| Indicator {
        number: n,
        text: text.to_string(),
        aspect: Some(aspect),
        target,
        unit: unit.to_string(),
        direction,
        perspective: None,
        realizations: Vec::new(),
    };
    match number {
        1 => vec![
            ind(
                1,
                "Jumlah berkas layanan yang diselesaikan",
                Aspect::Quantity,
                Target::Number(120.0 + 10.0 * (i % 4) as f64),
                "berkas",
                Direction::HigherBetter,
            ),
            ind(
                2,
                "Rata-rata waktu penyelesaian per berkas",
                Aspect::Time,
                Target::Range { min: 2.0, max: 3.0 },
                "hari",
                Direction::LowerBetter,
            ),
        ],
        2 => vec![ind(
            1,
            "Laporan bulanan disampaikan tepat waktu",
            Aspect::Quantity,
            Target::Number(12.0),
            "laporan",
            Direction::HigherBetter,
        )],
        _ => vec![ind(
            1,
            "Inovasi pelayanan yang diterapkan",
            Aspect::Quality,
            Target::Number(2.0),
            "inovasi",
            Direction::HigherBetter,
        )],
    }
}

/// Cumulative realisation at the end of `segment` (of 4), a little around plan.
fn realized(target: &Target, segment: u8, i: usize) -> f64 {
    let share = f64::from(segment) / 4.0;
    let spread = 0.9 + 0.05 * (i % 4) as f64;
    match target {
        Target::Number(t) => (t * share * spread).round(),
        Target::Range { max, .. } => max + 0.5 - 0.5 * (i % 3) as f64,
        Target::Narrative(_) => 0.0,
    }
}

fn realizations(ind: &Indicator, year: i32, segments: u8, i: usize) -> Vec<Realization> {
    (1..=segments)
        .map(|s| {
            let v = realized(&ind.target, s, i);
            let description = match &ind.target {
                Target::Number(t) => format!(
                    "{v} dari {t} {} selesai; daftar di folder bersama",
                    ind.unit
                ),
                _ => format!("Rekap waktu layanan triwulan {s}"),
            };
            Realization {
                segment: s,
                value: RealizedValue::Number(v),
                evidence: Evidence {
                    description,
                    location: format!("folder bersama/skp/{year}/tw{s}"),
                },
                feedback: FEEDBACK[(i + usize::from(s)) % FEEDBACK.len()].to_string(),
            }
        })
        .collect()
}

/// The plans of the three years. `next_id` gives plan ids; supervisors come before their
/// staff in id order, so every link points at a plan made already.
pub fn plans<E>(
    reg: &Register,
    today: NaiveDate,
    mut next_id: impl FnMut() -> Result<u64, E>,
) -> Result<Vec<PerformancePlan>, E> {
    let this_year = today.year();
    let done_segments = period(today)
        .and_then(|p| p.segment_of(today))
        .map_or(0, |s| s.number.saturating_sub(1));
    let active: Vec<&Employee> = reg.employees().iter().filter(|e| e.is_active()).collect();
    let mut out = Vec::new();
    for year in this_year - 2..=this_year {
        let mut ids: HashMap<EmployeeId, PlanId> = HashMap::new();
        for e in &active {
            ids.insert(e.id, PlanId(next_id()?));
        }
        for (i, e) in active.iter().enumerate() {
            let (Some(employee), Some(&id)) = (snap(reg, e.id), ids.get(&e.id)) else {
                continue;
            };
            let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
            let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
            let mut p =
                PerformancePlan::new_draft(id, year, from, to, employee, Approach::Quantitative);
            p.appraiser = e.supervisor.and_then(|s| snap(reg, s));
            p.appraiser_superior = e
                .supervisor
                .and_then(|s| reg.employee(s))
                .and_then(|s| s.supervisor)
                .and_then(|s| snap(reg, s));
            let name = e.full_name();
            p.state = if year < this_year {
                PlanState::Approved
            } else if name.starts_with(SUBMITTED) {
                PlanState::Submitted
            } else if name.starts_with(REJECTED) {
                PlanState::Rejected {
                    reason: REJECT_REASON.to_string(),
                }
            } else {
                PlanState::Approved
            };
            let segments = if year < this_year { 4 } else { done_segments };
            for (n, text) in result_texts(reg, e).into_iter().enumerate() {
                let number = n as u16 + 1;
                let parent = e
                    .supervisor
                    .and_then(|s| ids.get(&s))
                    .map(|&plan| ResultRef { plan, number });
                let mut inds = indicators(number, i);
                if p.state == PlanState::Approved {
                    for ind in &mut inds {
                        ind.realizations = realizations(ind, year, segments, i);
                    }
                }
                p.results.push(PlannedResult {
                    number,
                    kind: ResultKind::Main,
                    text,
                    parent_result: parent,
                    indicators: inds,
                });
            }
            out.push(p);
        }
    }
    Ok(out)
}
