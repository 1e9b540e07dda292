//! A cursor over a list that shows `viewport` rows at a time: the selection moves, the window
//! follows it. Shared by the pickers and the audit trail.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scroll {
    pub selected: usize,
    pub offset: usize,
    pub viewport: usize,
}

impl Default for Scroll {
    fn default() -> Scroll {
        Scroll {
            selected: 0,
            offset: 0,
            viewport: 10,
        }
    }
}

impl Scroll {
    /// Moves by `delta` within a list of `len` rows.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        let max = len.saturating_sub(1) as isize;
        self.selected = (self.selected as isize)
            .saturating_add(delta)
            .clamp(0, max.max(0)) as usize;
        self.follow();
    }

    pub fn set_viewport(&mut self, rows: usize) {
        self.viewport = rows.max(1);
        self.follow();
    }

    pub fn reset(&mut self) {
        self.selected = 0;
        self.offset = 0;
    }

    /// Keeps the window around the selection.
    fn follow(&mut self) {
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + self.viewport {
            self.offset = self.selected + 1 - self.viewport;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_follows_the_selection() {
        let mut s = Scroll::default();
        s.set_viewport(3);
        s.move_by(4, 10);
        assert_eq!((s.selected, s.offset), (4, 2));
        s.move_by(100, 10);
        assert_eq!((s.selected, s.offset), (9, 7));
        s.move_by(-8, 10);
        assert_eq!((s.selected, s.offset), (1, 1));
        s.move_by(isize::MIN, 10);
        assert_eq!((s.selected, s.offset), (0, 0));
        s.move_by(1, 0);
        assert_eq!(s.selected, 0);
    }
}
