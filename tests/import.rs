//! Importing objectives from a spreadsheet through the JSON API: a dry run
//! lists every problem and writes nothing, the import is all or nothing,
//! a second import of the same file adds nothing, and files as spreadsheets
//! write them (semicolons and decimal commas, a byte-order mark, Excel).

use crate::common::api::Api;
use crate::common::{Client, TestApp};
use serde_json::Value;

async fn import(api: &Api, token: &str, wave: &str, dry_run: bool, file: Vec<u8>) -> (u16, Value) {
    api.post_bytes(token, &format!("/waves/{wave}/import?dry_run={dry_run}"), file).await
}

async fn wave_objectives(api: &Api, token: &str, wave: &str) -> Vec<Value> {
    api.get(token, &format!("/waves/{wave}/objectives")).await.1.as_array().cloned().unwrap_or_default()
}

/// An owner (password "password-1") in a team "Platform", with a running
/// wave whose one objective is returned with its title.
async fn setup(app: &TestApp) -> (Client, String, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, objective) = owner.active_wave(0, 27).await;
    owner.own_team("Platform").await;
    let title = owner.call("objective", &[("objective_id", &objective)]).await.json()["summary"]["title"].as_str().unwrap().to_owned();
    (owner, wave, title)
}

const HEADER: &str = "Team,Objective,Why,Aligned to,Owner,Key result,Kind,Start,Target,Unit,Weight,Current";

fn problems(v: &Value) -> Vec<(i64, String, String)> {
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["row"].as_i64().unwrap_or(0), p["column"].as_str().unwrap_or("").to_owned(), p["message"].as_str().unwrap().to_owned()))
        .collect()
}

#[tokio::test]
async fn a_dry_run_reports_every_problem_and_the_import_is_all_or_nothing_and_idempotent() {
    let app = TestApp::spawn().await;
    let (owner, wave, existing) = setup(&app).await;
    let (read, write) = (owner.api_token("password-1", "read", "30").await, owner.api_token("password-1", "check_in", "30").await);
    let api = Api::of(&app);
    let before = wave_objectives(&api, &read, &wave).await.len();

    let broken = format!(
        "{HEADER}\n\
         ,Fast onboarding,,,,Week-one activation,percentage,30,sixty,,,\n\
         Nowhere,Faster sign-up,Because.,Fast onboarding,,Sign-up p95,numeric,9,3,s,,\n\
         Platform,Docs,Because.,{existing},ghost@example.com,Guides,gauge,0,5,,,\n"
    );
    let (status, body) = import(&api, &read, &wave, true, broken.clone().into_bytes()).await;
    assert_eq!(status, 200, "{body}");
    let found = problems(&body);
    assert!(found.iter().any(|(r, c, m)| *r == 2 && c == "Why" && m.contains("Say why")), "{found:?}");
    assert!(found.iter().any(|(r, c, m)| *r == 2 && c == "Target" && m.contains("sixty")), "{found:?}");
    assert!(found.iter().any(|(r, c, m)| *r == 3 && c == "Team" && m.contains("Nowhere")), "{found:?}");
    assert!(found.iter().any(|(r, c, m)| *r == 4 && c == "Kind" && m.contains("gauge")), "{found:?}");
    assert_eq!(body["people_not_found"][0]["email"], "ghost@example.com");
    assert_eq!(body["imported"], false);
    // Importing it is refused whole: nothing of the good rows is written.
    let (status, body) = import(&api, &write, &wave, false, broken.into_bytes()).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["message"].as_str().unwrap().contains("nothing was imported"), "{body}");
    assert_eq!(wave_objectives(&api, &read, &wave).await.len(), before);

    let fixed = format!(
        "{HEADER}\n\
         ,Fast onboarding,New customers stay when onboarding is quick.,,owner@example.com,Week-one activation,percentage,30,60,,2,35\n\
         ,,,,,Docs rewritten,milestone,,,,,\n\
         Platform,Faster sign-up,Sign-up is the first minute of onboarding.,Fast onboarding,,Sign-up p95,numeric,9,3,s,,\n\
         Platform,Docs,Guides cut support tickets.,{existing},,Guides,numeric,0,5,guides,,\n"
    );
    // A read-only token may look but not import.
    let (status, _) = import(&api, &read, &wave, false, fixed.clone().into_bytes()).await;
    assert_eq!(status, 403);
    let (status, body) = import(&api, &write, &wave, false, fixed.clone().into_bytes()).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!((body["imported"].as_bool(), body["objectives"].as_array().unwrap().len()), (Some(true), 3));
    let now = wave_objectives(&api, &read, &wave).await;
    assert_eq!(now.len(), before + 3);
    let onboarding = now.iter().find(|o| o["title"] == "Fast onboarding").unwrap();
    let activation = &onboarding["key_results"][0];
    assert_eq!((activation["title"].as_str(), activation["current"].as_f64()), (Some("Week-one activation"), Some(35.0)), "{onboarding}");
    let sign_up = now.iter().find(|o| o["title"] == "Faster sign-up").unwrap();
    assert_eq!(sign_up["parent_id"], onboarding["id"], "{sign_up}");
    assert_eq!(sign_up["team"]["name"], "Platform");

    // The same file again: everything is there already, nothing is doubled.
    let (status, body) = import(&api, &read, &wave, true, fixed.clone().into_bytes()).await;
    assert_eq!(status, 200);
    assert_eq!((body["objectives"].as_array().unwrap().len(), body["already"].as_array().unwrap().len()), (0, 3), "{body}");
    let (status, body) = import(&api, &write, &wave, false, fixed.into_bytes()).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(wave_objectives(&api, &read, &wave).await.len(), before + 3);
    let log = owner.call("audit_log", &[]).await;
    assert!(log.body.contains("imported 3 objectives into"), "{}", log.body);
}

