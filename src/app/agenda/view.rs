//! The agenda's state: what was read, as lines in the order the screen lists them.

use chrono::NaiveDate;

use crate::app::feedback::query::AgendaView;
use crate::app::kit::scroll::Scroll;
use crate::domain::feedback::FollowUpRef;
use crate::domain::EmployeeId;

/// The sections of the agenda, in screen order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Tindak lanjut due within 14 days or overdue.
    FollowUps,
    /// Direct reports without feedback this segment.
    NoFeedback,
    /// SKP missing or not approved.
    PlansNotApproved,
    /// Evaluations of the last ended segment missing or unsigned.
    EvaluationsUnsigned,
    /// Objections waiting for this supervisor's decision.
    ObjectionsWaiting,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::FollowUps,
        Section::NoFeedback,
        Section::PlansNotApproved,
        Section::EvaluationsUnsigned,
        Section::ObjectionsWaiting,
    ];
}

/// A follow-up on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub follow_up: FollowUpRef,
    pub item: String,
    pub due: NaiveDate,
    pub overdue: bool,
}

/// One line of the agenda: a person and what is due for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub section: Section,
    pub employee: EmployeeId,
    pub name: String,
    /// The absent supervisor's report (Plt/Plh), by name.
    pub acting_for: Option<String>,
    /// Only on follow-up lines.
    pub due: Option<Due>,
}

#[derive(Clone, Debug, Default)]
pub struct AgendaState {
    /// What was read (`None`: not yet, or the viewer supervises nobody).
    pub view: Option<AgendaView>,
    pub loaded: bool,
    pub lines: Vec<Line>,
    pub scroll: Scroll,
}

impl AgendaState {
    pub fn set_viewport(&mut self, rows: usize) {
        // Section headings take rows of their own.
        self.scroll.set_viewport(rows.saturating_sub(6).max(3));
    }

    pub fn current(&self) -> Option<&Line> {
        self.lines.get(self.scroll.selected)
    }

    pub fn move_by(&mut self, delta: isize) {
        self.scroll.move_by(delta, self.lines.len());
    }

    /// Takes what was read; the cursor stays on its line when it is still there.
    pub fn apply(&mut self, view: Option<AgendaView>, names: &dyn Fn(EmployeeId) -> String) {
        let keep = self.current().map(|l| (l.section, l.employee));
        self.lines = view.as_ref().map(|v| lines(v, names)).unwrap_or_default();
        self.view = view;
        self.loaded = true;
        self.scroll.selected = keep
            .and_then(|k| self.lines.iter().position(|l| (l.section, l.employee) == k))
            .unwrap_or(0);
        self.scroll.move_by(0, self.lines.len());
    }
}

/// The agenda as lines: follow-ups (overdue first, by due date), then each list of people.
pub fn lines(v: &AgendaView, names: &dyn Fn(EmployeeId) -> String) -> Vec<Line> {
    let person = |section: Section, id: EmployeeId, due: Option<Due>| {
        let p = v.person(id);
        Line {
            section,
            employee: id,
            name: p.map(|p| p.name.clone()).unwrap_or_else(|| names(id)),
            acting_for: p.and_then(|p| p.acting_for).map(names),
            due,
        }
    };
    let a = &v.agenda;
    let mut out: Vec<Line> = a
        .follow_ups
        .iter()
        .map(|d| {
            person(
                Section::FollowUps,
                d.employee,
                Some(Due {
                    follow_up: d.follow_up,
                    item: d.item.clone(),
                    due: d.due,
                    overdue: d.overdue,
                }),
            )
        })
        .collect();
    for (section, ids) in [
        (Section::NoFeedback, &a.no_feedback),
        (Section::PlansNotApproved, &a.plans_not_approved),
        (Section::EvaluationsUnsigned, &a.evaluations_unsigned),
        (Section::ObjectionsWaiting, &a.objections_waiting),
    ] {
        out.extend(ids.iter().map(|id| person(section, *id, None)));
    }
    out
}
