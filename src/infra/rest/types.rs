//! What the JSON API sends and takes. These are the API's own types, apart
//! from the domain's: the API promises their shape to other tools, while the
//! domain's types change with the pages. Each derives its OpenAPI schema.

use crate::domain::boost::BoostView;
use crate::domain::confidence::ConfidenceRow;
use crate::domain::key_result::{KrKind, KrView};
use crate::domain::objective::ObjectiveSummary;
use crate::domain::org::TeamRef;
use crate::domain::vote::{Trend, Visible};
use crate::domain::wave::WaveSummary;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Wave {
    pub id: i64,
    pub name: String,
    /// planned, active, reflecting or closed.
    pub state: String,
    /// First day, YYYY-MM-DD.
    pub starts_on: String,
    /// Last day, YYYY-MM-DD.
    pub ends_on: String,
    pub weeks: u32,
}

impl From<WaveSummary> for Wave {
    fn from(w: WaveSummary) -> Self {
        Self {
            id: w.id.0,
            name: w.name,
            state: w.state.as_str().to_owned(),
            starts_on: w.dates.start().to_string(),
            ends_on: w.dates.end().to_string(),
            weeks: w.dates.week_count(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Team {
    pub id: i64,
    pub name: String,
}

impl From<TeamRef> for Team {
    fn from(t: TeamRef) -> Self {
        Self { id: t.id.0, name: t.name }
    }
}

#[derive(Serialize, ToSchema)]
pub struct KeyResult {
    pub id: i64,
    pub title: String,
    /// numeric, percentage or milestone.
    pub kind: String,
    /// Where it started and where it aims (numeric and percentage).
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub unit: Option<String>,
    /// The latest check-in (a milestone: 0 not done, 1 done).
    pub current: f64,
    pub weight: f64,
    /// 0–100.
    pub progress: f64,
}

impl From<KrView> for KeyResult {
    fn from(k: KrView) -> Self {
        let (kind, start, target, unit) = match k.kind {
            KrKind::Numeric { start, target, unit } => ("numeric", Some(start), Some(target), Some(unit)),
            KrKind::Percentage { start, target } => ("percentage", Some(start), Some(target), None),
            KrKind::Milestone => ("milestone", None, None, None),
        };
        Self {
            id: k.id.0,
            title: k.title,
            kind: kind.into(),
            start,
            target,
            unit,
            current: k.current,
            weight: k.weight,
            progress: k.progress,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Objective {
    pub id: i64,
    pub title: String,
    /// The team it belongs to; none for a wave objective.
    pub team: Option<Team>,
    /// The wave objective a team objective aligns to.
    pub parent_id: Option<i64>,
    pub owner: Option<String>,
    /// Weighted mean of its key results' progress, 0–100.
    pub progress: f64,
    pub key_results: Vec<KeyResult>,
}

impl From<ObjectiveSummary> for Objective {
    fn from(o: ObjectiveSummary) -> Self {
        Self {
            id: o.id.0,
            title: o.title,
            team: o.team.map(Team::from),
            parent_id: o.parent_id.map(|p| p.0),
            owner: o.owner,
            progress: o.progress,
            key_results: o.krs.into_iter().map(KeyResult::from).collect(),
        }
    }
}

/// A check-in: the key result's new current value, and why it moved.
#[derive(Deserialize, ToSchema)]
pub struct CheckIn {
    /// In the key result's unit; a milestone takes 0 or 1.
    pub value: f64,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Boost {
    pub id: i64,
    /// open, accepted, done, declined or withdrawn.
    pub state: String,
    pub from_team: Team,
    /// The team asked; none when any team may take it.
    pub to_team: Option<Team>,
    pub objective_id: Option<i64>,
    pub need: String,
    /// YYYY-MM-DD.
    pub needed_by: Option<String>,
    pub helper_team: Option<Team>,
    /// Seconds since the Unix epoch.
    pub created_at: i64,
    pub updated_at: i64,
}

impl From<BoostView> for Boost {
    fn from(b: BoostView) -> Self {
        Self {
            id: b.id.0,
            state: b.state.as_str().to_owned(),
            from_team: b.from_team.into(),
            to_team: b.to_team.map(Team::from),
            objective_id: b.objective.map(|(id, _)| id.0),
            need: b.need,
            needed_by: b.needed_by.map(|d| d.to_string()),
            helper_team: b.helper_team.map(Team::from),
            created_at: b.created_at,
            updated_at: b.updated_at,
        }
    }
}

/// One week of an objective's confidence votes, as the heat map shows it.
#[derive(Serialize, ToSchema)]
pub struct WeekConfidence {
    pub week: u32,
    /// shown; too_few_votes (fewer voters than the organisation's threshold:
    /// nothing is revealed, not even whether anyone voted); week_open
    /// (results show once the week ends); or not_started (a week to come).
    pub status: String,
    pub votes: Option<u32>,
    /// 1 (no chance) to 5 (certain).
    pub average: Option<f64>,
    /// Votes per score, score 1 first.
    pub distribution: Option<Vec<u32>>,
}

impl WeekConfidence {
    fn of(week: u32, v: Visible) -> Self {
        match v {
            Visible::Shown(a) => Self {
                week,
                status: "shown".into(),
                votes: Some(a.count),
                average: Some(a.average),
                distribution: Some(a.distribution.to_vec()),
            },
            Visible::TooFewVotes => Self { week, status: "too_few_votes".into(), votes: None, average: None, distribution: None },
            Visible::WeekOpen => Self { week, status: "week_open".into(), votes: None, average: None, distribution: None },
            Visible::NotStarted => Self { week, status: "not_started".into(), votes: None, average: None, distribution: None },
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ObjectiveConfidence {
    pub objective_id: i64,
    pub title: String,
    pub team: Option<Team>,
    /// Week 1 first.
    pub weeks: Vec<WeekConfidence>,
    /// up, down or flat, between the last two shown weeks.
    pub trend: Option<String>,
    /// Confidence dropped two weeks running.
    pub falling: bool,
}

impl From<ConfidenceRow> for ObjectiveConfidence {
    fn from(r: ConfidenceRow) -> Self {
        Self {
            objective_id: r.objective_id.0,
            title: r.title,
            team: r.team.map(Team::from),
            weeks: r.cells.into_iter().zip(1..).map(|(v, week)| WeekConfidence::of(week, v)).collect(),
            trend: r.trend.map(|t| match t {
                Trend::Up => "up".into(),
                Trend::Down => "down".into(),
                Trend::Flat => "flat".into(),
            }),
            falling: r.falling,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct WaveConfidence {
    pub wave: Wave,
    pub objectives: Vec<ObjectiveConfidence>,
}

/// Every refusal: a stable code, a sentence for people, and for bad input the field.
#[derive(Serialize, ToSchema)]
pub struct Error {
    /// invalid, unauthenticated, forbidden, not_found, conflict, gone, rate_limited, bad_request or internal.
    pub error: String,
    pub message: String,
    pub field: Option<String>,
}

/// What importing a spreadsheet would do (a dry run) or did.
#[derive(Serialize, ToSchema)]
pub struct Import {
    /// Whether the objectives were created (false for a dry run, or a file with problems).
    pub imported: bool,
    /// How the file was read: `utf-8`, `utf-16`, `windows-1252` (a CSV file
    /// not in UTF-8, read as Excel writes it in Western Europe: check its
    /// accented letters) or `xlsx`; none when it could not be read.
    pub encoding: Option<&'static str>,
    /// The objectives the file creates (or would).
    pub objectives: Vec<ImportedObjective>,
    /// The file's objectives the wave has already (the same team and title): left as they are.
    pub already: Vec<ImportRow>,
    /// Every problem, by row (the header is row 1) and column; the import runs only without any.
    pub problems: Vec<ImportProblem>,
    /// Owners' addresses no one in the organisation has: their objectives come in without an owner.
    pub people_not_found: Vec<PersonNotFound>,
}

#[derive(Serialize, ToSchema)]
pub struct ImportedObjective {
    pub row: usize,
    /// The team's name; none for a wave objective.
    pub team: Option<String>,
    pub title: String,
    pub key_results: usize,
}

#[derive(Serialize, ToSchema)]
pub struct ImportRow {
    pub row: usize,
    pub title: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportProblem {
    pub row: Option<usize>,
    /// The column's header, in the request's language.
    pub column: Option<String>,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct PersonNotFound {
    pub email: String,
    pub rows: Vec<usize>,
}

impl Import {
    pub fn from_plan(plan: &crate::domain::import::Plan, imported: bool, encoding: Option<&crate::server::sheet::Encoding>) -> Self {
        Self {
            imported,
            encoding: encoding.map(|e| e.name()),
            objectives: plan
                .objectives
                .iter()
                .map(|o| ImportedObjective {
                    row: o.row,
                    team: o.team.as_ref().map(|(_, name)| name.clone()),
                    title: o.title.clone(),
                    key_results: o.krs.len(),
                })
                .collect(),
            already: plan.already.iter().map(|(title, row)| ImportRow { row: *row, title: title.clone() }).collect(),
            problems: plan
                .problems
                .iter()
                .map(|p| ImportProblem { row: p.row, column: p.column.map(|c| c.label().to_string()), message: p.message.to_string() })
                .collect(),
            people_not_found: plan
                .unknown_people
                .iter()
                .map(|(email, rows)| PersonNotFound { email: email.clone(), rows: rows.clone() })
                .collect(),
        }
    }
}
