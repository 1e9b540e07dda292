//! The Dialog Kinerja tab's screen words (tab 4): the list, the entries, the session editor,
//! the follow-up sub-form and review, the quick note. Kinds, states, tones and refusals are
//! `feedback.rs`'s.

use chrono::NaiveDate;

use super::common::dmy;
use super::Lang;
use crate::app::feedback::tab::SessionText as X;

pub fn text(lang: Lang, x: X) -> &'static str {
    let (id, en) = match x {
        X::ListTitle => ("Dialog kinerja tim", "Team feedback sessions"),
        X::OwnTitle => ("Dialog kinerja saya", "My feedback sessions"),
        X::Loading => ("Memuat dialog kinerja…", "Loading feedback…"),
        X::NoPeople => (
            "Tidak ada bawahan langsung. Admin: tekan p untuk memilih atasan.",
            "No direct reports. Admins: press p to choose a supervisor.",
        ),
        X::Year => ("Tahun", "Year"),
        X::ColName => ("Nama", "Name"),
        X::ColSessions => ("Dlg", "Ses"),
        X::ColNotes => ("Ctt", "Nts"),
        X::ColOpen => ("TL", "F-up"),
        X::ColLast => ("Terakhir", "Last"),
        X::Overdue => ("terlambat", "overdue"),
        X::EntriesTitle => ("Dialog & catatan", "Sessions & notes"),
        X::NoEntries => (
            "Belum ada dialog atau catatan tahun ini. n: dialog baru, w: catatan cepat.",
            "No session or note this year. n: new session, w: quick note.",
        ),
        X::NoteWord => ("Catatan", "Note"),
        X::AckNone => ("belum diketahui", "not acknowledged"),
        X::AckEmployee => ("diketahui pegawai", "acknowledged by employee"),
        X::AckAppraiser => ("diketahui penilai", "acknowledged by appraiser"),
        X::AckBoth => ("diketahui keduanya", "acknowledged by both"),
        X::Due => ("jatuh tempo", "due"),
        X::EditorTitleNew => ("Dialog kinerja baru", "New feedback session"),
        X::EditorTitleEdit => ("Dialog kinerja", "Feedback session"),
        X::ReadOnlyAcknowledged => (
            "hanya baca: sudah diketahui keduanya (reviu tindak lanjut lewat daftar, v)",
            "read-only: acknowledged by both (review follow-ups from the list, v)",
        ),
        X::ReadOnlyNotAppraiser => (
            "hanya baca: hanya pejabat penilai pegawai ini yang menulis dialognya",
            "read-only: only this employee's appraiser writes their sessions",
        ),
        X::LabelDate => ("Tanggal", "Date"),
        X::LabelKind => ("Jenis", "Kind"),
        X::LabelSituation => ("Situasi/permasalahan", "Situation"),
        X::LabelTopics => ("Topik", "Topics"),
        X::LabelFollowUps => ("Tindak lanjut", "Follow-ups"),
        X::AddFollowUp => (
            "+ tambah tindak lanjut (Enter)",
            "+ add a follow-up (Enter)",
        ),
        X::WillCarry => ("dibawa", "carried"),
        X::DateUnreadable => (
            "tanggal tidak terbaca (HH/BB/TTTT)",
            "unreadable date (DD/MM/YYYY)",
        ),
        X::FollowUpTitle => ("Rencana tindak lanjut", "Follow-up"),
        X::LabelItem => ("Tindak lanjut", "Item"),
        X::LabelCompetence => ("Kompetensi", "Competence"),
        X::LabelMethod => ("Metode", "Method"),
        X::LabelWhen => ("Waktu", "When"),
        X::LabelEmployeePart => ("Tgg jawab pegawai", "Employee's part"),
        X::LabelAppraiserPart => ("Tgg jawab penilai", "Appraiser's part"),
        X::LabelDue => ("Jatuh tempo", "Due date"),
        X::ItemEmpty => ("tindak lanjut wajib diisi", "the item is required"),
        X::ReviewTitle => ("Reviu tindak lanjut", "Follow-up review"),
        X::LabelAchieved => ("Hasil", "Outcome"),
        X::LabelExplanation => ("Penjelasan", "Explanation"),
        X::LabelNextPlan => ("Rencana berikutnya", "Next plan"),
        X::LabelNextReview => ("Reviu berikutnya", "Next review"),
        X::LabelReviewOn => ("Tanggal reviu", "Review date"),
        X::NoteTitle => ("Catatan cepat", "Quick note"),
        X::ActingMarker => ("Plt/Plh", "acting"),
        X::NoteEditTitle => ("Ubah catatan", "Change the note"),
        X::LabelText => ("Catatan", "Note"),
        X::LabelTone => ("Sifat", "Tone"),
        X::LabelTopic => ("Terkait", "About"),
        X::NoTopic => ("(tidak ada)", "(none)"),
        X::LabelNoteDate => ("Tanggal", "Date"),
        X::FormFooter => (
            "Tab pindah · Enter lanjut · Ctrl-S simpan · Esc batal",
            "Tab next · Enter next · Ctrl-S save · Esc cancel",
        ),
        X::NoteFooter => (
            "Enter simpan · Tab sifat/terkait/tanggal (←/→) · Esc batal",
            "Enter saves · Tab tone/about/date (←/→) · Esc cancel",
        ),
        X::PickFollowUp => (
            "Pilih baris tindak lanjut (di bawah dialognya) untuk direviu.",
            "Select a follow-up line (under its session) to review it.",
        ),
        X::PickSession => (
            "Pilih sebuah dialog untuk diketahui.",
            "Select a session to acknowledge.",
        ),
        X::NoPerson => (
            "Tidak ada pegawai di bawah kursor untuk dicatat.",
            "No employee under the cursor to write a note about.",
        ),
        X::ConfirmDeleteSession => ("Hapus dialog kinerja ini?", "Delete this feedback session?"),
        X::ConfirmDeleteNote => ("Hapus catatan ini?", "Delete this note?"),
        X::PickSupervisor => ("Pilih atasan", "Choose a supervisor"),
        X::NoSupervisors => (
            "Tidak ada atasan dengan bawahan aktif.",
            "No supervisor with active reports.",
        ),
        X::HintList => (
            "↑↓ pilih · Tab/Enter dialognya · n dialog baru · w catatan · {/} tahun · ? bantuan",
            "↑↓ select · Tab/Enter sessions · n new session · w note · {/} year · ? help",
        ),
        X::HintEntries => (
            "Enter buka · v reviu · a ketahui · x hapus · n baru · w catatan · Tab daftar",
            "Enter open · v review · a acknowledge · x delete · n new · w note · Tab list",
        ),
        X::HintEditor => (
            "Tab bidang · Enter baris/pilih · Ctrl-Z urung · Ctrl-S simpan · Esc batal",
            "Tab field · Enter new line/choose · Ctrl-Z undo · Ctrl-S save · Esc cancel",
        ),
        X::HintSubForm => (
            "Tab bidang · ←/→ pilihan · Enter lanjut/simpan · Esc batal",
            "Tab field · ←/→ choice · Enter next/save · Esc cancel",
        ),
        X::KeyToEntries => ("dialog orang ini", "their sessions"),
        X::KeyToList => ("kembali ke daftar", "back to the list"),
        X::KeyNewSession => ("dialog kinerja baru", "new feedback session"),
        X::KeyPrevYear => ("tahun sebelumnya", "previous year"),
        X::KeyNextYear => ("tahun berikutnya", "next year"),
        X::KeyChooseSupervisor => ("pilih atasan", "choose supervisor"),
        X::KeyOpenSession => ("buka / ubah dialog", "open session"),
        X::KeyReview => ("reviu tindak lanjut", "review follow-up"),
        X::KeyAcknowledge => ("ketahui dialog", "acknowledge"),
        X::KeyDelete => ("hapus (ditanya dulu)", "delete (asks first)"),
        X::KeySaveSession => ("simpan dialog", "save the session"),
        X::KeyEditorEnter => ("baris baru / pilih", "new line / choose"),
        X::KeyEditorSpace => ("pilih topik", "choose a topic"),
        X::KeyEditorArrows => ("jenis / kursor", "kind / cursor"),
        X::KeyEditorDelete => ("hapus TL / huruf", "remove follow-up"),
        X::KeyUndo => ("urungkan ketikan", "undo typing"),
        X::KeyRedo => ("ulangi ketikan", "redo typing"),
        X::KeySubFormEnter => ("lanjut / simpan", "next / save"),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// "dari dialog 12/03/2026": where a carried-over follow-up came from.
pub fn carried_from(lang: Lang, date: Option<NaiveDate>) -> String {
    let d = date.map(dmy).unwrap_or_else(|| "?".to_string());
    match lang {
        Lang::Id => format!("dari dialog {d}"),
        Lang::En => format!("from session {d}"),
    }
}

/// "tercapai / tidak tercapai" as the review form's choice.
pub fn achieved(lang: Lang, yes: bool) -> &'static str {
    match (lang, yes) {
        (Lang::Id, true) => "tercapai",
        (Lang::Id, false) => "tidak tercapai",
        (Lang::En, true) => "achieved",
        (Lang::En, false) => "not achieved",
    }
}

/// The heading of the period's sessions and notes in the scoring form.
pub fn cited_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Dialog & catatan periode ini (kutip di alasan: \"lihat catatan 2\")",
        Lang::En => "Sessions & notes of the period (cite in a justification: \"see note 2\")",
    }
}

/// None in the period.
pub fn cited_none(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Tidak ada dialog atau catatan pada periode ini.",
        Lang::En => "No session or note in this period.",
    }
}

/// `3. 12/03/2026 Coaching: Antrean loket` / `4. 15/03/2026 Catatan −: terlambat apel`.
pub fn cited_line(lang: Lang, c: &crate::app::feedback::tab::evidence::Cited) -> String {
    use crate::app::feedback::tab::evidence::CitedKind;
    use crate::domain::feedback::NoteTone;
    let what = match c.kind {
        CitedKind::Session(k) => super::feedback::session_kind(lang, k).to_string(),
        CitedKind::Note(t) => format!(
            "{} {}",
            text(lang, X::NoteWord),
            match t {
                NoteTone::Positive => "+",
                NoteTone::Negative => "−",
            }
        ),
    };
    format!("{}. {} {what}: {}", c.number, dmy(c.date), c.first_line)
}
