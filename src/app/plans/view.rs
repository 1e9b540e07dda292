//! The SKP tab's state: the year, the overview rows, the open plan and the cascade, as last
//! loaded from the store (`load`), and where the cursor is.

use crate::app::kit::scroll::Scroll;
use crate::domain::plan::cascade::CascadeRow;
use crate::domain::plan::progress::Progress;
use crate::domain::plan::{PerformancePlan, Period, PlanId, ResultKind};
use crate::domain::EmployeeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Overview,
    Plan,
    Cascade,
}

/// Which plan the plan screen shows: the person's, and of their plans of the year the one
/// with this id (`None`: the first; a person with two plans in a year has a row for each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opening {
    pub employee: EmployeeId,
    pub plan: Option<PlanId>,
}

/// One row of the overview: a person with one of their plans of the year (a change of
/// position or supervisor gives a second plan, and a second row), or with none.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub employee: EmployeeId,
    pub name: String,
    /// Grouped for display.
    pub nip: String,
    pub plan: Option<PerformancePlan>,
    pub progress: Option<Progress>,
    /// The viewer's own plan.
    pub own: bool,
    /// A plan one level further down, submitted and waiting for the viewer as the
    /// appraiser's superior.
    pub waiting: bool,
    /// The person has more than one plan this year: the row shows the plan's dates.
    pub several: bool,
}

impl Row {
    /// RHKs without a link to the supervisor's RHK (0 at the top of the line).
    pub fn unlinked(&self) -> usize {
        self.plan.as_ref().map_or(0, |p| {
            if p.appraiser.is_none() || p.is_jpt() {
                0
            } else {
                p.results
                    .iter()
                    .filter(|r| r.parent_result.is_none())
                    .count()
            }
        })
    }
}

/// The plan screen: whose plan, the plan (none yet: a draft can be made), the supervisor's
/// plans of the year (for the links), and the cursor over RHKs and indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenPlan {
    pub employee: EmployeeId,
    pub name: String,
    pub plan: Option<PerformancePlan>,
    pub parents: Vec<PerformancePlan>,
    /// Last year's plan (to copy from).
    pub previous: Option<PerformancePlan>,
    pub cursor: usize,
    /// Lines scrolled on past the last item, to read the behaviour and annex below it (the
    /// screen clamps it).
    pub tail: usize,
}

/// What the cursor can stand on in a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Result(u16),
    Indicator(u16, u16),
}

/// The RHKs, Utama first then Tambahan, each followed by its indicators.
pub fn items(plan: &PerformancePlan) -> Vec<Item> {
    let mut out = Vec::new();
    for kind in [ResultKind::Main, ResultKind::Additional] {
        for r in plan.results.iter().filter(|r| r.kind == kind) {
            out.push(Item::Result(r.number));
            out.extend(
                r.indicators
                    .iter()
                    .map(|i| Item::Indicator(r.number, i.number)),
            );
        }
    }
    out
}

/// What the runtime read for the tab (see `load::load`).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub year: i32,
    pub period: Period,
    pub rows: Vec<Row>,
    pub open: Option<OpenPlan>,
    pub cascade: Vec<CascadeRow>,
}

#[derive(Clone, Debug, Default)]
pub struct PlansView {
    pub mode: Mode,
    /// 0 until the tab is first shown (then today's year).
    pub year: i32,
    pub loaded: bool,
    pub rows: Vec<Row>,
    pub scroll: Scroll,
    pub period: Option<Period>,
    pub open: Option<OpenPlan>,
    /// Periodic segment shown in the plan (from 1).
    pub segment: u8,
    pub cascade: Vec<CascadeRow>,
    pub cascade_scroll: Scroll,
    /// The overview's filter (an admin's list holds everyone).
    pub filter: tui_input::Input,
    pub filtering: bool,
}

impl PlansView {
    pub fn set_viewport(&mut self, rows: usize) {
        self.scroll.set_viewport(rows);
        self.cascade_scroll.set_viewport(rows);
    }

    /// The overview's rows that match the filter (every word in the name or NIP).
    pub fn visible(&self) -> Vec<&Row> {
        let q = self.filter.value().to_lowercase();
        let words: Vec<&str> = q.split_whitespace().collect();
        self.rows
            .iter()
            .filter(|r| {
                let hay = format!("{} {} {}", r.name, r.nip, r.nip.replace(' ', "")).to_lowercase();
                words.iter().all(|w| hay.contains(w))
            })
            .collect()
    }

    pub fn current(&self) -> Option<&Row> {
        self.visible().get(self.scroll.selected).copied()
    }

    /// Takes what was read; keeps the cursor where it was when the same plan is open.
    pub fn apply(&mut self, l: Loaded) {
        let id = |o: &OpenPlan| o.plan.as_ref().map(|p| p.id);
        let cursor = self
            .open
            .as_ref()
            .filter(|o| {
                l.open
                    .as_ref()
                    .is_some_and(|n| n.employee == o.employee && id(n) == id(o))
            })
            .map(|o| (o.cursor, o.tail));
        self.year = l.year;
        if self.segment == 0 || self.segment > l.period.segmentation.segments_per_year() {
            self.segment = 1;
        }
        self.period = Some(l.period);
        self.rows = l.rows;
        let shown = self.visible().len();
        self.scroll.move_by(0, shown);
        if self.scroll.selected >= shown {
            self.scroll.reset();
        }
        self.open = l.open.map(|mut o| {
            let n = o.plan.as_ref().map_or(0, |p| items(p).len());
            let (at, tail) = cursor.unwrap_or((0, 0));
            o.cursor = at.min(n.saturating_sub(1));
            o.tail = tail;
            o
        });
        if self.open.is_none() && self.mode == Mode::Plan {
            self.mode = Mode::Overview;
        }
        self.cascade = l.cascade;
        self.loaded = true;
    }

    /// What the plan screen shows, for the next load.
    pub fn opening(&self) -> Option<Opening> {
        self.open.as_ref().map(|o| Opening {
            employee: o.employee,
            plan: o.plan.as_ref().map(|p| p.id),
        })
    }

    /// The item under the cursor of the open plan.
    pub fn item(&self) -> Option<Item> {
        let o = self.open.as_ref()?;
        items(o.plan.as_ref()?).get(o.cursor).copied()
    }
}
