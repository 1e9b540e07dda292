//! The session's language, a value the app keeps and `i18n` reads.

/// The language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia (default).
    #[default]
    Id,
    En,
}

impl Lang {
    /// `id`/`en` (also `id_ID.UTF-8`-style values); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("en") {
            Some(Lang::En)
        } else if s.starts_with("id") || s.starts_with("in") {
            Some(Lang::Id)
        } else {
            None
        }
    }

    /// `--lang` wins, then `KINERJA_LANG`, then Indonesian.
    pub fn resolve(flag: Option<&str>) -> Lang {
        flag.and_then(Lang::parse)
            .or_else(|| {
                std::env::var("KINERJA_LANG")
                    .ok()
                    .as_deref()
                    .and_then(Lang::parse)
            })
            .unwrap_or_default()
    }

    /// Picks the text of this language.
    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}
