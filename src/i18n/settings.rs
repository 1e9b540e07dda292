//! Pengaturan kantor in words: each setting's label and value, refusals, the status line and
//! the audit entry of a change (each changed setting with its label, old -> new).

use super::Lang;
use crate::app::settings::{Done, Note};
use crate::domain::ruledata::{SettingError, SettingKey, SettingValue};
use crate::domain::{OfficeSettings, OrgGrade, Rating};

/// What an auditor types to find settings changes, in both languages.
pub const SETTINGS_WORDS: &str = "pengaturan kantor office settings";

/// The record as the audit list names it.
pub fn title(lang: Lang) -> &'static str {
    lang.pick("Pengaturan kantor", "Office settings")
}

fn org_grade(lang: Lang, g: OrgGrade) -> &'static str {
    match g {
        OrgGrade::Outstanding => lang.pick("Istimewa", "Outstanding"),
        OrgGrade::Good => lang.pick("Baik", "Good"),
        OrgGrade::NeedsImprovement => lang.pick("Butuh Perbaikan", "Needs improvement"),
        OrgGrade::Poor => lang.pick("Kurang", "Poor"),
        OrgGrade::VeryPoor => lang.pick("Sangat Kurang", "Very poor"),
    }
}

/// A setting's label.
pub fn label(lang: Lang, key: SettingKey) -> String {
    let (id, en) = match key {
        SettingKey::Segmentation => ("Segmen evaluasi periodik", "Periodic segments"),
        SettingKey::PlanDeadline => ("Batas persetujuan SKP", "Plans agreed by"),
        SettingKey::AnnualEvaluationDeadline => {
            ("Batas evaluasi tahunan", "Annual evaluation due by")
        }
        SettingKey::ObjectionWindow => ("Masa keberatan", "Objection window"),
        SettingKey::DistributionEnforced => (
            "Pola distribusi wajib (tolak tanda tangan)",
            "Distribution rule enforced (refuse signing)",
        ),
        SettingKey::DistributionExcludesUnitHead => (
            "Kepala unit di luar pola distribusi",
            "Unit head outside the distribution",
        ),
        SettingKey::HeadRating(g) => {
            return match lang {
                Lang::Id => format!("Rating hasil kerja kepala, unit {}", org_grade(lang, g)),
                Lang::En => format!("Head's work-result rating, unit {}", org_grade(lang, g)),
            }
        }
        SettingKey::MinFeedbackPerSegment => (
            "Umpan balik minimal per segmen",
            "Feedback per segment, at least",
        ),
        SettingKey::CreditCoefficient(tier) => {
            return match lang {
                Lang::Id => format!("Koefisien angka kredit tahunan, {}", tier.label()),
                Lang::En => format!("Yearly credit-point coefficient, {}", tier.label()),
            }
        }
    };
    lang.pick(id, en).to_string()
}

/// A setting's label in the form, at most 20 characters (the form's label column); the head
/// ratings sit under [`head_rating_heading`] and are named by the unit grade alone.
pub fn short_label(lang: Lang, key: SettingKey) -> &'static str {
    match key {
        SettingKey::Segmentation => lang.pick("Segmen periodik", "Periodic segments"),
        SettingKey::PlanDeadline => lang.pick("Batas SKP disetujui", "Plans agreed by"),
        SettingKey::AnnualEvaluationDeadline => {
            lang.pick("Batas eval. tahunan", "Evaluation due by")
        }
        SettingKey::ObjectionWindow => lang.pick("Masa keberatan", "Objection window"),
        SettingKey::DistributionEnforced => lang.pick("Distribusi wajib", "Enforce distribution"),
        SettingKey::DistributionExcludesUnitHead => {
            lang.pick("Kepala di luar pola", "Head outside rule")
        }
        SettingKey::HeadRating(g) => org_grade(lang, g),
        SettingKey::MinFeedbackPerSegment => lang.pick("Umpan balik/segmen", "Feedback/segment"),
        SettingKey::CreditCoefficient(tier) => tier.label(),
    }
}

/// The line above the credit-point coefficients in the form.
pub fn coefficient_heading(lang: Lang) -> &'static str {
    lang.pick(
        "Koefisien angka kredit tahunan per jenjang jabatan fungsional:",
        "Yearly credit-point coefficient per functional tier:",
    )
}

/// The line above the head ratings in the form.
pub fn head_rating_heading(lang: Lang) -> &'static str {
    lang.pick(
        "Rating hasil kerja kepala unit, menurut predikat unit:",
        "The unit head's work-result rating, by the unit's grade:",
    )
}

fn rating(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::AboveExpectation => lang.pick("Di Atas Ekspektasi", "Above expectation"),
        Rating::AsExpected => lang.pick("Sesuai Ekspektasi", "As expected"),
        Rating::BelowExpectation => lang.pick("Di Bawah Ekspektasi", "Below expectation"),
    }
}

