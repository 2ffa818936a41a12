//! End of wave: reflect, grade, close, carry over.

use crate::common::{day, TestApp};

#[tokio::test]
async fn a_wave_is_reflected_graded_closed_and_carried_over() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let wave = owner.call("create_wave", &[("name", "Old"), ("starts_on", &day(-20)), ("ends_on", &day(0))]).await.json().to_string();
    let kr = |t: &'static str, s: &'static str, g: &'static str| {
        vec![("krs[0][title]", t), ("krs[0][kind]", "numeric"), ("krs[0][start]", s), ("krs[0][target]", g)]
    };
    let mut form = vec![("wave_id", wave.as_str()), ("title", "Grow"), ("why", "Because"), ("owner_id", "")];
    form.extend(kr("Users", "0", "10"));
    let parent = owner.call("create_wave_objective", &form).await.json().to_string();
    owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await;
    let team = owner.create_team("Core").await.to_string();
    let me = owner.me().await["user_id"].to_string();
    owner.call("add_team_member", &[("team_id", &team), ("user_id", &me)]).await;
    let mut form = vec![("team_id", team.as_str()), ("parent_id", parent.as_str()), ("title", "Signups"), ("rationale", "R")];
    form.extend(kr("Signups", "120", "200"));
    let objective = owner.call("create_team_objective", &form).await.json().to_string();
    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let kr_id = detail["krs"][0]["kr"]["id"].to_string();
    owner.call("check_in", &[("key_result_id", &kr_id), ("value", "160"), ("note", "")]).await;

    let reflect = |grade: &str| {
        let (team, wave, kr_id, grade) = (team.clone(), wave.clone(), kr_id.clone(), grade.to_owned());
        let owner = owner.clone();
        async move {
            owner
                .call(
                    "save_reflection",
                    &[
                        ("team_id", &team),
                        ("wave_id", &wave),
                        ("worked", "Pairing"),
                        ("didnt", "Estimates"),
                        ("change", "Smaller slices"),
                        ("grades[0][kr_id]", &kr_id),
                        ("grades[0][grade]", &grade),
                    ],
                )
                .await
                .status
        }
    };
    assert_eq!(reflect("0.5").await, 409, "only while the wave is reflecting");
    owner.call("advance_wave", &[("wave_id", &wave), ("to", "reflecting")]).await;
    let page = owner.call("team_reflection", &[("team_id", &team)]).await.json();
    assert_eq!(page["reflecting"][1]["objectives"][0]["krs"][0]["progress"], 50.0, "the grade is suggested from progress");
    assert_eq!(reflect("1.5").await, 422);
    assert_eq!(reflect("0.4").await, 200);
    let outsider = app.member_of(&owner, "x@example.com").await;
    assert_eq!(
        outsider
            .call("save_reflection", &[("team_id", &team), ("wave_id", &wave), ("worked", "a"), ("didnt", "b"), ("change", "c")])
            .await
            .status,
        403
    );
    let data = ["o@example.com", "Acme", "Owner", "Person", "Old", "New", "Grow", "more", "Because", "Core", "Signups", "Users"];
    let data = [&data[..], &["Pairing", "Estimates", "Smaller", "slices", "Member", "x@example.com"]].concat();
    let untranslated = |html: String| crate::languages::untranslated(&html, &data);
    let (team_page, wave_page) = (format!("/teams/{team}"), format!("/waves/{wave}"));
    for path in [&team_page, &wave_page] {
        let left = untranslated(crate::languages::page(&owner, path, "en-XA").await);
        assert!(left.is_empty(), "{path} while reflecting shows untranslated words: {left:?}");
    }
    let reviews = owner.call("wave_reviews", &[("wave_id", &wave)]).await.json();
    assert_eq!(reviews[0]["reflection"]["change"], "Smaller slices");
    assert_eq!(reviews[0]["objectives"][0]["krs"][0]["grade"], 0.4);

    // Close it, plan and start the next wave, carry the unfinished objective over.
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "closed")]).await.status, 200);
    let next = owner.call("create_wave", &[("name", "New"), ("starts_on", &day(1)), ("ends_on", &day(21))]).await.json().to_string();
    let mut form = vec![("wave_id", next.as_str()), ("title", "Grow more"), ("why", "Because"), ("owner_id", "")];
    form.extend(kr("Users", "10", "20"));
    let new_parent = owner.call("create_wave_objective", &form).await.json().to_string();
    assert_eq!(owner.call("advance_wave", &[("wave_id", &next), ("to", "active")]).await.status, 200);
    let page = owner.call("team_reflection", &[("team_id", &team)]).await.json();
    assert_eq!(page["carry"]["candidates"].as_array().unwrap().len(), 1);
    for path in [&team_page, &wave_page] {
        let left = untranslated(crate::languages::page(&owner, path, "en-XA").await);
        assert!(left.is_empty(), "{path} once closed shows untranslated words: {left:?}");
    }
    assert_eq!(
        owner.call("carry_over", &[("objective_id", &objective), ("parent_id", &parent)]).await.status,
        422,
        "into the new wave only"
    );
    let r = owner.call("carry_over", &[("objective_id", &objective), ("parent_id", &new_parent)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let copy = r.json().to_string();
    let detail = owner.call("objective", &[("objective_id", &copy)]).await.json();
    assert_eq!(detail["krs"][0]["kr"]["kind"]["Numeric"]["start"], 160.0, "starts where the old one got to");
    assert_eq!(detail["wave"]["name"], "New");
    assert_eq!(owner.call("carry_over", &[("objective_id", &objective), ("parent_id", &new_parent)]).await.status, 409, "once only");
    let page = owner.call("team_reflection", &[("team_id", &team)]).await.json();
    assert!(page["carry"]["candidates"].as_array().unwrap().is_empty());
}
