//! `/present`: the active wave on an all-hands screen, read-only and large.
//! `?slide=N` picks the slide and `?every=S` how long each stays up (0
//! pauses). The page reloads itself into the next slide with a meta
//! refresh: it advances with or without JavaScript, each slide is read
//! fresh from the server, and a screen left on all day never holds stale
//! data or a growing page.

use crate::domain::dashboard::DashObjective;
use crate::domain::present::{parse_every, waiting_for, Present, Slide, DEFAULT_SECONDS};
use crate::server_fns::objectives::get_present;
use crate::ui::components::divergence::DivergenceFlag;
use crate::ui::components::heat_map::{HeatLegend, HeatMap};
use crate::ui::components::notice::Loaded;
use crate::ui::components::progress::{pct, NeedsSupport, ProgressBar};
use crate::ui::count;
use crate::ui::islands::clock::LocalClock;
use crate::ui::pages::waves::date_range;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// Where slide `slide` is, keeping the interval.
fn address(slide: Slide, every: Option<u32>) -> String {
    format!("/present?slide={}&every={}", slide.number(), every.unwrap_or(0))
}

#[component]
pub fn PresentPage() -> impl IntoView {
    let query = use_query_map();
    let slide = move || Slide::parse(query.read().get("slide").as_deref());
    let every = move || parse_every(query.read().get("every").as_deref());
    let data = Resource::new(|| (), |_| get_present());
    view! {
        <Title text="Present"/>
        {move || every().map(|seconds| view! { <Meta http_equiv="refresh" content=format!("{seconds};url={}", address(slide().next(), Some(seconds)))/> })}
        <div class="present">
            <Loaded resource=data view=move |p| view! { <Slides p slide=slide() every=every()/> }/>
        </div>
    }
}

#[component]
fn Slides(p: Option<Present>, slide: Slide, every: Option<u32>) -> impl IntoView {
    let Some(p) = p else {
        return view! {
            <section class="present-slide">
                <h1>"No wave is running"</h1>
                <p class="present-big">"Present mode shows the active wave. Start one on the Waves page."</p>
                <p><a href="/waves">"Waves"</a></p>
            </section>
        }
        .into_any();
    };
    view! {
        <section class="present-slide" aria-labelledby="present-heading">
            {match slide {
                Slide::Wave => view! { <WaveSlide p/> }.into_any(),
                Slide::Objectives => view! { <ObjectivesSlide p/> }.into_any(),
                Slide::Confidence => view! { <ConfidenceSlide p/> }.into_any(),
                Slide::Boosts => view! { <BoostsSlide p/> }.into_any(),
            }}
        </section>
        <Controls slide every/>
    }
    .into_any()
}

/// Slide links and pause/resume. Plain page loads (`rel="external"`): a
/// browser honours one meta refresh per page, so moving within the
/// hydrated app would stop the slides advancing.
#[component]
fn Controls(slide: Slide, every: Option<u32>) -> impl IntoView {
    view! {
        <nav class="present-controls" aria-label="Slides">
            <ol>
                {Slide::ALL.into_iter().map(|s| view! {
                    <li>
                        <a href=address(s, every) rel="external" aria-current=(s == slide).then_some("page")>
                            {format!("{} {}", s.number(), s.title())}
                        </a>
                    </li>
                }).collect_view()}
            </ol>
            {match every {
                Some(seconds) => view! {
                    <span>{format!("Next slide in {seconds} s · ")}<a href=address(slide, None) rel="external">"Pause"</a></span>
                }.into_any(),
                None => view! {
                    <span>"Paused · "<a href=address(slide, Some(DEFAULT_SECONDS)) rel="external">"Resume"</a></span>
                }.into_any(),
            }}
            <a href="/" rel="external">"Exit"</a>
            <LocalClock/>
        </nav>
    }
}

