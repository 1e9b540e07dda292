//! Jenis jabatan, domain.md 1.3 (UU 20/2023).

use serde::{Deserialize, Serialize};

/// Jenjang jabatan fungsional: expertise (keahlian) and skill (keterampilan) tiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FunctionalTier {
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
}

impl FunctionalTier {
    pub const ALL: [FunctionalTier; 8] = [
        FunctionalTier::AhliPertama,
        FunctionalTier::AhliMuda,
        FunctionalTier::AhliMadya,
        FunctionalTier::AhliUtama,
        FunctionalTier::Pemula,
        FunctionalTier::Terampil,
        FunctionalTier::Mahir,
        FunctionalTier::Penyelia,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FunctionalTier::AhliPertama => "Ahli Pertama",
            FunctionalTier::AhliMuda => "Ahli Muda",
            FunctionalTier::AhliMadya => "Ahli Madya",
            FunctionalTier::AhliUtama => "Ahli Utama",
            FunctionalTier::Pemula => "Pemula",
            FunctionalTier::Terampil => "Terampil",
            FunctionalTier::Mahir => "Mahir",
            FunctionalTier::Penyelia => "Penyelia",
        }
    }

    /// Keahlian (expertise) tiers as opposed to keterampilan (skill) tiers.
    pub fn is_expertise(self) -> bool {
        matches!(
            self,
            FunctionalTier::AhliPertama
                | FunctionalTier::AhliMuda
                | FunctionalTier::AhliMadya
                | FunctionalTier::AhliUtama
        )
    }
}

/// Jenis jabatan: the kind of position an employee holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PositionKind {
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Fungsional(FunctionalTier),
    Pelaksana,
}

impl PositionKind {
    /// Every kind, functional tiers spelled out, in the order a picker shows them.
    pub fn all() -> Vec<PositionKind> {
        let mut v = vec![
            PositionKind::JptUtama,
            PositionKind::JptMadya,
            PositionKind::JptPratama,
            PositionKind::Administrator,
            PositionKind::Pengawas,
        ];
        v.extend(
            FunctionalTier::ALL
                .iter()
                .map(|t| PositionKind::Fungsional(*t)),
        );
        v.push(PositionKind::Pelaksana);
        v
    }

    /// Struktural (managerial) positions appraise and lead units.
    pub fn is_managerial(self) -> bool {
        matches!(
            self,
            PositionKind::JptUtama
                | PositionKind::JptMadya
                | PositionKind::JptPratama
                | PositionKind::Administrator
                | PositionKind::Pengawas
        )
    }

    pub fn is_jpt(self) -> bool {
        matches!(
            self,
            PositionKind::JptUtama | PositionKind::JptMadya | PositionKind::JptPratama
        )
    }

    /// Official Indonesian label, e.g. `Fungsional Ahli Pertama`.
    pub fn label(self) -> String {
        match self {
            PositionKind::JptUtama => "JPT Utama".into(),
            PositionKind::JptMadya => "JPT Madya".into(),
            PositionKind::JptPratama => "JPT Pratama".into(),
            PositionKind::Administrator => "Administrator".into(),
            PositionKind::Pengawas => "Pengawas".into(),
            PositionKind::Fungsional(t) => format!("Fungsional {}", t.label()),
            PositionKind::Pelaksana => "Pelaksana".into(),
        }
    }

    /// Parses the labels above case-insensitively; `fungsional` alone is not enough.
    pub fn parse(input: &str) -> Option<PositionKind> {
        let norm = normalize(input);
        PositionKind::all().into_iter().find(|k| {
            let label = normalize(&k.label());
            label == norm
                || matches!(k, PositionKind::Fungsional(t) if normalize(t.label()) == norm)
        })
    }
}

fn normalize(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_through_parse() {
        for k in PositionKind::all() {
            assert_eq!(PositionKind::parse(&k.label()), Some(k), "{}", k.label());
        }
        assert_eq!(
            PositionKind::parse("fungsional_ahli_muda"),
            Some(PositionKind::Fungsional(FunctionalTier::AhliMuda))
        );
        assert_eq!(
            PositionKind::parse("Terampil"),
            Some(PositionKind::Fungsional(FunctionalTier::Terampil))
        );
        assert_eq!(PositionKind::parse("fungsional"), None);
        assert_eq!(PositionKind::parse("manager"), None);
    }

    #[test]
    fn managerial_kinds() {
        let managerial: Vec<String> = PositionKind::all()
            .into_iter()
            .filter(|k| k.is_managerial())
            .map(|k| k.label())
            .collect();
        assert_eq!(
            managerial,
            [
                "JPT Utama",
                "JPT Madya",
                "JPT Pratama",
                "Administrator",
                "Pengawas"
            ]
        );
        assert_eq!(PositionKind::all().len(), 14);
    }
}
