use super::*;
use proptest::prelude::*;

fn key(n: u8) -> ClientKey {
    ClientKey::from_random([n; 16])
}

const OBJ: DraftTarget = DraftTarget { form: DraftForm::TeamObjective, team: TeamId(7) };
const PPP: DraftTarget = DraftTarget { form: DraftForm::Ppp, team: TeamId(7) };

fn fields(title: &str) -> Vec<(String, String)> {
    vec![("team_id".into(), "7".into()), ("title".into(), title.into())]
}

#[test]
fn a_draft_sent_under_someone_elses_session_waits_for_its_writer() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    book.start_sending(&key(1)).unwrap();
    assert_eq!(book.settle(&key(1), SendOutcome::OtherPerson), None);
    assert_eq!(book.queued(), vec![key(1)], "still queued, not refused");
}

#[test]
fn authors_round_trip_and_bad_ones_are_refused() {
    let a = DraftAuthor { org: OrgId(3), user: UserId(41) };
    assert_eq!(a.to_field(), "3.41");
    assert_eq!(DraftAuthor::parse_optional("3.41"), Ok(Some(a)));
    assert_eq!(DraftAuthor::parse_optional("  "), Ok(None));
    for bad in ["3", "3.", ".4", "3.4.5", "-3.4", "+3.4", "0.4", "3.x", "99999999999999999999.1"] {
        assert!(DraftAuthor::parse_optional(bad).is_err(), "{bad}");
    }
}

proptest! {
    /// Whatever a request carries in the field, reading it never panics,
    /// and what it accepts writes back to the same text.
    #[test]
    fn any_author_field_is_read_without_panic(raw in "\\PC{0,24}") {
        if let Ok(Some(a)) = DraftAuthor::parse_optional(&raw) {
            prop_assert_eq!(a.to_field(), raw.trim());
        }
    }

    #[test]
    fn any_client_key_is_read_without_panic(raw in "\\PC{0,80}") {
        if let Ok(Some(k)) = ClientKey::parse_optional(&raw) {
            prop_assert_eq!(k.as_str(), raw.trim());
        }
    }
}

#[test]
fn keys_are_checked() {
    assert_eq!(key(1).as_str().len(), 32);
    assert!(ClientKey::parse("0123456789abcdef").is_ok());
    assert!(ClientKey::parse("short").is_err());
    assert!(ClientKey::parse("0123456789abcdef'; DROP TABLE").is_err());
    assert!(ClientKey::parse(&"a".repeat(65)).is_err());
    assert_eq!(ClientKey::parse_optional("  ").unwrap(), None);
    // A key read back from storage is checked too.
    assert!(serde_json::from_str::<ClientKey>("\"bad\"").is_err());
}

#[test]
fn typing_keeps_one_draft_per_key_newest_first() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.edit(&key(2), PPP, vec![("progress".into(), "\n- did a thing\n".into())], 2).unwrap();
    book.edit(&key(1), OBJ, fields("Ship it"), 3).unwrap();
    assert_eq!(book.all().len(), 2);
    assert_eq!(book.all()[0].describe(), "Ship it");
    assert_eq!(book.all()[1].describe(), "PPP: - did a thing");
    assert_eq!(book.latest(OBJ).unwrap().updated_at, 3);
    assert_eq!(book.for_target(PPP).count(), 1);
}

#[test]
fn a_blank_title_still_gets_a_name() {
    assert_eq!(DraftForm::TeamObjective.describe(&fields("  ")), "Untitled objective");
    assert_eq!(DraftForm::Ppp.describe(&[]), "Empty PPP");
}

#[test]
fn submitting_queues_and_a_save_removes_the_draft() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    assert_eq!(book.queued(), vec![key(1)]);
    let sent = book.start_sending(&key(1)).unwrap();
    assert_eq!(sent.value("title"), Some("Ship"));
    assert!(book.queued().is_empty());
    // While it is on the wire it cannot change or be thrown away.
    assert_eq!(book.edit(&key(1), OBJ, fields("Other"), 2), Err(DraftError::Sending));
    assert_eq!(book.discard(&key(1)).unwrap_err(), DraftError::Sending);
    assert_eq!(book.settle(&key(1), SendOutcome::Saved).unwrap().key, key(1));
    assert!(book.all().is_empty());
}

#[test]
fn an_unreachable_server_leaves_the_draft_queued() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    book.start_sending(&key(1)).unwrap();
    assert_eq!(book.settle(&key(1), SendOutcome::Unreachable), None);
    assert_eq!(book.queued(), vec![key(1)]);
}

#[test]
fn a_refusal_keeps_the_draft_and_its_reason_until_resent() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    book.start_sending(&key(1)).unwrap();
    let refused = SendOutcome::Refused { reason: "The wave is closed.".into(), field: None };
    assert_eq!(book.settle(&key(1), refused), None);
    let d = book.get(&key(1)).unwrap();
    assert!(matches!(&d.status, DraftStatus::Refused { reason, .. } if reason == "The wave is closed."));
    // Fixing it keeps the reason in view; sending again queues it.
    book.edit(&key(1), OBJ, fields("Ship better"), 2).unwrap();
    assert!(matches!(book.get(&key(1)).unwrap().status, DraftStatus::Refused { .. }));
    book.submit(&key(1)).unwrap();
    assert_eq!(book.queued(), vec![key(1)]);
}

