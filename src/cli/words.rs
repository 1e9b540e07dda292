//! Texts of the command line: help, usage errors, import problems, summaries.

use std::path::Path;

use crate::app::services::auth::{AccountError, SignInError};
use crate::app::transfer::import::{RowError, RowProblem, HEADER};
use crate::app::CommandError;
use crate::cli::error::{CliError, UsageError};
use crate::domain::dates::DateError;
use crate::domain::{ActingAssignment, EmployeeKind, Field, NipError, Role, RuleError};
use crate::i18n::acting::acting_errors;
use crate::i18n::common::dmy;
use crate::i18n::Lang;

/// About, usage line and closing text of one (sub)command.
pub struct CommandText {
    pub about: &'static str,
    pub usage: &'static str,
    pub after_help: Option<&'static str>,
}

fn text(about: &'static str, usage: &'static str) -> CommandText {
    CommandText {
        about,
        usage,
        after_help: None,
    }
}

/// `path`: the subcommand chain, `""` for the root, e.g. `"export unit"`.
pub fn command_text(lang: Lang, path: &str) -> CommandText {
    match (lang, path) {
        (Lang::Id, "") => CommandText {
            about: "Pengelolaan kinerja ASN (PermenPANRB 6/2022) di terminal.\n\
                    Tanpa perintah: membuka aplikasi pada database.",
            usage: "kinerja [OPSI] [PERINTAH]",
            after_help: Some(
                "Variabel lingkungan:\n  \
                 KINERJA_DB    lokasi database (sama dengan --db)\n  \
                 KINERJA_LANG  bahasa: id (bawaan) atau en (sama dengan --lang)\n\n\
                 Kode keluar: 0 berhasil; 1 masukan atau perintah ditolak; \
                 2 database terkunci atau tidak dapat dipakai.",
            ),
        },
        (Lang::En, "") => CommandText {
            about: "Performance management of Indonesian civil servants (PermenPANRB 6/2022) \
                    in the terminal.\nWithout a command: opens the app on the database.",
            usage: "kinerja [OPTIONS] [COMMAND]",
            after_help: Some(
                "Environment:\n  \
                 KINERJA_DB    database location (same as --db)\n  \
                 KINERJA_LANG  language: id (default) or en (same as --lang)\n\n\
                 Exit codes: 0 success; 1 input or command refused; \
                 2 database locked or unusable.",
            ),
        },
        (Lang::Id, "demo") => CommandText {
            about: "Membuat (atau membuka kembali) database contoh kantor Distrik Salor, \
                    dengan akun, lalu membuka aplikasi.\n\
                    Tanpa --db, database contoh ada di folder sementara sistem.",
            usage: "kinerja demo [--db PATH] [--no-open] [--as NIP]",
            after_help: Some(
                "Akun contoh: setiap atasan (penilai), Agus (admin, BKPSDM) dan Daniel \
                 (penilai); nama pengguna = nama depan huruf kecil (mis. maria), \
                 kata sandi = 6 angka terakhir NIP.",
            ),
        },
        (Lang::En, "demo") => CommandText {
            about: "Creates (or reopens) a sample database of the Salor district office, \
                    with accounts, then opens the app.\n\
                    Without --db the sample database is in the system temp folder.",
            usage: "kinerja demo [--db PATH] [--no-open] [--as NIP]",
            after_help: Some(
                "Sample accounts: every supervisor (penilai), Agus (admin, BKPSDM) and Daniel \
                 (penilai); user name = first name in lower case (e.g. maria), \
                 password = the last 6 digits of the NIP.",
            ),
        },
        (Lang::Id, "user") => CommandText {
            about: "Mengelola akun pengguna (untuk admin, di komputer kantor).",
            usage: "kinerja user add|list|reset-password|disable|enable|key ...",
            after_help: Some(
                "Perintah ini berjalan sebagai operator lokal dan dicatat di jejak audit sebagai \
                 cli:<pengguna sistem>: siapa pun yang dapat menjalankannya juga dapat membaca \
                 berkas database.",
            ),
        },
        (Lang::En, "user") => CommandText {
            about: "Manages user accounts (for admins, on the office computer).",
            usage: "kinerja user add|list|reset-password|disable|enable|key ...",
            after_help: Some(
                "These commands run as the local operator and are recorded in the audit trail as \
                 cli:<OS user>: whoever can run them can read the database file anyway.",
            ),
        },
        (Lang::Id, "user add") => text(
            "Membuat akun. Tanpa --password-stdin kata sandi ditanyakan dua kali tanpa \
             ditampilkan (jika masukan bukan terminal: baris pertama masukan).",
            "kinerja user add USERNAME --role admin|penilai [--nip NIP] [--password-stdin]",
        ),
        (Lang::En, "user add") => text(
            "Creates an account. Without --password-stdin the password is asked twice without \
             echo (when input is not a terminal: the first line of input).",
            "kinerja user add USERNAME --role admin|penilai [--nip NIP] [--password-stdin]",
        ),
        (Lang::Id, "user list") => text(
            "Menampilkan semua akun: nama pengguna, peran, NIP, nama, keadaan.",
            "kinerja user list",
        ),
        (Lang::En, "user list") => text(
            "Lists every account: user name, role, NIP, name, state.",
            "kinerja user list",
        ),
        (Lang::Id, "user reset-password") => text(
            "Menetapkan kata sandi baru dan membuka kunci; pengguna wajib menggantinya saat \
             masuk berikutnya.",
            "kinerja user reset-password USERNAME [--password-stdin]",
        ),
        (Lang::En, "user reset-password") => text(
            "Sets a new password and lifts a lock; the user must change it at the next sign-in.",
            "kinerja user reset-password USERNAME [--password-stdin]",
        ),
        (Lang::Id, "user disable") => text(
            "Menonaktifkan akun: tidak dapat masuk lagi (datanya tetap).",
            "kinerja user disable USERNAME",
        ),
        (Lang::En, "user disable") => text(
            "Disables an account: it can no longer sign in (its data stays).",
            "kinerja user disable USERNAME",
        ),
        (Lang::Id, "user enable") => text(
            "Mengaktifkan kembali akun yang dinonaktifkan.",
            "kinerja user enable USERNAME",
        ),
        (Lang::En, "user enable") => text(
            "Enables a disabled account again.",
            "kinerja user enable USERNAME",
        ),
        (Lang::Id, "plt") => CommandText {
            about: "Mencatat pelaksana tugas (Plt/Plh): pejabat yang menggantikan atasan yang \
                    berhalangan selama suatu periode (untuk admin, di komputer kantor).\n\
                    Selama periode itu ia menilai bawahan langsung atasan yang digantikan.",
            usage: "kinerja plt add|list ...",
            after_help: Some(
                "Perintah ini berjalan sebagai operator lokal dan dicatat di jejak audit sebagai \
                 cli:<pengguna sistem>. Penugasan berlaku saat pengguna masuk berikutnya.",
            ),
        },
        (Lang::En, "plt") => CommandText {
            about: "Records acting officials (Plt/Plh): someone who acts for an absent supervisor \
                    over a period (for admins, on the office computer).\n\
                    During the period they appraise the absent supervisor's direct reports.",
            usage: "kinerja plt add|list ...",
            after_help: Some(
                "These commands run as the local operator and are recorded in the audit trail as \
                 cli:<OS user>. An assignment takes effect at the user's next sign-in.",
            ),
        },
        (Lang::Id, "plt add") => text(
            "Mencatat Plt/Plh: pegawai ber-NIP NIP_PLT menggantikan atasan yang NIP-nya \
             diberikan dengan --for, dari tanggal --from sampai tanggal --to (keduanya \
             termasuk). Keduanya harus pegawai aktif dan orang yang berbeda; \
             satu atasan hanya digantikan satu orang pada hari yang sama.",
            "kinerja plt add NIP_PLT --for NIP_ATASAN --from DD/MM/YYYY --to DD/MM/YYYY \
             [--reason TEKS]",
        ),
        (Lang::En, "plt add") => text(
            "Records a Plt/Plh: the employee with the NIP NIP_PLT acts for the supervisor given \
             by --for, from the --from day to the --to day (both included). Both must be active employees and different people; a \
             supervisor has one acting official on any day.",
            "kinerja plt add NIP_PLT --for NIP_ATASAN --from DD/MM/YYYY --to DD/MM/YYYY \
             [--reason TEXT]",
        ),
        (Lang::Id, "plt end") => text(
            "Mengakhiri Plt/Plh lebih awal: hari terakhirnya menjadi --on (bawaan: hari ini). \
             Tidak boleh sebelum hari pertamanya. Dicatat di jejak audit.",
            "kinerja plt end ID [--on DD/MM/YYYY] [--reason TEKS]",
        ),
        (Lang::En, "plt end") => text(
            "Ends a Plt/Plh early: its last day becomes --on (default: today). Not before its \
             first day. Recorded in the audit trail.",
            "kinerja plt end ID [--on DD/MM/YYYY] [--reason TEXT]",
        ),
        (Lang::Id, "plt list") => text(
            "Menampilkan semua Plt/Plh: siapa menggantikan siapa, periode, dan apakah berlaku \
             hari ini.",
            "kinerja plt list",
        ),
        (Lang::En, "plt list") => text(
            "Lists every Plt/Plh: who acts for whom, the period, and whether it holds today.",
            "kinerja plt list",
        ),
        (Lang::Id, "periode") => CommandText {
            about: "Periode penilaian: membuka tahun penilaian dan memindahkan tahapnya \
                    (untuk admin, di komputer kantor).",
            usage: "kinerja periode list|buka|tahap|segmen ...",
            after_help: Some(
                "Tahap: perencanaan -> pelaksanaan -> evaluasi -> ditutup, satu langkah maju \
                 atau mundur. Dicatat di jejak audit sebagai cli:<pengguna sistem>.",
            ),
        },
        (Lang::En, "periode") => CommandText {
            about: "Appraisal periods: opens an appraisal year and moves its stage (for admins, \
                    on the office computer).",
            usage: "kinerja periode list|buka|tahap|segmen ...",
            after_help: Some(
                "Stages: perencanaan -> pelaksanaan -> evaluasi -> ditutup, one step forward or \
                 back. Recorded in the audit trail as cli:<OS user>.",
            ),
        },
        (Lang::Id, "periode list") => text(
            "Menampilkan semua periode penilaian: tahun, segmen, tahap dan tenggat.",
            "kinerja periode list",
        ),
        (Lang::En, "periode list") => text(
            "Lists every appraisal period: year, segments, stage and deadlines.",
            "kinerja periode list",
        ),
        (Lang::Id, "periode buka") => text(
            "Membuka tahun penilaian dalam tahap perencanaan, dengan segmen dan tenggat dari \
             pengaturan kantor (bawaan: triwulan; SKP disepakati paling lambat 31 Januari).",
            "kinerja periode buka TAHUN [--segmen bulanan|triwulan|semester] [--reason TEKS]",
        ),
        (Lang::En, "periode buka") => text(
            "Opens an appraisal year in the planning stage, with segments and deadlines from the \
             office settings (default: quarterly; plans agreed by 31 January).",
            "kinerja periode buka TAHUN [--segmen bulanan|triwulan|semester] [--reason TEXT]",
        ),
        (Lang::Id, "periode tahap") => text(
            "Memindahkan tahap periode satu langkah: perencanaan, pelaksanaan, evaluasi, ditutup.",
            "kinerja periode tahap TAHUN perencanaan|pelaksanaan|evaluasi|ditutup [--reason TEKS]",
        ),
        (Lang::En, "periode tahap") => text(
            "Moves the period one stage: perencanaan, pelaksanaan, evaluasi, ditutup.",
            "kinerja periode tahap TAHUN perencanaan|pelaksanaan|evaluasi|ditutup [--reason TEXT]",
        ),
        (Lang::Id, "periode segmen") => text(
            "Mengganti segmen periodik tahun itu (hanya selama tahap perencanaan).",
            "kinerja periode segmen TAHUN bulanan|triwulan|semester [--reason TEKS]",
        ),
        (Lang::En, "periode segmen") => text(
            "Changes the year's periodic segments (only during planning).",
            "kinerja periode segmen TAHUN bulanan|triwulan|semester [--reason TEXT]",
        ),
        (Lang::Id, "import") => text(
            "Mengimpor data ke database.",
            "kinerja import pegawai|skp|realisasi|penilaian|dialog FILE.csv",
        ),
        (Lang::En, "import") => text(
            "Imports data into the database.",
            "kinerja import pegawai|skp|realisasi|penilaian|dialog FILE.csv",
        ),
        (Lang::Id, "import pegawai") => CommandText {
            about: "Mengimpor daftar pegawai dari berkas CSV: semua baris atau tidak sama sekali.\n\
                    Pegawai yang NIP-nya sudah ada diperbarui; unit yang belum ada dibuat.",
            usage: "kinerja import pegawai FILE.csv",
            after_help: Some(
                "Baris pertama berkas harus persis:\n  \
                 nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n\
                 jenis: PNS atau PPPK; golongan: III/a (PNS) atau IX (PPPK);\n\
                 jenis_jabatan: Administrator, Pengawas, Fungsional Ahli Pertama, Pelaksana, ...;\n\
                 nip_atasan: NIP atasan langsung (di berkas atau di database), kosong untuk pimpinan;\n\
                 status: aktif, nonaktif, pensiun, mutasi_keluar, meninggal, cltn, tugas_belajar, \
                 diberhentikan, lainnya.",
            ),
        },
        (Lang::En, "import pegawai") => CommandText {
            about: "Imports the employee register from a CSV file: all rows or nothing.\n\
                    Employees whose NIP exists are updated; units that do not exist are created.",
            usage: "kinerja import pegawai FILE.csv",
            after_help: Some(
                "The first line of the file must be exactly:\n  \
                 nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n\
                 jenis: PNS or PPPK; golongan: III/a (PNS) or IX (PPPK);\n\
                 jenis_jabatan: Administrator, Pengawas, Fungsional Ahli Pertama, Pelaksana, ...;\n\
                 nip_atasan: the direct superior's NIP (in the file or the database), empty for the head;\n\
                 status: aktif, nonaktif, pensiun, mutasi_keluar, meninggal, cltn, tugas_belajar, \
                 diberhentikan, lainnya.",
            ),
        },
        (Lang::Id, "import skp") => CommandText {
            about: "Mengimpor SKP (rencana hasil kerja dan indikator) dari berkas CSV: semua baris \
                    atau tidak sama sekali.\nSKP disimpan sebagai Draft, atau Disetujui dengan \
                    --disetujui. SKP yang sudah ada untuk pegawai dan tahun itu diperbarui.",
            usage: "kinerja import skp FILE.csv [--disetujui]",
            after_help: Some(
                "Baris pertama berkas harus persis:\n  \
                 nip,tahun,pendekatan,jenis_rhk,no_rhk,rhk,no_rhk_atasan,no_indikator,indikator,aspek,target,satuan,arah\n\
                 Satu baris per indikator. pendekatan: kuantitatif atau kualitatif; jenis_rhk: \
                 utama atau tambahan;\nno_rhk_atasan: nomor RHK di SKP atasan langsung tahun itu \
                 (di berkas atau database), kosong hanya untuk pimpinan atau JPT;\n\
                 target: angka (12, 12.5, \"12,5\"), rentang (7-8), atau teks untuk kualitatif;\n\
                 aspek: Kuantitas, Kualitas, Waktu, Biaya (kosong untuk kualitatif); arah: naik \
                 (bawaan) atau turun.",
            ),
        },
        (Lang::En, "import skp") => CommandText {
            about: "Imports plans (SKP: work results and indicators) from a CSV file: all rows \
                    or nothing.\nPlans are stored as Draft, or Disetujui with --disetujui. An \
                    existing plan of that employee and year is updated.",
            usage: "kinerja import skp FILE.csv [--disetujui]",
            after_help: Some(
                "The first line of the file must be exactly:\n  \
                 nip,tahun,pendekatan,jenis_rhk,no_rhk,rhk,no_rhk_atasan,no_indikator,indikator,aspek,target,satuan,arah\n\
                 One row per indicator. pendekatan: kuantitatif or kualitatif; jenis_rhk: utama \
                 or tambahan;\nno_rhk_atasan: the RHK number in the direct supervisor's plan of \
                 that year (file or database), empty only at the top or for JPT;\n\
                 target: a number (12, 12.5, \"12,5\"), a range (7-8), or text for kualitatif;\n\
                 aspek: Kuantitas, Kualitas, Waktu, Biaya (empty for kualitatif); arah: naik \
                 (default) or turun.",
            ),
        },
        (Lang::Id, "import realisasi") => CommandText {
            about: "Mengimpor realisasi per segmen ke SKP yang sudah disetujui: semua baris atau \
                    tidak sama sekali.",
            usage: "kinerja import realisasi FILE.csv",
            after_help: Some(
                "Baris pertama berkas harus persis:\n  \
                 nip,tahun,segmen,no_rhk,no_indikator,realisasi,bukti,umpan_balik",
            ),
        },
        (Lang::En, "import realisasi") => CommandText {
            about: "Imports realisations per segment into approved plans: all rows or nothing.",
            usage: "kinerja import realisasi FILE.csv",
            after_help: Some(
                "The first line of the file must be exactly:\n  \
                 nip,tahun,segmen,no_rhk,no_indikator,realisasi,bukti,umpan_balik",
            ),
        },
        (Lang::Id, "export skp") => text(
            "Mengekspor SKP satu tahun; CSV-nya berformat impor dan dapat diimpor kembali.",
            "kinerja export skp --tahun YYYY [--nip NIP] [--format csv|json] [-o FILE]",
        ),
        (Lang::En, "export skp") => text(
            "Exports one year's plans; the CSV has the import layout and re-imports.",
            "kinerja export skp --tahun YYYY [--nip NIP] [--format csv|json] [-o FILE]",
        ),
        (Lang::Id, "export") => text(
            "Mengekspor data dari database (CSV atau JSON).",
            "kinerja export pegawai|unit|skp|penilaian|dialog [--format csv|json] [-o FILE]",
        ),
        (Lang::En, "export") => text(
            "Exports data from the database (CSV or JSON).",
            "kinerja export pegawai|unit|skp|penilaian|dialog [--format csv|json] [-o FILE]",
        ),
        (Lang::Id, "export pegawai") => text(
            "Mengekspor semua pegawai; CSV-nya dapat diimpor kembali apa adanya.",
            "kinerja export pegawai [--format csv|json] [-o FILE]",
        ),
        (Lang::En, "export pegawai") => text(
            "Exports every employee; the CSV re-imports unchanged.",
            "kinerja export pegawai [--format csv|json] [-o FILE]",
        ),
        (Lang::Id, "export unit") => text(
            "Mengekspor semua unit kerja (id, nama, induk, kepala, aktif).",
            "kinerja export unit [--format csv|json] [-o FILE]",
        ),
        (Lang::En, "export unit") => text(
            "Exports every unit (id, name, parent, head, active).",
            "kinerja export unit [--format csv|json] [-o FILE]",
        ),
        (Lang::Id, "script") => text(
            "Menjalankan aplikasi tanpa layar dengan tombol dari berkas (satu tombol per baris) \
             dan mencetak layarnya.",
            "kinerja script --keys FILE [--size 100x30] [--as USER]",
        ),
        (Lang::En, "script") => text(
            "Runs the app headless with keys from a file (one key per line) and prints the screen.",
            "kinerja script --keys FILE [--size 100x30] [--as USER]",
        ),
        (Lang::Id, "gen") => text(
            "Mengisi database kosong dengan N pegawai buatan (untuk uji kecepatan).",
            "kinerja gen --employees N [--db PATH]",
        ),
        (Lang::En, "gen") => text(
            "Fills an empty database with N generated employees (for benchmarks).",
            "kinerja gen --employees N [--db PATH]",
        ),
        (_, p) if p.starts_with("pengaturan") => super::settings_words::command_text(lang, p),
        (_, "serve") => super::serve_words::command_text(lang),
        (_, p) if p.starts_with("user key") => super::user_key_words::command_text(lang, p),
        (_, p) if super::dialog_words::command_text(lang, p).is_some() => {
            super::dialog_words::command_text(lang, p).unwrap_or_else(|| text("-", "kinerja"))
        }
        (_, p) if super::review_words::command_text(lang, p).is_some() => {
            super::review_words::command_text(lang, p).unwrap_or_else(|| text("-", "kinerja"))
        }
        (Lang::Id, _) => text("-", "kinerja"),
        (Lang::En, _) => text("-", "kinerja"),
    }
}

