//! Static files and compression. The build's `/pkg` files (JS, WASM, CSS)
//! are served with the precompressed copies `scripts/precompress.mjs` writes
//! next to them (brotli at its best level, gzip), so the largest download
//! costs the server no CPU; pages and server-function answers are
//! compressed as they go out.

use axum::http::{header, HeaderValue};
use std::path::Path;
use tower::Layer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeDir;
use tower_http::set_header::{SetResponseHeader, SetResponseHeaderLayer};

/// The `/pkg` files. Their names stay the same from one release to the
/// next, so browsers keep them but ask again each time (`no-cache`): an
/// unchanged file costs a `304 Not Modified` of a few hundred bytes, and a
/// new release is picked up on the next page load.
pub fn pkg(dir: &Path) -> SetResponseHeader<ServeDir, HeaderValue> {
    SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))
        .layer(ServeDir::new(dir).precompressed_br().precompressed_gzip())
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
