//! Every parser a request reaches, fed arbitrary text: none may panic, and
//! what each accepts keeps its promise (trimmed, bounded, in range). The
//! rules themselves are tested next to each type; this file is the net
//! under all of them, so a new parser belongs here too.

use super::account::{safe_next_path, Email, OrgName, Password, PersonName};
use super::boost::{parse_need, parse_needed_by, parse_reason, BoostState};
use super::draft::{ClientKey, DraftAuthor, DraftBook};
use super::ids::{optional_id, required_id, ObjectiveId};
use super::key_result::{KrInput, KrSpec};
use super::msg::Msg;
use super::objective::{parse_note, parse_rationale, parse_title, parse_why};
use super::org::{parse_invite_uses, MembershipEventKind, Role, TeamName};
use super::ppp::{parse_items, parse_update, Section};
use super::reflection::{parse_grade, parse_reflection};
use super::scorecard::{statement_count, Answers, INSTRUMENT};
use super::vote::{parse_threshold, Score, MIN_VOTERS};
use super::wave::{parse_date, WaveDates, WaveName, WaveState};
use chrono::NaiveDate;
use proptest::prelude::*;
use std::collections::HashMap;

/// Text a form field may carry: any printable or control character,
/// including newlines, tabs, quotes and non-ASCII.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(|c| c.into_iter().collect())
}

/// Numbers as people (and scripts) type them.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        text(12),
        "[-+ ]?[0-9]{0,20}([.,][0-9]{0,8})?([eE][-+]?[0-9]{1,4})?",
        prop::sample::select(vec!["NaN", "inf", "-inf", "1e308", "-0", "0x10", "1_000", " 5 "]).prop_map(str::to_owned),
    ]
}

fn kr_input() -> impl Strategy<Value = KrInput> {
    (text(20), prop::sample::select(vec!["numeric", "percentage", "milestone", "", "other"]), number(), number(), text(30), number())
        .prop_map(|(title, kind, start, target, unit, weight)| KrInput { title, kind: kind.into(), start, target, unit, weight })
}

proptest! {
    #[test]
    fn names_and_words(raw in text(300)) {
        for ok in [PersonName::parse(&raw).map(|n| n.as_str().to_owned()), OrgName::parse(&raw).map(|n| n.as_str().to_owned()),
                   TeamName::parse(&raw).map(|n| n.as_str().to_owned()), WaveName::parse(&raw).map(|n| n.as_str().to_owned()),
                   parse_title(&raw), parse_why(&raw), parse_rationale(&raw), parse_need(&raw), parse_reason(&raw)].into_iter().flatten() {
            prop_assert_eq!(ok.trim(), ok.as_str(), "accepted text is trimmed");
            prop_assert!(!ok.is_empty() && ok.chars().count() <= 2000);
        }
        if let Ok(Some(note)) = parse_note(&raw) {
            prop_assert!(!note.as_str().trim().is_empty());
        }
        let _ = (Email::parse(&raw), Password::parse(&raw), Role::parse(&raw), WaveState::parse(&raw));
        let _ = (BoostState::parse(&raw), Section::parse(&raw), MembershipEventKind::parse(&raw));
        let _ = parse_reflection(&raw, &raw, &raw);
    }

    #[test]
    fn next_paths_stay_on_the_site(raw in text(60)) {
        let p = safe_next_path(Some(&raw));
        prop_assert!(p.starts_with('/') && !p.starts_with("//") && !p.contains('\\'));
        prop_assert!(p.bytes().all(|b| b.is_ascii_graphic()), "{:?}", p);
    }

    #[test]
    fn numbers_scores_and_grades(raw in number()) {
        if let Ok(n) = parse_threshold(&raw) {
            prop_assert!(n >= MIN_VOTERS);
        }
        if let Ok(s) = Score::parse(&raw) {
            prop_assert!((1..=5).contains(&u8::from(s)));
        }
        if let Ok(g) = parse_grade(&raw, "K") {
            prop_assert!((0.0..=1.0).contains(&g));
        }
        if let Ok((uses, _)) = parse_invite_uses(&raw) {
            prop_assert!((1..=100).contains(&uses));
        }
        let _ = (optional_id::<ObjectiveId>("id", Msg::Said("m".into()), &raw), required_id::<ObjectiveId>("id", Msg::Said("m".into()), &raw));
    }

    #[test]
    fn key_results_and_check_ins(input in kr_input(), value in number()) {
        if let Ok(spec) = KrSpec::parse(&input, 1) {
            if let Ok(v) = spec.kind.parse_value(&value) {
                prop_assert!(v.is_finite() && v.abs() <= 1e12, "{}", v);
            }
            prop_assert!(spec.weight > 0.0 && spec.weight <= 10.0);
        }
        let _ = KrSpec::parse_all(&[input.clone(), input]);
    }

    #[test]
    fn dates(a in text(14), b in "[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}") {
        let _ = parse_date("d", Msg::Said("D".into()), &a);
        let _ = WaveDates::parse(&a, &b);
        let _ = WaveDates::parse(&b, &b);
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        if let Ok(Some(d)) = parse_needed_by(&a, today) {
            prop_assert!(d >= today);
        }
    }

    #[test]
    fn ppp_items(progress in text(400), plans in "(- [^\n]{0,300}\n){0,14}", problems in text(40)) {
        for s in Section::ALL {
            if let Ok(items) = parse_items(s, &plans) {
                prop_assert!(items.iter().all(|i| !i.is_empty() && i.trim() == i));
            }
        }
        let _ = parse_update(&progress, &plans, &problems);
    }

    #[test]
    fn scorecard_answers(values in proptest::collection::vec(number(), 0..24), code in text(24)) {
        let ids: Vec<&str> = INSTRUMENT.iter().flat_map(|d| d.statements).collect();
        let form: HashMap<&str, String> = ids.iter().copied().zip(values).collect();
        if let Ok(a) = Answers::parse(|id| form.get(id).cloned()) {
            prop_assert_eq!(a.values().len(), statement_count());
            prop_assert!(a.values().iter().all(|v| (1..=5).contains(v)));
            prop_assert_eq!(Answers::from_code(&a.to_code()), Some(a));
        }
        let _ = Answers::from_code(&code);
    }

    #[test]
    fn what_a_device_sends_or_keeps(raw in text(90)) {
        let _ = (ClientKey::parse_optional(&raw), DraftAuthor::parse_optional(&raw), DraftBook::from_json(&raw));
    }
}
