//! The import's rules, row by row.

use super::*;
use crate::domain::key_result::KrKind;

fn sheet(csv: &str) -> Vec<Vec<Cell>> {
    csv.lines().map(|l| l.split('|').map(Cell::from_text).collect()).collect()
}

const HEADER: &str = "Team|Objective|Why|Aligned to|Owner|Key result|Kind|Start|Target|Unit|Weight|Current";

fn known() -> Known {
    Known {
        teams: vec![(TeamId(1), "Platform".into(), false), (TeamId(2), "Old team".into(), true)],
        people: vec![(UserId(7), "lena@example.com".into())],
        objectives: vec![(ObjectiveId(50), None, "Existing wave objective".into())],
        may_lead: true,
        may_write_any_team: false,
        own_teams: vec![TeamId(1)],
        proposed: Vec::new(),
        check_in_days: None,
    }
}

fn read(body: &str, known: &Known) -> Plan {
    let rows = sheet(&format!("{HEADER}\n{body}"));
    let words = Words::english();
    let layout = Layout::read(&rows[0], &words).expect("the header");
    plan(&rows[1..], &layout, &words, Decimals::Point, known)
}

fn said(p: &Plan) -> Vec<(Option<usize>, Option<Column>, String)> {
    p.problems.iter().map(|p| (p.row, p.column, p.message.to_string())).collect()
}

#[test]
fn a_wave_objective_and_an_aligned_team_objective_with_their_key_results() {
    let p = read(
        "|Fast onboarding|Customers stay when it is quick.||Lena@Example.com|Week-one activation|percentage|30|60||2|35\n\
         |||||Docs rewritten|milestone||||||\n\
         Platform|Faster sign-up|Sign-up is the first minute of onboarding.|fast onboarding||Sign-up p95|numeric|9|3|s||",
        &known(),
    );
    assert_eq!(said(&p), vec![]);
    assert_eq!(p.objectives.len(), 2);
    let wave = &p.objectives[0];
    assert_eq!((wave.title.as_str(), wave.team.is_none(), wave.owner, wave.krs.len()), ("Fast onboarding", true, Some(UserId(7)), 2));
    assert_eq!(wave.krs[0].current, Some(35.0));
    assert_eq!(wave.krs[0].spec.weight, 2.0);
    let team = &p.objectives[1];
    assert_eq!(team.team, Some((TeamId(1), "Platform".into())));
    assert_eq!(team.parent, Some(Parent::InFile(0)));
    assert_eq!(team.why, "Sign-up is the first minute of onboarding.");
    assert_eq!(p.key_results(), 3);
}

#[test]
fn every_problem_is_reported_by_row_and_column() {
    let p = read(
        "Nowhere|Ghost team's objective|Because.|Existing wave objective||KR|||1||\n\
         |No why||||KR|numeric|1|2|||\n\
         Platform|Unaligned|Because.|||KR|numeric|1|2|||\n\
         Platform|Aligned to nothing|Because.|Missing one||KR|numeric|1|2|||\n\
         |Bad numbers|Because.|||KR|numeric|one|2|||\n\
         |Strange kind|Because.|||KR|gauge|1|2|||\n\
         |Formula|Because.|||KR|numeric|=A1*2|2|||\n\
         |Same ends|Because.|||KR|numeric|2|2|||\n\
         Old team|Archived|Because.|Existing wave objective||KR|numeric|1|2|||",
        &known(),
    );
    let problems = said(&p);
    let at = |row: usize, column: Column| {
        problems.iter().find(|(r, c, _)| *r == Some(row) && *c == Some(column)).map(|(_, _, m)| m.clone()).unwrap_or_default()
    };
    assert!(at(2, Column::Team).contains("Nowhere"), "{problems:?}");
    assert!(at(3, Column::Why).contains("Say why"), "{problems:?}");
    assert!(!at(4, Column::AlignedTo).is_empty(), "{problems:?}");
    assert!(at(5, Column::AlignedTo).contains("Missing one"), "{problems:?}");
    assert!(at(6, Column::Start).contains("one"), "{problems:?}");
    assert!(at(7, Column::Kind).contains("gauge"), "{problems:?}");
    assert!(at(8, Column::Start).contains("=A1*2"), "{problems:?}");
    assert!(!at(9, Column::Target).is_empty(), "{problems:?}");
    assert!(at(10, Column::Team).contains("Old team"), "{problems:?}");
    // In the order of the file, each once.
    let rows: Vec<usize> = p.problems.iter().filter_map(|p| p.row).collect();
    assert!(rows.windows(2).all(|w| w[0] <= w[1]), "{rows:?}");
}

