//! A small load client for the vote path: sets up an organisation on a
//! running server (members join before the wave starts), then has every
//! member vote on every objective, all members at once, over HTTP with
//! their own session, and prints votes per second and latency percentiles.
//!
//! cargo run --example vote_load --features ssr -- http://127.0.0.1:3000 [members] [objectives]

use std::time::{Duration, Instant};

type Form<'a> = Vec<(&'a str, String)>;

async fn call(c: &reqwest::Client, base: &str, endpoint: &str, form: &Form<'_>) -> Result<(u16, String, Option<String>), String> {
    let r = c.post(format!("{base}/api/{endpoint}")).header("accept", "application/json").form(form).send().await.map_err(|e| e.to_string())?;
    let status = r.status().as_u16();
    let location = r.headers().get("location").and_then(|l| l.to_str().ok()).map(str::to_owned);
    Ok((status, r.text().await.unwrap_or_default(), location))
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().expect("http client")
}

async fn ok(c: &reqwest::Client, base: &str, endpoint: &str, form: Form<'_>) -> String {
    match call(c, base, endpoint, &form).await {
        Ok((200, body, _)) => body,
        Ok((s, body, _)) => panic!("{endpoint}: {s} {body}"),
        Err(e) => panic!("{endpoint}: {e}"),
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args.get(1).cloned().unwrap_or_else(|| "http://127.0.0.1:3000".into());
    let members: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(64);
    let objectives: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(25);
    let run = std::process::id();
    let today = chrono::Utc::now().date_naive();
    let (start, end) = ((today - chrono::Days::new(1)).to_string(), (today + chrono::Days::new(20)).to_string());

    let owner = client();
    let email = format!("owner-{run}@load.test");
    let signup = vec![("name", "Load Owner".into()), ("email", email), ("password", "load-password".into()), ("org_name", format!("Load {run}"))];
    ok(&owner, &base, "signup", signup).await;
    // Everyone joins before the wave starts (later joiners vote from next week).
    let mut voters = vec![owner.clone()];
    for i in 1..members {
        let (_, _, location) = call(&owner, &base, "create_invite", &vec![("uses", "1".to_string())]).await.expect("invite");
        let token = location.and_then(|l| l.split("invite=").nth(1).map(str::to_owned)).expect("invite token");
        let c = client();
        let form = vec![("token", token.clone()), ("name", format!("Member {i}")), ("email", format!("m{i}-{run}@load.test")), ("password", "load-password".into())];
        ok(&c, &base, "join_with_signup", form).await;
        voters.push(c);
    }
    let wave = ok(&owner, &base, "create_wave", vec![("name", "Load wave".into()), ("starts_on", start), ("ends_on", end)]).await;
    let mut ids = Vec::new();
    for i in 0..objectives {
        let form = vec![
            ("wave_id", wave.clone()),
            ("title", format!("Objective {i}")),
            ("why", "Load".into()),
            ("owner_id", String::new()),
            ("krs[0][title]", "K".into()),
            ("krs[0][kind]", "numeric".into()),
            ("krs[0][start]", "0".into()),
            ("krs[0][target]", "10".into()),
        ];
        ids.push(ok(&owner, &base, "create_wave_objective", form).await);
    }
    ok(&owner, &base, "advance_wave", vec![("wave_id", wave), ("to", "active".into())]).await;

    let began = Instant::now();
    let tasks: Vec<_> = voters
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let (base, ids) = (base.clone(), ids.clone());
            tokio::spawn(async move {
                let mut out = Vec::new();
                for (o, id) in ids.iter().enumerate() {
                    let t = Instant::now();
                    let r = call(&c, &base, "cast_vote", &vec![("objective_id", id.clone()), ("score", ((i + o) % 5 + 1).to_string())]).await;
                    out.push((t.elapsed(), matches!(r, Ok((200, _, _)))));
                }
                out
            })
        })
        .collect();
    let mut all: Vec<(Duration, bool)> = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("voter task"));
    }
    let elapsed = began.elapsed();
    let errors = all.iter().filter(|(_, ok)| !ok).count();
    let mut times: Vec<Duration> = all.iter().map(|(d, _)| *d).collect();
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "{} votes by {members} concurrent members in {:.2} s: {:.0} votes/s, p50 {:.1} ms, p99 {:.1} ms, {errors} errors",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
    );
}
