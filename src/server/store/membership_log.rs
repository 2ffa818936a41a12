//! Who joined, left, changed role or team, and when: a log every member of
//! the organisation can read (made-up accounts are seen by the people they
//! would expose). Names are copied at the time, so the log outlives accounts.

use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::org::{JoinedVia, MembershipEvent, MembershipEventKind, Role};
use crate::error::AppError;
use sqlx::AnyExecutor;

/// What happened, to whom, and who did it (`None` when the person did it themselves).
pub struct Entry {
    pub kind: MembershipEventKind,
    pub person: UserId,
    pub team: Option<TeamId>,
    pub role: Option<Role>,
    pub by: Option<UserId>,
    pub via: Option<JoinedVia>,
}

pub async fn record(conn: impl AnyExecutor<'_>, org: OrgId, e: Entry, now: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO membership_events (org_id, at, kind, user_id, person, team, role, by_name, via) \
         VALUES ($1, $2, $3, $4, (SELECT name FROM users WHERE id = $4), (SELECT name FROM teams WHERE id = $5 AND org_id = $1), $6, \
                 (SELECT name FROM users WHERE id = $7), $8)",
    )
    .bind(org)
    .bind(now)
    .bind(e.kind.as_str())
    .bind(e.person)
    .bind(e.team)
    .bind(e.role)
    .bind(e.by.filter(|b| *b != e.person))
    .bind(e.via.map(JoinedVia::as_str))
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    at: i64,
    kind: String,
    person: String,
    team: Option<String>,
    role: Option<Role>,
    by_name: Option<String>,
    via: Option<String>,
}

/// The newest `limit` events, newest first.
pub async fn list(conn: impl AnyExecutor<'_>, org: OrgId, limit: i64) -> Result<Vec<MembershipEvent>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT at, kind, person, team, role, by_name, via FROM membership_events WHERE org_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
    )
    .bind(org)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind = MembershipEventKind::parse(&r.kind).ok_or_else(|| {
                tracing::error!("unknown name stored in membership_events.kind");
                AppError::Internal
            })?;
            Ok(MembershipEvent {
                at: r.at,
                kind,
                person: r.person,
                team: r.team,
                role: r.role,
                by: r.by_name,
                via: r.via.as_deref().and_then(JoinedVia::parse),
            })
        })
        .collect()
}
