//! The SKP tab's words: fixed texts, states, and what a plan command did or why it was
//! refused (naming the RHK concerned).

use super::Lang;
use crate::app::plans::command::{Note, Refusal, Step};
use crate::app::plans::PlanText as X;
use crate::domain::plan::{PlanAction, PlanError, PlanState};

pub fn text(lang: Lang, x: X) -> &'static str {
    let (id, en) = match x {
        X::OverviewTitle => ("Progres SKP", "Plan progress"),
        X::CascadeTitle => ("Matriks peran hasil", "Results cascade"),
        X::ColState => ("Status", "State"),
        X::ColResults => ("RHK", "RHK"),
        X::ColUnlinked => ("Tanpa taut", "Unlinked"),
        X::ColRealized => ("Realisasi", "Realised"),
        X::ColFeedback => ("Umpan balik", "Feedback"),
        X::ColOverdue => ("Terlambat", "Overdue"),
        X::ColUnlinkedShort => ("Lepas", "Unlnk"),
        X::ColRealizedShort => ("Real.", "Real."),
        X::ColFeedbackShort => ("U.Bal", "Fdbk"),
        X::NoPlan => ("belum ada", "none"),
        X::NoPeople => ("Tidak ada pegawai untuk ditampilkan.", "Nobody to show."),
        X::Loading => ("Memuat SKP…", "Loading plans…"),
        X::Own => ("(saya)", "(me)"),
        X::Waiting => ("(menunggu)", "(waiting)"),
        X::PlanOverdue => ("SKP", "plan"),
        X::SegmentsOverdue => ("seg.", "seg."),
        X::Year => ("Tahun", "Year"),
        X::Employee => ("Pegawai", "Employee"),
        X::Appraiser => ("Pejabat penilai", "Appraiser"),
        X::AppraiserSuperior => ("Atasan pejabat penilai", "Appraiser's superior"),
        X::Period => ("Periode", "Period"),
        X::Approach => ("Pendekatan", "Approach"),
        X::State => ("Status", "State"),
        X::Segment => ("Segmen", "Segment"),
        X::Main => ("Utama", "Main"),
        X::Additional => ("Tambahan", "Additional"),
        X::Unlinked => (
            "⚠ belum ditautkan ke RHK atasan",
            "⚠ not linked to a supervisor's RHK",
        ),
        X::LinkedTo => ("↳ RHK atasan", "↳ supervisor's RHK"),
        X::NoResults => (
            "Belum ada RHK: tekan a untuk menambah.",
            "No RHK yet: press a to add one.",
        ),
        X::NoPlanYet => (
            "Belum ada SKP tahun ini: tekan n untuk membuat draf.",
            "No plan this year: press n to create a draft.",
        ),
        X::Behaviour => (
            "Perilaku kerja (BerAKHLAK) · ekspektasi pimpinan",
            "Work behaviour (BerAKHLAK) · leader's expectation",
        ),
        X::Annex => ("Lampiran", "Annex"),
        X::AnnexResources => ("Dukungan sumber daya", "Resources"),
        X::AnnexAccountability => ("Skema pertanggungjawaban", "Accountability"),
        X::AnnexConsequences => ("Konsekuensi", "Consequences"),
        X::RejectedBecause => ("Alasan ditolak", "Rejected because"),
        X::CascadeNone => (
            "Belum ada RHK Anda tahun ini.",
            "You have no RHK this year.",
        ),
        X::Unsupported => ("⚠ belum didukung bawahan", "⚠ no subordinate supports it"),
        X::ResultNewTitle => ("RHK baru", "New RHK"),
        X::ResultEditTitle => ("Ubah RHK", "Edit RHK"),
        X::IndicatorNewTitle => ("Indikator baru", "New indicator"),
        X::IndicatorEditTitle => ("Ubah indikator", "Edit indicator"),
        X::RejectTitle => ("Tolak SKP", "Reject plan"),
        X::ReopenTitle => ("Buka ulang SKP", "Reopen plan"),
        X::ExpectationsTitle => ("Ekspektasi pimpinan dan lampiran", "Expectations and annex"),
        X::RealizeTitle => ("Realisasi", "Realisation"),
        X::LabelKind => ("Jenis RHK", "Kind"),
        X::LabelText => ("Uraian", "Text"),
        X::LabelParent => ("RHK atasan", "Supervisor's RHK"),
        X::LabelAspect => ("Aspek", "Aspect"),
        X::LabelTarget => ("Target", "Target"),
        X::LabelUnit => ("Satuan", "Unit"),
        X::LabelDirection => ("Arah", "Direction"),
        X::LabelReason => ("Alasan", "Reason"),
        X::LabelValue => ("Realisasi", "Realised"),
        X::LabelEvidence => ("Bukti dukung", "Evidence"),
        X::LabelLocation => ("Tautan/berkas", "Link/file"),
        X::LabelFeedback => ("Umpan balik", "Feedback"),
        X::TargetHint => ("12 · 12,5 · 7-8", "12 · 12,5 · 7-8"),
        X::PickParent => ("Pilih RHK atasan", "Pick the supervisor's RHK"),
        X::NoParentPlan => (
            "Atasan belum punya RHK tahun ini.",
            "The supervisor has no RHK this year.",
        ),
        X::HigherBetter => ("naik (makin tinggi makin baik)", "higher is better"),
        X::LowerBetter => ("turun (makin rendah makin baik)", "lower is better"),
        X::AspectQuantity => ("Kuantitas", "Quantity"),
        X::AspectQuality => ("Kualitas", "Quality"),
        X::AspectTime => ("Waktu", "Time"),
        X::AspectCost => ("Biaya", "Cost"),
        X::ErrRequired => ("wajib diisi", "required"),
        X::ErrNumber => (
            "bukan angka (contoh: 12 atau 12,5)",
            "not a number (e.g. 12 or 12,5)",
        ),
        X::ErrRange => (
            "rentang terbalik: batas bawah di atas batas atas",
            "range reversed: minimum above maximum",
        ),
        X::ConfirmSubmit => ("Ajukan SKP", "Submit the plan of"),
        X::ConfirmApprove => ("Setujui SKP", "Approve the plan of"),
        X::ConfirmDelete => ("Hapus", "Delete"),
        X::ConfirmCreate => ("Buat draf SKP untuk", "Create a draft plan for"),
        X::KeyOpenPlan => ("buka SKP", "open plan"),
        X::KeyPrevYear => ("tahun sebelumnya", "previous year"),
        X::KeyNextYear => ("tahun berikutnya", "next year"),
        X::KeyCascade => ("matriks peran hasil", "results cascade"),
        X::KeyReload => ("muat ulang", "reload"),
        X::KeyBack => ("kembali", "back"),
        X::KeyCreateDraft => ("buat draf SKP", "create a draft"),
        X::KeyAddResult => ("tambah RHK", "add RHK"),
        X::KeyAddIndicator => ("tambah indikator", "add indicator"),
        X::KeyEdit => ("ubah", "edit"),
        X::KeyDelete => ("hapus", "delete"),
        X::KeySubmit => ("ajukan", "submit"),
        X::KeyApprove => ("setujui", "approve"),
        X::KeyReject => ("tolak", "reject"),
        X::KeyReopen => ("buka ulang", "reopen"),
        X::KeyPrevSegment => ("segmen sebelumnya", "previous segment"),
        X::KeyNextSegment => ("segmen berikutnya", "next segment"),
        X::KeyRealize => ("isi realisasi", "record realisation"),
        X::KeyExpectations => ("ekspektasi & lampiran", "expectations & annex"),
        X::HintOverview => (
            "Enter buka · / cari · < > tahun · c matriks · r muat ulang · ? bantuan",
            "Enter open · / filter · < > year · c cascade · r reload · ? help · q quit",
        ),
        X::HintPlan => (
            "a RHK · i indikator · e ubah · s ajukan · v setujui · x tolak · r realisasi · ?",
            "a RHK · i indicator · e edit · s submit · v approve · x reject · r realise · ?",
        ),
        X::HintCascade => (
            "↑↓ gulir · < > tahun · Esc kembali · ? bantuan",
            "↑↓ scroll · < > year · Esc back · ? help",
        ),
        X::NotEditable => (
            "Hanya SKP berstatus Draft atau Ditolak yang dapat diubah.",
            "Only a Draft or Rejected plan can be changed.",
        ),
        X::CopyTitle => (
            "Salin SKP tahun lalu: RHK yang dibawa (Spasi)",
            "Copy last year's plan: RHKs to keep (Space)",
        ),
        X::KeyCopyLastYear => ("salin SKP tahun lalu", "copy last year's plan"),
        X::NothingToCopy => (
            "Tidak ada SKP tahun lalu untuk disalin (atau SKP tahun ini sudah ada).",
            "No plan of last year to copy (or this year's exists).",
        ),
        X::AssignTitle => (
            "Bagikan RHK ke bawahan (Spasi memilih)",
            "Give the RHK to subordinates (Space picks)",
        ),
        X::KeyAssign => (
            "bagikan RHK ke beberapa bawahan",
            "give the RHK to several subordinates",
        ),
        X::SelectResult => ("Pilih RHK dahulu.", "Select an RHK first."),
        X::NobodyToAssign => (
            "Tidak ada SKP bawahan berstatus Draft/Ditolak tahun ini.",
            "No subordinate has a Draft or Rejected plan this year.",
        ),
        X::ErrChooseOne => ("pilih minimal satu", "choose at least one"),
        X::SelectIndicator => ("Pilih indikator dahulu.", "Select an indicator first."),
        X::LabelPerspective => ("Perspektif", "Perspective"),
        X::PerspectiveServiceRecipients => ("Penerima Layanan", "Service recipients"),
        X::PerspectiveBusinessProcess => ("Proses Bisnis", "Business process"),
        X::PerspectiveInternalStrengthening => ("Penguatan Internal", "Internal strengthening"),
        X::PerspectiveBudget => ("Anggaran", "Budget"),
        X::KeySwitchApproach => (
            "ganti pendekatan (kuantitatif/kualitatif)",
            "switch approach (quantitative/qualitative)",
        ),
        X::ConfirmToQualitative => (
            "Ganti ke kualitatif? Target angka menjadi teks naratif (mis. \"150 berkas\") dan aspek dikosongkan.",
            "Switch to qualitative? Numeric targets become narrative text (e.g. \"150 berkas\") and aspects are cleared.",
        ),
        X::ConfirmToQuantitative => (
            "Ganti ke kuantitatif? Target naratif berupa angka (mis. \"150 berkas\") menjadi angka; sisanya dan aspek perlu diisi ulang.",
            "Switch to quantitative? Narratives that are numbers (e.g. \"150 berkas\") become numbers; others and aspects need re-entering.",
        ),
        X::Incomplete => ("⚠ lengkapi", "⚠ incomplete"),
        X::ListResources => ("Sumber daya", "Resources"),
        X::ListAccountability => ("Pertanggungjawaban", "Accountability"),
        X::ListConsequences => ("Konsekuensi", "Consequences"),
        X::ListHint => (
            "baris + menambah · kosongkan untuk menghapus",
            "line + adds · empty a line to delete it",
        ),
        X::NotApproved => (
            "Realisasi hanya untuk SKP yang disetujui.",
            "Realisation only goes into an approved plan.",
        ),
    };
    lang.pick(id, en)
}