/// Help of the argument `id` of the command at `path`.
pub fn arg_help(lang: Lang, path: &str, id: &str) -> &'static str {
    if let Some(help) = super::settings_words::arg_help(lang, path, id) {
        return help;
    }
    if let Some(help) = super::serve_words::arg_help(lang, path, id) {
        return help;
    }
    if let Some(help) = super::user_key_words::arg_help(lang, path, id) {
        return help;
    }
    if let Some(help) = super::dialog_words::arg_help(lang, path, id) {
        return help;
    }
    if let Some(help) = super::review_words::arg_help(lang, path, id) {
        return help;
    }
    match (lang, id) {
        (Lang::Id, "db") => {
            "Lokasi database [bawaan: folder data pengguna, mis. ~/.local/share/kinerja/db; \
             variabel KINERJA_DB]"
        }
        (Lang::En, "db") => {
            "Database location [default: the user's data folder, e.g. \
             ~/.local/share/kinerja/db; variable KINERJA_DB]"
        }
        (Lang::Id, "lang") => "Bahasa: id (Indonesia, bawaan) atau en (Inggris) [KINERJA_LANG]",
        (Lang::En, "lang") => "Language: id (Indonesian, default) or en (English) [KINERJA_LANG]",
        (Lang::Id, "help") => "Tampilkan bantuan ini",
        (Lang::En, "help") => "Show this help",
        (Lang::Id, "version") => "Tampilkan versi",
        (Lang::En, "version") => "Show the version",
        (Lang::Id, "no_open") => "Hanya siapkan database contoh, jangan buka aplikasi",
        (Lang::En, "no_open") => "Only prepare the sample database, do not open the app",
        (Lang::Id, "file") => "Berkas CSV (UTF-8, pemisah koma atau titik koma)",
        (Lang::En, "file") => "CSV file (UTF-8, comma or semicolon separated)",
        (Lang::Id, "format") => "Format keluaran: csv (bawaan) atau json",
        (Lang::En, "format") => "Output format: csv (default) or json",
        (Lang::Id, "output") => "Tulis ke berkas ini (bawaan: layar/stdout)",
        (Lang::En, "output") => "Write to this file (default: standard output)",
        (Lang::Id, "keys") => "Berkas tombol: satu tombol per baris, `dump` mencetak layar",
        (Lang::En, "keys") => "Key file: one key per line, `dump` prints the screen",
        (Lang::Id, "as_user") => {
            "Masuk sebagai pengguna ini (kata sandi: baris pertama masukan standar); wajib bila \
             database mempunyai akun"
        }
        (Lang::En, "as_user") => {
            "Sign in as this user (password: the first line of standard input); required when \
             the database has accounts"
        }
        (Lang::Id, "size") => "Ukuran layar, lebar x tinggi [bawaan: 100x30]",
        (Lang::En, "size") => "Screen size, width x height [default: 100x30]",
        (Lang::Id, "employees") => "Jumlah pegawai yang dibuat",
        (Lang::En, "employees") => "Number of employees to generate",
        (Lang::Id, "as_nip") => "Buka aplikasi sudah masuk sebagai akun contoh pegawai ber-NIP ini",
        (Lang::En, "as_nip") => "Open the app signed in as the sample account of this NIP",
        (Lang::Id, "username") => "Nama pengguna (huruf kecil, angka, . _ -; diawali huruf)",
        (Lang::En, "username") => "User name (lower-case letters, digits, . _ -; a letter first)",
        (Lang::Id, "role") => "Peran: admin (BKPSDM, semua data) atau penilai (atasan)",
        (Lang::En, "role") => "Role: admin (BKPSDM, all data) or penilai (a supervisor)",
        (Lang::Id, "disetujui") => {
            "Simpan SKP sebagai Disetujui (SKP yang sudah disepakati di aplikasi lain; dicatat \
             di jejak audit)"
        }
        (Lang::En, "disetujui") => {
            "Store the plans as Disetujui (plans agreed in another tool; recorded in the audit \
             trail)"
        }
        (Lang::Id, "tahun") => "Tahun penilaian, mis. 2026",
        (Lang::En, "tahun") => "Appraisal year, e.g. 2026",
        (_, "nip") if path == "export skp" => match lang {
            Lang::Id => "Hanya SKP pegawai ber-NIP ini",
            Lang::En => "Only the plans of the employee with this NIP",
        },
        (Lang::Id, "nip") => "NIP pegawai pemilik akun",
        (Lang::En, "nip") => "NIP of the employee who owns the account",
        (Lang::Id, "password_stdin") => "Baca kata sandi dari baris pertama masukan standar",
        (Lang::En, "password_stdin") => "Read the password from the first line of standard input",
        (Lang::Id, "acting_nip") => "NIP pegawai yang menjadi pelaksana tugas (Plt/Plh)",
        (Lang::En, "acting_nip") => "NIP of the employee who acts (Plt/Plh)",
        (Lang::Id, "for_nip") => "NIP atasan yang digantikan",
        (Lang::En, "for_nip") => "NIP of the absent supervisor",
        (Lang::Id, "from") => "Hari pertama, DD/MM/YYYY",
        (Lang::En, "from") => "First day, DD/MM/YYYY",
        (Lang::Id, "to") => "Hari terakhir, DD/MM/YYYY",
        (Lang::En, "to") => "Last day, DD/MM/YYYY",
        (Lang::Id, "id") => "Nomor Plt/Plh (lihat plt list)",
        (Lang::En, "id") => "Number of the acting assignment (see plt list)",
        (Lang::Id, "on") => "Hari terakhir, DD/MM/YYYY [bawaan: hari ini]",
        (Lang::En, "on") => "Last day, DD/MM/YYYY [default: today]",
        (Lang::Id, "reason") => "Alasan untuk jejak audit (mis. nomor surat perintah)",
        (Lang::En, "reason") => "Reason for the audit trail (e.g. the number of the order)",

        (Lang::Id, "year") => "Tahun penilaian, mis. 2027",
        (Lang::En, "year") => "Appraisal year, e.g. 2027",
        (Lang::Id, "segmen" | "segmentation") => {
            "Segmen periodik: bulanan, triwulan (bawaan) atau semester"
        }
        (Lang::En, "segmen" | "segmentation") => {
            "Periodic segments: bulanan (monthly), triwulan (quarterly, default) or semester"
        }
        (Lang::Id, "stage") => "Tahap baru: perencanaan, pelaksanaan, evaluasi atau ditutup",
        (Lang::En, "stage") => {
            "New stage: perencanaan (planning), pelaksanaan (running), evaluasi, ditutup (closed)"
        }
        (Lang::Id, _) => {
            let _ = path;
            "-"
        }
        (Lang::En, _) => "-",
    }
}

