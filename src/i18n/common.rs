//! Fixed texts of the terminal UI. One variant per text; `t` matches exhaustively per language.

use super::Lang;

pub use crate::app::kit::text::T;

pub fn t(lang: Lang, text: T) -> &'static str {
    let (id, en) = match text {
        T::Plans(p) => return super::plans::text(lang, p),
        T::Reviews(x) => return super::review_screen::text(lang, x),
        T::History(x) => return super::history::text(lang, x),
        T::Agenda(x) => return super::agenda::text(lang, x),
        T::ScreenAgenda => ("Agenda", "Agenda"),
        T::Sessions(x) => return super::feedback_screen::text(lang, x),
        T::AppTitle => (
            "kinerja · Pengelolaan Kinerja ASN",
            "kinerja · ASN Performance Management",
        ),
        T::ScreenEmployees => ("Pegawai", "Employees"),
        T::ScreenPlans => ("SKP", "Plans (SKP)"),
        T::ScreenReviews => ("Penilaian", "Appraisal"),
        T::ScreenSessions => ("Dialog Kinerja", "Feedback"),
        T::ScreenHistory => ("Riwayat", "History"),
        T::ScreenAudit => ("Jejak Audit", "Audit"),
        T::KeyAuditFilter => ("cari orang/data/tanggal", "filter person/record/date"),
        T::KeyReload => ("muat ulang", "reload"),
        T::ChangedElsewhere => (
            "Data diubah di sesi lain; tekan r untuk memuat ulang layar ini.",
            "Data was changed in another session; press r to reload this screen.",
        ),
        T::KeyQuickNote => ("catatan cepat", "quick note"),
        T::KeyAuditDetailDown => ("gulir rincian ke bawah", "scroll the details down"),
        T::KeyAuditDetailUp => ("gulir rincian ke atas", "scroll the details up"),
        T::AuditColTime => ("Waktu", "Time"),
        T::AuditColActor => ("Oleh", "By"),
        T::AuditColAction => ("Aksi", "Action"),
        T::AuditColRecord => ("Data", "Record"),
        T::AuditColReason => ("Keterangan", "Reason"),
        T::AuditEmpty => ("Belum ada catatan yang cocok.", "No matching entries."),
        T::AuditLoading => ("Memuat jejak audit…", "Loading the audit trail…"),
        T::AuditDetail => ("Perubahan", "Changes"),
        T::AuditNoChange => ("(tidak ada isian yang berubah)", "(no field changed)"),
        T::NotYetAvailable => (
            "Layar ini belum tersedia.",
            "This screen is not available yet.",
        ),
        T::NotYetAvailableHint => (
            "Fitur ini akan hadir pada versi berikutnya. Tekan 1 untuk kembali ke daftar pegawai.",
            "This feature comes in a later version. Press 1 to go back to the employee list.",
        ),
        T::TooSmall => (
            "Terminal terlalu kecil: perbesar jendela ke minimal 80x24.",
            "Terminal too small: enlarge the window to at least 80x24.",
        ),
        T::ColName => ("Nama", "Name"),
        T::ColNip => ("NIP", "NIP"),
        T::ColPosition => ("Jabatan", "Position"),
        T::ColUnit => ("Unit Kerja", "Unit"),
        T::ColGrade => ("Gol.", "Grade"),
        T::ColStatus => ("Status", "Status"),
        T::StatusActive => ("aktif", "active"),
        T::StatusInactive => ("nonaktif", "inactive"),
        T::FilterLabel => ("Cari", "Filter"),
        T::FilterHint => ("/ untuk mencari", "/ to filter"),
        T::NoEmployees => (
            "Belum ada pegawai. Tekan u untuk menambah unit kerja, lalu n untuk menambah pegawai; \
             atau impor: kinerja import pegawai FILE.csv",
            "No employees yet. Press u to add a unit, then n to add an employee; \
             or import: kinerja import pegawai FILE.csv",
        ),
        T::NoMatches => ("Tidak ada pegawai yang cocok.", "No employee matches."),
        T::TreeView => ("pohon organisasi", "organisation tree"),
        T::FlatView => ("daftar", "list"),
        T::DetailTitle => ("Rincian", "Details"),
        T::DetailNone => (
            "Pilih pegawai untuk melihat rinciannya.",
            "Select an employee to see details.",
        ),
        T::LabelKind => ("Jenis ASN", "Kind"),
        T::LabelGrade => ("Golongan", "Grade"),
        T::LabelPosition => ("Jabatan", "Position"),
        T::LabelPositionKind => ("Jenis jabatan", "Position kind"),
        T::LabelUnit => ("Unit kerja", "Unit"),
        T::LabelSupervisor => ("Atasan langsung", "Supervisor"),
        T::LabelSubordinates => ("Bawahan langsung", "Direct reports"),
        T::LabelAppointedOn => ("TMT CPNS/PPPK", "Appointed on"),
        T::LabelGradeSince => ("TMT golongan", "Grade since"),
        T::LabelPositionSince => ("TMT jabatan", "Position since"),
        T::LabelStatus => ("Status", "Status"),
        T::LabelPhone => ("Telepon", "Phone"),
        T::LabelEmail => ("Email", "E-mail"),
        T::LabelNip => ("NIP", "NIP"),
        T::LabelName => ("Nama", "Name"),
        T::LabelFrontTitle => ("Gelar depan", "Title before"),
        T::LabelBackTitle => ("Gelar belakang", "Title after"),
        T::LabelReason => ("Alasan", "Reason"),
        T::LabelSince => ("Sejak tanggal", "Since"),
        T::LabelNote => ("Keterangan", "Note"),
        T::LabelReassignTo => ("Pindahkan bawahan ke", "Move reports to"),
        T::LabelHead => ("Kepala unit", "Head of unit"),
        T::NoSupervisor => ("(tanpa atasan)", "(no supervisor)"),
        T::NoneChosen => ("(belum dipilih)", "(not chosen)"),
        T::FormNewTitle => ("Tambah Pegawai", "Add Employee"),
        T::FormEditTitle => ("Ubah Pegawai", "Edit Employee"),
        T::FormFooter => (
            "Ctrl-S simpan · Tab/↓ lanjut · ↑ kembali · Esc batal · F1 bantuan",
            "Ctrl-S save · Tab/↓ next · Shift-Tab/↑ back · Esc cancel · F1 help",
        ),
        T::FormHasErrors => (
            "Belum tersimpan: perbaiki isian yang ditandai ✗.",
            "Not saved: fix the fields marked ✗.",
        ),
        T::FormDateHint => ("hh/bb/tttt", "dd/mm/yyyy"),
        T::FormPickHint => ("Enter: pilih", "Enter: choose"),
        T::FormChoiceHint => ("←/→ ganti, Enter: daftar", "←/→ change, Enter: list"),
        T::FormChoiceCycleHint => ("←/→ ganti, Enter: lanjut", "←/→ change, Enter: next"),
        T::UnitNewTitle => ("Tambah Unit Kerja", "Add Unit"),
        T::UnitEditTitle => ("Ubah Unit Kerja", "Edit Unit"),
        T::LabelUnitName => ("Nama unit", "Unit name"),
        T::LabelParentUnit => ("Unit induk", "Parent unit"),
        T::TopLevel => ("(tingkat teratas)", "(top level)"),
        T::PickParentUnit => ("Pilih Unit Induk", "Choose Parent Unit"),
        T::PickHead => ("Pilih Kepala Unit", "Choose Head of Unit"),
        T::DeactivateTitle => ("Nonaktifkan Pegawai", "Deactivate Employee"),
        T::DeactivateFooter => (
            "Ctrl-S nonaktifkan · Tab/↓ berikutnya · Esc batal",
            "Ctrl-S deactivate · Tab/↓ next · Esc cancel",
        ),
        T::DeactivateNoSubs => ("Tidak ada bawahan aktif.", "No active direct reports."),
        T::PickUnit => ("Pilih Unit Kerja", "Choose Unit"),
        T::PickSupervisor => ("Pilih Atasan Langsung", "Choose Supervisor"),
        T::PickGrade => ("Pilih Golongan", "Choose Grade"),
        T::PickPositionKind => ("Pilih Jenis Jabatan", "Choose Position Kind"),
        T::PickReason => ("Pilih Alasan", "Choose Reason"),
        T::PickReassign => (
            "Pilih Atasan Baru untuk Bawahan",
            "Choose New Supervisor for Reports",
        ),
        T::PickerHint => (
            "↑↓ pilih · Enter ambil · Esc batal",
            "↑↓ move · Enter choose · Esc cancel",
        ),
        T::PickerHintNone => (
            "↑↓ pilih · Enter ambil · Ctrl-D kosongkan · Esc batal",
            "↑↓ move · Enter choose · Ctrl-D none · Esc cancel",
        ),
        T::PickerEmpty => ("Tidak ada yang cocok.", "Nothing matches."),
        T::NoUnitsYet => (
            "Belum ada unit kerja. Tutup (Esc) lalu tekan u untuk menambah unit kerja dahulu.",
            "No units yet. Close this (Esc), then press u to add a unit first.",
        ),
        T::ConfirmTitle => ("Konfirmasi", "Confirm"),
        T::ConfirmQuitDirty => (
            "Ada isian yang belum disimpan. Keluar dan buang isian itu?",
            "There is unsaved input. Quit and discard it?",
        ),
        T::ConfirmDiscard => ("Buang isian yang belum disimpan?", "Discard unsaved input?"),
        T::ConfirmSaveSettings => (
            "Simpan pengaturan kantor? Perubahan dicatat di jejak audit.",
            "Save the office settings? The change goes to the audit trail.",
        ),
        T::ConfirmRestoreDraft => (
            "Pulihkan isian yang belum disimpan? Diketik",
            "Restore unsaved input? Typed",
        ),
        T::ConfirmReactivate => ("Aktifkan kembali pegawai ini?", "Reactivate this employee?"),
        T::ConfirmYesNo => ("y = ya · n/Esc = tidak", "y = yes · n/Esc = no"),
        T::ConfirmDraftKeys => (
            "y = pulihkan · n = buang isian · Esc = nanti saja (isian tetap disimpan)",
            "y = restore · n = discard it · Esc = not now (the input is kept)",
        ),
        T::HelpTitle => ("Bantuan: tombol di layar ini", "Help: keys on this screen"),
        T::HelpGlobal => (
            "Di mana saja (bila tidak mengetik)",
            "Anywhere (when not typing)",
        ),
        T::HelpFooter => ("Esc atau ? untuk menutup", "Esc or ? to close"),
        T::StatusHint => (
            "? bantuan · / cari · n tambah · e ubah · Enter buka · q keluar",
            "? help · / filter · n add · e edit · Enter open · q quit",
        ),
        T::StatusHintSupervisor => (
            "? bantuan · / cari · Enter buka · e ubah kontak bawahan · q keluar",
            "? help · / filter · Enter open · e edit a report's contact · q quit",
        ),
        T::StatusHintAudit => (
            "? bantuan · / cari orang/data/tanggal · r muat ulang · 1 pegawai · q keluar",
            "? help · / filter person/record/date · r reload · 1 employees · q quit",
        ),
        T::StatusHintPlaceholder => (
            "? bantuan · 1 pegawai · 6 jejak audit · q keluar",
            "? help · 1 employees · 6 audit trail · q quit",
        ),
        T::AlreadyActive => (
            "Pegawai ini sudah aktif.",
            "This employee is already active.",
        ),
        T::AlreadyInactive => (
            "Pegawai ini sudah nonaktif.",
            "This employee is already inactive.",
        ),
        T::NothingSelected => ("Tidak ada pegawai yang dipilih.", "No employee selected."),
        T::ErrRequired => ("wajib diisi", "required"),
        T::ErrDate => (
            "tanggal tidak valid: tulis hh/bb/tttt, misalnya 01/03/2015",
            "invalid date: write dd/mm/yyyy, e.g. 01/03/2015",
        ),
        T::ErrDateYear => (
            "tahun harus 4 angka (atau 2 angka: 00 sampai tahun ini = 20xx, selebihnya 19xx)",
            "the year needs 4 digits (or 2: 00 up to this year's = 20xx, the rest 19xx)",
        ),
        T::ErrFutureDate => (
            "tanggal tidak boleh sesudah hari ini: penonaktifan berlaku sekarang",
            "the date cannot be after today: the deactivation takes effect now",
        ),
        T::CannotDeactivateSelf => (
            "Anda tidak dapat menonaktifkan data Anda sendiri; minta admin lain.",
            "You cannot deactivate your own record; ask another admin.",
        ),
        T::KeyHelp => ("bantuan", "help"),
        T::KeyQuit => ("keluar", "quit"),
        T::KeyNextScreen => ("layar berikutnya", "next screen"),
        T::KeyPrevScreen => ("layar sebelumnya", "previous screen"),
        T::KeyScreens => ("pindah layar 0-6", "go to screen 0-6"),
        T::KeyUp => ("naik", "up"),
        T::KeyDown => ("turun", "down"),
        T::KeyTop => ("ke awal", "to the top"),
        T::KeyBottom => ("ke akhir", "to the bottom"),
        T::KeyPageUp => ("halaman sebelumnya", "page up"),
        T::KeyPageDown => ("halaman berikutnya", "page down"),
        T::KeyOpenDetail => ("buka rincian", "open details"),
        T::KeyFocusPane => ("pindah panel", "switch pane"),
        T::KeyFilter => ("cari nama/NIP/unit", "filter name/NIP/unit"),
        T::KeySortNext => ("urutkan kolom lain", "sort by next column"),
        T::KeySortReverse => ("balik urutan", "reverse order"),
        T::KeyToggleTree => ("daftar / pohon", "list / tree"),
        T::KeyFoldUnit => ("pohon: lipat unit", "tree: fold the unit"),
        T::KeyUnfoldUnit => ("pohon: buka unit", "tree: unfold the unit"),
        T::KeyToggleUnit => ("pohon: lipat/buka", "tree: fold/unfold"),
        T::KeyAdminScreen => ("akun & Plt/Plh", "accounts & Plt/Plh"),
        T::KeyAdminSwitch => ("akun / Plt-Plh", "accounts / Plt-Plh"),
        T::KeyAdminNew => ("baru", "new"),
        T::KeyAdminReset => ("akun: atur ulang kata sandi", "account: reset the password"),
        T::KeyAdminDisable => ("akun: nonaktifkan", "account: disable"),
        T::KeyAdminEnable => ("akun: aktifkan", "account: enable"),
        T::KeyAdminEnd => ("Plt/Plh: akhiri lebih awal", "Plt/Plh: end early"),
        T::KeyAdminKeys => ("akun: kunci SSH", "account: SSH keys"),
        T::KeyAdminAddKey => ("tambah kunci SSH", "add an SSH key"),
        T::KeyAdminRemoveKey => ("hapus kunci SSH", "remove the SSH key"),
        T::ConfirmRemoveKey => ("Hapus kunci SSH ini?", "Remove this SSH key?"),
        T::KeyAdminClose => ("tutup", "close"),
        T::PickAccountEmployee => (
            "Pilih pegawai (yang belum punya akun)",
            "Choose an employee (without an account)",
        ),
        T::PickActingPerson => ("Pilih pelaksana tugas (Plt/Plh)", "Choose the acting official"),
        T::PickActingFor => ("Pilih atasan yang digantikan", "Choose the absent supervisor"),
        T::ConfirmDisableAccount => ("Nonaktifkan akun ini?", "Disable this account?"),
        T::ConfirmEnableAccount => ("Aktifkan kembali akun ini?", "Enable this account again?"),
        T::ConfirmEndActing => (
            "Akhiri Plt/Plh ini pada tanggal",
            "End this acting assignment on",
        ),
        T::KeyNewUnit => ("tambah unit kerja", "add unit"),
        T::KeyNewEmployee => ("tambah pegawai", "add employee"),
        T::KeyEditEmployee => ("ubah pegawai / unit", "edit employee / unit"),
        T::KeyEditContact => ("ubah kontak bawahan", "edit a report's contact"),
        T::KeyDeactivate => ("nonaktifkan pegawai", "deactivate employee"),
        T::KeyReactivate => ("aktifkan kembali", "reactivate"),
        T::KeyClearFilter => ("hapus pencarian", "clear filter"),
        T::KeyJumpToPerson => ("buka orang ini", "go to this person"),
        T::KeyBackToList => ("kembali ke daftar", "back to the list"),
        T::KeyFilterDone => ("selesai, ke daftar", "done, to the list"),
        T::KeyFilterClear => ("hapus pencarian", "clear filter"),
        T::KeyNextField => ("isian berikutnya", "next field"),
        T::KeyPrevField => ("isian sebelumnya", "previous field"),
        T::KeyFormEnter => ("daftar pilihan / lanjut", "list choices / next"),
        T::KeyChoicePrev => ("pilihan sebelumnya", "previous choice"),
        T::KeyChoiceNext => ("pilihan berikutnya", "next choice"),
        T::KeySave => ("simpan", "save"),
        T::KeyCancelForm => ("batal", "cancel"),
        T::KeyPick => ("ambil pilihan", "choose"),
        T::KeyPickNone => ("kosongkan pilihan", "choose none"),
        T::KeyCancel => ("batal", "cancel"),
        T::KeyYes => ("ya", "yes"),
        T::KeyNo => ("tidak", "no"),
        T::KeyNotNow => (
            "tidak; untuk isian lama: nanti saja (tetap disimpan)",
            "no; for earlier input: not now (kept)",
        ),
        T::KeyCloseHelp => ("tutup bantuan", "close help"),
        T::KeyTypeText => ("ketik untuk mengisi", "type to fill in"),
        T::KeyGateEnter => ("lanjut / kirim", "next / submit"),
        T::KeyGateSubmit => ("kirim", "submit"),
        T::KeyGateCancel => ("batal (ganti kata sandi)", "cancel (password change)"),
        T::KeyChangePassword => ("ganti kata sandi", "change password"),
        T::KeyResetPassword => ("reset kata sandi akun", "reset account password"),
        T::ResetTitle => ("Reset Kata Sandi", "Reset Password"),
        T::ResetIntro => (
            "Kata sandi baru untuk akun pegawai ini. Ia wajib menggantinya saat masuk berikutnya.",
            "A new password for this employee's account. They must change it at their next sign-in.",
        ),
        T::NoAccount => ("Pegawai ini belum punya akun.", "This employee has no account."),
        T::NoAccountYet => (
            "Pegawai ini belum punya akun. Akun dibuat dengan: kinerja user add NAMA --nip NIP",
            "This employee has no account. Create one with: kinerja user add NAME --nip NIP",
        ),
        T::KeySignOut => ("ganti pengguna", "sign out"),
        T::KeyOfficeSettings => ("pengaturan kantor", "office settings"),
        T::GateSignInTitle => ("Masuk", "Sign in"),
        T::GateFirstAdminTitle => ("Akun Admin Pertama", "First Admin Account"),
        T::GateChangeTitle => ("Ganti Kata Sandi", "Change Password"),
        T::GateFirstAdminIntro => (
            "Database ini belum punya akun. Buat akun admin kepegawaian (BKPSDM) yang pertama.",
            "This database has no account yet. Create the first HR admin account.",
        ),
        T::GateSignInIntro => (
            "Masuk dengan nama pengguna atau NIP dan kata sandi.",
            "Sign in with your user name or NIP and password.",
        ),
        T::GateForcedIntro => (
            "Kata sandi Anda direset oleh admin: buat kata sandi baru sebelum melanjutkan.",
            "Your password was reset by an admin: choose a new one to continue.",
        ),
        T::GateChangeIntro => ("Buat kata sandi baru.", "Choose a new password."),
        T::GateLogin => ("Nama pengguna / NIP", "User name / NIP"),
        T::GateUsername => ("Nama pengguna", "User name"),
        T::GateNip => ("NIP (boleh kosong)", "NIP (optional)"),
        T::GateCurrent => ("Kata sandi sekarang", "Current password"),
        T::GatePassword => ("Kata sandi", "Password"),
        T::GateNewPassword => ("Kata sandi baru", "New password"),
        T::GateRepeat => ("Ulangi kata sandi", "Repeat password"),
        T::GateFooter => (
            "Enter lanjut/kirim · Tab pindah · F1 bantuan · Ctrl-C keluar",
            "Enter next/submit · Tab move · F1 help · Ctrl-C quit",
        ),
        T::GateFooterChange => (
            "Enter lanjut/kirim · Tab pindah · Esc batal · F1 bantuan",
            "Enter next/submit · Tab move · Esc cancel · F1 help",
        ),
        T::GateBadCredentials => (
            "Nama pengguna atau kata sandi salah.",
            "Wrong user name or password.",
        ),
        T::GateRequired => (
            "Isi semua kolom yang wajib.",
            "Fill in every required field.",
        ),
        T::GateDiffer => (
            "Kedua kata sandi baru tidak sama; ketik ulang.",
            "The two new passwords differ; type them again.",
        ),
        T::GateSamePassword => (
            "Kata sandi baru harus berbeda dari yang sekarang.",
            "The new password must differ from the current one.",
        ),
        T::GateWrongPassword => (
            "Kata sandi sekarang salah.",
            "The current password is wrong.",
        ),
        T::GateUsernameInvalid => (
            "Nama pengguna: 2-32 huruf kecil, angka, titik, garis bawah atau tanda hubung, \
             diawali huruf.",
            "User name: 2-32 lower-case letters, digits, dots, underscores or hyphens, \
             starting with a letter.",
        ),
        T::GateUnknownEmployee => (
            "NIP tidak ada di register pegawai.",
            "That NIP is not in the register.",
        ),
        T::RoleAdmin => ("admin", "admin"),
        T::RoleAppraiser => ("penilai", "appraiser"),
        T::Operator => ("operator lokal", "local operator"),
        T::NotAdmin => (
            "Hanya admin kepegawaian yang dapat mengubah register pegawai dan unit kerja.",
            "Only the HR admin can change the employee register and units.",
        ),
        T::NotYourReport => (
            "Anda hanya dapat mengubah data bawahan langsung Anda.",
            "You can only change the records of your direct reports.",
        ),
        T::FieldAdminOnly => ("(hanya admin)", "(admin only)"),
    };
    lang.pick(id, en)
}

