//! `/vote`: this week's confidence, one tap per objective. Each objective is
//! its own little form whose five buttons submit the score: plain HTML,
//! sent by `ui::islands::forms` once JavaScript runs, which loads the page
//! again and gives the focus back to the pressed button (each has an id).

use crate::domain::confidence::{Standing, VoteItem, VoteSheet};
use crate::domain::ids::ObjectiveId;
use crate::domain::vote::{CHANGES_PER_WEEK, SCALE};
use crate::server_fns::vote::{get_vote_sheet, CastVote};
use crate::ui::components::co_voters::CoVotersLine;
use crate::ui::components::form::{failure, FormError};
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn VotePage() -> impl IntoView {
    let sheet = Resource::new(|| (), |_| get_vote_sheet());
    view! {
        <Title text="Vote"/>
        <h1>"This week's confidence"</h1>
        <Loaded resource=sheet view=move |s| view! { <Sheet s/> }/>
    }
}

fn button_id(objective: ObjectiveId, score: impl std::fmt::Display) -> String {
    format!("vote-{objective}-{score}")
}

#[component]
fn Sheet(s: VoteSheet) -> impl IntoView {
    let (Some(wave), Some(week)) = (s.wave.clone(), s.week) else {
        let why = if s.wave.is_some() {
            "Voting is closed: today is outside the active wave's weeks."
        } else {
            "No wave is active, so there is nothing to vote on yet."
        };
        return view! { <section class="card"><p>{why}</p></section> }.into_any();
    };
    let voted = s.items.iter().filter(|i| i.voted).count();
    let total = s.items.iter().filter(|i| i.standing == Standing::Votes).count();
    view! {
        <p class="lead">{format!("{} · week {week} of {}", wave.name, s.weeks)}</p>
        <p class="anonymity-note">
            "How confident are you that each objective will be reached? Votes are anonymous: nobody, admins included, "
            "can see how you voted. Results appear only as averages of at least 3 people. "
            {format!("You can change this week's vote from this browser until the week ends, up to {CHANGES_PER_WEEK} times per objective. ")}
            <a href="/members/history">"See who joined when"</a>
            "."
        </p>
        <p class="vote-progress" role="status">{format!("{voted} of {total} voted this week")}</p>
        {if s.items.is_empty() {
            view! { <section class="card"><p>"There are no objectives to vote on yet."</p></section> }.into_any()
        } else {
            s.items.into_iter().map(|item| {
                let later = match item.standing {
                    Standing::Votes => None,
                    Standing::FromWeek(n) => Some(format!(
                        "You vote on this objective from week {n} ({}). {}",
                        wave.dates.week_start(n).format("%-d %B"),
                        crate::t!("vote-why-wait")
                    )),
                    Standing::NextWave => Some(format!("You vote on this objective from the next wave on. {}", crate::t!("vote-why-wait"))),
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
                <p class="meta">{item.team.clone().unwrap_or_else(|| "Wave objective".into())}</p>
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
            let changes = match item.changes_left {
                Some(0) => " · no more changes this week".to_string(),
                Some(1) => " · 1 change left this week".to_string(),
                Some(left) => format!(" · {left} changes left this week"),
                None => String::new(),
            };
            format!("Voted ✓ — your vote: {n} {}{changes}", SCALE[usize::from(n.clamp(1, 5) - 1)].1)
        }
        (true, None) => "Voted ✓ (from another browser)".to_string(),
        (false, _) => "Not voted yet".to_string(),
    };
    let legend = format!("Your confidence in {}", item.title);
    view! {
        <section class="card vote-card" class:voted=item.voted id=format!("vote-{oid}")>
            <h2>{item.title.clone()}</h2>
            <p class="meta">{item.team.clone().unwrap_or_else(|| "Wave objective".into())}</p>
            <p class="vote-status">{status}</p>
            <CoVotersLine with=item.with lead="Voting with you:" alone="Nobody else votes on this objective this week, so its results stay hidden."/>
            <ActionForm action=cast>
                <input type="hidden" name="objective_id" value=item.objective_id.to_string()/>
                <FormError error fields=&[]/>
                <fieldset class="scale">
                    <legend class="visually-hidden">{legend}</legend>
                    {SCALE.into_iter().map(|(n, label)| {
                        let pressed = item.my_score == Some(n);
                        view! {
                            <button type="submit" name="score" value=n.to_string() class="scale-btn" id=button_id(oid, n)
                                class:chosen=pressed aria-pressed=pressed.to_string()>
                                <span class="n">{n}</span>
                                <span class="l">{label}</span>
                            </button>
                        }
                    }).collect_view()}
                </fieldset>
            </ActionForm>
        </section>
    }
    .into_any()
}
