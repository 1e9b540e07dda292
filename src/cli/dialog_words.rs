//! Texts of `kinerja import dialog`, `export dialog`, `agenda` and `cetak dialog`: help,
//! refusals, summaries, the agenda as text and the labels of the printed form FORMULIR
//! DIALOG KINERJA. Codes (`perencanaan`, `tidak_tercapai`, ...) are the contract's words and
//! stay as they are in both languages.

use std::path::Path;

use chrono::NaiveDate;

use super::dialog::AgendaJson;
use super::words::CommandText;
use crate::app::feedback::query::AgendaView;
use crate::app::transfer::feedback_import::DialogProblem;
use crate::domain::dates::DateError;
use crate::domain::feedback::{FollowUpStatus, SessionKind};
use crate::i18n::Lang;

const KINDS: &str = "perencanaan, pemantauan, evaluasi, coaching, mentoring, konseling";

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

pub fn problem(lang: Lang, p: &DialogProblem) -> String {
    use DialogProblem as P;
    match (lang, p) {
        (Lang::Id, P::InactiveEmployee) => {
            "pegawai ini tidak aktif (pensiun, mutasi, ...): dialog baru tidak dicatat".into()
        }
        (Lang::En, P::InactiveEmployee) => {
            "this employee is not active (retired, moved, ...): no new session is recorded".into()
        }
        (
            Lang::Id,
            P::Date {
                column,
                value,
                reason,
            },
        ) => match reason {
            DateError::YearDigits => {
                format!("{column} '{value}' tidak sah: tahun harus 4 angka (tulis DD/MM/YYYY)")
            }
            DateError::NoSuchDay => format!("{column} '{value}': tanggal itu tidak ada"),
            DateError::Format => {
                format!("{column} '{value}' bukan tanggal: tulis DD/MM/YYYY, mis. 15/03/2026")
            }
        },
        (
            Lang::En,
            P::Date {
                column,
                value,
                reason,
            },
        ) => match reason {
            DateError::YearDigits => format!(
                "{column} '{value}' is not valid: the year needs 4 digits (write DD/MM/YYYY)"
            ),
            DateError::NoSuchDay => format!("{column} '{value}': there is no such day"),
            DateError::Format => {
                format!("{column} '{value}' is not a date: write DD/MM/YYYY, e.g. 15/03/2026")
            }
        },
        (Lang::Id, P::FutureDate(d)) => {
            format!(
                "tanggal {} belum tiba: dialog dicatat sesudah terjadi",
                dmy(*d)
            )
        }
        (Lang::En, P::FutureDate(d)) => format!(
            "the date {} has not come yet: a session is recorded after it took place",
            dmy(*d)
        ),
        (Lang::Id, P::DueBeforeSession { due, session }) => format!(
            "jatuh_tempo {} sebelum tanggal dialog {}",
            dmy(*due),
            dmy(*session)
        ),
        (Lang::En, P::DueBeforeSession { due, session }) => format!(
            "jatuh_tempo {} is before the session's date {}",
            dmy(*due),
            dmy(*session)
        ),
        (Lang::Id, P::Kind(v)) => format!("jenis '{v}' tidak dikenal: tulis {KINDS}"),
        (Lang::En, P::Kind(v)) => format!("unknown jenis '{v}': write {KINDS}"),
        (Lang::Id, P::Status(v)) => format!(
            "status_tindak_lanjut '{v}' tidak dikenal: kosongkan atau tulis terbuka, tercapai, \
             tidak_tercapai"
        ),
        (Lang::En, P::Status(v)) => format!(
            "unknown status_tindak_lanjut '{v}': leave it empty or write terbuka, tercapai, \
             tidak_tercapai"
        ),
        (Lang::Id, P::FollowUpCellsWithoutItem) => {
            "jatuh_tempo atau status_tindak_lanjut diisi, tetapi tindak_lanjut kosong".into()
        }
        (Lang::En, P::FollowUpCellsWithoutItem) => {
            "jatuh_tempo or status_tindak_lanjut is given but tindak_lanjut is empty".into()
        }
        (Lang::Id, P::NoAppraiser) => {
            "pegawai ini tidak mempunyai atasan langsung di data pegawai, jadi tidak ada pejabat \
             penilai untuk dialog"
                .into()
        }
        (Lang::En, P::NoAppraiser) => {
            "this employee has no direct supervisor in the register, so nobody holds the session"
                .into()
        }
        (Lang::Id, P::SessionExists) => {
            "dialog pegawai ini pada tanggal dan jenis itu sudah ada di database".into()
        }
        (Lang::En, P::SessionExists) => {
            "the database already holds a session of this employee on that date and of that kind"
                .into()
        }
    }
}