/// clap's help layout with the usage heading in `lang`.
pub fn help_template(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => {
            "{before-help}{about-with-newline}\nPenggunaan: {usage}\n\n{all-args}{after-help}"
        }
        Lang::En => "{before-help}{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    }
}

pub fn heading_commands(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Perintah",
        Lang::En => "Commands",
    }
}

pub fn heading_options(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Opsi",
        Lang::En => "Options",
    }
}

pub fn heading_arguments(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Argumen",
        Lang::En => "Arguments",
    }
}

pub fn value_name_command(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "PERINTAH",
        Lang::En => "COMMAND",
    }
}

/// Printed after a usage error.
pub fn usage_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Lihat 'kinerja --help' untuk cara pemakaian.",
        Lang::En => "See 'kinerja --help' for usage.",
    }
}

fn suggest(lang: Lang, s: &Option<String>) -> String {
    match (lang, s) {
        (_, None) => String::new(),
        (Lang::Id, Some(s)) => format!(" (maksud Anda '{s}'?)"),
        (Lang::En, Some(s)) => format!(" (did you mean '{s}'?)"),
    }
}

pub fn usage_error(lang: Lang, e: &UsageError) -> String {
    match (lang, e) {
        (Lang::Id, UsageError::UnknownArgument { arg, suggestion }) => {
            format!(
                "argumen tidak dikenal: '{arg}'{}",
                suggest(lang, suggestion)
            )
        }
        (Lang::En, UsageError::UnknownArgument { arg, suggestion }) => {
            format!("unknown argument: '{arg}'{}", suggest(lang, suggestion))
        }
        (Lang::Id, UsageError::UnknownCommand { name, suggestion }) => {
            format!(
                "perintah tidak dikenal: '{name}'{}",
                suggest(lang, suggestion)
            )
        }
        (Lang::En, UsageError::UnknownCommand { name, suggestion }) => {
            format!("unknown command: '{name}'{}", suggest(lang, suggestion))
        }
        (Lang::Id, UsageError::InvalidValue { arg, value, valid }) if valid.is_empty() => {
            format!("nilai '{value}' tidak sah untuk {arg}")
        }
        (Lang::En, UsageError::InvalidValue { arg, value, valid }) if valid.is_empty() => {
            format!("invalid value '{value}' for {arg}")
        }
        (Lang::Id, UsageError::InvalidValue { arg, value, valid }) => format!(
            "nilai '{value}' tidak sah untuk {arg}; pilihan: {}",
            valid.join(", ")
        ),
        (Lang::En, UsageError::InvalidValue { arg, value, valid }) => format!(
            "invalid value '{value}' for {arg}; choose one of: {}",
            valid.join(", ")
        ),
        (Lang::Id, UsageError::MissingValue { arg }) => format!("{arg} memerlukan nilai"),
        (Lang::En, UsageError::MissingValue { arg }) => format!("{arg} needs a value"),
        (Lang::Id, UsageError::MissingArguments(args)) => {
            format!("argumen wajib belum diberikan: {}", args.join(", "))
        }
        (Lang::En, UsageError::MissingArguments(args)) => {
            format!("required arguments missing: {}", args.join(", "))
        }
        (Lang::Id, UsageError::MissingCommand(valid)) if valid.is_empty() => {
            "perintah belum lengkap".into()
        }
        (Lang::En, UsageError::MissingCommand(valid)) if valid.is_empty() => {
            "the command is incomplete".into()
        }
        (Lang::Id, UsageError::MissingCommand(valid)) => {
            format!(
                "perintah belum lengkap; lanjutkan dengan: {}",
                valid.join(", ")
            )
        }
        (Lang::En, UsageError::MissingCommand(valid)) => {
            format!(
                "the command is incomplete; continue with: {}",
                valid.join(", ")
            )
        }
        (Lang::Id, UsageError::UnexpectedValue { value }) => {
            format!("nilai tidak diharapkan: '{value}'")
        }
        (Lang::En, UsageError::UnexpectedValue { value }) => {
            format!("unexpected value: '{value}'")
        }
        (Lang::Id, UsageError::Conflict { arg, other }) => {
            format!("{arg} tidak dapat dipakai bersama {other}")
        }
        (Lang::En, UsageError::Conflict { arg, other }) => {
            format!("{arg} cannot be used together with {other}")
        }
        (Lang::Id, UsageError::RepeatedArgument { arg }) => {
            format!("{arg} hanya boleh diberikan sekali")
        }
        (Lang::En, UsageError::RepeatedArgument { arg }) => {
            format!("{arg} may be given only once")
        }
        (Lang::Id, UsageError::NotUtf8) => "argumen bukan teks UTF-8 yang sah".into(),
        (Lang::En, UsageError::NotUtf8) => "an argument is not valid UTF-8 text".into(),
        (Lang::Id, UsageError::Lang(v)) => {
            format!("bahasa tidak dikenal: '{v}' (pilih id atau en)")
        }
        (Lang::En, UsageError::Lang(v)) => {
            format!("unknown language: '{v}' (choose id or en)")
        }
        (Lang::Id, UsageError::Other) => "perintah tidak dapat dipahami".into(),
        (Lang::En, UsageError::Other) => "the command line could not be understood".into(),
    }
}

