//! Organisation rules: roles, who may change whom, teams, invites.

use super::ids::TeamId;
use super::msg::Msg;
use super::validation::{bounded_text, ValidationError};
use crate::msg;
use serde::{Deserialize, Serialize};

/// A team as other pages name and link it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRef {
    pub id: TeamId,
    pub name: String,
}

/// A member's role in one organisation. Ordered from most to least power.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Owner,
    Admin,
    Leader,
    Member,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Owner, Role::Admin, Role::Leader, Role::Member];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Leader => "leader",
            Role::Member => "member",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        Role::ALL.into_iter().find(|r| r.as_str() == raw.trim()).ok_or_else(|| ValidationError::new("role", msg!("invalid-role")))
    }

    /// Owners and admins run the workspace: members, teams, invites.
    pub fn is_admin(self) -> bool {
        matches!(self, Role::Owner | Role::Admin)
    }

    /// Leaders (and admins) set the organisation's objectives for a wave.
    pub fn can_lead(self) -> bool {
        self != Role::Member
    }
}

/// Why a membership change was refused. Kept apart from validation errors
/// because these are permission decisions, answered with 403.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MembershipRefusal {
    NotAdmin,
    OnlyOwnerMayTouchOwners,
    LastOwner,
}

impl MembershipRefusal {
    pub fn msg(&self) -> crate::domain::msg::Msg {
        match self {
            MembershipRefusal::NotAdmin => msg!("forbidden-members-not-admin"),
            MembershipRefusal::OnlyOwnerMayTouchOwners => msg!("forbidden-owners-only"),
            MembershipRefusal::LastOwner => msg!("forbidden-last-owner"),
        }
    }
}

/// May `actor` change `target`'s role from `current` to `new`, given how many
/// owners the organisation has? Pure so both the UI and the server agree.
pub fn check_role_change(actor: Role, current: Role, new: Role, owners: usize) -> Result<(), MembershipRefusal> {
    if !actor.is_admin() {
        return Err(MembershipRefusal::NotAdmin);
    }
    if (current == Role::Owner || new == Role::Owner) && actor != Role::Owner {
        return Err(MembershipRefusal::OnlyOwnerMayTouchOwners);
    }
    if current == Role::Owner && new != Role::Owner && owners <= 1 {
        return Err(MembershipRefusal::LastOwner);
    }
    Ok(())
}

