//! Static files and compression. The build's `/pkg` files (JS, WASM, CSS)
//! are served with the precompressed copies `scripts/precompress.mjs` writes
//! next to them (brotli at its best level, gzip), so the largest download
//! costs the server no CPU; pages and server-function answers are
//! compressed as they go out.
//!
//! The release build puts a content hash in each file's name (cargo-leptos'
//! `hash-files`, listed in `hash.txt` next to the binary). A file whose name
//! holds its hash never changes, so browsers keep it for a year without
//! asking again; a new release has new names, which the pages link to.
//!
//! Islands used on few pages (drafting, the drafts table, present mode's
//! clock) are lazy: `cargo leptos build --split` moves their code into
//! chunks a page loads only when it shows one, listed in the split manifest
//! (`__wasm_split_manifest.<hash>.json`) and loaded by `__wasm_split.<hash>.js`.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use leptos::prelude::LeptosOptions;
use std::path::Path;
use std::sync::Arc;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeDir;

/// The names of the app's script, WebAssembly and stylesheet under `/pkg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Names {
    pub pkg: String,
    pub js: String,
    pub wasm: String,
    pub css: String,
    /// Whether the names hold content hashes (then they never change).
    pub hashed: bool,
    /// The lazy islands' files (the split loader and every chunk), which the
    /// service worker keeps too: drafting offline needs them.
    pub lazy: Vec<String>,
}

impl Names {
    /// The names `HydrationScripts` links to: with hashing on, those of the
    /// hash file it reads (the same file, found the same way: relative to
    /// the running binary's folder, or an absolute `LEPTOS_HASH_FILE_NAME`).
    /// A hashed build whose files are not in the site folder does not start:
    /// every page would load without its script.
    pub fn of(options: &LeptosOptions) -> Result<Self, String> {
        let pkg = options.site_pkg_dir.to_string();
        let dir = Path::new(&*options.site_root).join(&pkg);
        if !options.hash_files {
            let mut names = Self::parse(&options.output_name, &pkg, None)?;
            // cargo-leptos' names for them when it does not hash.
            let manifest = "__wasm_split_manifest.json";
            if dir.join(manifest).is_file() {
                names.read_split(&dir, manifest, "__wasm_split.______________________.js")?;
            }
            return Ok(names);
        }
        let path = hash_file_path(options);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read the asset hash file {}: {e}", path.display()))?;
        let mut names = Self::parse(&options.output_name, &pkg, Some(&text))?;
        let manifest = hash_of(&text, "manifest").map_err(|_| {
            format!("{} names no split manifest: the app has lazy islands, build it with `cargo leptos build --split`", path.display())
        })?;
        names.read_split(
            &dir,
            &format!("__wasm_split_manifest.{manifest}.json"),
            &format!("__wasm_split.{}.js", hash_of(&text, "split")?),
        )?;
        for file in [&names.js, &names.wasm].into_iter().chain(&names.lazy) {
            if !dir.join(file).is_file() {
                return Err(format!(
                    "{} lists {file}, which is not in {}: copy the site folder of the same build",
                    path.display(),
                    dir.display()
                ));
            }
        }
        Ok(names)
    }

    /// Reads the split manifest (lazy island → the chunks it loads): the
    /// loader and each chunk once, in a stable order.
    fn read_split(&mut self, dir: &Path, manifest: &str, loader: &str) -> Result<(), String> {
        let path = dir.join(manifest);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read the split manifest {}: {e}", path.display()))?;
        self.lazy = Self::split_files(&text, loader).map_err(|e| format!("the split manifest {} {e}", path.display()))?;
        Ok(())
    }

    /// The files a split manifest names, with the loader first.
    pub fn split_files(manifest: &str, loader: &str) -> Result<Vec<String>, String> {
        let islands: std::collections::BTreeMap<String, Vec<String>> =
            serde_json::from_str(manifest).map_err(|e| format!("is not a split manifest: {e}"))?;
        let chunks: std::collections::BTreeSet<&String> = islands.values().flatten().collect();
        let safe = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        if let Some(bad) = chunks.iter().find(|n| !safe(n)) {
            return Err(format!("names a chunk that is not a file name: {bad:?}"));
        }
        Ok(std::iter::once(loader.to_owned()).chain(chunks.into_iter().map(|c| format!("{c}.wasm"))).collect())
    }

    /// Names from the hash file's lines (`js: …`, `wasm: …`, `css: …`), or
    /// the plain ones without it.
    pub fn parse(output: &str, pkg: &str, hashes: Option<&str>) -> Result<Self, String> {
        let Some(text) = hashes else {
            let plain = |kind: &str| format!("{output}.{kind}");
            return Ok(Self { pkg: pkg.into(), js: plain("js"), wasm: plain("wasm"), css: plain("css"), hashed: false, lazy: Vec::new() });
        };
        let named = |kind: &str| hash_of(text, kind).map(|hash| format!("{output}.{hash}.{kind}"));
        Ok(Self { pkg: pkg.into(), js: named("js")?, wasm: named("wasm")?, css: named("css")?, hashed: true, lazy: Vec::new() })
    }

