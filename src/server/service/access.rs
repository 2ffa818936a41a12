//! Who may do what inside their organisation. Every helper takes the caller
//! and scopes by the caller's organisation, so an id from elsewhere is simply
//! "not found".

use crate::domain::account::Email;
use crate::domain::ids::{optional_id, ObjectiveId, OrgId, TeamId, UserId};
use crate::domain::views::{PersonChoices, CANDIDATE_LIST};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::server::auth::Caller;
use crate::server::store::objectives::{self, ObjectiveRow};
use crate::server::store::orgs;
use crate::server::store::teams::{self, TeamRow};
use sqlx::AnyConnection;

pub fn require_lead(caller: &Caller) -> Result<(), AppError> {
    if caller.role.can_lead() {
        Ok(())
    } else {
        Err(AppError::forbidden("Only leaders and admins can do that."))
    }
}

pub fn require_admin(caller: &Caller) -> Result<(), AppError> {
    if caller.role.is_admin() {
        Ok(())
    } else {
        Err(AppError::forbidden("Only owners and admins can do that."))
    }
}

/// A team of the caller's organisation.
pub async fn team(conn: &mut AnyConnection, caller: &Caller, team: TeamId) -> Result<TeamRow, AppError> {
    teams::get(&mut *conn, caller.org_id, team).await?.ok_or_else(|| AppError::not_found("That team"))
}

/// A team the caller is in; `refusal(team name)` says what only its members may do.
pub async fn own_team(
    conn: &mut AnyConnection,
    caller: &Caller,
    id: TeamId,
    refusal: impl FnOnce(&str) -> String,
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
        return Err(AppError::Conflict(format!("{} is archived: restore it before changing its work.", t.name)));
    }
    Ok(t)
}

pub async fn is_in_team(conn: &mut AnyConnection, caller: &Caller, team: TeamId) -> Result<bool, AppError> {
    teams::is_member(conn, caller.org_id, team, caller.user_id).await
}

pub async fn objective(conn: &mut AnyConnection, caller: &Caller, id: ObjectiveId) -> Result<ObjectiveRow, AppError> {
    objectives::get(conn, caller.org_id, id).await?.ok_or_else(|| AppError::not_found("That objective"))
}

/// Whether the caller may edit and check in on this objective: leaders (and
/// the owner) for wave objectives, the team's members for team objectives.
pub async fn may_change(conn: &mut AnyConnection, caller: &Caller, o: &ObjectiveRow) -> Result<bool, AppError> {
    Ok(match o.team_id {
        None => caller.role.can_lead() || o.owner_id == Some(caller.user_id),
        Some(team) => is_in_team(conn, caller, team).await?,
    })
}

/// An optional person from a form: blank means none; otherwise a member of
/// this organisation, chosen from a list (an id) or named by e-mail address
/// (see [`person_choices`]).
pub async fn member_from_form(conn: &mut AnyConnection, org: OrgId, field: &str, raw: &str) -> Result<Option<UserId>, AppError> {
    if raw.contains('@') {
        let email = Email::parse(raw).map_err(|e| ValidationError::new(field, e.message))?;
        let found = orgs::member_by_email(&mut *conn, org, &email).await?;
        return found
            .map(Some)
            .ok_or_else(|| ValidationError::new(field, "Nobody with that e-mail address is in this organisation.").into());
    }
    let Some(id) = optional_id::<UserId>(field, "Choose a person from the list.", raw)? else { return Ok(None) };
    orgs::role_of(conn, org, id).await?.ok_or_else(|| AppError::not_found("That person"))?;
    Ok(Some(id))
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
