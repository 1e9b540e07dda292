//! Numbers as offices type them: `12`, `12.5` or `12,5` (one decimal separator, either one).

/// Why a typed number is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("empty")]
    Empty,
    #[error("not a number: {0:?}")]
    NotANumber(String),
}

/// Parses a non-negative decimal in Indonesian or English style. No thousands separators: in
/// `1.000` the dot would be ambiguous, so a number has at most one separator, read as decimal.
pub fn parse(input: &str) -> Result<f64, NumberError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    let bad = || NumberError::NotANumber(s.to_string());
    let mut seps = 0;
    for c in s.chars() {
        match c {
            '0'..='9' => {}
            '.' | ',' => seps += 1,
            _ => return Err(bad()),
        }
    }
    let normal = s.replace(',', ".");
    if seps > 1 || normal.starts_with('.') || normal.ends_with('.') {
        return Err(bad());
    }
    let v: f64 = normal.parse().map_err(|_| bad())?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_and_english_decimals() {
        assert_eq!(parse("12"), Ok(12.0));
        assert_eq!(parse(" 12.5 "), Ok(12.5));
        assert_eq!(parse("12,5"), Ok(12.5));
        assert_eq!(parse("0"), Ok(0.0));
        assert_eq!(parse("150"), Ok(150.0));
    }

    #[test]
    fn refusals() {
        assert_eq!(parse("  "), Err(NumberError::Empty));
        for s in [
            "12,5,1", "1.000,5", "abc", "-3", "12 5", ",5", "5.", "1e3", "12%",
        ] {
            assert_eq!(parse(s), Err(NumberError::NotANumber(s.to_string())), "{s}");
        }
    }
}
