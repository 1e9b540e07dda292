//! Opening: the lock, a newer schema, a fresh database.

mod store_support;

use kinerja::store::{Store, StoreError, SCHEMA_VERSION};
use store_support::*;

#[test]
fn second_open_in_the_same_process_is_locked() {
    let (_dir, path) = temp_db();
    let first = Store::open(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::Locked(p)) => assert_eq!(p, path),
        Err(other) => panic!("expected Locked, got {other:?}"),
        Ok(_) => panic!("opened a database held by another Store"),
    }
    // The holder is unaffected, and once it is gone the database opens again.
    seed(&first);
    drop(first);
    let again = Store::open(&path).unwrap();
    assert_eq!(again.employees().unwrap().len(), 3);
}

#[test]
fn other_io_errors_are_not_locked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-directory");
    std::fs::write(&file, b"x").unwrap();
    match Store::open(&file) {
        Err(StoreError::Io(_)) => {}
        Err(other) => panic!("expected Io, got {other:?}"),
        Ok(_) => panic!("opened a database on a plain file"),
    }
}

#[test]
fn a_newer_schema_is_refused() {
    let (_dir, path) = temp_db();
    {
        let db = raw_sled(&path);
        let meta = db.open_tree("meta").unwrap();
        meta.insert("schema_version", &99u32.to_be_bytes()[..])
            .unwrap();
        db.flush().unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::NewerSchema { found, supported }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        Err(other) => panic!("expected NewerSchema, got {other:?}"),
        Ok(_) => panic!("opened a schema 99 database"),
    }
    // Refusing did not touch the version.
    let db = raw_sled(&path);
    let v = db.open_tree("meta").unwrap().get("schema_version").unwrap();
    assert_eq!(v.as_deref(), Some(&99u32.to_be_bytes()[..]));
}

#[test]
fn a_fresh_database_records_the_current_schema() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let db = raw_sled(&path);
    let v = db.open_tree("meta").unwrap().get("schema_version").unwrap();
    assert_eq!(v.as_deref(), Some(&SCHEMA_VERSION.to_be_bytes()[..]));
}

#[test]
fn a_corrupt_record_is_an_error_not_a_panic() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
    }
    {
        let db = raw_sled(&path);
        let data = db.open_tree("data").unwrap();
        let key = data.scan_prefix(b"E").next().unwrap().unwrap().0;
        let mut value = data.get(&key).unwrap().unwrap().to_vec();
        value.push(0);
        data.insert(key, value).unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    match store.employees() {
        Err(StoreError::Corrupt { key, detail }) => {
            assert_eq!(key, "employee/1");
            assert!(detail.contains("trailing"), "{detail}");
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
}
