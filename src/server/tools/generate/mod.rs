//! `mistvine generate`: fills an empty database with a large, realistic
//! organisation for benchmarks — people, teams, an active wave and past
//! ones, objectives with KRs and weekly check-ins, PPPs, boosts, surveys and
//! ballots for every member, objective and week — deterministically from a
//! seed (the vote key is the installation's own, so tags differ between
//! machines; every count and score is the same).
//!
//! Ballots are written in the vault's own layout (`store::bulk::vote_box`):
//! the pages read them exactly as they read votes cast one by one. Every
//! person's password is the same (one argon2 hash: hashing 10,000 would take
//! minutes and measure nothing).

mod boxes;
pub use boxes::fresh_voters;
mod names;
mod waves;

use crate::domain::account::Password;
use crate::infra::clock::Time;
use crate::infra::settings::Settings;
use crate::server::service::passwords::hash_password;
use crate::server::store::bulk::{self, Cell, Table};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::Connection;

pub const PASSWORD: &str = "bench-password";

/// The e-mail address of person `i` (1-based); person 1 is the owner.
pub fn email(i: usize) -> String {
    format!("person{i}@bigco.example")
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub seed: u64,
    pub members: usize,
    pub teams: usize,
    pub objectives_per_team: usize,
    pub wave_objectives: usize,
    pub past_waves: usize,
}

impl Default for Spec {
    fn default() -> Self {
        Self { seed: 1, members: 10_000, teams: 500, objectives_per_team: 4, wave_objectives: 5, past_waves: 8 }
    }
}

/// The organisation as the generator lays it out: person `i` is in team
/// `(i - 1) % teams`, and the first person of each team leads it.
pub struct Org {
    pub id: i64,
    pub members: usize,
    pub teams: usize,
    pub joined: i64,
}

impl Org {
    pub fn team_of(&self, person: usize) -> usize {
        (person - 1) % self.teams
    }
    pub fn team_id(&self, team: usize) -> i64 {
        team as i64 + 1
    }
    /// People of a team (1-based person numbers).
    pub fn people_of(&self, team: usize) -> impl Iterator<Item = usize> + '_ {
        (team + 1..=self.members).step_by(self.teams)
    }
    pub fn lead_of(&self, team: usize) -> i64 {
        team as i64 + 1
    }
}

/// What was written, for the command's last line.
#[derive(Debug, Default)]
pub struct Written {
    pub objectives: usize,
    pub key_results: usize,
    pub check_ins: usize,
    pub ppp_updates: usize,
    pub boosts: usize,
    pub ballots: usize,
    pub votes: usize,
    pub survey_answers: usize,
}

