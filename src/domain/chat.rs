//! What the weekly rhythm says in chat: the nudge to vote and write the
//! PPP, and the leaders' digest, as Microsoft Teams Adaptive Cards (sent
//! through a Workflows webhook). A chat platform records who clicked what,
//! so a card carries links to Mistvine's own pages and never a vote, a
//! score or a tally: the digest's facts are the e-mail digest's counts and
//! names (see `mail::text::DigestFacts`).

use super::locale::Locale;
use super::mail::text::{week, DigestFacts, DIGEST_LIST};
use crate::i18n::said_in;
use crate::t_in;
use serde_json::{json, Value};

/// The Adaptive Card version Teams renders everywhere, phones included.
pub const CARD_VERSION: &str = "1.4";

/// The week's nudge for a channel: the vote is open, the PPP is due.
pub struct NudgeFacts<'a> {
    pub org: &'a str,
    pub wave: &'a str,
    /// (this week, the wave's weeks).
    pub week: (u32, u32),
    pub vote_link: &'a str,
    pub teams_link: &'a str,
}

fn text(s: impl Into<String>) -> Value {
    json!({ "type": "TextBlock", "text": s.into(), "wrap": true })
}

fn heading(s: impl Into<String>) -> Value {
    json!({ "type": "TextBlock", "text": s.into(), "wrap": true, "weight": "Bolder", "size": "Medium" })
}

fn open(title: &str, url: &str) -> Value {
    json!({ "type": "Action.OpenUrl", "title": title, "url": url })
}

/// Markdown links in a TextBlock: `[text](url)`, with the text's brackets
/// taken out so a title cannot break the link.
fn link(label: &str, url: &str) -> String {
    let label: String = label.chars().map(|c| if matches!(c, '[' | ']') { ' ' } else { c }).collect();
    format!("[{}]({url})", label.trim())
}

/// Wraps a card as the message a Workflows webhook posts to its channel.
pub fn teams_message(card_body: Vec<Value>, actions: Vec<Value>) -> Value {
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": {
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard",
                "version": CARD_VERSION,
                "body": card_body,
                "actions": actions,
            }
        }]
    })
}

pub fn teams_nudge(l: Locale, f: &NudgeFacts) -> Value {
    teams_message(
        vec![
            heading(t_in!(l, "teams-nudge-title", org = f.org.to_owned())),
            text(t_in!(l, "teams-nudge-text", week = week(l, f.week), wave = f.wave.to_owned())),
            text(t_in!(l, "teams-nudge-ppp")),
        ],
        vec![open(&t_in!(l, "chat-vote"), f.vote_link), open(&t_in!(l, "teams-write-ppp"), f.teams_link)],
    )
}

pub fn teams_digest(l: Locale, f: &DigestFacts) -> Value {
    let mut body = vec![
        heading(t_in!(l, "chat-digest-title", org = f.org.to_owned(), wave = f.wave.to_owned(), week = week(l, f.week))),
        text(t_in!(l, "chat-digest-intro")),
        json!({
            "type": "FactSet",
            "facts": [
                { "title": t_in!(l, "teams-fact-problems"), "value": f.problem_count.to_string() },
                { "title": t_in!(l, "teams-fact-boosts"), "value": f.boosts_waiting.to_string() },
                { "title": t_in!(l, "teams-fact-stale"), "value": f.stale_count.to_string() },
                { "title": t_in!(l, "teams-fact-disagree"), "value": f.disagreeing.to_string() },
            ]
        }),
    ];
    if !f.problems.is_empty() {
        body.push(text(format!("**{}**", t_in!(l, "chat-newest-problems"))));
        let lines: Vec<String> = f.problems.iter().take(DIGEST_LIST).map(|(team, problem)| format!("- {team}: {problem}")).collect();
        body.push(text(lines.join("\n")));
    }
    if !f.stale.is_empty() {
        body.push(text(format!("**{}**", t_in!(l, "chat-boosts-longest"))));
        let lines: Vec<String> = f.stale.iter().take(DIGEST_LIST).map(|(need, url)| format!("- {}", link(need, url))).collect();
        body.push(text(lines.join("\n")));
    }
    if !f.falling.is_empty() {
        body.push(text(format!("**{}**", t_in!(l, "chat-confidence-dropped"))));
        let lines: Vec<String> =
            f.falling.iter().take(DIGEST_LIST).map(|(what, url)| format!("- {}", link(&said_in(l, what), url))).collect();
        body.push(text(lines.join("\n")));
    }
    body.push(text(t_in!(l, "teams-anonymous")));
    teams_message(body, vec![open(&t_in!(l, "chat-open-dashboard"), f.dashboard_link)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nudge_links_to_the_vote_page_and_asks_for_nothing_in_the_chat() {
        let card = teams_nudge(
            Locale::En,
            &NudgeFacts {
                org: "Acme",
                wave: "Spring",
                week: (2, 6),
                vote_link: "https://okr.example.com/vote",
                teams_link: "https://okr.example.com/teams",
            },
        );
        let content = &card["attachments"][0]["content"];
        assert_eq!(content["type"], "AdaptiveCard");
        assert_eq!(content["actions"][0]["url"], "https://okr.example.com/vote");
        // Only links: no input, no submit action that would record a choice in the chat.
        let text = card.to_string();
        assert!(!text.contains("Input.") && !text.contains("Action.Submit") && !text.contains("Action.Execute"));
        // A channel reads the organisation's language.
        let facts = NudgeFacts { org: "Acme", wave: "Printemps", week: (2, 6), vote_link: "https://x/vote", teams_link: "https://x/teams" };
        let card = teams_nudge(Locale::Fr, &facts);
        let content = &card["attachments"][0]["content"];
        assert_eq!(content["body"][0]["text"], "Acme : le vote de la semaine est ouvert");
        assert!(content["body"][1]["text"].as_str().unwrap().starts_with("Nous sommes en semaine 2 sur 6 de Printemps."));
        assert_eq!(content["actions"][0]["title"], "Voter");
    }

    #[test]
    fn a_title_cannot_break_its_link() {
        assert_eq!(link("Ship [beta]", "https://x/1"), "[Ship  beta](https://x/1)");
    }
}
