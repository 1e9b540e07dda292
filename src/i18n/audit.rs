//! The audit screen's words.

use super::Lang;
use crate::domain::plan_audit::{PersonRef, PlanAudit, PlanEdit};

/// An audit action in words.
pub fn audit_action(lang: Lang, a: crate::domain::AuditAction) -> &'static str {
    use crate::domain::AuditAction;
    let (id, en) = match a {
        AuditAction::Create => ("dibuat", "created"),
        AuditAction::Update => ("diubah", "changed"),
        AuditAction::Deactivate => ("dinonaktifkan", "deactivated"),
        AuditAction::Reactivate => ("diaktifkan", "reactivated"),
        AuditAction::Import => ("impor", "import"),
        AuditAction::Migrate => ("migrasi", "migration"),
        AuditAction::SignInFailed => ("salah sandi", "wrong password"),
        AuditAction::Lock => ("dikunci", "locked"),
        AuditAction::SignIn => ("masuk", "signed in"),
        AuditAction::PasswordChange => ("ganti sandi", "password changed"),
        AuditAction::PasswordReset => ("reset sandi", "password reset"),
        AuditAction::Submit => ("diajukan", "submitted"),
        AuditAction::Approve => ("disetujui", "approved"),
        AuditAction::Reject => ("ditolak", "rejected"),
        AuditAction::Reopen => ("dibuka ulang", "reopened"),
        AuditAction::PasswordCheckFailed => ("salah sandi lama", "wrong current password"),
        AuditAction::SignOut => ("dikeluarkan", "signed out"),
        AuditAction::Sign => ("ditandatangani", "signed"),
        AuditAction::Object => ("keberatan diajukan", "objection filed"),
        AuditAction::Decide => ("keberatan diputus", "objection decided"),
        AuditAction::KeyAdd => ("kunci SSH ditambah", "SSH key added"),
        AuditAction::KeyRemove => ("kunci SSH dihapus", "SSH key removed"),
    };
    lang.pick(id, en)
}

/// What an auditor types to find acting assignments, in both languages.
pub const ACTING_WORDS: &str = "plt plh pelaksana tugas pelaksana harian acting";

/// A stored field's label for an auditor (`field` as the audit snapshot names it, nested
/// fields as `name.name`); `None` for a field this build does not know.
pub fn field_label(lang: Lang, field: &str) -> Option<&'static str> {
    let (id, en) = match field {
        "id" => ("Nomor", "Number"),
        "nip" => ("NIP", "NIP"),
        "kind" => ("Jenis ASN", "Civil servant type"),
        "name" => ("Nama", "Name"),
        "name.front_title" | "front_title" => ("Gelar depan", "Title before name"),
        "name.name" => ("Nama", "Name"),
        "name.back_title" | "back_title" => ("Gelar belakang", "Title after name"),
        "grade" => ("Golongan/jenjang", "Grade"),
        "position" => ("Jabatan", "Position"),
        "position_kind" => ("Jenis jabatan", "Position type"),
        "unit" => ("Unit kerja", "Unit"),
        "supervisor" => ("Atasan langsung", "Direct supervisor"),
        "appointed_on" => ("TMT CPNS/PPPK", "Appointed on"),
        "grade_since" => ("TMT golongan", "Grade since"),
        "position_since" => ("TMT jabatan", "Position since"),
        "status" => ("Status", "Status"),
        "phone" => ("Telepon", "Phone"),
        "email" => ("Surel", "E-mail"),
        "parent" => ("Unit induk", "Parent unit"),
        "head" => ("Kepala unit", "Head of unit"),
        "active" => ("Aktif", "Active"),
        "username" => ("Nama pengguna", "User name"),
        // An account's SSH public keys (by fingerprint and comment).
        "keys" => ("Kunci SSH", "SSH keys"),
        "employee" => ("Pegawai", "Employee"),
        "role" => ("Peran", "Role"),
        "password_hash" => ("Kata sandi", "Password"),
        "must_change_password" => ("Wajib ganti sandi", "Must change password"),
        "disabled" => ("Dinonaktifkan", "Disabled"),
        "failed_attempts" => ("Salah sandi berturut-turut", "Wrong passwords in a row"),
        "locked_until_ms" => ("Dikunci sampai", "Locked until"),
        "acting" => ("Pelaksana (Plt/Plh)", "Acting official"),
        "for_supervisor" => ("Menggantikan", "Acting for"),
        "from" => ("Mulai", "From"),
        "to" => ("Sampai", "To"),
        _ => return None,
    };
    Some(lang.pick(id, en))
}

/// An acting assignment as the audit list names it.
pub fn acting_record(lang: Lang, acting: &str, for_whom: &str) -> String {
    match lang {
        Lang::Id => format!("Plt/Plh {acting} untuk {for_whom}"),
        Lang::En => format!("Acting: {acting} for {for_whom}"),
    }
}

/// A plan entry as the audit list names it: the plan's year and its employee.
pub fn plan_record(lang: Lang, year: i32, employee: &str) -> String {
    match lang {
        Lang::Id => format!("SKP {year} · {employee}"),
        Lang::En => format!("Plan (SKP) {year} · {employee}"),
    }
}

