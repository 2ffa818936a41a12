//! Boost requests: a team asks another team (or anyone) for help. The state
//! machine lives here so every rule is checked the same way everywhere.

use super::ids::{optional_id, required_id, BoostId, ObjectiveId, PppItemId, TeamId, UserId};
use super::validation::{bounded_text, ValidationError};
use crate::domain::msg::Msg;
use crate::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BoostState {
    Open,
    Accepted,
    Done,
    Declined,
    Withdrawn,
}

impl BoostState {
    pub const ALL: [BoostState; 5] =
        [BoostState::Open, BoostState::Accepted, BoostState::Done, BoostState::Declined, BoostState::Withdrawn];

    pub fn as_str(self) -> &'static str {
        match self {
            BoostState::Open => "open",
            BoostState::Accepted => "accepted",
            BoostState::Done => "done",
            BoostState::Declined => "declined",
            BoostState::Withdrawn => "withdrawn",
        }
    }

    /// The state's name as a badge shows it ("In flight").
    pub fn name(self) -> Msg {
        match self {
            BoostState::Open => msg!("boost-state-open"),
            BoostState::Accepted => msg!("boost-state-accepted"),
            BoostState::Done => msg!("boost-state-done"),
            BoostState::Declined => msg!("boost-state-declined"),
            BoostState::Withdrawn => msg!("boost-state-withdrawn"),
        }
    }

    /// The state as a word inside a sentence ("a boost that is in flight").
    pub fn word(self) -> Msg {
        match self {
            BoostState::Open => msg!("boost-state-word-open"),
            BoostState::Accepted => msg!("boost-state-word-accepted"),
            BoostState::Done => msg!("boost-state-word-done"),
            BoostState::Declined => msg!("boost-state-word-declined"),
            BoostState::Withdrawn => msg!("boost-state-word-withdrawn"),
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        BoostState::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    pub fn is_finished(self) -> bool {
        matches!(self, BoostState::Done | BoostState::Declined | BoostState::Withdrawn)
    }
}

/// Who is involved in a boost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parties {
    pub requester: TeamId,
    /// `None`: anyone may help.
    pub asked: Option<TeamId>,
    /// The team that accepted, once accepted.
    pub helper: Option<TeamId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `team` takes the boost on.
    Accept {
        team: TeamId,
    },
    Complete,
    Decline,
    Withdraw,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not possible from this state (409).
    Illegal(Msg),
    /// Not this person's call (403).
    NotYours(Msg),
}

/// Checks `action` by someone in `actor_teams` on a boost in `state`;
/// returns the new state.
pub fn apply(state: BoostState, action: Action, parties: Parties, actor_teams: &[TeamId]) -> Result<BoostState, Refusal> {
    let in_team = |t: TeamId| actor_teams.contains(&t);
    let illegal = |what: Msg| Err(Refusal::Illegal(msg!("conflict-boost-illegal", state = state.word(), action = what)));
    match action {
        Action::Accept { team } => {
            if state != BoostState::Open {
                return illegal(msg!("boost-action-word-accepted"));
            }
            if !in_team(team) {
                return Err(Refusal::NotYours(msg!("forbidden-boost-accept-own-team")));
            }
            match parties.asked {
                Some(asked) if asked != team => Err(Refusal::NotYours(msg!("forbidden-boost-accept-asked"))),
                None if team == parties.requester => Err(Refusal::NotYours(msg!("forbidden-boost-itself"))),
                _ => Ok(BoostState::Accepted),
            }
        }
        Action::Complete => {
            if state != BoostState::Accepted {
                return illegal(msg!("boost-action-word-done"));
            }
            if parties.helper.is_some_and(in_team) || in_team(parties.requester) {
                Ok(BoostState::Done)
            } else {
                Err(Refusal::NotYours(msg!("forbidden-boost-complete")))
            }
        }
        Action::Decline => {
            if state != BoostState::Open {
                return illegal(msg!("boost-action-word-declined"));
            }
            match parties.asked {
                None => Err(Refusal::Illegal(msg!("conflict-boost-decline-open"))),
                Some(asked) if in_team(asked) => Ok(BoostState::Declined),
                Some(_) => Err(Refusal::NotYours(msg!("forbidden-boost-decline"))),
            }
        }
        Action::Withdraw => {
            if !matches!(state, BoostState::Open | BoostState::Accepted) {
                return illegal(msg!("boost-action-word-withdrawn"));
            }
            if in_team(parties.requester) {
                Ok(BoostState::Withdrawn)
            } else {
                Err(Refusal::NotYours(msg!("forbidden-boost-withdraw")))
            }
        }
    }
}

