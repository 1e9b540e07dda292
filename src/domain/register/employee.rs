//! Pegawai: the employee record, domain.md 1.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{dates, Grade, Nip, PositionKind, UnitId};

/// Jenis ASN: PNS (permanent) or PPPK (contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EmployeeKind {
    Pns,
    Pppk,
}

impl EmployeeKind {
    pub fn code(self) -> &'static str {
        match self {
            EmployeeKind::Pns => "PNS",
            EmployeeKind::Pppk => "PPPK",
        }
    }

    pub fn parse(input: &str) -> Option<EmployeeKind> {
        match input.trim().to_ascii_uppercase().as_str() {
            "PNS" => Some(EmployeeKind::Pns),
            "PPPK" => Some(EmployeeKind::Pppk),
            _ => None,
        }
    }
}

/// Internal identifier of an employee; stable when the NIP is corrected.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct EmployeeId(pub u64);

/// Nama lengkap with gelar depan / gelar belakang (academic titles).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PersonName {
    /// Gelar depan, e.g. `dr.` or `Drs.`.
    pub front_title: String,
    pub name: String,
    /// Gelar belakang, e.g. `S.Kep., Ns.`.
    pub back_title: String,
}

impl PersonName {
    /// Full name as written on documents: `dr. Maria Gebze, M.Kes.`.
    pub fn full(&self) -> String {
        let mut s = String::new();
        if !self.front_title.trim().is_empty() {
            s.push_str(self.front_title.trim());
            s.push(' ');
        }
        s.push_str(self.name.trim());
        if !self.back_title.trim().is_empty() {
            s.push_str(", ");
            s.push_str(self.back_title.trim());
        }
        s
    }
}

/// Alasan nonaktif: why an employee left active service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InactiveReason {
    /// Pensiun.
    Retired,
    /// Mutasi keluar.
    TransferredOut,
    /// Meninggal dunia.
    Deceased,
    /// Cuti di luar tanggungan negara (CLTN).
    UnpaidLeave,
    /// Tugas belajar.
    StudyLeave,
    /// Diberhentikan.
    Dismissed,
    /// Lainnya.
    Other,
}

impl InactiveReason {
    pub const ALL: [InactiveReason; 7] = [
        InactiveReason::Retired,
        InactiveReason::TransferredOut,
        InactiveReason::Deceased,
        InactiveReason::UnpaidLeave,
        InactiveReason::StudyLeave,
        InactiveReason::Dismissed,
        InactiveReason::Other,
    ];

    /// Stable code used in CSV files.
    pub fn code(self) -> &'static str {
        match self {
            InactiveReason::Retired => "pensiun",
            InactiveReason::TransferredOut => "mutasi_keluar",
            InactiveReason::Deceased => "meninggal",
            InactiveReason::UnpaidLeave => "cltn",
            InactiveReason::StudyLeave => "tugas_belajar",
            InactiveReason::Dismissed => "diberhentikan",
            InactiveReason::Other => "lainnya",
        }
    }

    pub fn parse(input: &str) -> Option<InactiveReason> {
        let norm = input.trim().to_lowercase().replace([' ', '-'], "_");
        InactiveReason::ALL.into_iter().find(|r| r.code() == norm)
    }
}

/// Status kepegawaian: aktif, or nonaktif with a reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmployeeStatus {
    Active,
    Inactive {
        reason: InactiveReason,
        #[serde(with = "dates::opt")]
        since: Option<NaiveDate>,
        note: String,
    },
}

impl EmployeeStatus {
    pub fn is_active(&self) -> bool {
        matches!(self, EmployeeStatus::Active)
    }

    /// CSV code: `aktif` or the reason code.
    pub fn code(&self) -> &'static str {
        match self {
            EmployeeStatus::Active => "aktif",
            EmployeeStatus::Inactive { reason, .. } => reason.code(),
        }
    }

    /// Parses `aktif`, `nonaktif` (reason: lainnya) or a reason code.
    pub fn parse(input: &str) -> Option<EmployeeStatus> {
        let norm = input.trim().to_lowercase();
        match norm.as_str() {
            "" | "aktif" | "active" => Some(EmployeeStatus::Active),
            "nonaktif" | "non_aktif" | "non aktif" | "inactive" => Some(EmployeeStatus::Inactive {
                reason: InactiveReason::Other,
                since: None,
                note: String::new(),
            }),
            other => InactiveReason::parse(other).map(|reason| EmployeeStatus::Inactive {
                reason,
                since: None,
                note: String::new(),
            }),
        }
    }
}

/// Pegawai: one ASN employee in the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employee {
    pub id: EmployeeId,
    pub nip: Nip,
    pub kind: EmployeeKind,
    pub name: PersonName,
    /// Golongan / pangkat.
    pub grade: Grade,
    /// Nama jabatan (position title).
    pub position: String,
    /// Jenis jabatan.
    pub position_kind: PositionKind,
    /// Unit kerja.
    pub unit: UnitId,
    /// Atasan langsung; `None` only for the head of the organisation.
    pub supervisor: Option<EmployeeId>,
    /// TMT CPNS / PPPK: first appointment.
    #[serde(with = "dates::opt")]
    pub appointed_on: Option<NaiveDate>,
    /// TMT pangkat: since when the current grade is held.
    #[serde(with = "dates::opt")]
    pub grade_since: Option<NaiveDate>,
    /// TMT jabatan: since when the current position is held.
    #[serde(with = "dates::opt")]
    pub position_since: Option<NaiveDate>,
    pub status: EmployeeStatus,
    pub phone: String,
    pub email: String,
    /// Revisi: how many times the store saved this record (0: never saved, or saved before
    /// records had revisions). A save names the revision it was based on and is refused when
    /// the stored one differs (someone else saved meanwhile); the store writes it plus one.
    #[serde(default)]
    pub revision: u64,
}

impl Employee {
    /// The record as the store keeps it after a save based on this one (revision plus one).
    pub fn saved(&self) -> Employee {
        Employee {
            revision: self.revision.saturating_add(1),
            ..self.clone()
        }
    }

    pub fn is_active(&self) -> bool {
        self.status.is_active()
    }

    pub fn full_name(&self) -> String {
        self.name.full()
    }
}