pub fn import_summary(lang: Lang, sessions: usize, follow_ups: usize) -> String {
    match lang {
        Lang::Id => {
            format!("Impor dialog kinerja selesai: {sessions} dialog, {follow_ups} tindak lanjut.")
        }
        Lang::En => format!(
            "Feedback import done: {sessions} sessions, {follow_ups} follow-ups (tindak lanjut)."
        ),
    }
}

pub fn export_written(lang: Lang, sessions: usize, path: &Path) -> String {
    match lang {
        Lang::Id => format!("{sessions} dialog ditulis ke {}", path.display()),
        Lang::En => format!("{sessions} sessions written to {}", path.display()),
    }
}

pub fn form_written(lang: Lang, path: &Path) -> String {
    match lang {
        Lang::Id => format!("Formulir dialog kinerja ditulis ke {}", path.display()),
        Lang::En => format!("Feedback session form written to {}", path.display()),
    }
}

pub fn bad_kind(lang: Lang, v: &str) -> String {
    match lang {
        Lang::Id => format!("jenis '{v}' tidak dikenal: tulis {KINDS}"),
        Lang::En => format!("unknown jenis '{v}': write {KINDS}"),
    }
}

pub fn no_session(lang: Lang, nip: &str, on: NaiveDate) -> String {
    match lang {
        Lang::Id => format!("tidak ada dialog kinerja pegawai {nip} pada {}", dmy(on)),
        Lang::En => format!("no feedback session of employee {nip} on {}", dmy(on)),
    }
}

pub fn several_sessions(lang: Lang, kinds: &[&str]) -> String {
    let kinds = kinds.join(", ");
    match lang {
        Lang::Id => format!("ada beberapa dialog pada tanggal itu ({kinds}): pilih dengan --jenis"),
        Lang::En => format!("there are several sessions that day ({kinds}): choose with --jenis"),
    }
}

/// The kind's name as the form prints it.
pub fn kind_name(lang: Lang, k: SessionKind) -> &'static str {
    match (lang, k) {
        (Lang::Id, SessionKind::Planning) => "Perencanaan",
        (Lang::En, SessionKind::Planning) => "Perencanaan (planning)",
        (Lang::Id, SessionKind::Monitoring) => "Pemantauan",
        (Lang::En, SessionKind::Monitoring) => "Pemantauan (monitoring)",
        (Lang::Id, SessionKind::Evaluation) => "Evaluasi",
        (Lang::En, SessionKind::Evaluation) => "Evaluasi (evaluation)",
        (_, SessionKind::Coaching) => "Coaching",
        (_, SessionKind::Mentoring) => "Mentoring",
        (Lang::Id, SessionKind::Counseling) => "Konseling",
        (Lang::En, SessionKind::Counseling) => "Konseling (counselling)",
    }
}

pub fn status_name(lang: Lang, s: FollowUpStatus) -> &'static str {
    match (lang, s) {
        (Lang::Id, FollowUpStatus::Open) => "Terbuka",
        (Lang::En, FollowUpStatus::Open) => "Open",
        (Lang::Id, FollowUpStatus::Achieved) => "Tercapai",
        (Lang::En, FollowUpStatus::Achieved) => "Achieved",
        (Lang::Id, FollowUpStatus::NotAchieved) => "Tidak tercapai",
        (Lang::En, FollowUpStatus::NotAchieved) => "Not achieved",
    }
}

