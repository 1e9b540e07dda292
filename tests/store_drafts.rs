//! Drafts of unsaved form input: per account and form, kept across a reopen, no audit entry.

mod store_support;

use kinerja::domain::AccountId;
use kinerja::store::{FormDraft, Store};
use store_support::*;

fn draft(at_ms: i64, fields: &[(&str, &str)]) -> FormDraft {
    FormDraft {
        at_ms,
        fields: fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

#[test]
fn drafts_are_kept_per_account_and_form_across_a_reopen() {
    let (_dir, path) = temp_db();
    let maria = AccountId(1);
    let agus = AccountId(2);
    let typed = draft(5, &[("rhk", "Layanan administrasi"), ("target", "12,5")]);
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.draft(maria, "plan/7").unwrap(), None);
        store.put_draft(maria, "plan/7", &typed).unwrap();
        store
            .put_draft(maria, "plan/7/rhk/2", &draft(6, &[("teks", "x")]))
            .unwrap();
        store
            .put_draft(agus, "plan/7", &draft(7, &[("target", "8-7")]))
            .unwrap();
        // No power cut loses it: the store is dropped without any other call.
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.draft(maria, "plan/7").unwrap(), Some(typed));
    assert_eq!(
        store.draft(agus, "plan/7").unwrap(),
        Some(draft(7, &[("target", "8-7")]))
    );
    let forms: Vec<String> = store
        .drafts_of(maria)
        .unwrap()
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(forms, ["plan/7", "plan/7/rhk/2"]);

    // Replaced, then deleted; deleting again is no error. Other drafts stay.
    let newer = draft(9, &[("target", "13")]);
    store.put_draft(maria, "plan/7", &newer).unwrap();
    assert_eq!(store.draft(maria, "plan/7").unwrap(), Some(newer));
    store.delete_draft(maria, "plan/7").unwrap();
    store.delete_draft(maria, "plan/7").unwrap();
    assert_eq!(store.draft(maria, "plan/7").unwrap(), None);
    assert_eq!(store.drafts_of(maria).unwrap().len(), 1);
    assert_eq!(store.drafts_of(agus).unwrap().len(), 1);
    // Drafts are not records: the audit trail stays empty.
    assert_eq!(store.audit_len().unwrap(), 0);
    assert_eq!(store.audit_trail().unwrap(), []);
}
