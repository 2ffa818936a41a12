use super::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

/// A value that failed a domain rule, with the form field it belongs to so
/// the UI can put the message next to the right control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    pub field: String,
    pub message: Msg,
}

impl ValidationError {
    pub fn new(field: &str, message: impl Into<Msg>) -> Self {
        Self { field: field.to_owned(), message: message.into() }
    }
}

/// Trims `raw` and checks it holds between 1 and `max` characters.
/// Shared by every "name"-like field so their messages read the same.
/// Whether a checkbox was ticked: a form sends its value ("on", or "true"
/// from the JSON API's clients) when it is, and nothing when not.
pub fn ticked(v: Option<&str>) -> bool {
    v.is_some_and(|v| v == "on" || v == "true")
}

/// `label` names the value in its messages (`msg!("label-team-name")`).
pub fn bounded_text(field: &str, label: Msg, raw: &str, max: usize) -> Result<String, ValidationError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(ValidationError::new(field, msg!("invalid-text-empty", label = label)));
    }
    let len = value.chars().count();
    if len > max {
        return Err(ValidationError::new(field, msg!("invalid-text-too-long", label = label, len = len, max = max)));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(ValidationError::new(field, msg!("invalid-text-control", label = label)));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_accepts() {
        assert_eq!(bounded_text("name", msg!("label-your-name"), "  Ada  ", 10).unwrap(), "Ada");
    }

    #[test]
    fn refuses_blank_and_long_and_control() {
        assert_eq!(bounded_text("name", msg!("label-your-name"), "   ", 10).unwrap_err().message, "Your name cannot be empty.");
        assert!(bounded_text("name", msg!("label-your-name"), "abcdefghijk", 10).unwrap_err().message.to_string().contains("too long"));
        assert!(bounded_text("name", msg!("label-your-name"), "a\u{0007}b", 10).is_err());
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(bounded_text("name", msg!("label-your-name"), "ééééé", 5).is_ok());
    }
}