#[tokio::test]
async fn files_as_spreadsheets_write_them() {
    let app = TestApp::spawn().await;
    let (owner, wave, _) = setup(&app).await;
    let write = owner.api_token("password-1", "check_in", "30").await;
    let api = Api::of(&app);

    // German Excel's "CSV": semicolons, decimal commas, Windows-1252, German headers.
    let german = "Team;Ziel;Warum;Ausgerichtet auf;Verantwortlich;Schlüsselergebnis;Art;Start;Zielwert;Einheit;Gewicht;Aktuell\n\
                  ;Schnellere Lieferung;Kunden warten nicht gern.;;;Durchlaufzeit;numerisch;12,5;4,25;Tage;;\n";
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(german);
    let (status, body) = import(&api, &write, &wave, false, latin.into_owned()).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["encoding"], "windows-1252", "the answer says it was not UTF-8");
    let objectives = wave_objectives(&api, &write, &wave).await;
    let delivery = objectives.iter().find(|o| o["title"] == "Schnellere Lieferung").expect("imported");
    assert_eq!((delivery["key_results"][0]["start"].as_f64(), delivery["key_results"][0]["target"].as_f64()), (Some(12.5), Some(4.25)));
    assert_eq!(delivery["key_results"][0]["title"], "Durchlaufzeit");

    // UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes it.
    let bom = format!("\u{feff}{HEADER}\n,Café culture,Teams that meet grow.,,,Meet-ups,numeric,0,12,,,\n");
    let (status, body) = import(&api, &write, &wave, false, bom.into_bytes()).await;
    assert_eq!((status, body["encoding"].as_str()), (201, Some("utf-8")));

    // An Excel workbook, a formula's value included.
    use rust_xlsxwriter::{Formula, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in HEADER.split(',').enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    sheet.write_string(1, 1, "Reliable releases").unwrap();
    sheet.write_string(1, 2, "Customers trust what ships.").unwrap();
    sheet.write_string(1, 5, "Failed deploys").unwrap();
    sheet.write_string(1, 6, "numeric").unwrap();
    sheet.write_number(1, 7, 8.0).unwrap();
    sheet.write_formula(1, 8, Formula::new("=H2/4").set_result("2")).unwrap();
    let (status, body) = import(&api, &write, &wave, false, book.save_to_buffer().unwrap()).await;
    assert_eq!(status, 201, "{body}");
    let objectives = wave_objectives(&api, &write, &wave).await;
    let releases = objectives.iter().find(|o| o["title"] == "Reliable releases").expect("imported");
    assert_eq!(releases["key_results"][0]["target"].as_f64(), Some(2.0));

    // Not a spreadsheet, and too large.
    let (status, body) = import(&api, &write, &wave, true, b"PK\x03\x04not a workbook".to_vec()).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["message"].as_str().unwrap().contains("CSV file or an Excel workbook"), "{body}");
    let (status, _) = import(&api, &write, &wave, true, vec![b'a'; 11 * 1024 * 1024]).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn ten_thousand_rows_import_in_one_go() {
    let app = TestApp::spawn().await;
    let (owner, wave, _) = setup(&app).await;
    let write = owner.api_token("password-1", "check_in", "30").await;
    let api = Api::of(&app);
    let mut file = format!("{HEADER}\n");
    for o in 1..=2_000 {
        for k in 1..=5 {
            file.push_str(&format!(",Objective {o},Why {o}.,,,Key result {k},numeric,0,{k},,,\n"));
        }
    }
    let (status, body) = import(&api, &write, &wave, true, file.clone().into_bytes()).await;
    assert_eq!(status, 200);
    assert_eq!((body["objectives"].as_array().unwrap().len(), body["problems"].as_array().unwrap().len()), (2_000, 0));
    let (status, body) = import(&api, &write, &wave, false, file.into_bytes()).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(wave_objectives(&api, &write, &wave).await.len(), 2_001);
}

