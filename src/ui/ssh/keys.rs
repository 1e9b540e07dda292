//! SSH channel bytes -> keys. kinerja's own `app::kit::key::Key`.
//!
//! Over SSH each channel `Data` message is one read of the client's terminal, and a terminal
//! writes one key's whole sequence at once, so an ESC followed by nothing for a moment is the
//! Esc key (`flush_esc`, called by the session after `ESC_WAIT`) and "ESC then more" is Alt+that
//! or a sequence (possibly split across messages by the network). Bracketed paste
//! (ESC[200~ .. ESC[201~) becomes one `Paste`; UTF-8 split across messages waits for its rest.

pub use crate::app::kit::key::{Key, KeyCode};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Key(Key),
    Paste(String),
}

#[derive(Default)]
pub struct Parser {
    buf: Vec<u8>,
    /// Inside a bracketed paste: what came so far.
    paste: Option<Vec<u8>>,
}

const PASTE_END: &[u8] = b"\x1b[201~";

enum Step {
    Event(Option<Event>, usize),
    /// Needs more bytes.
    More,
}

impl Parser {
    pub fn feed(&mut self, data: &[u8]) -> Vec<Event> {
        self.buf.extend_from_slice(data);
        let mut out = Vec::new();
        loop {
            if let Some(paste) = self.paste.as_mut() {
                match find(&self.buf, PASTE_END) {
                    Some(at) => {
                        paste.extend_from_slice(&self.buf[..at]);
                        self.buf.drain(..at + PASTE_END.len());
                        let text = String::from_utf8_lossy(paste).into_owned();
                        self.paste = None;
                        out.push(Event::Paste(text.replace("\r\n", "\n").replace('\r', "\n")));
                        continue;
                    }
                    None => {
                        // Keep a possible start of the end marker in `buf`.
                        let keep = PASTE_END.len().saturating_sub(1).min(self.buf.len());
                        let take = self.buf.len() - keep;
                        paste.extend_from_slice(&self.buf[..take]);
                        self.buf.drain(..take);
                        break;
                    }
                }
            }
            if self.buf.is_empty() {
                break;
            }
            match parse(&self.buf) {
                Step::More => break,
                Step::Event(ev, used) => {
                    self.buf.drain(..used);
                    match ev {
                        Some(Event::Paste(_)) => self.paste = Some(Vec::new()),
                        Some(e) => out.push(e),
                        None => {}
                    }
                }
            }
        }
        out
    }

    /// Whether an ESC waits at the front with nothing after it yet (Esc, or the start of a
    /// sequence whose rest is still on its way).
    pub fn waits_on_esc(&self) -> bool {
        self.paste.is_none() && self.buf.first() == Some(&0x1b)
    }

