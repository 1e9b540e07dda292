//! Failures in words: the store's, a record gone, a change not allowed or refused.

use super::Lang;
use crate::domain::RecordKind;
use crate::store::StoreError;

pub fn error(lang: Lang, err: &StoreError) -> String {
    match (lang, err) {
        (Lang::Id, StoreError::Locked(p)) => format!(
            "database sedang dipakai oleh proses kinerja lain: {}",
            p.display()
        ),
        (Lang::En, StoreError::Locked(p)) => format!(
            "the database is in use by another kinerja process: {}",
            p.display()
        ),
        (Lang::Id, StoreError::NewerSchema { found, supported }) => format!(
            "database ini dibuat oleh versi kinerja yang lebih baru (skema {found}, versi ini \
             mendukung sampai {supported}); perbarui kinerja terlebih dahulu"
        ),
        (Lang::En, StoreError::NewerSchema { found, supported }) => format!(
            "this database was written by a newer kinerja (schema {found}, this version \
             supports up to {supported}); update kinerja first"
        ),
        (Lang::Id, StoreError::Corrupt { key, detail }) => {
            format!("data rusak pada rekaman {key}: {detail}")
        }
        (Lang::En, StoreError::Corrupt { key, detail }) => {
            format!("corrupt data in record {key}: {detail}")
        }
        (Lang::Id, StoreError::Io(e)) => format!("gagal membaca/menulis database: {e}"),
        (Lang::En, StoreError::Io(e)) => format!("could not read/write the database: {e}"),
        (Lang::Id, StoreError::DuplicateNip { nip, holder }) => {
            format!("NIP {nip} sudah dipakai pegawai lain (id {holder}); tidak ada yang disimpan")
        }
        (Lang::En, StoreError::DuplicateNip { nip, holder }) => format!(
            "NIP {nip} already belongs to another employee (id {holder}); nothing was saved"
        ),
        (Lang::Id, StoreError::DuplicateUsername { username, .. }) => {
            format!("nama pengguna '{username}' sudah dipakai akun lain; tidak ada yang disimpan")
        }
        (Lang::En, StoreError::DuplicateUsername { username, .. }) => format!(
            "the user name '{username}' already belongs to another account; nothing was saved"
        ),
        (Lang::Id, StoreError::DuplicateAccountEmployee { holder, .. }) => {
            format!("pegawai ini sudah mempunyai akun (id {holder}); tidak ada yang disimpan")
        }
        (Lang::En, StoreError::DuplicateAccountEmployee { holder, .. }) => {
            format!("this employee already has an account (id {holder}); nothing was saved")
        }
        (
            _,
            StoreError::StaleRevision {
                kind, by: Some(by), ..
            },
        ) => changed_by(lang, *kind, &by.actor, by.at_ms),
        (Lang::Id, StoreError::StaleRevision { kind, .. }) => format!(
            "{} ini baru saja diubah orang lain; muat ulang lalu ulangi perubahan Anda",
            kind_name(lang, *kind)
        ),
        (Lang::En, StoreError::StaleRevision { kind, .. }) => format!(
            "someone else changed the {} meanwhile; reload it and make your change again",
            kind_name(lang, *kind)
        ),
        (Lang::Id, StoreError::MissingId { kind }) => format!(
            "rekaman {} tanpa id tidak dapat disimpan; tidak ada yang disimpan",
            kind_name(lang, *kind)
        ),
        (Lang::En, StoreError::MissingId { kind }) => format!(
            "cannot store a {} record without an id; nothing was saved",
            kind_name(lang, *kind)
        ),
    }
}

/// The name of a record kind, as in "rekaman pegawai" / "an employee record".
/// A save refused because `actor` saved the record at `at_ms` meanwhile (local time; the
/// date too when it was not today).
pub fn changed_by(lang: Lang, kind: RecordKind, actor: &str, at_ms: i64) -> String {
    let at =
        chrono::DateTime::from_timestamp_millis(at_ms).map(|d| d.with_timezone(&chrono::Local));
    let today = chrono::Local::now().date_naive();
    let when = match at {
        Some(d) if d.date_naive() == today => lang
            .pick(
                &d.format("pukul %H.%M").to_string(),
                &d.format("at %H:%M").to_string(),
            )
            .to_string(),
        Some(d) => lang
            .pick(
                &d.format("pada %d-%m-%Y pukul %H.%M").to_string(),
                &d.format("on %d-%m-%Y at %H:%M").to_string(),
            )
            .to_string(),
        None => String::new(),
    };
    match lang {
        Lang::Id => format!(
            "Data {} ini sudah diubah oleh {actor} {when}; muat ulang lalu ulangi",
            kind_name(lang, kind)
        ),
        Lang::En => format!(
            "{actor} changed the {} {when}; reload it and make your change again",
            kind_name(lang, kind)
        ),
    }
}

pub fn kind_name(lang: Lang, kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Employee => lang.pick("pegawai", "employee"),
        RecordKind::Unit => lang.pick("unit kerja", "unit"),
        RecordKind::Account => lang.pick("akun", "account"),
        RecordKind::Acting => lang.pick("penugasan Plt/Plh", "acting assignment"),
        RecordKind::Plan => lang.pick("SKP", "performance plan"),
        RecordKind::Period => lang.pick("periode penilaian", "appraisal period"),
        RecordKind::Settings => lang.pick("pengaturan kantor", "office settings"),
        RecordKind::Review => lang.pick("penilaian", "evaluation"),
        RecordKind::UnitGrade => lang.pick("predikat organisasi", "unit grade"),
        RecordKind::Feedback => lang.pick("dialog kinerja", "feedback sessions"),
        RecordKind::AccountKeys => lang.pick("kunci SSH akun", "account's SSH keys"),
    }
}

pub fn not_found(lang: Lang) -> String {
    lang.pick(
        "Data tidak ditemukan (mungkin sudah diubah di tempat lain).",
        "Record not found (it may have been changed elsewhere).",
    )
    .to_string()
}

pub fn forbidden(lang: Lang) -> String {
    lang.pick(
        "Anda tidak berwenang melakukan perubahan ini.",
        "You are not allowed to make this change.",
    )
    .to_string()
}

pub fn refused(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak dapat disimpan: {why}"),
        Lang::En => format!("Cannot be saved: {why}"),
    }
}
