//! Small helpers for code running inside a sled transaction.

use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::StoreError;

/// What a transaction body returns: our error aborts, sled's conflicts and storage errors pass.
pub type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

/// Aborts the transaction with `e`.
pub fn abort(e: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(e)
}

/// The outcome of a whole transaction as a store result.
pub fn finish<T>(r: Result<T, TransactionError<StoreError>>) -> Result<T, StoreError> {
    match r {
        Ok(v) => Ok(v),
        Err(TransactionError::Abort(e)) => Err(e),
        Err(TransactionError::Storage(e)) => Err(e.into()),
    }
}
