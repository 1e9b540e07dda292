//! The SKP tab in the update path: keys -> state and commands. It never reads the store:
//! what it needs comes through `Effect::LoadPlans` and `Msg::PlansLoaded`.

use chrono::Datelike;

use super::command::{Command, Done, Note, Refusal, Step};
use super::forms::{Field, Label, PlanForm, Purpose, Value};
use super::view::{items, Item, Mode, PlansView};
use super::{Action as P, Context, PickTarget, PlanText as X, Popup};
use crate::app::keymap::action::Action;
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::{PickItem, Picker};
use crate::app::kit::text::T;
use crate::app::shell::state::{AppState, Confirm, OnYes, Popup as ShellPopup};
use crate::app::shell::update::{Effect, FormStep};
use crate::domain::plan::{
    Approach, Aspect, Direction, Evidence, Indicator, PerformancePlan, Perspective, PlanError,
    PlanState, PlannedResult, Realization, RealizedValue, ResultKind, ResultRef, Target,
    TargetError,
};
use crate::domain::ruledata::CoreValue;

/// The load that shows the tab as it is now.
pub fn reload(view: &PlansView) -> Effect {
    Effect::LoadPlans {
        year: view.year,
        open: match view.mode {
            Mode::Plan => view.opening(),
            Mode::Overview | Mode::Cascade => None,
        },
    }
}

/// The tab comes into view: today's year the first time.
pub fn enter(state: &mut AppState) -> Vec<Effect> {
    if state.plans.year == 0 {
        state.plans.year = state.today.year();
    }
    vec![reload(&state.plans)]
}

fn run(cmd: Command) -> Vec<Effect> {
    vec![Effect::Run(crate::app::Command::Plans(cmd))]
}

fn confirm(state: &mut AppState, question: X, subject: String, cmd: Command) {
    state.popups.push(ShellPopup::Confirm(Confirm {
        question: T::Plans(question),
        subject: Some(subject),
        on_yes: OnYes::Run(Box::new(crate::app::Command::Plans(cmd))),
    }));
}

fn open_form(state: &mut AppState, mut f: PlanForm) {
    f.plan = state
        .plans
        .open
        .as_ref()
        .and_then(|o| o.plan.as_ref())
        .map(|p| p.id);
    state
        .popups
        .push(ShellPopup::Plans(Popup::Form(Box::new(f))));
}

/// Keys on the overview, the plan and the cascade; `None` leaves the key to the shell.
pub fn on_key(state: &mut AppState, ctx: Context, action: Action) -> Option<Vec<Effect>> {
    let view = &mut state.plans;
    let page = view.scroll.viewport.max(1) as isize;
    match (ctx, action) {
        (Context::Overview | Context::Cascade, Action::Plans(P::PrevYear)) => {
            view.year -= 1;
            Some(vec![reload(view)])
        }
        (Context::Overview | Context::Cascade, Action::Plans(P::NextYear)) => {
            view.year += 1;
            Some(vec![reload(view)])
        }
        (Context::Overview, Action::Plans(P::Reload)) => Some(vec![reload(view)]),
        (Context::Overview, Action::Plans(P::Cascade)) => {
            view.mode = Mode::Cascade;
            view.cascade_scroll.reset();
            Some(Vec::new())
        }
        (Context::Overview, Action::Open) => {
            let row = view.current()?.clone();
            view.mode = Mode::Plan;
            // The overview's period is the year's: the plan opens on today's segment.
            if let Some(p) = &view.period {
                view.segment = p.opening_segment(state.today);
            }
            view.open = Some(super::view::OpenPlan {
                employee: row.employee,
                name: row.name,
                plan: row.plan,
                parents: Vec::new(),
                previous: None,
                cursor: 0,
                tail: 0,
            });
            Some(vec![reload(view)])
        }
        (Context::Filter, a) => {
            match a {
                Action::Text(key) => {
                    crate::app::kit::input::edit_input(&mut view.filter, key);
                    view.scroll.reset();
                }
                Action::Open => view.filtering = false,
                Action::Back => {
                    view.filter = tui_input::Input::default();
                    view.filtering = false;
                    view.scroll.reset();
                }
                _ => return None,
            }
            Some(Vec::new())
        }
        (Context::Overview, a) => {
            let len = view.visible().len();
            match a {
                Action::Filter => view.filtering = true,
                Action::Back if !view.filter.value().is_empty() => {
                    view.filter = tui_input::Input::default();
                    view.scroll.reset();
                }
                Action::Up => view.scroll.move_by(-1, len),
                Action::Down => view.scroll.move_by(1, len),
                Action::PageUp => view.scroll.move_by(-page, len),
                Action::PageDown => view.scroll.move_by(page, len),
                Action::Top => view.scroll.move_by(isize::MIN / 2, len),
                Action::Bottom => view.scroll.move_by(isize::MAX / 2, len),
                _ => return None,
            }
            Some(Vec::new())
        }
        (Context::Cascade, a) => {
            let len = view.cascade.iter().map(|r| 1 + r.contributors.len()).sum();
            match a {
                Action::Back => view.mode = Mode::Overview,
                Action::Up => view.cascade_scroll.move_by(-1, len),
                Action::Down => view.cascade_scroll.move_by(1, len),
                Action::Top => view.cascade_scroll.move_by(isize::MIN / 2, len),
                Action::Bottom => view.cascade_scroll.move_by(isize::MAX / 2, len),
                _ => return None,
            }
            Some(Vec::new())
        }
        (Context::Plan, a) => on_plan(state, a),
    }
}

