//! Moving an organisation between installations: the demo organisation's
//! export, brought into an empty organisation of another installation,
//! exports again as the same file but for ids; its confidence and survey
//! results come along as the aggregates the export held.

use crate::common::{self, Client, TestApp};
use serde_json::Value;

/// The export with everything that names a row of one installation (ids,
/// when it was made) taken out, so two installations' exports compare.
fn without_ids(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !(k.as_str() == "id" || k.ends_with("_id") || k.as_str() == "exported_at"))
                .map(|(k, v)| (k.clone(), without_ids(v)))
                .collect(),
        ),
        // `(id, title)` pairs: an objective a PPP item or boost is about.
        Value::Array(a) if a.len() == 2 && a[0].is_i64() && a[1].is_string() => Value::Array(vec![Value::Null, a[1].clone()]),
        Value::Array(a) => Value::Array(a.iter().map(without_ids).collect()),
        other => other.clone(),
    }
}

async fn upload(c: &Client, file: &[u8]) -> (u16, String) {
    c.upload_file("/restore", "export.json", "application/json", file).await
}

#[tokio::test]
async fn the_demo_moves_to_another_installation_and_exports_the_same() {
    // The demo on one installation, exported.
    let (_dir, demo) = common::demo().await;
    // The demo's people answer a survey, so that a survey's result moves too.
    assert_eq!(demo.call("open_survey", &[]).await.status, 200);
    for (i, who) in ["olivia", "adam", "lena", "marco", "priya", "sam"].iter().enumerate() {
        let c = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: demo.base.clone() };
        let r = c.call("login", &[("email", &format!("{who}@demo.mistvine.test")), ("password", "demo-password")]).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let form = crate::survey::answers(&(1 + i % 5).to_string());
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(c.call("answer_survey", &pairs).await.status, 200, "{who}");
    }
    assert_eq!(demo.call("close_survey", &[]).await.status, 200);
    let first = demo.export().await;
    assert_eq!(first.status, 200);
    let exported: Value = serde_json::from_str(&first.body).unwrap();
    let olivia =
        exported["members"].as_array().unwrap().iter().find(|m| m["email"] == "olivia@demo.mistvine.test").unwrap()["name"].clone();
    let shown = exported["waves"].as_array().unwrap().iter().map(|w| w["confidence"].as_array().unwrap().len()).sum::<usize>();
    assert!(shown > 0, "the demo's export holds confidence results to carry");
    let all = |key: &str| exported["waves"].as_array().unwrap().iter().map(|w| w[key].as_array().map_or(0, Vec::len)).sum::<usize>();
    let surveys = exported["waves"].as_array().unwrap().iter().filter(|w| !w["survey"].is_null()).count();
    let check_ins = first.body.matches("\"author\"").count();
    assert!(
        all("ppp_updates") > 0 && all("reflections") > 0 && surveys > 0 && check_ins > 0,
        "the demo holds all there is to move: {} {} {surveys} {check_ins}",
        all("ppp_updates"),
        all("reflections")
    );
    assert!(!exported["boosts"].as_array().unwrap().is_empty(), "and boosts");

    // Another installation: the same owner signs up with an empty organisation and brings it in.
    let app = TestApp::spawn().await;
    let owner = app.client();
    let form = [
        ("name", olivia.as_str().unwrap()),
        ("email", "olivia@demo.mistvine.test"),
        ("password", "password-1"),
        ("org_name", "Northwind Demo"),
    ];
    assert_eq!(owner.call("signup", &form).await.status, 200);
    app.confirm_address(&owner, "olivia@demo.mistvine.test").await;
    let (status, back) = upload(&owner, first.body.as_bytes()).await;
    assert_eq!(status, 303);
    assert!(back.starts_with("/admin?restore=done-"), "{back}");
    let page = owner.get(&back).await.body;
    assert!(page.contains("The organisation was brought in"), "{page}");

    let second = owner.export().await;
    assert_eq!(second.status, 200);
    let again: Value = serde_json::from_str(&second.body).unwrap();
    let (a, b) = (without_ids(&exported), without_ids(&again));
    for key in ["organisation", "threshold", "members", "teams", "boosts"] {
        assert_eq!(a[key], b[key], "{key} differs");
    }
    let (wa, wb) = (a["waves"].as_array().unwrap(), b["waves"].as_array().unwrap());
    assert_eq!(wa.len(), wb.len());
    for (x, y) in wa.iter().zip(wb) {
        for key in ["wave", "objectives", "ppp_updates", "reflections", "confidence", "survey"] {
            assert_eq!(x[key], y[key], "wave {}: {key} differs", x["wave"]["name"]);
        }
    }
    assert_eq!(a, b, "the same file but for ids");

    // The results are history on the pages too: the heat map shows the
    // weeks the old installation showed, and a finished wave's calibration reads the same.
    let shown = |v: &Value| -> Vec<(String, usize, Value)> {
        v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                let title = r["title"].as_str().unwrap().to_owned();
                r["cells"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.get("Shown").is_some())
                    .map(move |(w, c)| (title.clone(), w, c["Shown"].clone()))
            })
            .collect()
    };
    let there = shown(&demo.call("confidence", &[]).await.json());
    assert!(!there.is_empty());
    assert_eq!(shown(&owner.call("confidence", &[]).await.json()), there);
    let finished =
        |e: &Value| e["waves"].as_array().unwrap().iter().find(|w| w["wave"]["state"] == "Closed").map(|w| w["wave"]["id"].to_string());
    let (old, new) = (finished(&exported).expect("the demo has a finished wave"), finished(&again).unwrap());
    let calibration = |c: Client, wave: String| async move { without_ids(&c.call("calibration", &[("wave_id", &wave)]).await.json()) };
    let there = calibration(demo.clone(), old).await;
    assert!(!there.is_null(), "the demo's finished wave has a calibration");
    assert_eq!(calibration(owner.clone(), new).await, there);

    // A second time is refused: the organisation is not empty any more.
    let (_, back) = upload(&owner, first.body.as_bytes()).await;
    assert_eq!(back, "/admin?restore=not-empty#restore");
    assert!(owner.get(&back).await.body.contains("Only an empty organisation can take an export"));
}