pub fn parse_need(raw: &str) -> Result<String, ValidationError> {
    bounded_text("need", msg!("label-need"), raw, 1000)
}

/// The optional "needed by" date of a new boost: blank, or a day from `today` on.
pub fn parse_needed_by(raw: &str, today: NaiveDate) -> Result<Option<NaiveDate>, ValidationError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let day = super::wave::parse_date("needed_by", msg!("label-date"), raw)?;
    if day < today {
        return Err(ValidationError::new("needed_by", msg!("invalid-needed-by-past")));
    }
    Ok(Some(day))
}

pub fn parse_reason(raw: &str) -> Result<String, ValidationError> {
    bounded_text("reason", msg!("label-decline-reason"), raw, 500).map_err(|e| {
        if raw.trim().is_empty() {
            ValidationError::new("reason", msg!("invalid-decline-reason-missing"))
        } else {
            e
        }
    })
}

/// A request for a boost, checked as far as its words alone allow (the
/// service checks the teams and the problem against the organisation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoostRequest {
    pub objective: ObjectiveId,
    /// `None`: anyone may take it on.
    pub to_team: Option<TeamId>,
    pub need: String,
    pub needed_by: Option<NaiveDate>,
    /// The team's PPP problem it answers, if any.
    pub problem_item: Option<PppItemId>,
}

impl BoostRequest {
    /// From the "ask for a boost" form; `today` bounds the date.
    pub fn parse(
        objective: ObjectiveId,
        to_team: &str,
        need: &str,
        needed_by: &str,
        problem_item: &str,
        today: NaiveDate,
    ) -> Result<Self, ValidationError> {
        Ok(Self {
            objective,
            to_team: optional_id("to_team_id", msg!("invalid-team-choice"), to_team)?,
            need: parse_need(need)?,
            needed_by: parse_needed_by(needed_by, today)?,
            problem_item: optional_id("problem_item_id", msg!("invalid-problem-choice"), problem_item)?,
        })
    }
}

/// What someone does to a boost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoostStep {
    /// `team` takes it on, with `helper` as the person who helps.
    Accept {
        team: TeamId,
        helper: UserId,
    },
    Complete,
    Decline {
        reason: String,
    },
    Withdraw,
}

