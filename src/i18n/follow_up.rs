//! Tindak lanjut in words (domain.md 9): the detail pane's lines and the HR report's cells.

use super::reviews::grade;
use super::Lang;
use crate::domain::review::consequence::{PayStep, PromotionBlocker};
use crate::domain::review::follow_up::FollowUp;

/// Credit points with up to three decimals, the language's decimal mark (`28,125`).
pub fn points(lang: Lang, p: f64) -> String {
    let s = format!("{p:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The heading of the detail pane's lines.
pub fn heading(lang: Lang) -> &'static str {
    lang.pick("Tindak lanjut", "Follow-up")
}

/// `2024 Baik · 2025 -`: the two years the rules look at.
pub fn grades(lang: Lang, f: &FollowUp) -> String {
    [f.last_year - 1, f.last_year]
        .iter()
        .map(|y| match f.grades.get(y) {
            Some(g) => format!("{y} {}", grade(lang, *g)),
            None => format!("{y} -"),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Angka kredit since the last TMT, or `None` outside functional positions.
pub fn credit(lang: Lang, f: &FollowUp) -> Option<String> {
    let c = f.credit.as_ref()?;
    let years = c
        .years
        .iter()
        .map(|y| {
            format!(
                "{} {} {}",
                y.year,
                points(lang, y.points),
                match (lang, y.period.months) {
                    (_, 12) => String::new(),
                    (Lang::Id, m) => format!("({m} bln)"),
                    (Lang::En, m) => format!("({m} mo)"),
                }
            )
            .trim_end()
            .to_string()
        })
        .collect::<Vec<_>>()
        .join(" · ");
    Some(match lang {
        Lang::Id => format!(
            "{} sejak TMT, {} ({years})",
            points(lang, c.total),
            c.tier.label()
        ),
        Lang::En => format!(
            "{} since the TMT, {} ({years})",
            points(lang, c.total),
            c.tier.label()
        ),
    })
}

fn blocker(lang: Lang, b: &PromotionBlocker) -> String {
    match (lang, b) {
        (Lang::Id, PromotionBlocker::TooShortInRank { have, need }) => {
            format!("masa dalam pangkat {have} dari {need} tahun")
        }
        (Lang::En, PromotionBlocker::TooShortInRank { have, need }) => {
            format!("{have} of {need} years in rank")
        }
        (Lang::Id, PromotionBlocker::RankSinceUnknown) => "TMT pangkat belum diisi".to_string(),
        (Lang::En, PromotionBlocker::RankSinceUnknown) => {
            "TMT of the rank not recorded".to_string()
        }
        (Lang::Id, PromotionBlocker::GradeMissing(y)) => format!("predikat {y} belum ada"),
        (Lang::En, PromotionBlocker::GradeMissing(y)) => format!("no grade for {y}"),
        (_, PromotionBlocker::GradeBelowBaik(y, g)) => match lang {
            Lang::Id => format!("predikat {y} {}, di bawah Baik", grade(lang, *g)),
            Lang::En => format!("{y} graded {}, below Good", grade(lang, *g)),
        },
        (Lang::Id, PromotionBlocker::CreditPointsShort { missing }) => {
            format!("angka kredit kurang {}", points(lang, *missing))
        }
        (Lang::En, PromotionBlocker::CreditPointsShort { missing }) => {
            format!("credit points short by {}", points(lang, *missing))
        }
        (Lang::Id, PromotionBlocker::CreditPointsToCompare { earned }) => format!(
            "angka kredit {} dibandingkan BKPSDM dengan syarat pangkat",
            points(lang, *earned)
        ),
        (Lang::En, PromotionBlocker::CreditPointsToCompare { earned }) => format!(
            "credit points {} to be compared by HR with the rank's requirement",
            points(lang, *earned)
        ),
    }
}

/// Kenaikan pangkat: due, or what stands in the way.
pub fn promotion(lang: Lang, f: &FollowUp) -> String {
    let grades_and_time_ok = f
        .promotion
        .iter()
        .all(|b| matches!(b, PromotionBlocker::CreditPointsToCompare { .. }));
    let list = f
        .promotion
        .iter()
        .map(|b| blocker(lang, b))
        .collect::<Vec<_>>()
        .join("; ");
    match (f.promotion.is_empty(), grades_and_time_ok, lang) {
        (true, _, Lang::Id) => "memenuhi syarat".to_string(),
        (true, _, Lang::En) => "eligible".to_string(),
        (false, true, Lang::Id) => format!("masa dan predikat memenuhi syarat; {list}"),
        (false, true, Lang::En) => format!("time in rank and grades qualify; {list}"),
        (false, false, Lang::Id) => format!("belum: {list}"),
        (false, false, Lang::En) => format!("not yet: {list}"),
    }
}

/// Kenaikan gaji berkala.
pub fn pay_step(lang: Lang, f: &FollowUp) -> String {
    match f.pay_step {
        PayStep::Due => lang.pick("memenuhi syarat", "due").to_string(),
        PayStep::Postponed => lang
            .pick("ditunda satu tahun", "postponed a year")
            .to_string(),
        PayStep::NoGrades => lang
            .pick("belum ada predikat", "no grade to judge by")
            .to_string(),
    }
}

/// Pengembangan: a development plan, the talent pool, or nothing (`-`).
pub fn development(lang: Lang, f: &FollowUp) -> String {
    let d = f.development;
    let mut out = Vec::new();
    if d.development_plan {
        out.push(match lang {
            Lang::Id => format!(
                "perlu rencana pengembangan (predikat {} di bawah Baik)",
                f.last_year
            ),
            Lang::En => format!("needs a development plan ({} below Good)", f.last_year),
        });
    }
    if d.talent_pool {
        out.push(
            lang.pick(
                "kandidat talent pool (Sangat Baik dua tahun berturut-turut)",
                "talent-pool candidate (Very good two years running)",
            )
            .to_string(),
        );
    }
    if out.is_empty() {
        "-".to_string()
    } else {
        out.join("; ")
    }
}

/// Labels of the lines, in the order the pane shows them.
pub fn labels(lang: Lang) -> [&'static str; 5] {
    [
        lang.pick("Predikat tahunan", "Annual grades"),
        lang.pick("Angka kredit", "Credit points"),
        lang.pick("Kenaikan pangkat", "Rank promotion"),
        lang.pick("Kenaikan gaji berkala", "Pay step"),
        lang.pick("Pengembangan", "Development"),
    ]
}

/// The pane's lines `(label, value)`; the credit line only for functional positions.
pub fn lines(lang: Lang, f: &FollowUp) -> Vec<(&'static str, String)> {
    let [g, c, p, k, d] = labels(lang);
    let mut out = vec![(g, grades(lang, f))];
    if let Some(text) = credit(lang, f) {
        out.push((c, text));
    }
    out.push((p, promotion(lang, f)));
    out.push((k, pay_step(lang, f)));
    out.push((d, development(lang, f)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::consequence::DevelopmentFlags;
    use crate::domain::PerformanceGrade as G;

    fn sample() -> FollowUp {
        FollowUp {
            last_year: 2025,
            grades: [(2025, G::NeedsImprovement)].into_iter().collect(),
            credit: None,
            promotion: vec![
                PromotionBlocker::GradeMissing(2024),
                PromotionBlocker::GradeBelowBaik(2025, G::NeedsImprovement),
            ],
            pay_step: PayStep::Due,
            development: DevelopmentFlags {
                development_plan: true,
                talent_pool: false,
            },
        }
    }

    #[test]
    fn points_use_the_languages_decimal_mark_and_drop_trailing_zeros() {
        assert_eq!(points(Lang::Id, 28.125), "28,125");
        assert_eq!(points(Lang::Id, 2.0833333), "2,083");
        assert_eq!(points(Lang::En, 18.75), "18.75");
        assert_eq!(points(Lang::Id, 12.0), "12");
    }

    #[test]
    fn the_lines_say_what_stands_in_the_way() {
        let f = sample();
        let id = lines(Lang::Id, &f);
        assert_eq!(
            id,
            [
                (
                    "Predikat tahunan",
                    "2024 - · 2025 Butuh Perbaikan".to_string()
                ),
                (
                    "Kenaikan pangkat",
                    "belum: predikat 2024 belum ada; predikat 2025 Butuh Perbaikan, di bawah Baik"
                        .to_string()
                ),
                ("Kenaikan gaji berkala", "memenuhi syarat".to_string()),
                (
                    "Pengembangan",
                    "perlu rencana pengembangan (predikat 2025 di bawah Baik)".to_string()
                ),
            ]
        );
        let en = lines(Lang::En, &f);
        assert_eq!(
            en[1].1,
            "not yet: no grade for 2024; 2025 graded Needs improvement, below Good"
        );
    }
}
