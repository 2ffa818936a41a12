//! Read models: what the server sends to pages. Plain data, no behaviour.

use super::ids::{InviteId, OrgId, TeamId, UserId};
use super::msg::Msg;
use super::org::Role;
use serde::{Deserialize, Serialize};

/// The signed-in person and the organisation they are working in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub org_id: OrgId,
    pub org_name: String,
    pub role: Role,
    /// Every organisation this person belongs to, for the switcher.
    pub orgs: Vec<OrgChoice>,
    /// Whether the account has confirmed its e-mail address (pages ask
    /// those who have not to open the link sent to them).
    pub confirmed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgChoice {
    pub org_id: OrgId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSummary {
    pub id: TeamId,
    pub name: String,
    pub archived: bool,
    pub member_count: i64,
    /// Whether the person asking is in this team.
    pub is_mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamDetail {
    pub id: TeamId,
    pub name: String,
    pub archived: bool,
    pub members: Vec<MemberView>,
    /// Organisation members not yet in the team, for admins, while there
    /// are at most [`CANDIDATE_LIST`] of them (else they are named by e-mail).
    pub candidates: Vec<MemberView>,
    /// How many members are not in the team (0 for non-admins).
    pub outside: usize,
}

/// A page of the member directory (the admin page lists people 50 at a time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub people: Vec<MemberView>,
    /// Members matching `find` in all.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub find: String,
}

pub const MEMBER_PAGE: usize = 50;

/// How a form offers people to choose from: a list in a small organisation,
/// an e-mail address field in a large one (the server takes either).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonChoices {
    List(Vec<MemberView>),
    /// The address of whoever is chosen now, if anyone.
    ByEmail(Option<String>),
}

impl Default for PersonChoices {
    fn default() -> Self {
        PersonChoices::List(Vec::new())
    }
}

/// Above this many people to choose from, the team page asks for an e-mail
/// address instead of listing everyone (10,000 options would make the page megabytes).
pub const CANDIDATE_LIST: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Seconds since the epoch.
    pub at: i64,
    pub actor: String,
    /// What they did, said after their name: "made Ana admin".
    pub action: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InviteView {
    pub id: InviteId,
    pub created_by: String,
    /// Seconds since the epoch.
    pub expires_at: i64,
    /// How many more people may join with it.
    pub uses_left: u32,
}

/// A freshly made invite: the only time the secret link is ever shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewInvite {
    pub path: String,
    pub expires_at: i64,
}

/// What someone opening an invite link sees before joining.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitePreview {
    pub org_name: String,
    pub invited_by: String,
    /// Set when the visitor is signed in: lets the page offer "join" directly.
    pub signed_in_as: Option<String>,
    pub already_member: bool,
}

/// What the home page needs to tell a new organisation what to do first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgOverview {
    pub member_count: i64,
    pub team_count: i64,
    pub my_teams: Vec<TeamSummary>,
}
