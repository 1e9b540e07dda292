//! `kinerja cetak dialog`: one session as plain text in the layout of the paper form
//! FORMULIR DIALOG KINERJA (80 columns): the title, the session's date and kind, the employee
//! and the appraiser (name, NIP, pangkat/golongan, jabatan, unit, from the register), the
//! situation, the topics, a table of follow-ups, and the acknowledgement with dates and
//! signature blanks. Labels come from `dialog_words`.

use unicode_width::UnicodeWidthStr;

use super::dialog_words::{form_words, kind_name, status_name, FormWords};
use crate::app::services::register::Register;
use crate::app::transfer::feedback_export::{reference, topic_text};
use crate::domain::feedback::Session;
use crate::domain::{Directory, EmployeeId};
use crate::i18n::Lang;

/// The width of the printed form.
pub const WIDTH: usize = 80;

fn dmy(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `text` broken into lines of at most `width` columns, at spaces where it can; line breaks
/// of the text are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let mut word = word.to_string();
            // A word longer than the line is cut.
            while word.width() > width {
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                }
                let mut head = String::new();
                let mut rest = String::new();
                for c in word.chars() {
                    if rest.is_empty() && (head.width() + c.to_string().width()) <= width {
                        head.push(c);
                    } else {
                        rest.push(c);
                    }
                }
                out.push(head);
                word = rest;
            }
            let needed = if line.is_empty() {
                word.width()
            } else {
                line.width() + 1 + word.width()
            };
            if needed > width && !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    if w >= width {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(width - w))
    }
}

fn center(s: &str) -> String {
    let w = s.width();
    if w >= WIDTH {
        s.to_string()
    } else {
        format!("{}{s}", " ".repeat((WIDTH - w) / 2))
    }
}

/// The five lines of one person: name, NIP, pangkat/golongan, jabatan, unit.
fn person(w: &FormWords, reg: &Register, id: EmployeeId) -> Vec<(String, String)> {
    let Some(e) = reg.employee(id) else {
        return vec![(w.name.to_string(), "-".to_string())];
    };
    vec![
        (w.name.to_string(), e.full_name()),
        (w.nip.to_string(), e.nip.as_str().to_string()),
        (w.grade.to_string(), e.grade.label()),
        (w.position.to_string(), e.position.clone()),
        (w.unit.to_string(), reg.unit_name(e.unit).to_string()),
    ]
}

fn labelled(out: &mut String, rows: &[(String, String)], indent: usize) {
    let label_w = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let value_w = WIDTH.saturating_sub(indent + label_w + 3).max(20);
    for (i, (label, value)) in rows.iter().enumerate() {
        let number = format!("{}. ", i + 1);
        for (j, part) in wrap(value, value_w.saturating_sub(number.len()))
            .iter()
            .enumerate()
        {
            if j == 0 {
                out.push_str(&format!(
                    "{}{number}{} : {part}\n",
                    " ".repeat(indent),
                    pad(label, label_w)
                ));
            } else {
                out.push_str(&format!(
                    "{}{}   {part}\n",
                    " ".repeat(indent + number.len()),
                    " ".repeat(label_w)
                ));
            }
        }
    }
}

fn rule(out: &mut String, c: char) {
    out.push_str(&c.to_string().repeat(WIDTH));
    out.push('\n');
}

/// The whole form of `session` of `employee`.
pub fn form(lang: Lang, reg: &Register, employee: EmployeeId, session: &Session) -> String {
    let w = form_words(lang);
    let mut out = String::new();
    rule(&mut out, '=');
    out.push_str(&center(w.title));
    out.push('\n');
    rule(&mut out, '=');
    out.push_str(&format!("{} : {}\n", pad(w.date, 14), dmy(session.date)));
    out.push_str(&format!(
        "{} : {}\n\n",
        pad(w.kind, 14),
        kind_name(lang, session.kind)
    ));

    out.push_str(&format!("I.   {}\n", w.employee));
    labelled(&mut out, &person(&w, reg, employee), 5);
    out.push_str(&format!("\nII.  {}\n", w.appraiser));
    labelled(&mut out, &person(&w, reg, session.appraiser), 5);

    out.push_str(&format!("\nIII. {}\n", w.situation));
    for line in wrap(&session.situation, WIDTH - 5) {
        out.push_str(&format!("     {line}\n"));
    }

    out.push_str(&format!("\nIV.  {}\n", w.topics));
    if session.topics.is_empty() {
        out.push_str(&format!("     {}\n", w.no_topics));
    }
    for (i, t) in session.topics.iter().enumerate() {
        let number = format!("{}. ", i + 1);
        for (j, line) in wrap(&topic_text(t), WIDTH - 5 - number.len())
            .iter()
            .enumerate()
        {
            let lead = if j == 0 {
                number.clone()
            } else {
                " ".repeat(number.len())
            };
            out.push_str(&format!("     {lead}{line}\n"));
        }
    }

    out.push_str(&format!("\nV.   {}\n", w.follow_ups));
    follow_up_table(&mut out, lang, &w, session);

    out.push_str(&format!("\nVI.  {}\n\n", w.acknowledgement));
    signatures(&mut out, &w, reg, employee, session);
    rule(&mut out, '=');
    out
}

