//! Colours and text styles. Named ANSI colours plus reverse video read well on dark and light
//! terminals; with `NO_COLOR` set only bold/reverse/underline remain.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug)]
pub struct Theme {
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub header: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub unit_row: Style,
    pub inactive: Style,
    pub label: Style,
    pub dim: Style,
    pub key: Style,
    pub error: Style,
    pub info: Style,
    pub border: Style,
    pub border_focus: Style,
    pub field_focus: Style,
}

impl Theme {
    /// The theme for this terminal: plain when `NO_COLOR` is set to anything non-empty.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::plain(),
            _ => Theme::colour(),
        }
    }

    pub fn colour() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            tab: Style::new(),
            tab_active: Style::new()
                .fg(Color::Cyan)
                .add_modifier(bold | Modifier::UNDERLINED),
            header: Style::new().add_modifier(bold | Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            selected_unfocused: Style::new().add_modifier(bold | Modifier::UNDERLINED),
            unit_row: Style::new().fg(Color::Blue).add_modifier(bold),
            inactive: Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            label: Style::new().add_modifier(bold),
            dim: Style::new().add_modifier(Modifier::DIM),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            error: Style::new().fg(Color::Red).add_modifier(bold),
            info: Style::new().fg(Color::Green),
            border: Style::new(),
            border_focus: Style::new().fg(Color::Cyan),
            field_focus: Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            tab: Style::new(),
            tab_active: bold.add_modifier(Modifier::UNDERLINED),
            header: bold.add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            selected_unfocused: bold.add_modifier(Modifier::UNDERLINED),
            unit_row: bold,
            inactive: Style::new(),
            label: bold,
            dim: Style::new(),
            key: bold,
            error: bold,
            info: Style::new(),
            border: Style::new(),
            border_focus: bold,
            field_focus: Style::new().add_modifier(Modifier::REVERSED),
        }
    }
}