/// May `actor` remove a member whose role is `target`?
pub fn check_removal(actor: Role, target: Role, owners: usize) -> Result<(), MembershipRefusal> {
    if !actor.is_admin() {
        return Err(MembershipRefusal::NotAdmin);
    }
    if target == Role::Owner && actor != Role::Owner {
        return Err(MembershipRefusal::OnlyOwnerMayTouchOwners);
    }
    if target == Role::Owner && owners <= 1 {
        return Err(MembershipRefusal::LastOwner);
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct TeamName(String);

impl TryFrom<String> for TeamName {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl TeamName {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("name", msg!("label-team-name"), raw, 60).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Invite links stop working after this many days.
/// A change of who belongs where, as the membership log shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MembershipEventKind {
    Joined,
    Left,
    Role,
    TeamJoined,
    TeamLeft,
}

impl MembershipEventKind {
    pub const ALL: [Self; 5] = [Self::Joined, Self::Left, Self::Role, Self::TeamJoined, Self::TeamLeft];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Joined => "joined",
            Self::Left => "left",
            Self::Role => "role",
            Self::TeamJoined => "team_joined",
            Self::TeamLeft => "team_left",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How someone joined when it was not through an invite link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum JoinedVia {
    /// Their first sign-in through the organisation's provider.
    Sso,
    /// The organisation's identity provider provisioned them (SCIM).
    Scim,
}

impl JoinedVia {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sso => "sso",
            Self::Scim => "scim",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Sso, Self::Scim].into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipEvent {
    /// Seconds since the epoch.
    pub at: i64,
    pub kind: MembershipEventKind,
    pub person: String,
    pub team: Option<String>,
    /// The new role, for role changes.
    pub role: Option<Role>,
    /// Who made the change, when it was not the person.
    pub by: Option<String>,
    /// How they joined, when not by an invite link.
    pub via: Option<JoinedVia>,
}

impl MembershipEvent {
    /// One line for the log, e.g. "Ana joined the team Core (by Olivia)".
    pub fn sentence(&self) -> Msg {
        let person = self.person.clone();
        let what = match (self.kind, self.via) {
            (MembershipEventKind::Joined, Some(JoinedVia::Sso)) => msg!("membership-joined-sso", person = person),
            (MembershipEventKind::Joined, Some(JoinedVia::Scim)) => msg!("membership-joined-scim", person = person),
            (MembershipEventKind::Joined, None) => msg!("membership-joined", person = person),
            (MembershipEventKind::Left, Some(JoinedVia::Scim)) => msg!("membership-left-scim", person = person),
            (MembershipEventKind::Left, _) => msg!("membership-left", person = person),
            (MembershipEventKind::Role, _) => {
                msg!("membership-role", person = person, role = self.role.unwrap_or(Role::Member).as_str())
            }
            (MembershipEventKind::TeamJoined, _) => match &self.team {
                Some(team) => msg!("membership-team-joined", person = person, team = team),
                None => msg!("membership-a-team-joined", person = person),
            },
            (MembershipEventKind::TeamLeft, _) => match &self.team {
                Some(team) => msg!("membership-team-left", person = person, team = team),
                None => msg!("membership-a-team-left", person = person),
            },
        };
        match &self.by {
            Some(by) => msg!("membership-by", what = what, by = by),
            None => what,
        }
    }
}

pub const INVITE_VALID_DAYS: i64 = 7;
/// A link for several people lasts a day: made-up accounts need a link that
/// stays open, so a wide one is kept short.
pub const GROUP_INVITE_VALID_HOURS: i64 = 24;
pub const MAX_INVITE_USES: u32 = 100;

/// How many people may join with one invite link: 1 unless an admin says
/// more. Returns (uses, seconds the link is valid).
pub fn parse_invite_uses(raw: &str) -> Result<(u32, i64), ValidationError> {
    let raw = raw.trim();
    let uses = if raw.is_empty() { 1 } else { raw.parse::<u32>().unwrap_or(0) };
    if !(1..=MAX_INVITE_USES).contains(&uses) {
        return Err(ValidationError::new("uses", msg!("invalid-invite-uses", max = MAX_INVITE_USES)));
    }
    let valid = if uses == 1 { INVITE_VALID_DAYS * 86_400 } else { GROUP_INVITE_VALID_HOURS * 3600 };
    Ok((uses, valid))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InviteState {
    Usable,
    Expired,
    Revoked,
    UsedUp,
}

/// The state of an invite at `now` (all times in seconds since the epoch).
pub fn invite_state(expires_at: i64, revoked: bool, uses_left: i64, now: i64) -> InviteState {
    if revoked {
        InviteState::Revoked
    } else if uses_left <= 0 {
        InviteState::UsedUp
    } else if now >= expires_at {
        InviteState::Expired
    } else {
        InviteState::Usable
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn role_round_trips() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()).unwrap(), r);
        }
        assert!(Role::parse("emperor").is_err());
    }

    #[test]
    fn members_cannot_change_anyone() {
        assert_eq!(check_role_change(Role::Member, Role::Member, Role::Leader, 1), Err(MembershipRefusal::NotAdmin));
        assert_eq!(check_role_change(Role::Leader, Role::Member, Role::Leader, 1), Err(MembershipRefusal::NotAdmin));
    }

    #[test]
    fn admins_manage_non_owners_only() {
        assert!(check_role_change(Role::Admin, Role::Member, Role::Leader, 1).is_ok());
        assert_eq!(check_role_change(Role::Admin, Role::Member, Role::Owner, 1), Err(MembershipRefusal::OnlyOwnerMayTouchOwners));
        assert_eq!(check_removal(Role::Admin, Role::Owner, 2), Err(MembershipRefusal::OnlyOwnerMayTouchOwners));
        assert!(check_removal(Role::Admin, Role::Leader, 1).is_ok());
    }

    #[test]
    fn last_owner_is_kept() {
        assert_eq!(check_role_change(Role::Owner, Role::Owner, Role::Admin, 1), Err(MembershipRefusal::LastOwner));
        assert!(check_role_change(Role::Owner, Role::Owner, Role::Admin, 2).is_ok());
        assert_eq!(check_removal(Role::Owner, Role::Owner, 1), Err(MembershipRefusal::LastOwner));
        assert!(check_removal(Role::Owner, Role::Owner, 2).is_ok());
    }

    #[test]
    fn invite_states() {
        assert_eq!(invite_state(100, false, 1, 99), InviteState::Usable);
        assert_eq!(invite_state(100, false, 1, 100), InviteState::Expired);
        assert_eq!(invite_state(100, true, 1, 50), InviteState::Revoked);
        assert_eq!(invite_state(100, false, 0, 50), InviteState::UsedUp);
    }

    #[test]
    fn invite_links_are_single_use_unless_asked_and_wide_ones_are_short() {
        assert_eq!(parse_invite_uses("").unwrap(), (1, 7 * 86_400));
        assert_eq!(parse_invite_uses(" 1 ").unwrap(), (1, 7 * 86_400));
        assert_eq!(parse_invite_uses("12").unwrap(), (12, 24 * 3600));
        for bad in ["0", "-3", "101", "two", "1.5"] {
            assert_eq!(parse_invite_uses(bad).unwrap_err().field, "uses", "{bad}");
        }
    }

    fn any_role() -> impl Strategy<Value = Role> {
        prop::sample::select(Role::ALL.to_vec())
    }

    proptest! {
        /// Whatever the change, an organisation never ends up without an owner.
        #[test]
        fn never_zero_owners(actor in any_role(), current in any_role(), new in any_role(), owners in 1usize..4) {
            if check_role_change(actor, current, new, owners).is_ok() {
                let after = owners - usize::from(current == Role::Owner) + usize::from(new == Role::Owner);
                prop_assert!(after >= 1);
            }
            if check_removal(actor, current, owners).is_ok() {
                prop_assert!(owners - usize::from(current == Role::Owner) >= 1);
            }
        }
    }
}
