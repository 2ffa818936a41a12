//! Objectives: the org-level ones leaders set for a wave, and the team ones
//! aligned to them.

use super::divergence::Divergence;
use super::ids::{ObjectiveId, ProposalId, UserId};
use super::key_result::{KrDetail, KrView};
use super::msg::Msg;
use super::org::TeamRef;
use super::validation::{bounded_text, ValidationError};
use super::views::PersonChoices;
use super::wave::{WaveClock, WaveSummary};
use crate::msg;
use serde::{Deserialize, Serialize};

pub fn parse_title(raw: &str) -> Result<String, ValidationError> {
    bounded_text("title", msg!("label-objective-title"), raw, 140)
}

/// The "why" of a wave objective: what it is for.
pub fn parse_why(raw: &str) -> Result<String, ValidationError> {
    bounded_text("why", msg!("label-why"), raw, 2000).map_err(|e| {
        if raw.trim().is_empty() {
            ValidationError::new("why", msg!("invalid-why-missing"))
        } else {
            e
        }
    })
}

/// What an objective is for, as an edit form sends it: the form edits wave
/// and team objectives alike and does not know which one it holds, while
/// the words of a refusal do (a wave objective's why, a team objective's
/// alignment rationale). So the text is parsed both ways at once, and the
/// service, which knows the objective, takes the one that applies.
#[derive(Debug, Clone)]
pub struct Purpose {
    why: Result<String, ValidationError>,
    rationale: Result<String, ValidationError>,
}

impl Purpose {
    pub fn parse(raw: &str) -> Self {
        Self { why: parse_why(raw), rationale: parse_rationale(raw) }
    }

    /// As a wave objective's why.
    pub fn why(self) -> Result<String, ValidationError> {
        self.why
    }

    /// As a team objective's alignment rationale.
    pub fn rationale(self) -> Result<String, ValidationError> {
        self.rationale
    }
}

/// How a team objective contributes to the wave objective it aligns to.
pub fn parse_rationale(raw: &str) -> Result<String, ValidationError> {
    bounded_text("rationale", msg!("label-rationale"), raw, 2000).map_err(|e| {
        if raw.trim().is_empty() {
            ValidationError::new("rationale", msg!("invalid-rationale-missing"))
        } else {
            e
        }
    })
}

/// A check-in's note: trimmed, not empty, at most 1,000 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A note as typed; blank means none.
pub fn parse_note(raw: &str) -> Result<Option<Note>, ValidationError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    bounded_text("note", msg!("label-note"), t, 1000).map(|n| Some(Note(n)))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveSummary {
    pub id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    pub parent_id: Option<ObjectiveId>,
    pub owner: Option<String>,
    /// Weighted mean of the key results' progress, 0–100.
    pub progress: f64,
    pub krs: Vec<KrView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveDetail {
    pub summary: ObjectiveSummary,
    pub wave: WaveSummary,
    /// The why (wave objective) or the alignment rationale (team objective).
    pub why: String,
    pub owner_id: Option<UserId>,
    pub parent: Option<(ObjectiveId, String)>,
    pub krs: Vec<KrDetail>,
    /// Team objectives aligned to this wave objective.
    pub aligned: Vec<ObjectiveSummary>,
    pub can_edit: bool,
    pub can_check_in: bool,
    /// People who can own a wave objective (filled when `can_edit`).
    pub owners: PersonChoices,
    /// The key results and this week's crowd disagree (active waves only).
    pub divergence: Option<Divergence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveDetail {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    pub objectives: Vec<ObjectiveSummary>,
    /// How many teams align to each wave objective, by id.
    pub aligned_teams: Vec<(ObjectiveId, i64)>,
    pub can_lead: bool,
    /// Who may own a new wave objective (filled when `can_lead`).
    pub owners: PersonChoices,
}

/// A team's objectives for the wave teams are currently planning or working in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPlan {
    pub wave: Option<WaveSummary>,
    pub objectives: Vec<ObjectiveSummary>,
    /// The wave objectives a new team objective can align to.
    pub parents: Vec<(ObjectiveId, String)>,
    pub is_member: bool,
    /// Objectives proposed to the team for an open wave (planned or
    /// active), waiting for the team to adopt or discard them.
    pub proposals: Vec<Proposal>,
}

/// A team objective a leader proposed when starting a wave from the last
/// one's structure: a draft for the team, not yet an objective. Adopting it
/// (with the team's own words) makes it one, aligned to `parent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: ProposalId,
    pub wave: String,
    /// The wave objective it aligns to, by title.
    pub parent: String,
    pub title: String,
    pub rationale: String,
    /// Each key result's title and range, worded.
    pub krs: Vec<(String, Msg)>,
    pub proposed_by: Option<String>,
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_purpose_is_refused_in_the_words_of_its_objective_kind() {
        let empty = Purpose::parse("   ");
        assert_eq!(empty.clone().why().unwrap_err().field, "why");
        assert!(empty.clone().why().unwrap_err().message.to_string().contains("teams align to the why"));
        assert_eq!(empty.clone().rationale().unwrap_err().field, "rationale");
        assert!(empty.rationale().unwrap_err().message.to_string().contains("alignment rationale is required"));
        let given = Purpose::parse("  Customers stay when onboarding is quick.  ");
        assert_eq!(given.clone().why().unwrap(), "Customers stay when onboarding is quick.");
        assert_eq!(given.rationale().unwrap(), "Customers stay when onboarding is quick.");
    }
    use super::*;

    #[test]
    fn rationale_is_required_with_a_helpful_message() {
        let e = parse_rationale("   ").unwrap_err();
        assert_eq!(e.field, "rationale");
        assert!(e.message.to_string().contains("alignment rationale is required"));
        assert_eq!(parse_rationale(" Because ").unwrap(), "Because");
    }

    #[test]
    fn why_and_title_and_note() {
        assert!(parse_why("").unwrap_err().message.to_string().contains("Say why"));
        assert!(parse_title(&"x".repeat(141)).is_err());
        assert_eq!(parse_note("  ").unwrap(), None);
        assert_eq!(parse_note(" ok ").unwrap().as_ref().map(Note::as_str), Some("ok"));
    }
}
