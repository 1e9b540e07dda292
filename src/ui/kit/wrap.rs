//! Word wrapping measured in display width, for panes that must know how many rows a value
//! takes before drawing it (the detail pane decides what to leave out).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` broken into rows of at most `width` columns at spaces; a word longer than a row is
/// broken inside. Never empty: an empty text is one empty row.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let need = word.width() + usize::from(!row.is_empty());
        if !row.is_empty() && row.width() + need > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if row.width() + cw > width && !row.is_empty() {
                rows.push(std::mem::take(&mut row));
            }
            row.push(c);
        }
    }
    rows.push(row);
    rows
}

/// At most `max` rows of [`wrap`]; a cut marks its last row with `…`.
pub fn wrap_at_most(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut rows = wrap(text, width);
    if rows.len() > max {
        rows.truncate(max.max(1));
        if let Some(last) = rows.last_mut() {
            *last = crate::ui::kit::field::cut_width(&format!("{last} …"), width.max(1));
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_break_at_spaces_and_keep_to_the_width() {
        assert_eq!(
            wrap("Kepala Seksi Pelayanan Umum", 12),
            ["Kepala Seksi", "Pelayanan", "Umum"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 10), [""]);
        for row in wrap("王小明 王小明 王小明 e\u{301}cole", 7) {
            assert!(row.width() <= 7, "{row}");
        }
    }

    #[test]
    fn a_cut_is_marked() {
        let rows = wrap_at_most("Kepala Seksi Pelayanan Umum dan Kependudukan", 12, 2);
        assert_eq!(rows.len(), 2);
        assert!(rows[1].ends_with('…'), "{rows:?}");
        assert!(rows.iter().all(|r| r.width() <= 12), "{rows:?}");
        assert_eq!(wrap_at_most("Umum", 12, 2), ["Umum"]);
    }
}