fn on_plan(state: &mut AppState, action: Action) -> Option<Vec<Effect>> {
    let view = &mut state.plans;
    let segments = view
        .period
        .as_ref()
        .map_or(4, |p| p.segmentation.segments_per_year());
    let open = view.open.as_mut()?;
    let n = open.plan.as_ref().map_or(0, |p| items(p).len());
    match action {
        Action::Back => {
            view.mode = Mode::Overview;
            return Some(vec![reload(view)]);
        }
        // Down past the last item scrolls on to the behaviour and annex; Up comes back.
        Action::Up if open.tail > 0 => open.tail = 0,
        Action::Up => open.cursor = open.cursor.saturating_sub(1),
        Action::Down if open.cursor + 1 >= n => open.tail = open.tail.saturating_add(3),
        Action::Down => open.cursor = (open.cursor + 1).min(n.saturating_sub(1)),
        Action::Top => (open.cursor, open.tail) = (0, 0),
        Action::Bottom => (open.cursor, open.tail) = (n.saturating_sub(1), usize::MAX / 2),
        Action::Plans(P::PrevSegment) => view.segment = view.segment.saturating_sub(1).max(1),
        Action::Plans(P::NextSegment) => view.segment = (view.segment + 1).min(segments),
        Action::Plans(P::CopyLastYear) => match (&open.plan, &open.previous) {
            (None, Some(prev)) => {
                let f = copy_form(prev);
                open_form(state, f);
            }
            _ => state.error(Notice::Text(T::Plans(X::NothingToCopy))),
        },
        Action::Plans(P::CreateDraft) => {
            if open.plan.is_some() {
                return Some(Vec::new());
            }
            let cmd = Command::CreateDraft {
                employee: open.employee,
                year: view.year,
            };
            let name = open.name.clone();
            confirm(state, X::ConfirmCreate, name, cmd);
        }
        Action::Plans(p) => return Some(plan_action(state, p)),
        _ => return None,
    }
    Some(Vec::new())
}