pub async fn run(settings: &Settings, spec: &Spec, time: &Time) -> Result<Written, String> {
    if spec.members < spec.teams || spec.teams == 0 || spec.members > 1_000_000 {
        return Err("need at least one team, at most a million people, and no more teams than people".into());
    }
    let pool = crate::infra::db::connect(&settings.database).await?;
    let key = crate::infra::router::vote_key(settings, &pool).await?;
    let vault = crate::server::vote::vault::open(&settings.vault(), &pool, &key).await?;
    let fail = |e: crate::error::AppError| format!("cannot write the organisation: {e}");
    let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
    if bulk::has_organisations(&mut conn).await.map_err(fail)? {
        return Err(format!("{} already holds an organisation: generate into a new, empty database", settings.database));
    }
    let hash = hash_password(Password::parse(PASSWORD).map_err(|e| e.to_string())?).await.map_err(fail)?;
    let mut rng = StdRng::seed_from_u64(spec.seed);
    let today = time.today();
    let plan = waves::plan(today, spec.past_waves);
    let org =
        Org { id: 1, members: spec.members, teams: spec.teams, joined: plan.first().map_or(time.now(), |w| w.created_at) - 60 * 86_400 };

    // Each step says how long it took (sqlx's own slow-statement lines are
    // turned off for this command: see main.rs).
    let step = std::time::Instant::now();
    let mut tx = conn.begin().await.map_err(|e| e.to_string())?;
    people(&mut tx, &org, &hash, &mut rng).await.map_err(fail)?;
    tracing::info!("people, teams and memberships: {} people in {:.1} s", spec.members, step.elapsed().as_secs_f64());
    let mut written = Written::default();
    let mut vault_conn = vault.reader.acquire().await.map_err(|e| e.to_string())?;
    let mut vault_tx = vault_conn.begin().await.map_err(|e| e.to_string())?;
    let mut ids = waves::Ids::default();
    for (n, wave) in plan.iter().enumerate() {
        let step = std::time::Instant::now();
        let laid = waves::write(&mut tx, &org, spec, wave, &mut ids, &mut rng, &mut written).await.map_err(fail)?;
        let main_s = step.elapsed().as_secs_f64();
        let votes = written.votes;
        boxes::write(&mut vault_tx, &key, &org, wave, &laid, &mut rng, &mut written).await.map_err(fail)?;
        tracing::info!(
            "wave {} of {}: {} objectives in {main_s:.1} s, ballot boxes with {} votes in {:.1} s",
            n + 1,
            plan.len(),
            laid.objectives.len(),
            written.votes - votes,
            step.elapsed().as_secs_f64() - main_s
        );
    }
    let step = std::time::Instant::now();
    // Rows went in with their ids: identities must start after them.
    bulk::move_sequences(&mut tx).await.map_err(fail)?;
    tx.commit().await.map_err(|e| e.to_string())?;
    vault_tx.commit().await.map_err(|e| e.to_string())?;
    tracing::info!("committed in {:.1} s", step.elapsed().as_secs_f64());
    // Objectives' stored progress, by the same rule the app uses on every check-in.
    let step = std::time::Instant::now();
    crate::server::store::progress::fill_missing(&pool).await.map_err(fail)?;
    tracing::info!("objectives' progress computed in {:.1} s", step.elapsed().as_secs_f64());
    Ok(written)
}

/// The organisation, its people, teams and memberships.
async fn people(tx: &mut sqlx::AnyConnection, org: &Org, hash: &str, rng: &mut StdRng) -> Result<(), crate::error::AppError> {
    let created = org.joined - 86_400;
    bulk::insert(tx, Table::Organisations, &[vec![org.id.into(), "BigCo".into(), created.into(), 5i64.into(), 0i64.into()]]).await?;
    let mut users = Vec::new();
    let mut memberships = Vec::new();
    let mut events = Vec::new();
    let mut team_members = Vec::new();
    for i in 1..=org.members {
        let name = format!("{} {}", names::FIRST[rng.gen_range(0..names::FIRST.len())], names::LAST[rng.gen_range(0..names::LAST.len())]);
        let role = match i {
            1 => "owner",
            2..=10 => "admin",
            _ if i <= org.teams => "leader",
            _ => "member",
        };
        let joined = org.joined + i as i64;
        users.push(vec![(i as i64).into(), email(i).into(), name.clone().into(), hash.into(), joined.into(), joined.into()]);
        memberships.push(vec![org.id.into(), (i as i64).into(), role.into(), joined.into()]);
        events.push(vec![
            org.id.into(),
            joined.into(),
            "joined".into(),
            (i as i64).into(),
            name.into(),
            Cell::NullInt,
            Cell::NullInt,
            Cell::NullInt,
        ]);
        team_members.push(vec![org.team_id(org.team_of(i)).into(), (i as i64).into(), joined.into()]);
    }
    let mut teams = Vec::new();
    for t in 0..org.teams {
        let area = names::AREAS[t % names::AREAS.len()];
        let crew = names::CREWS[(t / names::AREAS.len()) % names::CREWS.len()];
        let round = t / (names::AREAS.len() * names::CREWS.len());
        let name = if round == 0 { format!("{area} {crew}") } else { format!("{area} {crew} {}", round + 1) };
        teams.push(vec![org.team_id(t).into(), org.id.into(), name.into(), Cell::NullInt, created.into()]);
    }
    bulk::insert(tx, Table::Users, &users).await?;
    bulk::insert(tx, Table::Memberships, &memberships).await?;
    bulk::insert(tx, Table::MembershipEvents, &events).await?;
    bulk::insert(tx, Table::Teams, &teams).await?;
    bulk::insert(tx, Table::TeamMembers, &team_members).await
}