impl BoostStep {
    /// From a boost's action buttons: `accept` (with the team and the
    /// helper), `complete`, `decline` (with a reason) or `withdraw`.
    pub fn parse(action: &str, team: &str, helper: &str, reason: &str) -> Result<Self, ValidationError> {
        Ok(match action {
            "accept" => BoostStep::Accept {
                team: required_id("team_id", msg!("invalid-helping-team"), team)?,
                helper: required_id("helper_id", msg!("invalid-helper"), helper)?,
            },
            "complete" => BoostStep::Complete,
            "decline" => BoostStep::Decline { reason: parse_reason(reason)? },
            "withdraw" => BoostStep::Withdraw,
            other => return Err(ValidationError::new("action", msg!("invalid-boost-action", action = other))),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostEvent {
    pub state: BoostState,
    pub actor: String,
    pub note: Option<String>,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostView {
    pub id: BoostId,
    pub state: BoostState,
    pub from_team: super::org::TeamRef,
    pub to_team: Option<super::org::TeamRef>,
    pub objective: Option<(ObjectiveId, String)>,
    pub need: String,
    pub needed_by: Option<chrono::NaiveDate>,
    pub helper_team: Option<super::org::TeamRef>,
    pub helper: Option<String>,
    pub decline_reason: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: TeamId = TeamId(1);
    const B: TeamId = TeamId(2);
    const C: TeamId = TeamId(3);

    #[test]
    fn only_a_done_boost_offers_its_own_team_to_mark_the_problem_solved() {
        let p = BoostProblem { item_id: PppItemId(1), text: "x".into(), resolved: false, theirs: true };
        assert!(p.offer_to_solve(BoostState::Done));
        assert!(BoostState::ALL.iter().filter(|s| **s != BoostState::Done).all(|s| !p.offer_to_solve(*s)));
        assert!(!BoostProblem { resolved: true, ..p.clone() }.offer_to_solve(BoostState::Done), "already solved");
        assert!(!BoostProblem { theirs: false, ..p }.offer_to_solve(BoostState::Done), "another team's problem");
    }

    fn asked_b() -> Parties {
        Parties { requester: A, asked: Some(B), helper: None }
    }

    #[test]
    fn the_board_keeps_what_is_live_and_two_weeks_of_finished_boosts() {
        let boost = |state, updated_at| BoostView {
            id: BoostId(1),
            state,
            from_team: crate::domain::org::TeamRef { id: A, name: "A".into() },
            to_team: None,
            objective: None,
            need: "Help".into(),
            needed_by: None,
            helper_team: None,
            helper: None,
            decline_reason: None,
            created_at: 0,
            updated_at,
        };
        let now = 100 * 86_400;
        assert!(on_board(&boost(BoostState::Open, 0), now), "open ones stay however old");
        assert!(on_board(&boost(BoostState::Accepted, 0), now));
        assert!(on_board(&boost(BoostState::Done, now - FINISHED_ON_BOARD_SECS), now));
        assert!(!on_board(&boost(BoostState::Done, now - FINISHED_ON_BOARD_SECS - 1), now));
        assert!(!on_board(&boost(BoostState::Declined, 0), now));
        assert!(!on_board(&boost(BoostState::Withdrawn, 0), now));
    }

    #[test]
    fn the_happy_path() {
        let s = apply(BoostState::Open, Action::Accept { team: B }, asked_b(), &[B]).unwrap();
        assert_eq!(s, BoostState::Accepted);
        let accepted = Parties { helper: Some(B), ..asked_b() };
        assert_eq!(apply(s, Action::Complete, accepted, &[B]), Ok(BoostState::Done));
        assert_eq!(apply(s, Action::Complete, accepted, &[A]), Ok(BoostState::Done), "the asking team may close it too");
    }

    #[test]
    fn who_may_do_what() {
        assert!(matches!(apply(BoostState::Open, Action::Accept { team: C }, asked_b(), &[C]), Err(Refusal::NotYours(_))));
        assert!(matches!(apply(BoostState::Open, Action::Accept { team: B }, asked_b(), &[C]), Err(Refusal::NotYours(_))));
        let anyone = Parties { requester: A, asked: None, helper: None };
        assert_eq!(apply(BoostState::Open, Action::Accept { team: C }, anyone, &[C]), Ok(BoostState::Accepted));
        assert!(matches!(apply(BoostState::Open, Action::Accept { team: A }, anyone, &[A]), Err(Refusal::NotYours(_))));
        assert!(matches!(apply(BoostState::Open, Action::Withdraw, asked_b(), &[B]), Err(Refusal::NotYours(_))));
        assert_eq!(apply(BoostState::Open, Action::Withdraw, asked_b(), &[A]), Ok(BoostState::Withdrawn));
        assert!(matches!(apply(BoostState::Open, Action::Decline, asked_b(), &[A]), Err(Refusal::NotYours(_))));
        assert_eq!(apply(BoostState::Open, Action::Decline, asked_b(), &[B]), Ok(BoostState::Declined));
        assert!(matches!(apply(BoostState::Open, Action::Decline, anyone, &[C]), Err(Refusal::Illegal(_))));
    }

    /// Every transition not in the lifecycle is refused, whoever asks.
    #[test]
    fn every_illegal_transition_is_refused() {
        let everyone = [A, B, C];
        let parties = Parties { requester: A, asked: Some(B), helper: Some(B) };
        let legal = [
            (BoostState::Open, "accept"),
            (BoostState::Open, "decline"),
            (BoostState::Open, "withdraw"),
            (BoostState::Accepted, "complete"),
            (BoostState::Accepted, "withdraw"),
        ];
        for state in BoostState::ALL {
            for (name, action) in [
                ("accept", Action::Accept { team: B }),
                ("complete", Action::Complete),
                ("decline", Action::Decline),
                ("withdraw", Action::Withdraw),
            ] {
                let result = apply(state, action, parties, &everyone);
                if legal.contains(&(state, name)) {
                    assert!(result.is_ok(), "{state:?} {name} should be allowed");
                } else {
                    assert!(matches!(result, Err(Refusal::Illegal(_))), "{state:?} {name} should be illegal, got {result:?}");
                }
            }
        }
    }

    #[test]
    fn needed_by_is_today_or_later() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(parse_needed_by(" ", today).unwrap(), None);
        assert_eq!(parse_needed_by("2026-03-02", today).unwrap(), Some(today));
        assert!(parse_needed_by("2026-03-01", today).unwrap_err().message.to_string().contains("in the past"));
        assert_eq!(parse_needed_by("soon", today).unwrap_err().field, "needed_by");
    }

    #[test]
    fn texts() {
        assert!(parse_need(" ").is_err());
        assert!(parse_reason("").unwrap_err().message.to_string().contains("Say why"));
    }
}

/// The boost board and what the "ask for a boost" form offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostBoard {
    pub boosts: Vec<BoostView>,
    pub teams: Vec<super::org::TeamRef>,
    pub team_filter: Option<TeamId>,
    /// Objectives of the caller's teams in the current wave: (objective, "Team — title").
    pub objectives: Vec<(ObjectiveId, String)>,
    /// A PPP problem to turn into a boost: (item id, text).
    pub problem: Option<(PppItemId, String)>,
    /// Seconds since the epoch, for "open longer than a week".
    pub now: i64,
}

/// A person who can be named as the helper.
pub type Helper = (super::ids::UserId, String);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostDetail {
    pub boost: BoostView,
    pub history: Vec<BoostEvent>,
    /// Teams the caller may accept for, with the people who could help.
    pub accept_as: Vec<(super::org::TeamRef, Vec<Helper>)>,
    pub can_complete: bool,
    pub can_decline: bool,
    pub can_withdraw: bool,
    /// The PPP problem the boost was asked for, if it came from one.
    pub problem: Option<BoostProblem>,
}

/// The PPP problem behind a boost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostProblem {
    pub item_id: PppItemId,
    pub text: String,
    pub resolved: bool,
    /// The caller is in the team whose problem it is (only they mark it solved).
    pub theirs: bool,
}

impl BoostProblem {
    /// A done boost offers its team to mark the problem solved: it stays
    /// under "Open problems" until someone says the help fixed it.
    pub fn offer_to_solve(&self, state: BoostState) -> bool {
        state == BoostState::Done && !self.resolved && self.theirs
    }
}

/// Finished boosts stay on the board this long after their last change.
pub const FINISHED_ON_BOARD_SECS: i64 = 14 * 86_400;

/// Whether a boost is on the board: open, in flight, or finished in the last
/// two weeks (older ones stay on their pages and in the export).
pub fn on_board(b: &BoostView, now: i64) -> bool {
    !b.state.is_finished() || b.updated_at >= board_cutoff(now)
}

/// The oldest last change of a finished boost still on the board at `now`.
pub fn board_cutoff(now: i64) -> i64 {
    now - FINISHED_ON_BOARD_SECS
}

/// Open for more than a week: shown as stale on the board and dashboard.
pub fn is_stale(b: &BoostView, now: i64) -> bool {
    b.state == BoostState::Open && now - b.created_at > 7 * 86_400
}