/// The user-facing message of a failed run (without the `kinerja:` prefix).
pub fn error(lang: Lang, e: &CliError) -> String {
    match (lang, e) {
        (_, CliError::Usage(u)) => usage_error(lang, u),
        (_, CliError::Store(s)) => crate::i18n::errors::error(lang, s),
        (_, CliError::Register(s)) => crate::i18n::errors::error(lang, s),
        (_, CliError::Command(c)) => command_error(lang, c),
        (_, CliError::Setting(e)) => crate::i18n::settings::error(lang, e),
        (Lang::Id, CliError::NoDataDir) => {
            "folder data pengguna tidak ditemukan; tentukan lokasi database dengan --db PATH".into()
        }
        (Lang::En, CliError::NoDataDir) => {
            "the user's data folder cannot be found; give the database location with --db PATH"
                .into()
        }
        (Lang::Id, CliError::ReadFile { path, error }) => format!(
            "tidak dapat membaca {}: {}",
            path.display(),
            io_error(lang, error)
        ),
        (Lang::En, CliError::ReadFile { path, error }) => {
            format!("cannot read {}: {}", path.display(), io_error(lang, error))
        }
        (Lang::Id, CliError::WriteFile { path, error }) => format!(
            "tidak dapat menulis {}: {}",
            path.display(),
            io_error(lang, error)
        ),
        (Lang::En, CliError::WriteFile { path, error }) => {
            format!("cannot write {}: {}", path.display(), io_error(lang, error))
        }
        (Lang::Id, CliError::Output(error)) => {
            format!("tidak dapat menulis keluaran: {}", io_error(lang, error))
        }
        (Lang::En, CliError::Output(error)) => {
            format!("cannot write the output: {}", io_error(lang, error))
        }
        (Lang::Id, CliError::CsvHeader { expected, found }) => format!(
            "baris 1: judul kolom harus persis\n  {}\nbukan\n  {}",
            expected.join(","),
            found.join(",")
        ),
        (Lang::En, CliError::CsvHeader { expected, found }) => format!(
            "line 1: the column header must be exactly\n  {}\nnot\n  {}",
            expected.join(","),
            found.join(",")
        ),
        (Lang::Id, CliError::Csv { line, detail }) => match line {
            Some(l) => format!("berkas CSV tidak dapat dibaca setelah baris {l}: {detail}"),
            None => format!("berkas CSV tidak dapat dibaca: {detail}"),
        },
        (Lang::En, CliError::Csv { line, detail }) => match line {
            Some(l) => format!("the CSV file cannot be read after line {l}: {detail}"),
            None => format!("the CSV file cannot be read: {detail}"),
        },
        (_, CliError::Rejected(errors)) => {
            let mut s = rejected_heading(lang, errors);
            for e in errors {
                s.push('\n');
                s.push_str(&row_error(lang, e));
            }
            s
        }
        (_, CliError::SkpRejected(errors)) => crate::cli::skp_words::rejected(lang, errors),
        (Lang::Id, CliError::Terminal(error)) => {
            format!("terminal tidak dapat dipakai: {}", io_error(lang, error))
        }
        (Lang::En, CliError::Terminal(error)) => {
            format!("the terminal cannot be used: {}", io_error(lang, error))
        }
        (_, CliError::Serve(e)) => crate::cli::serve_words::error(lang, e),
        (_, CliError::Script(msg)) => msg.clone(),
        (Lang::Id, CliError::ScriptNeedsSignIn) => "database ini mempunyai akun: jalankan \
            skrip sebagai pengguna dengan --as NAMA (kata sandi pada baris pertama masukan \
            standar); tidak ada yang dijalankan"
            .into(),
        (Lang::En, CliError::ScriptNeedsSignIn) => "this database has accounts: run the script \
            as a user with --as NAME (the password on the first line of standard input); \
            nothing was run"
            .into(),
        (Lang::Id, CliError::SignIn(e)) => match e {
            SignInError::Locked { .. } => {
                "akun terkunci sementara; tidak ada yang dijalankan".into()
            }
            _ => "nama pengguna atau kata sandi salah; tidak ada yang dijalankan".into(),
        },
        (Lang::En, CliError::SignIn(e)) => match e {
            SignInError::Locked { .. } => "the account is locked for now; nothing was run".into(),
            _ => "wrong user name or password; nothing was run".into(),
        },
        (Lang::Id, CliError::BadSize(s)) => format!(
            "ukuran layar '{s}' tidak sah: tulis lebar x tinggi, mis. 100x30 (minimal 20x5)"
        ),
        (Lang::En, CliError::BadSize(s)) => {
            format!("invalid screen size '{s}': write width x height, e.g. 100x30 (at least 20x5)")
        }
        (Lang::Id, CliError::NotDemo(path)) => format!(
            "database {} bukan database contoh: kinerja demo hanya membuat atau membuka \
             database contoh (pilih folder lain dengan --db)",
            path.display()
        ),
        (Lang::En, CliError::NotDemo(path)) => format!(
            "{} is not a demo database: kinerja demo only creates or reopens demo databases \
             (choose another folder with --db)",
            path.display()
        ),
        (Lang::Id, CliError::NotEmpty { path, employees }) => format!(
            "database {} sudah berisi {employees} pegawai; gen hanya mengisi database kosong",
            path.display()
        ),
        (Lang::En, CliError::NotEmpty { path, employees }) => format!(
            "database {} already holds {employees} employees; gen only fills an empty database",
            path.display()
        ),
        (_, CliError::Account(a)) => account_error(lang, a),
        (Lang::Id, CliError::UnknownUser(u)) => format!("tidak ada akun dengan nama '{u}'"),
        (Lang::En, CliError::UnknownUser(u)) => format!("no account is named '{u}'"),
        (Lang::Id, CliError::UnknownNip(n)) => format!("tidak ada pegawai dengan NIP {n}"),
        (Lang::En, CliError::UnknownNip(n)) => format!("no employee has the NIP {n}"),
        (Lang::Id, CliError::BadDate { arg, value, reason }) => match reason {
            None => format!(
                "tanggal {arg} '{value}' terlalu jauh: paling akhir 31/12/{}",
                crate::cli::acting::MAX_YEAR
            ),
            Some(DateError::YearDigits) => format!(
                "tanggal {arg} '{value}' tidak sah: tahun harus 4 angka (atau 2 angka: 00 sampai \
                 tahun ini = 20xx, selebihnya 19xx)"
            ),
            Some(DateError::NoSuchDay | DateError::Format) => {
                format!("tanggal {arg} '{value}' tidak sah: tulis DD/MM/YYYY, mis. 01/12/2026")
            }
        },
        (Lang::En, CliError::BadDate { arg, value, reason }) => match reason {
            None => format!(
                "the date for {arg} '{value}' is too far: 31/12/{} at the latest",
                crate::cli::acting::MAX_YEAR
            ),
            Some(DateError::YearDigits) => format!(
                "invalid date for {arg} '{value}': the year needs 4 digits (or 2: 00 up to \
                 this year's = 20xx, the rest 19xx)"
            ),
            Some(DateError::NoSuchDay | DateError::Format) => {
                format!("invalid date for {arg} '{value}': write DD/MM/YYYY, e.g. 01/12/2026")
            }
        },
        (Lang::Id, CliError::UnknownActing(id)) => {
            format!("tidak ada Plt/Plh nomor {id} (lihat 'kinerja plt list')")
        }
        (Lang::En, CliError::UnknownActing(id)) => {
            format!("no acting assignment has the number {id} (see 'kinerja plt list')")
        }
        (Lang::Id, CliError::NoAccountForNip(n)) => {
            format!("tidak ada akun aktif untuk NIP {n} (lihat 'kinerja user list')")
        }
        (Lang::En, CliError::NoAccountForNip(n)) => {
            format!("no enabled account for the NIP {n} (see 'kinerja user list')")
        }
        (Lang::Id, CliError::PeriodExists(y)) => format!(
            "periode penilaian {y} sudah dibuka (lihat 'kinerja periode list'; \
             tahap: 'kinerja periode tahap {y} TAHAP')"
        ),
        (Lang::En, CliError::PeriodExists(y)) => format!(
            "the appraisal period {y} is already open (see 'kinerja periode list'; \
             stage: 'kinerja periode tahap {y} STAGE')"
        ),
        (Lang::Id, CliError::NoPeriod(y)) => {
            format!("periode penilaian {y} belum dibuka: 'kinerja periode buka {y}'")
        }
        (Lang::En, CliError::NoPeriod(y)) => {
            format!("the appraisal period {y} is not open yet: 'kinerja periode buka {y}'")
        }
        (Lang::Id, CliError::BadPeriodWord(w)) => format!(
            "'{w}' tidak dikenal: tahap perencanaan, pelaksanaan, evaluasi atau ditutup; \
             segmen bulanan, triwulan atau semester"
        ),
        (Lang::En, CliError::BadPeriodWord(w)) => format!(
            "unknown word '{w}': stages perencanaan, pelaksanaan, evaluasi or ditutup; \
             segmentation bulanan, triwulan or semester"
        ),
        (Lang::Id, CliError::Input(error)) => {
            format!("tidak dapat membaca masukan: {}", io_error(lang, error))
        }
        (Lang::En, CliError::Input(error)) => {
            format!("cannot read the input: {}", io_error(lang, error))
        }
        (_, CliError::UnknownUnit(name)) => super::review_words::unknown_unit(lang, name),
        (_, CliError::AmbiguousUnit { name, ids }) => {
            super::review_words::ambiguous_unit(lang, name, ids)
        }
        (_, CliError::DecreeRequired) => super::review_words::decree_required(lang).into(),
        (_, CliError::BadYear { year, last }) => super::review_words::bad_year(lang, *year, *last),
        (_, CliError::BadKind(v)) => super::dialog_words::bad_kind(lang, v),
        (_, CliError::NoSession { nip, on }) => super::dialog_words::no_session(lang, nip, *on),
        (_, CliError::SeveralSessions { kinds }) => {
            super::dialog_words::several_sessions(lang, kinds)
        }
        (Lang::Id, CliError::Cancelled) => "dibatalkan; tidak ada yang diubah".into(),
        (Lang::En, CliError::Cancelled) => "cancelled; nothing was changed".into(),
    }
}

