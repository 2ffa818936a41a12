//! The ballot vault: votes, survey answers and who has given them, written
//! by one task per app server that commits queued votes together.
//!
//! On SQLite the vault is a file of its own (next to the main database), in
//! rollback-journal mode. Why: in write-ahead-log mode every commit appends
//! the pages it changed to the `-wal` file, so a receipt and its ballot sit
//! side by side there, one commit after another, until a checkpoint empties
//! the log — and a checkpoint cannot finish while anyone reads. A rollback
//! journal only ever holds the pages as they were *before* the transaction
//! that is running, and is deleted when it commits. The vault's tables never
//! get a row per vote (see `migrations/sqlite/vault/0001_ballot_boxes.sql`):
//! a vote updates fixed-size values in place, so the file keeps no trace of
//! the order votes came in.
//!
//! On PostgreSQL the vault is tables in the shared database
//! (`migrations/postgres/0002_ballot_vault.sql`), because several app
//! servers must see one vault. An UPDATE there writes a new row version, so
//! a vote box is one row (`store::held_box`): a commit replaces one version
//! of each box it touched, with nothing in it ordered by arrival, and a
//! sweeper beside the writer vacuums the replaced versions away after
//! commits. (Survey boxes, answered once a wave, are still rows, rewritten
//! whole in key order at the end of a commit: `survey_box::reseal`.) What PostgreSQL still keeps (its write-ahead log) is
//! spelled out in docs/security-and-anonymity.md, "Anonymity on PostgreSQL".
//!
//! Why one writer that commits in groups: every acknowledged vote is on disk
//! (`synchronous = FULL`, or PostgreSQL's synchronous commit), and one
//! commit with its syncs serves every vote waiting at that moment, in
//! shuffled order; under a Monday-morning rush the app therefore commits far
//! fewer times than it takes votes. Several app servers (each with a writer)
//! take turns: SQLite's write lock, or an advisory lock on PostgreSQL.

use crate::domain::ids::{ObjectiveId, OrgId, SurveyId, WaveId};
use crate::domain::scorecard::Answers;
use crate::domain::vote::{Score, SurveyRefused, VoteRefused};
use crate::error::AppError;
use crate::infra::db::{self, Engine};
use crate::server::store::survey_box;
use crate::server::store::vote_box::{self, Receipt};
use crate::server::vote::batch::{BatchBoxes, BoxId};
use crate::server::vote::claims::{key_fingerprint, VoteKey};
use rand::seq::SliceRandom;
use sqlx::{AnyConnection, AnyPool, Connection};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, Notify};

/// Where the vault lives: a file beside an SQLite database, or the
/// PostgreSQL database itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VaultLocation {
    File(PathBuf),
    SameDatabase,
}

/// Held by the vault writer of whichever app server commits, so writers on
/// several servers take turns, as SQLite's `BEGIN IMMEDIATE` makes them.
pub const WRITER_LOCK: i64 = 0x6d69_7374_7661_756c; // "mistvaul"

/// Votes committed together at most (a bound on one transaction's work).
const MAX_BATCH: usize = 256;

/// A first vote or a change, as the service checked it.
#[derive(Clone)]
pub struct Ballot {
    pub org: OrgId,
    pub wave: WaveId,
    pub objective: ObjectiveId,
    pub week: u32,
    pub tag: Vec<u8>,
    pub score: Score,
    /// The slot this browser filled earlier this week, if it holds a valid claim.
    pub claim: Option<i64>,
    /// Every eligible voter's tag, used only if the box is not open yet.
    /// `None`: not read (a box is opened once a week, and reading everyone
    /// who may vote on every vote would cost far more than asking again).
    pub voters: Option<Vec<Vec<u8>>>,
    /// The threshold, when the organisation shows live results.
    pub live_threshold: Option<u32>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Cast {
    /// A first vote, in this slot (the voter's browser keeps a claim on it).
    New(i64),
    Changed,
    /// Nothing written: the box is not open yet and the ballot did not
    /// bring its voters. Cast it again with them.
    Unopened,
}

pub struct SurveyAnswer {
    pub org: OrgId,
    pub survey: SurveyId,
    pub tag: Vec<u8>,
    pub answers: Answers,
    /// Every eligible respondent's tag, used only if the box is not open yet.
    pub respondents: Vec<Vec<u8>>,
}

enum Work {
    Vote(Ballot, oneshot::Sender<Result<Cast, AppError>>),
    Answer(SurveyAnswer, oneshot::Sender<Result<(), AppError>>),
}

#[derive(Clone)]
pub struct Vault {
    /// Reads (receipts, own scores, results); writes go through `jobs`.
    pub reader: AnyPool,
    jobs: mpsc::Sender<Work>,
}

/// The vault file of a database: `data/mistvine.db` → `data/mistvine.ballots.db`.
pub fn path_for(database: &Path) -> PathBuf {
    let stem = database.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "mistvine".into());
    database.with_file_name(format!("{stem}.ballots.db"))
}

