//! Objectives brought in from a spreadsheet: the rules that turn a sheet's
//! rows into what would be created, with every problem found, per row and
//! column, before anything is written.
//!
//! The layout (one row per key result):
//!
//! | Team | Objective | Why | Aligned to | Owner | Key result | Kind | Start | Target | Unit | Weight | Current | Checked on |
//!
//! A blank Team makes a wave objective; a team's name makes that team's
//! objective, aligned to the wave objective named in "Aligned to". Rows
//! with the same team and objective are one objective; a blank objective
//! continues the one above (what merged cells read as). "Why" is a wave
//! objective's why or a team objective's alignment rationale. "Current" is
//! a key result's value now; with a date in "Checked on" it is the value
//! on that day, and a later row naming the same key result with another
//! date and value adds to its check-in history (another tool's history).
//!
//! Reading the file (CSV, XLSX) is the server's; this module gets its cells.
//! Which teams, people and objectives exist is given ([`Known`]), so the
//! rules are pure and the same for the preview and the import itself.

use super::ids::{ObjectiveId, TeamId, UserId};
use super::key_result::{KrInput, KrSpec, MAX_KEY_RESULTS};
use super::msg::Msg;
use super::objective::{parse_rationale, parse_title, parse_why};
use crate::msg;
use cell::plain;
pub use cell::{read_date, read_number, Cell, Decimals};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The largest file one import reads, in MB.
pub const MAX_MB: usize = 10;

/// The most rows one import reads (besides the header).
pub const MAX_ROWS: usize = 20_000;

/// The columns of the layout, in the template's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Column {
    Team,
    Objective,
    Why,
    AlignedTo,
    Owner,
    KeyResult,
    Kind,
    Start,
    Target,
    Unit,
    Weight,
    Current,
    CheckedOn,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Team,
        Column::Objective,
        Column::Why,
        Column::AlignedTo,
        Column::Owner,
        Column::KeyResult,
        Column::Kind,
        Column::Start,
        Column::Target,
        Column::Unit,
        Column::Weight,
        Column::Current,
        Column::CheckedOn,
    ];

    /// The column's header, in the reader's language (a template's header,
    /// and how a problem names its column).
    pub fn label(self) -> Msg {
        match self {
            Column::Team => msg!("import-col-team"),
            Column::Objective => msg!("import-col-objective"),
            Column::Why => msg!("import-col-why"),
            Column::AlignedTo => msg!("import-col-aligned-to"),
            Column::Owner => msg!("import-col-owner"),
            Column::KeyResult => msg!("import-col-key-result"),
            Column::Kind => msg!("import-col-kind"),
            Column::Start => msg!("import-col-start"),
            Column::Target => msg!("import-col-target"),
            Column::Unit => msg!("import-col-unit"),
            Column::Weight => msg!("import-col-weight"),
            Column::Current => msg!("import-col-current"),
            Column::CheckedOn => msg!("import-col-checked-on"),
        }
    }

    /// The column's header in English, the docs' name (every language's
    /// header is read too: see [`Words`]).
    pub fn english(self) -> &'static str {
        match self {
            Column::Team => "Team",
            Column::Objective => "Objective",
            Column::Why => "Why",
            Column::AlignedTo => "Aligned to",
            Column::Owner => "Owner",
            Column::KeyResult => "Key result",
            Column::Kind => "Kind",
            Column::Start => "Start",
            Column::Target => "Target",
            Column::Unit => "Unit",
            Column::Weight => "Weight",
            Column::Current => "Current",
            Column::CheckedOn => "Checked on",
        }
    }
}

/// The words a header or a kind may be written in: each language's (the
/// server fills them from the message files), compared without case,
/// spaces or accents' case.
#[derive(Debug, Clone, Default)]
pub struct Words {
    headers: HashMap<String, Column>,
    kinds: HashMap<String, &'static str>,
}