/// Why an account change was refused. Never names a password.
pub fn account_error(lang: Lang, e: &AccountError) -> String {
    use crate::app::services::auth::USERNAME_MAX_LEN;
    match (lang, e) {
        (Lang::Id, AccountError::PasswordTooShort { min }) => {
            format!("kata sandi terlalu pendek: minimal {min} karakter")
        }
        (Lang::En, AccountError::PasswordTooShort { min }) => {
            format!("the password is too short: at least {min} characters")
        }
        (Lang::Id, AccountError::PasswordsDiffer) => "kedua kata sandi tidak sama".into(),
        (Lang::En, AccountError::PasswordsDiffer) => "the two passwords differ".into(),
        (Lang::Id, AccountError::WrongPassword) => "kata sandi saat ini salah".into(),
        (Lang::En, AccountError::WrongPassword) => "the current password is wrong".into(),
        (Lang::Id, AccountError::Locked { .. }) => {
            "kata sandi saat ini salah; akun dikunci sementara".into()
        }
        (Lang::En, AccountError::Locked { .. }) => {
            "the current password is wrong; the account is locked for a while".into()
        }
        (Lang::Id, AccountError::SamePassword) => {
            "kata sandi baru harus berbeda dari yang sekarang".into()
        }
        (Lang::En, AccountError::SamePassword) => {
            "the new password must differ from the current one".into()
        }
        (Lang::Id, AccountError::UsernameTaken) => "nama pengguna sudah dipakai".into(),
        (Lang::En, AccountError::UsernameTaken) => "the user name is taken".into(),
        (Lang::Id, AccountError::UsernameInvalid) => format!(
            "nama pengguna tidak sah: 2 sampai {USERNAME_MAX_LEN} karakter, huruf kecil, \
             angka, titik, garis bawah atau tanda hubung, diawali huruf"
        ),
        (Lang::En, AccountError::UsernameInvalid) => format!(
            "invalid user name: 2 to {USERNAME_MAX_LEN} characters, lower-case letters, \
             digits, dot, underscore or hyphen, starting with a letter"
        ),
        (Lang::Id, AccountError::UnknownEmployee) => "pegawai tidak dikenal".into(),
        (Lang::En, AccountError::UnknownEmployee) => "unknown employee".into(),
        (Lang::Id, AccountError::EmployeeInactive) => {
            "pegawai ini nonaktif: akun hanya untuk pegawai aktif".into()
        }
        (Lang::En, AccountError::EmployeeInactive) => {
            "this employee is inactive: accounts are for active employees only".into()
        }
        (Lang::Id, AccountError::EmployeeHasAccount) => "pegawai ini sudah mempunyai akun".into(),
        (Lang::En, AccountError::EmployeeHasAccount) => {
            "this employee already has an account".into()
        }
        (Lang::Id, AccountError::UnknownAccount) => "akun tidak ditemukan".into(),
        (Lang::En, AccountError::UnknownAccount) => "account not found".into(),
        (Lang::Id, AccountError::NotAllowed) => "tidak diizinkan".into(),
        (Lang::En, AccountError::NotAllowed) => "not allowed".into(),
        (Lang::Id, AccountError::AppraiserNeedsEmployee) => {
            "akun penilai harus milik seorang pegawai: sebutkan NIP-nya dengan --nip".into()
        }
        (Lang::En, AccountError::AppraiserNeedsEmployee) => {
            "a penilai account belongs to an employee: give the NIP with --nip".into()
        }
        (Lang::Id, AccountError::LastAdmin) => {
            "ini admin aktif terakhir: tanpa admin tidak ada yang dapat mengelola akun; \
             buat admin lain dulu"
                .into()
        }
        (Lang::En, AccountError::LastAdmin) => {
            "this is the last active admin: without one nobody can manage accounts; \
             add another admin first"
                .into()
        }
        (_, AccountError::Store(s)) => crate::i18n::errors::error(lang, s),
    }
}