/// Every connection to an SQLite vault file. `secure_delete`: freed space
/// is zeroed, so a closed wave's boxes leave nothing behind.
pub const VAULT_PRAGMAS: &[&str] = &["PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON"];

/// Opens (creating and migrating) an SQLite vault file. Startup errors are sentences.
pub async fn connect_file(path: &Path) -> Result<AnyPool, String> {
    db::create_private(path)?;
    let reader = db::sqlite_pool(4, &db::sqlite_url(path), VAULT_PRAGMAS)
        .await
        .map_err(|e| format!("cannot open the ballot vault {}: {e}", path.display()))?;
    sqlx::migrate!("./migrations/sqlite/vault").run(&reader).await.map_err(|e| format!("cannot migrate the ballot vault: {e}"))?;
    Ok(reader)
}

/// The vault's read pool: on its own file, or on the main database (whose
/// migrations made the vault's tables) but still a pool of its own. A
/// request may read the vault while it holds a main connection (the vote
/// sheet does); sharing one pool, 16 such requests at once would each hold
/// one connection and wait for a second until the acquire timeout.
pub async fn connect(location: &VaultLocation, main: &AnyPool) -> Result<AnyPool, String> {
    match location {
        VaultLocation::File(path) => connect_file(path).await,
        VaultLocation::SameDatabase => {
            let url = main.connect_options().database_url.to_string();
            db::postgres_pool(VAULT_READERS, &url).await.map_err(|e| format!("cannot open the ballot vault: {e}"))
        }
    }
}

/// Read connections of the vault on PostgreSQL, per app server.
const VAULT_READERS: u32 = 8;

/// Checks that `key` is the key this vault was written with (recording it
/// on first use), then starts the writer.
pub async fn open(location: &VaultLocation, main: &AnyPool, key: &VoteKey) -> Result<Vault, String> {
    let reader = connect(location, main).await?;
    let fingerprint = key_fingerprint(key);
    let place = match location {
        VaultLocation::File(path) => path.display().to_string(),
        VaultLocation::SameDatabase => "in this database".to_string(),
    };
    match vote_box::key_fingerprint(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))? {
        Some(stored) if stored != fingerprint => {
            return Err(format!("the vote key does not match the ballot vault {place}: start with the key this database was created with"))
        }
        Some(_) => {}
        None => vote_box::set_key_fingerprint(&reader, &fingerprint).await.map_err(|e| format!("cannot write the ballot vault: {e}"))?,
    }
    let url = reader.connect_options().database_url.to_string();
    let engine = db::engine(&reader);
    let writer = writer_connection(&url, engine).await.map_err(|e| format!("cannot open the ballot vault: {e}"))?;
    let (jobs, rx) = mpsc::channel(4 * MAX_BATCH);
    let swept = Arc::new(Notify::new());
    if engine == Engine::Postgres {
        tokio::spawn(sweep_loop(reader.clone(), swept.clone()));
    }
    tokio::spawn(write_loop(writer, url, engine, rx, swept));
    Ok(Vault { reader, jobs })
}

/// Whether a vault exists and has been written with some key (a database
/// whose key file is missing must not get a new key silently).
pub async fn needs_existing_key(location: &VaultLocation, main: &AnyPool) -> Result<bool, String> {
    if let VaultLocation::File(path) = location {
        if !path.exists() {
            return Ok(false);
        }
    }
    let reader = connect(location, main).await?;
    let known = vote_box::key_fingerprint(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))?.is_some();
    let used = vote_box::in_use(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))?;
    reader.close().await;
    Ok(known || used)
}

impl Vault {
    pub async fn cast(&self, ballot: Ballot) -> Result<Cast, AppError> {
        let (tx, rx) = oneshot::channel();
        self.submit(Work::Vote(ballot, tx)).await?;
        rx.await.map_err(|_| writer_gone())?
    }

    pub async fn answer(&self, answer: SurveyAnswer) -> Result<(), AppError> {
        let (tx, rx) = oneshot::channel();
        self.submit(Work::Answer(answer, tx)).await?;
        rx.await.map_err(|_| writer_gone())?
    }

    /// Votes and answers waiting for the writer's next batch.
    pub fn queued(&self) -> usize {
        self.jobs.max_capacity() - self.jobs.capacity()
    }

