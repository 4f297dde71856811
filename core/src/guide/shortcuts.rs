//! Meeting mode's keyboard shortcuts on the guide, as a pure function of the key press: number
//! keys choose an option, Enter or → moves on, ← goes back, `?` lists the shortcuts. Outside
//! meeting mode, with a modifier held, while the shortcut list is open, or while typing in a
//! field, keys keep their usual meaning.

/// What has focus when the key is pressed, as far as shortcuts care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// A text field, text area or select: keys type or choose there.
    Typing,
    /// A checkbox: number keys and arrows are shortcuts, Enter submits.
    Choice,
    /// A radio button: number keys are shortcuts, but the arrow keys move within its group as
    /// they do everywhere else, and Enter submits.
    Radio,
    /// A button, link or disclosure: Enter presses it.
    Control,
    /// Anything else.
    Page,
}

/// A key press on the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// The key as the browser names it (`KeyboardEvent.key`).
    pub key: &'a str,
    /// Ctrl, Alt or Meta held: the browser's or the system's shortcut, not ours.
    pub modified: bool,
    /// What had focus, which decides whether the key is ours.
    pub focus: Focus,
}

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Open the list of shortcuts (`?`).
    ShowList,
    /// Move on to the next question (→, or Enter when no field or control has focus).
    Next,
    /// Go back to the previous question (←).
    Previous,
    /// Choose option `n` of the current question (1-based; one past the last is "Not sure").
    Choose(usize),
}

/// The shortcut a key press means, if any.
pub fn shortcut(press: KeyPress, meeting: bool, list_open: bool) -> Option<Shortcut> {
    if !meeting || list_open || press.modified || press.focus == Focus::Typing {
        return None;
    }
    match press.key {
        "?" => Some(Shortcut::ShowList),
        "ArrowRight" | "ArrowLeft" if press.focus == Focus::Radio => None,
        "ArrowRight" => Some(Shortcut::Next),
        "ArrowLeft" => Some(Shortcut::Previous),
        // Enter on a control keeps its own meaning (a button press, a form submission).
        "Enter" if press.focus == Focus::Page => Some(Shortcut::Next),
        k if k.len() == 1 => k
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .map(Shortcut::Choose),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, focus: Focus) -> KeyPress<'_> {
        KeyPress {
            key,
            modified: false,
            focus,
        }
    }

    #[test]
    fn keys_map_to_shortcuts_in_meeting_mode() {
        let on = |key, focus| shortcut(press(key, focus), true, false);
        assert_eq!(on("?", Focus::Page), Some(Shortcut::ShowList));
        assert_eq!(on("ArrowRight", Focus::Choice), Some(Shortcut::Next));
        assert_eq!(on("ArrowLeft", Focus::Page), Some(Shortcut::Previous));
        assert_eq!(on("3", Focus::Choice), Some(Shortcut::Choose(3)));
        assert_eq!(on("Enter", Focus::Page), Some(Shortcut::Next));
        assert_eq!(on("Enter", Focus::Control), None, "a button keeps Enter");
        assert_eq!(
            on("Enter", Focus::Choice),
            None,
            "Enter submits the form itself"
        );
        assert_eq!(on("0", Focus::Page), None);
        // Within a radio group the arrows pick the next option, not the next question.
        assert_eq!(on("ArrowRight", Focus::Radio), None);
        assert_eq!(on("ArrowLeft", Focus::Radio), None);
        assert_eq!(on("2", Focus::Radio), Some(Shortcut::Choose(2)));
        assert_eq!(
            on("Enter", Focus::Radio),
            None,
            "Enter submits the form itself"
        );
        assert_eq!(on("x", Focus::Page), None);
        assert_eq!(on("F5", Focus::Page), None);
    }

    #[test]
    fn keys_keep_their_meaning_outside_meeting_mode_and_while_typing() {
        assert_eq!(shortcut(press("1", Focus::Page), false, false), None);
        assert_eq!(shortcut(press("1", Focus::Typing), true, false), None);
        assert_eq!(
            shortcut(press("?", Focus::Page), true, true),
            None,
            "the list is open"
        );
        let ctrl = KeyPress {
            key: "ArrowLeft",
            modified: true,
            focus: Focus::Page,
        };
        assert_eq!(shortcut(ctrl, true, false), None);
    }
}
