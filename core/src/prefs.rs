//! Display preferences that persist in the browser: the theme and meeting mode (large type and
//! keyboard shortcuts for a shared screen). The page applies them to `<html>`; the stylesheet
//! decides how they look.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of the select option and of `<html data-theme>`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Like the system",
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub theme: Theme,
    pub meeting: bool,
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
    }
}
