//! Who else votes in a box (a week's objective, a survey), new voters
//! marked: a made-up account added to read someone's vote shows up here,
//! in front of the person it is meant to expose.

use crate::domain::confidence::CoVoters;
use crate::i18n::locale;
use crate::t;
use leptos::prelude::*;

/// `lead` starts the line ("Voting with you: "); `alone` is said when
/// nobody else is in the box.
#[component]
pub fn CoVotersLine(with: CoVoters, #[prop(into)] lead: String, #[prop(into)] alone: String) -> impl IntoView {
    if with.count == 0 {
        return view! { <p class="co-voters">{alone}</p> }.into_any();
    }
    let complete = with.complete();
    let nobody_new = with.listed.is_empty();
    let names = with
        .listed
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let sep = if i == 0 { "" } else { ", " };
            match v.joined {
                Some(day) => {
                    let joined = locale().short_date(day);
                    view! { {sep}<mark class="new-voter">{t!("co-voters-new", name = v.name, joined = joined)}</mark> }.into_any()
                }
                None => view! { {sep}{v.name} }.into_any(),
            }
        })
        .collect_view();
    let head = if complete { lead } else { t!("co-voters-count", lead = lead, count = with.count) };
    view! { <p class="co-voters">{head} " " {names}{(!complete && nobody_new).then(|| t!("co-voters-nobody"))}</p> }.into_any()
}