/// The plan's own keys (all but moving): each refuses with a message when it does not apply.
fn plan_action(state: &mut AppState, p: P) -> Vec<Effect> {
    let Some(open) = state.plans.open.clone() else {
        return Vec::new();
    };
    let Some(plan) = open.plan.clone() else {
        state.error(Notice::Text(T::Plans(X::NoPlanYet)));
        return Vec::new();
    };
    let item = state.plans.item();
    let editable = plan.state.is_editable();
    let writes = matches!(
        p,
        P::AddResult | P::AddIndicator | P::Edit | P::Delete | P::Expectations | P::SwitchApproach
    );
    if writes && !editable {
        state.error(Notice::Text(T::Plans(X::NotEditable)));
        return Vec::new();
    }
    let employee = open.employee;
    let (id, revision) = (plan.id, plan.revision);
    match p {
        P::AddResult => open_form(state, result_form(&plan, &open.parents, None)),
        P::AddIndicator | P::Edit if item.is_none() && p == P::Edit => {}
        P::AddIndicator => {
            let result = match item {
                Some(Item::Result(r) | Item::Indicator(r, _)) => r,
                None => {
                    state.error(Notice::Text(T::Plans(X::NoResults)));
                    return Vec::new();
                }
            };
            open_form(state, indicator_form(&plan, result, None));
        }
        P::Edit => match item {
            Some(Item::Result(r)) => open_form(state, result_form(&plan, &open.parents, Some(r))),
            Some(Item::Indicator(r, i)) => open_form(state, indicator_form(&plan, r, Some(i))),
            None => {}
        },
        P::Delete => {
            let mut next = plan.clone();
            let subject = match item {
                Some(Item::Result(r)) => {
                    let text = next.result(r).map(|x| x.text.clone()).unwrap_or_default();
                    next.results.retain(|x| x.number != r);
                    text
                }
                Some(Item::Indicator(r, i)) => {
                    let Some(res) = next.results.iter_mut().find(|x| x.number == r) else {
                        return Vec::new();
                    };
                    let text = res
                        .indicators
                        .iter()
                        .find(|x| x.number == i)
                        .map(|x| x.text.clone())
                        .unwrap_or_default();
                    res.indicators.retain(|x| x.number != i);
                    text
                }
                None => return Vec::new(),
            };
            let cmd = Command::Edit {
                employee,
                plan: Box::new(next),
            };
            confirm(state, X::ConfirmDelete, subject, cmd);
        }
        P::Expectations => open_form(state, expectations_form(&plan)),
        P::SwitchApproach => {
            let (to, question) = match plan.approach {
                Approach::Quantitative => (Approach::Qualitative, X::ConfirmToQualitative),
                Approach::Qualitative => (Approach::Quantitative, X::ConfirmToQuantitative),
            };
            let next = crate::domain::plan::approach::switch_approach(&plan, to);
            state.popups.push(ShellPopup::Confirm(Confirm {
                question: T::Plans(question),
                subject: None,
                on_yes: OnYes::Run(Box::new(crate::app::Command::Plans(Command::Edit {
                    employee,
                    plan: Box::new(next),
                }))),
            }));
        }
        P::Assign => {
            let Some(Item::Result(r)) = item else {
                state.error(Notice::Text(T::Plans(X::SelectResult)));
                return Vec::new();
            };
            let targets = assignable(&state.plans);
            if targets.is_empty() {
                state.error(Notice::Text(T::Plans(X::NobodyToAssign)));
                return Vec::new();
            }
            let fields = targets
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    Field::new(
                        i.to_string(),
                        Label::Data(row.name.clone()),
                        Value::Check(false),
                    )
                })
                .collect();
            open_form(
                state,
                PlanForm::new(Purpose::Assign { result: r }, X::AssignTitle, fields),
            );
        }
        P::Submit => confirm(
            state,
            X::ConfirmSubmit,
            open.name.clone(),
            Command::Submit {
                employee,
                id,
                revision,
            },
        ),
        P::Approve => confirm(
            state,
            X::ConfirmApprove,
            open.name.clone(),
            Command::Approve {
                employee,
                id,
                revision,
            },
        ),
        P::Reject => open_form(state, reason_form(Purpose::Reject, X::RejectTitle)),
        P::Reopen => open_form(state, reason_form(Purpose::Reopen, X::ReopenTitle)),
        P::Realize => {
            if plan.state != PlanState::Approved {
                state.error(Notice::Text(T::Plans(X::NotApproved)));
                return Vec::new();
            }
            let Some(Item::Indicator(r, i)) = item else {
                state.error(Notice::Text(T::Plans(X::SelectIndicator)));
                return Vec::new();
            };
            let segment = state.plans.segment.max(1);
            open_form(state, realize_form(&plan, r, i, segment));
        }
        P::PrevYear
        | P::NextYear
        | P::Cascade
        | P::Reload
        | P::CreateDraft
        | P::CopyLastYear
        | P::PrevSegment
        | P::NextSegment => {}
    }
    Vec::new()
}