pub fn prompt_password(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Kata sandi baru: ",
        Lang::En => "New password: ",
    }
}

pub fn prompt_password_again(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Ulangi kata sandi: ",
        Lang::En => "Repeat the password: ",
    }
}

pub fn user_added(lang: Lang, username: &str, role: Role) -> String {
    let role = role.code();
    match lang {
        Lang::Id => format!("Akun '{username}' ({role}) dibuat."),
        Lang::En => format!("Account '{username}' ({role}) created."),
    }
}

pub fn password_reset(lang: Lang, username: &str) -> String {
    match lang {
        Lang::Id => {
            format!("Kata sandi '{username}' diganti; pengguna wajib menggantinya lagi saat masuk.")
        }
        Lang::En => {
            format!("Password of '{username}' reset; the user must change it at the next sign-in.")
        }
    }
}

pub fn user_disabled(lang: Lang, username: &str, disabled: bool) -> String {
    match (lang, disabled) {
        (Lang::Id, true) => format!("Akun '{username}' dinonaktifkan."),
        (Lang::En, true) => format!("Account '{username}' disabled."),
        (Lang::Id, false) => format!("Akun '{username}' diaktifkan."),
        (Lang::En, false) => format!("Account '{username}' enabled."),
    }
}

pub fn no_accounts(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Belum ada akun. Buat dengan 'kinerja user add NAMA --role admin'.",
        Lang::En => "No accounts yet. Create one with 'kinerja user add NAME --role admin'.",
    }
}

pub fn user_list_header(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Id => ["PENGGUNA", "PERAN", "NIP", "NAMA", "KEADAAN"],
        Lang::En => ["USER", "ROLE", "NIP", "NAME", "STATE"],
    }
}

pub fn state_active(lang: Lang) -> &'static str {
    lang.pick("aktif", "active")
}

pub fn state_disabled(lang: Lang) -> &'static str {
    lang.pick("nonaktif", "disabled")
}

pub fn state_locked(lang: Lang, until: &str) -> String {
    match lang {
        Lang::Id => format!("terkunci s.d. {until}"),
        Lang::En => format!("locked until {until}"),
    }
}

pub fn state_must_change(lang: Lang) -> &'static str {
    lang.pick("wajib ganti kata sandi", "must change password")
}

/// The demo accounts just created and the password rule.
pub fn demo_accounts(lang: Lang, admins: &[&str], appraisers: &[&str]) -> String {
    let (a, p) = (admins.join(", "), appraisers.join(", "));
    let n = admins.len() + appraisers.len();
    match lang {
        Lang::Id => format!(
            "Akun contoh dibuat: {n} (admin: {a}; penilai: {p}).\n\
             Kata sandi: 6 angka terakhir NIP pemilik akun."
        ),
        Lang::En => format!(
            "Sample accounts created: {n} (admin: {a}; penilai: {p}).\n\
             Password: the last 6 digits of the owner's NIP."
        ),
    }
}

pub(crate) fn io_error(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match (lang, e.kind()) {
        (Lang::Id, K::NotFound) => "berkas atau folder tidak ditemukan".into(),
        (Lang::En, K::NotFound) => "file or folder not found".into(),
        (Lang::Id, K::PermissionDenied) => "tidak ada izin".into(),
        (Lang::En, K::PermissionDenied) => "permission denied".into(),
        (Lang::Id, K::AlreadyExists) => "sudah ada".into(),
        (Lang::En, K::AlreadyExists) => "already exists".into(),
        (Lang::Id, K::IsADirectory) => "itu sebuah folder, bukan berkas".into(),
        (Lang::En, K::IsADirectory) => "that is a folder, not a file".into(),
        (Lang::Id, K::StorageFull) => "disk penuh".into(),
        (Lang::En, K::StorageFull) => "the disk is full".into(),
        (Lang::Id, _) => format!("kesalahan masukan/keluaran ({e})"),
        (Lang::En, _) => format!("input/output error ({e})"),
    }
}

