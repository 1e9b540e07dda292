//! Ganti pendekatan: a Draft or Ditolak plan switched between kuantitatif and kualitatif.
//! Nothing typed is thrown away: a numeric target becomes its narrative (`150 berkas`), and a
//! narrative that reads as a number (with a unit after it) becomes a number again. What does
//! not fit the new approach stays and is flagged (`fits`); submitting names it.

use super::{Approach, Indicator, PerformancePlan, Target};

/// The plan with every indicator moved to `to`; the same plan when it has that approach.
pub fn switch_approach(plan: &PerformancePlan, to: Approach) -> PerformancePlan {
    let mut next = plan.clone();
    if plan.approach == to {
        return next;
    }
    next.approach = to;
    for ind in next
        .results
        .iter_mut()
        .flat_map(|r| r.indicators.iter_mut())
    {
        match to {
            Approach::Qualitative => to_narrative(ind),
            Approach::Quantitative => to_number(ind),
        }
    }
    next
}

/// `150` `berkas` -> `150 berkas`; the aspect goes (a qualitative target has none).
fn to_narrative(ind: &mut Indicator) {
    let text = match &ind.target {
        Target::Number(v) => number_text(*v),
        Target::Range { min, max } => format!("{}-{}", number_text(*min), number_text(*max)),
        Target::Narrative(_) => return,
    };
    let unit = ind.unit.trim();
    ind.target = Target::Narrative(if unit.is_empty() {
        text
    } else {
        format!("{text} {unit}")
    });
    ind.unit = String::new();
    ind.aspect = None;
}

/// `150 berkas` -> `150` `berkas`; a narrative that is no number stays (to be re-entered).
/// The aspect is left empty for the user to choose.
fn to_number(ind: &mut Indicator) {
    let Target::Narrative(s) = &ind.target else {
        return;
    };
    let s = s.trim().to_string();
    let s = s.as_str();
    let (head, unit) = match s.split_once(char::is_whitespace) {
        Some((h, u)) => (h, u.trim()),
        None => (s, ""),
    };
    if let Ok(t) = Target::parse(s, Approach::Quantitative) {
        ind.target = t;
    } else if let Ok(t) = Target::parse(head, Approach::Quantitative) {
        ind.target = t;
        ind.unit = unit.to_string();
    }
}

/// A number as offices write it: decimal comma, at most two decimals.
fn number_text(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0')
        .trim_end_matches('.')
        .replace('.', ",")
}

/// Whether an indicator has what its plan's approach asks (a target of the right kind, an
/// aspect when quantitative, a perspective for JPT): the screen flags the others.
pub fn fits(ind: &Indicator, approach: Approach, jpt: bool) -> bool {
    let qualitative = approach == Approach::Qualitative;
    ind.target.is_numeric() != qualitative
        && (qualitative || ind.aspect.is_some())
        && (!jpt || ind.perspective.is_some())
}