    async fn submit(&self, work: Work) -> Result<(), AppError> {
        self.jobs.send(work).await.map_err(|_| writer_gone())
    }
}

fn writer_gone() -> AppError {
    tracing::error!("the ballot vault's writer has stopped");
    AppError::Internal
}

/// Opens the writer's own connection (SQLite: with the vault's pragmas).
async fn writer_connection(url: &str, engine: Engine) -> Result<AnyConnection, sqlx::Error> {
    let mut conn = AnyConnection::connect(url).await?;
    if engine == Engine::Sqlite {
        for p in VAULT_PRAGMAS {
            sqlx::query(p).execute(&mut conn).await?;
        }
    }
    Ok(conn)
}

/// Takes whatever votes are waiting (at least one), applies them in random
/// order in one transaction, commits, and only then answers each of them.
/// A batch that failed because the connection did (a database restart, a
/// network cut) leaves a new connection for the next one.
async fn write_loop(mut conn: AnyConnection, url: String, engine: Engine, mut rx: mpsc::Receiver<Work>, swept: Arc<Notify>) {
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(w) => batch.push(w),
                Err(_) => break,
            }
        }
        batch.shuffle(&mut rand::rngs::OsRng);
        if commit_batch(&mut conn, engine, batch).await {
            // The replaced row versions go as soon as the sweeper is free.
            swept.notify_one();
        } else if conn.ping().await.is_err() {
            match writer_connection(&url, engine).await {
                Ok(fresh) => conn = fresh,
                Err(e) => tracing::error!(error = %e, "the ballot vault's writer cannot reconnect; the next batch tries again"),
            }
        }
    }
}

/// Without `PARALLEL 0`, PostgreSQL starts worker processes to clean the
/// larger indexes (the boxes' TOAST index): in the bench's vote phase,
/// starting and ending them took about a tenth of the machine's CPU.
const VACUUM: &str = "VACUUM (PARALLEL 0) vote_boxes, releases, survey_receipts, survey_responses";

/// PostgreSQL: vacuums the vault's tables after commits, beside the writer
/// (VACUUM does not block writes), one run at a time; commits during a run
/// ask for one more. This is what removes a box's state before each commit
/// from the pages (see the module's comment).
async fn sweep_loop(pool: AnyPool, swept: Arc<Notify>) {
    loop {
        swept.notified().await;
        if let Err(e) = sqlx::query(VACUUM).execute(&pool).await {
            tracing::warn!(error = %e, "the ballot vault could not vacuum");
        }
    }
}

/// Opens the batch's transaction, holding the writers' turn.
async fn begin(conn: &mut AnyConnection, engine: Engine) -> Result<(), sqlx::Error> {
    match engine {
        Engine::Sqlite => sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await.map(drop),
        Engine::Postgres => {
            sqlx::query("BEGIN").execute(&mut *conn).await?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(WRITER_LOCK).execute(&mut *conn).await.map(drop)
        }
    }
}

enum Reply {
    Vote(Result<Cast, AppError>, oneshot::Sender<Result<Cast, AppError>>),
    Answer(Result<(), AppError>, oneshot::Sender<Result<(), AppError>>),
}

/// What a batch writes for one vote or answer, decided before anything of
/// any of them is written.
enum Step {
    /// A first vote: use the receipt, then fill a random empty slot.
    FirstVote(Ballot),
    /// A change, in the slot the browser's claim names.
    Change(Ballot, i64),
    FirstAnswer(SurveyAnswer),
}

/// A step with whoever waits for its outcome.
enum Planned {
    Vote(Step, oneshot::Sender<Result<Cast, AppError>>),
    Answer(Step, oneshot::Sender<Result<(), AppError>>),
}

impl Planned {
    fn step(&self) -> &Step {
        match self {
            Planned::Vote(s, _) | Planned::Answer(s, _) => s,
        }
    }
}

