//! Realisasi per periodic segment: value, evidence (bukti dukung) and feedback.

use serde::{Deserialize, Serialize};

use super::number::{self, NumberError};

/// The realised value: a number for a numeric target, text for a narrative one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RealizedValue {
    Number(f64),
    Text(String),
}

impl RealizedValue {
    /// A number when `numeric` (Indonesian style accepted), else the trimmed text.
    pub fn parse(input: &str, numeric: bool) -> Result<RealizedValue, NumberError> {
        if numeric {
            number::parse(input).map(RealizedValue::Number)
        } else if input.trim().is_empty() {
            Err(NumberError::Empty)
        } else {
            Ok(RealizedValue::Text(input.trim().to_string()))
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            RealizedValue::Number(n) => Some(*n),
            RealizedValue::Text(_) => None,
        }
    }
}

/// Bukti dukung: what shows the realisation, and where it is (a link or a file path).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Evidence {
    pub description: String,
    pub location: String,
}

/// Realisasi of one indicator in one segment, with the appraiser's continuous feedback
/// (umpan balik berkelanjutan).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Realization {
    /// Segment number from 1 (see `Period::segments`).
    pub segment: u8,
    pub value: RealizedValue,
    pub evidence: Evidence,
    pub feedback: String,
}

impl Realization {
    pub fn has_feedback(&self) -> bool {
        !self.feedback.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_by_kind() {
        assert_eq!(
            RealizedValue::parse("142", true),
            Ok(RealizedValue::Number(142.0))
        );
        assert_eq!(
            RealizedValue::parse("7,5", true),
            Ok(RealizedValue::Number(7.5))
        );
        assert!(RealizedValue::parse("banyak", true).is_err());
        assert_eq!(
            RealizedValue::parse(" selesai ", false),
            Ok(RealizedValue::Text("selesai".into()))
        );
        assert_eq!(RealizedValue::parse(" ", false), Err(NumberError::Empty));
    }
}