#[component]
fn WaveSlide(p: Present) -> impl IntoView {
    let d = p.dashboard;
    let elapsed = d.clock.elapsed_pct();
    let days = d.clock.remaining_days;
    view! {
        <h1 id="present-heading">{d.wave.name.clone()}</h1>
        <p class="present-huge"><strong>{days}</strong>{if days == 1 { " day left" } else { " days left" }}</p>
        <p class="present-big">
            {p.week.map(|w| format!("Week {w} of {} · ", d.wave.dates.week_count()))}
            {format!("{} · {} of the wave gone", date_range(&d.wave), pct(elapsed))}
        </p>
        <ProgressBar value=elapsed label="Share of the wave gone"/>
        <p class="present-big">
            {format!("{} · {} · {}",
                count(d.objectives.len() as u32, "objective"),
                count(d.team_count as u32, "team"),
                count(d.open_boosts as u32, "open boost"))}
        </p>
    }
}

#[component]
fn ObjectivesSlide(p: Present) -> impl IntoView {
    let d = p.dashboard;
    let elapsed = d.clock.elapsed_pct();
    view! {
        <h1 id="present-heading">"Objectives"</h1>
        {if d.objectives.is_empty() {
            view! { <p class="present-big">"Leaders have not set objectives for this wave yet."</p> }.into_any()
        } else {
            view! {
                <p class="present-meta">{format!("The line on each bar is where time says we should be: {} of the wave.", pct(elapsed))}</p>
                <ul class="present-objectives">{d.objectives.into_iter().map(|o| view! { <PresentObjective o elapsed/> }).collect_view()}</ul>
            }.into_any()
        }}
    }
}

#[component]
fn PresentObjective(o: DashObjective, elapsed: f64) -> impl IntoView {
    let obj = o.objective;
    view! {
        <li>
            <div class="present-row">
                <span class="present-title">{obj.title.clone()}</span>
                <strong class="present-pct">{pct(obj.progress)}</strong>
            </div>
            <ProgressBar value=obj.progress label=format!("Progress of {}", obj.title) marker=elapsed/>
            <p class="present-meta">
                {format!("{} aligned ", count(o.aligned_teams as u32, "team"))}
                {o.needs_support.then(|| view! { <NeedsSupport/> })}
                " "
                {o.divergence.map(|d| view! { <DivergenceFlag d/> })}
            </p>
        </li>
    }
}

#[component]
fn ConfidenceSlide(p: Present) -> impl IntoView {
    let weeks = p.dashboard.wave.dates.week_count();
    view! {
        <h1 id="present-heading">"Confidence"</h1>
        <p class="present-meta">"Anonymous weekly votes on each wave objective, from 1 (Struggling) to 5 (Exceeding)."</p>
        {if p.heat.is_empty() {
            view! { <p class="present-big">"No wave objectives to vote on yet."</p> }.into_any()
        } else {
            view! {
                <HeatLegend threshold=p.threshold/>
                <HeatMap rows=p.heat weeks threshold=p.threshold/>
            }.into_any()
        }}
    }
}

#[component]
fn BoostsSlide(p: Present) -> impl IntoView {
    let open = p.dashboard.open_boosts;
    view! {
        <h1 id="present-heading">{format!("Open boosts: {open}")}</h1>
        {if p.boosts.is_empty() {
            view! { <p class="present-big">"No team is waiting for help right now."</p> }.into_any()
        } else {
            view! {
                <p class="present-meta">
                    {if open > p.boosts.len() { format!("The {} waiting longest.", p.boosts.len()) } else { "Longest waiting first.".to_string() }}
                    " Can your team help?"
                </p>
                <ul class="present-boosts">
                    {p.boosts.into_iter().map(|b| view! {
                        <li>
                            <span class="present-title">{b.need}</span>
                            <p class="present-meta">
                                {format!("{} asks {} · waiting {}",
                                    b.from_team.name,
                                    b.to_team.map(|t| t.name).unwrap_or_else(|| "anyone".into()),
                                    waiting_for(b.created_at, p.now))}
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
