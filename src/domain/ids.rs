//! Typed ids so a team id can never be passed where a user id is expected,
//! and the one way a form's id field is read.

use super::msg::Msg;
use super::validation::ValidationError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map($name)
            }
        }
    )*};
}

id_type!(
    UserId,
    OrgId,
    TeamId,
    InviteId,
    WaveId,
    ObjectiveId,
    KeyResultId,
    BoostId,
    PppUpdateId,
    PppItemId,
    SurveyId,
    ImportId,
    ProposalId
);

/// Reads an id a form sent as text (a `<select>` or hidden field): blank means
/// none; anything that is not an id is refused with `message` on `field`.
pub fn optional_id<T: FromStr>(field: &str, message: Msg, raw: &str) -> Result<Option<T>, ValidationError> {
    match raw.trim() {
        "" => Ok(None),
        raw => raw.parse().map(Some).map_err(|_| ValidationError::new(field, message)),
    }
}

/// Like [`optional_id`], but blank is refused too.
pub fn required_id<T: FromStr>(field: &str, message: Msg, raw: &str) -> Result<T, ValidationError> {
    optional_id(field, message.clone(), raw)?.ok_or_else(|| ValidationError::new(field, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_ids() {
        assert_eq!(optional_id::<TeamId>("team_id", Msg::Said("Choose a team.".into()), " 7 ").unwrap(), Some(TeamId(7)));
        assert_eq!(optional_id::<TeamId>("team_id", Msg::Said("Choose a team.".into()), "  ").unwrap(), None);
        let e = optional_id::<TeamId>("team_id", Msg::Said("Choose a team.".into()), "seven").unwrap_err();
        assert_eq!((e.field.as_str(), e.message.to_string().as_str()), ("team_id", "Choose a team."));
        assert!(required_id::<UserId>("helper_id", Msg::Said("Name the helper.".into()), "").is_err());
        assert_eq!(required_id::<UserId>("helper_id", Msg::Said("Name the helper.".into()), "3").unwrap(), UserId(3));
    }
}
