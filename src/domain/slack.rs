//! Slack: what `/mistvine` understands, and what Mistvine says in Slack —
//! the weekly reminder as a direct message, the leaders' digest in a
//! channel, answers to the slash command, and the PPP modal. Slack records
//! who clicked what, so messages carry links to Mistvine's own pages and
//! never a vote, a score or a tally; votes happen on the vote page.

use super::ids::{KeyResultId, TeamId};
use super::key_result::CheckInValue;
use super::locale::Locale;
use super::mail::text::{week, DigestFacts, DIGEST_LIST};
use super::objective::{parse_note, Note};
use super::ValidationError;
use crate::i18n::said_in;
use crate::{msg, t, t_in};
use serde_json::{json, Value};

/// The modal's `callback_id`: how its submission is recognised.
pub const PPP_MODAL: &str = "mistvine_ppp";

/// What someone asked with `/mistvine …`.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `checkin KR value [note…]`.
    CheckIn {
        kr: KeyResultId,
        value: CheckInValue,
        note: Option<Note>,
    },
    /// `checkin` alone: the key results one may check in on, with their numbers.
    KeyResults,
    /// `ppp`: the modal to write the team's PPP.
    Ppp,
    /// `vote`: a link to the vote page (never a vote in Slack).
    Vote,
    Help,
}

/// What `/mistvine` does, one command a line, in the request's language.
pub fn usage() -> String {
    [
        ("*/mistvine checkin*", t!("slack-usage-list")),
        ("*/mistvine checkin 42 7.5 Shipped the cache*", t!("slack-usage-check-in")),
        ("*/mistvine ppp*", t!("slack-usage-ppp")),
        ("*/mistvine vote*", t!("slack-usage-vote")),
    ]
    .map(|(command, what)| format!("{command} — {what}"))
    .join("\n")
}

impl Command {
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let mut words = text.split_whitespace();
        let Some(verb) = words.next() else { return Ok(Self::Help) };
        match verb.to_lowercase().as_str() {
            "checkin" | "check-in" | "check" => {
                let Some(kr) = words.next() else { return Ok(Self::KeyResults) };
                let kr = kr
                    .trim_start_matches('#')
                    .parse::<i64>()
                    .map(KeyResultId)
                    .map_err(|_| ValidationError::new("kr", msg!("invalid-slack-kr", kr = kr)))?;
                let value = words.next().ok_or_else(|| ValidationError::new("value", msg!("invalid-slack-value")))?;
                let value = CheckInValue::parse(value)?;
                let note = parse_note(&words.collect::<Vec<_>>().join(" "))?;
                Ok(Self::CheckIn { kr, value, note })
            }
            "ppp" => Ok(Self::Ppp),
            "vote" => Ok(Self::Vote),
            _ => Ok(Self::Help),
        }
    }
}

/// Slack's text escapes: `&`, `<` and `>` would otherwise start entities,
/// links or mentions (`<!channel>`) from what people typed.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A link in Slack's text: `<url|label>`, the label escaped and without `|`.
fn link(url: &str, label: &str) -> String {
    format!("<{url}|{}>", escape(label).replace('|', "/"))
}

fn section(text: String) -> Value {
    json!({ "type": "section", "text": { "type": "mrkdwn", "text": text } })
}

fn button(text: &str, url: &str, id: &str) -> Value {
    json!({ "type": "button", "text": { "type": "plain_text", "text": text.chars().take(75).collect::<String>() }, "url": url, "action_id": id })
}

/// A message for `chat.postMessage`: its fallback text and its blocks.
pub fn message(text: String, blocks: Vec<Value>) -> Value {
    json!({ "text": text, "blocks": blocks })
}

/// The weekly reminder, to one person.
pub struct SlackReminder<'a> {
    pub org: &'a str,
    pub wave: &'a str,
    /// (this week, the wave's weeks).
    pub week: (u32, u32),
    /// The objectives they vote on: (title, link to it on the vote page).
    pub objectives: &'a [(String, String)],
    /// Their teams: (name, link to the team's PPP).
    pub teams: &'a [(String, String)],
    pub vote_link: &'a str,
    pub account_link: &'a str,
}