fn command_error(lang: Lang, e: &CommandError) -> String {
    match (lang, e) {
        (_, CommandError::Store(s)) => crate::i18n::errors::error(lang, s),
        (_, CommandError::Forbidden) => crate::i18n::errors::forbidden(lang),
        (_, CommandError::Plan(r)) => crate::i18n::plans::refusal(lang, r, None),
        (_, CommandError::Review(r)) => crate::i18n::reviews::refusal(lang, r),
        (_, CommandError::Feedback(r)) => crate::i18n::feedback::refusal(lang, r),
        (_, CommandError::Account(r)) => crate::i18n::admin_accounts::refusal(lang, r),
        (_, CommandError::Settings(e)) => crate::i18n::settings::errors(lang, e),
        (Lang::Id, CommandError::Invalid { errors, .. }) => format!(
            "data pegawai ditolak: {}",
            errors
                .iter()
                .map(|fe| rule_error(lang, &fe.error))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (Lang::En, CommandError::Invalid { errors, .. }) => format!(
            "employee data refused: {}",
            errors
                .iter()
                .map(|fe| rule_error(lang, &fe.error))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (Lang::Id, CommandError::InvalidUnit(errors)) => format!(
            "data unit ditolak: {}",
            errors
                .iter()
                .map(|e| rule_error(lang, e))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (Lang::En, CommandError::InvalidUnit(errors)) => format!(
            "unit data refused: {}",
            errors
                .iter()
                .map(|e| rule_error(lang, e))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (_, CommandError::InvalidActing(errors)) => acting_errors(lang, errors),
        (_, CommandError::InvalidPeriod(e)) => crate::i18n::period::error(lang, e),
        (Lang::Id, CommandError::NotFound) => "rekaman tidak ditemukan".into(),
        (Lang::En, CommandError::NotFound) => "record not found".into(),
    }
}

/// A Plt/Plh recorded by `kinerja plt add`.
pub fn acting_ended(lang: Lang, id: u64, on: chrono::NaiveDate) -> String {
    match lang {
        Lang::Id => format!("Plt/Plh nomor {id} diakhiri: hari terakhir {}.", dmy(on)),
        Lang::En => format!("Acting assignment {id} ended: last day {}.", dmy(on)),
    }
}

pub fn acting_added(
    lang: Lang,
    id: u64,
    acting: &str,
    for_supervisor: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> String {
    let period = acting_period(lang, from, to);
    match lang {
        Lang::Id => {
            format!(
                "Plt/Plh nomor {id} dicatat: {acting} menggantikan {for_supervisor} ({period})."
            )
        }
        Lang::En => format!(
            "Acting assignment {id} recorded: {acting} acts for {for_supervisor} ({period})."
        ),
    }
}

pub fn acting_period(lang: Lang, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    match lang {
        Lang::Id => format!("{} s.d. {}", dmy(from), dmy(to)),
        Lang::En => format!("{} to {}", dmy(from), dmy(to)),
    }
}

/// Whether a Plt/Plh holds `today`, has not begun, or is over.
pub fn acting_state(lang: Lang, a: &ActingAssignment, today: chrono::NaiveDate) -> &'static str {
    if a.covers(today) {
        lang.pick("berlaku hari ini", "active today")
    } else if today < a.from {
        lang.pick("belum mulai", "not yet begun")
    } else {
        lang.pick("selesai", "ended")
    }
}

pub fn no_acting(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => {
            "Belum ada Plt/Plh. Catat dengan 'kinerja plt add NIP_PLT --for NIP_ATASAN \
             --from DD/MM/YYYY --to DD/MM/YYYY'."
        }
        Lang::En => {
            "No acting assignments yet. Record one with 'kinerja plt add NIP_PLT \
             --for NIP_ATASAN --from DD/MM/YYYY --to DD/MM/YYYY'."
        }
    }
}

pub fn acting_list_header(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Id => [
            "NO",
            "PLT/PLH",
            "NIP",
            "MENGGANTIKAN",
            "NIP",
            "PERIODE",
            "KEADAAN",
        ],
        Lang::En => ["NO", "ACTING", "NIP", "FOR", "NIP", "PERIOD", "STATE"],
    }
}

fn rejected_heading(lang: Lang, errors: &[RowError]) -> String {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.dedup();
    let n = lines.len();
    match lang {
        Lang::Id => format!("impor dibatalkan: {n} baris bermasalah; database tidak diubah."),
        Lang::En => format!(
            "import cancelled: {n} bad row{}; the database was not changed.",
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// `baris 7 (NIP 1980...): golongan 'IV/f' ...`
pub fn row_error(lang: Lang, e: &RowError) -> String {
    let whose = if e.nip.is_empty() {
        String::new()
    } else {
        format!(" (NIP {})", e.nip)
    };
    let line = match lang {
        Lang::Id => format!("baris {}{whose}", e.line),
        Lang::En => format!("line {}{whose}", e.line),
    };
    format!("{line}: {}", row_problem(lang, &e.problem))
}

fn kind_code(kind: EmployeeKind) -> &'static str {
    kind.code()
}

pub fn row_problem(lang: Lang, p: &RowProblem) -> String {
    match (lang, p) {
        (Lang::Id, RowProblem::AmbiguousUnit { name, candidates }) => format!(
            "unit '{name}' ada lebih dari satu; tulis jalurnya atau id-nya: {}",
            candidates.join("; ")
        ),
        (Lang::En, RowProblem::AmbiguousUnit { name, candidates }) => format!(
            "more than one unit is called '{name}'; write its path or id: {}",
            candidates.join("; ")
        ),
        (Lang::Id, RowProblem::UnknownUnitPath(path)) => {
            format!("tidak ada unit dengan jalur '{path}'")
        }
        (Lang::En, RowProblem::UnknownUnitPath(path)) => format!("no unit has the path '{path}'"),
        (Lang::Id, RowProblem::ControlChar { column }) => format!(
            "kolom {column} berisi karakter kendali (baris baru, tab, ESC, ...): hapus dulu"
        ),
        (Lang::En, RowProblem::ControlChar { column }) => format!(
            "the column {column} holds a control character (newline, tab, ESC, ...): remove it"
        ),
        (Lang::Id, RowProblem::Columns { found }) => format!(
            "ada {found} kolom, seharusnya {} ({})",
            HEADER.len(),
            HEADER.join(",")
        ),
        (Lang::En, RowProblem::Columns { found }) => format!(
            "{found} columns instead of {} ({})",
            HEADER.len(),
            HEADER.join(",")
        ),
        (Lang::Id, RowProblem::NotUtf8) => {
            "bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)".into()
        }
        (Lang::En, RowProblem::NotUtf8) => "not UTF-8 text (save the file as CSV UTF-8)".into(),
        (Lang::Id, RowProblem::Kind(v)) => {
            format!("jenis '{v}' tidak dikenal: tulis PNS atau PPPK")
        }
        (Lang::En, RowProblem::Kind(v)) => format!("unknown jenis '{v}': write PNS or PPPK"),
        (_, RowProblem::Nip(e)) => format!("nip: {}", nip_error(lang, e)),
        (Lang::Id, RowProblem::Grade { value, kind }) => format!(
            "golongan '{value}' bukan golongan {} ({})",
            kind_code(*kind),
            grade_hint(*kind)
        ),
        (Lang::En, RowProblem::Grade { value, kind }) => format!(
            "golongan '{value}' is not a {} grade ({})",
            kind_code(*kind),
            grade_hint(*kind)
        ),
        (Lang::Id, RowProblem::PositionKind(v)) => format!(
            "jenis_jabatan '{v}' tidak dikenal (mis. Administrator, Pengawas, \
             Fungsional Ahli Pertama, Fungsional Terampil, Pelaksana)"
        ),
        (Lang::En, RowProblem::PositionKind(v)) => format!(
            "unknown jenis_jabatan '{v}' (e.g. Administrator, Pengawas, \
             Fungsional Ahli Pertama, Fungsional Terampil, Pelaksana)"
        ),
        (Lang::Id, RowProblem::Status(v)) => format!(
            "status '{v}' tidak dikenal (aktif, nonaktif, pensiun, mutasi_keluar, meninggal, \
             cltn, tugas_belajar, diberhentikan, lainnya)"
        ),
        (Lang::En, RowProblem::Status(v)) => format!(
            "unknown status '{v}' (aktif, nonaktif, pensiun, mutasi_keluar, meninggal, \
             cltn, tugas_belajar, diberhentikan, lainnya)"
        ),
        (Lang::Id, RowProblem::UnitRequired) => "unit wajib diisi".into(),
        (Lang::En, RowProblem::UnitRequired) => "unit is required".into(),
        (Lang::Id, RowProblem::DuplicateNip { first_line }) => {
            format!("NIP ini sudah ada di baris {first_line}")
        }
        (Lang::En, RowProblem::DuplicateNip { first_line }) => {
            format!("this NIP is already on line {first_line}")
        }
        (Lang::Id, RowProblem::SupervisorNotFound(n)) => {
            format!("nip_atasan {n} tidak ada di berkas maupun di database")
        }
        (Lang::En, RowProblem::SupervisorNotFound(n)) => {
            format!("nip_atasan {n} is neither in the file nor in the database")
        }
        (Lang::Id, RowProblem::Cycle(chain)) => format!(
            "nip_atasan membuat garis atasan berputar: {}",
            chain.join(" -> ")
        ),
        (Lang::En, RowProblem::Cycle(chain)) => format!(
            "nip_atasan makes the reporting line loop: {}",
            chain.join(" -> ")
        ),
        (_, RowProblem::Rule { field, error }) => match column(*field) {
            Some(col) => format!("{col}: {}", rule_error(lang, error)),
            None => rule_error(lang, error),
        },
    }
}

fn grade_hint(kind: EmployeeKind) -> &'static str {
    match kind {
        EmployeeKind::Pns => "I/a .. IV/e",
        EmployeeKind::Pppk => "I .. XVII",
    }
}

/// The CSV column a rule's field lives in.
fn column(field: Field) -> Option<&'static str> {
    match field {
        Field::Nip => Some("nip"),
        Field::Name => Some("nama"),
        Field::FrontTitle => Some("gelar_depan"),
        Field::BackTitle => Some("gelar_belakang"),
        Field::UnitName => Some("unit"),
        Field::Kind => Some("jenis"),
        Field::Grade => Some("golongan"),
        Field::Position => Some("jabatan"),
        Field::PositionKind => Some("jenis_jabatan"),
        Field::Unit => Some("unit"),
        Field::Supervisor => Some("nip_atasan"),
        Field::Status => Some("status"),
        Field::AppointedOn
        | Field::GradeSince
        | Field::PositionSince
        | Field::Phone
        | Field::Email => None,
    }
}

pub fn nip_error(lang: Lang, e: &NipError) -> String {
    match (lang, e) {
        (Lang::Id, NipError::Empty) => "NIP wajib diisi".into(),
        (Lang::En, NipError::Empty) => "NIP is required".into(),
        (Lang::Id, NipError::NotDigits) => "NIP hanya boleh berisi angka".into(),
        (Lang::En, NipError::NotDigits) => "NIP may contain digits only".into(),
        (Lang::Id, NipError::Length(n)) => format!("NIP harus 18 angka, bukan {n}"),
        (Lang::En, NipError::Length(n)) => format!("NIP must have 18 digits, not {n}"),
        (Lang::Id, NipError::BirthDate) => "tanggal lahir di NIP (angka 1-8) tidak sah".into(),
        (Lang::En, NipError::BirthDate) => {
            "the birth date in the NIP (digits 1-8) is not a real date".into()
        }
        (Lang::Id, NipError::AppointmentMonth) => {
            "bulan TMT di NIP (angka 13-14) harus 01 sampai 12".into()
        }
        (Lang::En, NipError::AppointmentMonth) => {
            "the appointment month in the NIP (digits 13-14) must be 01 to 12".into()
        }
        (Lang::Id, NipError::AppointedTooYoung) => {
            "TMT di NIP lebih awal dari ulang tahun ke-15".into()
        }
        (Lang::En, NipError::AppointedTooYoung) => {
            "the appointment in the NIP is before the 15th birthday".into()
        }
        (Lang::Id, NipError::BornInFuture) => "tanggal lahir di NIP sesudah hari ini".into(),
        (Lang::En, NipError::BornInFuture) => "the birth date in the NIP is after today".into(),
        (Lang::Id, NipError::AppointedInFuture) => "TMT di NIP sesudah hari ini".into(),
        (Lang::En, NipError::AppointedInFuture) => {
            "the appointment in the NIP is after today".into()
        }
        (Lang::Id, NipError::Sex) => "kode jenis kelamin di NIP harus 1 atau 2".into(),
        (Lang::En, NipError::Sex) => "the sex digit in the NIP must be 1 or 2".into(),
        (Lang::Id, NipError::Serial) => "nomor urut di NIP tidak boleh 000".into(),
        (Lang::En, NipError::Serial) => "the serial number in the NIP cannot be 000".into(),
        (Lang::Id, NipError::PppkMarker) => {
            "NIP PPPK harus berangka 2 lalu 1-9 pada angka ke-13 dan 14".into()
        }
        (Lang::En, NipError::PppkMarker) => {
            "a PPPK NIP must have 2 then 1-9 as digits 13 and 14".into()
        }
    }
}

pub fn rule_error(lang: Lang, e: &RuleError) -> String {
    match (lang, e) {
        (_, RuleError::Nip(n)) => nip_error(lang, n),
        (Lang::Id, RuleError::NipTaken(_)) => "NIP sudah dipakai pegawai lain".into(),
        (Lang::En, RuleError::NipTaken(_)) => "NIP already used by another employee".into(),
        (Lang::Id, RuleError::NameRequired) => "nama wajib diisi".into(),
        (Lang::En, RuleError::NameRequired) => "name is required".into(),
        (Lang::Id, RuleError::PositionRequired) => "nama jabatan wajib diisi".into(),
        (Lang::En, RuleError::PositionRequired) => "position title is required".into(),
        (Lang::Id, RuleError::GradeKindMismatch) => {
            "golongan tidak sesuai dengan jenis pegawai".into()
        }
        (Lang::En, RuleError::GradeKindMismatch) => {
            "the grade does not fit the employee kind".into()
        }
        (Lang::Id, RuleError::UnknownUnit) => "unit tidak dikenal".into(),
        (Lang::En, RuleError::UnknownUnit) => "unknown unit".into(),
        (Lang::Id, RuleError::UnitClosed) => "unit sudah ditutup".into(),
        (Lang::En, RuleError::UnitClosed) => "the unit is closed".into(),
        (Lang::Id, RuleError::UnknownSupervisor) => "atasan tidak dikenal".into(),
        (Lang::En, RuleError::UnknownSupervisor) => "unknown superior".into(),
        (Lang::Id, RuleError::SupervisorInactive) => "atasan tidak aktif".into(),
        (Lang::En, RuleError::SupervisorInactive) => "the superior is not active".into(),
        (Lang::Id, RuleError::SupervisorSelf) => {
            "pegawai tidak dapat menjadi atasan dirinya sendiri".into()
        }
        (Lang::En, RuleError::SupervisorSelf) => "an employee cannot be their own superior".into(),
        (Lang::Id, RuleError::SupervisorCycle(_)) => "garis atasan akan berputar".into(),
        (Lang::En, RuleError::SupervisorCycle(_)) => "the reporting line would loop".into(),
        (Lang::Id, RuleError::HasActiveSubordinates(n)) => {
            format!("tidak dapat dinonaktifkan: masih menjadi atasan {n} pegawai aktif")
        }
        (Lang::En, RuleError::HasActiveSubordinates(n)) => {
            format!("cannot be made inactive: still the superior of {n} active employee(s)")
        }
        (Lang::Id, RuleError::EmailInvalid) => "alamat surel tidak sah".into(),
        (Lang::En, RuleError::EmailInvalid) => "invalid e-mail address".into(),
        (Lang::Id, RuleError::PhoneInvalid) => "nomor telepon tidak sah".into(),
        (Lang::En, RuleError::PhoneInvalid) => "invalid phone number".into(),
        (Lang::Id, RuleError::AppointedTooYoung) => "TMT lebih awal dari ulang tahun ke-15".into(),
        (Lang::En, RuleError::AppointedTooYoung) => "appointment before the 15th birthday".into(),
        (Lang::Id, RuleError::AppointedUnder18) => {
            "pengangkatan sebelum usia 18 tahun (usia minimum ASN; lihat tanggal lahir di NIP)"
                .into()
        }
        (Lang::En, RuleError::AppointedUnder18) => {
            "appointment before age 18 (the minimum age for an ASN; see the birth date in the NIP)"
                .into()
        }
        (Lang::Id, RuleError::BeforeAppointment) => "tanggal sebelum TMT CPNS".into(),
        (Lang::En, RuleError::BeforeAppointment) => "date before the first appointment".into(),
        (Lang::Id, RuleError::DateInFuture) => "tanggal sesudah hari ini".into(),
        (Lang::En, RuleError::DateInFuture) => "date after today".into(),
        (Lang::Id, RuleError::UnitNameRequired) => "nama unit wajib diisi".into(),
        (Lang::En, RuleError::UnitNameRequired) => "unit name is required".into(),
        (Lang::Id, RuleError::UnitNameTaken) => {
            "sudah ada unit dengan nama ini di bawah unit induk yang sama".into()
        }
        (Lang::En, RuleError::UnitNameTaken) => {
            "another unit with this name already sits under the same parent".into()
        }
        (Lang::Id, RuleError::UnitCycle) => "susunan unit akan berputar".into(),
        (Lang::En, RuleError::UnitCycle) => "the unit tree would loop".into(),
        (Lang::Id, RuleError::UnknownParentUnit) => "unit induk tidak dikenal".into(),
        (Lang::En, RuleError::UnknownParentUnit) => "unknown parent unit".into(),
        (Lang::Id, RuleError::TooLong { max, len }) => {
            format!("terlalu panjang: paling banyak {max} karakter, ini {len}")
        }
        (Lang::En, RuleError::TooLong { max, len }) => {
            format!("too long: at most {max} characters, this has {len}")
        }
    }
}

pub fn import_summary(lang: Lang, created: usize, updated: usize, unchanged: usize) -> String {
    match lang {
        Lang::Id => format!(
            "Impor selesai: {created} baru, {updated} diperbarui, {unchanged} tidak berubah."
        ),
        Lang::En => {
            format!("Import done: {created} new, {updated} updated, {unchanged} unchanged.")
        }
    }
}

/// The new units, at most [`UNITS_LISTED`] by name.
pub fn units_created(lang: Lang, names: &[&str]) -> String {
    let shown = names[..names.len().min(UNITS_LISTED)].join(", ");
    let more = names.len().saturating_sub(UNITS_LISTED);
    match (lang, names.is_empty(), more) {
        (Lang::Id, true, _) => "Tidak ada unit baru.".into(),
        (Lang::En, true, _) => "No new units.".into(),
        (Lang::Id, false, 0) => format!("Unit baru ({}): {shown}", names.len()),
        (Lang::En, false, 0) => format!("New units ({}): {shown}", names.len()),
        (Lang::Id, false, more) => {
            format!("Unit baru ({}): {shown}, dan {more} lainnya", names.len())
        }
        (Lang::En, false, more) => {
            format!("New units ({}): {shown}, and {more} more", names.len())
        }
    }
}

/// How many new unit names the import summary lists.
pub const UNITS_LISTED: usize = 20;

pub fn demo_created(lang: Lang, employees: usize, units: usize, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "Database contoh dibuat: {employees} pegawai di {units} unit.\nLokasi: {}",
            path.display()
        ),
        Lang::En => format!(
            "Sample database created: {employees} employees in {units} units.\nLocation: {}",
            path.display()
        ),
    }
}