fn follow_up_table(out: &mut String, lang: Lang, w: &FormWords, session: &Session) {
    if session.follow_ups.is_empty() {
        out.push_str(&format!("     {}\n", w.no_follow_ups));
        return;
    }
    // | NO | ITEM (wrapped) | DUE | STATUS |
    let (no_w, due_w, status_w) = (4, 12, 15);
    let item_w = WIDTH - 5 - (no_w + due_w + status_w) - 4 * 3 - 1;
    let border = format!(
        "     +{}+{}+{}+{}+\n",
        "-".repeat(no_w + 2),
        "-".repeat(item_w + 2),
        "-".repeat(due_w + 2),
        "-".repeat(status_w + 2)
    );
    let row = |a: &str, b: &str, c: &str, d: &str| {
        format!(
            "     | {} | {} | {} | {} |\n",
            pad(a, no_w),
            pad(b, item_w),
            pad(c, due_w),
            pad(d, status_w)
        )
    };
    out.push_str(&border);
    out.push_str(&row(w.table[0], w.table[1], w.table[2], w.table[3]));
    out.push_str(&border);
    for (i, f) in session.follow_ups.iter().enumerate() {
        let mut lines: Vec<String> = wrap(&f.item, item_w);
        let details = [
            (w.competence, f.competence.as_str()),
            (w.method, f.method.as_str()),
            (w.when, f.when.as_str()),
            (w.employee_part, f.employee_part.as_str()),
            (w.appraiser_part, f.appraiser_part.as_str()),
        ];
        for (label, value) in details {
            if !value.trim().is_empty() {
                lines.extend(wrap(&format!("{label}: {value}"), item_w));
            }
        }
        if let Some(from) = &f.carried_from {
            lines.extend(wrap(
                &format!("{}: {}", w.carried_from, reference(from)),
                item_w,
            ));
        }
        if let Some(r) = &f.review {
            let mut text = format!("{} {}", w.review, dmy(r.on));
            for part in [&r.explanation, &r.next_plan] {
                if !part.trim().is_empty() {
                    text.push_str("; ");
                    text.push_str(part);
                }
            }
            if let Some(next) = r.next_review {
                text.push_str(&format!("; {}", dmy(next)));
            }
            lines.extend(wrap(&text, item_w));
        }
        let due = f.due.map(dmy).unwrap_or_else(|| "-".into());
        let status = status_name(lang, f.status());
        for (j, line) in lines.iter().enumerate() {
            if j == 0 {
                out.push_str(&row(&format!("{}", i + 1), line, &due, status));
            } else {
                out.push_str(&row("", line, "", ""));
            }
        }
        out.push_str(&border);
    }
}

fn signatures(
    out: &mut String,
    w: &FormWords,
    reg: &Register,
    employee: EmployeeId,
    session: &Session,
) {
    let col = (WIDTH - 5) / 2;
    let two = |a: &str, b: &str| format!("     {}{b}\n", pad(a, col));
    let on = |d: Option<chrono::NaiveDate>| {
        format!(
            "{}: {}",
            w.acknowledged_on,
            d.map(dmy).unwrap_or_else(|| "____/____/________".into())
        )
    };
    let name_nip = |id: EmployeeId| {
        reg.employee(id).map_or_else(
            || ("-".to_string(), String::new()),
            |e| (e.full_name(), format!("NIP {}", e.nip.as_str())),
        )
    };
    let (en, enip) = name_nip(employee);
    let (an, anip) = name_nip(session.appraiser);
    out.push_str(&two(w.employee_signs, w.appraiser_signs));
    out.push_str(&two(
        &on(session.acknowledged_by_employee),
        &on(session.acknowledged_by_appraiser),
    ));
    out.push_str("\n\n\n");
    let blank = "_".repeat(col - 4);
    out.push_str(&two(&blank, &blank));
    out.push_str(&two(&en, &an));
    out.push_str(&two(&enip, &anip));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_line_breaks() {
        assert_eq!(
            wrap("satu dua tiga empat", 9),
            vec!["satu dua", "tiga", "empat"]
        );
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        assert_eq!(wrap("abcdefghijkl", 8), vec!["abcdefgh", "ijkl"]);
        assert_eq!(wrap("", 10), vec![""]);
    }
}
