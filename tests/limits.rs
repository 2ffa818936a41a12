//! The server cannot be held by slow or numerous clients, and no request
//! can hang forever (src/server/limits.rs), spoken to over raw TCP where a
//! well-behaved HTTP client would not misbehave enough.

use crate::common::TestApp;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn addr(app: &TestApp) -> String {
    app.base.trim_start_matches("http://").to_owned()
}

/// Everything the server sends until it closes the connection, or `None`
/// if it is still open after `patience`.
async fn read_until_closed(stream: &mut TcpStream, patience: Duration) -> Option<String> {
    let mut got = Vec::new();
    let read = tokio::time::timeout(patience, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    read.ok().map(|()| String::from_utf8_lossy(&got).into_owned())
}

#[tokio::test]
async fn a_request_whose_headers_never_finish_is_closed_within_the_limit() {
    let app = TestApp::spawn_with(|s| s.header_timeout_secs = 1).await;
    let mut half = TcpStream::connect(addr(&app)).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n").await.unwrap();
    let started = Instant::now();
    let answer = read_until_closed(&mut half, Duration::from_secs(10)).await;
    assert!(answer.is_some(), "the half-sent request was still open after 10 s");
    assert!(started.elapsed() < Duration::from_secs(5), "closed only after {:?}", started.elapsed());
    assert!(!answer.unwrap().contains("200 OK"), "a request that never finished was answered");

    // An idle connection that never sends a byte is closed the same way.
    let mut idle = TcpStream::connect(addr(&app)).await.unwrap();
    assert!(read_until_closed(&mut idle, Duration::from_secs(10)).await.is_some(), "an idle connection stayed open");

    // Whole requests are still served.
    assert_eq!(app.client().get("/healthz").await.status, 200);
}

#[tokio::test]
async fn a_slow_body_is_cut_with_408() {
    let app = TestApp::spawn_with(|s| s.body_timeout_secs = 1).await;
    let mut slow = TcpStream::connect(addr(&app)).await.unwrap();
    slow.write_all(
        b"POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=a%40",
    )
    .await
    .unwrap();
    let answer = read_until_closed(&mut slow, Duration::from_secs(10)).await.expect("the slow body was still being waited for after 10 s");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive within 1 seconds"), "{answer}");
}

#[tokio::test]
async fn a_body_over_the_routes_limit_gets_413_with_a_reason() {
    let app = TestApp::spawn().await;
    let http = reqwest::Client::new();
    let login = format!("{}/api/login", app.base);

    // Declared too large: refused before the body is read.
    let big = "x".repeat(20 * 1024);
    let res = http.post(&login).header("content-type", "application/x-www-form-urlencoded").body(big.clone()).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 413);
    assert!(res.text().await.unwrap().contains("larger than this address accepts (8 KB)"));

    // Sent without a length (chunked): cut once it passes the limit. The
    // server may answer before the rest is written, so write errors are ignored.
    let mut chunked = TcpStream::connect(addr(&app)).await.unwrap();
    let _ = chunked.write_all(b"POST /api/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n").await;
    for _ in 0..40 {
        let _ = chunked.write_all(format!("400\r\n{}\r\n", "x".repeat(1024)).as_bytes()).await;
    }
    let _ = chunked.write_all(b"0\r\n\r\n").await;
    let answer = read_until_closed(&mut chunked, Duration::from_secs(10)).await.expect("answered and closed");
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    // A PPP update's route takes a long update: the body passes the limit and
    // reaches the server function, which asks who is calling.
    let ppp = format!("{}/api/save_ppp", app.base);
    let form = [("team_id", "1"), ("progress", big.as_str()), ("plans", "p"), ("problems", "q")];
    let res = http.post(&ppp).header("accept", "application/json").form(&form).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 401, "{}", res.text().await.unwrap());
}

#[tokio::test]
async fn many_idle_connections_do_not_stop_a_normal_request() {
    let app = TestApp::spawn().await;
    let mut idle = Vec::new();
    for _ in 0..300 {
        idle.push(TcpStream::connect(addr(&app)).await.unwrap());
    }
    let home = app.client().get("/healthz").await;
    assert_eq!(home.status, 200);
    drop(idle);
}

#[tokio::test]
async fn connections_over_the_cap_are_turned_away_until_one_frees() {
    let app = TestApp::spawn_with(|s| {
        s.max_connections = 4;
        s.header_timeout_secs = 1;
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(addr(&app)).await.unwrap());
    }
    let mut extra = TcpStream::connect(addr(&app)).await.unwrap();
    let answer = read_until_closed(&mut extra, Duration::from_secs(10)).await.expect("turned away at once");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("too many open connections"), "{answer}");

    // The held connections send nothing, so the header limit closes them
    // and their places are free again.
    for conn in &mut held {
        read_until_closed(conn, Duration::from_secs(10)).await.expect("an idle connection was closed");
    }
    assert_eq!(app.client().get("/healthz").await.status, 200);
}

/// A write that waits on a lock someone else holds is stopped at the
/// request limit and answered 503 with a reason, instead of hanging.
#[tokio::test]
async fn a_request_that_cannot_finish_is_answered_503() {
    let app = TestApp::spawn_with(|s| s.request_timeout_secs = 1).await;
    let owner = app.owner("ada@example.com", "Analytical").await;
    let blocker = app.block_writes("teams").await;
    let r = owner.call("create_team", &[("name", "Blocked")]).await;
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("could not answer within 1 seconds"), "{}", r.body);
    blocker.rollback().await.unwrap();
    assert!(owner.create_team("Unblocked").await > 0);
}

/// Pages rendered while another app in the same process starts (tests, a
/// restart in place) answered: listing an app's routes stopped every
/// resource first polled meanwhile, anywhere in the process, for good.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_render_while_other_apps_start() {
    let app = TestApp::spawn().await;
    let http = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap();
    let starting = tokio::spawn(async {
        for _ in 0..30 {
            TestApp::spawn().await;
        }
    });
    // Page loads go on for as long as apps are starting beside them.
    let mut loads = Vec::new();
    for worker in 0..8 {
        let (http, base) = (http.clone(), app.base.clone());
        let starting = starting.abort_handle();
        loads.push(tokio::spawn(async move {
            let mut answered = 0;
            while !starting.is_finished() || answered < 10 {
                let path = if (worker + answered) % 2 == 0 { "/" } else { "/login" };
                let res = http.get(format!("{base}{path}")).send().await;
                let status = res.map(|r| r.status().as_u16()).map_err(|e| e.to_string());
                assert_eq!(status, Ok(200), "{path} did not answer");
                answered += 1;
            }
            answered
        }));
    }
    for load in loads {
        assert!(load.await.unwrap() >= 10);
    }
    starting.await.unwrap();
}