/// Applies and commits a batch; false when it failed (every vote of it
/// was answered with an error).
///
/// No savepoint per vote, and no vote written as a unit: on PostgreSQL the
/// row versions written inside a savepoint carry that savepoint's own
/// transaction id, in the heap until vacuum and in the write-ahead log for
/// good, which would pair each receipt with its ballot in every batch. So
/// every vote and answer is first checked (reads, and the opening of boxes,
/// which writes every receipt and slot at once); then the receipts of all
/// accepted ones are used, in one random order; then their slots are
/// filled or changed, in another. All of it carries the batch's one
/// transaction id, and neither the log's record order nor the tuples'
/// command ids line a receipt up with its slot. A refusal writes nothing.
async fn commit_batch(conn: &mut AnyConnection, engine: Engine, batch: Vec<Work>) -> bool {
    if let Err(e) = begin(conn, engine).await {
        tracing::error!(error = %e, "the ballot vault could not start a transaction");
        batch.into_iter().for_each(fail);
        return false;
    }
    let mut refused = Vec::new();
    let mut planned = Vec::new();
    let written = write_batch(conn, engine, batch, &mut refused, &mut planned).await;
    let committed = match written {
        Ok(()) => sqlx::query("COMMIT").execute(&mut *conn).await.map(drop).map_err(AppError::from),
        Err(e) => Err(e),
    };
    let ok = committed.is_ok();
    if !ok {
        tracing::error!("ballot vault batch failed");
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    // A requester that gave up (closed connection) no longer listens.
    for r in refused {
        match r {
            Reply::Vote(result, tx) => drop(tx.send(result)),
            Reply::Answer(result, tx) => drop(tx.send(result)),
        }
    }
    for (p, cast) in planned {
        match p {
            Planned::Vote(_, tx) => drop(tx.send(if ok { cast.ok_or(AppError::Internal) } else { Err(AppError::Internal) })),
            Planned::Answer(_, tx) => drop(tx.send(if ok { Ok(()) } else { Err(AppError::Internal) })),
        }
    }
    ok
}

fn fail(work: Work) {
    match work {
        Work::Vote(_, tx) => drop(tx.send(Err(AppError::Internal))),
        Work::Answer(_, tx) => drop(tx.send(Err(AppError::Internal))),
    }
}

/// The three phases of a batch (see `commit_batch`), in its transaction.
/// `refused` gets the refusals, `planned` the accepted steps with the
/// outcome of each vote (its slot) once written.
async fn write_batch(
    conn: &mut AnyConnection,
    engine: Engine,
    batch: Vec<Work>,
    refused: &mut Vec<Reply>,
    planned: &mut Vec<(Planned, Option<Cast>)>,
) -> Result<(), AppError> {
    // Survey boxes an answer names are resealed (planning may open them).
    let mut surveys = BTreeSet::new();
    // Receipts taken by earlier votes and answers of this batch (one
    // person's two browsers at once): not yet written, so remembered here.
    let mut taken = Taken::default();
    // Boxes first opened by this batch's ballots, then every vote's receipt
    // read with one statement per box (not one per vote: each statement is
    // a round trip to the database's thread, which is most of a vote's cost).
    let mut wanted: BTreeMap<BoxId, Vec<Vec<u8>>> = BTreeMap::new();
    for work in &batch {
        if let Work::Vote(b, _) = work {
            if let Some(voters) = b.voters.as_ref().filter(|v| !v.is_empty()) {
                vote_box::open_vote_box(conn, b.org, b.wave, b.objective, b.week, voters).await?;
            }
            wanted.entry((b.objective, b.week)).or_default().push(b.tag.clone());
        }
    }
    let mut boxes = BatchBoxes::load(conn, engine, &wanted).await?;
    for work in batch {
        match work {
            Work::Vote(b, tx) => match plan_vote(conn, b, &boxes, &mut taken.votes).await? {
                Verdict::Go(step) => planned.push((Planned::Vote(step, tx), None)),
                Verdict::Answer(answer) => refused.push(Reply::Vote(answer, tx)),
            },
            Work::Answer(a, tx) => {
                surveys.insert(a.survey);
                match plan_answer(conn, a, &mut taken.answers).await? {
                    Ok(step) => planned.push((Planned::Answer(step, tx), None)),
                    Err(refusal) => refused.push(Reply::Answer(Err(refusal), tx)),
                }
            }
        }
    }
    // The receipts: a vote's with one statement per box (which rewrites them
    // in key order, whatever order the votes came in), or in the box held in
    // memory; an answer's one by one in a random order...
    let mut order: Vec<usize> = (0..planned.len()).collect();
    order.shuffle(&mut rand::rngs::OsRng);
    let mut first_votes: BTreeMap<(ObjectiveId, u32), Vec<Vec<u8>>> = BTreeMap::new();
    for &i in &order {
        let used = match planned[i].0.step() {
            Step::FirstVote(b) => {
                first_votes.entry((b.objective, b.week)).or_default().push(b.tag.clone());
                true
            }
            Step::FirstAnswer(a) => survey_box::use_receipt(conn, a.survey, &a.tag).await?,
            Step::Change(..) => true,
        };
        if !used {
            tracing::error!("a receipt checked free in this batch was taken");
            return Err(AppError::Internal);
        }
    }
    for (key, tags) in &first_votes {
        if !boxes.use_receipts(conn, *key, tags).await? {
            tracing::error!("a receipt checked free in this batch was taken");
            return Err(AppError::Internal);
        }
    }
    // ...then the slots, in another. Each box's tally is counted here and
    // written once after the last slot.
    order.shuffle(&mut rand::rngs::OsRng);
    for &i in &order {
        let cast = match planned[i].0.step() {
            Step::FirstVote(b) => Some(Cast::New(boxes.fill(conn, (b.objective, b.week), b.score).await?)),
            Step::Change(b, slot) => {
                if !boxes.change(conn, (b.objective, b.week), *slot, b.score).await? {
                    tracing::error!("a slot checked filled in this batch was empty");
                    return Err(AppError::Internal);
                }
                Some(Cast::Changed)
            }
            Step::FirstAnswer(a) => {
                survey_box::fill_response(conn, a.survey, &a.answers).await?;
                None
            }
        };
        planned[i].1 = cast;
    }
    boxes.store(conn).await?;
    // Live results step once per box, from the batch's end state.
    let mut released = BTreeSet::new();
    for (p, _) in planned.iter() {
        if let Step::FirstVote(b) | Step::Change(b, _) = p.step() {
            let key = (b.objective, b.week);
            if let (Some(k), Some(tally)) = (b.live_threshold.filter(|_| released.insert(key)), boxes.tally(key)) {
                vote_box::maybe_release(conn, b.objective, b.week, k, tally.counts()).await?;
            }
        }
    }
    if engine == Engine::Postgres {
        for survey in &surveys {
            survey_box::reseal(conn, *survey).await?;
        }
    }
    Ok(())
}

/// Receipts used by earlier steps of a batch: (objective, week, tag) and (survey, tag).
#[derive(Default)]
struct Taken {
    votes: BTreeSet<(ObjectiveId, u32, Vec<u8>)>,
    answers: BTreeSet<(SurveyId, Vec<u8>)>,
}

/// What to do with a vote: write it, or answer without writing anything.
enum Verdict {
    Go(Step),
    Answer(Result<Cast, AppError>),
}

/// Checks a vote against its receipt as the batch read it (`receipts`: the
/// box was opened before that, if the vote brought its voters). The error
/// is a failure of the database (the batch fails); refusals are answers.
async fn plan_vote(
    conn: &mut AnyConnection,
    b: Ballot,
    boxes: &BatchBoxes,
    taken: &mut BTreeSet<(ObjectiveId, u32, Vec<u8>)>,
) -> Result<Verdict, AppError> {
    let key = (b.objective, b.week, b.tag.clone());
    let receipt = match boxes.receipt(b.objective, b.week, &b.tag) {
        None => Receipt::Missing,
        Some(false) if taken.contains(&key) => Receipt::Voted,
        Some(false) => Receipt::NotVoted,
        Some(true) => Receipt::Voted,
    };
    Ok(match receipt {
        Receipt::Missing if b.voters.is_none() && !vote_box::vote_box_open(&mut *conn, b.org, b.objective, b.week).await? => {
            Verdict::Answer(Ok(Cast::Unopened))
        }
        Receipt::Missing => Verdict::Answer(Err(AppError::Vote(VoteRefused::JoinedLate))),
        Receipt::NotVoted => {
            taken.insert(key);
            Verdict::Go(Step::FirstVote(b))
        }
        Receipt::Voted => match b.claim {
            Some(slot) if boxes.slot_filled(conn, (b.objective, b.week), slot).await? => Verdict::Go(Step::Change(b, slot)),
            _ => Verdict::Answer(Err(AppError::Vote(VoteRefused::AlreadyVoted))),
        },
    })
}

/// Checks a survey answer, opening the survey's box first if needed (errors as in [`plan_vote`]).
async fn plan_answer(
    conn: &mut AnyConnection,
    a: SurveyAnswer,
    taken: &mut BTreeSet<(SurveyId, Vec<u8>)>,
) -> Result<Result<Step, AppError>, AppError> {
    if !a.respondents.is_empty() {
        survey_box::open_survey_box(conn, a.org, a.survey, &a.respondents).await?;
    }
    let key = (a.survey, a.tag.clone());
    Ok(match survey_box::survey_receipt(&mut *conn, a.org, a.survey, &a.tag).await? {
        Receipt::Missing => Err(AppError::Survey(SurveyRefused::JoinedLate)),
        Receipt::NotVoted if !taken.contains(&key) => {
            taken.insert(key);
            Ok(Step::FirstAnswer(a))
        }
        _ => Err(AppError::Survey(SurveyRefused::AlreadyAnswered)),
    })
}
