//! Screen geometry, shared by drawing and by the runtime (which tells `update` how many rows
//! the list and the pickers show, so scrolling lives in state and drawing stays read-only).

use ratatui::layout::{Constraint, Layout, Rect};

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Title, tabs, body, status message, key hints.
pub struct Frame {
    pub title: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn frame(area: Rect) -> Frame {
    let [title, tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Frame {
        title,
        tabs,
        body,
        status,
        hints,
    }
}

/// The employees screen: filter line, list (with its header row), detail pane.
pub struct EmployeesLayout {
    pub filter: Rect,
    pub list: Rect,
    pub detail: Rect,
}

pub fn employees(body: Rect) -> EmployeesLayout {
    employees_fitted(body, usize::MAX)
}

/// Below this width the detail pane sits under the list: beside it, the list's name,
/// position and unit columns would be cut.
const SIDE_PANE: u16 = 200;

/// The employees screen for a list that needs `list_rows` rows (header included): rows the
/// list leaves empty go to the detail pane. The list's viewport stays that of
/// [`employees`]: a list shorter than it never scrolls, so both agree.
pub fn employees_fitted(body: Rect, list_rows: usize) -> EmployeesLayout {
    let [filter, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    if rest.width >= SIDE_PANE {
        let [list, detail] =
            Layout::horizontal([Constraint::Min(60), Constraint::Length(56)]).areas(rest);
        EmployeesLayout {
            filter,
            list,
            detail,
        }
    } else {
        let usual = (rest.height / 2).clamp(6, 11);
        let list_h = u16::try_from(list_rows).unwrap_or(u16::MAX).max(4);
        let detail_h = usual.max(rest.height.saturating_sub(list_h));
        let [list, detail] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(detail_h)]).areas(rest);
        EmployeesLayout {
            filter,
            list,
            detail,
        }
    }
}

/// A centred box `pct_w` x `pct_h` percent of `area`, at least `min_w` x `min_h`.
pub fn centered(area: Rect, pct_w: u16, pct_h: u16, min_w: u16, min_h: u16) -> Rect {
    // In u32: a very large terminal times a percentage does not fit in u16.
    let scale = |len: u16, pct: u16| (u32::from(len) * u32::from(pct) / 100) as u16;
    let w = scale(area.width, pct_w).max(min_w).min(area.width);
    let h = scale(area.height, pct_h).max(min_h).min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn picker_box(body: Rect) -> Rect {
    centered(body, 80, 90, 60, 12)
}

/// Rows of data the list and a picker show at this terminal size.
pub fn viewports(area: Rect) -> (usize, usize) {
    let f = frame(area);
    let list = employees(f.body).list.height.saturating_sub(1);
    // Picker: borders (2), query line (1), hint line (1).
    let picker = picker_box(f.body).height.saturating_sub(4);
    (usize::from(list).max(1), usize::from(picker).max(1))
}