#[test]
fn what_the_wave_has_already_is_left_alone_so_a_second_import_adds_nothing() {
    let body = "|Existing wave objective|Why.|||KR|numeric|1|2|||\n\
                Platform|Aligned|Because.|Existing wave objective||KR|numeric|1|2|||";
    let first = read(body, &known());
    assert_eq!(said(&first), vec![]);
    assert_eq!(first.already, vec![("Existing wave objective".to_string(), 2)]);
    assert_eq!(first.objectives.len(), 1);
    assert_eq!(first.objectives[0].parent, Some(Parent::Existing(ObjectiveId(50))));
    let mut after = known();
    after.objectives.push((ObjectiveId(51), Some(TeamId(1)), "aligned".into()));
    let second = read(body, &after);
    assert!(second.objectives.is_empty());
    assert_eq!(second.already.len(), 2);
    // A team objective proposed to its team (not adopted yet) counts as there too.
    let mut proposed = known();
    proposed.proposed.push((TeamId(1), "ALIGNED".into()));
    let third = read(body, &proposed);
    assert!(third.objectives.is_empty(), "{:?}", third.objectives);
    assert_eq!(third.already, vec![("Existing wave objective".to_string(), 2), ("Aligned".to_string(), 3)]);
}

#[test]
fn who_may_write_what() {
    let mut member = known();
    member.may_lead = false;
    member.own_teams = vec![];
    let p = read("|A wave objective|Why.|||KR|numeric|1|2|||\nPlatform|Ours|Because.|A wave objective||KR|numeric|1|2|||", &member);
    let problems = said(&p);
    assert!(problems.iter().any(|(r, c, _)| *r == Some(2) && *c == Some(Column::Team)), "{problems:?}");
    assert!(problems.iter().any(|(r, _, m)| *r == Some(3) && m.contains("Platform")), "{problems:?}");
    let mut admin = member.clone();
    admin.may_lead = true;
    admin.may_write_any_team = true;
    assert_eq!(said(&read("Platform|Ours|Because.|Existing wave objective||KR|numeric|1|2|||", &admin)), vec![]);
}

#[test]
fn people_not_found_are_listed_and_their_objectives_come_without_an_owner() {
    let p = read("|One|Why.||ghost@example.com|KR|numeric|1|2|||\n|Two|Why.||GHOST@example.com|KR|numeric|1|2|||", &known());
    assert_eq!(said(&p), vec![]);
    assert_eq!(p.unknown_people, vec![("ghost@example.com".to_string(), vec![2, 3])]);
    assert!(p.objectives.iter().all(|o| o.owner.is_none()));
    // An objective the wave has already is left alone, its owner not looked for.
    let again = read("|Existing wave objective|Why.||ghost@example.com|KR|numeric|1|2|||", &known());
    assert_eq!((again.already.len(), again.unknown_people.len()), (1, 0));
}

#[test]
fn more_than_five_key_results_or_none() {
    let six: String = (1..=6).map(|i| format!("|Big|Why.|||KR {i}|numeric|0|{i}|||\n")).collect();
    let p = read(&format!("{six}|Empty|Why.||||||||"), &known());
    let problems = said(&p);
    assert!(problems.iter().any(|(r, c, _)| *r == Some(7) && *c == Some(Column::KeyResult)), "{problems:?}");
    assert!(problems.iter().any(|(r, c, _)| *r == Some(8) && *c == Some(Column::KeyResult)), "{problems:?}");
}