pub fn state(lang: Lang, s: &PlanState) -> &'static str {
    match s {
        PlanState::Draft => "Draft",
        PlanState::Submitted => lang.pick("Diajukan", "Submitted"),
        PlanState::Approved => lang.pick("Disetujui", "Approved"),
        PlanState::Rejected { .. } => lang.pick("Ditolak", "Rejected"),
    }
}

pub fn approach(lang: Lang, a: crate::domain::plan::Approach) -> &'static str {
    match a {
        crate::domain::plan::Approach::Quantitative => lang.pick("kuantitatif", "quantitative"),
        crate::domain::plan::Approach::Qualitative => lang.pick("kualitatif", "qualitative"),
    }
}

pub fn perspective(lang: Lang, p: crate::domain::plan::Perspective) -> &'static str {
    text(lang, crate::app::plans::update::perspective_text(p))
}

pub fn aspect(lang: Lang, a: crate::domain::plan::Aspect) -> &'static str {
    use crate::domain::plan::Aspect;
    text(
        lang,
        match a {
            Aspect::Quantity => X::AspectQuantity,
            Aspect::Quality => X::AspectQuality,
            Aspect::Time => X::AspectTime,
            Aspect::Cost => X::AspectCost,
        },
    )
}

pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::Done(d) => {
            let (id, en) = match d.step {
                Step::Created => ("Draf SKP dibuat", "Draft plan created"),
                Step::Saved => ("SKP tersimpan", "Plan saved"),
                Step::Submitted => ("SKP diajukan", "Plan submitted"),
                Step::Approved => ("SKP disetujui", "Plan approved"),
                Step::Rejected => ("SKP ditolak", "Plan rejected"),
                Step::Reopened => ("SKP dibuka ulang", "Plan reopened"),
                Step::Realized => ("Realisasi tersimpan", "Realisation saved"),
            };
            format!("{}: {}", lang.pick(id, en), d.name)
        }
        Note::Refused { refusal, result } => refusal_text(lang, refusal, result.as_deref()),
    }
}

