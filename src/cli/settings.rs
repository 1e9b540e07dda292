//! `kinerja pengaturan list|ubah`: the office settings at the command line. Runs as the local
//! operator through `Services::execute` like `kinerja periode`, so each change is checked by
//! the domain and recorded in the audit trail (old -> new).

use std::path::Path;

use super::args::SettingsCmd;
use super::error::CliError;
use super::settings_words as words;
use crate::app::settings::{Command as SettingsCommand, Done, Note};
use crate::app::{Command, Outcome, Services};
use crate::domain::ruledata::SettingKey;
use crate::domain::OfficeSettings;
use crate::i18n::{settings as say, Lang};

pub fn run(db: &Path, cmd: SettingsCmd, lang: Lang) -> Result<(), CliError> {
    let message = match cmd {
        SettingsCmd::List => list(&super::open_services(db, super::cli_actor())?, lang)?,
        SettingsCmd::Ubah(a) => {
            // Words are checked before the database is opened (and possibly locked).
            let key = SettingKey::parse(&a.key).map_err(CliError::Setting)?;
            let value = key.parse_value(&a.value).map_err(CliError::Setting)?;
            let mut services = super::open_services(db, super::cli_actor())?;
            let before = services.office_settings()?;
            let mut after = before.clone();
            after.set(key, value).map_err(CliError::Setting)?;
            let outcome = services.execute(Command::Settings(SettingsCommand::Save {
                settings: after.clone(),
                reason: a.alasan.unwrap_or_default(),
            }))?;
            match outcome {
                Outcome::Settings(Done::Saved(keys)) => {
                    let mut lines = vec![say::note(lang, &Note::Done(Done::Saved(keys.clone())))];
                    lines.extend(keys.iter().map(|k| {
                        words::change_line(
                            lang,
                            *k,
                            &say::value(lang, *k, before.get(*k)),
                            &say::value(lang, *k, after.get(*k)),
                        )
                    }));
                    lines.join("\n")
                }
                _ => say::note(lang, &Note::Done(Done::Unchanged)),
            }
        }
    };
    super::write_stdout(format!("{message}\n").as_bytes())
}

/// One line per setting: key, value as typed back, whether it is the default, its label.
fn list(services: &Services, lang: Lang) -> Result<String, CliError> {
    let now = services.office_settings()?;
    let defaults = OfficeSettings::default();
    let rows: Vec<Vec<String>> = SettingKey::all()
        .into_iter()
        .map(|k| {
            vec![
                k.code().to_string(),
                now.get(k).code(),
                words::yes_no(lang, now.get(k) == defaults.get(k)).to_string(),
                say::label(lang, k),
            ]
        })
        .collect();
    Ok(super::acting::table(&words::list_header(lang), &rows))
}
