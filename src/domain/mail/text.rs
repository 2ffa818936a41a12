//! What each e-mail says: plain text, short, one action each. The server
//! fills in names and links; nothing here knows how a message is sent.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

/// The footer every weekly e-mail carries: where to turn it off.
fn footer(account_link: &str) -> String {
    format!("\n--\nYou get this because weekly e-mails are on for you in Mistvine. Turn them off on your account page: {account_link}\n")
}

pub fn invite(org: &str, inviter: &str, link: &str, valid_days: i64) -> Message {
    Message {
        subject: format!("{inviter} invited you to {org} on Mistvine"),
        body: format!(
            "{inviter} invited you to join {org} on Mistvine, where teams write their own objectives for each wave and say honestly how confident they are.\n\n\
             Join here (the link works once, for {valid_days} days):\n{link}\n\n\
             If you did not expect this, ignore it: nothing happens without the link.\n"
        ),
    }
}

pub fn reset(name: &str, link: &str, valid_minutes: i64) -> Message {
    Message {
        subject: "Reset your Mistvine password".into(),
        body: format!(
            "Hello {name},\n\nSomeone (we hope you) asked to reset the password of your Mistvine account. Choose a new one here:\n{link}\n\n\
             The link works once, for {valid_minutes} minutes. Setting a new password signs you out everywhere.\n\
             If you did not ask, ignore this e-mail: your password stays as it is.\n"
        ),
    }
}

