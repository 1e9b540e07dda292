//! The employee list: filter as you type, sort by column, flat or as the organisation tree.
//! Built for 50,000 rows: search text and sort orders are prepared once, a key press only
//! scans (and, when the query grows, only the previous matches).

use std::collections::HashMap;

use tui_input::Input;

use crate::app::services::register::Register;
use chrono::NaiveDate;

use crate::domain::{Directory, EmployeeId, UnitId, Viewer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Nip,
    Position,
    Unit,
    Grade,
    Status,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Name,
        Column::Nip,
        Column::Position,
        Column::Unit,
        Column::Grade,
        Column::Status,
    ];

    fn next(self) -> Column {
        let i = Column::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Column::ALL[(i + 1) % Column::ALL.len()]
    }
}

/// One line of the list: an employee (index into `Register::employees`) or, in tree view, a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Employee { index: u32, depth: u16 },
    Unit { id: UnitId, depth: u16 },
}

impl Row {
    pub fn depth(&self) -> u16 {
        match self {
            Row::Employee { depth, .. } | Row::Unit { depth, .. } => *depth,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Detail,
}

#[derive(Debug, Default)]
pub struct EmployeeList {
    /// Lower-cased `name nip position unit` per employee, in register order.
    hay: Vec<Box<str>>,
    /// Register indices in the current sort order (ascending).
    order: Vec<u32>,
    /// Register indices matching the query, in display order.
    matches: Vec<u32>,
    last_query: String,
    /// Earlier (shorter) queries of the current typing with their matches.
    earlier: Vec<(String, Vec<u32>)>,
    pub sort: Option<(Column, bool)>,
    pub tree: bool,
    /// Units folded in the tree (their people and sub-units hidden); kept while the app runs.
    pub collapsed: std::collections::HashSet<UnitId>,
    pub rows: Vec<Row>,
    pub selected: usize,
    pub offset: usize,
    pub viewport: usize,
    pub filter: Input,
    pub filtering: bool,
    pub pane: Option<Pane>,
    pub detail_selected: usize,
    /// Who is looking; `None`: everyone is listed (admin, local operator).
    viewer: Option<Viewer>,
    today: Option<NaiveDate>,
    /// Per register index: may the viewer see this employee.
    visible: Option<Vec<bool>>,
    /// The selected employee's tindak lanjut, read by the runtime (`App::refresh_follow_up`).
    pub follow_up: Option<super::follow_up::Loaded>,
}

/// Whether register row `i` is one the viewer may see (`visible`: none means everyone).
fn row_shown(visible: Option<&[bool]>, i: usize) -> bool {
    visible.is_none_or(|v| v.get(i).copied().unwrap_or(false))
}

impl EmployeeList {
    pub fn new(reg: &Register) -> EmployeeList {
        let mut list = EmployeeList {
            sort: Some((Column::Name, false)),
            viewport: 10,
            pane: Some(Pane::List),
            ..EmployeeList::default()
        };
        list.rebuild(reg);
        list
    }

    /// After the register changed: new search text and order, same query and selection.
    /// Lists only what `viewer` may see from now on (`None`: everyone).
    pub fn set_viewer(&mut self, reg: &Register, viewer: Option<Viewer>, today: NaiveDate) {
        self.viewer = viewer.filter(|v| !crate::domain::access::can_manage_register(v));
        self.today = Some(today);
        self.selected = 0;
        self.offset = 0;
        self.rebuild(reg);
    }

    /// Whether the viewer may see this employee (always true without a viewer).
    pub fn may_see(&self, reg: &Register, id: EmployeeId) -> bool {
        match (&self.viewer, self.today) {
            (Some(v), Some(today)) => crate::domain::access::can_view(v, reg, id, today),
            _ => true,
        }
    }

    pub fn rebuild(&mut self, reg: &Register) {
        let keep = self.selected_employee(reg);
        self.visible = match (&self.viewer, self.today) {
            (Some(v), Some(today)) => Some(
                reg.employees()
                    .iter()
                    .map(|e| crate::domain::access::can_view(v, reg, e.id, today))
                    .collect(),
            ),
            _ => None,
        };
        // Only the rows the viewer may see are ever searched: a supervisor's session keeps no
        // text for the rest of the register (`kinerja serve` holds a list per session).
        let visible = self.visible.as_deref();
        self.hay = reg
            .employees()
            .iter()
            .enumerate()
            .map(|(i, e)| {
                if !row_shown(visible, i) {
                    return Box::default();
                }
                let mut s = String::with_capacity(96);
                s.push_str(&e.full_name());
                s.push(' ');
                s.push_str(e.nip.as_str());
                s.push(' ');
                s.push_str(&e.position);
                s.push(' ');
                s.push_str(reg.unit_name(e.unit));
                s.to_lowercase().into_boxed_str()
            })
            .collect();
        self.resort(reg);
        if let Some(id) = keep {
            self.select_employee(reg, id);
        }
    }

    fn resort(&mut self, reg: &Register) {
        let emps = reg.employees();
        // Only the rows the viewer may see are sorted (and get sort keys made).
        let visible = self.visible.as_deref();
        let mut order: Vec<u32> = (0..emps.len() as u32)
            .filter(|i| row_shown(visible, *i as usize))
            .collect();
        let e = |i: &u32| &emps[*i as usize];
        let (column, desc) = self.sort.unwrap_or((Column::Name, false));
        // Stable sorts from register order, so ties keep it.
        match column {
            Column::Name => order.sort_by_cached_key(|i| e(i).name.name.to_lowercase()),
            Column::Nip => order.sort_by(|a, b| e(a).nip.cmp(&e(b).nip)),
            Column::Position => order.sort_by_cached_key(|i| e(i).position.to_lowercase()),
            Column::Unit => order.sort_by_cached_key(|i| reg.unit_name(e(i).unit).to_lowercase()),
            // Highest grade first reads naturally; the reverse key flips it.
            Column::Grade => order.sort_by_key(|i| std::cmp::Reverse(e(i).grade)),
            // Ties by name, so the order within a status is a labelled one too.
            Column::Status => {
                order.sort_by_cached_key(|i| (!e(i).is_active(), e(i).name.name.to_lowercase()))
            }
        }
        if desc {
            order.reverse();
        }
        self.order = order;
        self.last_query.clear();
        self.earlier.clear();
        self.refilter(reg);
    }

    pub fn sort_next(&mut self, reg: &Register) {
        let next = self.sort.map_or(Column::Name, |(c, _)| c.next());
        self.sort = Some((next, false));
        self.resort(reg);
    }

    pub fn sort_reverse(&mut self, reg: &Register) {
        let (c, desc) = self.sort.unwrap_or((Column::Name, false));
        self.sort = Some((c, !desc));
        self.resort(reg);
    }

    pub fn toggle_tree(&mut self, reg: &Register) {
        let keep = self.selected_employee(reg);
        self.tree = !self.tree;
        self.build_rows(reg);
        if let Some(id) = keep {
            self.select_employee(reg, id);
        }
    }

    /// Folds (`Some(true)`), unfolds (`Some(false)`) or toggles (`None`) the unit under the
    /// cursor in the tree; the cursor stays on it. False when the cursor is not on a unit.
    /// On a person, folding goes to their unit's line first (as file trees do).
    pub fn fold_unit(&mut self, reg: &Register, fold: Option<bool>) -> bool {
        let id = match self.selected_row() {
            Some(Row::Unit { id, .. }) => id,
            Some(Row::Employee { depth, .. }) if fold == Some(true) => {
                let above = self.rows[..self.selected.min(self.rows.len())]
                    .iter()
                    .rposition(|r| matches!(r, Row::Unit { .. }) && r.depth() < depth);
                if let Some(i) = above {
                    self.selected = i;
                    self.clamp();
                }
                return above.is_some();
            }
            _ => return false,
        };
        let now = self.collapsed.contains(&id);
        let want = fold.unwrap_or(!now);
        if want {
            self.collapsed.insert(id);
        } else {
            self.collapsed.remove(&id);
        }
        self.build_rows(reg);
        if let Some(i) = self.rows.iter().position(|r| {
            *r == Row::Unit {
                id,
                depth: r.depth(),
            }
        }) {
            self.selected = i;
            self.clamp();
        }
        true
    }

    /// Whether this unit is folded in the tree (a filter unfolds everything while typed).
    pub fn is_folded(&self, id: UnitId) -> bool {
        self.last_query.is_empty() && self.collapsed.contains(&id)
    }

    pub fn query(&self) -> &str {
        self.filter.value()
    }

    /// Re-applies the filter after the query changed. Typing on narrows the last matches;
    /// Backspace goes back to the matches kept for the shorter query, so no key rescans all.
    pub fn refilter(&mut self, reg: &Register) {
        let query = self.filter.value().to_lowercase();
        if query == self.last_query && !query.is_empty() {
            return self.filtered(reg);
        }
        let mut source: Option<Vec<u32>> = None;
        if !self.last_query.is_empty() && query.starts_with(self.last_query.as_str()) {
            let previous = std::mem::take(&mut self.matches);
            self.earlier
                .push((std::mem::take(&mut self.last_query), previous.clone()));
            source = Some(previous);
        } else {
            while let Some((q, m)) = self.earlier.pop() {
                if q == query {
                    self.matches = m;
                    self.last_query = query;
                    return self.filtered(reg);
                }
                if query.starts_with(q.as_str()) {
                    self.earlier.push((q, m.clone()));
                    source = Some(m);
                    break;
                }
            }
        }
        // One prepared substring search per word: the scan over 50,000 rows is the hot path.
        let terms: Vec<memchr::memmem::Finder> = query
            .split_whitespace()
            .map(|t| memchr::memmem::Finder::new(t.as_bytes()))
            .collect();
        let hay = &self.hay;
        self.matches = if terms.is_empty() {
            self.earlier.clear();
            self.order.clone()
        } else {
            source
                .as_deref()
                .unwrap_or(&self.order)
                .iter()
                .copied()
                .filter(|i| {
                    let h = &hay[*i as usize];
                    terms.iter().all(|t| t.find(h.as_bytes()).is_some())
                })
                .collect()
        };
        self.last_query = query;
        self.filtered(reg);
    }

    /// The rows after a filter change. In the tree the cursor goes to the first matching
    /// person, never to a unit line (where `R` and `e` have no one to act on).
    fn filtered(&mut self, reg: &Register) {
        self.build_rows(reg);
        if self.tree && !self.last_query.is_empty() {
            if let Some(first) = self
                .rows
                .iter()
                .position(|r| matches!(r, Row::Employee { .. }))
            {
                self.selected = first;
                self.clamp();
            }
        }
    }

    fn build_rows(&mut self, reg: &Register) {
        self.rows = if self.tree {
            // A filter shows every match: folds wait until it is cleared.
            let empty = std::collections::HashSet::new();
            tree_rows(
                reg,
                &self.matches,
                self.last_query.is_empty() && self.visible.is_none(),
                if self.last_query.is_empty() {
                    &self.collapsed
                } else {
                    &empty
                },
            )
        } else {
            self.matches
                .iter()
                .map(|i| Row::Employee {
                    index: *i,
                    depth: 0,
                })
                .collect()
        };
        self.clamp();
    }

    /// How many employees the viewer may see in all (the filter's denominator).
    pub fn total(&self) -> usize {
        self.order.len()
    }

    pub fn match_count(&self) -> usize {
        self.matches.len()
    }

    pub fn selected_row(&self) -> Option<Row> {
        self.rows.get(self.selected).copied()
    }

    pub fn selected_employee(&self, reg: &Register) -> Option<EmployeeId> {
        match self.selected_row()? {
            Row::Employee { index, .. } => reg.employees().get(index as usize).map(|e| e.id),
            Row::Unit { .. } => None,
        }
    }

    /// Moves the cursor to an employee; clears the filter when it hides them.
    pub fn select_employee(&mut self, reg: &Register, id: EmployeeId) {
        let find = |rows: &[Row]| {
            rows.iter().position(|r| {
                matches!(r, Row::Employee { index, .. }
                    if reg.employees().get(*index as usize).map(|e| e.id) == Some(id))
            })
        };
        if let Some(pos) = find(&self.rows) {
            self.selected = pos;
        } else if reg.employee(id).is_some() {
            self.filter = Input::default();
            self.refilter(reg);
            if let Some(pos) = find(&self.rows) {
                self.selected = pos;
            }
        }
        self.clamp();
    }

    pub fn move_by(&mut self, delta: isize) {
        let max = self.rows.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + delta).clamp(0, max.max(0)) as usize;
        self.clamp();
    }

    pub fn top(&mut self) {
        self.selected = 0;
        self.clamp();
    }

    pub fn bottom(&mut self) {
        self.selected = self.rows.len().saturating_sub(1);
        self.clamp();
    }

    pub fn set_viewport(&mut self, rows: usize) {
        self.viewport = rows.max(1);
        self.clamp();
    }

    /// Keeps the selection inside the rows and the scroll window around it.
    fn clamp(&mut self) {
        if self.selected >= self.rows.len() {
            self.selected = self.rows.len().saturating_sub(1);
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + self.viewport {
            self.offset = self.selected + 1 - self.viewport;
        }
        let max_offset = self.rows.len().saturating_sub(self.viewport);
        self.offset = self.offset.min(max_offset);
    }
}

/// The organisation tree: units depth-first by name, each with its matching employees
/// (head first, then managerial positions, then by name). While filtering (or for a viewer who
/// sees only part of the office) units without matches are left out; otherwise a new, empty
/// unit shows too, so it can be edited and filled.
fn tree_rows(
    reg: &Register,
    matches: &[u32],
    all_units: bool,
    collapsed: &std::collections::HashSet<UnitId>,
) -> Vec<Row> {
    let emps = reg.employees();
    let mut by_unit: HashMap<UnitId, Vec<u32>> = HashMap::new();
    for i in matches {
        by_unit.entry(emps[*i as usize].unit).or_default().push(*i);
    }
    let mut children: HashMap<Option<UnitId>, Vec<UnitId>> = HashMap::new();
    let known: std::collections::HashSet<UnitId> = reg.units().iter().map(|u| u.id).collect();
    for u in reg.units() {
        let parent = u.parent.filter(|p| known.contains(p) && *p != u.id);
        children.entry(parent).or_default().push(u.id);
    }
    for list in children.values_mut() {
        list.sort_by_key(|id| reg.unit_name(*id).to_lowercase());
    }
    // Count matches per subtree so empty branches can be skipped.
    fn subtree_count(
        id: UnitId,
        children: &HashMap<Option<UnitId>, Vec<UnitId>>,
        by_unit: &HashMap<UnitId, Vec<u32>>,
        memo: &mut HashMap<UnitId, usize>,
        depth: usize,
    ) -> usize {
        if let Some(n) = memo.get(&id) {
            return *n;
        }
        let mut n = by_unit.get(&id).map_or(0, Vec::len);
        if depth < 64 {
            for c in children.get(&Some(id)).into_iter().flatten() {
                n += subtree_count(*c, children, by_unit, memo, depth + 1);
            }
        }
        memo.insert(id, n);
        n
    }
    let mut memo = HashMap::new();
    let mut rows = Vec::with_capacity(matches.len() + reg.units().len());
    let mut stack: Vec<(UnitId, u16)> = children
        .get(&None)
        .into_iter()
        .flatten()
        .rev()
        .map(|id| (*id, 0))
        .collect();
    let mut visited = std::collections::HashSet::new();
    // People inside folded units: placed, though not shown.
    let mut hidden: Vec<u32> = Vec::new();
    while let Some((id, depth)) = stack.pop() {
        if !visited.insert(id)
            || (!all_units && subtree_count(id, &children, &by_unit, &mut memo, 0) == 0)
        {
            continue;
        }
        rows.push(Row::Unit { id, depth });
        if collapsed.contains(&id) {
            let mut inner = vec![id];
            while let Some(u) = inner.pop() {
                if u != id && !visited.insert(u) {
                    continue;
                }
                hidden.extend(by_unit.get(&u).into_iter().flatten().copied());
                inner.extend(children.get(&Some(u)).into_iter().flatten().copied());
            }
            continue;
        }
        let head = reg.unit(id).and_then(|u| u.head);
        let mut members = by_unit.get(&id).cloned().unwrap_or_default();
        members.sort_by_key(|i| {
            let e = &emps[*i as usize];
            (
                Some(e.id) != head,
                !e.position_kind.is_managerial(),
                e.name.name.to_lowercase(),
            )
        });
        rows.extend(members.into_iter().map(|index| Row::Employee {
            index,
            depth: depth + 1,
        }));
        for c in children.get(&Some(id)).into_iter().flatten().rev() {
            stack.push((*c, depth + 1));
        }
    }
    // Employees whose unit is missing from the register still show, at the end.
    let placed: std::collections::HashSet<u32> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Employee { index, .. } => Some(*index),
            Row::Unit { .. } => None,
        })
        .chain(hidden)
        .collect();
    rows.extend(
        matches
            .iter()
            .filter(|i| !placed.contains(i))
            .map(|index| Row::Employee {
                index: *index,
                depth: 0,
            }),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::kit::key::{Key, KeyCode};
    use crate::domain::{
        Employee, EmployeeKind, EmployeeStatus, Grade, Nip, OrgUnit, PersonName, PnsRank,
        PositionKind,
    };

    fn register() -> Register {
        let names = [
            "Maria Kaize",
            "Marthen Gebze",
            "Daniel Ndiken",
            "Siti Rahma",
            "Agus Mahuze",
            "Yohanes Gebze",
            "Martha Ndiken",
            "Rahmat Hidayat",
        ];
        let units = vec![
            OrgUnit {
                id: UnitId(1),
                name: "Kantor Distrik Salor".into(),
                parent: None,
                head: None,
                active: true,
                revision: 0,
            },
            OrgUnit {
                id: UnitId(2),
                name: "Puskesmas Salor".into(),
                parent: Some(UnitId(1)),
                head: None,
                active: true,
                revision: 0,
            },
        ];
        let employees = names
            .iter()
            .enumerate()
            .map(|(i, n)| Employee {
                id: EmployeeId(i as u64 + 1),
                nip: Nip::parse(&format!("19900101201503100{}", i + 1), EmployeeKind::Pns).unwrap(),
                kind: EmployeeKind::Pns,
                name: PersonName {
                    name: (*n).into(),
                    ..PersonName::default()
                },
                grade: Grade::Pns(PnsRank::IIIA),
                position: if i % 2 == 0 {
                    "Perawat".into()
                } else {
                    "Analis".into()
                },
                position_kind: PositionKind::Pelaksana,
                unit: UnitId(1 + (i as u64 % 2)),
                supervisor: None,
                appointed_on: None,
                grade_since: None,
                position_since: None,
                status: EmployeeStatus::Active,
                phone: String::new(),
                email: String::new(),
                revision: 0,
            })
            .collect();
        Register::from_parts(employees, units)
    }

    fn names(list: &EmployeeList, reg: &Register) -> Vec<String> {
        list.rows
            .iter()
            .filter_map(|r| match r {
                Row::Employee { index, .. } => {
                    Some(reg.employees()[*index as usize].name.name.clone())
                }
                Row::Unit { .. } => None,
            })
            .collect()
    }

    fn brute(reg: &Register, query: &str) -> Vec<String> {
        let mut v: Vec<String> = reg
            .employees()
            .iter()
            .filter(|e| {
                let h = format!(
                    "{} {} {} {}",
                    e.full_name(),
                    e.nip.as_str(),
                    e.position,
                    reg.unit_name(e.unit)
                )
                .to_lowercase();
                query
                    .to_lowercase()
                    .split_whitespace()
                    .all(|t| h.contains(t))
            })
            .map(|e| e.name.name.clone())
            .collect();
        v.sort_by_key(|n| n.to_lowercase());
        v
    }

    #[test]
    fn typing_and_backspace_match_a_full_scan_at_every_step() {
        let reg = register();
        let mut list = EmployeeList::new(&reg);
        let keys: Vec<Key> = "mar gebze"
            .chars()
            .map(Key::ch)
            .chain(std::iter::repeat_n(Key::plain(KeyCode::Backspace), 6))
            .chain("tha pusk".chars().map(Key::ch))
            .chain(std::iter::repeat_n(Key::plain(KeyCode::Backspace), 20))
            .chain("1003".chars().map(Key::ch))
            .collect();
        for key in keys {
            crate::app::employees::form::edit_input(&mut list.filter, key);
            list.refilter(&reg);
            let q = list.query().to_string();
            assert_eq!(names(&list, &reg), brute(&reg, &q), "query {q:?}");
        }
        assert_eq!(names(&list, &reg), ["Daniel Ndiken"]);
    }

    #[test]
    fn sorting_by_column_and_reverse() {
        let reg = register();
        let mut list = EmployeeList::new(&reg);
        assert_eq!(names(&list, &reg)[0], "Agus Mahuze");
        list.sort_reverse(&reg);
        assert_eq!(names(&list, &reg)[0], "Yohanes Gebze");
        list.sort_next(&reg); // NIP, ascending
        assert_eq!(names(&list, &reg)[0], "Maria Kaize");
        list.sort_next(&reg); // position: the four Analis first
        let first: Vec<String> = names(&list, &reg)[0..4].to_vec();
        for n in [
            "Marthen Gebze",
            "Siti Rahma",
            "Yohanes Gebze",
            "Rahmat Hidayat",
        ] {
            assert!(first.iter().any(|f| f == n), "{first:?}");
        }
    }

    #[test]
    fn tree_groups_people_under_their_units() {
        let reg = register();
        let mut list = EmployeeList::new(&reg);
        list.toggle_tree(&reg);
        assert_eq!(
            list.rows[0],
            Row::Unit {
                id: UnitId(1),
                depth: 0
            }
        );
        let puskesmas = list
            .rows
            .iter()
            .position(|r| {
                *r == Row::Unit {
                    id: UnitId(2),
                    depth: 1,
                }
            })
            .unwrap();
        // Everyone between the two unit lines works in the district office, everyone after in the Puskesmas.
        for (i, row) in list.rows.iter().enumerate().skip(1) {
            if let Row::Employee { index, depth } = row {
                let unit = reg.employees()[*index as usize].unit;
                if i < puskesmas {
                    assert_eq!((unit, *depth), (UnitId(1), 1));
                } else {
                    assert_eq!((unit, *depth), (UnitId(2), 2));
                }
            }
        }
        assert_eq!(list.rows.len(), 8 + 2);
    }

    #[test]
    fn folding_a_unit_hides_its_people_and_sub_units_until_unfolded() {
        let reg = register();
        let mut list = EmployeeList::new(&reg);
        list.toggle_tree(&reg);
        list.selected = 0;
        assert!(list.fold_unit(&reg, Some(true)));
        // The district office folded: its line alone, the Puskesmas inside it too.
        assert_eq!(
            list.rows,
            vec![Row::Unit {
                id: UnitId(1),
                depth: 0
            }]
        );
        assert!(list.is_folded(UnitId(1)));
        // Kept across list <-> tree.
        list.toggle_tree(&reg);
        list.toggle_tree(&reg);
        assert_eq!(list.rows.len(), 1);
        // A filter shows every match; clearing it folds again.
        list.filter = Input::new("rahmat".into());
        list.refilter(&reg);
        assert_eq!(names(&list, &reg), vec!["Rahmat Hidayat".to_string()]);
        list.filter = Input::default();
        list.refilter(&reg);
        assert_eq!(list.rows.len(), 1);
        list.selected = 0;
        assert!(list.fold_unit(&reg, None));
        assert_eq!(list.rows.len(), 8 + 2);
        // Left on a person goes to their unit's line first.
        let last = list.rows.len() - 1;
        list.selected = last;
        assert!(list.fold_unit(&reg, Some(true)));
        assert_eq!(
            list.selected_row(),
            Some(Row::Unit {
                id: UnitId(2),
                depth: 1
            })
        );
    }

    /// Issue 7 #17: after a filter in the tree the cursor is on the first matching person.
    #[test]
    fn a_filter_in_the_tree_selects_the_first_matching_person() {
        let reg = register();
        let mut list = EmployeeList::new(&reg);
        list.toggle_tree(&reg);
        list.selected = 0;
        for c in "kaize".chars() {
            crate::app::employees::form::edit_input(&mut list.filter, Key::ch(c));
            list.refilter(&reg);
        }
        assert!(matches!(list.selected_row(), Some(Row::Employee { .. })));
        let id = list.selected_employee(&reg).expect("a person");
        assert_eq!(
            reg.employee(id).map(|e| e.name.name.clone()),
            Some("Maria Kaize".to_string())
        );
    }
}