/// A moment in the machine's local time to the minute, sortable: 2026-12-31 14:05 (lists of
/// accounts and keys, in the app and on the command line).
pub fn local_minute(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// A date as offices write it: 31/12/2026.
pub fn dmy(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The words the app's filters search in, installed by the terminal and scripts.
pub struct Words;

impl crate::app::kit::terms::Terms for Words {
    fn audit_action(&self, lang: Lang, action: crate::domain::AuditAction) -> &'static str {
        super::audit::audit_action(lang, action)
    }

    fn reason(&self, lang: Lang, r: crate::domain::InactiveReason) -> &'static str {
        super::employees::reason(lang, r)
    }

    fn acting_words(&self) -> &'static str {
        super::audit::ACTING_WORDS
    }

    fn settings_words(&self) -> &'static str {
        super::settings::SETTINGS_WORDS
    }

    fn plan_state(&self, lang: Lang, state: &crate::domain::plan::PlanState) -> &'static str {
        super::plans::state(lang, state)
    }

    fn review_words(&self) -> &'static str {
        super::reviews::AUDIT_WORDS
    }

    fn unit_grade_words(&self) -> &'static str {
        super::reviews::UNIT_GRADE_AUDIT_WORDS
    }

    fn feedback_words(&self) -> &'static str {
        super::feedback::AUDIT_WORDS
    }
}