#[test]
fn a_row_that_differs_from_its_objectives_first_row_is_reported() {
    let p = read("|One|Why.|||KR|numeric|1|2|||\n|One|Another why.|||KR 2|numeric|1|2|||", &known());
    assert_eq!(p.problems.len(), 1);
    assert_eq!((p.problems[0].row, p.problems[0].column), (Some(3), Some(Column::Why)));
}

#[test]
fn headers_are_read_without_case_or_spacing_and_must_name_objective_and_key_result() {
    let words = Words::english();
    let ok = Layout::read(&sheet(" objective | KEY  RESULT |notes")[0], &words).unwrap();
    assert!(ok.has(Column::Objective) && ok.has(Column::KeyResult) && !ok.has(Column::Team));
    let missing = Layout::read(&sheet("Objective|Start")[0], &words).unwrap_err();
    assert_eq!(missing.len(), 1);
    assert!(missing[0].message.to_string().contains("Key result"));
    assert!(Layout::read(&sheet("Objective|Key result|Objective")[0], &words).is_err());
}

#[test]
fn numbers_as_people_write_them() {
    assert_eq!(read_number("1,234.5", Decimals::Point), Some(1234.5));
    assert_eq!(read_number("1.234,5", Decimals::Comma), Some(1234.5));
    assert_eq!(read_number("1.234,5", Decimals::Point), Some(1234.5));
    assert_eq!(read_number("12,5", Decimals::Comma), Some(12.5));
    assert_eq!(read_number("40 %", Decimals::Point), Some(40.0));
    assert_eq!(read_number("1 000", Decimals::Comma), Some(1000.0));
    assert_eq!(read_number("-3", Decimals::Point), Some(-3.0));
    assert_eq!(read_number("three", Decimals::Point), None);
    assert_eq!(read_number("", Decimals::Point), None);
    assert_eq!(read_number("inf", Decimals::Point), None);
}