    /// The service worker's address: it names the files to keep for offline
    /// use, and changes with every release, so browsers install the new
    /// worker (which drops the old release's files).
    /// Lazy files go by name only (`lazy=a.js,b.wasm`, all in the script's folder).
    pub fn worker_url(&self) -> String {
        let p = &self.pkg;
        let hashed = if self.hashed { "&hashed=1" } else { "" };
        let lazy = if self.lazy.is_empty() { String::new() } else { format!("&lazy={}", self.lazy.join(",")) };
        format!("/sw.js?js=/{p}/{}&wasm=/{p}/{}&css=/{p}/{}{hashed}{lazy}", self.js, self.wasm, self.css)
    }

    fn immutable(&self, file: &str) -> bool {
        self.hashed && [&self.js, &self.wasm, &self.css].into_iter().chain(&self.lazy).any(|n| n.as_str() == file)
    }
}

/// The hash on a line `kind: hash` of the hash file.
fn hash_of(text: &str, kind: &str) -> Result<String, String> {
    let hash = text
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == kind)
        .map(|(_, h)| h.trim().to_string())
        .ok_or_else(|| format!("the asset hash file has no {kind} line"))?;
    // Base64url, as cargo-leptos writes it; anything else would end up in a URL.
    if hash.is_empty() || !hash.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(format!("the asset hash file's {kind} hash is not a hash: {hash:?}"));
    }
    Ok(hash)
}

fn hash_file_path(options: &LeptosOptions) -> std::path::PathBuf {
    let dir = std::env::current_exe().ok().and_then(|p| p.parent().map(Path::to_path_buf)).unwrap_or_default();
    dir.join(options.hash_file.as_ref())
}

/// A build made with `hash-files` leaves its hash file next to the binary:
/// then the names are hashed, whether or not `LEPTOS_HASH_FILES` was set.
pub fn detect_hashing(options: &mut LeptosOptions) {
    if !options.hash_files && hash_file_path(options).is_file() {
        options.hash_files = true;
    }
}

/// The `/pkg` files. Hashed names are kept for a year (`immutable`: not even
/// a reload asks again); anything else is kept but asked for again each time
/// (`no-cache`: an unchanged file costs a `304 Not Modified`).
pub fn pkg(dir: &Path, names: Arc<Names>) -> Router {
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(middleware::from_fn_with_state(names, cache_control))
}

async fn cache_control(State(names): State<Arc<Names>>, req: Request, next: Next) -> Response {
    let file = req.uri().path().trim_start_matches('/').to_string();
    let mut res = next.run(req).await;
    let value = if res.status().is_success() && names.immutable(&file) { "public, max-age=31536000, immutable" } else { "no-cache" };
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// Compression of what the server writes as it answers. Level 4 of brotli
/// costs about what gzip's default does and compresses HTML better. WASM is
/// left to its precompressed copies: compressing megabytes per request would
/// cost more than it saves on a fast link (and a debug build's WASM is tens of MB).
pub fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("application/wasm")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_hash_file() {
        let n = Names::parse("mistvine", "pkg", Some("js: AbC-1_x\nwasm: Zz9\ncss: q_Q\n")).unwrap();
        assert_eq!((n.js.as_str(), n.wasm.as_str(), n.css.as_str()), ("mistvine.AbC-1_x.js", "mistvine.Zz9.wasm", "mistvine.q_Q.css"));
        assert!(n.immutable("mistvine.Zz9.wasm") && !n.immutable("mistvine.wasm") && !n.immutable("other.js"));
        assert_eq!(n.worker_url(), "/sw.js?js=/pkg/mistvine.AbC-1_x.js&wasm=/pkg/mistvine.Zz9.wasm&css=/pkg/mistvine.q_Q.css&hashed=1");
    }

    #[test]
    fn lazy_islands_files_are_kept_and_immutable() {
        let manifest = r#"{"a_loader_1":["chunk_5.h5","split_a_loader_1.hA"],"b_loader_2":["chunk_5.h5","split_b_loader_2.hB"]}"#;
        let mut n = Names::parse("m", "pkg", Some("js: j\nwasm: w\ncss: c\n")).unwrap();
        n.lazy = Names::split_files(manifest, "__wasm_split.L.js").unwrap();
        assert_eq!(n.lazy, ["__wasm_split.L.js", "chunk_5.h5.wasm", "split_a_loader_1.hA.wasm", "split_b_loader_2.hB.wasm"]);
        assert!(n.immutable("chunk_5.h5.wasm") && n.immutable("__wasm_split.L.js"));
        assert!(n
            .worker_url()
            .ends_with("&hashed=1&lazy=__wasm_split.L.js,chunk_5.h5.wasm,split_a_loader_1.hA.wasm,split_b_loader_2.hB.wasm"));
        assert!(Names::split_files(r#"{"a":["../x"]}"#, "l.js").unwrap_err().contains("not a file name"));
        assert!(Names::split_files("[]", "l.js").unwrap_err().contains("not a split manifest"));
    }

    #[test]
    fn plain_names_are_never_immutable() {
        let n = Names::parse("mistvine", "pkg", None).unwrap();
        assert_eq!(n.js, "mistvine.js");
        assert!(!n.immutable("mistvine.js"));
    }

    #[test]
    fn a_broken_hash_file_is_refused() {
        assert!(Names::parse("m", "pkg", Some("js: a\nwasm: b\n")).unwrap_err().contains("no css line"));
        assert!(Names::parse("m", "pkg", Some("js: a&b=c\nwasm: b\ncss: c\n")).unwrap_err().contains("not a hash"));
    }
}
