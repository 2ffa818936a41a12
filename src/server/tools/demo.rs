//! The demo organisation: a small company to look around in.
//!
//! Loaded with `--demo` (or `MISTVINE_DEMO=1`). It is created once: if the
//! demo owner already exists nothing is touched, so restarting is safe.
//! Every feature adds its part here, so the demo always shows the whole product.

use super::demo_waves::{DemoVotes, TEAMS};
use crate::domain::account::{Email, OrgName, Password, PersonName};
use crate::domain::api_token::TokenScope;
use crate::domain::ids::{OrgId, UserId, WaveId};
use crate::domain::mail::Schedule;
use crate::domain::org::{Role, TeamName};
use crate::domain::vote::Score;
use crate::domain::wave::WaveDates;
use crate::error::AppError;
use crate::infra::clock::Time;
use crate::server::service::passwords::hash_password;
use crate::server::store::{self, accounts, mailing, orgs, teams};
use crate::server::vote::claims::{voter_tag, VoteKey};
use crate::server::vote::vault::{Ballot, Vault};
use sqlx::AnyPool;

pub const DEMO_ORG: &str = "Northwind Demo";
pub const DEMO_PASSWORD: &str = "demo-password";
pub const DEMO_OWNER: &str = "olivia@demo.mistvine.test";

const PEOPLE: [(&str, &str, Role); 6] = [
    ("Olivia Owner", DEMO_OWNER, Role::Owner),
    ("Adam Admin", "adam@demo.mistvine.test", Role::Admin),
    ("Lena Leader", "lena@demo.mistvine.test", Role::Leader),
    ("Marco Member", "marco@demo.mistvine.test", Role::Member),
    ("Priya Member", "priya@demo.mistvine.test", Role::Member),
    ("Sam Member", "sam@demo.mistvine.test", Role::Member),
];

/// Casts the demo's votes through the vault, as people voting would.
async fn cast_votes(
    pool: &AnyPool,
    vault: &Vault,
    key: &VoteKey,
    org: OrgId,
    (wave, dates): (WaveId, WaveDates),
    votes: Vec<DemoVotes>,
) -> Result<(), AppError> {
    let mut conn = pool.acquire().await?;
    for v in votes {
        let opened = dates.voters_joined_by(v.week);
        let people = store::voters::voters(&mut *conn, org, v.team, opened).await?;
        let mut voters: Vec<Vec<u8>> = people.iter().map(|p| voter_tag(key, *p, v.objective, v.week)).collect();
        for (person, score) in v.ballots {
            let score = Score::parse(&score.to_string()).map_err(AppError::from)?;
            let tag = voter_tag(key, person, v.objective, v.week);
            let ballot = Ballot {
                org,
                wave,
                objective: v.objective,
                week: v.week,
                tag,
                score,
                claim: None,
                voters: Some(std::mem::take(&mut voters)),
                live_threshold: None,
            };
            vault.cast(ballot).await?;
        }
    }
    Ok(())
}

fn parse<T>(r: Result<T, crate::domain::ValidationError>) -> Result<T, AppError> {
    r.map_err(AppError::from)
}

pub async fn load(pool: &AnyPool, vault: &Vault, key: &VoteKey, time: &Time) -> Result<(), AppError> {
    let owner = parse(Email::parse(DEMO_OWNER))?;
    if accounts::credentials(pool, &owner).await?.is_some() {
        tracing::info!("demo organisation already present: log in as {DEMO_OWNER} / {DEMO_PASSWORD}");
        return Ok(());
    }
    let hash = hash_password(parse(Password::parse(DEMO_PASSWORD))?).await?;
    let now = time.now();
    // The demo organisation has existed for a while: its people joined before
    // its first wave began, so they vote in every week of every wave.
    let joined = now - 120 * 86_400;
    let mut tx = pool.begin().await?;
    let org: OrgId = orgs::create_org(&mut tx, &parse(OrgName::parse(DEMO_ORG))?, now).await?;
    let mut users: Vec<UserId> = Vec::new();
    for (name, email, role) in PEOPLE {
        let user = accounts::create_user(&mut tx, &parse(Email::parse(email))?, &parse(PersonName::parse(name))?, &hash, now, true).await?;
        orgs::add_membership(&mut tx, org, user, role, joined).await?;
        users.push(user);
    }
    let mut team_ids = Vec::new();
    for (name, members) in TEAMS {
        let team = teams::create(&mut *tx, org, &parse(TeamName::parse(name))?, now).await?;
        for &i in members {
            teams::add_member(&mut tx, org, team, users[i], None, joined).await?;
        }
        team_ids.push(team);
    }
    // E-mail: the company works from Berlin, reminders on Monday at 09:00;
    // Sam has turned the reminder off, Adam the leaders' digest.
    mailing::set_schedule(&mut *tx, org, "Europe/Berlin", Schedule::default()).await?;
    mailing::set_choices(&mut *tx, users[5], false, true).await?;
    mailing::set_choices(&mut *tx, users[1], true, false).await?;
    // The JSON API: Olivia's sprint board syncs check-ins with a token (its
    // secret was never shown to anyone, as for every token: only the hash is kept).
    let token = crate::infra::tokens::token_hash(&crate::infra::tokens::random_token());
    store::api_tokens::create(
        &mut *tx,
        users[0],
        org,
        "Sprint board sync",
        &token,
        TokenScope::CheckIn,
        now - 20 * 86_400,
        now + 70 * 86_400,
    )
    .await?;
    let past = super::demo_history::load(&mut tx, org, &users, &team_ids, time).await?;
    let (wave, votes) = super::demo_waves::load(&mut tx, org, &users, &team_ids, time).await?;
    super::demo_next::load(&mut tx, org, wave.0, users[2], time).await?;
    tx.commit().await?;
    for (wave, votes) in past.into_iter().chain([(wave, votes)]) {
        cast_votes(pool, vault, key, org, wave, votes).await?;
    }
    tracing::info!("demo organisation loaded: log in as {DEMO_OWNER} / {DEMO_PASSWORD} (or any @demo.mistvine.test person)");
    Ok(())
}
