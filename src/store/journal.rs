//! The undo journal of a large commit (see `commit`): before the first write, the values every
//! key had (the pre-images; `None` for a key that did not exist) are stored as ONE value under
//! [`keys::JOURNAL_KEY`] in the meta tree and flushed. Then the writes go to the data tree one
//! by one, then the journal is removed and the database flushed again.
//!
//! A journal found when the database is opened belongs to a commit that never returned `Ok`
//! (a crash, a kill, a full disk): its pre-images are written back, which undoes whatever part
//! of the commit had reached the disk, and the journal is removed. Restoring is idempotent, so
//! a crash during recovery is recovered at the next open.

use serde::{Deserialize, Serialize, Serializer};
use sled::IVec;

use super::codec::{self, Kind};
use super::{keys, StoreError};

/// Envelope version of the journal.
const VERSION: u16 = 2;

/// A key and the value it had before the commit.
pub type PreImage = (Vec<u8>, Option<IVec>);

/// Serialises as a byte string (bincode: length + raw bytes), not as a sequence of u8.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

#[derive(Serialize)]
struct JournalOut<'a> {
    undo: Vec<(Bytes<'a>, Option<Bytes<'a>>)>,
}

/// Same layout as [`JournalOut`]; byte strings borrowed from the stored value.
#[derive(Deserialize)]
struct JournalIn<'a> {
    #[serde(borrow)]
    undo: Vec<(&'a [u8], Option<&'a [u8]>)>,
}

/// Stores the journal durably. Must succeed before the first write of the commit.
pub fn begin(db: &sled::Db, meta: &sled::Tree, undo: &[PreImage]) -> Result<(), StoreError> {
    let out = JournalOut {
        undo: undo
            .iter()
            .map(|(k, v)| (Bytes(k), v.as_deref().map(Bytes)))
            .collect(),
    };
    let value = codec::encode(keys::JOURNAL_KEY, Kind::Journal, VERSION, &out)?;
    meta.insert(keys::JOURNAL_KEY, value)?;
    db.flush()?;
    Ok(())
}

/// Removes the journal: the commit is complete (or undone). Flushes.
pub fn end(db: &sled::Db, meta: &sled::Tree) -> Result<(), StoreError> {
    meta.remove(keys::JOURNAL_KEY)?;
    db.flush()?;
    Ok(())
}

/// Writes the pre-images back into `data`.
pub fn restore<'a>(
    data: &sled::Tree,
    undo: impl IntoIterator<Item = (&'a [u8], Option<&'a [u8]>)>,
) -> Result<(), StoreError> {
    for (k, v) in undo {
        match v {
            Some(v) => data.insert(k, v)?,
            None => data.remove(k)?,
        };
    }
    Ok(())
}

/// Undoes an interrupted commit, if the journal says there was one. Returns whether it did.
pub fn recover(db: &sled::Db, meta: &sled::Tree, data: &sled::Tree) -> Result<bool, StoreError> {
    let Some(value) = meta.get(keys::JOURNAL_KEY)? else {
        return Ok(false);
    };
    let journal: JournalIn<'_> = codec::decode_journal(keys::JOURNAL_KEY, &value, &[VERSION])?;
    log::warn!(
        "undoing an interrupted commit ({} keys)",
        journal.undo.len()
    );
    restore(data, journal.undo)?;
    db.flush()?;
    end(db, meta)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_commit_is_undone() {
        let db = sled::Config::new().temporary(true).open().unwrap();
        let meta = db.open_tree("meta").unwrap();
        let data = db.open_tree("data").unwrap();
        data.insert(b"kept", b"old").unwrap();
        data.insert(b"changed", b"old").unwrap();
        data.insert(b"removed", b"old").unwrap();
        let undo: Vec<PreImage> = vec![
            (b"changed".to_vec(), Some(IVec::from(&b"old"[..]))),
            (b"removed".to_vec(), Some(IVec::from(&b"old"[..]))),
            (b"added".to_vec(), None),
            (b"never-written".to_vec(), None),
        ];
        begin(&db, &meta, &undo).unwrap();
        // Part of the commit reached the tree, then the process died.
        data.insert(b"changed", b"new").unwrap();
        data.remove(b"removed").unwrap();
        data.insert(b"added", b"new").unwrap();

        assert!(recover(&db, &meta, &data).unwrap());
        let all: Vec<(IVec, IVec)> = data.iter().map(Result::unwrap).collect();
        let want: Vec<(IVec, IVec)> = [("changed", "old"), ("kept", "old"), ("removed", "old")]
            .iter()
            .map(|(k, v)| (IVec::from(k.as_bytes()), IVec::from(v.as_bytes())))
            .collect();
        assert_eq!(all, want);
        assert_eq!(meta.get(keys::JOURNAL_KEY).unwrap(), None);
        // Nothing left to recover.
        assert!(!recover(&db, &meta, &data).unwrap());
    }

    #[test]
    fn a_corrupt_journal_is_an_error() {
        let db = sled::Config::new().temporary(true).open().unwrap();
        let meta = db.open_tree("meta").unwrap();
        let data = db.open_tree("data").unwrap();
        begin(&db, &meta, &[(b"k".to_vec(), None)]).unwrap();
        let mut v = meta.get(keys::JOURNAL_KEY).unwrap().unwrap().to_vec();
        v.pop();
        meta.insert(keys::JOURNAL_KEY, v).unwrap();
        assert!(matches!(
            recover(&db, &meta, &data),
            Err(StoreError::Corrupt { .. })
        ));
    }
}