/// The labels of the printed form, in order of use.
pub struct FormWords {
    pub title: &'static str,
    pub date: &'static str,
    pub kind: &'static str,
    pub employee: &'static str,
    pub appraiser: &'static str,
    pub name: &'static str,
    pub nip: &'static str,
    pub grade: &'static str,
    pub position: &'static str,
    pub unit: &'static str,
    pub situation: &'static str,
    pub topics: &'static str,
    pub no_topics: &'static str,
    pub follow_ups: &'static str,
    pub no_follow_ups: &'static str,
    /// Table heads: No, item, due, status.
    pub table: [&'static str; 4],
    pub competence: &'static str,
    pub method: &'static str,
    pub when: &'static str,
    pub employee_part: &'static str,
    pub appraiser_part: &'static str,
    pub review: &'static str,
    pub carried_from: &'static str,
    pub acknowledgement: &'static str,
    pub acknowledged_on: &'static str,
    pub employee_signs: &'static str,
    pub appraiser_signs: &'static str,
}

pub fn form_words(lang: Lang) -> FormWords {
    match lang {
        Lang::Id => FormWords {
            title: "FORMULIR DIALOG KINERJA",
            date: "Tanggal dialog",
            kind: "Jenis dialog",
            employee: "PEGAWAI YANG DINILAI",
            appraiser: "PEJABAT PENILAI KINERJA",
            name: "Nama",
            nip: "NIP",
            grade: "Pangkat/Golongan",
            position: "Jabatan",
            unit: "Unit kerja",
            situation: "SITUASI / PERMASALAHAN",
            topics: "TOPIK YANG DIBAHAS",
            no_topics: "(tidak ada topik yang dikaitkan)",
            follow_ups: "RENCANA TINDAK LANJUT",
            no_follow_ups: "(tidak ada tindak lanjut)",
            table: ["NO", "TINDAK LANJUT", "JATUH TEMPO", "STATUS"],
            competence: "Kompetensi",
            method: "Metode",
            when: "Waktu",
            employee_part: "Tanggung jawab pegawai",
            appraiser_part: "Tanggung jawab penilai",
            review: "Reviu",
            carried_from: "Lanjutan dari",
            acknowledgement: "PERSETUJUAN",
            acknowledged_on: "Diketahui tanggal",
            employee_signs: "Pegawai yang dinilai,",
            appraiser_signs: "Pejabat penilai kinerja,",
        },
        Lang::En => FormWords {
            title: "FORMULIR DIALOG KINERJA",
            date: "Session date",
            kind: "Kind of session",
            employee: "EMPLOYEE (PEGAWAI YANG DINILAI)",
            appraiser: "APPRAISER (PEJABAT PENILAI KINERJA)",
            name: "Name",
            nip: "NIP",
            grade: "Pangkat/Golongan",
            position: "Position",
            unit: "Unit",
            situation: "SITUATION / PROBLEM",
            topics: "TOPICS DISCUSSED",
            no_topics: "(no topic linked)",
            follow_ups: "FOLLOW-UP PLAN (RENCANA TINDAK LANJUT)",
            no_follow_ups: "(no follow-up)",
            table: ["NO", "FOLLOW-UP", "DUE", "STATUS"],
            competence: "Competence",
            method: "Method",
            when: "When",
            employee_part: "Employee's part",
            appraiser_part: "Appraiser's part",
            review: "Review",
            carried_from: "Carried over from",
            acknowledgement: "ACKNOWLEDGEMENT",
            acknowledged_on: "Acknowledged on",
            employee_signs: "The employee,",
            appraiser_signs: "The appraiser,",
        },
    }
}

/// `kinerja agenda --format text`: a readable list under five headings.
pub fn agenda_text(lang: Lang, supervisor: &str, view: &AgendaView, a: &AgendaJson) -> String {
    let mut out = match lang {
        Lang::Id => format!(
            "Agenda {supervisor} pada {} (segmen {}: {} - {})\n",
            dmy(view.on),
            view.current.number,
            dmy(view.current.from),
            dmy(view.current.to)
        ),
        Lang::En => format!(
            "Agenda of {supervisor} on {} (segment {}: {} - {})\n",
            dmy(view.on),
            view.current.number,
            dmy(view.current.from),
            dmy(view.current.to)
        ),
    };
    let none = match lang {
        Lang::Id => "  (tidak ada)",
        Lang::En => "  (none)",
    };
    let heads: [&str; 5] = match lang {
        Lang::Id => [
            "Tindak lanjut jatuh tempo dalam 14 hari atau terlambat",
            "Belum mendapat umpan balik dalam segmen ini",
            "SKP belum ada atau belum disetujui",
            "Penilaian segmen lalu belum ada atau belum ditandatangani",
            "Keberatan menunggu keputusan",
        ],
        Lang::En => [
            "Follow-ups due within 14 days or overdue",
            "No feedback yet in this segment",
            "Plan (SKP) missing or not approved",
            "Evaluation of the last segment missing or unsigned",
            "Objections waiting for a decision",
        ],
    };
    let late = match lang {
        Lang::Id => "TERLAMBAT",
        Lang::En => "OVERDUE",
    };
    out.push('\n');
    out.push_str(heads[0]);
    out.push_str(&format!(" ({}):\n", a.tindak_lanjut.len()));
    if a.tindak_lanjut.is_empty() {
        out.push_str(none);
        out.push('\n');
    }
    for d in &a.tindak_lanjut {
        let flag = if d.terlambat { late } else { "" };
        out.push_str(&format!(
            "  {}  {:<9}  {} ({}): {}\n",
            d.jatuh_tempo, flag, d.nama, d.nip, d.tindak_lanjut
        ));
    }
    let lists = [
        &a.tanpa_umpan_balik,
        &a.skp_belum_disetujui,
        &a.penilaian_belum_ditandatangani,
        &a.keberatan_menunggu,
    ];
    for (head, list) in heads[1..].iter().zip(lists) {
        out.push('\n');
        out.push_str(head);
        out.push_str(&format!(" ({}):\n", list.len()));
        if list.is_empty() {
            out.push_str(none);
            out.push('\n');
        }
        for p in list {
            out.push_str(&format!("  {} ({})\n", p.nama, p.nip));
        }
    }
    out
}

/// Help texts of the dialog commands; `None` for a path that is not one of them.
pub fn command_text(lang: Lang, path: &str) -> Option<CommandText> {
    let (about, usage, after_help) = match (lang, path) {
        (Lang::Id, "import dialog") => (
            "Mengimpor dialog kinerja (catatan sesi umpan balik) dari berkas CSV: semua baris \
             atau tidak sama sekali.\nSatu baris per tindak lanjut; baris dengan nip, tanggal dan \
             jenis yang sama adalah satu dialog. Pejabat penilai = atasan langsung di data \
             pegawai.",
            "kinerja import dialog FILE.csv",
            Some(
                "Baris pertama berkas harus persis:\n  \
                 nip,tanggal,jenis,catatan,tindak_lanjut,jatuh_tempo,status_tindak_lanjut\n\
                 tanggal, jatuh_tempo: DD/MM/YYYY; jatuh_tempo tidak boleh sebelum tanggal;\n\
                 jenis: perencanaan, pemantauan, evaluasi, coaching, mentoring, konseling;\n\
                 catatan: situasi/permasalahan (wajib pada salah satu baris dialog);\n\
                 tindak_lanjut kosong: dialog tanpa tindak lanjut;\n\
                 status_tindak_lanjut: kosong atau terbuka, tercapai, tidak_tercapai.",
            ),
        ),
        (Lang::En, "import dialog") => (
            "Imports feedback sessions (dialog kinerja) from a CSV file: all rows or nothing.\n\
             One row per follow-up; rows with the same nip, tanggal and jenis are one session. \
             The appraiser is the direct supervisor in the register.",
            "kinerja import dialog FILE.csv",
            Some(
                "The first line of the file must be exactly:\n  \
                 nip,tanggal,jenis,catatan,tindak_lanjut,jatuh_tempo,status_tindak_lanjut\n\
                 tanggal, jatuh_tempo: DD/MM/YYYY; jatuh_tempo not before tanggal;\n\
                 jenis: perencanaan, pemantauan, evaluasi, coaching, mentoring, konseling;\n\
                 catatan: the situation (required on one row of the session);\n\
                 empty tindak_lanjut: a session without a follow-up;\n\
                 status_tindak_lanjut: empty or terbuka, tercapai, tidak_tercapai.",
            ),
        ),
        (Lang::Id, "export dialog") => (
            "Mengekspor dialog kinerja satu tahun: satu entri per dialog dengan tindak lanjutnya. \
             CSV-nya berformat impor (satu baris per tindak lanjut) dan dapat diimpor kembali; \
             JSON memuat semua rincian.",
            "kinerja export dialog --tahun YYYY [--format csv|json] [-o FILE]",
            None,
        ),
        (Lang::En, "export dialog") => (
            "Exports one year's feedback sessions: one entry per session with its follow-ups. \
             The CSV has the import layout (one row per follow-up) and re-imports; the JSON \
             holds every detail.",
            "kinerja export dialog --tahun YYYY [--format csv|json] [-o FILE]",
            None,
        ),
        (Lang::Id, "agenda") => (
            "Agenda seorang atasan: apa yang perlu ditangani pada satu hari.\nTindak lanjut yang \
             jatuh tempo dalam 14 hari atau terlambat, bawahan tanpa umpan balik dalam segmen \
             ini, SKP yang belum disetujui, penilaian yang belum ditandatangani, keberatan yang \
             menunggu.",
            "kinerja agenda --nip NIP [--tanggal DD/MM/YYYY] [--format text|json]",
            None,
        ),
        (Lang::En, "agenda") => (
            "A supervisor's agenda: what needs dealing with on one day.\nFollow-ups due within \
             14 days or overdue, reports without feedback in the current segment, plans not \
             approved, evaluations not signed, objections waiting.",
            "kinerja agenda --nip NIP [--tanggal DD/MM/YYYY] [--format text|json]",
            None,
        ),
        (Lang::Id, "cetak") => (
            "Mencetak formulir ke berkas teks.",
            "kinerja cetak dialog --nip NIP --tanggal DD/MM/YYYY [--jenis JENIS] -o FILE",
            None,
        ),
        (Lang::En, "cetak") => (
            "Prints forms to a text file.",
            "kinerja cetak dialog --nip NIP --tanggal DD/MM/YYYY [--jenis JENIS] -o FILE",
            None,
        ),
        (Lang::Id, "cetak dialog") => (
            "Menulis satu dialog kinerja sebagai formulir kertas FORMULIR DIALOG KINERJA.\n\
             Isinya: pegawai dan pejabat penilai, tanggal dan jenis, situasi, topik, tabel \
             tindak lanjut, persetujuan dengan tanggal dan tempat tanda tangan.",
            "kinerja cetak dialog --nip NIP --tanggal DD/MM/YYYY [--jenis JENIS] -o FILE",
            None,
        ),
        (Lang::En, "cetak dialog") => (
            "Writes one feedback session as the paper form FORMULIR DIALOG KINERJA.\n\
             It holds: employee and appraiser, date and kind, situation, topics, a table of \
             follow-ups, acknowledgements with dates and signature blanks.",
            "kinerja cetak dialog --nip NIP --tanggal DD/MM/YYYY [--jenis JENIS] -o FILE",
            None,
        ),
        _ => return None,
    };
    Some(CommandText {
        about,
        usage,
        after_help,
    })
}

/// Help of the arguments of the dialog commands; `None` when not one of theirs.
pub fn arg_help(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    let ours = path == "agenda" || path == "cetak dialog";
    Some(match (lang, id) {
        (Lang::Id, "nip") if path == "agenda" => "NIP atasan yang agendanya ditampilkan",
        (Lang::En, "nip") if path == "agenda" => "NIP of the supervisor whose agenda is shown",
        (Lang::Id, "nip") if ours => "NIP pegawai yang dinilai",
        (Lang::En, "nip") if ours => "NIP of the employee",
        (Lang::Id, "tanggal") if path == "agenda" => "Hari agenda, DD/MM/YYYY [bawaan: hari ini]",
        (Lang::En, "tanggal") if path == "agenda" => {
            "Day of the agenda, DD/MM/YYYY [default: today]"
        }
        (Lang::Id, "tanggal") if ours => "Tanggal dialog, DD/MM/YYYY",
        (Lang::En, "tanggal") if ours => "Date of the session, DD/MM/YYYY",
        (Lang::Id, "jenis") if ours => {
            "Jenis dialog bila ada beberapa pada tanggal itu: perencanaan, pemantauan, evaluasi, \
             coaching, mentoring, konseling"
        }
        (Lang::En, "jenis") if ours => {
            "Kind of session when there are several that day: perencanaan, pemantauan, \
             evaluasi, coaching, mentoring, konseling"
        }
        (Lang::Id, "format") if path == "agenda" => "Format keluaran: text (bawaan) atau json",
        (Lang::En, "format") if path == "agenda" => "Output format: text (default) or json",
        (Lang::Id, "output") if ours => "Berkas teks yang ditulis (wajib)",
        (Lang::En, "output") if ours => "The text file to write (required)",
        _ => return None,
    })
}
