//! `/present`: the active wave on an all-hands screen, read-only and large.
//! `?slide=N` picks the slide and `?every=S` how long each stays up (0
//! pauses). The page reloads itself into the next slide with a meta
//! refresh: it advances with or without JavaScript, each slide is read
//! fresh from the server, and a screen left on all day never holds stale
//! data or a growing page.

use crate::domain::dashboard::DashObjective;
use crate::domain::present::{parse_every, waiting_for, Present, Slide, DEFAULT_SECONDS};
use crate::server_fns::objectives::get_present;
use crate::t;
use crate::ui::components::divergence::DivergenceFlag;
use crate::ui::components::heat_map::{HeatLegend, HeatMap};
use crate::ui::components::notice::Loaded;
use crate::ui::components::progress::{pct, NeedsSupport, ProgressBar};
use crate::ui::components::words;
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
        <Title text=t!("present-title")/>
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
                <h1>{t!("present-no-wave")}</h1>
                <p class="present-big">{t!("present-no-wave-hint")}</p>
                <p><a href="/waves">{t!("present-waves")}</a></p>
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
        <nav class="present-controls" aria-label=t!("present-slides")>
            <ol>
                {Slide::ALL.into_iter().map(|s| view! {
                    <li>
                        <a href=address(s, every) rel="external" aria-current=(s == slide).then_some("page")>
                            {t!("present-slide-link", number = s.number(), title = s.title().to_string())}
                        </a>
                    </li>
                }).collect_view()}
            </ol>
            {match every {
                Some(seconds) => view! {
                    <span>{t!("present-next-in", seconds = seconds)}" "<a href=address(slide, None) rel="external">{t!("present-pause")}</a></span>
                }.into_any(),
                None => view! {
                    <span>{t!("present-paused")}" "<a href=address(slide, Some(DEFAULT_SECONDS)) rel="external">{t!("present-resume")}</a></span>
                }.into_any(),
            }}
            <a href="/" rel="external">{t!("present-exit")}</a>
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
        <p class="present-huge"><strong>{days}</strong>" "{t!("present-days-left", count = days)}</p>
        <p class="present-big">
            {p.week.map(|w| format!("{} ", t!("present-week-of", week = w, weeks = d.wave.dates.week_count())))}
            {t!("present-gone", dates = date_range(&d.wave), share = pct(elapsed))}
        </p>
        <ProgressBar value=elapsed label=t!("present-gone-label")/>
        <p class="present-big">
            {t!("present-counts", objectives = d.objectives.len(), teams = d.team_count, boosts = d.open_boosts)}
        </p>
    }
}

#[component]
fn ObjectivesSlide(p: Present) -> impl IntoView {
    let d = p.dashboard;
    let elapsed = d.clock.elapsed_pct();
    view! {
        <h1 id="present-heading">{t!("present-slide-objectives")}</h1>
        {if d.objectives.is_empty() {
            view! { <p class="present-big">{t!("present-objectives-none")}</p> }.into_any()
        } else {
            view! {
                <p class="present-meta">{t!("present-time-line", share = pct(elapsed))}</p>
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
            <ProgressBar value=obj.progress label=t!("dash-progress-of", title = obj.title.clone()) marker=elapsed/>
            <p class="present-meta">
                {t!("present-aligned", count = o.aligned_teams)}" "
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
        <h1 id="present-heading">{t!("present-slide-confidence")}</h1>
        <p class="present-meta">{t!("present-confidence-hint")}</p>
        {if p.heat.is_empty() {
            view! { <p class="present-big">{t!("present-confidence-none")}</p> }.into_any()
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
        <h1 id="present-heading">{t!("present-open-boosts", count = open)}</h1>
        {if p.boosts.is_empty() {
            view! { <p class="present-big">{t!("present-boosts-none")}</p> }.into_any()
        } else {
            view! {
                <p class="present-meta">
                    {if open > p.boosts.len() { t!("present-boosts-cut", shown = p.boosts.len()) } else { t!("present-boosts-all") }}
                    " " {t!("present-can-you-help")}
                </p>
                <ul class="present-boosts">
                    {p.boosts.into_iter().map(|b| view! {
                        <li>
                            <span class="present-title">{b.need}</span>
                            <p class="present-meta">
                                {t!("present-boost-line",
                                    asks = words::asks(&b.from_team.name, b.to_team.as_ref().map(|t| t.name.as_str())),
                                    waiting = waiting_for(b.created_at, p.now).to_string())}
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
