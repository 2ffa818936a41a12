//! The import page, as a browser without JavaScript uses it: download the
//! template, upload a file (a multipart form), read its preview, import it
//! and land on the wave, which says how many objectives came in. A file
//! over the limit comes back to the wave with a clear message.

use crate::common::{Client, TestApp};

/// Posts `file` as the upload form does.
async fn upload(c: &Client, wave: &str, name: &str, file: &[u8]) -> (u16, String) {
    c.upload_sheet(wave, name, file).await
}

/// Text of a page without its markup, to look for sentences in.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for ch in html.chars() {
        match ch {
            '<' => inside = true,
            '>' => {
                inside = false;
                out.push(' ');
            }
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn setup(app: &TestApp) -> (Client, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, _) = owner.active_wave(0, 27).await;
    owner.own_team("Platform").await;
    (owner, wave)
}

#[tokio::test]
async fn the_template_uploaded_as_it_is_previews_imports_once_and_lands_on_the_wave() {
    let app = TestApp::spawn().await;
    let (owner, wave) = setup(&app).await;
    let wave_page = text(&owner.get(&format!("/waves/{wave}")).await.body);
    assert!(wave_page.contains("Import objectives from a spreadsheet"), "{wave_page}");

    let template = owner.http.get(format!("{}/import/template.csv", owner.base)).send().await.unwrap();
    assert_eq!(template.status(), 200);
    assert!(template.headers()["content-disposition"].to_str().unwrap().contains("mistvine-import-template.csv"));
    let file = template.bytes().await.unwrap().to_vec();
    assert!(file.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark, so that Excel reads UTF-8");
    let csv = String::from_utf8(file[3..].to_vec()).unwrap();
    assert!(csv.starts_with("Team,Objective,Why,Aligned to,Owner,Key result,Kind,Start,Target,Unit,Weight,Current"), "{csv}");
    assert!(csv.contains("Platform,Make setting up effortless"), "the example names the person's team: {csv}");

    let (status, preview) = upload(&owner, &wave, "C:\\Users\\ana\\okrs.csv", &file).await;
    assert_eq!(status, 303);
    assert!(preview.starts_with("/imports/"), "{preview}");
    let page = text(&owner.get(&preview).await.body);
    assert!(page.contains("From okrs.csv"), "the file's own name, without its folder: {page}");
    assert!(page.contains("2 objectives with 3 key results to create"), "{page}");
    assert!(page.contains("Make setting up effortless Platform"), "{page}");
    assert!(page.contains("aligned to “New customers get value in their first week”"), "{page}");
    assert!(page.contains("Median time to set up · from 90 minutes to 30 minutes"), "{page}");
    assert!(page.contains("Onboarding guide published · a milestone"), "{page}");
    assert!(!page.contains("problems to fix"), "{page}");

    let id = preview.trim_start_matches("/imports/");
    let done = owner.call("run_import", &[("import_id", id)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    let back = done.headers["location"].to_str().unwrap().to_owned();
    assert_eq!(back, format!("/waves/{wave}?imported=2"));
    let landed = text(&owner.get(&back).await.body);
    assert!(landed.contains("2 objectives were imported."), "{landed}");
    assert!(landed.contains("New customers get value in their first week"), "{landed}");

    // The same upload again (a second click, another tab) imports nothing more.
    let again = owner.call("run_import", &[("import_id", id)]).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(again.error_text().contains("has been imported"), "{}", again.error_text());
    assert!(text(&owner.get(&preview).await.body).contains("This file has been imported."));

    // The same file uploaded again: everything is in the wave already.
    let (_, second) = upload(&owner, &wave, "okrs.csv", &file).await;
    let page = text(&owner.get(&second).await.body);
    assert!(page.contains("In the wave already"), "{page}");
    assert!(page.contains("Nothing to import: the wave has every objective of this file already (2)."), "{page}");
    assert!(!page.contains("Import 2 objectives"), "{page}");
}

#[tokio::test]
async fn a_file_with_problems_shows_each_by_row_and_column_and_offers_no_import() {
    let app = TestApp::spawn().await;
    let (owner, wave) = setup(&app).await;
    let file = "Team,Objective,Why,Aligned to,Owner,Key result,Kind,Start,Target,Unit,Weight,Current\n\
                Nowhere,Faster sign-up,Because.,,,Sign-up p95,numeric,9,three,s,,\n";
    let (_, preview) = upload(&owner, &wave, "bad.csv", file.as_bytes()).await;
    let page = text(&owner.get(&preview).await.body);
    assert!(page.contains("problems to fix"), "{page}");
    assert!(page.contains("Row 2 · Team There is no team called “Nowhere” in this organisation."), "{page}");
    assert!(page.contains("Row 2 · Target “three” is not a number."), "{page}");
    assert!(page.contains("Fix the problems above in the file and upload it again"), "{page}");
    assert!(page.contains("Upload a fixed file"), "{page}");
    let id = preview.trim_start_matches("/imports/");
    let refused = owner.call("run_import", &[("import_id", id)]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);

    // Not a spreadsheet at all: the whole file is the problem.
    let (_, preview) = upload(&owner, &wave, "photo.xls", b"\xD0\xCF\x11\xE0 not really").await;
    let page = text(&owner.get(&preview).await.body);
    assert!(page.contains("The whole file This is an Excel 97–2003 workbook (.xls)."), "{page}");
}

#[tokio::test]
async fn a_file_over_the_limit_or_none_goes_back_to_the_wave_which_says_why() {
    let app = TestApp::spawn().await;
    let (owner, wave) = setup(&app).await;
    let big = vec![b'a'; 50 * 1024 * 1024];
    let (status, back) = upload(&owner, &wave, "huge.csv", &big).await;
    assert_eq!((status, back.as_str()), (303, format!("/waves/{wave}?import=too-big#import").as_str()));
    let page = text(&owner.get(&back).await.body);
    assert!(page.contains("The file is larger than 10 MB, the most one import reads."), "{page}");
    assert_eq!(app.count("imports").await, 0, "nothing kept");

    let (status, back) = upload(&owner, &wave, "", b"").await;
    assert_eq!((status, back.as_str()), (303, format!("/waves/{wave}?import=no-file#import").as_str()));
    assert!(text(&owner.get(&back).await.body).contains("Choose a file to upload"));
}

#[tokio::test]
async fn an_upload_is_only_its_uploaders_and_needs_the_pages_origin() {
    let app = TestApp::spawn().await;
    let (owner, wave) = setup(&app).await;
    let file = b"Objective,Key result\nShip it,Shipped\n";
    let (_, preview) = upload(&owner, &wave, "mine.csv", file).await;
    let colleague = app.member_of(&owner, "colleague@example.com").await;
    let theirs = colleague.get(&preview).await;
    assert_eq!(theirs.status, 404, "another person's upload is not found");
    let id = preview.trim_start_matches("/imports/");
    assert_eq!(colleague.call("run_import", &[("import_id", id)]).await.status, 404);

    let other = app.owner("other@example.com", "Other").await;
    assert_eq!(other.get(&preview).await.status, 404, "nor another organisation's");

    let forged = owner
        .http
        .post(format!("{}/waves/{wave}/import", owner.base))
        .header("origin", "https://evil.example")
        .header("content-type", "multipart/form-data; boundary=x")
        .body("--x--")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let signed_out = app.client();
    let (status, to) = upload(&signed_out, &wave, "a.csv", file).await;
    assert_eq!((status, to.as_str()), (303, "/login"));
}

#[tokio::test]
async fn the_template_comes_in_the_readers_language_with_its_spreadsheets_separator() {
    let app = TestApp::spawn().await;
    let (owner, _) = setup(&app).await;
    let r = owner.call("set_language", &[("locale", "de")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let file = owner.http.get(format!("{}/import/template.csv", owner.base)).send().await.unwrap().bytes().await.unwrap();
    let csv = String::from_utf8(file[3..].to_vec()).unwrap();
    assert!(csv.starts_with("Team;Ziel;"), "German Excel splits on semicolons: {csv}");
    assert!(csv.contains(";Prozent;40;60;"), "kinds in German too: {csv}");
}

#[tokio::test]
async fn a_new_wave_starts_from_the_last_ones_structure_proposing_the_teams_objectives_to_their_teams_if_asked() {
    let app = TestApp::spawn().await;
    let (owner, first) = setup(&app).await;
    let wave_objective = owner.call("wave", &[("wave_id", &first)]).await.json()["objectives"][0]["id"].to_string();
    let platform = owner.call("teams", &[]).await.json()[0]["id"].to_string();
    owner.team_objective(&platform, &wave_objective).await;
    let r =
        owner.call("create_wave", &[("name", "Next"), ("starts_on", &crate::common::day(35)), ("ends_on", &crate::common::day(62))]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let next = r.json().to_string();

    let page = text(&owner.get(&format!("/waves/{next}")).await.body);
    assert!(page.contains("Start from W"), "the earlier wave is offered: {page}");
    let started = owner.call("start_from_earlier", &[("wave_id", &next), ("teams", "on")]).await;
    assert_eq!(started.status, 200, "{}", started.body);
    let preview = started.headers["location"].to_str().unwrap().to_owned();
    let page = text(&owner.get(&preview).await.body);
    assert!(page.contains("From W.csv"), "{page}");
    assert!(page.contains("2 objectives with 2 key results to create"), "{page}");
    assert!(page.contains("T Platform"), "the team's objective: {page}");
    assert!(page.contains("aligned to “Grow”"), "to the new wave's copy: {page}");
    assert!(page.contains("will be proposed to their teams as drafts"), "{page}");
    let id = preview.trim_start_matches("/imports/");
    let done = owner.call("run_import", &[("import_id", id)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    let landed = done.headers["location"].to_str().unwrap().to_owned();
    let page = text(&owner.get(&landed).await.body);
    assert!(page.contains("One objective was imported. One team objective was proposed to its team."), "{page}");

    let copied = owner.call("wave", &[("wave_id", &next)]).await.json();
    let grow = &copied["objectives"][0];
    assert_eq!(grow["title"], "Grow");
    assert_eq!(copied["objectives"].as_array().unwrap().len(), 1, "one wave objective");
    let grow_id = grow["id"].to_string();
    let detail = owner.call("objective", &[("objective_id", &grow_id)]).await.json();
    assert_eq!(detail["why"], "Because");
    assert_eq!(detail["aligned"], serde_json::json!([]), "a proposal is not an objective until the team adopts it");

    // The team finds it on its page, in its words to change; someone outside the team sees it only.
    let team_page = text(&owner.get(&format!("/teams/{platform}")).await.body);
    for said in ["Proposed to your team", "For Next · aligned to “Grow” · proposed by", "Adopt as our objective", "Discard “T”"] {
        assert!(team_page.contains(said), "{said}: {team_page}");
    }
    let proposal = owner.call("team_plan", &[("team_id", &platform)]).await.json()["proposals"][0]["id"].to_string();
    let member = app.member_of(&owner, "member@example.com").await;
    let outside = text(&member.get(&format!("/teams/{platform}")).await.body);
    assert!(outside.contains("Proposed to this team") && !outside.contains("Adopt as our objective"), "{outside}");
    let adopt = [("proposal_id", proposal.as_str()), ("title", "T, in our words"), ("rationale", "Ours")];
    assert_eq!(member.call("adopt_proposal", &adopt).await.status, 403, "only the team adopts");
    let refused = owner.call("adopt_proposal", &[("proposal_id", proposal.as_str()), ("title", " "), ("rationale", "Ours")]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let adopted = owner.call("adopt_proposal", &adopt).await;
    assert_eq!(adopted.status, 200, "{}", adopted.body);
    assert!(adopted.headers["location"].to_str().unwrap().starts_with("/objectives/"), "opens the new objective");
    let detail = owner.call("objective", &[("objective_id", &grow_id)]).await.json();
    assert_eq!(detail["aligned"][0]["title"], "T, in our words", "aligned to the copy, not the old wave's");
    assert_eq!(detail["aligned"][0]["team"]["name"], "Platform");
    assert_eq!(detail["summary"]["progress"], 0.0, "key results start again");
    assert_eq!(owner.call("team_plan", &[("team_id", &platform)]).await.json()["proposals"], serde_json::json!([]));
    assert_eq!(owner.call("adopt_proposal", &adopt).await.status, 404, "adopted once");

    // Without the teams, only the wave objectives; a member may not start a wave from a template.
    let r =
        owner.call("create_wave", &[("name", "Later"), ("starts_on", &crate::common::day(70)), ("ends_on", &crate::common::day(97))]).await;
    let later = r.json().to_string();
    let started = owner.call("start_from_earlier", &[("wave_id", &later)]).await;
    let page = text(&owner.get(started.headers["location"].to_str().unwrap()).await.body);
    assert!(page.contains("From Next.csv"), "the latest earlier wave with objectives: {page}");
    assert!(page.contains("One objective with one key result to create"), "{page}");
    assert_eq!(member.call("start_from_earlier", &[("wave_id", &later)]).await.status, 403);
    assert!(!text(&member.get(&format!("/waves/{later}")).await.body).contains("Start from"));

    // Proposed again, from the wave where the team adopted it; the team discards it this time.
    let started = owner.call("start_from_earlier", &[("wave_id", &later), ("teams", "on")]).await;
    let id = started.headers["location"].to_str().unwrap().trim_start_matches("/imports/").to_owned();
    assert_eq!(owner.call("run_import", &[("import_id", &id)]).await.status, 200);
    let waiting = owner.call("team_plan", &[("team_id", &platform)]).await.json()["proposals"].clone();
    assert_eq!(waiting[0]["title"], "T, in our words");
    let proposal = waiting[0]["id"].to_string();
    assert_eq!(member.call("discard_proposal", &[("proposal_id", &proposal)]).await.status, 403);
    assert_eq!(owner.call("discard_proposal", &[("proposal_id", &proposal)]).await.status, 200);
    assert_eq!(owner.call("team_plan", &[("team_id", &platform)]).await.json()["proposals"], serde_json::json!([]));
    let later_wave = owner.call("wave", &[("wave_id", &later)]).await.json();
    let copy = later_wave["objectives"][0]["id"].to_string();
    assert_eq!(owner.call("objective", &[("objective_id", &copy)]).await.json()["aligned"], serde_json::json!([]));
}

#[tokio::test]
async fn an_empty_first_wave_offers_starter_templates_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let r =
        owner.call("create_wave", &[("name", "First"), ("starts_on", &crate::common::day(1)), ("ends_on", &crate::common::day(28))]).await;
    let wave = r.json().to_string();
    let page = text(&owner.get(&format!("/waves/{wave}")).await.body);
    for offered in ["Start from a template", "Preview “Product-led growth”", "Preview “Reliability”", "Preview “Hiring”"] {
        assert!(page.contains(offered), "{offered}: {page}");
    }
    let refused = owner.call("start_from_starter", &[("wave_id", &wave), ("starter", "astrology")]).await;
    assert_eq!((refused.status, refused.error_text()), (422, "Choose one of the templates offered.".to_owned()));

    assert_eq!(owner.call("set_language", &[("locale", "de")]).await.status, 200);
    let started = owner.call("start_from_starter", &[("wave_id", &wave), ("starter", "reliability")]).await;
    assert_eq!(started.status, 200, "{}", started.body);
    let preview = started.headers["location"].to_str().unwrap().to_owned();
    let page = text(&owner.get(&preview).await.body);
    assert!(page.contains("Aus Zuverlässigkeit.csv"), "{page}");
    assert!(page.contains("2 Ziele mit 4 Schlüsselergebnissen werden angelegt"), "{page}");
    assert!(page.contains("Mittlere Zeit bis zur Wiederherstellung · von 120 Minuten bis 30 Minuten"), "{page}");
    let id = preview.trim_start_matches("/imports/");
    assert_eq!(owner.call("run_import", &[("import_id", id)]).await.status, 200);
    let objectives = owner.call("wave", &[("wave_id", &wave)]).await.json()["objectives"].clone();
    let titles: Vec<&str> = objectives.as_array().unwrap().iter().map(|o| o["title"].as_str().unwrap()).collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"Kunden können sich auf uns verlassen"), "{titles:?}");
    let page = text(&owner.get(&format!("/waves/{wave}")).await.body);
    assert!(!page.contains("Mit einer Vorlage beginnen"), "no longer empty: {page}");
}
