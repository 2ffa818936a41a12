//! Other tools' exports, where each row is one item — an objective or a
//! key result — with its type and its parent, as Viva Goals and tools like
//! it write them. They are turned, row for row, into Mistvine's layout, so
//! that every problem still names the file's own row, and then read by the
//! same rules as any file. A check-in row (type *Check-in* or *Update*,
//! its parent the key result, with a date and a value) becomes a dated
//! check-in of that key result, so a key result's history comes along.
//! Rows of other types (initiatives, projects, tasks: the "how", which
//! Mistvine leaves to teams) are left out.

use super::{key, Cell, Column};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Item {
    Title,
    Type,
    Parent,
    Owner,
    Team,
    Description,
    Start,
    Target,
    Current,
    Unit,
    Weight,
    Date,
}

/// The names such exports give each column, the likeliest first (an
/// "Owner email" column wins over an "Owner" one holding names).
const NAMES: &[(Item, &[&str])] = &[
    (Item::Title, &["title", "name", "okr title", "okr name", "okr"]),
    (Item::Type, &["type", "okr type", "item type", "entity type"]),
    (Item::Parent, &["parent", "parent title", "parent okr", "parent name", "parent objective", "aligned to"]),
    (Item::Owner, &["owner email", "owner e-mail", "owner's email", "owner", "owners"]),
    (Item::Team, &["team", "owner team", "owning team", "teams"]),
    (Item::Description, &["description", "notes", "why"]),
    (Item::Start, &["start value", "starting value", "start", "baseline"]),
    (Item::Target, &["target value", "target", "goal value"]),
    (Item::Current, &["current value", "current", "actual value", "actual", "value", "check-in value", "progress value"]),
    (Item::Unit, &["unit", "metric unit", "unit of measure", "units"]),
    (Item::Weight, &["weight", "weightage"]),
    (Item::Date, &["check-in date", "checkin date", "date", "updated on", "update date", "created on", "created date", "as of"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Objective,
    KeyResult,
    CheckIn,
    Other,
}

fn kind_of(cell: &Cell) -> Kind {
    match key(&cell.text()).replace(['-', '_'], " ").as_str() {
        "objective" | "objectives" | "goal" | "okr objective" => Kind::Objective,
        "key result" | "key results" | "keyresult" | "kr" | "okr key result" => Kind::KeyResult,
        "check in" | "check ins" | "checkin" | "checkins" | "update" | "progress update" | "kr update" => Kind::CheckIn,
        _ => Kind::Other,
    }
}

/// An item export's header and rows in Mistvine's layout (the header in
/// English, which every import reads), or `None` when the header is not
/// one: it has no Type and Title columns, or it names Mistvine's own
/// Key result column.
pub fn convert(header: &[Cell], rows: &[Vec<Cell>]) -> Option<(Vec<Cell>, Vec<Vec<Cell>>)> {
    let names: Vec<String> = header.iter().map(|c| key(&c.text())).collect();
    if names.iter().any(|n| n == &key(Column::KeyResult.english())) {
        return None;
    }
    let mut at: HashMap<Item, usize> = HashMap::new();
    for (item, candidates) in NAMES {
        if let Some(i) = candidates.iter().find_map(|c| names.iter().position(|n| n == c)) {
            at.insert(*item, i);
        }
    }
    if !at.contains_key(&Item::Title) || !at.contains_key(&Item::Type) {
        return None;
    }
    const EMPTY: Cell = Cell::Empty;
    let cell = |row: &'_ [Cell], item: Item| -> Cell { at.get(&item).and_then(|&i| row.get(i)).cloned().unwrap_or(EMPTY) };
    // Each objective's team by its title, and each key result's objective,
    // for key results and objectives that name their parent.
    let mut team_of: HashMap<String, Cell> = HashMap::new();
    let mut objective_of_kr: HashMap<String, String> = HashMap::new();
    let mut last_objective: Option<String> = None;
    for row in rows {
        let title = cell(row, Item::Title).text();
        match kind_of(&cell(row, Item::Type)) {
            Kind::Objective => {
                team_of.entry(key(&title)).or_insert_with(|| cell(row, Item::Team));
                last_objective = Some(title);
            }
            Kind::KeyResult => {
                let parent = cell(row, Item::Parent).text();
                let objective = if parent.is_empty() { last_objective.clone() } else { Some(parent) };
                if let Some(o) = objective {
                    objective_of_kr.entry(key(&title)).or_insert(o);
                }
            }
            Kind::CheckIn | Kind::Other => {}
        }
    }
    let out_header = Column::ALL.iter().map(|c| Cell::Text(c.english().to_owned())).collect();
    let out_rows = rows
        .iter()
        .map(|row| {
            let mut out = vec![Cell::Empty; Column::ALL.len()];
            let mut put = |column: Column, value: Cell| {
                if let Some(i) = Column::ALL.iter().position(|c| *c == column) {
                    out[i] = value;
                }
            };
            match kind_of(&cell(row, Item::Type)) {
                Kind::Objective => {
                    put(Column::Team, cell(row, Item::Team));
                    put(Column::Objective, cell(row, Item::Title));
                    put(Column::Why, cell(row, Item::Description));
                    // An objective aligned to a key result aligns to that key result's objective.
                    let parent = cell(row, Item::Parent);
                    let parent = match objective_of_kr.get(&key(&parent.text())) {
                        Some(objective) => Cell::Text(objective.clone()),
                        None => parent,
                    };
                    put(Column::AlignedTo, parent);
                    put(Column::Owner, cell(row, Item::Owner));
                }
                Kind::KeyResult => {
                    let parent = cell(row, Item::Parent);
                    if !parent.is_empty() {
                        put(Column::Team, team_of.get(&key(&parent.text())).cloned().unwrap_or(Cell::Empty));
                        put(Column::Objective, parent);
                    }
                    put(Column::KeyResult, cell(row, Item::Title));
                    let (start, target, unit) = (cell(row, Item::Start), cell(row, Item::Target), cell(row, Item::Unit));
                    let kind = if start.is_empty() && target.is_empty() {
                        "milestone"
                    } else if unit.text().trim() == "%" {
                        "percentage"
                    } else {
                        "numeric"
                    };
                    put(Column::Kind, Cell::Text(kind.to_owned()));
                    put(Column::Start, start);
                    put(Column::Target, target);
                    put(Column::Current, cell(row, Item::Current));
                    if kind == "numeric" {
                        put(Column::Unit, unit);
                    }
                    put(Column::Weight, cell(row, Item::Weight));
                }
                Kind::CheckIn => {
                    // Its key result's objective and team (a check-in names its key result).
                    let kr = cell(row, Item::Parent);
                    if let Some(objective) = objective_of_kr.get(&key(&kr.text())) {
                        put(Column::Team, team_of.get(&key(objective)).cloned().unwrap_or(Cell::Empty));
                        put(Column::Objective, Cell::Text(objective.clone()));
                    }
                    put(Column::KeyResult, kr);
                    put(Column::Current, cell(row, Item::Current));
                    put(Column::CheckedOn, cell(row, Item::Date));
                }
                Kind::Other => {}
            }
            out
        })
        .collect();
    Some((out_header, out_rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{TeamId, UserId};
    use crate::domain::import::{plan, Decimals, Known, Layout, Parent, Words};
    use crate::domain::key_result::KrKind;

    fn sheet(text: &str) -> Vec<Vec<Cell>> {
        text.lines().map(|l| l.split(',').map(Cell::from_text).collect()).collect()
    }

    fn known() -> Known {
        Known {
            teams: vec![(TeamId(1), "Platform".into(), false)],
            people: vec![(UserId(5), "ana@example.com".into())],
            may_lead: true,
            may_write_any_team: true,
            ..Known::default()
        }
    }

    const VIVA: &str = "Title,Type,Parent,Owner Email,Team,Description,Start Value,Target Value,Current Value,Unit,Progress\n\
        Customers love onboarding,Objective,,ana@example.com,,First weeks decide who stays.,,,,,\n\
        Activation rate,Key Result,Customers love onboarding,,,,30,45,35,%,33\n\
        Run interviews,Initiative,Customers love onboarding,,,,,,,,\n\
        Guide published,Key Result,,,,,,,,,0\n\
        Faster set-up,Objective,Activation rate,bo@example.com,Platform,Set-up is the slowest step.,,,,,\n\
        Set-up time,Key Result,Faster set-up,,,,90,30,60,min,50\n";

    #[test]
    fn an_item_export_becomes_objectives_with_their_key_results_row_for_row() {
        let rows = sheet(VIVA);
        let (header, converted) = convert(&rows[0], &rows[1..]).expect("an item export");
        assert_eq!(converted.len(), rows.len() - 1, "one row for each of the file's rows");
        let words = Words::english();
        let layout = Layout::read(&header, &words).unwrap();
        let p = plan(&converted, &layout, &words, Decimals::Point, &known());
        assert_eq!(p.problems, vec![]);
        assert_eq!(p.objectives.len(), 2);
        let wave = &p.objectives[0];
        assert_eq!(
            (wave.title.as_str(), wave.why.as_str(), wave.owner),
            ("Customers love onboarding", "First weeks decide who stays.", Some(UserId(5)))
        );
        assert_eq!(wave.krs.len(), 2, "the initiative is left out; a key result without parent belongs to the objective above");
        assert_eq!(wave.krs[0].spec.kind, KrKind::Percentage { start: 30.0, target: 45.0 });
        assert_eq!(wave.krs[0].current, Some(35.0));
        assert_eq!(wave.krs[1].spec.kind, KrKind::Milestone);
        let team = &p.objectives[1];
        assert_eq!(team.team.as_ref().map(|t| t.1.as_str()), Some("Platform"));
        assert_eq!(team.parent, Some(Parent::InFile(0)), "aligned to a key result: to its objective");
        assert_eq!(team.krs[0].spec.kind, KrKind::Numeric { start: 90.0, target: 30.0, unit: "min".into() });
        assert_eq!(p.unknown_people, vec![("bo@example.com".to_owned(), vec![6])], "people by e-mail; rows as the file numbers them");
    }

    #[test]
    fn check_in_rows_become_the_key_results_dated_history() {
        let rows = sheet(
            "Title,Type,Parent,Team,Description,Start Value,Target Value,Current Value,Unit,Date\n\
             Customers love onboarding,Objective,,,First weeks decide.,,,,,\n\
             Activation rate,Key Result,Customers love onboarding,,,30,45,38,%,\n\
             Faster set-up,Objective,Activation rate,Platform,Set-up is slow.,,,,,\n\
             Set-up time,Key Result,Faster set-up,,,90,30,60,min,\n\
             Weekly update,Check-in,Activation rate,,,,,33,,2026-10-09\n\
             Weekly update,Check-in,Activation rate,,,,,35,,2026-10-02\n\
             Weekly update,Check-in,Activation rate,,,,,38,,16/10/2026\n\
             Update,Check-in,Set-up time,,,,,70,,2026-10-05\n",
        );
        let (header, converted) = convert(&rows[0], &rows[1..]).expect("an item export");
        let words = Words::english();
        let known = Known { check_in_days: Some((day(2026, 10, 1), day(2026, 10, 20))), ..known() };
        let p = plan(&converted, &Layout::read(&header, &words).unwrap(), &words, Decimals::Point, &known);
        assert_eq!(p.problems, vec![]);
        let activation = &p.objectives[0].krs[0];
        assert_eq!(activation.history, vec![(day(2026, 10, 2), 35.0), (day(2026, 10, 9), 33.0), (day(2026, 10, 16), 38.0)]);
        assert_eq!(activation.current_now(), None, "the current value is the last check-in's");
        let setup = &p.objectives[1].krs[0];
        assert_eq!((setup.history.clone(), setup.current_now()), (vec![(day(2026, 10, 5), 70.0)], Some(60.0)));
    }

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn problems_name_the_files_own_rows() {
        let rows = sheet("Name,Type,Parent,Team,Start Value,Target Value\nGrow,Objective,,,,\nRevenue,Key Result,Grow,,10,lots\n");
        let (header, converted) = convert(&rows[0], &rows[1..]).unwrap();
        let words = Words::english();
        let p = plan(&converted, &Layout::read(&header, &words).unwrap(), &words, Decimals::Point, &known());
        let places: Vec<_> = p.problems.iter().map(|pr| (pr.row, pr.column)).collect();
        assert!(places.contains(&(Some(2), Some(Column::Why))), "{places:?}");
        assert!(places.contains(&(Some(3), Some(Column::Target))), "{places:?}");
    }

    #[test]
    fn mistvines_own_layout_and_other_sheets_are_not_item_exports() {
        let ours = sheet("Team,Objective,Key result,Type\n");
        assert!(convert(&ours[0], &[]).is_none());
        let plain = sheet("Objective,Key result,Owner,Start,Target,Current\n");
        assert!(convert(&plain[0], &[]).is_none());
    }
}