pub fn reminder(l: Locale, r: &SlackReminder) -> Value {
    let this_week = week(l, r.week);
    let mut blocks = vec![section(format!(
        "*{}* — {}\n{}",
        escape(&t_in!(l, "slack-reminder-head", org = r.org.to_owned())),
        escape(&t_in!(l, "slack-reminder-when", week = this_week.clone(), wave = r.wave.to_owned())),
        escape(&t_in!(l, "slack-reminder-ask")),
    ))];
    if r.objectives.is_empty() {
        blocks.push(json!({ "type": "actions", "elements": [button(&t_in!(l, "chat-vote"), r.vote_link, "vote")] }));
    } else {
        let lines: Vec<String> =
            r.objectives.iter().map(|(title, url)| format!("• {}", link(url, &t_in!(l, "slack-vote-on", title = title.clone())))).collect();
        blocks.push(section(lines.join("\n")));
    }
    if !r.teams.is_empty() {
        let lines: Vec<String> =
            r.teams.iter().map(|(team, url)| format!("• {}", link(url, &t_in!(l, "slack-write-ppp", team = team.clone())))).collect();
        blocks.push(section(format!("{}\n{}", escape(&t_in!(l, "slack-ppp-intro")), lines.join("\n"))));
    }
    // The account page's link goes where the message puts it: words escaped, the link whole.
    let (before, after) = crate::i18n::around(&t_in!(l, "slack-reminders-off", link = crate::i18n::SLOT));
    let off = format!("{}{}{}", escape(&before), link(r.account_link, &t_in!(l, "slack-account-page")), escape(&after));
    blocks.push(json!({ "type": "context", "elements": [{ "type": "mrkdwn", "text": off }] }));
    message(t_in!(l, "slack-reminder-text", org = r.org.to_owned(), week = this_week), blocks)
}

pub fn digest(l: Locale, f: &DigestFacts) -> Value {
    let mut blocks = vec![section(format!(
        "*{}.* {}\n• {}\n• {}\n• {}",
        escape(&t_in!(l, "chat-digest-title", org = f.org.to_owned(), wave = f.wave.to_owned(), week = week(l, f.week))),
        escape(&t_in!(l, "chat-digest-intro")),
        t_in!(l, "slack-digest-problems", count = f.problem_count),
        t_in!(l, "slack-digest-boosts", count = f.boosts_waiting, stale = f.stale_count),
        t_in!(l, "slack-digest-disagree", count = f.disagreeing),
    ))];
    if !f.problems.is_empty() {
        let lines: Vec<String> =
            f.problems.iter().take(DIGEST_LIST).map(|(team, text)| format!("• {}: {}", escape(team), escape(text))).collect();
        blocks.push(section(format!("*{}*\n{}", escape(&t_in!(l, "chat-newest-problems")), lines.join("\n"))));
    }
    if !f.stale.is_empty() {
        let lines: Vec<String> = f.stale.iter().take(DIGEST_LIST).map(|(need, url)| format!("• {}", link(url, need))).collect();
        blocks.push(section(format!("*{}*\n{}", escape(&t_in!(l, "chat-boosts-longest")), lines.join("\n"))));
    }
    if !f.falling.is_empty() {
        let lines: Vec<String> =
            f.falling.iter().take(DIGEST_LIST).map(|(what, url)| format!("• {}", link(url, &said_in(l, what)))).collect();
        blocks.push(section(format!("*{}*\n{}", escape(&t_in!(l, "chat-confidence-dropped")), lines.join("\n"))));
    }
    blocks.push(json!({ "type": "actions", "elements": [button(&t_in!(l, "chat-open-dashboard"), f.dashboard_link, "dashboard")] }));
    blocks.push(json!({ "type": "context", "elements": [{ "type": "mrkdwn", "text": escape(&t_in!(l, "slack-anonymous")) }] }));
    message(t_in!(l, "mail-digest-subject", org = f.org.to_owned(), wave = f.wave.to_owned()), blocks)
}

