//! Nilai inti BerAKHLAK (domain.md 4): the 7 core values, their short definitions and guides.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const ASSET: &str = include_str!("../../../assets/core_values.json");

/// Nilai inti BerAKHLAK: one of the 7 ASN core values judged as work behaviour (perilaku kerja).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CoreValue {
    #[serde(rename = "Berorientasi Pelayanan")]
    ServiceOriented,
    #[serde(rename = "Akuntabel")]
    Accountable,
    #[serde(rename = "Kompeten")]
    Competent,
    #[serde(rename = "Harmonis")]
    Harmonious,
    #[serde(rename = "Loyal")]
    Loyal,
    #[serde(rename = "Adaptif")]
    Adaptive,
    #[serde(rename = "Kolaboratif")]
    Collaborative,
}

impl CoreValue {
    /// In the order of the acronym (and of domain.md 4).
    pub const ALL: [CoreValue; 7] = [
        CoreValue::ServiceOriented,
        CoreValue::Accountable,
        CoreValue::Competent,
        CoreValue::Harmonious,
        CoreValue::Loyal,
        CoreValue::Adaptive,
        CoreValue::Collaborative,
    ];

    /// Its official name, definition and the three behaviour guides (pedoman perilaku).
    pub fn text(self) -> &'static CoreValueText {
        // `all()` holds the 7 values in `ALL` order (checked by a test).
        &all()[self as usize]
    }
}

/// The official wording of one core value. The guides have no levels.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CoreValueText {
    pub value: CoreValue,
    pub name: String,
    /// Short definition, e.g. "terus belajar".
    pub definition: String,
    /// The three behaviour guides, in official order.
    pub guides: [String; 3],
}

/// The 7 core values in `CoreValue::ALL` order.
pub fn all() -> &'static [CoreValueText] {
    static CELL: OnceLock<Vec<CoreValueText>> = OnceLock::new();
    CELL.get_or_init(|| super::parse_embedded("core_values.json", ASSET))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// domain.md 4, word for word.
    const EXPECTED: [(&str, &str, [&str; 3]); 7] = [
        ("Berorientasi Pelayanan", "pelayanan prima demi kepuasan masyarakat", [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ]),
        ("Akuntabel", "bertanggung jawab atas kepercayaan", [
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ]),
        ("Kompeten", "terus belajar", [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ]),
        ("Harmonis", "saling peduli dan menghargai perbedaan", [
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ]),
        ("Loyal", "berdedikasi pada bangsa dan negara", [
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ]),
        ("Adaptif", "terus berinovasi", [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ]),
        ("Kolaboratif", "membangun kerja sama yang sinergis", [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ]),
    ];

    #[test]
    fn every_value_word_for_word() {
        assert_eq!(all().len(), 7);
        for (i, (value, (name, definition, guides))) in
            CoreValue::ALL.iter().zip(EXPECTED).enumerate()
        {
            let t = value.text();
            assert_eq!(t.value, *value, "value {i}");
            assert_eq!(t.name, name);
            assert_eq!(t.definition, definition);
            assert_eq!(t.guides.each_ref().map(String::as_str), guides, "{name}");
        }
    }

    #[test]
    fn order_spells_berakhlak() {
        let initials: String = all().iter().filter_map(|t| t.name.chars().next()).collect();
        assert_eq!(initials, "BAKHLAK");
    }
}
