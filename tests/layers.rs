//! The shape of `src/`, read from the source: no two files import each
//! other, even through others (a module cycle), and the layers the compiler
//! cannot hold by privacy alone still hold. The store is private to
//! `crate::server` (the compiler refuses any other module that names it),
//! and `domain` is built for the browser too (the WebAssembly build refuses
//! server code there); what is left is checked here: pages reach data only
//! through server functions.
//!
//! Edges are the paths a file names: `use` trees and `crate::…`/`super::…`
//! paths in code, resolved to the file of the longest module they name. A
//! module's own parts (its descendants) do not count as its dependencies:
//! `mod.rs` re-exporting what a child defines, while the child uses its
//! parent's helpers, is one module in several files, not a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module path (`server::service::vote`, `""` for the crate root) → file.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("directory entry").path();
            let name = path.file_stem().and_then(|s| s.to_str()).expect("utf-8 file name").to_owned();
            let module = if prefix.is_empty() { name.clone() } else { format!("{prefix}::{name}") };
            if path.is_dir() {
                walk(&path, &module, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                match name.as_str() {
                    "mod" => out.insert(prefix.to_owned(), path),
                    "lib" if prefix.is_empty() => out.insert(String::new(), path),
                    "main" if prefix.is_empty() => None,
                    _ => out.insert(module, path),
                };
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(src, "", &mut out);
    out
}

/// The source without comments, string and character literals (a path in a
/// doc comment or a message is not a dependency).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'"') | Some(b'#')) && (i == 0 || !is_ident(b[i - 1])) => {
                // A raw string: r"…" or r#"…"#.
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                j += 1;
                let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
                while j < b.len() && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
                out.push_str("\"\"");
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            b'\'' => {
                // A character literal ('a', '\n', '\u{..}') or a lifetime ('a).
                let end = if b.get(i + 1) == Some(&b'\\') {
                    b[i + 2..].iter().position(|&c| c == b'\'').map(|p| i + 2 + p)
                } else if b.get(i + 2) == Some(&b'\'') {
                    Some(i + 2)
                } else {
                    None
                };
                match end {
                    Some(e) => i = e + 1,
                    None => {
                        out.push('\'');
                        i += 1;
                    }
                }
            }
            c => {
                out.push(c as char);
                i += 1;
            }
        }
    }
    out
}

