//! `kinerja plt add|list`: acting assignments (Plt/Plh) at the command line. Runs as the local
//! operator (audit actor `cli:OSUSER`), through `Services::execute` like every change.

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::args::{PltAddArgs, PltCmd};
use super::error::CliError;
use crate::app::employees::form::parse_date;
use crate::app::{Command, Outcome, Services};
use crate::domain::{ActingAssignment, Directory, EmployeeId, Nip};
use crate::i18n::Lang;

pub fn run(db: &Path, cmd: PltCmd, lang: Lang) -> Result<(), CliError> {
    let message = match cmd {
        PltCmd::Add(a) => {
            // Input is checked before the database is opened (and possibly locked).
            let (from, to) = (date("--from", &a.from)?, date("--to", &a.to)?);
            let mut services = super::open_services(db, super::cli_actor())?;
            add(&mut services, &a, from, to, lang)?
        }
        PltCmd::End(a) => {
            let on = a.on.as_deref().map(|v| date("--on", v)).transpose()?;
            let mut services = super::open_services(db, super::cli_actor())?;
            end(
                &mut services,
                a.id,
                on,
                a.reason.as_deref().unwrap_or(""),
                lang,
            )?
        }
        PltCmd::List => list(&super::open_services(db, super::cli_actor())?, lang)?,
    };
    super::write_stdout(format!("{message}\n").as_bytes())
}

/// A date as forms read it (`DD/MM/YYYY`, `-`, `.`, ISO, `DD/MM/YY`), against the machine's
/// today (the century of a two-digit year).
fn date(arg: &'static str, value: &str) -> Result<NaiveDate, CliError> {
    date_on(arg, value, chrono::Local::now().date_naive())
}

fn date_on(arg: &'static str, value: &str, today: NaiveDate) -> Result<NaiveDate, CliError> {
    let bad = |reason| CliError::BadDate {
        arg,
        value: value.trim().to_string(),
        reason,
    };
    let d = parse_date(value, today).map_err(|e| bad(Some(e)))?;
    // Years past the cap are typos or "forever"; the message names the cap.
    if !(crate::domain::access::ACTING_FIRST_YEAR..=MAX_YEAR).contains(&d.year()) {
        return Err(bad(None));
    }
    Ok(d)
}

/// The last year an acting assignment may reach (`--to 31/12/9999` is refused and told so).
pub const MAX_YEAR: i32 = crate::domain::access::ACTING_LAST_YEAR;

fn add(
    services: &mut Services,
    a: &PltAddArgs,
    from: NaiveDate,
    to: NaiveDate,
    lang: Lang,
) -> Result<String, CliError> {
    let acting = employee_by_nip(services, &a.acting_nip)?;
    let for_supervisor = employee_by_nip(services, &a.for_nip)?;
    let assignment = ActingAssignment {
        id: 0,
        acting,
        for_supervisor,
        from,
        to,
        revision: 0,
    };
    let outcome = services.execute(Command::SaveActing {
        acting: assignment.clone(),
        reason: a.reason.clone().unwrap_or_default(),
    })?;
    let id = match outcome {
        Outcome::ActingSaved { id, .. } => id,
        _ => assignment.id,
    };
    Ok(crate::cli::words::acting_added(
        lang,
        id,
        &name(services, acting),
        &name(services, for_supervisor),
        from,
        to,
    ))
}

/// Ends assignment `id` on `on` (default today) through the command path: audited, and
/// refused (`FromAfterTo`) when that is before its first day.
fn end(
    services: &mut Services,
    id: u64,
    on: Option<NaiveDate>,
    reason: &str,
    lang: Lang,
) -> Result<String, CliError> {
    let current = services
        .store
        .acting_assignments()?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(CliError::UnknownActing(id))?;
    let on = on.unwrap_or_else(|| services.today());
    services.execute(Command::SaveActing {
        acting: ActingAssignment { to: on, ..current },
        reason: reason.to_string(),
    })?;
    Ok(crate::cli::words::acting_ended(lang, id, on))
}

/// The employee with this NIP (blanks allowed).
fn employee_by_nip(services: &Services, nip: &str) -> Result<EmployeeId, CliError> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    services
        .register
        .employee_by_nip(&Nip::from_trusted(digits))
        .ok_or_else(|| CliError::UnknownNip(nip.trim().to_string()))
}

fn name(services: &Services, id: EmployeeId) -> String {
    services
        .register
        .employee(id)
        .map(|e| e.name.full())
        .unwrap_or_else(|| "-".into())
}

fn nip(services: &Services, id: EmployeeId) -> String {
    services
        .register
        .employee(id)
        .map(|e| e.nip.as_str().to_string())
        .unwrap_or_else(|| "-".into())
}

/// One line per assignment, id order: who acts, for whom, the period, whether it holds today.
fn list(services: &Services, lang: Lang) -> Result<String, CliError> {
    let all = services.store.acting_assignments()?;
    if all.is_empty() {
        return Ok(crate::cli::words::no_acting(lang).to_string());
    }
    let today = services.today();
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                name(services, a.acting),
                nip(services, a.acting),
                name(services, a.for_supervisor),
                nip(services, a.for_supervisor),
                crate::cli::words::acting_period(lang, a.from, a.to),
                crate::cli::words::acting_state(lang, a, today).to_string(),
            ]
        })
        .collect();
    Ok(table(&crate::cli::words::acting_list_header(lang), &rows))
}

/// Columns padded to their widest cell (by characters), the last one not padded.
pub(super) fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        let last = cells.len().saturating_sub(1);
        for (i, c) in cells.iter().enumerate() {
            s.push_str(c);
            if i < last {
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        s.trim_end().to_string()
    };
    let mut out = vec![line(header.to_vec())];
    for r in rows {
        out.push(line(r.iter().map(String::as_str).collect()));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(date("--from", "01/12/2026").unwrap(), d(2026, 12, 1));
        assert_eq!(date("--from", " 1/2/2027 ").unwrap(), d(2027, 2, 1));
        assert_eq!(date("--to", "2026-12-31").unwrap(), d(2026, 12, 31));
        let today = d(2026, 11, 30);
        assert_eq!(date_on("--to", "01/12/26", today).unwrap(), d(2026, 12, 1));
        for bad in [
            "31/02/2026",
            "1/12/026",
            "12/31/2026",
            "besok",
            "",
            "31/12/9999",
        ] {
            assert!(
                matches!(
                    date("--to", bad),
                    Err(CliError::BadDate { arg: "--to", .. })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn table_pads_by_characters() {
        let t = table(
            &["ID", "NAMA", "X"],
            &[vec!["1".into(), "Ré".into(), "a".into()]],
        );
        assert_eq!(t, "ID  NAMA  X\n1   Ré    a");
    }
}
