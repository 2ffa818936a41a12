//! The names of the domain's values as a reader sees them, in their
//! language (the domain names them in code only).

use crate::domain::api_token::TokenScope;
use crate::domain::org::Role;
use crate::t;

pub fn role(role: Role) -> String {
    match role {
        Role::Owner => t!("role-owner"),
        Role::Admin => t!("role-admin"),
        Role::Leader => t!("role-leader"),
        Role::Member => t!("role-member"),
    }
}

/// A confidence score's name (1 Struggling … 5 Exceeding).
pub fn score(n: u8) -> String {
    match n {
        1 => t!("score-1"),
        2 => t!("score-2"),
        3 => t!("score-3"),
        4 => t!("score-4"),
        _ => t!("score-5"),
    }
}

/// What an API token may do.
pub fn token_scope(scope: TokenScope) -> String {
    match scope {
        TokenScope::Read => t!("tokens-scope-read"),
        TokenScope::CheckIn => t!("tokens-scope-check-in"),
    }
}

/// Where a session was signed in, from its stored label (`domain::account::device_label`).
pub fn device(label: &str) -> String {
    match crate::domain::account::device_of_label(label) {
        Ok((Some(browser), Some(system))) => t!("device-browser-on", browser = browser, system = system),
        Ok((Some(browser), None)) => browser.to_owned(),
        Ok((None, Some(system))) => t!("device-some-browser-on", system = system),
        Ok((None, None)) => t!("device-other"),
        Err(as_written) => as_written.to_owned(),
    }
}

/// Who asks whom for a boost: "Billing asks Data", "Billing asks anyone".
pub fn asks(from: &str, to: Option<&str>) -> String {
    match to {
        Some(to) => t!("dash-boost-asks", from = from.to_owned(), to = to.to_owned()),
        None => t!("dash-boost-asks-anyone", from = from.to_owned()),
    }
}

/// "Team objective of <team>" with the team linked, or "Wave objective".
#[leptos::component]
pub fn ObjectiveOwner(team: Option<crate::domain::org::TeamRef>) -> impl leptos::IntoView {
    use leptos::prelude::*;
    match team {
        Some(team) => {
            let (before, after) = crate::i18n::around(&t!("dash-team-objective-of", team = crate::i18n::SLOT));
            view! { {before} <a href=format!("/teams/{}", team.id)>{team.name}</a> {after} }.into_any()
        }
        None => view! { {t!("vote-wave-objective")} }.into_any(),
    }
}
