//! What each e-mail says, in its recipient's language: plain text, short,
//! one action each. The server fills in names and links and picks the
//! language; nothing here knows how a message is sent. (Server side only:
//! the words come from the message files, which the browser does not have.)

use crate::domain::locale::Locale;
use crate::domain::msg::Msg;
use crate::i18n::said_in;
use crate::t_in;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

/// The footer every weekly e-mail carries: where to turn it off.
fn footer(l: Locale, account_link: &str) -> String {
    format!("\n--\n{}\n", t_in!(l, "mail-footer", link = account_link))
}

/// "week 3 of 6".
pub fn week(l: Locale, (week, weeks): (u32, u32)) -> String {
    t_in!(l, "mail-week", week = week, weeks = weeks)
}

pub fn invite(l: Locale, org: &str, inviter: &str, link: &str, valid_days: i64) -> Message {
    let (org, inviter) = (org.to_owned(), inviter.to_owned());
    Message {
        subject: t_in!(l, "mail-invite-subject", inviter = inviter.clone(), org = org.clone()),
        body: format!(
            "{}\n\n{}\n{link}\n\n{}\n",
            t_in!(l, "mail-invite-body", inviter = inviter, org = org),
            t_in!(l, "mail-invite-join", days = valid_days),
            t_in!(l, "mail-invite-ignore"),
        ),
    }
}

