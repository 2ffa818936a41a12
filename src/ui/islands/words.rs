//! The words the islands may show on any page, in the reader's language.
//!
//! The server words them into the page as a small JSON map (`BrowserWords`,
//! in the shell): the browser downloads no translations and no Fluent, and a
//! `Msg` shown in the browser reads from this map. What the server refuses
//! arrives worded already (`Msg::Said`); the map holds what the browser
//! says by itself (it could not reach the server, "Saved.", the offline
//! drafts' notes) and the refusals it reads back by their type (a vote
//! refused, a session ended).

// The browser build's tests word messages with the server's files (see
// Cargo.toml): there, neither the map nor its reader is compiled.
#[cfg_attr(all(test, not(feature = "ssr")), allow(unused_imports))]
use crate::domain::msg::Msg;
#[cfg(feature = "ssr")]
use {
    crate::domain::vote::{SurveyRefused, VoteRefused},
    crate::error::AppError,
    crate::msg,
    leptos::prelude::*,
};

/// The page element holding the map.
#[cfg_attr(all(test, not(feature = "ssr")), allow(dead_code))]
const ID: &str = "mistvine-words";

/// A placeholder the browser fills: the server words the message with this
/// mark where the value goes.
pub fn slot(name: &str) -> String {
    format!("\u{1}{name}\u{2}")
}

/// Every message the browser may word, with its browser-filled
/// placeholders as `slot`s.
#[cfg(feature = "ssr")]
fn browser_messages() -> Vec<Msg> {
    let mut all: Vec<Msg> =
        [AppError::Unauthenticated, AppError::WrongCredentials, AppError::NotTheWriter, AppError::Internal, AppError::Network]
            .iter()
            .map(AppError::msg)
            .collect();
    all.extend(
        [VoteRefused::NoActiveWave, VoteRefused::Closed, VoteRefused::JoinedLate, VoteRefused::AlreadyVoted, VoteRefused::TooManyChanges]
            .map(VoteRefused::msg),
    );
    all.extend([SurveyRefused::NoneOpen, SurveyRefused::JoinedLate, SurveyRefused::AlreadyAnswered].map(SurveyRefused::msg));
    all.extend([msg!("form-saved"), msg!("form-refused"), msg!("clock-local-time")]);
    // The offline drafts (`ui::offline`).
    let s = slot;
    all.extend([
        msg!("draft-untitled-objective"),
        msg!("draft-title-ppp", first = s("first")),
        msg!("draft-title-empty-ppp"),
        msg!("offline-no-storage"),
        msg!("offline-unreadable"),
        msg!("offline-storage-full"),
        msg!("offline-refused"),
        msg!("offline-session-ended"),
        msg!("draft-status-offline"),
        msg!("draft-status-local", time = s("time")),
        msg!("draft-status-waiting"),
        msg!("draft-status-queued"),
        msg!("draft-status-sending"),
        msg!("draft-status-refused"),
        msg!("draft-in-form"),
        msg!("draft-open"),
        msg!("draft-open-named", title = s("title")),
        msg!("drafts-on-device"),
        msg!("draft-start-another"),
        msg!("draft-state-local"),
        msg!("draft-state-queued"),
        msg!("draft-state-syncing"),
        msg!("draft-state-refused"),
        msg!("offline-kept-aside"),
        msg!("draft-discard"),
        msg!("draft-discard-named", title = s("title")),
        msg!("offline-banner"),
        msg!("offline-banner-copy", at = s("at")),
        msg!("online-banner-copy", at = s("at")),
        msg!("offline-reload"),
        msg!("drafts-waiting", count = s("count")),
        msg!("drafts-refused", count = s("count")),
        msg!("drafts-see"),
        msg!("draft-field-kr", n = s("n"), field = s("field")),
        msg!("draft-field-title"),
        msg!("draft-field-rationale"),
        msg!("label-ppp-progress"),
        msg!("label-ppp-plans"),
        msg!("label-ppp-problems"),
        msg!("draft-field-start"),
        msg!("draft-field-target"),
        msg!("draft-field-unit"),
        msg!("draft-field-kind"),
        msg!("draft-field-weight"),
        msg!("draft-form-objective"),
        msg!("draft-form-ppp"),
        msg!("draft-form-for", form = s("form"), team = s("team")),
        msg!("draft-some-team"),
        msg!("drafts-looking"),
        msg!("drafts-none"),
        msg!("draft-open-on-team", title = s("title")),
    ]);
    all
}

/// The map of the browser's words, in the page (see the module's comment).
#[cfg(feature = "ssr")]
#[component]
pub fn BrowserWords() -> impl IntoView {
    let json = map_in(crate::i18n::locale());
    view! { <script type="application/json" id=ID nonce=leptos::nonce::use_nonce() inner_html=json></script> }
}

/// The map in one language, worded once per process: every page carries
/// it, and its words never change while the server runs.
#[cfg(feature = "ssr")]
fn map_in(locale: crate::domain::locale::Locale) -> &'static str {
    use crate::domain::locale::Locale;
    use std::sync::OnceLock;
    static MAPS: [OnceLock<String>; 5] = [const { OnceLock::new() }; 5];
    let i = [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::Pseudo].iter().position(|l| *l == locale).unwrap_or(0);
    MAPS[i].get_or_init(|| {
        let words: std::collections::BTreeMap<&str, String> =
            browser_messages().iter().filter_map(|m| Some((m.id()?, crate::i18n::said_in(locale, m)))).collect();
        // `<` escaped: the JSON sits in a script element, which a `</script>` in a message would end.
        serde_json::to_string(&words).unwrap_or_default().replace('<', "\\u003c")
    })
}

/// In the browser a `Msg` reads from the page's map (a message missing from
/// it shows its id, which the tests of the map's contents rule out).
#[cfg(not(any(feature = "ssr", test)))]
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::msg::Arg;
        match self {
            Msg::Said(text) => f.write_str(text),
            Msg::Key(id, args) => {
                let mut text = browser::word(id).unwrap_or_else(|| (*id).to_owned());
                for (name, value) in args {
                    let value = match value {
                        Arg::Int(n) => n.to_string(),
                        Arg::Hundredths(n) => (*n as f64 / 100.0).to_string(),
                        Arg::Day(d) => d.to_string(),
                        Arg::Weekday(n) => n.to_string(),
                        Arg::Text(s) => s.clone(),
                        Arg::Msg(m) => m.to_string(),
                    };
                    text = text.replace(&slot(name), &value);
                }
                f.write_str(&text)
            }
        }
    }
}

#[cfg(not(any(feature = "ssr", test)))]
mod browser {
    use std::collections::HashMap;

    thread_local! {
        static WORDS: HashMap<String, String> = read();
    }

    fn read() -> HashMap<String, String> {
        // Outside a page (the browser build's native tests) there is no map.
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(super::ID))
            .and_then(|e| e.text_content())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }

    pub fn word(id: &str) -> Option<String> {
        WORDS.with(|w| w.get(id).cloned())
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_browser_message_is_a_message_of_the_files() {
        for m in browser_messages() {
            let id = m.id().expect("the browser's words are messages of the files");
            assert_ne!(m.to_string(), id, "{id} is missing");
        }
    }
}