/// The PPP modal for `views.open`: one team to pick when the person has
/// several, and the three sections (one item per line, as on the page).
pub fn ppp_modal(l: Locale, teams: &[(TeamId, String)], week: &str) -> Value {
    let mut blocks = Vec::new();
    let options: Vec<Value> = teams
        .iter()
        .map(|(id, name)| json!({ "text": { "type": "plain_text", "text": name.chars().take(75).collect::<String>() }, "value": id.to_string() }))
        .collect();
    let mut select = json!({ "type": "static_select", "action_id": "team", "options": options });
    if let Some(first) = options.first() {
        select["initial_option"] = first.clone();
    }
    blocks.push(json!({ "type": "input", "block_id": "team", "label": { "type": "plain_text", "text": t_in!(l, "slack-modal-team") }, "element": select }));
    for (id, label, hint) in [
        ("progress", t_in!(l, "label-ppp-progress"), t_in!(l, "slack-modal-progress-hint")),
        ("plans", t_in!(l, "label-ppp-plans"), t_in!(l, "slack-modal-plans-hint")),
        ("problems", t_in!(l, "label-ppp-problems"), t_in!(l, "slack-modal-problems-hint")),
    ] {
        blocks.push(json!({
            "type": "input", "block_id": id, "optional": true,
            "label": { "type": "plain_text", "text": label },
            "hint": { "type": "plain_text", "text": hint },
            "element": { "type": "plain_text_input", "action_id": id, "multiline": true }
        }));
    }
    json!({
        "type": "modal",
        "callback_id": PPP_MODAL,
        "title": { "type": "plain_text", "text": t_in!(l, "slack-modal-title") },
        "submit": { "type": "plain_text", "text": t_in!(l, "slack-modal-save") },
        "close": { "type": "plain_text", "text": t_in!(l, "slack-modal-cancel") },
        "private_metadata": week,
        "blocks": blocks,
    })
}

/// What a submitted PPP modal holds: the team and the three sections' text.
#[derive(Debug, Clone, PartialEq)]
pub struct PppSubmission {
    pub team: TeamId,
    pub progress: String,
    pub plans: String,
    pub problems: String,
    /// The week the modal was opened in (its `private_metadata`).
    pub for_week: String,
}

impl PppSubmission {
    /// From a `view_submission` payload's `view`.
    pub fn from_view(view: &Value) -> Result<Self, ValidationError> {
        let values = &view["state"]["values"];
        let text = |id: &str| values[id][id]["value"].as_str().unwrap_or_default().to_owned();
        let team = values["team"]["team"]["selected_option"]["value"]
            .as_str()
            .and_then(|v| v.parse::<i64>().ok())
            .map(TeamId)
            .ok_or_else(|| ValidationError::new("team", msg!("invalid-slack-team")))?;
        Ok(Self {
            team,
            progress: text("progress"),
            plans: text("plans"),
            problems: text("problems"),
            for_week: view["private_metadata"].as_str().unwrap_or_default().to_owned(),
        })
    }
}

/// A short answer only the person who typed the command sees.
pub fn ephemeral(text: &str) -> Value {
    json!({ "response_type": "ephemeral", "text": text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_read_as_people_type_them() {
        assert_eq!(Command::parse("").unwrap(), Command::Help);
        assert_eq!(Command::parse("  checkin ").unwrap(), Command::KeyResults);
        assert_eq!(Command::parse("PPP").unwrap(), Command::Ppp);
        assert_eq!(Command::parse("vote").unwrap(), Command::Vote);
        let Command::CheckIn { kr, value, note } = Command::parse("checkin #42 7,5 Shipped   the cache").unwrap() else { panic!() };
        assert_eq!((kr, value), (KeyResultId(42), CheckInValue::parse("7.5").unwrap()));
        assert_eq!(note.unwrap().as_str(), "Shipped the cache");
        assert_eq!(Command::parse("checkin build 3").unwrap_err().field, "kr");
        assert_eq!(Command::parse("checkin 42").unwrap_err().field, "value");
        assert_eq!(Command::parse("checkin 42 lots").unwrap_err().field, "value");
    }

    #[test]
    fn what_people_typed_cannot_mention_everyone_or_forge_a_link() {
        assert_eq!(escape("<!channel> & <https://evil|x>"), "&lt;!channel&gt; &amp; &lt;https://evil|x&gt;");
        assert_eq!(link("https://okr/1", "a|b <c>"), "<https://okr/1|a/b &lt;c&gt;>");
    }

    #[test]
    fn the_modal_round_trips_its_answers() {
        let modal = ppp_modal(Locale::En, &[(TeamId(7), "Platform".into())], "3");
        assert_eq!(modal["callback_id"], PPP_MODAL);
        let view = json!({
            "private_metadata": "3",
            "state": { "values": {
                "team": { "team": { "selected_option": { "value": "7" } } },
                "progress": { "progress": { "value": "Shipped" } },
                "plans": { "plans": { "value": null } },
                "problems": { "problems": { "value": "Slow CI" } }
            } }
        });
        let s = PppSubmission::from_view(&view).unwrap();
        assert_eq!(
            (s.team, s.progress.as_str(), s.plans.as_str(), s.problems.as_str(), s.for_week.as_str()),
            (TeamId(7), "Shipped", "", "Slow CI", "3")
        );
    }
}