/// A plan entry in lines of (label, value) for the detail pane: the people, the year, the
/// state change, then each edit.
pub fn plan_lines(lang: Lang, p: &PlanAudit) -> Vec<(String, String)> {
    let person = |x: &PersonRef| format!("{} ({})", x.name, x.nip.grouped());
    let or_dash = |x: Option<&PersonRef>| x.map_or_else(|| "-".to_string(), person);
    let arrow = |b: &str, a: &str| format!("{} → {}", dash(b), dash(a));
    let mut out = vec![
        (
            lang.pick("Pegawai", "Employee").to_string(),
            person(&p.employee),
        ),
        (
            lang.pick("Pejabat penilai", "Appraiser").to_string(),
            or_dash(p.appraiser.as_ref()),
        ),
        (lang.pick("Tahun", "Year").to_string(), p.year.to_string()),
    ];
    let state = super::plans::state(lang, &p.state);
    out.push((
        lang.pick("Status SKP", "Plan state").to_string(),
        match &p.state_before {
            Some(b) if *b != p.state => arrow(super::plans::state(lang, b), state),
            Some(_) => state.to_string(),
            // A plan written as rejected (an import) carries its reason in the state.
            None => match &p.state {
                crate::domain::plan::PlanState::Rejected { reason } => {
                    format!("{} ({}): {reason}", state, lang.pick("baru", "new"))
                }
                _ => format!("{} ({})", state, lang.pick("baru", "new")),
            },
        },
    ));
    for e in &p.edits {
        out.push(plan_edit(lang, e, &arrow, &or_dash));
    }
    if p.edits.is_empty() && p.state_before.as_ref() == Some(&p.state) {
        out.push((
            lang.pick("Isi", "Content").to_string(),
            lang.pick("tidak berubah", "unchanged").to_string(),
        ));
    }
    out
}

fn dash(s: &str) -> &str {
    if s.trim().is_empty() {
        "-"
    } else {
        s
    }
}

