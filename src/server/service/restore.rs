//! Moving an organisation between installations: its export (the JSON an
//! admin downloads) written into an empty organisation here, all or
//! nothing. Everything the export holds comes along; confidence and survey
//! results come as the aggregates it holds (`restored_*` tables), and the
//! export of this installation gives them back, so exporting again gives
//! the same file but for ids. No vote or answer is in an export, so none
//! is here.
//!
//! People are matched by e-mail address: each gets an account without a
//! password (they set one with "Forgot your password?", or sign in with
//! single sign-on). The owner running the restore keeps their own; anyone
//! else with an account on this installation already refuses the restore,
//! since joining an organisation is theirs to decide.
//! Authors, owners and helpers, which the export names, are found by name
//! among the export's members.

use super::access::Caller;
use crate::domain::account::{Email, PersonName};
use crate::domain::export::{OrgExport, FORMAT};
use crate::domain::ids::{ObjectiveId, TeamId, UserId};
use crate::domain::org::{Role, TeamName};
use crate::domain::wave::WaveName;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::reflections;
use crate::server::store::restore::{self as store, Boost, Objective};
use crate::server::store::{accounts, audit, orgs, progress, teams, voters, waves};
use std::collections::HashMap;

/// What a restore brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    pub members: usize,
    pub waves: usize,
    pub objectives: usize,
}

