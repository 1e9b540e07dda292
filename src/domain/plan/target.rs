//! Target (domain.md 3): a number, a range such as `7-8`, or a narrative for the qualitative
//! approach; parsed from what the user types, errors as values.

use serde::{Deserialize, Serialize};

use super::number::{self, NumberError};
use super::Approach;

/// Target of an indicator (IKI). The unit (satuan) is kept beside it on the indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Target {
    /// One number, e.g. `150` (berkas).
    Number(f64),
    /// A range, e.g. `7-8` (bulan); `min <= max`.
    Range { min: f64, max: f64 },
    /// Kualitatif: indicator and target as one narrative.
    Narrative(String),
}

/// Why a typed target is refused (the UI translates each).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("empty target")]
    Empty,
    #[error("target is not a number: {0:?}")]
    NotANumber(String),
    #[error("range minimum {min} is above its maximum {max}")]
    RangeReversed { min: String, max: String },
}

impl From<NumberError> for TargetError {
    fn from(e: NumberError) -> TargetError {
        match e {
            NumberError::Empty => TargetError::Empty,
            NumberError::NotANumber(s) => TargetError::NotANumber(s),
        }
    }
}

impl Target {
    /// Parses a target for a plan of `approach`. Quantitative: `12`, `12,5`, `7-8`
    /// (a range with min > max is refused). Qualitative: any non-empty text.
    pub fn parse(input: &str, approach: Approach) -> Result<Target, TargetError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(TargetError::Empty);
        }
        if approach == Approach::Qualitative {
            return Ok(Target::Narrative(s.to_string()));
        }
        match s.split_once('-') {
            None => Ok(Target::Number(number::parse(s)?)),
            Some((lo, hi)) => {
                let (min, max) = (number::parse(lo)?, number::parse(hi)?);
                if min > max {
                    return Err(TargetError::RangeReversed {
                        min: lo.trim().to_string(),
                        max: hi.trim().to_string(),
                    });
                }
                Ok(Target::Range { min, max })
            }
        }
    }

    pub fn is_numeric(&self) -> bool {
        !matches!(self, Target::Narrative(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Approach::*;

    #[test]
    fn numbers_ranges_narratives() {
        assert_eq!(Target::parse("12", Quantitative), Ok(Target::Number(12.0)));
        assert_eq!(
            Target::parse("12.5", Quantitative),
            Ok(Target::Number(12.5))
        );
        assert_eq!(
            Target::parse("12,5", Quantitative),
            Ok(Target::Number(12.5))
        );
        assert_eq!(
            Target::parse("7-8", Quantitative),
            Ok(Target::Range { min: 7.0, max: 8.0 })
        );
        assert_eq!(
            Target::parse(" 7,5 - 8 ", Quantitative),
            Ok(Target::Range { min: 7.5, max: 8.0 })
        );
        assert_eq!(
            Target::parse("8-8", Quantitative),
            Ok(Target::Range { min: 8.0, max: 8.0 })
        );
        assert_eq!(
            Target::parse(" Laporan diterima pimpinan tepat waktu ", Qualitative),
            Ok(Target::Narrative(
                "Laporan diterima pimpinan tepat waktu".into()
            ))
        );
    }

    #[test]
    fn refusals_are_values() {
        assert_eq!(Target::parse("  ", Quantitative), Err(TargetError::Empty));
        assert_eq!(Target::parse("", Qualitative), Err(TargetError::Empty));
        assert_eq!(
            Target::parse("dua belas", Quantitative),
            Err(TargetError::NotANumber("dua belas".into()))
        );
        assert_eq!(
            Target::parse("8-7", Quantitative),
            Err(TargetError::RangeReversed {
                min: "8".into(),
                max: "7".into()
            })
        );
        assert_eq!(Target::parse("7-", Quantitative), Err(TargetError::Empty));
        assert_eq!(
            Target::parse("7-8-9", Quantitative),
            Err(TargetError::NotANumber("8-9".into()))
        );
    }
}
