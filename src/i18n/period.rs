//! The appraisal year (periode penilaian): its stages, segmentation and refusals in words.

use super::Lang;
use crate::domain::plan::{PeriodError, PeriodState, Segmentation};

pub fn state(lang: Lang, s: PeriodState) -> &'static str {
    match (lang, s) {
        (Lang::Id, PeriodState::Planning) => "perencanaan",
        (Lang::Id, PeriodState::Running) => "pelaksanaan",
        (Lang::Id, PeriodState::Evaluation) => "evaluasi",
        (Lang::Id, PeriodState::Closed) => "ditutup",
        (Lang::En, PeriodState::Planning) => "planning",
        (Lang::En, PeriodState::Running) => "running",
        (Lang::En, PeriodState::Evaluation) => "evaluation",
        (Lang::En, PeriodState::Closed) => "closed",
    }
}

pub fn segmentation(lang: Lang, s: Segmentation) -> &'static str {
    match (lang, s) {
        (Lang::Id, Segmentation::Monthly) => "bulanan (12 segmen)",
        (Lang::Id, Segmentation::Quarterly) => "triwulan (4 segmen)",
        (Lang::Id, Segmentation::Semester) => "semester (2 segmen)",
        (Lang::En, Segmentation::Monthly) => "monthly (12 segments)",
        (Lang::En, Segmentation::Quarterly) => "quarterly (4 segments)",
        (Lang::En, Segmentation::Semester) => "semester (2 segments)",
    }
}

pub fn saved(lang: Lang, year: i32, created: bool) -> String {
    match (lang, created) {
        (Lang::Id, true) => format!("periode penilaian {year} dibuka"),
        (Lang::Id, false) => format!("periode penilaian {year} diperbarui"),
        (Lang::En, true) => format!("appraisal period {year} opened"),
        (Lang::En, false) => format!("appraisal period {year} updated"),
    }
}

pub fn error(lang: Lang, e: &PeriodError) -> String {
    match (lang, e) {
        (Lang::Id, PeriodError::BadYear(y)) => {
            format!("tahun {y} di luar rentang yang didukung (1900-9998)")
        }
        (Lang::En, PeriodError::BadYear(y)) => {
            format!("year {y} is outside the supported range (1900-9998)")
        }
        (Lang::Id, PeriodError::BadDeadline(y)) => {
            format!("tenggat dalam pengaturan kantor tidak ada di tahun {y}")
        }
        (Lang::En, PeriodError::BadDeadline(y)) => {
            format!("a deadline of the office settings does not exist in {y}")
        }
        (Lang::Id, PeriodError::NotAllowed { from, to }) => format!(
            "tahap periode hanya maju atau mundur satu langkah: dari {} tidak bisa ke {}",
            state(lang, *from),
            state(lang, *to)
        ),
        (Lang::En, PeriodError::NotAllowed { from, to }) => format!(
            "a period moves one stage at a time: {} cannot go to {}",
            state(lang, *from),
            state(lang, *to)
        ),
        (Lang::Id, PeriodError::SegmentationFixed) => {
            "segmentasi hanya dapat diubah selama tahap perencanaan".into()
        }
        (Lang::En, PeriodError::SegmentationFixed) => {
            "the segmentation can change only during planning".into()
        }
    }
}