/// Why a confirmation link was sent: what opening it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmFor<'a> {
    /// A new account started the workspace `org` with this address.
    NewWorkspace { org: &'a str },
    /// Someone started `org` with this address, which has an account:
    /// opening the link adds that workspace to the account.
    TakenWorkspace { org: &'a str },
    /// A new account asked to join `org`: the link confirms and joins.
    Join { org: &'a str },
    /// Someone asked to join `org` with this address, which has an
    /// account: the link joins that account.
    TakenJoin { org: &'a str },
    /// The person asked for the link again.
    Again,
}

pub fn confirm(name: &str, why: ConfirmFor, link: &str, valid_days: i64) -> Message {
    let (subject, what) = match why {
        ConfirmFor::NewWorkspace { org } => (
            "Confirm your e-mail address for Mistvine".to_string(),
            format!("Hello {name},\n\nYou started the workspace {org} on Mistvine. Confirm that this address is yours:"),
        ),
        ConfirmFor::TakenWorkspace { org } => (
            format!("Someone started {org} on Mistvine with your address"),
            format!(
                "Someone started the workspace {org} on Mistvine with this e-mail address, which already has a Mistvine account. \
                 If it was you (with another password, perhaps), add {org} to your account here:"
            ),
        ),
        ConfirmFor::Join { org } => (
            format!("Confirm your e-mail address to join {org}"),
            format!("Hello {name},\n\nYou asked to join {org} on Mistvine. Confirm that this address is yours, and you are in:"),
        ),
        ConfirmFor::TakenJoin { org } => (
            format!("Someone asked to join {org} on Mistvine with your address"),
            format!(
                "Someone asked to join {org} on Mistvine with this e-mail address, which already has a Mistvine account. \
                 If it was you, join {org} with your account here:"
            ),
        ),
        ConfirmFor::Again => {
            ("Confirm your e-mail address for Mistvine".to_string(), format!("Hello {name},\n\nConfirm that this address is yours:"))
        }
    };
    Message {
        subject,
        body: format!(
            "{what}\n{link}\n\nThe link works once, for {valid_days} days.\n\
             If you did not ask for this, ignore this e-mail: nothing happens without the link, and no one can sign in with your address.\n"
        ),
    }
}

/// What a person's weekly reminder is about.
pub struct ReminderFacts<'a> {
    pub name: &'a str,
    pub org: &'a str,
    pub wave: &'a str,
    /// "week 3 of 6".
    pub week: &'a str,
    pub vote_link: &'a str,
    /// The teams whose PPP the person helps write, with each team's PPP page.
    pub teams: &'a [(String, String)],
    pub account_link: &'a str,
}

pub fn reminder(f: &ReminderFacts) -> Message {
    let mut body = format!(
        "Hello {},\n\nIt is {} of {} in {}.\n\n\
         Vote: how confident are you in the objectives you work on? It takes a minute, and no one can see how you voted.\n{}\n",
        f.name, f.week, f.wave, f.org, f.vote_link
    );
    for (team, link) in f.teams {
        body.push_str(&format!("\nWrite {team}'s PPP for this week (progress, plans, problems):\n{link}\n"));
    }
    body.push_str(&footer(f.account_link));
    Message { subject: format!("{}: this week's vote{}", f.org, if f.teams.is_empty() { "" } else { " and PPP" }), body }
}

/// What a leader's Friday digest says: aggregates only.
pub struct DigestFacts<'a> {
    pub org: &'a str,
    pub wave: &'a str,
    pub week: &'a str,
    /// Problems no one has marked solved: how many, and the newest few as (team, text).
    pub problem_count: usize,
    pub problems: &'a [(String, String)],
    pub boosts_waiting: usize,
    /// Of those, waiting more than a week: how many, and the longest waiting few as (title, link).
    pub stale_count: usize,
    pub stale: &'a [(String, String)],
    /// Objectives whose shown confidence dropped two weeks running (title, link).
    pub falling: &'a [(String, String)],
    pub disagreeing: usize,
    pub dashboard_link: &'a str,
    pub account_link: &'a str,
}

/// Lines listed under each heading at most; the dashboard has the rest.
pub const DIGEST_LIST: usize = 5;

pub fn digest(f: &DigestFacts) -> Message {
    let mut b = format!("{} — {}, {}. What needs a leader this week:\n", f.org, f.wave, f.week);
    b.push_str(&format!("\nProblems from PPP updates not yet solved: {}\n", f.problem_count));
    for (team, text) in f.problems.iter().take(DIGEST_LIST) {
        b.push_str(&format!("  - {team}: {text}\n"));
    }
    b.push_str(&format!("\nBoosts waiting for a team: {} ({} for more than a week)\n", f.boosts_waiting, f.stale_count));
    for (title, link) in f.stale.iter().take(DIGEST_LIST) {
        b.push_str(&format!("  - {title}: {link}\n"));
    }
    if f.falling.is_empty() {
        b.push_str("\nNo objective's confidence dropped two weeks running.\n");
    } else {
        b.push_str(&format!("\nConfidence dropped two weeks running: {}\n", f.falling.len()));
        for (title, link) in f.falling.iter().take(DIGEST_LIST) {
            b.push_str(&format!("  - {title}: {link}\n"));
        }
    }
    if f.disagreeing > 0 {
        b.push_str(&format!(
            "\nObjectives where the numbers and the crowd disagree: {}. Ask those teams what the numbers miss.\n",
            f.disagreeing
        ));
    }
    b.push_str(&format!(
        "\nConfidence shows only where enough people voted, as on the dashboard; no one's vote is in this e-mail.\nThe dashboard: {}\n",
        f.dashboard_link
    ));
    b.push_str(&footer(f.account_link));
    Message { subject: format!("{}: the week in {}", f.org, f.wave), body: b }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminder_asks_for_the_ppp_only_of_ones_teams() {
        let teams = vec![("Platform".to_string(), "http://x/teams/1".to_string())];
        let f = ReminderFacts {
            name: "Ada",
            org: "Acme",
            wave: "Autumn",
            week: "week 2 of 6",
            vote_link: "http://x/vote",
            teams: &teams,
            account_link: "http://x/account",
        };
        let m = reminder(&f);
        assert_eq!(m.subject, "Acme: this week's vote and PPP");
        assert!(m.body.contains("http://x/vote") && m.body.contains("Write Platform's PPP") && m.body.contains("http://x/account"));
        let m = reminder(&ReminderFacts { teams: &[], ..f });
        assert_eq!(m.subject, "Acme: this week's vote");
        assert!(!m.body.contains("PPP for"));
    }

    #[test]
    fn a_digest_lists_a_few_and_counts_all() {
        let problems: Vec<_> = (0..8).map(|i| ("Team".to_string(), format!("problem {i}"))).collect();
        let f = DigestFacts {
            org: "Acme",
            wave: "Autumn",
            week: "week 2 of 6",
            problem_count: 8,
            problems: &problems,
            boosts_waiting: 3,
            stale_count: 1,
            stale: &[("Need a reviewer".into(), "http://x/boosts/4".into())],
            falling: &[],
            disagreeing: 2,
            dashboard_link: "http://x/",
            account_link: "http://x/account",
        };
        let m = digest(&f);
        assert!(m.body.contains("not yet solved: 8") && m.body.contains("problem 4") && !m.body.contains("problem 5"));
        assert!(m.body.contains("Boosts waiting for a team: 3 (1 for more than a week)"));
        assert!(m.body.contains("No objective's confidence dropped") && m.body.contains("disagree: 2"));
    }
}