/// Viva Goals and tools like it export one row per item (objective, key
/// result, initiative) with its type and parent; a generic sheet names an
/// objective, key result, owner, start, target and current value.
#[tokio::test]
async fn another_tools_export_and_a_generic_sheet_come_in_with_people_by_email() {
    let app = TestApp::spawn().await;
    let (owner, wave, _) = setup(&app).await;
    let write = owner.api_token("password-1", "check_in", "30").await;
    let api = Api::of(&app);

    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let rows: [[&str; 10]; 5] = [
        ["Title", "Type", "Parent", "Owner Email", "Team", "Description", "Start Value", "Target Value", "Current Value", "Unit"],
        ["Customers love onboarding", "Objective", "", "OWNER@example.com", "", "First weeks decide who stays.", "", "", "", ""],
        ["Activation rate", "Key Result", "Customers love onboarding", "", "", "", "30", "45", "35", "%"],
        ["Run interviews", "Initiative", "Customers love onboarding", "", "", "", "", "", "", ""],
        ["Faster set-up", "Objective", "Activation rate", "gone@example.com", "Platform", "Set-up is the slowest step.", "", "", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) => sheet.write_number(r as u32, c as u16, n).unwrap(),
                Err(_) => sheet.write_string(r as u32, c as u16, *v).unwrap(),
            };
        }
    }
    sheet.write_string(5, 0, "Set-up time").unwrap();
    sheet.write_string(5, 1, "Key Result").unwrap();
    sheet.write_string(5, 2, "Faster set-up").unwrap();
    sheet.write_number(5, 6, 90.0).unwrap();
    sheet.write_number(5, 7, 30.0).unwrap();
    sheet.write_number(5, 8, 60.0).unwrap();
    sheet.write_string(5, 9, "min").unwrap();
    let file = book.save_to_buffer().unwrap();

    let (status, body) = import(&api, &write, &wave, true, file.clone()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["problems"], serde_json::json!([]), "{body}");
    assert_eq!(body["encoding"], "xlsx");
    let people: Vec<(&str, i64)> = body["people_not_found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["email"].as_str().unwrap(), p["rows"][0].as_i64().unwrap()))
        .collect();
    assert_eq!(people, [("gone@example.com", 5)], "the owner found by e-mail, whatever the case; the other named by the file's row");
    let (status, body) = import(&api, &write, &wave, false, file).await;
    assert_eq!(status, 201, "{body}");
    let now = wave_objectives(&api, &write, &wave).await;
    let onboarding = now.iter().find(|o| o["title"] == "Customers love onboarding").expect("imported");
    assert_eq!(onboarding["key_results"].as_array().unwrap().len(), 1, "the initiative is left out");
    assert_eq!(onboarding["key_results"][0]["current"].as_f64(), Some(35.0), "the current value is its first check-in");
    let set_up = now.iter().find(|o| o["title"] == "Faster set-up").expect("imported");
    assert_eq!(set_up["parent_id"], onboarding["id"], "aligned to a key result: to its objective");

    // A generic sheet: the wave objectives it makes need a why, which the preview asks for.
    let generic = "Objective,Key result,Owner,Start,Target,Current\nShip the app,Stores approved,owner@example.com,0,2,1\n";
    let (_, body) = import(&api, &write, &wave, true, generic.as_bytes().to_vec()).await;
    let found = problems(&body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (2, "Why"));
    let with_why = "Objective,Description,Key result,Owner,Start value,Target value,Current value\nShip the app,Phones are where people are.,Stores approved,owner@example.com,0,2,1\n";
    let (status, body) = import(&api, &write, &wave, false, with_why.as_bytes().to_vec()).await;
    assert_eq!(status, 201, "{body}");
}

