//! What the weekly rhythm says in chat: the nudge to vote and write the
//! PPP, and the leaders' digest, as Microsoft Teams Adaptive Cards (sent
//! through a Workflows webhook). A chat platform records who clicked what,
//! so a card carries links to Mistvine's own pages and never a vote, a
//! score or a tally: the digest's facts are the e-mail digest's counts and
//! names (see `mail::text::DigestFacts`).

use super::mail::text::{DigestFacts, DIGEST_LIST};
use serde_json::{json, Value};

/// The Adaptive Card version Teams renders everywhere, phones included.
pub const CARD_VERSION: &str = "1.4";

/// The week's nudge for a channel: the vote is open, the PPP is due.
pub struct NudgeFacts<'a> {
    pub org: &'a str,
    pub wave: &'a str,
    /// "week 3 of 6".
    pub week: &'a str,
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

pub fn teams_nudge(f: &NudgeFacts) -> Value {
    teams_message(
        vec![
            heading(format!("{}: this week's vote is open", f.org)),
            text(format!(
                "It is {} of {}. How confident are you in the objectives you work on? \
                 It takes a minute on Mistvine's vote page, and no one can see how you voted.",
                f.week, f.wave
            )),
            text("Each team writes its PPP for the week too: progress, plans, problems."),
        ],
        vec![open("Vote", f.vote_link), open("Write your team's PPP", f.teams_link)],
    )
}

pub fn teams_digest(f: &DigestFacts) -> Value {
    let mut body = vec![
        heading(format!("{} — {}, {}", f.org, f.wave, f.week)),
        text("What needs a leader this week:"),
        json!({
            "type": "FactSet",
            "facts": [
                { "title": "Problems not yet solved", "value": f.problem_count.to_string() },
                { "title": "Boosts waiting for a team", "value": f.boosts_waiting.to_string() },
                { "title": "Of those, waiting over a week", "value": f.stale_count.to_string() },
                { "title": "Objectives where the numbers and the crowd disagree", "value": f.disagreeing.to_string() },
            ]
        }),
    ];
    if !f.problems.is_empty() {
        body.push(text("**Newest problems**"));
        let lines: Vec<String> = f.problems.iter().take(DIGEST_LIST).map(|(team, problem)| format!("- {team}: {problem}")).collect();
        body.push(text(lines.join("\n")));
    }
    if !f.stale.is_empty() {
        body.push(text("**Boosts waiting longest**"));
        let lines: Vec<String> = f.stale.iter().take(DIGEST_LIST).map(|(need, url)| format!("- {}", link(need, url))).collect();
        body.push(text(lines.join("\n")));
    }
    if !f.falling.is_empty() {
        body.push(text("**Confidence dropped two weeks running**"));
        let lines: Vec<String> = f.falling.iter().take(DIGEST_LIST).map(|(title, url)| format!("- {}", link(title, url))).collect();
        body.push(text(lines.join("\n")));
    }
    body.push(text("Confidence shows only where enough people voted, as on the dashboard; no one's vote is in this card."));
    teams_message(body, vec![open("Open the dashboard", f.dashboard_link)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nudge_links_to_the_vote_page_and_asks_for_nothing_in_the_chat() {
        let card = teams_nudge(&NudgeFacts {
            org: "Acme",
            wave: "Spring",
            week: "week 2 of 6",
            vote_link: "https://okr.example.com/vote",
            teams_link: "https://okr.example.com/teams",
        });
        let content = &card["attachments"][0]["content"];
        assert_eq!(content["type"], "AdaptiveCard");
        assert_eq!(content["actions"][0]["url"], "https://okr.example.com/vote");
        // Only links: no input, no submit action that would record a choice in the chat.
        let text = card.to_string();
        assert!(!text.contains("Input.") && !text.contains("Action.Submit") && !text.contains("Action.Execute"));
    }

    #[test]
    fn a_title_cannot_break_its_link() {
        assert_eq!(link("Ship [beta]", "https://x/1"), "[Ship  beta](https://x/1)");
    }
}
