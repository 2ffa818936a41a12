//! `/vote`: this week's confidence, one tap per objective. Each objective is
//! its own little form whose five buttons submit the score: plain HTML,
//! sent by `ui::islands::forms` once JavaScript runs, which loads the page
//! again and gives the focus back to the pressed button (each has an id).

use crate::domain::confidence::{Standing, VoteItem, VoteSheet};
use crate::domain::ids::ObjectiveId;
use crate::domain::vote::{CHANGES_PER_WEEK, MIN_VOTERS, SCALE};
use crate::server_fns::vote::{get_vote_sheet, CastVote};
use crate::ui::components::co_voters::CoVotersLine;
use crate::ui::components::form::{failure, FormError};
use crate::ui::components::notice::Loaded;
use crate::ui::components::words;
use crate::{i18n, t};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn VotePage() -> impl IntoView {
    let sheet = Resource::new(|| (), |_| get_vote_sheet());
    view! {
        <Title text=t!("vote-title")/>
        <h1>{t!("vote-heading")}</h1>
        <Loaded resource=sheet view=move |s| view! { <Sheet s/> }/>
    }
}

fn button_id(objective: ObjectiveId, score: impl std::fmt::Display) -> String {
    format!("vote-{objective}-{score}")
}

#[component]
fn Sheet(s: VoteSheet) -> impl IntoView {
    let (Some(wave), Some(week)) = (s.wave.clone(), s.week) else {
        let why = if s.wave.is_some() { t!("vote-closed") } else { t!("vote-no-wave") };
        return view! { <section class="card"><p>{why}</p></section> }.into_any();
    };
    let voted = s.items.iter().filter(|i| i.voted).count();
    let total = s.items.iter().filter(|i| i.standing == Standing::Votes).count();
    view! {
        <p class="lead">{t!("vote-lead", wave = wave.name.clone(), week = week, weeks = s.weeks)}</p>
        <p class="anonymity-note">
            {t!("vote-anonymity", min = MIN_VOTERS, changes = CHANGES_PER_WEEK)} " "
            <a href="/members/history">{t!("vote-who-joined")}</a>
        </p>
        <p class="vote-progress" role="status">{t!("vote-progress", voted = voted, total = total)}</p>
        {if s.items.is_empty() {
            view! { <section class="card"><p>{t!("vote-nothing")}</p></section> }.into_any()
        } else {
            s.items.into_iter().map(|item| {
                let later = match item.standing {
                    Standing::Votes => None,
                    Standing::FromWeek(n) => Some(t!(
                        "vote-from-week",
                        week = n,
                        day = i18n::locale().day_month(wave.dates.week_start(n))
                    )),
                    Standing::NextWave => Some(t!("vote-from-next-wave")),
                };
                view! { <VoteCard item later/> }
            }).collect_view().into_any()
        }}
    }
    .into_any()
}

#[component]
fn VoteCard(item: VoteItem, later: Option<String>) -> impl IntoView {
    if let Some(later) = later {
        return view! {
            <section class="card vote-card" id=format!("vote-{}", item.objective_id)>
                <h2>{item.title.clone()}</h2>
                <p class="meta">{item.team.clone().unwrap_or_else(|| t!("vote-wave-objective"))}</p>
                <p class="vote-status">{later}</p>
            </section>
        }
        .into_any();
    }
    let cast = ServerAction::<CastVote>::new();
    let oid = item.objective_id;
    let error = failure(cast);
    let status = match (item.voted, item.my_score) {
        (true, Some(n)) => {
            let voted = t!("vote-voted-mine", score = n, name = words::score(n));
            match item.changes_left {
                Some(left) => format!("{voted} · {}", t!("vote-changes-left", count = left)),
                None => voted,
            }
        }
        (true, None) => t!("vote-voted-elsewhere"),
        (false, _) => t!("vote-not-yet"),
    };
    let legend = t!("vote-legend", title = item.title.clone());
    view! {
        <section class="card vote-card" class:voted=item.voted id=format!("vote-{oid}")>
            <h2>{item.title.clone()}</h2>
            <p class="meta">{item.team.clone().unwrap_or_else(|| t!("vote-wave-objective"))}</p>
            <p class="vote-status">{status}</p>
            <CoVotersLine with=item.with lead=t!("vote-with-you") alone=t!("vote-alone")/>
            <ActionForm action=cast>
                <input type="hidden" name="objective_id" value=item.objective_id.to_string()/>
                <FormError error fields=&[]/>
                <fieldset class="scale">
                    <legend class="visually-hidden">{legend}</legend>
                    {SCALE.into_iter().map(|(n, _)| {
                        let pressed = item.my_score == Some(n);
                        view! {
                            <button type="submit" name="score" value=n.to_string() class="scale-btn" id=button_id(oid, n)
                                class:chosen=pressed aria-pressed=pressed.to_string()>
                                <span class="n">{n}</span>
                                <span class="l">{words::score(n)}</span>
                            </button>
                        }
                    }).collect_view()}
                </fieldset>
            </ActionForm>
        </section>
    }
    .into_any()
}