fn kinds() -> Vec<X> {
    vec![X::Main, X::Additional]
}

fn aspects() -> Vec<X> {
    vec![
        X::AspectQuantity,
        X::AspectQuality,
        X::AspectTime,
        X::AspectCost,
    ]
}

/// Perspektif of a JPT indicator, in the form's order.
pub const PERSPECTIVES: [Perspective; 4] = [
    Perspective::ServiceRecipients,
    Perspective::BusinessProcess,
    Perspective::InternalStrengthening,
    Perspective::Budget,
];

pub fn perspective_text(p: Perspective) -> X {
    match p {
        Perspective::ServiceRecipients => X::PerspectiveServiceRecipients,
        Perspective::BusinessProcess => X::PerspectiveBusinessProcess,
        Perspective::InternalStrengthening => X::PerspectiveInternalStrengthening,
        Perspective::Budget => X::PerspectiveBudget,
    }
}

const ASPECTS: [Aspect; 4] = [
    Aspect::Quantity,
    Aspect::Quality,
    Aspect::Time,
    Aspect::Cost,
];

fn parent_text(parents: &[PerformancePlan], r: Option<ResultRef>) -> String {
    r.and_then(|r| {
        parents
            .iter()
            .find(|p| p.id == r.plan)
            .and_then(|p| p.result(r.number))
    })
    .map(|x| format!("{}. {}", x.number, x.text))
    .unwrap_or_default()
}

/// The RHK form: kind, text, the supervisor's RHK it contributes to.
pub fn result_form(
    plan: &PerformancePlan,
    parents: &[PerformancePlan],
    n: Option<u16>,
) -> PlanForm {
    let r = n.and_then(|n| plan.result(n));
    let kind = r.map_or(0, |r| usize::from(r.kind == ResultKind::Additional));
    let parent = r.and_then(|r| r.parent_result);
    let mut fields = vec![
        Field::new(
            "kind",
            Label::Text(X::LabelKind),
            Value::Choice {
                options: kinds(),
                index: kind,
            },
        ),
        Field::new(
            "text",
            Label::Text(X::LabelText),
            Value::text(r.map_or("", |r| &r.text)),
        ),
    ];
    // JPT results come from the unit's performance agreement: no link, a perspective per
    // indicator instead.
    if !plan.is_jpt() {
        fields.push(Field::new(
            "parent",
            Label::Text(X::LabelParent),
            Value::Parent {
                chosen: parent,
                shown: parent_text(parents, parent),
            },
        ));
    }
    let title = if n.is_some() {
        X::ResultEditTitle
    } else {
        X::ResultNewTitle
    };
    PlanForm::new(Purpose::Result(n), title, fields)
}

/// The indicator form: text, aspect, target, unit, direction.
pub fn indicator_form(plan: &PerformancePlan, result: u16, n: Option<u16>) -> PlanForm {
    let ind = n.and_then(|n| {
        plan.result(result)
            .and_then(|r| r.indicators.iter().find(|i| i.number == n))
    });
    let target = ind.map_or(String::new(), |i| target_text(&i.target));
    let aspect = ind
        .and_then(|i| i.aspect)
        .and_then(|a| ASPECTS.iter().position(|x| *x == a))
        .unwrap_or(0);
    let mut fields = vec![
        Field::new(
            "text",
            Label::Text(X::LabelText),
            Value::text(ind.map_or("", |i| &i.text)),
        ),
        Field::new(
            "aspect",
            Label::Text(X::LabelAspect),
            Value::Choice {
                options: aspects(),
                index: aspect,
            },
        ),
        Field::new("target", Label::Text(X::LabelTarget), Value::text(&target)).hint(X::TargetHint),
        Field::new(
            "unit",
            Label::Text(X::LabelUnit),
            Value::text(ind.map_or("", |i| &i.unit)),
        ),
        Field::new(
            "direction",
            Label::Text(X::LabelDirection),
            Value::Choice {
                options: vec![X::HigherBetter, X::LowerBetter],
                index: usize::from(ind.is_some_and(|i| i.direction == Direction::LowerBetter)),
            },
        ),
    ];
    if plan.is_jpt() {
        let index = ind
            .and_then(|i| i.perspective)
            .and_then(|p| PERSPECTIVES.iter().position(|x| *x == p))
            .unwrap_or(0);
        fields.push(Field::new(
            "perspective",
            Label::Text(X::LabelPerspective),
            Value::Choice {
                options: PERSPECTIVES.iter().map(|p| perspective_text(*p)).collect(),
                index,
            },
        ));
    }
    let title = if n.is_some() {
        X::IndicatorEditTitle
    } else {
        X::IndicatorNewTitle
    };
    PlanForm::new(Purpose::Indicator { result, number: n }, title, fields)
}