#[test]
fn a_formula_kept_as_text_is_not_a_value() {
    assert_eq!(Cell::from_text("=SUM(A1:A3)"), Cell::Formula("=SUM(A1:A3)".into()));
    assert_eq!(Cell::from_text("  "), Cell::Empty);
    assert_eq!(Cell::from_text("=="), Cell::Text("==".into()));
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A sheet with the Checked on column, read in an active wave that began
/// on 2026-10-01, on 2026-10-20.
fn read_dated(body: &str, known: &Known) -> Plan {
    let rows = sheet(&format!("{HEADER}|Checked on\n{body}"));
    let words = Words::english();
    let layout = Layout::read(&rows[0], &words).expect("the header");
    plan(&rows[1..], &layout, &words, Decimals::Point, known)
}

fn in_active_wave() -> Known {
    Known { check_in_days: Some((day("2026-10-01"), day("2026-10-20"))), ..known() }
}

#[test]
fn dated_rows_bring_a_key_results_check_in_history_in_order_of_their_days() {
    let p = read_dated(
        "|Grow|Why.|||Revenue|numeric|0|100|||10|2026-10-02\n\
         |||||Revenue||||||40|16.10.2026\n\
         |||||revenue||||||25|2026-10-09T08:30:00\n\
         |||||Costs|numeric|50|20|||45|\n",
        &in_active_wave(),
    );
    assert_eq!(said(&p), vec![]);
    let krs = &p.objectives[0].krs;
    assert_eq!(krs.len(), 2, "a dated row naming a key result above adds to its history");
    assert_eq!(krs[0].history, vec![(day("2026-10-02"), 10.0), (day("2026-10-09"), 25.0), (day("2026-10-16"), 40.0)]);
    assert_eq!((krs[0].current, krs[0].current_now()), (None, None), "the latest check-in is where it stands");
    assert_eq!((krs[1].history.len(), krs[1].current_now()), (0, Some(45.0)), "no date: checked in at the import");
}

#[test]
fn a_current_value_equal_to_the_last_check_in_is_not_checked_in_again() {
    let mut kr = PlannedKr {
        spec: KrSpec { title: "R".into(), kind: KrKind::Numeric { start: 0.0, target: 10.0, unit: String::new() }, weight: 1.0 },
        history: vec![(day("2026-10-02"), 4.0)],
        current: Some(4.0),
    };
    assert_eq!(kr.current_now(), None);
    kr.current = Some(6.0);
    assert_eq!(kr.current_now(), Some(6.0));
    kr.history.clear();
    kr.current = Some(0.0);
    assert_eq!(kr.current_now(), None, "the start value is no check-in");
}

#[test]
fn every_problem_with_a_dated_check_in_is_reported_where_it_is() {
    let p = read_dated(
        "|Grow|Why.|||Revenue|numeric|0|100|||10|2026-10-02\n\
         |||||Revenue||||||20|03/04/2026\n\
         |||||Revenue||||||30|2026-09-30\n\
         |||||Revenue||||||35|2026-10-21\n\
         |||||Revenue|||||||2026-10-05\n\
         |||||Costs||||||5|2026-10-05\n\
         |||||Revenue||||||lots|2026-10-06\n",
        &in_active_wave(),
    );
    let at = |row: usize| said(&p).into_iter().filter(|(r, _, _)| *r == Some(row)).map(|(_, c, m)| (c, m)).collect::<Vec<_>>();
    assert_eq!(
        at(3),
        vec![(Some(Column::CheckedOn), "“03/04/2026” is not a date this import reads: write it as 2026-03-14 (year, month, day).".into())]
    );
    assert_eq!(
        at(4),
        vec![(
            Some(Column::CheckedOn),
            "2026-09-30 is outside this wave’s check-ins, which run from 2026-10-01 to today (2026-10-20).".into()
        )]
    );
    assert_eq!(at(5)[0].0, Some(Column::CheckedOn), "after today");
    assert_eq!(at(6), vec![(Some(Column::Current), "A dated check-in needs its value in Current.".into())]);
    assert_eq!(at(7), vec![(Some(Column::KeyResult), "No key result “Costs” above in this objective to add this check-in to.".into())]);
    assert_eq!(at(8)[0].0, Some(Column::Current), "not a number");
    // A wave that is not active takes no dated check-ins.
    let planned = read_dated("|Grow|Why.|||Revenue|numeric|0|100|||10|2026-10-02\n", &known());
    assert_eq!(said(&planned)[0].1, Some(Column::CheckedOn));
}

#[test]
fn dates_as_spreadsheets_write_them() {
    for (cell, expected) in [
        (Cell::Number(46297.0), Some("2026-10-02")),
        (Cell::Number(46297.75), Some("2026-10-02")),
        (Cell::Text("2026-10-02".into()), Some("2026-10-02")),
        (Cell::Text("2026/10/02".into()), Some("2026-10-02")),
        (Cell::Text("02.10.2026".into()), Some("2026-10-02")),
        (Cell::Text("2026-10-02 14:00".into()), Some("2026-10-02")),
        (Cell::Text("14/10/2026".into()), Some("2026-10-14")),
        (Cell::Text("10/14/2026".into()), Some("2026-10-14")),
        (Cell::Text("5/5/2026".into()), Some("2026-05-05")),
        (Cell::Text("03/04/2026".into()), None),
        (Cell::Text("31/02/2026".into()), None),
        (Cell::Text("14/10/26".into()), None),
        (Cell::Text("yesterday".into()), None),
        (Cell::Number(-3.0), None),
        (Cell::Empty, None),
    ] {
        assert_eq!(read_date(&cell), expected.map(day), "{cell:?}");
    }
}
