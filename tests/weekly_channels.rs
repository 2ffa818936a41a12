//! A demo week on every channel at once: the demo organisation with e-mail,
//! Slack, a Teams channel and two phones, from Monday's reminder to
//! Friday's digest. Then every message that left the server is read, as
//! its recipient or anyone in the channel would: none may carry a score,
//! name a voter, or speak of confidence the pages keep hidden.

use crate::common::fake_slack::FakeSlack;
use crate::common::push_service::PushService;
use crate::common::smtp::SmtpSink;
use crate::common::teams_hook::TeamsHook;
use crate::common::TestApp;
use chrono::{DateTime, Utc};
use mistvine::domain::vote::SCALE;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

const PEOPLE: [(&str, &str); 6] = [
    ("Olivia", "olivia@demo.mistvine.test"),
    ("Adam", "adam@demo.mistvine.test"),
    ("Lena", "lena@demo.mistvine.test"),
    ("Marco", "marco@demo.mistvine.test"),
    ("Priya", "priya@demo.mistvine.test"),
    ("Sam", "sam@demo.mistvine.test"),
];

#[tokio::test]
async fn no_message_of_a_demo_week_carries_a_score_a_voter_or_a_hidden_result() {
    let (sink, slack, hook, pushes) =
        (SmtpSink::start().await, FakeSlack::start().await, TeamsHook::start().await, PushService::start().await);
    let (s, k, h, p) = (sink.clone(), slack.clone(), hook.clone(), pushes.clone());
    let app = TestApp::spawn_with(move |settings| {
        settings.demo = true;
        s.configure(settings);
        k.configure(settings);
        settings.teams_webhooks = vec![format!("{}/", h.base)];
        settings.push_services = vec![p.prefix()];
    })
    .await;
    let olivia = app.client();
    assert_eq!(olivia.call("login", &[("email", PEOPLE[0].1), ("password", "demo-password")]).await.status, 200);
    let marco = app.client();
    assert_eq!(marco.call("login", &[("email", PEOPLE[3].1), ("password", "demo-password")]).await.status, 200);
    // Every channel on: Teams, Slack with everyone linked and a digest channel, two phones.
    assert_eq!(olivia.call("set_teams_webhook", &[("url", &hook.url())]).await.status, 200);
    let slack_people: Vec<(String, &str)> = PEOPLE.iter().map(|(name, email)| (format!("U{}", name.to_uppercase()), *email)).collect();
    slack.people(&slack_people.iter().map(|(id, email)| (id.as_str(), *email)).collect::<Vec<_>>());
    let r = olivia.get("/slack/install").await;
    let approved = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(r.headers["location"].to_str().unwrap())
        .send()
        .await
        .unwrap();
    let back = approved.headers()["location"].to_str().unwrap().to_owned();
    let r = olivia.get(&back[back.find("/slack/oauth").unwrap()..]).await;
    assert_eq!(r.headers["location"], "/admin?slack=connected#channels");
    assert_eq!(olivia.call("update_slack", &[("channel", "#leads"), ("on", "on")]).await.status, 200);
    for (c, device) in [(&olivia, pushes.device("olivia")), (&marco, pushes.device("marco"))] {
        let r = c.call("add_push_device", &[("subscription", &device.subscription(&pushes)), ("label", "Phone")]).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    for _ in 0..1000 {
        if olivia.call("slack_status", &[]).await.json()["install"]["linked"] == 6 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }

    // Monday 09:00 in Berlin (the demo's schedule), then Friday's digest.
    app.clock.set(utc("2026-03-09T08:00:00Z"));
    olivia.me().await;
    marco.me().await;
    let reminders = 5; // six people, Sam turned the e-mail off
    sink.wait_for(reminders).await;
    slack.wait_for_posts(6).await;
    hook.wait_for(1).await;
    pushes.wait_for(2).await;
    app.clock.set(utc("2026-03-13T08:00:00Z"));
    olivia.me().await;
    marco.me().await;
    let digests = 2; // Olivia and Lena lead; Adam turned the digest off
    sink.wait_for(reminders + digests).await;
    slack.wait_for_posts(7).await;
    hook.wait_for(2).await;
    assert!(hook.refused().is_empty() && pushes.refused().is_empty());

    // Every message, with who reads it (None: a channel anyone there reads).
    let mut messages: Vec<(Option<&str>, String)> = Vec::new();
    for m in sink.mails().iter().filter(|m| m.subject().contains("vote") || m.subject().contains("the week in")) {
        let to = PEOPLE.iter().find(|(_, e)| m.to[0] == *e).map(|(n, _)| *n);
        messages.push((to, format!("{}\n{}", m.subject(), m.body())));
    }
    for (channel, body) in slack.posts() {
        let to = PEOPLE.iter().find(|(n, _)| channel == format!("U{}", n.to_uppercase())).map(|(n, _)| *n);
        messages.push((to, body.to_string()));
    }
    messages.extend(hook.cards().into_iter().map(|c| (None, c.to_string())));
    for push in pushes.received() {
        let to = PEOPLE.iter().find(|(n, _)| n.to_lowercase() == push.device).map(|(n, _)| *n);
        messages.push((to, push.note.to_string()));
    }
    assert_eq!(messages.len(), 7 + 7 + 2 + 2, "e-mail, Slack, Teams and push all ran");

    // What the confidence page shows: every objective, and those whose shown confidence fell.
    let confidence = olivia.call("confidence", &[]).await.json();
    let rows = confidence["rows"].as_array().unwrap();
    let title = |row: &serde_json::Value| row["title"].as_str().unwrap().to_owned();
    let all_titles: Vec<String> = rows.iter().map(title).collect();
    let falling: Vec<String> = rows.iter().filter(|r| r["falling"] == true).map(title).collect();
    assert!(all_titles.len() >= 3, "{confidence}");
    for (reader, text) in &messages {
        let lower = text.to_lowercase();
        // No score: not as a number on the scale, not as its words.
        for (_, label) in SCALE {
            assert!(!text.contains(label), "{label:?} (a score's word) in a message to {reader:?}: {text}");
        }
        for word in ["score", "tally", "your vote:", "average", "/5"] {
            assert!(!lower.contains(word), "{word:?} in a message to {reader:?}: {text}");
        }
        // No voter: a message names no one but its own reader.
        for (name, _) in PEOPLE {
            if Some(name) != *reader {
                assert!(!text.contains(name), "{name} named in a message to {reader:?}: {text}");
            }
        }
        // Nothing below the threshold: an objective is said to have dropped only where the page shows it did.
        let dropped = text.find("Confidence dropped").map(|i| &text[i..]).unwrap_or_default();
        for t in all_titles.iter().filter(|t| dropped.contains(t.as_str())) {
            assert!(falling.contains(t), "{t:?} said to have dropped, which the confidence page does not show: {text}");
        }
        // How many voted, or who: never (only the promise that no one sees a vote, and the threshold rule).
        let said = lower
            .replace("no one can see how you voted", "")
            .replace("no one sees how you voted", "")
            .replace("no one's vote", "")
            .replace("only where enough people voted", "");
        assert!(!said.contains("voted") && !said.contains("voters"), "voting talk in a message to {reader:?}: {text}");
    }
}