fn key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Words {
    /// English headers and kinds only.
    pub fn english() -> Self {
        let mut w = Self::default();
        for c in Column::ALL {
            w.header(c, c.english());
        }
        // Other tools' names for the same columns: a generic "objective,
        // key result, owner, start, target, current" sheet reads as it is.
        for (column, names) in [
            (Column::Objective, &["objective title", "objective name"][..]),
            (Column::KeyResult, &["key result title", "key result name", "kr"][..]),
            (Column::Why, &["description", "rationale", "alignment rationale"][..]),
            (Column::AlignedTo, &["parent", "parent objective", "aligned with"][..]),
            (Column::Owner, &["owner email", "owner e-mail", "e-mail", "email"][..]),
            (Column::Start, &["start value", "starting value", "baseline"][..]),
            (Column::Target, &["target value"][..]),
            (Column::Current, &["current value", "actual", "actual value"][..]),
            (Column::Unit, &["metric unit", "unit of measure"][..]),
            (Column::CheckedOn, &["check-in date", "checked in on", "date", "as of"][..]),
        ] {
            for n in names {
                w.header(column, n);
            }
        }
        for (kind, names) in [
            ("numeric", &["numeric", "number"][..]),
            ("percentage", &["percentage", "percent", "%"][..]),
            ("milestone", &["milestone", "done"][..]),
        ] {
            for n in names {
                w.kind(kind, n);
            }
        }
        w
    }

    pub fn header(&mut self, column: Column, name: &str) {
        self.headers.insert(key(name), column);
    }

    /// `kind` is one of "numeric", "percentage", "milestone".
    pub fn kind(&mut self, kind: &'static str, name: &str) {
        self.kinds.insert(key(name), kind);
    }
}

/// A problem with the file, for a row (as the spreadsheet numbers them: the
/// header is row 1) and column, or the file as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub row: Option<usize>,
    pub column: Option<Column>,
    pub message: Msg,
}

impl Problem {
    fn at(row: usize, column: Option<Column>, message: Msg) -> Self {
        Self { row: Some(row), column, message }
    }
}

/// The columns a header row names, by position.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    at: HashMap<Column, usize>,
}

impl Layout {
    /// Reads the header row. Unknown headers are ignored (a sheet may carry
    /// notes); a column named twice, or no Objective or Key result column,
    /// is a problem for the whole file.
    pub fn read(header: &[Cell], words: &Words) -> Result<Self, Vec<Problem>> {
        let mut at = HashMap::new();
        let mut problems = Vec::new();
        for (i, cell) in header.iter().enumerate() {
            let Some(&column) = words.headers.get(&key(&cell.text())) else { continue };
            if at.insert(column, i).is_some() {
                problems.push(Problem::at(1, Some(column), msg!("import-column-twice", column = column.label())));
            }
        }
        for needed in [Column::Objective, Column::KeyResult] {
            if !at.contains_key(&needed) {
                problems.push(Problem { row: Some(1), column: None, message: msg!("import-column-missing", column = needed.label()) });
            }
        }
        if problems.is_empty() {
            Ok(Self { at })
        } else {
            Err(problems)
        }
    }

    pub fn has(&self, column: Column) -> bool {
        self.at.contains_key(&column)
    }

    fn cell<'a>(&self, row: &'a [Cell], column: Column) -> &'a Cell {
        const EMPTY: &Cell = &Cell::Empty;
        self.at.get(&column).and_then(|&i| row.get(i)).unwrap_or(EMPTY)
    }
}