#[tokio::test]
async fn only_an_owner_restores_and_only_an_export() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let (_, back) = upload(&owner, b"{\"not\": \"an export\"}").await;
    assert_eq!(back, "/admin?restore=not-an-export#restore");
    let export = owner.export().await.body;
    let member = app.member_of(&owner, "member@example.com").await;
    let (_, back) = upload(&member, export.as_bytes()).await;
    assert_eq!(back, "/admin?restore=owners-only#restore");

    // Someone with an account here is not made a member elsewhere without their say.
    let other = app.owner("other@example.com", "Other").await;
    let (_, back) = upload(&other, export.as_bytes()).await;
    assert_eq!(back, "/admin?restore=accounts-exist#restore");
    assert!(other.get(&back).await.body.contains("have accounts on this server already"));
    assert_eq!(other.call("members", &[]).await.json().as_array().map_or(0, Vec::len), 1, "nobody was added");
}

/// A restore that cannot read its file says why on the admin page: an
/// export of another format, or one naming a team or an objective it does
/// not hold (damaged), each in its own words; nothing is written.
#[tokio::test]
async fn a_damaged_or_unknown_export_says_what_is_wrong() {
    let here = TestApp::spawn().await;
    let owner = here.owner("owner@example.com", "Acme").await;
    let (_, objective) = owner.active_wave(0, 27).await;
    let team = owner.own_team("Platform").await;
    owner.team_objective(&team, &objective).await;
    let export: serde_json::Value = serde_json::from_str(&owner.export().await.body).unwrap();
    let there = TestApp::spawn().await;
    let target = there.owner("owner@example.com", "Acme").await;
    let changed = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut e = export.clone();
        change(&mut e);
        serde_json::to_vec(&e).unwrap()
    };
    let team_objective = |e: &mut serde_json::Value| -> usize {
        e["waves"][0]["objectives"].as_array().unwrap().iter().position(|o| !o["team"].is_null()).expect("the team objective")
    };
    for (file, code, said) in [
        (changed(&|e| e["format"] = "mistvine-export/0".into()), "unknown-format", "a format this version of Mistvine does not read"),
        (changed(&|e| e["teams"] = serde_json::json!([])), "broken-team", "The export names a team it does not hold"),
        (
            changed(&|e| {
                let i = team_objective(e);
                e["waves"][0]["objectives"][i]["parent_id"] = 999_999.into();
            }),
            "broken-objective",
            "The export names an objective it does not hold",
        ),
    ] {
        let (_, back) = upload(&target, &file).await;
        assert_eq!(back, format!("/admin?restore={code}#restore"));
        let page = target.get(&back).await.body;
        assert!(page.contains(said), "{code}: {page}");
        assert_eq!(target.call("teams", &[]).await.json(), serde_json::json!([]), "nothing was written");
    }
}
