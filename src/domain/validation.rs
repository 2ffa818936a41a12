use serde::{Deserialize, Serialize};

/// A value that failed a domain rule, with the form field it belongs to so
/// the UI can put the message next to the right control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
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

pub fn bounded_text(field: &str, label: &str, raw: &str, max: usize) -> Result<String, ValidationError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(ValidationError::new(field, format!("{label} cannot be empty.")));
    }
    let len = value.chars().count();
    if len > max {
        return Err(ValidationError::new(field, format!("{label} is too long ({len} characters; at most {max}).")));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(ValidationError::new(field, format!("{label} contains invisible control characters.")));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_accepts() {
        assert_eq!(bounded_text("name", "Name", "  Ada  ", 10).unwrap(), "Ada");
    }

    #[test]
    fn refuses_blank_and_long_and_control() {
        assert_eq!(bounded_text("name", "Name", "   ", 10).unwrap_err().message, "Name cannot be empty.");
        assert!(bounded_text("name", "Name", "abcdefghijk", 10).unwrap_err().message.contains("too long"));
        assert!(bounded_text("name", "Name", "a\u{0007}b", 10).is_err());
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(bounded_text("name", "Name", "ééééé", 5).is_ok());
    }
}
