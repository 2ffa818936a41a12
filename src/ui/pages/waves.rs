//! `/waves`: every wave of the organisation; leaders plan new ones here.

use crate::domain::wave::WaveState;
use crate::domain::wave::WaveSummary;
use crate::server_fns::waves::{list_waves, CreateWave};
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
        <Title text="Waves"/>
        <h1>"Waves"</h1>
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
            <section class="card"><p>"No waves yet. A wave is a 2 to 6 week cycle with a few objectives everyone aligns to."</p></section>
        }
        .into_any();
    }
    let group = |title: &'static str, states: &'static [WaveState], list: &[WaveSummary]| {
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
                                <span class="badge">{w.state.label()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    view! {
        {group("Current", &[WaveState::Active, WaveState::Reflecting], &list)}
        {group("Planned", &[WaveState::Planned], &list)}
        {group("Past waves", &[WaveState::Closed], &list)}
    }
    .into_any()
}

#[component]
fn NewWaveForm(create: ServerAction<CreateWave>) -> impl IntoView {
    let error = failure(create);
    view! {
        <section class="card">
            <h2>"Plan a wave"</h2>
            <ActionForm action=create>
                <FormError error fields=&["name", "starts_on", "ends_on"]/>
                <Field form="new-wave" label="Name" name="name" error hint="e.g. Q3 wave 1"/>
                <div class="field-row">
                    <Field form="new-wave" label="First day" name="starts_on" kind="date" error/>
                    <Field form="new-wave" label="Last day" name="ends_on" kind="date" error hint="2 to 6 weeks after the first day"/>
                </div>
                <Submit label="Plan wave"/>
            </ActionForm>
        </section>
    }
}