pub fn reset(l: Locale, name: &str, link: &str, valid_minutes: i64) -> Message {
    Message {
        subject: t_in!(l, "mail-reset-subject"),
        body: format!(
            "{}\n\n{}\n{link}\n\n{}\n{}\n",
            t_in!(l, "mail-hello", name = name.to_owned()),
            t_in!(l, "mail-reset-body"),
            t_in!(l, "mail-reset-valid", minutes = valid_minutes),
            t_in!(l, "mail-reset-ignore"),
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

pub fn confirm(l: Locale, name: &str, why: ConfirmFor, link: &str, valid_days: i64) -> Message {
    let hello = t_in!(l, "mail-hello", name = name.to_owned());
    let (subject, what) = match why {
        ConfirmFor::NewWorkspace { org } => {
            (t_in!(l, "mail-confirm-subject"), format!("{hello}\n\n{}", t_in!(l, "mail-confirm-new", org = org.to_owned())))
        }
        ConfirmFor::TakenWorkspace { org } => {
            (t_in!(l, "mail-confirm-taken-subject", org = org.to_owned()), t_in!(l, "mail-confirm-taken", org = org.to_owned()))
        }
        ConfirmFor::Join { org } => (
            t_in!(l, "mail-confirm-join-subject", org = org.to_owned()),
            format!("{hello}\n\n{}", t_in!(l, "mail-confirm-join", org = org.to_owned())),
        ),
        ConfirmFor::TakenJoin { org } => {
            (t_in!(l, "mail-confirm-taken-join-subject", org = org.to_owned()), t_in!(l, "mail-confirm-taken-join", org = org.to_owned()))
        }
        ConfirmFor::Again => (t_in!(l, "mail-confirm-subject"), format!("{hello}\n\n{}", t_in!(l, "mail-confirm-again"))),
    };
    Message {
        subject,
        body: format!("{what}\n{link}\n\n{}\n{}\n", t_in!(l, "mail-confirm-valid", days = valid_days), t_in!(l, "mail-confirm-ignore")),
    }
}

/// What a person's weekly reminder is about.
pub struct ReminderFacts<'a> {
    pub name: &'a str,
    pub org: &'a str,
    pub wave: &'a str,
    /// (this week, the wave's weeks): week 3 of 6.
    pub week: (u32, u32),
    pub vote_link: &'a str,
    /// The teams whose PPP the person helps write, with each team's PPP page.
    pub teams: &'a [(String, String)],
    pub account_link: &'a str,
}

pub fn reminder(l: Locale, f: &ReminderFacts) -> Message {
    let mut body = format!(
        "{}\n\n{}\n\n{}\n{}\n",
        t_in!(l, "mail-hello", name = f.name.to_owned()),
        t_in!(l, "mail-reminder-when", week = week(l, f.week), wave = f.wave.to_owned(), org = f.org.to_owned()),
        t_in!(l, "mail-reminder-vote"),
        f.vote_link
    );
    for (team, link) in f.teams {
        body.push_str(&format!("\n{}\n{link}\n", t_in!(l, "mail-reminder-ppp", team = team.clone())));
    }
    body.push_str(&footer(l, f.account_link));
    let subject = if f.teams.is_empty() {
        t_in!(l, "mail-reminder-subject", org = f.org.to_owned())
    } else {
        t_in!(l, "mail-reminder-subject-ppp", org = f.org.to_owned())
    };
    Message { subject, body }
}

/// What a leader's Friday digest says: aggregates only.
pub struct DigestFacts<'a> {
    pub org: &'a str,
    pub wave: &'a str,
    /// (this week, the wave's weeks).
    pub week: (u32, u32),
    /// Problems no one has marked solved: how many, and the newest few as (team, text).
    pub problem_count: usize,
    pub problems: &'a [(String, String)],
    pub boosts_waiting: usize,
    /// Of those, waiting more than a week: how many, and the longest waiting few as (title, link).
    pub stale_count: usize,
    pub stale: &'a [(String, String)],
    /// Objectives whose shown confidence dropped two weeks running (what, link):
    /// a wave objective's title, or a team's objectives (`mail-digest-team-objective`).
    pub falling: &'a [(Msg, String)],
    pub disagreeing: usize,
    pub dashboard_link: &'a str,
    pub account_link: &'a str,
}

/// Lines listed under each heading at most; the dashboard has the rest.
pub const DIGEST_LIST: usize = 5;

pub fn digest(l: Locale, f: &DigestFacts) -> Message {
    let (org, wave) = (f.org.to_owned(), f.wave.to_owned());
    let mut b = format!("{}\n", t_in!(l, "mail-digest-intro", org = org.clone(), wave = wave.clone(), week = week(l, f.week)));
    b.push_str(&format!("\n{}\n", t_in!(l, "mail-digest-problems", count = f.problem_count)));
    for (team, text) in f.problems.iter().take(DIGEST_LIST) {
        b.push_str(&format!("  - {team}: {text}\n"));
    }
    b.push_str(&format!("\n{}\n", t_in!(l, "mail-digest-boosts", count = f.boosts_waiting, stale = f.stale_count)));
    for (title, link) in f.stale.iter().take(DIGEST_LIST) {
        b.push_str(&format!("  - {title}: {link}\n"));
    }
    if f.falling.is_empty() {
        b.push_str(&format!("\n{}\n", t_in!(l, "mail-digest-not-falling")));
    } else {
        b.push_str(&format!("\n{}\n", t_in!(l, "mail-digest-falling", count = f.falling.len())));
        for (what, link) in f.falling.iter().take(DIGEST_LIST) {
            b.push_str(&format!("  - {}: {link}\n", said_in(l, what)));
        }
    }
    if f.disagreeing > 0 {
        b.push_str(&format!("\n{}\n", t_in!(l, "mail-digest-disagree", count = f.disagreeing)));
    }
    b.push_str(&format!(
        "\n{}\n{}\n",
        t_in!(l, "mail-digest-anonymous"),
        t_in!(l, "mail-digest-dashboard", link = f.dashboard_link.to_owned())
    ));
    b.push_str(&footer(l, f.account_link));
    Message { subject: t_in!(l, "mail-digest-subject", org = org, wave = wave), body: b }
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
            week: (2, 6),
            vote_link: "http://x/vote",
            teams: &teams,
            account_link: "http://x/account",
        };
        let m = reminder(Locale::En, &f);
        assert_eq!(m.subject, "Acme: this week's vote and PPP");
        assert!(m.body.contains("http://x/vote") && m.body.contains("Write Platform's PPP") && m.body.contains("http://x/account"));
        let m = reminder(Locale::En, &ReminderFacts { teams: &[], ..f });
        assert_eq!(m.subject, "Acme: this week's vote");
        assert!(!m.body.contains("PPP for"));
    }

    #[test]
    fn a_digest_lists_a_few_and_counts_all() {
        let problems: Vec<_> = (0..8).map(|i| ("Team".to_string(), format!("problem {i}"))).collect();
        let f = DigestFacts {
            org: "Acme",
            wave: "Autumn",
            week: (2, 6),
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
        let m = digest(Locale::En, &f);
        assert!(m.body.contains("not yet solved: 8") && m.body.contains("problem 4") && !m.body.contains("problem 5"));
        assert!(m.body.contains("Boosts waiting for a team: 3 (1 for more than a week)"));
        assert!(m.body.contains("No objective's confidence dropped") && m.body.contains("disagree: 2"));
    }

    #[test]
    fn each_e_mail_reads_in_its_recipient_s_language() {
        let f = ReminderFacts {
            name: "Ada",
            org: "Acme",
            wave: "Herbst",
            week: (2, 6),
            vote_link: "http://x/vote",
            teams: &[("Plattform".to_string(), "http://x/teams/1".to_string())],
            account_link: "http://x/account",
        };
        let m = reminder(Locale::De, &f);
        assert_eq!(m.subject, "Acme: die Abstimmung und das PPP dieser Woche");
        assert!(m.body.starts_with("Hallo Ada,\n\nEs ist Woche 2 von 6 der Welle Herbst in Acme."), "{}", m.body);
        assert!(m.body.contains("Schreibe das PPP von Plattform") && m.body.contains("http://x/account"));
        let m = invite(Locale::Fr, "Acme", "Olivia", "http://x/join/t", 7);
        assert_eq!(m.subject, "Olivia vous invite à rejoindre Acme sur Mistvine");
        assert!(m.body.contains("pendant 7 jours) :\nhttp://x/join/t"), "{}", m.body);
        let m = reset(Locale::Es, "Ada", "http://x/reset/t", 30);
        assert_eq!(m.subject, "Restablece tu contraseña de Mistvine");
        assert!(m.body.starts_with("Hola, Ada:") && m.body.contains("durante 30 minutos"), "{}", m.body);
    }
}