/// An item export's check-in rows (Excel date cells) bring each key
/// result's history: its objective shows the check-ins on their days, the
/// current value last; a date outside the running wave is a problem.
#[tokio::test]
async fn check_in_rows_of_another_tools_export_bring_the_history() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, _) = owner.active_wave(-14, 13).await;
    let write = owner.api_token("password-1", "check_in", "30").await;
    let api = Api::of(&app);
    let workbook = |days: [i64; 2]| {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let dated = Format::new().set_num_format("yyyy-mm-dd");
        for (r, row) in [
            ["Title", "Type", "Parent", "Description", "Start Value", "Target Value", "Current Value", "Unit", "Date"],
            ["Customers love onboarding", "Objective", "", "First weeks decide.", "", "", "", "", ""],
            ["Activation rate", "Key Result", "Customers love onboarding", "", "30", "45", "41", "%", ""],
            ["Weekly update", "Check-in", "Activation rate", "", "", "", "38", "", ""],
            ["Weekly update", "Check-in", "Activation rate", "", "", "", "33", "", ""],
        ]
        .iter()
        .enumerate()
        {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(n) => sheet.write_number(r as u32, c as u16, n).unwrap(),
                    Err(_) => sheet.write_string(r as u32, c as u16, *v).unwrap(),
                };
            }
        }
        for (r, offset) in [(3, days[0]), (4, days[1])] {
            let day = ExcelDateTime::parse_from_str(&crate::common::day(offset)).unwrap();
            sheet.write_datetime_with_format(r, 8, &day, &dated).unwrap();
        }
        book.save_to_buffer().unwrap()
    };

    // A day before the wave began is refused, by its row and column.
    let (_, body) = import(&api, &write, &wave, true, workbook([-3, -20])).await;
    let found = problems(&body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (5, "Checked on"), "{found:?}");
    assert!(found[0].2.contains("is outside this wave’s check-ins"), "{found:?}");

    let (status, body) = import(&api, &write, &wave, false, workbook([-3, -10])).await;
    assert_eq!(status, 201, "{body}");
    let now = wave_objectives(&api, &write, &wave).await;
    let objective = now.iter().find(|o| o["title"] == "Customers love onboarding").expect("imported")["id"].to_string();
    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let history: Vec<f64> = detail["krs"][0]["history"].as_array().unwrap().iter().map(|c| c["value"].as_f64().unwrap()).collect();
    assert_eq!(history, [33.0, 38.0, 41.0], "oldest first: the file's days, then the current value at the import");
    let days: Vec<i64> = detail["krs"][0]["history"].as_array().unwrap().iter().map(|c| c["at"].as_i64().unwrap()).collect();
    assert!(days[0] < days[1] && days[1] < days[2], "{days:?}");
    assert_eq!(detail["krs"][0]["kr"]["current"].as_f64(), Some(41.0));
}
