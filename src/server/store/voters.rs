//! Who may vote, and the organisation's vote settings. The votes themselves
//! live in the ballot vault (`store::vote_box`, `server::vote::vault`).

use super::Day;
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::wave::{WaveState, WaveSummary};
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};

/// Everyone who may vote on an objective of `team` (or on a wave objective
/// when `None`) in a box whose voters joined by `opened` (see
/// `WaveDates::voters_joined_by`): members who had joined the
/// organisation, and the team, by that moment.
pub async fn voters(conn: impl AnyExecutor<'_>, org: OrgId, team: Option<TeamId>, opened: i64) -> Result<Vec<UserId>, AppError> {
    Ok(match team {
        None => sqlx::query_scalar("SELECT user_id FROM memberships WHERE org_id = $1 AND joined_at <= $2")
            .bind(org)
            .bind(opened)
            .fetch_all(conn)
            .await?,
        Some(team) => sqlx::query_scalar(
            "SELECT tm.user_id FROM team_members tm JOIN teams t ON t.id = tm.team_id              JOIN memberships m ON m.org_id = t.org_id AND m.user_id = tm.user_id              WHERE t.org_id = $1 AND tm.team_id = $2 AND tm.added_at <= $3 AND m.joined_at <= $3",
        )
        .bind(org)
        .bind(team)
        .bind(opened)
        .fetch_all(conn)
        .await?,
    })
}

/// Who else (than `except`) votes on objectives of `team` (or wave
/// objectives) in a box whose voters joined by `cutoff`: how many, and the
/// `limit` who became voters last (name, since when), latest first.
pub async fn roll(
    conn: &mut AnyConnection,
    org: OrgId,
    team: Option<TeamId>,
    cutoff: i64,
    except: UserId,
    limit: u32,
) -> Result<(u32, Vec<(String, i64)>), AppError> {
    let (count, latest): (i64, Vec<(String, i64)>) = match team {
        None => (
            sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND joined_at <= $2 AND user_id <> $3")
                .bind(org)
                .bind(cutoff)
                .bind(except)
                .fetch_one(&mut *conn)
                .await?,
            sqlx::query_as(
                "SELECT u.name, m.joined_at FROM memberships m JOIN users u ON u.id = m.user_id \
                 WHERE m.org_id = $1 AND m.joined_at <= $2 AND m.user_id <> $3 ORDER BY m.joined_at DESC, u.id LIMIT $4",
            )
            .bind(org)
            .bind(cutoff)
            .bind(except)
            .bind(i64::from(limit))
            .fetch_all(&mut *conn)
            .await?,
        ),
        Some(team) => {
            // Teams are small: read them whole and count here.
            let all: Vec<(String, i64)> = sqlx::query_as(
                "SELECT u.name, CASE WHEN tm.added_at > m.joined_at THEN tm.added_at ELSE m.joined_at END AS since \
                 FROM team_members tm JOIN teams t ON t.id = tm.team_id \
                 JOIN memberships m ON m.org_id = t.org_id AND m.user_id = tm.user_id JOIN users u ON u.id = tm.user_id \
                 WHERE t.org_id = $1 AND tm.team_id = $2 AND tm.added_at <= $3 AND m.joined_at <= $3 AND tm.user_id <> $4 \
                 ORDER BY since DESC, u.id",
            )
            .bind(org)
            .bind(team)
            .bind(cutoff)
            .bind(except)
            .fetch_all(&mut *conn)
            .await?;
            (all.len() as i64, all.into_iter().take(limit as usize).collect())
        }
    };
    Ok((u32::try_from(count).unwrap_or(u32::MAX), latest))
}

/// When a person became a voter on objectives of `team` (or wave
/// objectives): the later of joining the organisation and the team.
pub async fn voter_since(conn: impl AnyExecutor<'_>, org: OrgId, team: Option<TeamId>, user: UserId) -> Result<Option<i64>, AppError> {
    let row: Option<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT m.joined_at, (SELECT tm.added_at FROM team_members tm WHERE tm.team_id = $3 AND tm.user_id = m.user_id) \
         FROM memberships m WHERE m.org_id = $1 AND m.user_id = $2",
    )
    .bind(org)
    .bind(user)
    .bind(team)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(joined, added)| match team {
        None => Some(joined),
        Some(_) => added.map(|added| added.max(joined)),
    }))
}

/// What casting a vote on an objective needs from the main database.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteTarget {
    /// The objective's wave (a vote needs it to be the active one).
    pub wave: WaveSummary,
    pub team: Option<TeamId>,
    /// Whether the voter is in the objective's team (always, for a wave objective).
    pub in_team: bool,
    /// The organisation's threshold as stored, and whether it shows live results.
    pub threshold: i64,
    pub live: bool,
}

/// The objective's wave and team, whether `user` is in that team, and the
/// organisation's vote settings, in one round trip (a vote's hot path);
/// `None` when the organisation has no such objective.
pub async fn vote_target(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    objective: ObjectiveId,
    user: UserId,
) -> Result<Option<VoteTarget>, AppError> {
    type Row = (WaveId, String, Day, Day, WaveState, Option<TeamId>, super::Flag, i64, i64);
    let row: Option<Row> = sqlx::query_as(
        "SELECT w.id, w.name, w.starts_on, w.ends_on, w.state, o.team_id, \
         CASE WHEN o.team_id IS NULL OR EXISTS (SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id \
           WHERE tm.team_id = o.team_id AND tm.user_id = $3 AND t.org_id = $1) THEN 1 ELSE 0 END, \
         g.vote_threshold, g.live_results \
         FROM objectives o JOIN organisations g ON g.id = o.org_id JOIN waves w ON w.id = o.wave_id AND w.org_id = o.org_id \
         WHERE o.id = $2 AND o.org_id = $1",
    )
    .bind(org)
    .bind(objective)
    .bind(user)
    .fetch_optional(conn)
    .await?;
    row.map(|(wave, name, starts_on, ends_on, state, team, in_team, threshold, live)| {
        Ok(VoteTarget {
            wave: super::waves::summary(wave, name, starts_on, ends_on, state)?,
            team,
            in_team: in_team.0,
            threshold,
            live: live != 0,
        })
    })
    .transpose()
}

/// (threshold, live results) of an organisation.
pub async fn settings(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<(i64, bool), AppError> {
    let (threshold, live): (i64, i64) =
        sqlx::query_as("SELECT vote_threshold, live_results FROM organisations WHERE id = $1").bind(org).fetch_one(conn).await?;
    Ok((threshold, live != 0))
}

pub async fn set_settings(conn: impl AnyExecutor<'_>, org: OrgId, threshold: u32, live: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET vote_threshold = $1, live_results = $2 WHERE id = $3")
        .bind(i64::from(threshold))
        .bind(i64::from(live))
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}