/// A number as offices write it: decimal comma, no trailing zeros.
pub fn number_text(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

pub fn target_text(t: &Target) -> String {
    match t {
        Target::Number(v) => number_text(*v),
        Target::Range { min, max } => format!("{}-{}", number_text(*min), number_text(*max)),
        Target::Narrative(s) => s.clone(),
    }
}

/// The plans one RHK may be given to: the overview's other people with an editable plan.
pub fn assignable(view: &PlansView) -> Vec<&super::view::Row> {
    let open = view.open.as_ref().map(|o| o.employee);
    view.rows
        .iter()
        .filter(|r| !r.own && Some(r.employee) != open)
        .filter(|r| r.plan.as_ref().is_some_and(|p| p.state.is_editable()))
        .collect()
}

/// Bagikan RHK: the RHK with its indicators into every checked plan, all or nothing
/// (`domain::plan::assign`); one save per plan, each checked and audited on its own.
fn assign_commands(f: &mut PlanForm, view: &PlansView) -> Option<Vec<Command>> {
    let Purpose::Assign { result } = f.purpose else {
        return None;
    };
    let template = view.open.as_ref()?.plan.as_ref()?.result(result)?.clone();
    let mut plans: Vec<PerformancePlan> = assignable(view)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| f.checked(*i))
        .filter_map(|(_, r)| r.plan.clone())
        .collect();
    if plans.is_empty() {
        f.set_error("0", X::ErrChooseOne);
        return None;
    }
    crate::domain::plan::assign::assign_result(&mut plans, &template).ok()?;
    Some(
        plans
            .into_iter()
            .map(|p| Command::Edit {
                employee: p.employee_id(),
                plan: Box::new(p),
            })
            .collect(),
    )
}

/// Last year's RHKs as a checklist, all kept to begin with.
fn copy_form(prev: &PerformancePlan) -> PlanForm {
    let fields = prev
        .results
        .iter()
        .map(|r| {
            Field::new(
                r.number.to_string(),
                Label::Data(format!("{}. {}", r.number, r.text)),
                Value::Check(true),
            )
        })
        .collect();
    PlanForm::new(Purpose::CopyLastYear, X::CopyTitle, fields)
}

fn reason_form(purpose: Purpose, title: X) -> PlanForm {
    PlanForm::new(
        purpose,
        title,
        vec![Field::new(
            "reason",
            Label::Text(X::LabelReason),
            Value::text(""),
        )],
    )
}

/// A core value's field in the expectations form: its official name.
fn value_key(v: CoreValue) -> String {
    format!("value.{}", v.text().name)
}

/// The annex lists: field prefix, the short name each line shows.
const ANNEX: [(&str, X); 3] = [
    ("resources", X::ListResources),
    ("accountability", X::ListAccountability),
    ("consequences", X::ListConsequences),
];

/// The leader's expectation per core value, then the three annex lists one line per item.
fn expectations_form(plan: &PerformancePlan) -> PlanForm {
    let fields: Vec<Field> = CoreValue::ALL
        .iter()
        .map(|v| {
            let text = plan.leader_expectations.get(v).map_or("", String::as_str);
            Field::new(value_key(*v), Label::Value(*v), Value::text(text))
        })
        .collect();
    let mut f = PlanForm::new(Purpose::Expectations, X::ExpectationsTitle, fields);
    let a = &plan.annex;
    for ((key, name), items) in ANNEX
        .iter()
        .zip([&a.resources, &a.accountability, &a.consequences])
    {
        f.set_list(key, *name, items);
    }
    f.settle();
    f
}

