//! NIP (Nomor Induk Pegawai), domain.md 1.1.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::EmployeeKind;

/// NIP: the 18-digit employee number, stored without separators.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Nip(String);

/// Why a NIP was refused; the UI translates each case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    #[error("empty")]
    Empty,
    #[error("not digits")]
    NotDigits,
    #[error("length {0}")]
    Length(usize),
    #[error("birth date")]
    BirthDate,
    #[error("appointment month")]
    AppointmentMonth,
    #[error("appointed before 15")]
    AppointedTooYoung,
    #[error("sex digit")]
    Sex,
    #[error("serial 000")]
    Serial,
    #[error("pppk marker")]
    PppkMarker,
    /// The birth date in the NIP is after today.
    #[error("born in the future")]
    BornInFuture,
    /// The appointment month (year for PPPK) in the NIP is after today's.
    #[error("appointed in the future")]
    AppointedInFuture,
}

impl Nip {
    /// Parses user input (spaces allowed) and validates it by the employee kind.
    pub fn parse(input: &str, kind: EmployeeKind) -> Result<Nip, NipError> {
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.is_empty() {
            return Err(NipError::Empty);
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(NipError::NotDigits);
        }
        if digits.len() != 18 {
            return Err(NipError::Length(digits.len()));
        }
        let b = digits.as_bytes();
        let birth = birth_date(b).ok_or(NipError::BirthDate)?;
        match kind {
            EmployeeKind::Pns => {
                let year = num(&b[8..12]) as i32;
                let month = num(&b[12..14]);
                if !(1..=12).contains(&month) {
                    return Err(NipError::AppointmentMonth);
                }
                // Appointment month must not be before the month the person turned 15.
                let adult = (birth.year() + 15) * 12 + birth.month0() as i32;
                if year * 12 + (month as i32 - 1) < adult {
                    return Err(NipError::AppointedTooYoung);
                }
                if !matches!(b[14], b'1' | b'2') {
                    return Err(NipError::Sex);
                }
            }
            EmployeeKind::Pppk => {
                let year = num(&b[8..12]) as i32;
                if year < birth.year() + 15 {
                    return Err(NipError::AppointedTooYoung);
                }
                if b[12] != b'2' || !(b'1'..=b'9').contains(&b[13]) {
                    return Err(NipError::PppkMarker);
                }
                if !matches!(b[14], b'1' | b'2') {
                    return Err(NipError::Sex);
                }
            }
        }
        if &b[15..18] == b"000" {
            return Err(NipError::Serial);
        }
        Ok(Nip(digits))
    }

    /// The dated check beside [`Nip::parse`]: the NIP's birth date and appointment are not in
    /// the future. `today` comes from the caller (the domain reads no clock).
    pub fn check_dates(&self, kind: EmployeeKind, today: NaiveDate) -> Result<(), NipError> {
        if self.birth_date().is_some_and(|b| b > today) {
            return Err(NipError::BornInFuture);
        }
        if self.appointment(kind).is_some_and(|a| a > today) {
            return Err(NipError::AppointedInFuture);
        }
        Ok(())
    }

    /// The first day of the appointment month (PNS) or year (PPPK) in the NIP.
    pub fn appointment(&self, kind: EmployeeKind) -> Option<NaiveDate> {
        let b = self.0.as_bytes();
        if b.len() != 18 || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let year = num(&b[8..12]) as i32;
        let month = match kind {
            EmployeeKind::Pns => num(&b[12..14]),
            EmployeeKind::Pppk => 1,
        };
        NaiveDate::from_ymd_opt(year, month, 1)
    }

    /// Wraps digits already validated (for records read back from the store).
    pub fn from_trusted(digits: String) -> Nip {
        Nip(digits)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Display form `19860926 201505 1 001`.
    pub fn grouped(&self) -> String {
        let s = &self.0;
        if s.len() != 18 {
            return s.clone();
        }
        format!("{} {} {} {}", &s[0..8], &s[8..14], &s[14..15], &s[15..18])
    }

    pub fn birth_date(&self) -> Option<NaiveDate> {
        birth_date(self.0.as_bytes())
    }

    /// Sex digit: 1 male, 2 female.
    pub fn is_female(&self) -> bool {
        self.0.as_bytes().get(14) == Some(&b'2')
    }
}

impl std::fmt::Display for Nip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.grouped())
    }
}

