//! The ballot vault: votes, survey answers and who has given them, in a
//! SQLite file of their own (next to the main database), written by one
//! task that commits queued votes together.
//!
//! Why a file of its own, in rollback-journal mode: in write-ahead-log mode
//! every commit appends the pages it changed to the `-wal` file, so a
//! receipt and its ballot sit side by side there, one commit after another,
//! until a checkpoint empties the log — and a checkpoint cannot finish while
//! anyone reads. A rollback journal only ever holds the pages as they were
//! *before* the transaction that is running, and is deleted when it commits.
//! The vault's tables never get a row per vote (see
//! `migrations/vault/0001_ballot_boxes.sql`): a vote updates fixed-size
//! values in place, so the file keeps no trace of the order votes came in.
//!
//! Why one writer that commits in groups: every acknowledged vote is on disk
//! (`synchronous = FULL`), and one commit with its syncs serves every vote
//! waiting at that moment, in shuffled order; under a Monday-morning rush the
//! app therefore commits far fewer times than it takes votes. Several app
//! servers (each with a writer) share the file through SQLite's locks.

use super::ballots::{key_fingerprint, VoteKey};
use super::store::ballot_box::{self, Receipt};
use super::store::survey_box;
use crate::domain::ids::{ObjectiveId, OrgId, SurveyId, WaveId};
use crate::domain::scorecard::Answers;
use crate::domain::vote::Score;
use crate::error::AppError;
use rand::seq::SliceRandom;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection, SqlitePool};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// Votes committed together at most (a bound on one transaction's work).
const MAX_BATCH: usize = 256;

/// A first vote or a change, as the service checked it.
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
    pub voters: Vec<Vec<u8>>,
    /// The threshold, when the organisation shows live results.
    pub live_threshold: Option<u32>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Cast {
    /// A first vote, in this slot (the voter's browser keeps a claim on it).
    New(i64),
    Changed,
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
    pub reader: SqlitePool,
    jobs: mpsc::Sender<Work>,
}

/// The vault file of a database: `data/mistvine.db` → `data/mistvine.ballots.db`.
pub fn path_for(database: &Path) -> PathBuf {
    let stem = database.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "mistvine".into());
    database.with_file_name(format!("{stem}.ballots.db"))
}

fn options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Delete)
        .synchronous(SqliteSynchronous::Full)
        // Freed space is zeroed, so a closed wave's boxes leave nothing behind.
        .pragma("secure_delete", "ON")
        .busy_timeout(Duration::from_secs(5))
}

/// Opens (creating and migrating) the vault. Startup errors are sentences.
pub async fn connect(path: &Path) -> Result<SqlitePool, String> {
    let reader = SqlitePoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options(path))
        .await
        .map_err(|e| format!("cannot open the ballot vault {}: {e}", path.display()))?;
    sqlx::migrate!("./migrations/vault").run(&reader).await.map_err(|e| format!("cannot migrate the ballot vault: {e}"))?;
    Ok(reader)
}

/// Checks that `key` is the key this vault was written with (recording it
/// on first use), then starts the writer.
pub async fn open(path: &Path, key: &VoteKey) -> Result<Vault, String> {
    let reader = connect(path).await?;
    let fingerprint = key_fingerprint(key);
    match ballot_box::key_fingerprint(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))? {
        Some(stored) if stored != fingerprint => {
            return Err(format!(
                "the vote key does not match the ballot vault {}: start with the key this database was created with",
                path.display()
            ))
        }
        Some(_) => {}
        None => ballot_box::set_key_fingerprint(&reader, &fingerprint).await.map_err(|e| format!("cannot write the ballot vault: {e}"))?,
    }
    let writer = SqliteConnection::connect_with(&options(path)).await.map_err(|e| format!("cannot open the ballot vault: {e}"))?;
    let (jobs, rx) = mpsc::channel(4 * MAX_BATCH);
    tokio::spawn(write_loop(writer, rx));
    Ok(Vault { reader, jobs })
}

/// Whether a vault file exists and has been written with some key (a
/// database whose key file is missing must not get a new key silently).
pub async fn needs_existing_key(path: &Path) -> Result<bool, String> {
    if !path.exists() {
        return Ok(false);
    }
    let reader = connect(path).await?;
    let known = ballot_box::key_fingerprint(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))?.is_some();
    let used = ballot_box::in_use(&reader).await.map_err(|e| format!("cannot read the ballot vault: {e}"))?;
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

    async fn submit(&self, work: Work) -> Result<(), AppError> {
        self.jobs.send(work).await.map_err(|_| writer_gone())
    }
}

fn writer_gone() -> AppError {
    tracing::error!("the ballot vault's writer has stopped");
    AppError::Internal
}