fn realize_form(plan: &PerformancePlan, result: u16, indicator: u16, segment: u8) -> PlanForm {
    let r = plan
        .result(result)
        .and_then(|r| r.indicators.iter().find(|i| i.number == indicator))
        .and_then(|i| i.realization(segment));
    let value = r.map_or(String::new(), |r| match &r.value {
        RealizedValue::Number(n) => number_text(*n),
        RealizedValue::Text(s) => s.clone(),
    });
    let fields = vec![
        Field::new("value", Label::Text(X::LabelValue), Value::text(&value)),
        Field::new(
            "evidence",
            Label::Text(X::LabelEvidence),
            Value::text(r.map_or("", |r| &r.evidence.description)),
        ),
        Field::new(
            "location",
            Label::Text(X::LabelLocation),
            Value::text(r.map_or("", |r| &r.evidence.location)),
        ),
        Field::new(
            "feedback",
            Label::Text(X::LabelFeedback),
            Value::text(r.map_or("", |r| &r.feedback)),
        ),
    ];
    PlanForm::new(
        Purpose::Realize {
            result,
            indicator,
            segment,
        },
        X::RealizeTitle,
        fields,
    )
}

/// Keys in an SKP form.
pub fn on_form(p: &mut Popup, view: &PlansView, action: Action) -> FormStep<PickTarget> {
    let Popup::Form(f) = p;
    let mut step = FormStep::default();
    let len = f.fields.len();
    match action {
        Action::FocusNext => f.focus = (f.focus + 1) % len.max(1),
        Action::FocusPrev => f.focus = (f.focus + len.max(1) - 1) % len.max(1),
        Action::ChoicePrev | Action::ChoiceNext => {
            if let Some(Value::Choice { options, index }) =
                f.fields.get_mut(f.focus).map(|x| &mut x.value)
            {
                let n = options.len().max(1);
                *index = if action == Action::ChoiceNext {
                    (*index + 1) % n
                } else {
                    (*index + n - 1) % n
                };
            } else if let Some(Value::Text(inp)) = f.fields.get_mut(f.focus).map(|x| &mut x.value) {
                let key = if action == Action::ChoiceNext {
                    crate::app::kit::key::KeyCode::Right
                } else {
                    crate::app::kit::key::KeyCode::Left
                };
                crate::app::kit::input::edit_input(inp, crate::app::kit::key::Key::plain(key));
            }
        }
        Action::Open => match f.fields.get(f.focus).map(|x| &x.value) {
            Some(Value::Parent { chosen, .. }) => {
                step.picker = Some(parent_picker(view, *chosen, f.focus));
            }
            _ => f.focus = (f.focus + 1) % len.max(1),
        },
        Action::Text(key) => match f.fields.get_mut(f.focus).map(|x| &mut x.value) {
            Some(Value::Text(inp)) => {
                crate::app::kit::input::edit_input(inp, key);
                f.tidy_lists();
            }
            Some(Value::Check(on)) if key == crate::app::kit::key::Key::ch(' ') => *on = !*on,
            _ => {}
        },
        Action::Save if matches!(f.purpose, Purpose::Assign { .. }) => {
            match assign_commands(f, view) {
                Some(cmds) => {
                    step.effects = cmds.into_iter().flat_map(run).collect();
                }
                None => step.invalid = true,
            }
        }
        Action::Save => match save(f, view) {
            Some(cmd) => step.effects = run(cmd),
            None => step.invalid = true,
        },
        _ => {}
    }
    step
}

/// The searchable list of the supervisor's RHKs of the year.
fn parent_picker(view: &PlansView, current: Option<ResultRef>, field: usize) -> Picker<PickTarget> {
    let parents = view.open.as_ref().map_or(&[][..], |o| o.parents.as_slice());
    let items: Vec<PickItem> = parents
        .iter()
        .flat_map(|p| {
            p.results.iter().map(move |r| {
                PickItem::new(
                    pick_id(ResultRef {
                        plan: p.id,
                        number: r.number,
                    }),
                    format!("{}. {}", r.number, r.text),
                    p.employee.name.clone(),
                    "",
                )
            })
        })
        .collect();
    Picker::new(
        T::Plans(X::PickParent),
        PickTarget::Parent { field },
        items,
        current.map(pick_id),
        true,
    )
    .when_empty(T::Plans(X::NoParentPlan))
}