#[test]
fn editing_a_queued_draft_takes_it_out_of_the_queue() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    // The same words again (a stray input event) change nothing.
    book.edit(&key(1), OBJ, fields("Ship"), 2).unwrap();
    assert_eq!(book.queued(), vec![key(1)]);
    book.edit(&key(1), OBJ, fields("Ship more"), 3).unwrap();
    assert!(book.queued().is_empty());
    assert_eq!(book.get(&key(1)).unwrap().status, DraftStatus::Local);
}

#[test]
fn a_send_cut_short_by_a_closed_tab_is_queued_again() {
    let mut book = DraftBook::default();
    book.edit(&key(1), OBJ, fields("Ship"), 1).unwrap();
    book.submit(&key(1)).unwrap();
    book.start_sending(&key(1)).unwrap();
    let mut reopened = DraftBook::from_json(&book.to_json()).unwrap();
    reopened.recover();
    assert_eq!(reopened.queued(), vec![key(1)]);
}

#[test]
fn the_queue_is_sent_in_the_order_it_was_written() {
    let mut book = DraftBook::default();
    for n in 1..=3 {
        book.edit(&key(n), OBJ, fields(&format!("O{n}")), n.into()).unwrap();
        book.submit(&key(n)).unwrap();
    }
    assert_eq!(book.queued(), vec![key(1), key(2), key(3)]);
}

#[test]
fn the_book_has_a_limit() {
    let mut book = DraftBook::default();
    for n in 0..MAX_DRAFTS as u8 {
        book.edit(&key(n), OBJ, fields("x"), 0).unwrap();
    }
    assert_eq!(book.edit(&key(200), OBJ, fields("x"), 0), Err(DraftError::Full));
    // Existing drafts can still be changed.
    book.edit(&key(0), OBJ, fields("y"), 1).unwrap();
}

#[test]
fn damaged_storage_is_reported_not_silently_replaced() {
    assert!(DraftBook::from_json("{not json").is_err());
    assert_eq!(storage_key(OrgId(3), UserId(9)), "mistvine.drafts.3.9");
}

#[derive(Debug, Clone)]
enum Op {
    Edit(u8, String),
    Submit(u8),
    Send(u8, u8),
    Discard(u8),
    Recover,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..4, "[a-z]{0,6}").prop_map(|(k, t)| Op::Edit(k, t)),
        (0u8..4).prop_map(Op::Submit),
        (0u8..4, 0u8..4).prop_map(|(k, o)| Op::Send(k, o)),
        (0u8..4).prop_map(Op::Discard),
        Just(Op::Recover),
    ]
}

proptest! {
    /// Whatever happens, the last words typed into a draft are in the book
    /// until the server has them or the writer discards them, and no key
    /// appears twice.
    #[test]
    fn nothing_typed_is_lost(ops in proptest::collection::vec(op(), 0..60)) {
        let mut book = DraftBook::default();
        let mut expected: std::collections::HashMap<u8, String> = Default::default();
        for (t, op) in ops.into_iter().enumerate() {
            match op {
                Op::Edit(k, text) => {
                    if book.edit(&key(k), OBJ, fields(&text), t as i64).is_ok() {
                        expected.insert(k, text);
                    }
                }
                Op::Submit(k) => { let _ = book.submit(&key(k)); }
                Op::Send(k, o) => {
                    if book.start_sending(&key(k)).is_some() {
                        let outcome = match o {
                            0 => SendOutcome::Saved,
                            1 => SendOutcome::Unreachable,
                            2 => SendOutcome::OtherPerson,
                            _ => SendOutcome::Refused { reason: "no".into(), field: None },
                        };
                        if book.settle(&key(k), outcome).is_some() {
                            expected.remove(&k);
                        }
                    }
                }
                Op::Discard(k) => {
                    if book.discard(&key(k)).is_ok() {
                        expected.remove(&k);
                    }
                }
                Op::Recover => book.recover(),
            }
            let book_again = DraftBook::from_json(&book.to_json()).unwrap();
            prop_assert_eq!(&book_again, &book);
        }
        prop_assert_eq!(book.all().len(), expected.len());
        for (k, text) in expected {
            prop_assert_eq!(book.get(&key(k)).and_then(|d| d.value("title")), Some(text.as_str()));
        }
    }
}

#[test]
fn tries_after_a_missing_server_come_quickly_then_back_off() {
    let waits: Vec<u64> = (1..=7).map(|n| retry_after(n).as_secs()).collect();
    assert_eq!(waits, vec![1, 2, 4, 8, 16, 30, 30]);
    assert_eq!(retry_after(0), Duration::from_secs(1), "the first try after none failed");
    assert_eq!(retry_after(u32::MAX), RETRY_AT_MOST);
}