/// Why a plan command was refused; `result` is the text of the RHK it names.
pub fn refusal(lang: Lang, r: &Refusal, result: Option<&str>) -> String {
    refusal_text(lang, r, result)
}

fn refusal_text(lang: Lang, r: &Refusal, result: Option<&str>) -> String {
    let rhk = |n: &u16| match result {
        Some(t) => format!("RHK {n} \"{t}\""),
        None => format!("RHK {n}"),
    };
    let why = match r {
        Refusal::HasPlan => lang
            .pick(
                "pegawai ini sudah punya SKP tahun ini",
                "this employee has a plan this year already",
            )
            .to_string(),
        Refusal::UnknownEmployee => lang
            .pick(
                "pegawai tidak aktif atau tidak dikenal",
                "not an active employee",
            )
            .to_string(),
        Refusal::BadYear => lang.pick("tahun tidak valid", "invalid year").to_string(),
        Refusal::Stale => lang
            .pick(
                "SKP baru saja diubah orang lain; dimuat ulang",
                "someone else just changed the plan; reloaded",
            )
            .to_string(),
        Refusal::Rule(e) => match e {
            PlanError::Unlinked { result } => match lang {
                Lang::Id => format!("{} belum ditautkan ke RHK atasan", rhk(result)),
                Lang::En => format!("{} is not linked to a supervisor's RHK", rhk(result)),
            },
            PlanError::UnknownParent { result, .. } => match lang {
                Lang::Id => format!(
                    "{} tertaut ke RHK yang tidak ada di SKP atasan tahun ini",
                    rhk(result)
                ),
                Lang::En => format!(
                    "{} links to an RHK not in the supervisor's plan of the year",
                    rhk(result)
                ),
            },
            PlanError::NoResults => lang
                .pick("SKP belum punya RHK", "the plan has no RHK")
                .to_string(),
            PlanError::EmptyResult { result } => match lang {
                Lang::Id => format!("{} belum berisi uraian", rhk(result)),
                Lang::En => format!("{} has no text", rhk(result)),
            },
            PlanError::NoIndicators { result } => match lang {
                Lang::Id => format!("{} belum punya indikator", rhk(result)),
                Lang::En => format!("{} has no indicator", rhk(result)),
            },
            PlanError::EmptyIndicator { result, indicator }
            | PlanError::TargetMismatch { result, indicator }
            | PlanError::MissingAspect { result, indicator }
            | PlanError::MissingPerspective { result, indicator }
            | PlanError::DuplicateIndicator { result, indicator } => match lang {
                Lang::Id => format!("indikator {indicator} pada {} belum lengkap", rhk(result)),
                Lang::En => format!("indicator {indicator} of {} is incomplete", rhk(result)),
            },
            PlanError::WrongState { action, state: s } => {
                let act = match (lang, action) {
                    (Lang::Id, PlanAction::Edit) => "diubah",
                    (Lang::Id, PlanAction::Submit) => "diajukan",
                    (Lang::Id, PlanAction::Approve) => "disetujui",
                    (Lang::Id, PlanAction::Reject) => "ditolak",
                    (Lang::Id, PlanAction::Reopen) => "dibuka ulang",
                    (Lang::Id, PlanAction::RecordRealization) => "diisi realisasinya",
                    (Lang::En, PlanAction::Edit) => "changed",
                    (Lang::En, PlanAction::Submit) => "submitted",
                    (Lang::En, PlanAction::Approve) => "approved",
                    (Lang::En, PlanAction::Reject) => "rejected",
                    (Lang::En, PlanAction::Reopen) => "reopened",
                    (Lang::En, PlanAction::RecordRealization) => "given a realisation",
                };
                match lang {
                    Lang::Id => format!("SKP berstatus {} tidak dapat {act}", state(lang, s)),
                    Lang::En => format!("a plan in state {} cannot be {act}", state(lang, s)),
                }
            }
            PlanError::ReasonRequired => lang
                .pick("alasan wajib diisi", "a reason is required")
                .to_string(),
            PlanError::BadDates { .. } => lang
                .pick(
                    "tanggal SKP di luar tahunnya",
                    "the plan's dates are outside its year",
                )
                .to_string(),
            PlanError::DuplicateResult { result } => rhk(result),
            PlanError::UnknownResult { result } => rhk(result),
            PlanError::UnknownIndicator { result, indicator } => {
                format!("{} · {indicator}", rhk(result))
            }
            PlanError::BadSegment { segment, .. } => {
                format!("{} {segment}", text(lang, X::Segment))
            }
            PlanError::ValueMismatch { result, indicator } => match lang {
                Lang::Id => format!(
                    "realisasi indikator {indicator} pada {} harus angka",
                    rhk(result)
                ),
                Lang::En => format!(
                    "the realisation of indicator {indicator} of {} must be a number",
                    rhk(result)
                ),
            },
        },
    };
    match lang {
        Lang::Id => format!("Ditolak: {why}."),
        Lang::En => format!("Refused: {why}."),
    }
}
