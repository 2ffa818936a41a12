//! Upgrading: votes and survey answers saved by a version before the ballot
//! vault move into it on the first start, results stay the same, and the old
//! tables (which kept arrival order) are gone from the database file.

use crate::common;
use crate::common::Client;
use mistvine::domain::account::Password;
use mistvine::domain::ids::{ObjectiveId, SurveyId, UserId};
use mistvine::infra::clock::ManualClock;
use mistvine::infra::router;
use mistvine::infra::settings::Settings;
use mistvine::server::service::passwords;
use mistvine::server::vote::claims;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::SqlitePool;

#[tokio::test]
async fn votes_saved_before_the_vault_move_into_it_and_the_old_tables_go() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("data").join("old.db");
    let key_path = dir.path().join("keys").join("vote.key");
    std::fs::create_dir_all(db_path.parent().unwrap()).unwrap();
    let key = claims::create_key(&key_path).unwrap();

    // A database as the previous version left it: migrations up to 0008.
    let pool = SqlitePool::connect_with(SqliteConnectOptions::new().filename(&db_path).create_if_missing(true)).await.unwrap();
    let old = dir.path().join("migrations");
    std::fs::create_dir(&old).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_file() && name.as_str() < "0009" {
            std::fs::copy(&path, old.join(&name)).unwrap();
        }
    }
    sqlx::migrate::Migrator::new(old.as_path()).await.unwrap().run(&pool).await.unwrap();

    let start = common::start().timestamp();
    let hash = passwords::hash_password(Password::parse("password-1").unwrap()).await.unwrap();
    sqlx::query("INSERT INTO organisations (id, name, created_at) VALUES (1, 'Acme', $1)")
        .bind(start - 86_400 * 30)
        .execute(&pool)
        .await
        .unwrap();
    for (id, email, role) in [(1, "o@example.com", "owner"), (2, "a@example.com", "member"), (3, "b@example.com", "member")] {
        sqlx::query("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ($1, $2, 'P', $3, $4)")
            .bind(id)
            .bind(email)
            .bind(&hash)
            .bind(start - 86_400 * 30)
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO memberships (org_id, user_id, role, joined_at) VALUES (1, $1, $2, $3)")
            .bind(id)
            .bind(role)
            .bind(start - 86_400 * 30)
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("INSERT INTO waves (id, org_id, name, starts_on, ends_on, state, created_at) VALUES (1, 1, 'W', $1, $2, 'active', $3)")
        .bind(common::day(-8))
        .bind(common::day(19))
        .bind(start - 86_400 * 9)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO objectives (id, org_id, wave_id, title, why, created_at) VALUES (1, 1, 1, 'Grow', 'Because', $1)")
        .bind(start - 86_400 * 9)
        .execute(&pool)
        .await
        .unwrap();
    for (user, score) in [(1, 2), (2, 3), (3, 4)] {
        sqlx::query("INSERT INTO vote_receipts (objective_id, week, voter_tag) VALUES (1, 1, $1)")
            .bind(claims::voter_tag(&key, UserId(user), ObjectiveId(1), 1))
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO ballots (id, objective_id, week, score, change_hash) VALUES ($1, 1, 1, $2, $3)")
            .bind(vec![user as u8; 16])
            .bind(score)
            .bind(vec![user as u8 + 100; 32])
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("INSERT INTO surveys (id, org_id, wave_id, opened_at) VALUES (1, 1, 1, $1)")
        .bind(start - 86_400)
        .execute(&pool)
        .await
        .unwrap();
    for user in 1..=3 {
        sqlx::query("INSERT INTO survey_receipts (survey_id, voter_tag) VALUES (1, $1)")
            .bind(claims::survey_tag(&key, UserId(user), SurveyId(1)))
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO survey_responses (id, survey_id, answers) VALUES ($1, 1, $2)")
            .bind(vec![user as u8; 16])
            .bind("3".repeat(20))
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;

    let settings = Settings::for_database(db_path.clone(), key_path.clone());
    let addr = router::spawn_for_tests(settings, ManualClock::starting_at(common::start())).await.unwrap();
    let owner = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: format!("http://{addr}") };
    assert_eq!(owner.call("login", &[("email", "o@example.com"), ("password", "password-1")]).await.status, 200);

    // The same results as before the upgrade.
    let report = owner.call("confidence", &[]).await.json();
    assert_eq!(report["rows"][0]["cells"][0]["Shown"]["count"], 3, "{report}");
    assert_eq!(report["rows"][0]["cells"][0]["Shown"]["average"], 3.0);
    // The old tables are gone; the votes are in the vault, receipts used.
    let db = SqlitePool::connect_with(SqliteConnectOptions::new().filename(&db_path)).await.unwrap();
    let legacy: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'legacy_%'").fetch_one(&db).await.unwrap();
    assert_eq!(legacy, 0);
    let vault =
        SqlitePool::connect_with(SqliteConnectOptions::new().filename(mistvine::server::vote::vault::path_for(&db_path))).await.unwrap();
    let used: (i64, i64) = sqlx::query_as("SELECT COUNT(*), SUM(voted) FROM vote_receipts").fetch_one(&vault).await.unwrap();
    assert_eq!(used, (3, 3));
    // The survey's answers came along: closing it shows them.
    assert_eq!(owner.call("close_survey", &[]).await.status, 200);
    let survey = owner.call("survey", &[]).await.json();
    assert_eq!(survey["results"][0]["result"]["Shown"][0], 3, "{survey}");
    // Those who voted in week 1 cannot vote there again; week 2 works as usual.
    assert_eq!(owner.call("cast_vote", &[("objective_id", "1"), ("score", "5")]).await.status, 200);
}