    /// No more bytes came: a waiting ESC was the Esc key.
    pub fn flush_esc(&mut self) -> Option<Event> {
        if self.paste.is_none() && self.buf.first() == Some(&0x1b) {
            self.buf.remove(0);
            return Some(Event::Key(Key::plain(KeyCode::Esc)));
        }
        None
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn key(code: KeyCode, ctrl: bool, alt: bool) -> Option<Event> {
    Some(Event::Key(Key { code, ctrl, alt }))
}

/// One event from the front of `b` (not empty).
fn parse(b: &[u8]) -> Step {
    match b[0] {
        0x1b => match b.get(1) {
            None => Step::More,
            Some(b'[') => csi(b),
            Some(b'O') => ss3(b),
            Some(0x1b) => Step::Event(key(KeyCode::Esc, false, false), 1),
            Some(_) => match parse(&b[1..]) {
                Step::More => Step::More,
                Step::Event(Some(Event::Key(mut k)), n) => {
                    k.alt = true;
                    Step::Event(Some(Event::Key(k)), n + 1)
                }
                Step::Event(other, n) => Step::Event(other, n + 1),
            },
        },
        b'\r' | b'\n' => Step::Event(key(KeyCode::Enter, false, false), 1),
        b'\t' => Step::Event(key(KeyCode::Tab, false, false), 1),
        0x7f | 0x08 => Step::Event(key(KeyCode::Backspace, false, false), 1),
        0x00 => Step::Event(key(KeyCode::Char(' '), true, false), 1),
        c @ 0x01..=0x1a => Step::Event(key(KeyCode::Char((b'a' + c - 1) as char), true, false), 1),
        0x1c..=0x1f => Step::Event(None, 1),
        c if c < 0x80 => Step::Event(key(KeyCode::Char(c as char), false, false), 1),
        c => {
            let len = match c {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => return Step::Event(None, 1),
            };
            if b.len() < len {
                return Step::More;
            }
            match std::str::from_utf8(&b[..len])
                .ok()
                .and_then(|s| s.chars().next())
            {
                Some(ch) => Step::Event(key(KeyCode::Char(ch), false, false), len),
                None => Step::Event(None, 1),
            }
        }
    }
}

/// ESC [ params final
fn csi(b: &[u8]) -> Step {
    let Some(end) = b[2..].iter().position(|c| (0x40..=0x7e).contains(c)) else {
        return if b.len() > 32 {
            Step::Event(None, b.len())
        } else {
            Step::More
        };
    };
    let fin = b[2 + end];
    let used = 2 + end + 1;
    let params: Vec<u16> = std::str::from_utf8(&b[2..2 + end])
        .unwrap_or("")
        .split(';')
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    let (ctrl, alt) = modifiers(params.get(1).copied());
    let code = match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'Z' => KeyCode::BackTab,
        b'~' => match params.first().copied().unwrap_or(0) {
            1 | 7 => KeyCode::Home,
            4 | 8 => KeyCode::End,
            3 => KeyCode::Delete,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F((n - 10) as u8),
            n @ 17..=21 => KeyCode::F((n - 11) as u8),
            n @ 23..=24 => KeyCode::F((n - 12) as u8),
            200 => return Step::Event(Some(Event::Paste(String::new())), used),
            _ => return Step::Event(None, used),
        },
        _ => return Step::Event(None, used),
    };
    Step::Event(key(code, ctrl, alt), used)
}

/// ESC O x (application cursor keys, F1-F4)
fn ss3(b: &[u8]) -> Step {
    let Some(&c) = b.get(2) else {
        return Step::More;
    };
    let code = match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return Step::Event(None, 3),
    };
    Step::Event(key(code, false, false), 3)
}

/// xterm's modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4).
fn modifiers(p: Option<u16>) -> (bool, bool) {
    let m = p.unwrap_or(1).saturating_sub(1);
    (m & 4 != 0, m & 2 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> Event {
        Event::Key(Key::plain(code))
    }

    #[test]
    fn keys_of_common_terminals() {
        let mut p = Parser::default();
        let got = p.feed(b"a\r\x1b[A\x1bOB\x1b[3~\x1b[5~\x1b[Z\x7f\x13\x1b[1;5C");
        assert_eq!(
            got,
            vec![
                k(KeyCode::Char('a')),
                k(KeyCode::Enter),
                k(KeyCode::Up),
                k(KeyCode::Down),
                k(KeyCode::Delete),
                k(KeyCode::PageUp),
                k(KeyCode::BackTab),
                k(KeyCode::Backspace),
                Event::Key(Key {
                    code: KeyCode::Char('s'),
                    ctrl: true,
                    alt: false
                }),
                Event::Key(Key {
                    code: KeyCode::Right,
                    ctrl: true,
                    alt: false
                }),
            ]
        );
    }

    #[test]
    fn esc_alone_is_esc_and_esc_with_a_key_is_alt() {
        let mut p = Parser::default();
        assert_eq!(p.feed(b"\x1b"), vec![]);
        assert_eq!(p.flush_esc(), Some(k(KeyCode::Esc)));
        assert_eq!(
            p.feed(b"\x1bx"),
            vec![Event::Key(Key {
                code: KeyCode::Char('x'),
                ctrl: false,
                alt: true
            })]
        );
        assert_eq!(p.flush_esc(), None);
    }

    #[test]
    fn utf8_split_across_messages_and_paste() {
        let mut p = Parser::default();
        let e = "é".as_bytes();
        assert_eq!(p.feed(&e[..1]), vec![]);
        assert_eq!(p.feed(&e[1..]), vec![k(KeyCode::Char('é'))]);
        assert_eq!(p.feed(b"\x1b[200~baris 1\r\nbar"), vec![]);
        assert_eq!(p.flush_esc(), None);
        assert_eq!(p.feed(b"is 2\x1b[20"), vec![]);
        assert_eq!(
            p.feed(b"1~q"),
            vec![
                Event::Paste("baris 1\nbaris 2".into()),
                k(KeyCode::Char('q'))
            ]
        );
    }
}