/// Takes whatever votes are waiting (at least one), applies them in random
/// order in one transaction, commits, and only then answers each of them.
async fn write_loop(mut conn: SqliteConnection, mut rx: mpsc::Receiver<Work>) {
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(w) => batch.push(w),
                Err(_) => break,
            }
        }
        batch.shuffle(&mut rand::rngs::OsRng);
        commit_batch(&mut conn, batch).await;
    }
}

enum Reply {
    Vote(Result<Cast, AppError>, oneshot::Sender<Result<Cast, AppError>>),
    Answer(Result<(), AppError>, oneshot::Sender<Result<(), AppError>>),
}

async fn commit_batch(conn: &mut SqliteConnection, batch: Vec<Work>) {
    let mut replies = Vec::with_capacity(batch.len());
    let began = sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await;
    for work in batch {
        if began.is_err() {
            replies.push(failed(work));
            continue;
        }
        // Each vote in its own savepoint: a refused one leaves the others.
        if sqlx::query("SAVEPOINT vote").execute(&mut *conn).await.is_err() {
            replies.push(failed(work));
            continue;
        }
        let reply = match work {
            Work::Vote(b, tx) => Reply::Vote(apply_vote(conn, &b).await, tx),
            Work::Answer(a, tx) => Reply::Answer(apply_answer(conn, &a).await, tx),
        };
        let ok = matches!(&reply, Reply::Vote(Ok(_), _) | Reply::Answer(Ok(_), _));
        if let Err(e) = end_savepoint(conn, ok).await {
            tracing::error!(error = %e, "ballot vault savepoint failed");
        }
        replies.push(reply);
    }
    let committed = match began {
        Ok(_) => sqlx::query("COMMIT").execute(&mut *conn).await,
        Err(e) => Err(e),
    };
    if let Err(e) = committed {
        tracing::error!(error = %e, "ballot vault commit failed");
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
        replies = replies.into_iter().map(|r| match r {
            Reply::Vote(_, tx) => Reply::Vote(Err(AppError::Internal), tx),
            Reply::Answer(_, tx) => Reply::Answer(Err(AppError::Internal), tx),
        }).collect();
    }
    for r in replies {
        // A requester that gave up (closed connection) no longer listens.
        match r {
            Reply::Vote(result, tx) => drop(tx.send(result)),
            Reply::Answer(result, tx) => drop(tx.send(result)),
        }
    }
}

async fn end_savepoint(conn: &mut SqliteConnection, keep: bool) -> Result<(), sqlx::Error> {
    if !keep {
        sqlx::query("ROLLBACK TO vote").execute(&mut *conn).await?;
    }
    sqlx::query("RELEASE vote").execute(&mut *conn).await?;
    Ok(())
}

fn failed(work: Work) -> Reply {
    tracing::error!("the ballot vault could not start a transaction");
    match work {
        Work::Vote(_, tx) => Reply::Vote(Err(AppError::Internal), tx),
        Work::Answer(_, tx) => Reply::Answer(Err(AppError::Internal), tx),
    }
}

async fn apply_vote(conn: &mut SqliteConnection, b: &Ballot) -> Result<Cast, AppError> {
    if !b.voters.is_empty() {
        ballot_box::open_vote_box(conn, b.org, b.wave, b.objective, b.week, &b.voters).await?;
    }
    let cast = if ballot_box::use_receipt(conn, b.objective, b.week, &b.tag).await? {
        Cast::New(ballot_box::fill_slot(conn, b.objective, b.week, b.score).await?)
    } else {
        match ballot_box::receipt(&mut *conn, b.objective, b.week, &b.tag).await? {
            Receipt::Missing => return Err(AppError::Conflict(JOINED_LATE.into())),
            _ => match b.claim {
                Some(slot) if ballot_box::change_slot(conn, b.objective, b.week, slot, b.score).await? => Cast::Changed,
                _ => {
                    return Err(AppError::Conflict(
                        "You already voted on this objective this week. A vote can only be changed from the browser it was cast in.".into(),
                    ))
                }
            },
        }
    };
    if let Some(k) = b.live_threshold {
        ballot_box::maybe_release(conn, b.objective, b.week, k).await?;
    }
    Ok(cast)
}

pub const JOINED_LATE: &str = "You joined after this week's voting opened, so you vote on this objective from next week on.";

async fn apply_answer(conn: &mut SqliteConnection, a: &SurveyAnswer) -> Result<(), AppError> {
    if !a.respondents.is_empty() {
        survey_box::open_survey_box(conn, a.org, a.survey, &a.respondents).await?;
    }
    if survey_box::answer(conn, a.survey, &a.tag, &a.answers).await? {
        return Ok(());
    }
    match survey_box::survey_receipt(&mut *conn, a.org, a.survey, &a.tag).await? {
        Receipt::Missing => Err(AppError::Conflict("You joined after this survey opened, so you answer the next wave's survey.".into())),
        _ => Err(AppError::Conflict("You have already answered this survey.".into())),
    }
}
