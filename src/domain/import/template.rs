//! A new wave from an earlier one's structure: the earlier wave's
//! objectives written as an import sheet, so that they go through the same
//! preview, rules and single transaction as any file. Key results start
//! again at their start values; owners are left for the new wave to set.

use super::Column;
use crate::domain::ids::ObjectiveId;
use crate::domain::key_result::KrKind;

/// An objective of the earlier wave, as the template copies it.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    pub id: ObjectiveId,
    pub title: String,
    pub why: String,
    /// `None`: a wave objective.
    pub team: Option<String>,
    pub parent: Option<ObjectiveId>,
    /// Title, kind and weight of each key result.
    pub krs: Vec<(String, KrKind, f64)>,
}

/// The header and rows (one per key result, in `Column::ALL`'s order, in
/// English, which every import reads) that recreate `earlier`'s wave
/// objectives and, of the team objectives aligned to them, those of the
/// teams `team_wanted` accepts.
pub fn sheet(earlier: &[Earlier], team_wanted: impl Fn(&str) -> bool) -> Vec<Vec<String>> {
    let mut rows = vec![Column::ALL.iter().map(|c| c.english().to_owned()).collect::<Vec<_>>()];
    let wave_objectives: Vec<&Earlier> = earlier.iter().filter(|o| o.team.is_none()).collect();
    let title_of = |id: ObjectiveId| wave_objectives.iter().find(|o| o.id == id).map(|o| o.title.clone());
    let team_objectives = earlier.iter().filter(|o| o.team.as_deref().is_some_and(&team_wanted));
    for o in wave_objectives.iter().copied().chain(team_objectives) {
        let aligned_to = match (&o.team, o.parent) {
            (None, _) => String::new(),
            (Some(_), Some(parent)) => match title_of(parent) {
                Some(title) => title,
                None => continue,
            },
            (Some(_), None) => continue,
        };
        for (i, (title, kind, weight)) in o.krs.iter().enumerate() {
            let (start, target, unit) = match kind {
                KrKind::Numeric { start, target, unit } => (number(*start), number(*target), unit.clone()),
                KrKind::Percentage { start, target } => (number(*start), number(*target), String::new()),
                KrKind::Milestone => (String::new(), String::new(), String::new()),
            };
            let first = i == 0;
            let once = |s: &str| if first { s.to_owned() } else { String::new() };
            rows.push(vec![
                o.team.clone().unwrap_or_default(),
                o.title.clone(),
                once(&o.why),
                once(&aligned_to),
                String::new(),
                title.clone(),
                kind.name().to_owned(),
                start,
                target,
                unit,
                number(*weight),
                String::new(),
                String::new(),
            ]);
        }
    }
    rows
}

/// A number as the import reads it back exactly (a point for decimals).
fn number(v: f64) -> String {
    format!("{v}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::TeamId;
    use crate::domain::import::{plan, Cell, Decimals, Known, Layout, Parent, Words};

    fn earlier() -> Vec<Earlier> {
        vec![
            Earlier {
                id: ObjectiveId(1),
                title: "Delight new customers".into(),
                why: "They stay when the first week works.".into(),
                team: None,
                parent: None,
                krs: vec![
                    ("Activation".into(), KrKind::Percentage { start: 30.0, target: 45.5 }, 2.0),
                    ("Guide".into(), KrKind::Milestone, 1.0),
                ],
            },
            Earlier {
                id: ObjectiveId(2),
                title: "Faster set-up".into(),
                why: "Set-up is the first week's biggest cost.".into(),
                team: Some("Platform".into()),
                parent: Some(ObjectiveId(1)),
                krs: vec![("Set-up time".into(), KrKind::Numeric { start: 90.0, target: 30.0, unit: "min".into() }, 1.0)],
            },
            Earlier {
                id: ObjectiveId(3),
                title: "More leads".into(),
                why: "Pipeline.".into(),
                team: Some("Sales".into()),
                parent: Some(ObjectiveId(1)),
                krs: vec![("Leads".into(), KrKind::Numeric { start: 0.0, target: 10.0, unit: String::new() }, 1.0)],
            },
        ]
    }

    fn cells(rows: &[Vec<String>]) -> Vec<Vec<Cell>> {
        rows.iter().map(|r| r.iter().map(|c| Cell::from_text(c)).collect()).collect()
    }

    #[test]
    fn the_sheet_recreates_the_structure_through_the_import_rules() {
        let rows = cells(&sheet(&earlier(), |team| team == "Platform"));
        let words = Words::english();
        let layout = Layout::read(&rows[0], &words).expect("the header reads");
        let known = Known {
            teams: vec![(TeamId(7), "Platform".into(), false), (TeamId(8), "Sales".into(), false)],
            may_lead: true,
            may_write_any_team: true,
            ..Known::default()
        };
        let planned = plan(&rows[1..], &layout, &words, Decimals::Point, &known);
        assert_eq!(planned.problems, vec![]);
        let titles: Vec<&str> = planned.objectives.iter().map(|o| o.title.as_str()).collect();
        assert_eq!(titles, ["Delight new customers", "Faster set-up"], "Sales was not wanted");
        let wave = &planned.objectives[0];
        assert_eq!(wave.why, "They stay when the first week works.");
        assert_eq!(wave.krs.len(), 2);
        assert_eq!(wave.krs[0].spec.kind, KrKind::Percentage { start: 30.0, target: 45.5 });
        assert_eq!(wave.krs[0].spec.weight, 2.0);
        assert_eq!(wave.krs[0].current, None, "key results start again");
        let team = &planned.objectives[1];
        assert_eq!(team.parent, Some(Parent::InFile(0)));
        assert_eq!(team.krs[0].spec.kind, KrKind::Numeric { start: 90.0, target: 30.0, unit: "min".into() });
    }

    #[test]
    fn without_teams_only_wave_objectives_come() {
        let rows = sheet(&earlier(), |_| false);
        assert_eq!(rows.len(), 3, "the header and two key results");
        assert!(rows[1..].iter().all(|r| r[0].is_empty()));
    }
}
