//! Completeness of the translations: every message in every language with
//! the same placeholders, no message nobody uses, no id used that does not
//! exist, and the pseudo-locale's version of each.

use super::{pseudo, FILES};
use crate::domain::locale::Locale;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const TAGS: [&str; 4] = ["en", "de", "fr", "es"];

/// Each message's id and the placeholders (`$name`) its text uses, in any variant.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn all_of(index: usize) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (name, sources) in FILES {
        for (id, vars) in messages(sources[index]) {
            assert!(all.insert(id.clone(), vars).is_none(), "{id} is defined twice ({}/{name}.ftl)", TAGS[index]);
        }
    }
    all
}

#[test]
fn every_language_loads() {
    super::check().unwrap();
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let english = all_of(0);
    for (index, tag) in TAGS.iter().enumerate().skip(1) {
        let other = all_of(index);
        let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{tag} has messages English does not: {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{tag}'s {id} has other placeholders than English's");
        }
    }
}

#[test]
fn each_language_directory_holds_exactly_the_listed_files() {
    let listed: BTreeSet<String> = FILES.iter().map(|(name, _)| format!("{name}.ftl")).collect();
    for tag in TAGS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(tag);
        let found: BTreeSet<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(found, listed, "locales/{tag}");
    }
}

/// The ids the code asks for: string literals that name a message. The
/// code names each id whole (never built from pieces), so a message no
/// literal names is unused, and a literal in `t!` that names none is a typo.
#[test]
fn every_message_is_used_and_every_id_used_exists() {
    let english = all_of(0);
    let mut code = String::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let unused: Vec<_> = english.keys().filter(|id| !code.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let mut unknown = Vec::new();
    for call in ["t!(\"", "msg!(\"", "t_in!("] {
        for (at, _) in code.match_indices(call) {
            // `format!("…` ends in `t!("` too: only the macro itself counts.
            if code[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + call.len()..];
            // t_in!(locale, "id"…): the id is the first string literal.
            let rest = if call == "t_in!(" { rest.split_once('"').map_or("", |(_, r)| r) } else { rest };
            let id = rest.split('"').next().unwrap_or_default();
            if !english.contains_key(id) {
                unknown.push(id.to_owned());
            }
        }
    }
    assert!(unknown.is_empty(), "ids used that no message has: {unknown:?}");
}

#[test]
fn the_pseudo_locale_has_every_message_and_no_plain_words() {
    let english = all_of(0);
    for (id, vars) in &english {
        // Every variant of a plural: one and other.
        for n in [1, 5] {
            let mut args = super::Args::new();
            for v in vars {
                args.set(v.clone(), n);
            }
            let text = super::text_in(Locale::Pseudo, id, Some(&args));
            assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{id} keeps plain letters in the pseudo-locale: {text}");
        }
    }
    for (name, sources) in FILES {
        assert_eq!(messages(&pseudo::of(sources[0])), messages(sources[0]), "{name}.ftl");
    }
}

#[test]
fn numbers_in_messages_follow_the_language_and_choose_the_plural() {
    assert_eq!(crate::t_in!(Locale::En, "home-member-count", count = 1), "1 member");
    assert_eq!(crate::t_in!(Locale::En, "home-member-count", count = 1234), "1,234 members");
    assert_eq!(crate::t_in!(Locale::De, "home-member-count", count = 1234), "1.234 Mitglieder");
    assert_eq!(crate::t_in!(Locale::De, "home-member-count", count = 1), "1 Mitglied");
    assert_eq!(crate::t_in!(Locale::Fr, "home-member-count", count = 1), "1 membre");
}

#[test]
fn a_slot_cuts_a_sentence_around_its_element() {
    let (before, after) = super::around(&format!("Read {} first.", super::SLOT));
    assert_eq!((before.as_str(), after.as_str()), ("Read ", " first."));
}
