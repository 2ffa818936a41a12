//! The app's files under /pkg: a build with hashed names is linked by its
//! pages under those names, and browsers may keep those files for a year.

use crate::common;

use leptos::prelude::LeptosOptions;
use mistvine::infra::clock::ManualClock;
use mistvine::infra::router::spawn_for_tests_with;
use mistvine::infra::settings::Settings;
use std::fs;
use std::path::Path;

/// A site folder as a hashed, split build leaves it (with one lazy
/// island), and its hash file.
fn hashed_site(root: &Path, listed_wasm: &str) -> LeptosOptions {
    hashed_site_listing(root, &format!("js: JsHash1\nwasm: {listed_wasm}\ncss: CssHash1\nmanifest: ManifestHash\nsplit: LoaderHash\n"))
}

fn hashed_site_listing(root: &Path, hash_lines: &str) -> LeptosOptions {
    let pkg = root.join("site").join("pkg");
    fs::create_dir_all(&pkg).unwrap();
    let files = ["mistvine.JsHash1.js", "mistvine.WasmHash1.wasm", "mistvine.CssHash1.css", "mistvine.WasmHash1.wasm.br", "notes.txt"];
    let lazy = ["__wasm_split.LoaderHash.js", "chunk_1.ChunkHash.wasm", "split_clock_loader_1.ClockHash.wasm"];
    for f in files.into_iter().chain(lazy) {
        fs::write(pkg.join(f), format!("contents of {f}")).unwrap();
    }
    let manifest = r#"{"clock_loader_1":["chunk_1.ChunkHash","split_clock_loader_1.ClockHash"]}"#;
    fs::write(pkg.join("__wasm_split_manifest.ManifestHash.json"), manifest).unwrap();
    let hash_file = root.join("hash.txt");
    fs::write(&hash_file, hash_lines).unwrap();
    LeptosOptions::builder()
        .output_name("mistvine")
        .site_root(root.join("site").to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .hash_files(true)
        // An absolute name replaces the binary's folder that it is relative to.
        .hash_file(std::sync::Arc::<str>::from(hash_file.to_string_lossy().as_ref()))
        .build()
}

fn settings(root: &Path) -> Settings {
    Settings::for_database(root.join("data").join("app.db"), root.join("keys").join("vote.key"))
}

#[tokio::test]
async fn pages_link_the_hashed_files_which_are_kept_for_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let options = hashed_site(dir.path(), "WasmHash1");
    let addr = spawn_for_tests_with(settings(dir.path()), ManualClock::starting_at(common::start()), options).await.unwrap();
    let http = reqwest::Client::new();

    let page = http.get(format!("http://{addr}/login")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("/pkg/mistvine.JsHash1.js"), "the page loads the hashed script");
    assert!(page.contains("mistvine.WasmHash1.wasm"), "and the hashed WebAssembly");
    assert!(!page.contains("/pkg/mistvine.js"), "never the plain name, which this build does not have");
    assert!(
        page.contains(
            "/sw.js?js=/pkg/mistvine.JsHash1.js&wasm=/pkg/mistvine.WasmHash1.wasm&css=/pkg/mistvine.CssHash1.css&hashed=1\
             &lazy=__wasm_split.LoaderHash.js,chunk_1.ChunkHash.wasm,split_clock_loader_1.ClockHash.wasm"
        ),
        "the service worker is told this release's files, the lazy islands' too"
    );
    let chunk = http.get(format!("http://{addr}/pkg/chunk_1.ChunkHash.wasm")).send().await.unwrap();
    assert_eq!(chunk.headers()["cache-control"], "public, max-age=31536000, immutable", "a lazy island's chunk is hashed too");

    let wasm = http.get(format!("http://{addr}/pkg/mistvine.WasmHash1.wasm")).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(wasm.headers()["content-encoding"], "br", "the precompressed copy is sent");
    assert_eq!(wasm.text().await.unwrap(), "contents of mistvine.WasmHash1.wasm.br");

    let other = http.get(format!("http://{addr}/pkg/notes.txt")).send().await.unwrap();
    assert_eq!(other.status(), 200);
    assert_eq!(other.headers()["cache-control"], "no-cache", "a name without a hash may change: asked again each time");
    let missing = http.get(format!("http://{addr}/pkg/mistvine.Gone.js")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.headers()["cache-control"], "no-cache", "a missing file is not remembered as missing");
}

#[tokio::test]
async fn a_hash_file_naming_files_that_are_not_there_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let options = hashed_site(dir.path(), "FromAnotherBuild");
    let err = spawn_for_tests_with(settings(dir.path()), ManualClock::starting_at(common::start()), options).await.unwrap_err();
    assert!(err.contains("mistvine.FromAnotherBuild.wasm") && err.contains("copy the site folder of the same build"), "{err}");
}

#[tokio::test]
async fn a_build_without_its_split_manifest_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let options = hashed_site_listing(dir.path(), "js: JsHash1\nwasm: WasmHash1\ncss: CssHash1\n");
    let err = spawn_for_tests_with(settings(dir.path()), ManualClock::starting_at(common::start()), options).await.unwrap_err();
    assert!(err.contains("cargo leptos build --split"), "{err}");
}
