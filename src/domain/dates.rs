//! Compact serde form for dates: days from the common era, so records stay small and fast.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn to_days(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    d.num_days_from_ce()
}

pub fn from_days(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days)
}

pub mod opt {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        d.map(to_days).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<i32>::deserialize(d)? {
            None => Ok(None),
            Some(n) => from_days(n)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("date out of range")),
        }
    }
}

pub mod req {
    use super::*;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        to_days(*d).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        from_days(i32::deserialize(d)?).ok_or_else(|| serde::de::Error::custom("date out of range"))
    }
}

/// Why typed text is not a date; the UI and CLI word each case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not `DD/MM/YYYY` (or `-`, `.`), `DD/MM/YY` or ISO `YYYY-MM-DD`.
    #[error("not a date")]
    Format,
    /// A year of 1 or 3 digits (`1/1/20` must not become the year 20 by accident).
    #[error("year of 2 or 4 digits")]
    YearDigits,
    /// Well formed, but no such day (31/02, month 13).
    #[error("no such day")]
    NoSuchDay,
}

/// Reads a date as offices type it: `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (day and month of
/// one or two digits), ISO `YYYY-MM-DD`, and `DD/MM/YY`. A two-digit year is in this century
/// when it is not after this year's two digits (`today`), else in the last one: in 2026 `26`
/// is 2026 and `27` is 1927. Years of 1 or 3 digits are refused.
pub fn parse_dmy(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    use chrono::Datelike;
    let s = input.trim();
    let sep = s
        .chars()
        .find(|c| matches!(c, '/' | '-' | '.'))
        .ok_or(DateError::Format)?;
    let parts: Vec<&str> = s.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return Err(DateError::Format);
    };
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(a) && digits(b) && digits(c)) {
        return Err(DateError::Format);
    }
    let n = |p: &str| p.parse::<u32>().map_err(|_| DateError::Format);
    let (day, month, year) = if a.len() == 4 && sep == '-' {
        if b.len() > 2 || c.len() > 2 {
            return Err(DateError::Format);
        }
        (n(c)?, n(b)?, n(a)? as i32)
    } else {
        if a.len() > 2 || b.len() > 2 {
            return Err(DateError::Format);
        }
        let year = match c.len() {
            4 => n(c)? as i32,
            2 => {
                let yy = n(c)? as i32;
                let this = today.year();
                let century = this - this.rem_euclid(100);
                if yy <= this.rem_euclid(100) {
                    century + yy
                } else {
                    century - 100 + yy
                }
            }
            _ => return Err(DateError::YearDigits),
        };
        (n(a)?, n(b)?, year)
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn typed_dates() {
        let today = d(2026, 11, 30);
        let cases: &[(&str, Result<NaiveDate, DateError>)] = &[
            ("01/12/2025", Ok(d(2025, 12, 1))),
            ("1/2/2025", Ok(d(2025, 2, 1))),
            ("01-12-2025", Ok(d(2025, 12, 1))),
            ("01.12.2025", Ok(d(2025, 12, 1))),
            (" 2025-12-01 ", Ok(d(2025, 12, 1))),
            ("1/1/20", Ok(d(2020, 1, 1))),
            ("1/1/26", Ok(d(2026, 1, 1))),
            ("1/1/27", Ok(d(1927, 1, 1))),
            ("15.08.85", Ok(d(1985, 8, 15))),
            ("1/1/020", Err(DateError::YearDigits)),
            ("1/1/2", Err(DateError::YearDigits)),
            ("31/02/2025", Err(DateError::NoSuchDay)),
            ("01/13/2025", Err(DateError::NoSuchDay)),
            ("01/12", Err(DateError::Format)),
            ("01/12-2025", Err(DateError::Format)),
            ("1 Jan 2025", Err(DateError::Format)),
            ("", Err(DateError::Format)),
            ("001/12/2025", Err(DateError::Format)),
        ];
        for (input, want) in cases {
            assert_eq!(&parse_dmy(input, today), want, "{input:?}");
        }
        // The century rule moves with today's year.
        assert_eq!(parse_dmy("1/1/27", d(2027, 1, 1)), Ok(d(2027, 1, 1)));
    }
}