/// A setting's value in words (`31/01 tahun berikutnya`, `14 hari`, `ya`).
pub fn value(lang: Lang, key: SettingKey, v: SettingValue) -> String {
    match v {
        SettingValue::Segmentation(s) => super::period::segmentation(lang, s).to_string(),
        SettingValue::Day(d) => {
            let dm = format!("{:02}/{:02}", d.day, d.month);
            match (lang, d.year_offset) {
                (_, 0) => dm,
                (Lang::Id, 1) => format!("{dm} tahun berikutnya"),
                (Lang::En, 1) => format!("{dm} of the next year"),
                (Lang::Id, n) => format!("{dm} tahun ke-{n:+}"),
                (Lang::En, n) => format!("{dm} of year {n:+}"),
            }
        }
        SettingValue::Count(n) if key == SettingKey::ObjectionWindow => {
            format!("{n} {}", lang.pick("hari", "days"))
        }
        SettingValue::Count(n) => n.to_string(),
        SettingValue::Flag(b) => lang
            .pick(if b { "ya" } else { "tidak" }, if b { "yes" } else { "no" })
            .to_string(),
        SettingValue::Rating(r) => rating(lang, r).to_string(),
        SettingValue::Coefficient(c) => {
            let code = crate::domain::ruledata::hundredths_code(c);
            match lang {
                Lang::Id => code.replace('.', ","),
                Lang::En => code,
            }
        }
    }
}

/// The form's last field.
pub fn reason_label(lang: Lang) -> &'static str {
    lang.pick("Alasan", "Reason")
}

pub fn reason_hint(lang: Lang) -> &'static str {
    lang.pick(
        "untuk jejak audit, mis. nomor keputusan",
        "for the audit trail, e.g. the decree's number",
    )
}

/// What a user may type for a setting (help of forms and of the command line).
pub fn value_hint(lang: Lang, key: SettingKey) -> &'static str {
    match key {
        SettingKey::Segmentation => "bulanan | triwulan | semester",
        SettingKey::PlanDeadline => lang.pick("HH/BB, mis. 31/01", "DD/MM, e.g. 31/01"),
        SettingKey::AnnualEvaluationDeadline => lang.pick(
            "HH/BB, +1 = tahun berikutnya, mis. 31/01+1",
            "DD/MM, +1 = next year, e.g. 31/01+1",
        ),
        SettingKey::ObjectionWindow => lang.pick("1-90 hari", "1-90 days"),
        SettingKey::DistributionEnforced | SettingKey::DistributionExcludesUnitHead => {
            lang.pick("ya | tidak", "ya | tidak (yes | no)")
        }
        SettingKey::HeadRating(_) => "di-atas | sesuai | di-bawah",
        SettingKey::MinFeedbackPerSegment => "0-13",
        SettingKey::CreditCoefficient(_) => lang.pick(
            "angka, 2 desimal, mis. 12,5 (0,01-1000)",
            "a number, 2 decimals, e.g. 12.5 (0.01-1000)",
        ),
    }
}

/// One refusal in words.
pub fn error(lang: Lang, e: &SettingError) -> String {
    match (lang, e) {
        (Lang::Id, SettingError::UnknownKey(k)) => {
            format!("pengaturan '{k}' tidak dikenal; yang ada: {}", all_codes())
        }
        (Lang::En, SettingError::UnknownKey(k)) => {
            format!("no setting is called '{k}'; there are: {}", all_codes())
        }
        (Lang::Id, SettingError::BadValue { key, value }) => format!(
            "'{value}' bukan nilai {} (isi: {})",
            label(lang, *key),
            value_hint(lang, *key)
        ),
        (Lang::En, SettingError::BadValue { key, value }) => format!(
            "'{value}' is not a value of {} (type: {})",
            label(lang, *key),
            value_hint(lang, *key)
        ),
        (Lang::Id, SettingError::NotEveryYear(k)) => format!(
            "{}: tanggal itu tidak ada di setiap tahun (29/02, 31/04 ...)",
            label(lang, *k)
        ),
        (Lang::En, SettingError::NotEveryYear(k)) => format!(
            "{}: that day does not exist in every year (29/02, 31/04 ...)",
            label(lang, *k)
        ),
        (Lang::Id, SettingError::OutsideYear(SettingKey::PlanDeadline)) => {
            "Batas persetujuan SKP harus dalam tahun penilaian itu sendiri".to_string()
        }
        (Lang::En, SettingError::OutsideYear(SettingKey::PlanDeadline)) => {
            "plans must be agreed within the appraisal year itself".to_string()
        }
        (Lang::Id, SettingError::OutsideYear(k)) => format!(
            "{}: harus dalam tahun penilaian atau tahun berikutnya (+1)",
            label(lang, *k)
        ),
        (Lang::En, SettingError::OutsideYear(k)) => format!(
            "{}: must fall in the appraisal year or the next (+1)",
            label(lang, *k)
        ),
        (Lang::Id, SettingError::PlanAfterEvaluation) => {
            "batas persetujuan SKP harus sebelum batas evaluasi tahunan".to_string()
        }
        (Lang::En, SettingError::PlanAfterEvaluation) => {
            "plans must be due before the annual evaluation".to_string()
        }
        (Lang::Id, SettingError::CoefficientMissing(t)) => format!(
            "koefisien angka kredit {} tidak ada (catatan pengaturan rusak?)",
            t.label()
        ),
        (Lang::En, SettingError::CoefficientMissing(t)) => format!(
            "no credit-point coefficient for {} (a damaged settings record?)",
            t.label()
        ),
        (Lang::Id, SettingError::OutOfRange { key, min, max }) => {
            format!("{}: antara {min} dan {max}", label(lang, *key))
        }
        (Lang::En, SettingError::OutOfRange { key, min, max }) => {
            format!("{}: between {min} and {max}", label(lang, *key))
        }
        (Lang::Id, SettingError::MappingIncomplete(g)) => format!(
            "rating kepala untuk unit {} belum diisi",
            org_grade(lang, *g)
        ),
        (Lang::En, SettingError::MappingIncomplete(g)) => {
            format!("no head rating for unit grade {}", org_grade(lang, *g))
        }
    }
}

