//! Display preferences that persist in the browser: the theme and meeting mode (large type and
//! keyboard shortcuts for a shared screen). The page applies them to `<html>`; the stylesheet
//! decides how they look.

use serde::{Deserialize, Serialize};

/// The colour scheme the reader picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follows the operating system's light or dark setting; the default.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the select lists them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of the select option and of `<html data-theme>`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme's name as the select option shows it.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// The theme an option names; anything else follows the system.
    pub fn from_id(id: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == id)
            .unwrap_or_default()
    }
}

/// The display preferences the browser keeps between visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    /// The colour scheme, applied as `<html data-theme>`.
    pub theme: Theme,
    /// Meeting mode (large type and keyboard shortcuts), applied as the `meeting` class on
    /// `<html>`.
    pub meeting: bool,
}

impl Prefs {
    /// The preferences as stored: `theme=dark&meeting=1`. Plain text, so the guide's page needs
    /// no JSON library to keep them (serde_json weighed about 5 KB on its first visit).
    pub fn to_text(self) -> String {
        format!(
            "theme={}&meeting={}",
            self.theme.id(),
            if self.meeting { "1" } else { "0" }
        )
    }

    /// Reads what `to_text` wrote, or what earlier releases wrote as JSON
    /// (`{"theme":"Dark","meeting":true}`); anything else gives the defaults.
    pub fn from_text(text: &str) -> Prefs {
        if text.trim_start().starts_with('{') {
            let theme = if text.contains("\"Dark\"") {
                Theme::Dark
            } else if text.contains("\"Light\"") {
                Theme::Light
            } else {
                Theme::System
            };
            return Prefs {
                theme,
                meeting: text.contains("\"meeting\":true"),
            };
        }
        let mut p = Prefs::default();
        for pair in text.split('&') {
            match pair.split_once('=') {
                Some(("theme", id)) => p.theme = Theme::from_id(id),
                Some(("meeting", v)) => p.meeting = v == "1",
                _ => {}
            }
        }
        p
    }
}

/// A stored string as earlier releases wrote it, a JSON string (`"v=1&clients=web"`), or as it
/// is written now, plain; `None` for a JSON string with escapes, which neither a link query nor
/// a token has.
pub fn stored_string(raw: &str) -> Option<&str> {
    match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if inner.contains('\\') => None,
        Some(inner) => Some(inner),
        None => Some(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_read_back_and_anything_else_follows_the_system() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_id(t.id()), t);
        }
        assert_eq!(Theme::from_id("sepia"), Theme::System);
    }

    #[test]
    fn saved_preferences_keep_their_shape() {
        let p = Prefs {
            theme: Theme::Dark,
            meeting: true,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json, r#"{"theme":"Dark","meeting":true}"#,
            "what earlier visits saved"
        );
        assert_eq!(serde_json::from_str::<Prefs>(&json).unwrap(), p);
        // What earlier visits saved still reads back.
        assert_eq!(Prefs::from_text(&json), p);
        let light = serde_json::to_string(&Prefs {
            theme: Theme::Light,
            meeting: false,
        })
        .unwrap();
        assert_eq!(Prefs::from_text(&light).theme, Theme::Light);
    }

    #[test]
    fn preferences_are_stored_as_plain_text() {
        let p = Prefs {
            theme: Theme::Dark,
            meeting: true,
        };
        assert_eq!(p.to_text(), "theme=dark&meeting=1");
        for t in Theme::ALL {
            for meeting in [false, true] {
                let p = Prefs { theme: t, meeting };
                assert_eq!(Prefs::from_text(&p.to_text()), p);
            }
        }
        assert_eq!(Prefs::from_text("nonsense"), Prefs::default());
        assert_eq!(Prefs::from_text(""), Prefs::default());
    }

    #[test]
    fn stored_strings_read_in_both_formats() {
        assert_eq!(
            stored_string("\"v=1&clients=web\""),
            Some("v=1&clients=web")
        );
        assert_eq!(stored_string("v=1&clients=web"), Some("v=1&clients=web"));
        assert_eq!(stored_string("\"a\\\"b\""), None);
        assert_eq!(
            stored_string("\""),
            Some("\""),
            "a lone quote is plain text"
        );
    }
}
