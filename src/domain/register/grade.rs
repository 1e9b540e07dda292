//! Golongan / pangkat, domain.md 1.2.

use serde::{Deserialize, Serialize};

use crate::domain::EmployeeKind;

/// Golongan ruang of a PNS, I/a .. IV/e, in rank order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PnsRank {
    IA,
    IB,
    IC,
    ID,
    IIA,
    IIB,
    IIC,
    IID,
    IIIA,
    IIIB,
    IIIC,
    IIID,
    IVA,
    IVB,
    IVC,
    IVD,
    IVE,
}

impl PnsRank {
    pub const ALL: [PnsRank; 17] = [
        PnsRank::IA,
        PnsRank::IB,
        PnsRank::IC,
        PnsRank::ID,
        PnsRank::IIA,
        PnsRank::IIB,
        PnsRank::IIC,
        PnsRank::IID,
        PnsRank::IIIA,
        PnsRank::IIIB,
        PnsRank::IIIC,
        PnsRank::IIID,
        PnsRank::IVA,
        PnsRank::IVB,
        PnsRank::IVC,
        PnsRank::IVD,
        PnsRank::IVE,
    ];

    /// Code as written in Indonesian documents, e.g. `III/a`.
    pub fn code(self) -> &'static str {
        const CODES: [&str; 17] = [
            "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c",
            "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
        ];
        CODES[self as usize]
    }

    /// Pangkat: the rank title that goes with the golongan.
    pub fn title(self) -> &'static str {
        const TITLES: [&str; 17] = [
            "Juru Muda",
            "Juru Muda Tingkat I",
            "Juru",
            "Juru Tingkat I",
            "Pengatur Muda",
            "Pengatur Muda Tingkat I",
            "Pengatur",
            "Pengatur Tingkat I",
            "Penata Muda",
            "Penata Muda Tingkat I",
            "Penata",
            "Penata Tingkat I",
            "Pembina",
            "Pembina Tingkat I",
            "Pembina Utama Muda",
            "Pembina Utama Madya",
            "Pembina Utama",
        ];
        TITLES[self as usize]
    }
}

/// Golongan / pangkat: PNS ranks I/a..IV/e or PPPK golongan I..XVII.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    Pns(PnsRank),
    /// PPPK golongan 1..=17.
    Pppk(u8),
}

const ROMAN: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

impl Grade {
    /// Every grade of a kind, lowest first.
    pub fn all(kind: EmployeeKind) -> Vec<Grade> {
        match kind {
            EmployeeKind::Pns => PnsRank::ALL.iter().map(|r| Grade::Pns(*r)).collect(),
            EmployeeKind::Pppk => (1..=17).map(Grade::Pppk).collect(),
        }
    }

    pub fn kind(self) -> EmployeeKind {
        match self {
            Grade::Pns(_) => EmployeeKind::Pns,
            Grade::Pppk(_) => EmployeeKind::Pppk,
        }
    }

    pub fn code(self) -> String {
        match self {
            Grade::Pns(r) => r.code().to_string(),
            Grade::Pppk(n) => ROMAN
                .get(usize::from(n).wrapping_sub(1))
                .map_or_else(|| n.to_string(), |r| (*r).to_string()),
        }
    }

    /// Code plus rank title where there is one, e.g. `III/a Penata Muda`.
    pub fn label(self) -> String {
        match self {
            Grade::Pns(r) => format!("{} {}", r.code(), r.title()),
            Grade::Pppk(_) => self.code(),
        }
    }

    /// Parses `III/a`, `III/A`, `IIIa`, `III a` for PNS; `IX`, `9` for PPPK.
    pub fn parse(input: &str, kind: EmployeeKind) -> Option<Grade> {
        let norm: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_uppercase();
        match kind {
            EmployeeKind::Pns => PnsRank::ALL
                .iter()
                .find(|r| r.code().replace('/', "").to_ascii_uppercase() == norm)
                .map(|r| Grade::Pns(*r)),
            EmployeeKind::Pppk => {
                let n = if let Ok(n) = norm.parse::<u8>() {
                    n
                } else {
                    ROMAN.iter().position(|r| *r == norm)? as u8 + 1
                };
                (1..=17).contains(&n).then_some(Grade::Pppk(n))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pns_grades_sort_in_official_order() {
        let codes: Vec<String> = Grade::all(EmployeeKind::Pns)
            .iter()
            .map(|g| g.code())
            .collect();
        assert_eq!(
            codes,
            [
                "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b",
                "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"
            ]
        );
        let mut shuffled = vec![
            Grade::Pns(PnsRank::IVA),
            Grade::Pns(PnsRank::IA),
            Grade::Pns(PnsRank::IIID),
            Grade::Pns(PnsRank::IID),
        ];
        shuffled.sort();
        assert_eq!(
            shuffled,
            [
                Grade::Pns(PnsRank::IA),
                Grade::Pns(PnsRank::IID),
                Grade::Pns(PnsRank::IIID),
                Grade::Pns(PnsRank::IVA)
            ]
        );
    }

    #[test]
    fn titles_match_domain_table() {
        let want = [
            ("I/a", "Juru Muda"),
            ("I/b", "Juru Muda Tingkat I"),
            ("I/c", "Juru"),
            ("I/d", "Juru Tingkat I"),
            ("II/a", "Pengatur Muda"),
            ("II/b", "Pengatur Muda Tingkat I"),
            ("II/c", "Pengatur"),
            ("II/d", "Pengatur Tingkat I"),
            ("III/a", "Penata Muda"),
            ("III/b", "Penata Muda Tingkat I"),
            ("III/c", "Penata"),
            ("III/d", "Penata Tingkat I"),
            ("IV/a", "Pembina"),
            ("IV/b", "Pembina Tingkat I"),
            ("IV/c", "Pembina Utama Muda"),
            ("IV/d", "Pembina Utama Madya"),
            ("IV/e", "Pembina Utama"),
        ];
        for (rank, (code, title)) in PnsRank::ALL.iter().zip(want) {
            assert_eq!((rank.code(), rank.title()), (code, title));
        }
    }

    #[test]
    fn pppk_grades_sort_numerically_with_roman_codes() {
        let g = Grade::all(EmployeeKind::Pppk);
        assert_eq!(g.len(), 17);
        assert_eq!(g[0].code(), "I");
        assert_eq!(g[8].code(), "IX");
        assert_eq!(g[16].code(), "XVII");
        assert!(Grade::Pppk(9) < Grade::Pppk(10));
    }

    #[test]
    fn parse_variants() {
        use EmployeeKind::*;
        assert_eq!(Grade::parse("III/a", Pns), Some(Grade::Pns(PnsRank::IIIA)));
        assert_eq!(Grade::parse("iii/A", Pns), Some(Grade::Pns(PnsRank::IIIA)));
        assert_eq!(Grade::parse("IVe", Pns), Some(Grade::Pns(PnsRank::IVE)));
        assert_eq!(Grade::parse("IV/f", Pns), None);
        assert_eq!(Grade::parse("IX", Pppk), Some(Grade::Pppk(9)));
        assert_eq!(Grade::parse("9", Pppk), Some(Grade::Pppk(9)));
        assert_eq!(Grade::parse("XVIII", Pppk), None);
        assert_eq!(Grade::parse("0", Pppk), None);
        assert_eq!(Grade::parse("III/a", Pppk), None);
    }
}
