//! Feedback-year records (issue 9, no schema bump: an older database has none).

use crate::domain::feedback::FeedbackYear;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of feedback-year records written by this build.
pub const VERSION: u16 = 1;

pub fn encode_year(y: &FeedbackYear) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::feedback_year(y.employee, y.year),
        Kind::FeedbackYear,
        VERSION,
        y,
    )
}

pub fn decode_year(key: &[u8], bytes: &[u8]) -> Result<FeedbackYear, StoreError> {
    let y: FeedbackYear = codec::decode(key, bytes, Kind::FeedbackYear, &[VERSION])?;
    if key != keys::feedback_year(y.employee, y.year).as_slice() {
        return Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!(
                "holds the feedback of employee {} in {}",
                y.employee.0, y.year
            ),
        });
    }
    Ok(y)
}