/// What exists already and who is importing: the rules check each row
/// against it.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Teams by name: id, archived.
    pub teams: Vec<(TeamId, String, bool)>,
    /// People of the organisation by e-mail address (lower case).
    pub people: Vec<(UserId, String)>,
    /// The wave's objectives: id, team (none for a wave objective), title.
    pub objectives: Vec<(ObjectiveId, Option<TeamId>, String)>,
    /// The importer may write the wave's objectives (a leader or admin).
    pub may_lead: bool,
    /// The importer may write every team's objectives (an admin bringing
    /// an organisation in).
    pub may_write_any_team: bool,
    /// The teams the importer is in.
    pub own_teams: Vec<TeamId>,
    /// Team objectives proposed to their teams in this wave and not yet
    /// adopted (team, title): an import of proposals leaves them alone too.
    pub proposed: Vec<(TeamId, String)>,
    /// The days a dated check-in may fall on: the wave's first day to
    /// today (`None`: the wave has not started, so it takes none).
    pub check_in_days: Option<(NaiveDate, NaiveDate)>,
}

/// Which wave objective a team objective aligns to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Parent {
    /// One the wave already has.
    Existing(ObjectiveId),
    /// One this import creates, by its index in [`Plan::objectives`].
    InFile(usize),
}

/// A key result to create, its dated check-ins (oldest first), and the
/// value to check in now (a migration's current value).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedKr {
    pub spec: KrSpec,
    pub history: Vec<(NaiveDate, f64)>,
    pub current: Option<f64>,
}

impl PlannedKr {
    /// The value to check in at the import's time: the current value, when
    /// it moves the key result from where its history (or its start) left it.
    pub fn current_now(&self) -> Option<f64> {
        let before = self.history.last().map_or(self.spec.kind.initial(), |(_, v)| *v);
        self.current.filter(|c| *c != before)
    }
}

/// An objective the import would create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedObjective {
    /// Its first row in the file.
    pub row: usize,
    pub team: Option<(TeamId, String)>,
    pub title: String,
    /// The why, or a team objective's alignment rationale.
    pub why: String,
    /// Team objectives only.
    pub parent: Option<Parent>,
    pub owner: Option<UserId>,
    pub krs: Vec<PlannedKr>,
}

/// What importing the file would do: create `objectives`; leave alone
/// those the wave already has (`already`: title and first row), which is
/// what makes importing a file twice harmless; and refuse the whole file
/// while `problems` is not empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub objectives: Vec<PlannedObjective>,
    pub already: Vec<(String, usize)>,
    pub problems: Vec<Problem>,
    /// Owners named by an address no one in the organisation has, with the
    /// rows naming them: their objectives come in without an owner.
    pub unknown_people: Vec<(String, Vec<usize>)>,
}

impl Plan {
    pub fn key_results(&self) -> usize {
        self.objectives.iter().map(|o| o.krs.len()).sum()
    }
}

/// A key result as it is gathered from its rows: its first row, what it
/// says, its current value (undated), and its dated check-ins (row, date
/// cell, value).
struct GatheredKr {
    row: usize,
    input: KrInput,
    current: Option<String>,
    history: Vec<(usize, Cell, String)>,
}

/// One objective as it is gathered from its rows.
struct Gathering {
    row: usize,
    team_name: Option<String>,
    title: String,
    why: Option<(String, usize)>,
    aligned_to: Option<(String, usize)>,
    owner: Option<(String, usize)>,
    krs: Vec<GatheredKr>,
}

