//! `/waves`: every wave of the organisation; leaders plan new ones here.

use crate::domain::wave::WaveState;
use crate::domain::wave::WaveSummary;
use crate::server_fns::waves::{list_waves, CreateWave};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{ErrorNotice, Loading};
use crate::ui::layout::use_session;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn WavesPage() -> impl IntoView {
    let session = use_session();
    let create = ServerAction::<CreateWave>::new();
    let waves = Resource::new(|| (), |_| list_waves());
    view! {
        <Title text=t!("waves-title")/>
        <h1>{t!("waves-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let can_lead = matches!(session.me.await, Ok(Some(me)) if me.role.can_lead());
                match waves.await {
                    Ok(list) => view! {
                        <WaveList list/>
                        {can_lead.then(|| view! { <NewWaveForm create/> })}
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "5 Jan – 15 Feb 2026", in the reader's language.
pub fn date_range(w: &WaveSummary) -> String {
    let locale = crate::i18n::locale();
    format!("{} – {}", locale.day_month(w.dates.start()), locale.short_date(w.dates.end()))
}

#[component]
fn WaveList(list: Vec<WaveSummary>) -> impl IntoView {
    if list.is_empty() {
        return view! {
            <section class="card"><p>{t!("waves-none")}</p></section>
        }
        .into_any();
    }
    let group = |title: String, states: &'static [WaveState], list: &[WaveSummary]| {
        let items: Vec<WaveSummary> = list.iter().filter(|w| states.contains(&w.state)).cloned().collect();
        (!items.is_empty()).then(|| {
            view! {
                <section class="card">
                    <h2>{title}</h2>
                    <ul class="team-list">
                        {items.into_iter().map(|w| view! {
                            <li>
                                <a href=format!("/waves/{}", w.id)>{w.name.clone()}</a>
                                <span class="meta">{date_range(&w)}</span>
                                <span class="badge">{w.state.name().to_string()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    view! {
        {group(t!("waves-current"), &[WaveState::Active, WaveState::Reflecting], &list)}
        {group(t!("waves-planned"), &[WaveState::Planned], &list)}
        {group(t!("waves-past"), &[WaveState::Closed], &list)}
    }
    .into_any()
}

#[component]
fn NewWaveForm(create: ServerAction<CreateWave>) -> impl IntoView {
    let error = failure(create);
    view! {
        <section class="card">
            <h2>{t!("waves-plan")}</h2>
            <ActionForm action=create>
                <FormError error fields=&["name", "starts_on", "ends_on"]/>
                <Field form="new-wave" label=t!("waves-name") name="name" error hint=t!("waves-name-hint")/>
                <div class="field-row">
                    <Field form="new-wave" label=t!("waves-first-day") name="starts_on" kind="date" error/>
                    <Field form="new-wave" label=t!("waves-last-day") name="ends_on" kind="date" error hint=t!("waves-last-day-hint")/>
                </div>
                <Submit label=t!("waves-plan-submit")/>
            </ActionForm>
        </section>
    }
}
