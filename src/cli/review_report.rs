//! `kinerja laporan kurva`: a unit's employee grades of a year against the rule of its grade,
//! as the JSON object of the contract or a readable table. Built from the read side's
//! unit check; the words of the table are the command line's (`review_words`).

use serde::Serialize;

use super::review_words as words;
use crate::app::transfer::review_rows::official;
use crate::domain::appraisal::{OrgGrade, PerformanceGrade};
use crate::domain::review::DistributionCheck;
use crate::i18n::Lang;

/// One member of the population.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurveMember {
    pub nip: String,
    pub name: String,
    /// The final annual grade; `None` while not signed.
    pub grade: Option<PerformanceGrade>,
}

/// What the report shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    pub unit: String,
    pub year: i32,
    pub grade: Option<OrgGrade>,
    /// The members the rule governs (the head left out per the office setting).
    pub members: Vec<CurveMember>,
    /// `None` while the unit has no grade for the year.
    pub check: Option<DistributionCheck>,
}

/// `jumlah`: every grade, in domain.md's order and words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CountsJson {
    #[serde(rename = "Sangat Baik")]
    pub very_good: usize,
    #[serde(rename = "Baik")]
    pub good: usize,
    #[serde(rename = "Butuh Perbaikan")]
    pub needs_improvement: usize,
    #[serde(rename = "Kurang/Misconduct")]
    pub poor: usize,
    #[serde(rename = "Sangat Kurang")]
    pub very_poor: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberJson {
    pub nip: String,
    pub nama: String,
    pub predikat: Option<String>,
}

/// The contract's object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CurveJson {
    pub unit: String,
    pub tahun: i32,
    pub predikat_organisasi: Option<String>,
    pub jumlah_pegawai: usize,
    pub jumlah: CountsJson,
    pub pegawai: Vec<MemberJson>,
    pub sesuai_pola: bool,
    pub pelanggaran: Vec<String>,
}

impl Curve {
    /// Head counts of the graded members per grade.
    pub fn count(&self, g: PerformanceGrade) -> usize {
        self.members.iter().filter(|m| m.grade == Some(g)).count()
    }

    pub fn holds(&self) -> bool {
        self.check.as_ref().is_none_or(DistributionCheck::holds)
    }

    /// One readable sentence per broken clause, as the Penilaian tab words it.
    pub fn breaches(&self, lang: Lang) -> Vec<String> {
        self.check
            .as_ref()
            .map(|c| crate::i18n::reviews::breaches(lang, c))
            .unwrap_or_default()
    }

    pub fn json(&self, lang: Lang) -> CurveJson {
        use PerformanceGrade as G;
        CurveJson {
            unit: self.unit.clone(),
            tahun: self.year,
            predikat_organisasi: self.grade.map(|g| official(&g)),
            jumlah_pegawai: self.members.len(),
            jumlah: CountsJson {
                very_good: self.count(G::VeryGood),
                good: self.count(G::Good),
                needs_improvement: self.count(G::NeedsImprovement),
                poor: self.count(G::Poor),
                very_poor: self.count(G::VeryPoor),
            },
            pegawai: self
                .members
                .iter()
                .map(|m| MemberJson {
                    nip: m.nip.clone(),
                    nama: m.name.clone(),
                    predikat: m.grade.map(|g| official(&g)),
                })
                .collect(),
            sesuai_pola: self.holds(),
            pelanggaran: self.breaches(lang),
        }
    }

    /// The table: head counts per grade, each clause with its bound and count, the verdict.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = words::curve_title(lang, &self.unit, self.year);
        out.push('\n');
        out.push_str(&words::curve_unit_grade(
            lang,
            self.grade.map(|g| official(&g)),
        ));
        out.push('\n');
        let graded = self.members.iter().filter(|m| m.grade.is_some()).count();
        out.push_str(&words::curve_population(lang, graded, self.members.len()));
        out.push_str("\n\n");
        let [grade_h, count_h] = words::curve_count_header(lang);
        out.push_str(&format!("{grade_h:<20} {count_h:>6}\n"));
        for g in PerformanceGrade::ALL {
            out.push_str(&format!("{:<20} {:>6}\n", official(&g), self.count(g)));
        }
        if let Some(check) = &self.check {
            out.push('\n');
            let [rule_h, bound_h, count_h, ok_h] = words::curve_rule_header(lang);
            let rows: Vec<[String; 4]> = check
                .outcomes
                .iter()
                .map(|o| {
                    [
                        words::clause(lang, &o.clause),
                        words::requirement(lang, &o.requirement),
                        o.actual.to_string(),
                        words::holds(lang, o.holds()).to_string(),
                    ]
                })
                .collect();
            let width = rows
                .iter()
                .map(|r| r[0].chars().count())
                .chain([rule_h.chars().count()])
                .max()
                .unwrap_or(0);
            let bw = rows
                .iter()
                .map(|r| r[1].chars().count())
                .chain([bound_h.chars().count()])
                .max()
                .unwrap_or(0);
            out.push_str(&format!(
                "{rule_h:<width$}  {bound_h:<bw$}  {count_h:>6}  {ok_h}\n"
            ));
            for [rule, bound, actual, ok] in rows {
                out.push_str(&format!(
                    "{rule:<width$}  {bound:<bw$}  {actual:>6}  {ok}\n"
                ));
            }
        }
        out.push('\n');
        out.push_str(&words::curve_verdict(
            lang,
            self.check.is_some(),
            self.holds(),
        ));
        out.push('\n');
        for b in self.breaches(lang) {
            out.push_str(&format!("- {b}\n"));
        }
        out
    }
}