/// Every refusal, joined.
pub fn errors(lang: Lang, errors: &[SettingError]) -> String {
    let all: Vec<String> = errors.iter().map(|e| error(lang, e)).collect();
    format!(
        "{}: {}",
        lang.pick("pengaturan ditolak", "settings refused"),
        all.join("; ")
    )
}

fn all_codes() -> String {
    SettingKey::all()
        .iter()
        .map(|k| k.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The status line after a settings command.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::Done(Done::Unchanged) => lang
            .pick(
                "pengaturan tidak berubah; tidak ada yang disimpan",
                "the settings did not change; nothing saved",
            )
            .to_string(),
        Note::Done(Done::Saved(keys)) => {
            let names: Vec<String> = keys.iter().map(|k| label(lang, *k)).collect();
            format!(
                "{}: {}",
                lang.pick("pengaturan kantor disimpan", "office settings saved"),
                names.join(", ")
            )
        }
        Note::Refused(e) => errors(lang, e),
    }
}

/// The lines of an audit entry of the settings: each changed setting as (label, old, new).
/// Snapshots this build cannot read give no lines (the raw fields show instead).
pub fn audit_changes(
    lang: Lang,
    before: Option<&str>,
    after: Option<&str>,
) -> Option<Vec<(String, String, String)>> {
    let read = |s: Option<&str>| serde_json::from_str::<OfficeSettings>(s?).ok();
    let (b, a) = (read(before)?, read(after)?);
    Some(
        b.changed(&a)
            .into_iter()
            .map(|k| {
                (
                    label(lang, k),
                    value(lang, k, b.get(k)),
                    value(lang, k, a.get(k)),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_a_label_and_a_hint_in_both_languages() {
        for k in SettingKey::all() {
            let (id, en) = (label(Lang::Id, k), label(Lang::En, k));
            assert!(!id.is_empty() && !en.is_empty(), "{k:?}");
            assert_ne!(id, en, "{k:?}");
            assert!(!value_hint(Lang::Id, k).is_empty());
            for lang in [Lang::Id, Lang::En] {
                let short = short_label(lang, k);
                assert!(
                    (1..=20).contains(&short.chars().count()),
                    "{short} is too long for the form's label column"
                );
            }
        }
    }

    #[test]
    fn an_audit_entry_lists_each_change_old_to_new() {
        let before = OfficeSettings::default();
        let mut after = before.clone();
        after.objection_window_days = 21;
        after.annual_evaluation_deadline.month = 2;
        after.annual_evaluation_deadline.day = 28;
        let js = |s: &OfficeSettings| serde_json::to_string(s).expect("json");
        let lines = audit_changes(Lang::Id, Some(&js(&before)), Some(&js(&after)));
        assert_eq!(
            lines,
            Some(vec![
                (
                    "Batas evaluasi tahunan".to_string(),
                    "31/01 tahun berikutnya".to_string(),
                    "28/02 tahun berikutnya".to_string()
                ),
                (
                    "Masa keberatan".to_string(),
                    "14 hari".to_string(),
                    "21 hari".to_string()
                ),
            ])
        );
        let en = audit_changes(Lang::En, Some(&js(&before)), Some(&js(&after)));
        assert_eq!(
            en.and_then(|l| l.into_iter().nth(1)),
            Some((
                "Objection window".to_string(),
                "14 days".to_string(),
                "21 days".to_string()
            ))
        );
        assert_eq!(audit_changes(Lang::Id, Some("{}"), Some(&js(&after))), None);
    }
}
