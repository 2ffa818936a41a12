//! An upload's preview as the import page shows it: the plan worded for
//! people (team, parent and owner by name, each key result's range).

use super::{Parent, Plan, Problem};
use crate::domain::ids::ImportId;
use crate::domain::ids::{ObjectiveId, UserId};
use crate::domain::key_result::KrKind;
use crate::domain::msg::Msg;
use crate::domain::wave::WaveSummary;
use crate::msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadPreview {
    pub id: ImportId,
    pub wave: WaveSummary,
    pub file_name: String,
    /// How a CSV file was decoded, when that is worth checking (not UTF-8).
    pub read_as: Option<Msg>,
    pub objectives: Vec<PreviewObjective>,
    /// Objectives the wave has already: title and first row.
    pub already: Vec<(String, usize)>,
    pub problems: Vec<Problem>,
    /// Owners no one in the organisation is, with the rows naming them.
    pub unknown_people: Vec<(String, Vec<usize>)>,
    /// Imported already (from this page, earlier).
    pub imported: bool,
    /// Team objectives go to their teams as proposals to adopt.
    pub proposes: bool,
}

impl UploadPreview {
    pub fn key_results(&self) -> usize {
        self.objectives.iter().map(|o| o.krs.len()).sum()
    }

    /// Can the import run: nothing wrong, something new, not done yet.
    pub fn ready(&self) -> bool {
        self.problems.is_empty() && !self.objectives.is_empty() && !self.imported
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviewObjective {
    pub row: usize,
    /// `None`: a wave objective.
    pub team: Option<String>,
    pub title: String,
    pub why: String,
    /// The wave objective a team objective aligns to, by title.
    pub aligned_to: Option<String>,
    pub owner: Option<String>,
    /// Each key result's title, where it starts (or stands, with a
    /// Current value) and the check-ins it brings, worded.
    pub krs: Vec<(String, Msg, Option<Msg>)>,
}

/// Where a key result goes, and where it stands when the file says so.
pub fn range(kind: &KrKind, current: Option<f64>) -> Msg {
    let moved = current.filter(|c| *c != kind.initial());
    match (kind, moved) {
        (KrKind::Milestone, Some(_)) => msg!("import-kr-milestone-done"),
        (KrKind::Milestone, None) => msg!("import-kr-milestone"),
        (KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target }, None) => {
            msg!("import-kr-range", from = kind.says(*start), to = kind.says(*target))
        }
        (KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target }, Some(now)) => {
            msg!("import-kr-range-now", from = kind.says(*start), to = kind.says(*target), now = kind.says(now))
        }
    }
}

/// How many dated check-ins a key result brings, and over which days.
fn history(days: &[(chrono::NaiveDate, f64)]) -> Option<Msg> {
    let said = |d: &chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    match days {
        [] => None,
        [(only, _)] => Some(msg!("import-kr-check-in", date = said(only))),
        [(first, _), .., (last, _)] => Some(msg!("import-kr-check-ins", count = days.len(), first = said(first), last = said(last))),
    }
}

impl PreviewObjective {
    /// Words `plan`'s objectives, naming parents by title and owners by
    /// `name_of`.
    pub fn all_of(
        plan: &Plan,
        parent_title: impl Fn(ObjectiveId) -> Option<String>,
        name_of: impl Fn(UserId) -> Option<String>,
    ) -> Vec<Self> {
        plan.objectives
            .iter()
            .map(|o| PreviewObjective {
                row: o.row,
                team: o.team.as_ref().map(|(_, name)| name.clone()),
                title: o.title.clone(),
                why: o.why.clone(),
                aligned_to: o.parent.as_ref().and_then(|p| match p {
                    Parent::Existing(id) => parent_title(*id),
                    Parent::InFile(i) => plan.objectives.get(*i).map(|p| p.title.clone()),
                }),
                owner: o.owner.and_then(&name_of),
                krs: o
                    .krs
                    .iter()
                    .map(|k| {
                        let now = k.current.or(k.history.last().map(|(_, v)| *v));
                        (k.spec.title.clone(), range(&k.spec.kind, now), history(&k.history))
                    })
                    .collect(),
            })
            .collect()
    }
}
