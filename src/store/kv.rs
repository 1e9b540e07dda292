//! The read/write view a commit works on, with two backends:
//!
//! * [`TransactionalTree`]: a sled transaction (small commits);
//! * [`Overlay`]: reads go to the tree under the writes made so far, writes are collected in
//!   memory with the pre-images of their keys, for a journaled write (large commits, see
//!   `commit`).
//!
//! The commit logic is written once against [`Kv`], so both backends write the same bytes.

use std::cell::RefCell;
use std::collections::HashMap;

use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::IVec;

use super::journal::PreImage;
use super::StoreError;

pub trait Kv {
    /// The backend's error: must carry a [`StoreError`] that aborts the whole commit.
    type Error;
    fn get(&self, key: &[u8]) -> Result<Option<IVec>, Self::Error>;
    fn insert(&self, key: Vec<u8>, value: Vec<u8>) -> Result<(), Self::Error>;
    fn remove(&self, key: Vec<u8>) -> Result<(), Self::Error>;
    /// Wraps a store error so that it aborts the commit.
    fn abort(e: StoreError) -> Self::Error;
}

impl Kv for TransactionalTree {
    type Error = ConflictableTransactionError<StoreError>;

    fn get(&self, key: &[u8]) -> Result<Option<IVec>, Self::Error> {
        Ok(TransactionalTree::get(self, key)?)
    }

    fn insert(&self, key: Vec<u8>, value: Vec<u8>) -> Result<(), Self::Error> {
        TransactionalTree::insert(self, key, value)?;
        Ok(())
    }

    fn remove(&self, key: Vec<u8>) -> Result<(), Self::Error> {
        TransactionalTree::remove(self, key)?;
        Ok(())
    }

    fn abort(e: StoreError) -> Self::Error {
        ConflictableTransactionError::Abort(e)
    }
}

/// Pending writes over a tree, and the values the tree held for the keys read. Only sound
/// while nobody else writes the tree: the store holds the database lock (one process) and its
/// writer lock (one writer in the process).
pub struct Overlay<'t> {
    tree: &'t sled::Tree,
    /// New values, with the order in which each key was first written.
    writes: RefCell<HashMap<Vec<u8>, Ordered>>,
    /// What the tree held, for every key read from it.
    reads: RefCell<HashMap<Vec<u8>, Option<IVec>>>,
}

/// The rank of a key's first write, and its new value (`None`: remove).
type Ordered = (usize, Option<IVec>);

/// Writes to make: a key and its new value (`None`: remove).
pub type Writes = Vec<(Vec<u8>, Option<IVec>)>;

impl<'t> Overlay<'t> {
    pub fn new(tree: &'t sled::Tree) -> Overlay<'t> {
        Overlay {
            tree,
            writes: RefCell::new(HashMap::new()),
            reads: RefCell::new(HashMap::new()),
        }
    }

    /// The collected writes, and for each written key the value the tree holds now (read
    /// for the keys the commit never looked at).
    pub fn finish(self) -> Result<(Writes, Vec<PreImage>), StoreError> {
        let reads = self.reads.into_inner();
        // In the order the commit made them: record, its index entries, its audit entry, the
        // next record... sled takes that several times faster than hash order or key order.
        let mut ordered: Vec<_> = self.writes.into_inner().into_iter().collect();
        ordered.sort_unstable_by_key(|(_, (n, _))| *n);
        let writes: Writes = ordered.into_iter().map(|(k, (_, v))| (k, v)).collect();
        let mut undo = Vec::with_capacity(writes.len());
        for (k, _) in &writes {
            let before = match reads.get(k) {
                Some(v) => v.clone(),
                None => self.tree.get(k)?,
            };
            undo.push((k.clone(), before));
        }
        Ok((writes, undo))
    }
}

impl Overlay<'_> {
    fn write(&self, key: Vec<u8>, value: Option<IVec>) {
        let mut writes = self.writes.borrow_mut();
        let next = writes.len();
        writes
            .entry(key)
            .and_modify(|(_, v)| *v = value.clone())
            .or_insert((next, value));
    }
}

impl Kv for Overlay<'_> {
    type Error = StoreError;

    fn get(&self, key: &[u8]) -> Result<Option<IVec>, StoreError> {
        if let Some((_, w)) = self.writes.borrow().get(key) {
            return Ok(w.clone());
        }
        if let Some(r) = self.reads.borrow().get(key) {
            return Ok(r.clone());
        }
        let v = self.tree.get(key)?;
        self.reads.borrow_mut().insert(key.to_vec(), v.clone());
        Ok(v)
    }

    fn insert(&self, key: Vec<u8>, value: Vec<u8>) -> Result<(), StoreError> {
        self.write(key, Some(IVec::from(value)));
        Ok(())
    }

    fn remove(&self, key: Vec<u8>) -> Result<(), StoreError> {
        self.write(key, None);
        Ok(())
    }

    fn abort(e: StoreError) -> StoreError {
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_reads_its_own_writes_and_keeps_pre_images() {
        let db = sled::Config::new().temporary(true).open().unwrap();
        let tree = db.open_tree("t").unwrap();
        tree.insert(b"a", b"1").unwrap();
        tree.insert(b"b", b"2").unwrap();
        let o = Overlay::new(&tree);
        assert_eq!(o.get(b"a").unwrap().as_deref(), Some(&b"1"[..]));
        o.insert(b"a".to_vec(), b"9".to_vec()).unwrap();
        o.remove(b"b".to_vec()).unwrap();
        o.insert(b"c".to_vec(), b"3".to_vec()).unwrap();
        assert_eq!(o.get(b"a").unwrap().as_deref(), Some(&b"9"[..]));
        assert_eq!(o.get(b"b").unwrap(), None);
        // Nothing reaches the tree before the batch is applied.
        assert_eq!(tree.get(b"a").unwrap().as_deref(), Some(&b"1"[..]));
        assert_eq!(tree.get(b"c").unwrap(), None);
        let (mut writes, mut undo) = o.finish().unwrap();
        writes.sort();
        undo.sort();
        let iv = |s: &[u8]| Some(IVec::from(s));
        assert_eq!(
            writes,
            [
                (b"a".to_vec(), iv(b"9")),
                (b"b".to_vec(), None),
                (b"c".to_vec(), iv(b"3"))
            ]
        );
        // Pre-images: what the tree held before, read or not during the commit.
        assert_eq!(
            undo,
            [
                (b"a".to_vec(), iv(b"1")),
                (b"b".to_vec(), iv(b"2")),
                (b"c".to_vec(), None)
            ]
        );
    }
}