fn pick_id(r: ResultRef) -> u64 {
    (r.plan.0 << 16) | u64::from(r.number)
}

/// A picker's choice into the form.
pub fn picked(p: &mut Popup, view: &PlansView, target: PickTarget, item: Option<u64>) {
    let Popup::Form(f) = p;
    let PickTarget::Parent { field } = target;
    let parents = view.open.as_ref().map_or(&[][..], |o| o.parents.as_slice());
    let chosen_ref = item.map(|id| ResultRef {
        plan: crate::domain::plan::PlanId(id >> 16),
        number: (id & 0xffff) as u16,
    });
    if let Some(Field {
        value: Value::Parent { chosen, shown },
        error,
        ..
    }) = f.fields.get_mut(field)
    {
        *chosen = chosen_ref;
        *shown = parent_text(parents, chosen_ref);
        *error = None;
    }
}

fn target_error(e: &TargetError) -> X {
    match e {
        TargetError::Empty => X::ErrRequired,
        TargetError::NotANumber(_) => X::ErrNumber,
        TargetError::RangeReversed { .. } => X::ErrRange,
    }
}

/// The command the form asks for, or `None` with the errors at the fields.
pub fn save(f: &mut PlanForm, view: &PlansView) -> Option<Command> {
    f.clear_errors();
    let open = view.open.as_ref()?;
    if f.purpose == Purpose::CopyLastYear {
        let prev = open.previous.as_ref()?;
        let keep = prev
            .results
            .iter()
            .enumerate()
            .filter(|(i, _)| f.checked(*i))
            .map(|(_, r)| r.number)
            .collect();
        return Some(Command::CopyLastYear {
            employee: open.employee,
            year: view.year,
            keep,
        });
    }
    let plan = open.plan.as_ref()?;
    let employee = open.employee;
    let (id, revision) = (plan.id, plan.revision);
    let edit = |plan: PerformancePlan| Command::Edit {
        employee,
        plan: Box::new(plan),
    };
    match f.purpose {
        Purpose::Result(n) => {
            let text = f.input("text").trim().to_string();
            if text.is_empty() {
                f.set_error("text", X::ErrRequired);
                return None;
            }
            let kind = if f.choice("kind") == 1 {
                ResultKind::Additional
            } else {
                ResultKind::Main
            };
            let parent = f.parent("parent");
            let mut next = plan.clone();
            match n.and_then(|n| next.results.iter_mut().find(|r| r.number == n)) {
                Some(r) => {
                    r.kind = kind;
                    r.text = text;
                    r.parent_result = parent;
                }
                None => {
                    let number = next.next_result_number();
                    next.results.push(PlannedResult {
                        number,
                        kind,
                        text,
                        parent_result: parent,
                        indicators: Vec::new(),
                    });
                }
            }
            Some(edit(next))
        }
        Purpose::Indicator { result, number } => {
            let qualitative = plan.approach == Approach::Qualitative;
            let text = f.input("text").trim().to_string();
            if text.is_empty() && !qualitative {
                f.set_error("text", X::ErrRequired);
            }
            let target = match Target::parse(f.input("target"), plan.approach) {
                Ok(t) => Some(t),
                Err(e) => {
                    f.set_error("target", target_error(&e));
                    None
                }
            };
            let target = target.filter(|_| !f_has_errors(f))?;
            let mut next = plan.clone();
            let r = next.results.iter_mut().find(|r| r.number == result)?;
            let aspect = (!qualitative).then(|| ASPECTS[f.choice("aspect").min(3)]);
            let direction = if f.choice("direction") == 1 {
                Direction::LowerBetter
            } else {
                Direction::HigherBetter
            };
            let unit = f.input("unit").trim().to_string();
            let perspective = plan
                .is_jpt()
                .then(|| PERSPECTIVES[f.choice("perspective").min(3)]);
            match number.and_then(|n| r.indicators.iter_mut().find(|i| i.number == n)) {
                Some(i) => {
                    i.text = text;
                    i.aspect = aspect;
                    i.target = target;
                    i.unit = unit;
                    i.direction = direction;
                    i.perspective = perspective;
                }
                None => {
                    let number = r.indicators.iter().map(|i| i.number).max().unwrap_or(0) + 1;
                    r.indicators.push(Indicator {
                        number,
                        text,
                        aspect,
                        target,
                        unit,
                        direction,
                        perspective,
                        realizations: Vec::new(),
                    });
                }
            }
            Some(edit(next))
        }
        Purpose::Reject | Purpose::Reopen => {
            let reason = f.input("reason").trim().to_string();
            if reason.is_empty() {
                f.set_error("reason", X::ErrRequired);
                return None;
            }
            Some(if f.purpose == Purpose::Reject {
                Command::Reject {
                    employee,
                    id,
                    revision,
                    reason,
                }
            } else {
                Command::Reopen {
                    employee,
                    id,
                    revision,
                    reason,
                }
            })
        }
        Purpose::Expectations => {
            let mut next = plan.clone();
            next.leader_expectations.clear();
            for v in CoreValue::ALL {
                let s = f.input(&value_key(v)).trim();
                if !s.is_empty() {
                    next.leader_expectations.insert(v, s.to_string());
                }
            }
            next.annex.resources = f.list(ANNEX[0].0);
            next.annex.accountability = f.list(ANNEX[1].0);
            next.annex.consequences = f.list(ANNEX[2].0);
            Some(edit(next))
        }
        Purpose::CopyLastYear | Purpose::Assign { .. } => None,
        Purpose::Realize {
            result,
            indicator,
            segment,
        } => {
            let numeric = plan
                .result(result)
                .and_then(|r| r.indicators.iter().find(|i| i.number == indicator))
                .is_some_and(|i| i.target.is_numeric());
            let value = match RealizedValue::parse(f.input("value"), numeric) {
                Ok(v) => v,
                Err(crate::domain::plan::number::NumberError::Empty) => {
                    f.set_error("value", X::ErrRequired);
                    return None;
                }
                Err(_) => {
                    f.set_error("value", X::ErrNumber);
                    return None;
                }
            };
            Some(Command::Realize {
                employee,
                id,
                revision,
                result,
                indicator,
                realization: Box::new(Realization {
                    segment,
                    value,
                    evidence: Evidence {
                        description: f.input("evidence").trim().to_string(),
                        location: f.input("location").trim().to_string(),
                    },
                    feedback: f.input("feedback").trim().to_string(),
                }),
            })
        }
    }
}

