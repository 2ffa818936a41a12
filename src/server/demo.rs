//! The demo organisation: a small company to look around in.
//!
//! Loaded with `--demo` (or `MISTVINE_DEMO=1`). It is created once: if the
//! demo owner already exists nothing is touched, so restarting is safe.
//! Every feature adds its part here, so the demo always shows the whole product.

use super::auth::hash_password;
use super::clock::Time;
use super::store::{accounts, orgs, teams};
use crate::domain::account::{Email, OrgName, Password, PersonName};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::{Role, TeamName};
use crate::error::AppError;
use sqlx::SqlitePool;

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

/// Team name and the indexes in `PEOPLE` of its members.
const TEAMS: [(&str, &[usize]); 3] = [("Platform", &[3, 4]), ("Growth", &[0, 2, 5]), ("Mobile", &[4, 5])];

fn parse<T>(r: Result<T, crate::domain::ValidationError>) -> Result<T, AppError> {
    r.map_err(AppError::from)
}

pub async fn load(pool: &SqlitePool, key: &super::ballots::VoteKey, time: &Time) -> Result<(), AppError> {
    let owner = parse(Email::parse(DEMO_OWNER))?;
    if accounts::credentials(pool, &owner).await?.is_some() {
        tracing::info!("demo organisation already present: log in as {DEMO_OWNER} / {DEMO_PASSWORD}");
        return Ok(());
    }
    let hash = hash_password(parse(Password::parse(DEMO_PASSWORD))?).await?;
    let now = time.now();
    let mut tx = pool.begin().await?;
    let org: OrgId = orgs::create_org(&mut tx, &parse(OrgName::parse(DEMO_ORG))?, now).await?;
    let mut users: Vec<UserId> = Vec::new();
    for (name, email, role) in PEOPLE {
        let user =
            accounts::create_user(&mut tx, &parse(Email::parse(email))?, &parse(PersonName::parse(name))?, &hash, now)
                .await?;
        orgs::add_membership(&mut tx, org, user, role, now).await?;
        users.push(user);
    }
    let mut team_ids = Vec::new();
    for (name, members) in TEAMS {
        let team = teams::create(&mut *tx, org, &parse(TeamName::parse(name))?, now).await?;
        for &i in members {
            teams::add_member(&mut tx, org, team, users[i], now).await?;
        }
        team_ids.push(team);
    }
    super::demo_waves::load(&mut tx, org, &users, &team_ids, time, key).await?;
    tx.commit().await?;
    tracing::info!("demo organisation loaded: log in as {DEMO_OWNER} / {DEMO_PASSWORD} (or any @demo.mistvine.test person)");
    Ok(())
}
