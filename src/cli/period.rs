//! `kinerja periode list|buka|tahap|segmen`: the appraisal years (journey 1: HR opens the year
//! with its segments, then moves it through its stages). Runs as the local operator, through
//! `Services::execute` like every change, so each step is in the audit trail.

use std::path::Path;

use super::args::PeriodCmd;
use super::error::CliError;
use crate::app::{Command, Outcome, Services};
use crate::domain::plan::{Period, PeriodState, Segmentation};
use crate::i18n::{period as words, Lang};

pub fn run(db: &Path, cmd: PeriodCmd, lang: Lang) -> Result<(), CliError> {
    let message = match cmd {
        PeriodCmd::List => list(&super::open_services(db, super::cli_actor())?, lang)?,
        PeriodCmd::Buka(a) => {
            // Words are checked before the database is opened (and possibly locked).
            let segmentation = a.segmen.as_deref().map(segmentation).transpose()?;
            let mut services = super::open_services(db, super::cli_actor())?;
            if services.store.period(a.year)?.is_some() {
                return Err(CliError::PeriodExists(a.year));
            }
            let mut period = Period::new(a.year, &services.office_settings()?)
                .map_err(|e| CliError::Command(e.into()))?;
            if let Some(s) = segmentation {
                period.segmentation = s;
            }
            save(&mut services, period, a.reason, lang)?
        }
        PeriodCmd::Tahap(a) => {
            let stage = PeriodState::parse(&a.stage).ok_or(CliError::BadPeriodWord(a.stage))?;
            let mut services = super::open_services(db, super::cli_actor())?;
            let mut period = stored(&services, a.year)?;
            period.state = stage;
            save(&mut services, period, a.reason, lang)?
        }
        PeriodCmd::Segmen(a) => {
            let s = segmentation(&a.segmentation)?;
            let mut services = super::open_services(db, super::cli_actor())?;
            let mut period = stored(&services, a.year)?;
            period.segmentation = s;
            save(&mut services, period, a.reason, lang)?
        }
    };
    super::write_stdout(format!("{message}\n").as_bytes())
}

fn segmentation(word: &str) -> Result<Segmentation, CliError> {
    Segmentation::parse(word).ok_or_else(|| CliError::BadPeriodWord(word.trim().to_string()))
}

fn stored(services: &Services, year: i32) -> Result<Period, CliError> {
    services.store.period(year)?.ok_or(CliError::NoPeriod(year))
}

/// The command path checks the move (one stage at a time, segments fixed after planning).
fn save(
    services: &mut Services,
    period: Period,
    reason: Option<String>,
    lang: Lang,
) -> Result<String, CliError> {
    let year = period.year;
    let outcome = services.execute(Command::SavePeriod {
        period,
        reason: reason.unwrap_or_default(),
    })?;
    let created = matches!(outcome, Outcome::PeriodSaved { created: true, .. });
    let now = stored(services, year)?;
    Ok(format!(
        "{}: {}, {}",
        words::saved(lang, year, created),
        words::state(lang, now.state),
        words::segmentation(lang, now.segmentation)
    ))
}

/// One line per year: segments, stage, deadlines.
fn list(services: &Services, lang: Lang) -> Result<String, CliError> {
    let all = services.store.periods()?;
    if all.is_empty() {
        return Ok(super::words::no_periods(lang).to_string());
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|p| {
            vec![
                p.year.to_string(),
                words::segmentation(lang, p.segmentation).to_string(),
                words::state(lang, p.state).to_string(),
                crate::i18n::common::dmy(p.plan_deadline),
                crate::i18n::common::dmy(p.evaluation_deadline),
            ]
        })
        .collect();
    Ok(super::acting::table(
        &super::words::period_list_header(lang),
        &rows,
    ))
}