/// The rules: each data row (after the header) read against the layout and
/// what exists.
pub fn plan(rows: &[Vec<Cell>], layout: &Layout, words: &Words, decimals: Decimals, known: &Known) -> Plan {
    let mut out = Plan::default();
    let mut gathered: Vec<Gathering> = Vec::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut current: Option<usize> = None;
    if rows.len() > MAX_ROWS {
        out.problems.push(Problem { row: None, column: None, message: msg!("import-too-many-rows", max = MAX_ROWS, count = rows.len()) });
        return out;
    }
    for (i, row) in rows.iter().enumerate() {
        let n = i + 2;
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        // A formula the file kept as text, or a formula's error: its value is not in the file.
        for c in Column::ALL {
            if let Cell::Formula(f) = layout.cell(row, c) {
                out.problems.push(Problem::at(n, Some(c), msg!("import-formula", formula = f.as_str())));
            }
        }
        let text = |c: Column| layout.cell(row, c).text();
        let (team, title) = (text(Column::Team), text(Column::Objective));
        let index = if title.is_empty() {
            match current {
                Some(at) if team.is_empty() || Some(key(&team)) == gathered[at].team_name.as_deref().map(key) => at,
                _ => {
                    out.problems.push(Problem::at(n, Some(Column::Objective), msg!("import-objective-missing")));
                    continue;
                }
            }
        } else {
            let k = (key(&team), key(&title));
            *by_key.entry(k).or_insert_with(|| {
                gathered.push(Gathering {
                    row: n,
                    team_name: (!team.is_empty()).then(|| team.clone()),
                    title: title.clone(),
                    why: None,
                    aligned_to: None,
                    owner: None,
                    krs: Vec::new(),
                });
                gathered.len() - 1
            })
        };
        current = Some(index);
        let g = &mut gathered[index];
        for (column, slot) in [(Column::Why, &mut g.why), (Column::AlignedTo, &mut g.aligned_to), (Column::Owner, &mut g.owner)] {
            let value = text(column);
            if value.is_empty() {
                continue;
            }
            match slot {
                None => *slot = Some((value, n)),
                Some((earlier, at)) if key(earlier) != key(&value) => {
                    out.problems.push(Problem::at(n, Some(column), msg!("import-differs", column = column.label(), row = *at as i64)))
                }
                Some(_) => {}
            }
        }
        let kind_text = text(Column::Kind);
        let kind = if kind_text.is_empty() {
            String::new()
        } else if let Some(k) = words.kinds.get(&key(&kind_text)) {
            (*k).to_owned()
        } else {
            out.problems.push(Problem::at(n, Some(Column::Kind), msg!("import-kind-unknown", kind = kind_text.as_str())));
            continue;
        };
        // Numbers written plainly for the key result's own rules; one that is
        // not a number is reported here, once, and its key result not read.
        let mut unreadable = false;
        let mut number = |c: Column| -> String {
            match layout.cell(row, c) {
                Cell::Number(v) => plain(*v),
                Cell::Empty => String::new(),
                cell => {
                    let t = cell.text();
                    read_number(&t, decimals).map(plain).unwrap_or_else(|| {
                        if !matches!(cell, Cell::Formula(_)) {
                            out.problems.push(Problem::at(n, Some(c), msg!("import-not-a-number", value = t.as_str())));
                        }
                        unreadable = true;
                        String::new()
                    })
                }
            }
        };
        let (start, target, weight, current_value) =
            (number(Column::Start), number(Column::Target), number(Column::Weight), number(Column::Current));
        if unreadable {
            continue;
        }
        let input = KrInput { title: text(Column::KeyResult), kind, start, target, unit: text(Column::Unit), weight };
        let on = layout.cell(row, Column::CheckedOn).clone();
        if matches!(on, Cell::Formula(_)) {
            continue; // reported above
        }
        if !on.is_empty() {
            if current_value.is_empty() {
                out.problems.push(Problem::at(n, Some(Column::Current), msg!("import-check-in-value-missing")));
                continue;
            }
            let named = key(&input.title);
            if let Some(kr) = g.krs.iter_mut().find(|k| !named.is_empty() && key(&k.input.title) == named) {
                // A later check-in of a key result above.
                kr.history.push((n, on, current_value));
                continue;
            }
            if input.kind.is_empty() && input.start.is_empty() && input.target.is_empty() {
                out.problems.push(Problem::at(n, Some(Column::KeyResult), msg!("import-check-in-kr-unknown", kr = input.title.as_str())));
                continue;
            }
            // The key result's first row: its value on that day.
            g.krs.push(GatheredKr { row: n, input, current: None, history: vec![(n, on, current_value)] });
            continue;
        }
        if input.is_blank() && input.kind.is_empty() && input.unit.trim().is_empty() {
            // A row that only names its objective (its why, owner), no key result.
            continue;
        }
        g.krs.push(GatheredKr { row: n, input, current: (!current_value.is_empty()).then_some(current_value), history: Vec::new() });
    }

    let people: HashMap<String, UserId> = known.people.iter().map(|(id, e)| (e.to_lowercase(), *id)).collect();
    let wave_titles: HashMap<String, ObjectiveId> =
        known.objectives.iter().filter(|(_, team, _)| team.is_none()).map(|(id, _, t)| (key(t), *id)).collect();
    let mut unknown: Vec<(String, Vec<usize>)> = Vec::new();
    // Wave objectives first: team objectives align to them by title.
    let mut in_file: HashMap<String, usize> = HashMap::new();
    let order: Vec<usize> = (0..gathered.len())
        .filter(|&i| gathered[i].team_name.is_none())
        .chain((0..gathered.len()).filter(|&i| gathered[i].team_name.is_some()))
        .collect();
    for i in order {
        let g = &gathered[i];
        let mut problems = Vec::new();
        let title = match parse_title(&g.title) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem::at(g.row, Some(Column::Objective), e.message));
                g.title.clone()
            }
        };
        let team = match &g.team_name {
            None => {
                if !known.may_lead {
                    problems.push(Problem::at(g.row, Some(Column::Team), msg!("import-wave-objective-forbidden")));
                }
                None
            }
            Some(name) => match known.teams.iter().find(|(_, t, _)| key(t) == key(name)) {
                None => {
                    problems.push(Problem::at(g.row, Some(Column::Team), msg!("import-team-unknown", team = name.as_str())));
                    None
                }
                Some((id, t, archived)) => {
                    if *archived {
                        problems.push(Problem::at(g.row, Some(Column::Team), msg!("conflict-team-archived-objectives", team = t.as_str())));
                    } else if !known.may_write_any_team && !known.own_teams.contains(id) {
                        problems.push(Problem::at(g.row, Some(Column::Team), msg!("forbidden-team-objectives", team = t.as_str())));
                    }
                    Some((*id, t.clone()))
                }
            },
        };
        let why_text = g.why.as_ref().map(|(w, _)| w.as_str()).unwrap_or("");
        let why_row = g.why.as_ref().map_or(g.row, |(_, r)| *r);
        let why = if g.team_name.is_none() { parse_why(why_text) } else { parse_rationale(why_text) };
        let why = why.unwrap_or_else(|e| {
            problems.push(Problem::at(why_row, Some(Column::Why), e.message));
            String::new()
        });
        let parent = match (&g.team_name, &g.aligned_to) {
            (None, Some((_, r))) => {
                problems.push(Problem::at(*r, Some(Column::AlignedTo), msg!("import-wave-objective-aligned")));
                None
            }
            (None, None) => None,
            (Some(_), None) => {
                problems.push(Problem::at(g.row, Some(Column::AlignedTo), msg!("import-aligned-missing")));
                None
            }
            (Some(_), Some((name, r))) => match in_file.get(&key(name)) {
                Some(&index) => Some(Parent::InFile(index)),
                None => match wave_titles.get(&key(name)) {
                    Some(&id) => Some(Parent::Existing(id)),
                    None => {
                        problems.push(Problem::at(*r, Some(Column::AlignedTo), msg!("import-aligned-unknown", objective = name.as_str())));
                        None
                    }
                },
            },
        };
        // The wave has it already (the same team and title): left as it is
        // (its owner is not looked for, its key results not read).
        let owner_team = match (&g.team_name, &team) {
            (None, _) => Some(None),
            (Some(_), Some((id, _))) => Some(Some(*id)),
            (Some(_), None) => None,
        };
        let exists = owner_team.is_some_and(|t| {
            known.objectives.iter().any(|(_, o, e)| *o == t && key(e) == key(&title))
                || known.proposed.iter().any(|(o, e)| Some(*o) == t && key(e) == key(&title))
        });
        if exists {
            out.already.push((title, g.row));
            continue;
        }
        let owner = match &g.owner {
            None => None,
            Some((address, r)) => match people.get(&address.to_lowercase()) {
                Some(id) => Some(*id),
                None => {
                    match unknown.iter_mut().find(|(a, _)| a.eq_ignore_ascii_case(address)) {
                        Some((_, rows)) => rows.push(*r),
                        None => unknown.push((address.clone(), vec![*r])),
                    }
                    None
                }
            },
        };
        let mut krs = Vec::new();
        if g.krs.is_empty() {
            problems.push(Problem::at(g.row, Some(Column::KeyResult), msg!("import-krs-none")));
        } else if g.krs.len() > MAX_KEY_RESULTS {
            problems.push(Problem::at(
                g.krs[MAX_KEY_RESULTS].row,
                Some(Column::KeyResult),
                msg!("import-krs-many", max = MAX_KEY_RESULTS, count = g.krs.len()),
            ));
        }
        for (k, gathered) in g.krs.iter().enumerate() {
            let row = &gathered.row;
            match KrSpec::parse(&gathered.input, k + 1) {
                Ok(spec) => {
                    let current = match gathered.current.as_deref().map(|c| spec.kind.parse_value(c)) {
                        None => None,
                        Some(Ok(v)) => Some(v),
                        Some(Err(e)) => {
                            problems.push(Problem::at(*row, Some(Column::Current), e.message));
                            None
                        }
                    };
                    let history = check_ins(&gathered.history, &spec, known.check_in_days, &mut problems);
                    krs.push(PlannedKr { spec, history, current });
                }
                Err(e) => problems.push(Problem::at(*row, Some(column_of(&e.field)), e.message)),
            }
        }
        if g.team_name.is_none() {
            // The team objectives below find it by its title.
            in_file.insert(key(&title), out.objectives.len());
        }
        out.problems.extend(problems);
        out.objectives.push(PlannedObjective { row: g.row, team, title, why, parent, owner, krs });
    }
    out.problems.sort_by_key(|p| (p.row, p.column.map(|c| c as u8)));
    out.unknown_people = unknown;
    out
}