/// Writes `export` into the caller's organisation, which must be empty
/// (the caller its one member). Owners only.
pub async fn restore(ctx: &ServerCtx, caller: &Caller, export: &OrgExport) -> Result<Restored, AppError> {
    if caller.role != Role::Owner {
        return Err(AppError::forbidden(msg!("restore-owners-only")));
    }
    if export.format != FORMAT {
        return Err(AppError::Invalid { field: "file".into(), message: msg!("restore-format") });
    }
    let (org, now) = (caller.org_id, ctx.now());
    let mut tx = super::write(ctx).await?;
    if !store::is_empty(&mut tx, org, caller.user_id).await? {
        return Err(AppError::Conflict(msg!("restore-not-empty")));
    }
    let no_team = || AppError::Invalid { field: "file".into(), message: msg!("restore-broken-team") };
    let no_objective = || AppError::Invalid { field: "file".into(), message: msg!("restore-broken-objective") };

    // People: by e-mail address; the caller keeps their own account and role.
    let mut user_of: HashMap<UserId, UserId> = HashMap::new();
    let mut by_name: HashMap<String, UserId> = HashMap::new();
    for m in &export.members {
        let email = Email::parse(&m.email)?;
        let user = match store::user_by_email(&mut tx, email.as_str()).await? {
            Some(user) if user == caller.user_id => user,
            // Someone with an account here already is not made a member of
            // another organisation without their say, nor shown there under
            // the name they gave this server: a restore brings only people
            // new to this installation (and the owner who runs it).
            Some(_) => return Err(AppError::Conflict(msg!("restore-accounts-exist", email = email.as_str()))),
            None => accounts::create_user(&mut tx, &email, &PersonName::parse(&m.name)?, "", now, true).await?,
        };
        if user != caller.user_id {
            orgs::add_membership(&mut tx, org, user, m.role, now).await?;
        }
        user_of.insert(m.user_id, user);
        by_name.entry(m.name.clone()).or_insert(user);
    }
    let person = |name: &str| by_name.get(name).copied();
    let (_, live) = voters::settings(&mut *tx, org).await?;
    voters::set_settings(&mut *tx, org, export.threshold, live).await?;

    let mut team_of: HashMap<TeamId, TeamId> = HashMap::new();
    let mut team_named: HashMap<String, TeamId> = HashMap::new();
    for t in &export.teams {
        let id = teams::create(&mut *tx, org, &TeamName::parse(&t.name)?, now).await?;
        if t.archived {
            teams::set_archived(&mut *tx, org, id, Some(now)).await?;
        }
        team_of.insert(t.id, id);
        team_named.insert(t.name.clone(), id);
    }

    let mut objective_of: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
    let mut objectives = 0;
    for w in &export.waves {
        let wave = waves::create(&mut *tx, org, &WaveName::parse(&w.wave.name)?, w.wave.dates, now).await?;
        store::set_wave_state(&mut tx, org, wave, w.wave.state).await?;
        // Parents come before the objectives aligned to them (lower ids, listed first).
        for o in &w.objectives {
            let team = match &o.team {
                Some(name) => Some(*team_named.get(name).ok_or_else(no_team)?),
                None => None,
            };
            let parent = match o.parent_id {
                Some(p) => Some(*objective_of.get(&p).ok_or_else(no_objective)?),
                None => None,
            };
            let owner = o.owner.as_deref().and_then(person);
            let new = Objective { wave, team, parent, title: &o.title, why: &o.why, owner, now };
            let id = store::objective(&mut tx, org, new).await?;
            for (i, k) in o.key_results.iter().enumerate() {
                let kr = store::key_result(&mut tx, id, i, (&k.kr.title, &k.kr.kind, k.kr.weight), k.kr.current, k.kr.grade).await?;
                for c in &k.check_ins {
                    store::check_in(&mut tx, kr, c.value, c.note.as_deref(), person(&c.author), c.at).await?;
                }
            }
            progress::refresh(&mut tx, org, id).await?;
            objective_of.insert(o.id, id);
            objectives += 1;
        }
        for u in &w.ppp_updates {
            let team = *team_of.get(&u.team_id).ok_or_else(no_team)?;
            let author = u.author_id.and_then(|a| user_of.get(&a).copied()).or_else(|| person(&u.author));
            let update = store::ppp_update(&mut tx, org, (team, wave, u.week), author, u.updated_at).await?;
            for (i, item) in u.items.iter().enumerate() {
                let about = item.objective.as_ref().and_then(|(o, _)| objective_of.get(o).copied());
                store::ppp_item(&mut tx, update, (item.section, i), &item.text, about, item.resolved).await?;
            }
        }
        for r in &w.reflections {
            let team = *team_named.get(&r.team).ok_or_else(no_team)?;
            let x = &r.reflection;
            let author = person(&x.author);
            let texts = [x.worked.clone(), x.didnt.clone(), x.change.clone()];
            reflections::save(&mut tx, org, wave, team, &texts, author, x.updated_at).await?;
        }
        for c in &w.confidence {
            let objective = *objective_of.get(&c.objective_id).ok_or_else(no_objective)?;
            store::confidence(&mut tx, org, objective, c.week, &c.result).await?;
        }
        if let Some(s) = &w.survey {
            store::survey(&mut tx, org, wave, s).await?;
        }
    }
    // Listed newest first, and by id among those updated at the same moment:
    // written oldest first, they list again in the export's order.
    for b in export.boosts.iter().rev() {
        let v = &b.boost;
        let team = |t: &Option<crate::domain::org::TeamRef>| t.as_ref().and_then(|t| team_of.get(&t.id).copied());
        let from_team = *team_of.get(&v.from_team.id).ok_or_else(no_team)?;
        let new = Boost {
            from_team,
            to_team: team(&v.to_team),
            objective: v.objective.as_ref().and_then(|(o, _)| objective_of.get(o).copied()),
            need: &v.need,
            needed_by: v.needed_by,
            state: v.state,
            helper_team: team(&v.helper_team),
            helper: v.helper.as_deref().and_then(person),
            decline_reason: v.decline_reason.as_deref(),
            created_at: v.created_at,
            updated_at: v.updated_at,
        };
        let id = store::boost(&mut tx, org, new).await?;
        for e in &b.history {
            store::boost_event(&mut tx, id, e.state, person(&e.actor), e.note.as_deref(), e.at).await?;
        }
    }
    let done = Restored { members: export.members.len(), waves: export.waves.len(), objectives };
    audit::record(
        &mut *tx,
        org,
        caller.user_id,
        msg!("audit-restored", organisation = export.organisation.as_str(), waves = done.waves, members = done.members),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}