fn f_has_errors(f: &PlanForm) -> bool {
    f.fields.iter().any(|x| x.error.is_some())
}

/// A plan command went through: say so and read the tab again.
pub fn saved(state: &mut AppState, done: Done) -> Vec<Effect> {
    if done.step == Step::Created {
        if let Some(o) = state.plans.open.as_mut() {
            o.cursor = 0;
        }
    }
    state.info(Notice::Plan(Note::Done(done)));
    vec![reload(&state.plans)]
}

/// A plan command was refused: the status line says why, naming the RHK concerned.
pub fn refused(state: &mut AppState, r: Refusal) -> Vec<Effect> {
    let number = match &r {
        Refusal::Rule(
            PlanError::Unlinked { result }
            | PlanError::UnknownParent { result, .. }
            | PlanError::EmptyResult { result }
            | PlanError::NoIndicators { result }
            | PlanError::EmptyIndicator { result, .. }
            | PlanError::TargetMismatch { result, .. }
            | PlanError::MissingAspect { result, .. }
            | PlanError::MissingPerspective { result, .. },
        ) => Some(*result),
        _ => None,
    };
    let result = number.and_then(|n| {
        state
            .plans
            .open
            .as_ref()
            .and_then(|o| o.plan.as_ref())
            .and_then(|p| p.result(n))
            .map(|x| x.text.clone())
    });
    let stale = r == Refusal::Stale;
    state.error(Notice::Plan(Note::Refused { refusal: r, result }));
    if stale {
        vec![reload(&state.plans)]
    } else {
        Vec::new()
    }
}
