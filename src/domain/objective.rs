//! Objectives: the org-level ones leaders set for a wave, and the team ones
//! aligned to them.

use super::validation::{bounded_text, ValidationError};

pub fn parse_title(raw: &str) -> Result<String, ValidationError> {
    bounded_text("title", "The objective's title", raw, 140)
}

/// The "why" of a wave objective: what it is for.
pub fn parse_why(raw: &str) -> Result<String, ValidationError> {
    bounded_text("why", "The why", raw, 2000).map_err(|e| {
        if raw.trim().is_empty() {
            ValidationError::new("why", "Say why this objective matters: teams align to the why, not just the title.")
        } else {
            e
        }
    })
}

/// How a team objective contributes to the wave objective it aligns to.
pub fn parse_rationale(raw: &str) -> Result<String, ValidationError> {
    bounded_text("rationale", "The alignment rationale", raw, 2000).map_err(|e| {
        if raw.trim().is_empty() {
            ValidationError::new(
                "rationale",
                "Explain how this objective contributes to the wave objective: the alignment rationale is required.",
            )
        } else {
            e
        }
    })
}

pub fn parse_note(raw: &str) -> Result<Option<String>, ValidationError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    bounded_text("note", "The note", t, 1000).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rationale_is_required_with_a_helpful_message() {
        let e = parse_rationale("   ").unwrap_err();
        assert_eq!(e.field, "rationale");
        assert!(e.message.contains("alignment rationale is required"));
        assert_eq!(parse_rationale(" Because ").unwrap(), "Because");
    }

    #[test]
    fn why_and_title_and_note() {
        assert!(parse_why("").unwrap_err().message.contains("Say why"));
        assert!(parse_title(&"x".repeat(141)).is_err());
        assert_eq!(parse_note("  ").unwrap(), None);
        assert_eq!(parse_note(" ok ").unwrap().as_deref(), Some("ok"));
    }
}