fn num(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
}

fn birth_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() < 8 {
        return None;
    }
    NaiveDate::from_ymd_opt(num(&b[0..4]) as i32, num(&b[4..6]), num(&b[6..8]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EmployeeKind::{Pns, Pppk};

    #[test]
    fn valid_pns_with_spaces_is_stripped() {
        let nip = Nip::parse("19860926 201505 1 001", Pns).unwrap();
        assert_eq!(nip.as_str(), "198609262015051001");
        assert_eq!(nip.grouped(), "19860926 201505 1 001");
        assert!(!nip.is_female());
    }

    #[test]
    fn pns_cases() {
        let cases: &[(&str, Result<(), NipError>)] = &[
            ("198609262015052001", Ok(())),
            ("", Err(NipError::Empty)),
            ("   ", Err(NipError::Empty)),
            ("19860926201505100", Err(NipError::Length(17))),
            ("1986092620150510011", Err(NipError::Length(19))),
            ("19860926-201505-1-001", Err(NipError::NotDigits)),
            ("1986092620150510a1", Err(NipError::NotDigits)),
            ("198602302015051001", Err(NipError::BirthDate)), // 30 Feb
            ("198613012015051001", Err(NipError::BirthDate)), // month 13
            ("198609262015001001", Err(NipError::AppointmentMonth)),
            ("198609262015131001", Err(NipError::AppointmentMonth)),
            ("198609262001081001", Err(NipError::AppointedTooYoung)), // 14 y 11 m
            ("198609262001091001", Ok(())),                           // turned 15 that month
            ("198609262015053001", Err(NipError::Sex)),
            ("198609262015050001", Err(NipError::Sex)),
            ("198609262015051000", Err(NipError::Serial)),
            ("200002292020011999", Ok(())), // leap day
            ("200102292020011001", Err(NipError::BirthDate)),
        ];
        for (input, want) in cases {
            let got = Nip::parse(input, Pns).map(|_| ());
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn dates_in_the_future_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let cases: &[(&str, EmployeeKind, Result<(), NipError>)] = &[
            ("198609262015051001", Pns, Ok(())),
            // The example: born 2030, appointed 2080 (a valid format).
            ("203001012080011001", Pns, Err(NipError::BornInFuture)),
            ("199001012026111001", Pns, Ok(())), // appointed this month
            ("199001012026121001", Pns, Err(NipError::AppointedInFuture)),
            ("199001012026211001", Pppk, Ok(())),
            ("199001012027211001", Pppk, Err(NipError::AppointedInFuture)),
            ("202611302045011001", Pns, Err(NipError::AppointedInFuture)),
        ];
        for (input, kind, want) in cases {
            let nip = Nip::parse(input, *kind).unwrap();
            assert_eq!(&nip.check_dates(*kind, today), want, "{input}");
        }
    }

    #[test]
    fn pppk_cases() {
        let cases: &[(&str, Result<(), NipError>)] = &[
            ("199001012021211001", Ok(())),
            ("199001012021292001", Ok(())),
            ("199001012021201001", Err(NipError::PppkMarker)), // digit after 2 is 0
            ("199001012021311001", Err(NipError::PppkMarker)),
            ("199001012021213001", Err(NipError::Sex)),
            ("199001012021211000", Err(NipError::Serial)),
            ("199001012000211001", Err(NipError::AppointedTooYoung)),
            ("199013012021211001", Err(NipError::BirthDate)),
        ];
        for (input, want) in cases {
            let got = Nip::parse(input, Pppk).map(|_| ());
            assert_eq!(&got, want, "input {input:?}");
        }
        // A PNS number is not a valid PPPK number and the other way round.
        assert!(Nip::parse("198609262015051001", Pppk).is_err());
        assert!(Nip::parse("199001012021211001", Pns).is_err());
    }
}
