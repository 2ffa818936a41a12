//! A message kept in the database and worded when it is read, in the
//! language of whoever reads it then (the audit log's entries).
//!
//! Stored as JSON: the message's id, its placeholders, and its English
//! words, which are shown instead if a later version no longer has the
//! message. Text that is not such JSON (entries written before messages
//! were stored this way) reads as said.

use super::FILES;
use crate::domain::locale::Locale;
use crate::domain::msg::{Arg, Msg};
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The text to store for `msg`.
pub fn store(msg: &Msg) -> String {
    let mut value = encode(msg);
    if let Value::Object(fields) = &mut value {
        fields.insert("en".into(), Value::String(super::said_in(Locale::En, msg)));
    }
    value.to_string()
}

/// The message stored as `text`.
pub fn read(text: &str) -> Msg {
    let Some(value) = text.starts_with('{').then(|| serde_json::from_str::<Value>(text).ok()).flatten() else {
        return Msg::Said(text.to_owned());
    };
    decode(&value).unwrap_or_else(|| Msg::Said(value["en"].as_str().unwrap_or(text).to_owned()))
}

fn encode(msg: &Msg) -> Value {
    match msg {
        Msg::Said(text) => json!({ "said": text }),
        Msg::Key(id, args) => {
            let args: Map<String, Value> = args
                .iter()
                .map(|(name, arg)| {
                    let value = match arg {
                        Arg::Int(n) => json!({ "int": n }),
                        Arg::Hundredths(n) => json!({ "hundredths": n }),
                        Arg::Day(d) => json!({ "day": d }),
                        Arg::Weekday(n) => json!({ "weekday": n }),
                        Arg::Text(s) => json!({ "text": s }),
                        Arg::Msg(m) => json!({ "msg": encode(m) }),
                    };
                    ((*name).to_owned(), value)
                })
                .collect();
            json!({ "id": id, "args": args })
        }
    }
}

/// `None` when the value names a message or placeholder this version does not have.
fn decode(value: &Value) -> Option<Msg> {
    if let Some(said) = value.get("said").and_then(Value::as_str) {
        return Some(Msg::Said(said.to_owned()));
    }
    let id = known(value.get("id")?.as_str()?)?;
    let mut args = Vec::new();
    for (name, arg) in value.get("args")?.as_object()? {
        let arg = if let Some(n) = arg.get("int") {
            Arg::Int(n.as_i64()?)
        } else if let Some(n) = arg.get("hundredths") {
            Arg::Hundredths(n.as_i64()?)
        } else if let Some(d) = arg.get("day") {
            Arg::Day(serde_json::from_value(d.clone()).ok()?)
        } else if let Some(n) = arg.get("weekday") {
            Arg::Weekday(u8::try_from(n.as_u64()?).ok()?)
        } else if let Some(s) = arg.get("text") {
            Arg::Text(s.as_str()?.to_owned())
        } else {
            Arg::Msg(Box::new(decode(arg.get("msg")?)?))
        };
        args.push((known(name)?, arg));
    }
    Some(Msg::Key(id, args))
}

/// The message id or placeholder name `name` as the message files spell it
/// (a `Msg` holds them as `'static` words, which the compiled-in files are).
fn known(name: &str) -> Option<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            let mut names = HashSet::new();
            for (_, sources) in FILES {
                let english: &'static str = sources[0];
                for line in english.lines() {
                    // A message's id starts its line; a placeholder follows a `$`.
                    let id_end = line.find(|c: char| !is_name(c)).unwrap_or(line.len());
                    if id_end > 0 && line[id_end..].trim_start().starts_with('=') {
                        names.insert(&line[..id_end]);
                    }
                    for (at, _) in line.match_indices('$') {
                        let rest = &line[at + 1..];
                        let end = rest.find(|c: char| !is_name(c)).unwrap_or(rest.len());
                        names.insert(&rest[..end]);
                    }
                }
            }
            names
        })
        .get(name)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    #[test]
    fn a_stored_message_reads_back_in_the_reader_s_language() {
        let made = msg!("audit-role", person = "Ana", role = "admin");
        let text = store(&made);
        assert_eq!(read(&text), made);
        assert_eq!(super::super::said_in(Locale::De, &read(&text)), "hat Ana zum Admin gemacht");
        let nested = msg!("audit-scim", what = msg!("audit-scim-removed", name = "Ana"));
        assert_eq!(read(&store(&nested)), nested);
        let weekly = msg!("audit-mail-schedule", day = Arg::Weekday(1), time = "09:00", zone = "Europe/Berlin");
        assert_eq!(
            super::super::said_in(Locale::Fr, &read(&store(&weekly))),
            "a réglé les e-mails hebdomadaires sur lundi 09:00 (Europe/Berlin)"
        );
    }

    #[test]
    fn what_this_version_cannot_word_reads_as_stored() {
        // Written before entries were messages.
        assert_eq!(read("made Ana admin"), Msg::Said("made Ana admin".into()));
        // A message a later version removed: its English words.
        let gone = r#"{"id":"audit-no-such-message","args":{},"en":"did something"}"#;
        assert_eq!(read(gone), Msg::Said("did something".into()));
        let odd = r#"{"id":"audit-role","args":{"no-such-placeholder":{"text":"x"}},"en":"made x admin"}"#;
        assert_eq!(read(odd), Msg::Said("made x admin".into()));
    }
}