fn plan_edit(
    lang: Lang,
    e: &PlanEdit,
    arrow: &dyn Fn(&str, &str) -> String,
    person: &dyn Fn(Option<&PersonRef>) -> String,
) -> (String, String) {
    use crate::app::plans::update::{number_text, target_text};
    use crate::domain::plan::{RealizedValue, ResultKind};
    let kind = |k: ResultKind| match k {
        ResultKind::Main => lang.pick("utama", "main"),
        ResultKind::Additional => lang.pick("tambahan", "additional"),
    };
    let target = |t, unit: &str| format!("{} {unit}", target_text(t)).trim().to_string();
    let value = |v: Option<&RealizedValue>| match v {
        None => "-".to_string(),
        Some(RealizedValue::Number(n)) => number_text(*n),
        Some(RealizedValue::Text(t)) => dash(t).to_string(),
    };
    let pick = |id: &str, en: &str| lang.pick(id, en).to_string();
    match e {
        PlanEdit::ResultAdded {
            number,
            kind: k,
            text,
        } => (
            match lang {
                Lang::Id => format!("RHK {number} ditambahkan ({})", kind(*k)),
                Lang::En => format!("RHK {number} added ({})", kind(*k)),
            },
            text.clone(),
        ),
        PlanEdit::ResultRemoved { number, text } => (
            match lang {
                Lang::Id => format!("RHK {number} dihapus"),
                Lang::En => format!("RHK {number} removed"),
            },
            text.clone(),
        ),
        PlanEdit::ResultText {
            number,
            before,
            after,
        } => (
            match lang {
                Lang::Id => format!("RHK {number} diubah"),
                Lang::En => format!("RHK {number} changed"),
            },
            arrow(before, after),
        ),
        PlanEdit::ResultKind { number, kind: k } => (
            match lang {
                Lang::Id => format!("Jenis RHK {number}"),
                Lang::En => format!("Kind of RHK {number}"),
            },
            kind(*k).to_string(),
        ),
        PlanEdit::ResultLink { number, linked } => (
            format!("RHK {number}"),
            if *linked {
                pick(
                    "dikaitkan ke RHK atasan yang diintervensi",
                    "linked to the supervisor's RHK",
                )
            } else {
                pick(
                    "kaitan ke RHK atasan dilepas",
                    "no longer linked to the supervisor's RHK",
                )
            },
        ),
        PlanEdit::IndicatorAdded {
            result,
            number,
            text,
            target: t,
            unit,
        } => (
            match lang {
                Lang::Id => format!("IKI {result}.{number} ditambahkan"),
                Lang::En => format!("Indicator {result}.{number} added"),
            },
            format!(
                "{} · {}: {}",
                dash(text),
                pick("target", "target"),
                target(t, unit)
            ),
        ),
        PlanEdit::IndicatorRemoved {
            result,
            number,
            text,
        } => (
            match lang {
                Lang::Id => format!("IKI {result}.{number} dihapus"),
                Lang::En => format!("Indicator {result}.{number} removed"),
            },
            text.clone(),
        ),
        PlanEdit::IndicatorText {
            result,
            number,
            before,
            after,
        } => (
            match lang {
                Lang::Id => format!("IKI {result}.{number} diubah"),
                Lang::En => format!("Indicator {result}.{number} changed"),
            },
            arrow(before, after),
        ),
        PlanEdit::Target {
            result,
            number,
            before,
            after,
            unit,
        } => (
            match lang {
                Lang::Id => format!("Target IKI {result}.{number}"),
                Lang::En => format!("Target of indicator {result}.{number}"),
            },
            arrow(&target(before, unit), &target(after, unit)),
        ),
        PlanEdit::Realization {
            result,
            number,
            segment,
            before,
            after,
        } => (
            match lang {
                Lang::Id => format!("Realisasi IKI {result}.{number}, periode {segment}"),
                Lang::En => {
                    format!("Realisation of indicator {result}.{number}, segment {segment}")
                }
            },
            arrow(&value(before.as_ref()), &value(after.as_ref())),
        ),
        PlanEdit::RealizationNotes {
            result,
            number,
            segment,
        } => (
            match lang {
                Lang::Id => format!("Realisasi IKI {result}.{number}, periode {segment}"),
                Lang::En => {
                    format!("Realisation of indicator {result}.{number}, segment {segment}")
                }
            },
            pick(
                "bukti dukung atau umpan balik diubah",
                "evidence or feedback changed",
            ),
        ),
        PlanEdit::Expectation {
            value: v,
            before,
            after,
        } => (
            match lang {
                Lang::Id => format!("Ekspektasi pimpinan, {}", v.text().name),
                Lang::En => format!("Leader's expectation, {}", v.text().name),
            },
            arrow(before, after),
        ),
        PlanEdit::Annex => (
            pick("Lampiran SKP", "Plan annex"),
            pick("diubah", "changed"),
        ),
        PlanEdit::Appraiser { before, after } => (
            pick("Pejabat penilai diganti", "Appraiser replaced"),
            arrow(&person(before.as_ref()), &person(after.as_ref())),
        ),
        PlanEdit::Approach(a) => (
            pick("Pendekatan", "Approach"),
            super::plans::approach(lang, *a).to_string(),
        ),
        PlanEdit::Dates => (
            pick("Masa berlaku SKP", "Period covered"),
            pick("diubah", "changed"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::audit::view::changed_fields;

    /// Every field of every record kind's audit snapshot has a label in both languages.
    #[test]
    fn every_snapshot_field_has_a_label_in_both_languages() {
        use crate::domain::*;
        let nip = Nip::from_trusted("199601202020121004".into());
        let employee = Employee {
            id: EmployeeId(1),
            nip,
            kind: EmployeeKind::Pns,
            name: PersonName {
                front_title: "Dr.".into(),
                name: "Daniel".into(),
                back_title: "S.E.".into(),
            },
            grade: Grade::Pns(PnsRank::IIC),
            position: "Analis".into(),
            position_kind: PositionKind::Pelaksana,
            unit: UnitId(1),
            supervisor: Some(EmployeeId(2)),
            appointed_on: None,
            grade_since: None,
            position_since: None,
            status: EmployeeStatus::Active,
            phone: "0812".into(),
            email: "d@x.id".into(),
            revision: 0,
        };
        let unit = OrgUnit {
            id: UnitId(1),
            name: "Seksi".into(),
            parent: None,
            head: Some(EmployeeId(2)),
            active: true,
            revision: 0,
        };
        let account = Account {
            id: AccountId(1),
            username: "daniel".into(),
            employee: Some(EmployeeId(1)),
            role: Role::Appraiser,
            password_hash: "***".into(),
            must_change_password: false,
            disabled: false,
            failed_attempts: 5,
            locked_until_ms: Some(1_796_059_439_560),
        };
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
        let acting = ActingAssignment {
            id: 1,
            acting: EmployeeId(1),
            for_supervisor: EmployeeId(2),
            from: day,
            to: day,
            revision: 0,
        };
        let employee = crate::store::employee_snapshot(&employee).expect("serialises");
        assert!(!employee.contains("revision"), "{employee}");
        let unit = crate::store::unit_snapshot(&unit).expect("serialises");
        assert!(!unit.contains("revision"), "{unit}");
        let acting = crate::store::acting_snapshot(&acting).expect("serialises");
        assert!(!acting.contains("revision"), "{acting}");
        let snapshots = [
            Ok(employee),
            Ok(unit),
            serde_json::to_string(&account),
            Ok(acting),
        ];
        for snap in snapshots {
            let snap = snap.expect("serialises");
            for (field, _, _) in changed_fields(None, Some(&snap)) {
                for lang in [Lang::Id, Lang::En] {
                    let label = field_label(lang, &field);
                    assert!(label.is_some(), "{field} has no label in {lang:?}");
                    assert_ne!(label, Some(field.as_str()), "{field} in {lang:?}");
                }
            }
        }
        assert_eq!(field_label(Lang::Id, "phone"), Some("Telepon"));
        assert_eq!(
            field_label(Lang::En, "locked_until_ms"),
            Some("Locked until")
        );
    }
}