pub fn demo_existing(lang: Lang, employees: usize, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "Database contoh sudah ada ({employees} pegawai); dibuka kembali tanpa diubah.\n\
             Lokasi: {}",
            path.display()
        ),
        Lang::En => format!(
            "The sample database already exists ({employees} employees); reopened unchanged.\n\
             Location: {}",
            path.display()
        ),
    }
}

pub fn gen_done(lang: Lang, employees: usize, units: usize, path: &Path, ms: u128) -> String {
    match lang {
        Lang::Id => format!(
            "{employees} pegawai di {units} unit dibuat dalam {ms} ms.\nLokasi: {}",
            path.display()
        ),
        Lang::En => format!(
            "{employees} employees in {units} units generated in {ms} ms.\nLocation: {}",
            path.display()
        ),
    }
}

pub fn export_written(lang: Lang, rows: usize, path: &Path) -> String {
    match lang {
        Lang::Id => format!("{rows} baris ditulis ke {}", path.display()),
        Lang::En => format!("{rows} rows written to {}", path.display()),
    }
}

/// Prefix of every error line.
pub fn error_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "kinerja:",
        Lang::En => "kinerja:",
    }
}

/// The header of `kinerja periode list`.
pub fn period_list_header(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Id => [
            "TAHUN",
            "SEGMEN",
            "TAHAP",
            "BATAS SKP",
            "BATAS EVALUASI TAHUNAN",
        ],
        Lang::En => [
            "YEAR",
            "SEGMENTS",
            "STAGE",
            "PLANS DUE",
            "ANNUAL EVALUATION DUE",
        ],
    }
}

pub fn no_periods(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "belum ada periode penilaian; buka dengan 'kinerja periode buka TAHUN'",
        Lang::En => "no appraisal period yet; open one with 'kinerja periode buka YEAR'",
    }
}
