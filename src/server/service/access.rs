//! Who may do what inside their organisation. Every helper takes the caller
//! and scopes by the caller's organisation, so an id from elsewhere is simply
//! "not found".

use crate::domain::account::PersonRef;
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId};
use crate::domain::msg::Msg;
use crate::domain::org::Role;
use crate::domain::views::{PersonChoices, CANDIDATE_LIST};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::msg;
use crate::server::store::objectives::{self, ObjectiveRow};
use crate::server::store::orgs;
use crate::server::store::teams::{self, TeamRow};
use sqlx::AnyConnection;

/// A signed-in person, with no organisation necessarily chosen (from
/// `sessions::person`).
#[derive(Debug, Clone)]
pub struct Person {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    /// The hash of their session's token.
    pub session: String,
    pub org_id: Option<OrgId>,
    /// The organisation whose provider signed this session in (none: a password).
    pub sso_org: Option<OrgId>,
    /// Whether the account has confirmed its e-mail address (see
    /// `service::confirmation`): until then it joins no other organisation.
    pub confirmed: bool,
    /// Their role in `org_id` and whether it requires single sign-on, read
    /// with the session (none: not a member there any more).
    pub entry: Option<(Role, bool)>,
}

/// A signed-in person acting inside one organisation: what every service
/// takes to authorise and to scope its queries (from `sessions::member`, or
/// an API token's owner).
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub org_id: OrgId,
    pub role: Role,
}

pub fn require_lead(caller: &Caller) -> Result<(), AppError> {
    if caller.role.can_lead() {
        Ok(())
    } else {
        Err(AppError::forbidden(msg!("forbidden-only-leaders-admins-do")))
    }
}

pub fn require_admin(caller: &Caller) -> Result<(), AppError> {
    if caller.role.is_admin() {
        Ok(())
    } else {
        Err(AppError::forbidden(msg!("forbidden-only-owners-admins-do")))
    }
}

/// A team of the caller's organisation.
pub async fn team(conn: &mut AnyConnection, caller: &Caller, team: TeamId) -> Result<TeamRow, AppError> {
    teams::get(&mut *conn, caller.org_id, team).await?.ok_or_else(|| AppError::not_found(msg!("what-team")))
}

/// A team the caller is in; `refusal(team name)` says what only its members may do.
pub async fn own_team(
    conn: &mut AnyConnection,
    caller: &Caller,
    id: TeamId,
    refusal: impl FnOnce(&str) -> Msg,
) -> Result<TeamRow, AppError> {
    let t = team(conn, caller, id).await?;
    if !is_in_team(conn, caller, id).await? {
        return Err(AppError::Forbidden(refusal(&t.name)));
    }
    Ok(t)
}

/// A team whose work may change: an archived team's objectives, check-ins,
/// PPPs, reflections, boosts and members stay as they were until it is restored.
pub async fn active_team(conn: &mut AnyConnection, caller: &Caller, id: TeamId) -> Result<TeamRow, AppError> {
    let t = team(conn, caller, id).await?;
    if t.archived() {
        return Err(AppError::Conflict(msg!("conflict-team-archived", team = t.name.as_str())));
    }
    Ok(t)
}

pub async fn is_in_team(conn: &mut AnyConnection, caller: &Caller, team: TeamId) -> Result<bool, AppError> {
    teams::is_member(conn, caller.org_id, team, caller.user_id).await
}

pub async fn objective(conn: &mut AnyConnection, caller: &Caller, id: ObjectiveId) -> Result<ObjectiveRow, AppError> {
    objectives::get(conn, caller.org_id, id).await?.ok_or_else(|| AppError::not_found(msg!("what-objective")))
}

/// Whether the caller may edit and check in on this objective: leaders (and
/// the owner) for wave objectives, the team's members for team objectives.
pub async fn may_change(conn: &mut AnyConnection, caller: &Caller, o: &ObjectiveRow) -> Result<bool, AppError> {
    Ok(match o.team_id {
        None => caller.role.can_lead() || o.owner_id == Some(caller.user_id),
        Some(team) => is_in_team(conn, caller, team).await?,
    })
}

/// The member a form names (see `PersonRef`), if it names one: an id must
/// be a member of this organisation, an address must be one of its members'.
pub async fn member(conn: &mut AnyConnection, org: OrgId, field: &str, person: &PersonRef) -> Result<Option<UserId>, AppError> {
    match person {
        PersonRef::Nobody => Ok(None),
        PersonRef::Email(email) => {
            let found = orgs::member_by_email(&mut *conn, org, email).await?;
            found.map(Some).ok_or_else(|| ValidationError::new(field, msg!("invalid-nobody-e-mail-address")).into())
        }
        PersonRef::Id(id) => {
            orgs::role_of(conn, org, *id).await?.ok_or_else(|| AppError::not_found(msg!("what-person")))?;
            Ok(Some(*id))
        }
    }
}

/// What a form offers to choose a person from: everyone while the
/// organisation is small, an e-mail address field (with `current`'s address) above that.
pub async fn person_choices(conn: &mut AnyConnection, org: OrgId, current: Option<UserId>) -> Result<PersonChoices, AppError> {
    let (members, _) = orgs::counts(&mut *conn, org).await?;
    if members as usize <= CANDIDATE_LIST {
        return Ok(PersonChoices::List(orgs::members(&mut *conn, org).await?));
    }
    Ok(PersonChoices::ByEmail(match current {
        Some(user) => orgs::email_of(conn, org, user).await?,
        None => None,
    }))
}