/// The code before the file's test module (`#[cfg(test)] mod tests { … }`,
/// at the end by convention): its `use super::*` names the file's own
/// module, not its parent.
fn without_tests(mut code: String) -> String {
    let mut from = 0;
    while let Some(p) = code[from..].find("#[cfg(test)]") {
        let at = from + p;
        if code[at + "#[cfg(test)]".len()..].trim_start().starts_with("mod ") {
            code.truncate(at);
            break;
        }
        from = at + 1;
    }
    code
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Expands a `use` tree (`a::{b, c::{self, D}}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    // `x as y` names x: the alias is cut off before spaces go.
    let tree: String = tree.replace(" as ", "@").chars().filter(|c| !c.is_whitespace()).collect();
    expand_tight(&tree)
}

fn expand_tight(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else { return vec![tree.split('@').next().unwrap_or(tree).to_owned()] };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').expect("a use tree's braces close")];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(expand_tight)
        .map(|p| {
            if p == "self" {
                prefix.to_owned()
            } else if prefix.is_empty() {
                p
            } else {
                format!("{prefix}::{p}")
            }
        })
        .collect()
}

/// The paths a file names, as written (`crate::…`, `super::…`, `self::…`
/// or starting with a name in scope).
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0 || !is_ident(rest.as_bytes()[at - 1]);
        let after = &rest[at + 4..];
        if before_ok {
            if let Some(end) = after.find(';') {
                let tree = after[..end].trim();
                if tree.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '{' || c == ':') {
                    paths.extend(expand(tree));
                }
            }
        }
        rest = after;
    }
    // Paths in code: crate::a::b and super::a.
    let b = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(p) = code[from..].find(start) {
            let at = from + p;
            from = at + start.len();
            if at > 0 && (is_ident(b[at - 1]) || b[at - 1] == b':') {
                continue;
            }
            let end = code[at..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':')).map_or(code.len(), |e| at + e);
            if code[end..].starts_with('{') || code[at..end].ends_with("::") && end == at + start.len() {
                continue; // a `use` tree, expanded above
            }
            paths.push(code[at..end].trim_end_matches(':').to_owned());
        }
    }
    paths
}

/// The module a path written in `module` names, if it is one of ours.
fn resolve(module: &str, path: &str, known: &BTreeMap<String, PathBuf>) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
    match segments.first().copied() {
        Some("crate") => {
            base.clear();
            segments.remove(0);
        }
        Some("self") => {
            segments.remove(0);
        }
        Some("super") => {
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
        }
        Some(first) => {
            // A bare name: a child module of this one, else not ours (a crate).
            let child = if module.is_empty() { first.to_owned() } else { format!("{module}::{first}") };
            if !known.contains_key(&child) {
                return None;
            }
        }
        None => return None,
    }
    let mut full: Vec<&str> = base;
    full.extend(segments);
    (0..=full.len()).rev().map(|n| full[..n].join("::")).find(|m| known.contains_key(m))
}

fn within(module: &str, ancestor: &str) -> bool {
    ancestor.is_empty() || module == ancestor || module.starts_with(&format!("{ancestor}::"))
}

/// Module → the modules it names (its own descendants left out).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let known = modules(&src);
    known
        .iter()
        .map(|(module, file)| {
            let code = without_tests(code_only(&std::fs::read_to_string(file).expect("source is readable")));
            let edges =
                named_paths(&code).iter().filter_map(|p| resolve(module, p, &known)).filter(|target| !within(target, module)).collect();
            (module.clone(), edges)
        })
        .collect()
}

/// Every cycle's modules, one strongly connected group each (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut s =
        State { graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), on_stack: BTreeSet::new(), found: Vec::new() };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn no_module_imports_itself_through_others() {
    let found = cycles(&graph());
    assert!(found.is_empty(), "module cycles (each group imports itself through the others): {found:#?}");
}

#[test]
fn pages_reach_data_only_through_server_functions() {
    let graph = graph();
    let offending: Vec<_> = graph
        .iter()
        .filter(|(m, _)| within(m, "ui"))
        .flat_map(|(m, edges)| edges.iter().filter(|t| within(t, "server") || within(t, "infra")).map(move |t| format!("{m} → {t}")))
        .collect();
    assert!(offending.is_empty(), "pages naming the server's services or infrastructure: {offending:#?}");
}

#[test]
fn the_checker_sees_what_it_must() {
    // The parser itself: a cycle it cannot see would pass the test above.
    let code = code_only("use crate::{a::{self, b::C}, d};\n// use crate::e;\nlet s = \"crate::f\"; super::g::h();");
    let mut paths = named_paths(&code);
    paths.sort();
    assert_eq!(paths, ["crate::a", "crate::a::b::C", "crate::d", "super::g::h"]);
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"]), ("d", vec!["a"])]
        .into_iter()
        .map(|(m, e)| (m.to_owned(), e.into_iter().map(str::to_owned).collect()))
        .collect();
    assert_eq!(cycles(&graph), vec![vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]]);
    // And the real tree has modules and edges (an empty graph has no cycles).
    let real = graph_of_src_has_edges();
    assert!(real > 200, "only {real} edges found in src/");
}

fn graph_of_src_has_edges() -> usize {
    graph().values().map(BTreeSet::len).sum()
}

#[test]
fn engine_specific_code_is_named_in_one_place() {
    // The list is the doc comment of `infra::db::Engine`.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let db = std::fs::read_to_string(root.join("src/infra/db.rs")).expect("db.rs is readable");
    let doc_end = db.find("pub enum Engine").expect("Engine is declared in db.rs");
    let doc_start = db[..doc_end].rfind("\n\n").expect("a blank line before Engine's doc");
    let listed = &db[doc_start..doc_end];
    let mut files: Vec<PathBuf> = modules(&root.join("src")).into_values().collect();
    files.push(root.join("src/main.rs"));
    let branching: Vec<String> = files
        .iter()
        .filter(|f| {
            let code = without_tests(code_only(&std::fs::read_to_string(f).expect("source is readable")));
            ["Engine::Sqlite", "Engine::Postgres", "engine(", "engine_of(", "Location::Postgres", "Location::SameDatabase"]
                .iter()
                .any(|n| code.contains(n))
        })
        .map(|f| f.strip_prefix(root).expect("under the project").display().to_string())
        .collect();
    assert!(branching.len() >= 5, "the search found only {branching:?}");
    let unlisted: Vec<_> = branching.iter().filter(|f| !listed.contains(&format!("`{f}`"))).collect();
    assert!(unlisted.is_empty(), "code that branches on the engine but is not listed on `infra::db::Engine`: {unlisted:?}");
}