/// A key result's dated check-ins, read and sorted by day; each that is not
/// a date, falls outside `days`, or is not a value of its kind is a problem.
fn check_ins(
    rows: &[(usize, Cell, String)],
    spec: &KrSpec,
    days: Option<(NaiveDate, NaiveDate)>,
    problems: &mut Vec<Problem>,
) -> Vec<(NaiveDate, f64)> {
    let mut out = Vec::new();
    for (row, cell, value) in rows {
        let Some(day) = read_date(cell) else {
            problems.push(Problem::at(*row, Some(Column::CheckedOn), msg!("import-date-unreadable", value = cell.text())));
            continue;
        };
        match days {
            None => {
                problems.push(Problem::at(*row, Some(Column::CheckedOn), msg!("import-check-in-not-started")));
                continue;
            }
            Some((from, to)) if day < from || day > to => {
                let said = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
                problems.push(Problem::at(
                    *row,
                    Some(Column::CheckedOn),
                    msg!("import-date-outside", date = said(day), from = said(from), to = said(to)),
                ));
                continue;
            }
            Some(_) => {}
        }
        match spec.kind.parse_value(value) {
            Ok(v) => out.push((day, v)),
            Err(e) => problems.push(Problem::at(*row, Some(Column::Current), e.message)),
        }
    }
    out.sort_by_key(|(day, _)| *day);
    out
}

/// The column a key result's rule names by its form field (`kr2_target`).
fn column_of(field: &str) -> Column {
    match field.rsplit('_').next() {
        Some("start") => Column::Start,
        Some("target") => Column::Target,
        Some("kind") => Column::Kind,
        Some("weight") => Column::Weight,
        _ => Column::KeyResult,
    }
}

mod cell;
pub mod items;
pub mod starter;
pub mod template;
pub mod view;

#[cfg(test)]
mod tests;
