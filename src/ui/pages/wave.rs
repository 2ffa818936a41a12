//! `/waves/:id`: a wave, its clock and its objectives; leaders move it on
//! and set its objectives here.

use crate::domain::calibration::CalibrationReport;
use crate::domain::ids::WaveId;
use crate::domain::objective::{ObjectiveSummary, WaveDetail};
use crate::domain::reflection::TeamWaveReview;
use crate::domain::views::PersonChoices;
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use crate::server_fns::import::get_earlier_wave;
use crate::server_fns::objectives::CreateWaveObjective;
use crate::server_fns::reflections::{get_calibration, get_wave_reviews};
use crate::server_fns::waves::{get_wave, AdvanceWave};
use crate::t;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, Field, FormError, Submit, TextArea};
use crate::ui::components::kr_fields::KrFields;
use crate::ui::components::notice::{for_id, Loaded};
use crate::ui::components::person::PersonChooser;
use crate::ui::components::progress::ProgressBar;
use crate::ui::pages::import::{imported_note, StartFromEarlier, WaveImport};
use crate::ui::pages::wave_calibration::WaveCalibration;
use crate::ui::pages::wave_reviews::WaveReviews;
use crate::ui::pages::waves::date_range;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WavePage() -> impl IntoView {
    let params = use_params_map();
    let wave_id = move || params.read().get("id").and_then(|s| s.parse().ok()).map(WaveId);
    let advance = ServerAction::<AdvanceWave>::new();
    let create = ServerAction::<CreateWaveObjective>::new();
    let wave = Resource::new(wave_id, |id| for_id(id, crate::msg!("what-wave"), get_wave));
    // Made here, before anything is awaited (see `notice::for_id`).
    let reviews = Resource::new(wave_id, |id| for_id(id, crate::msg!("what-wave"), get_wave_reviews));
    let calibration = Resource::new(wave_id, |id| for_id(id, crate::msg!("what-wave"), get_calibration));
    let earlier = Resource::new(wave_id, |id| for_id(id, crate::msg!("what-wave"), get_earlier_wave));
    view! {
        <Loaded resource=wave view=move |w| view! { <Wave w advance create reviews calibration earlier/> }/>
    }
}

#[component]
fn Wave(
    w: WaveDetail,
    advance: ServerAction<AdvanceWave>,
    create: ServerAction<CreateWaveObjective>,
    reviews: Resource<Result<Vec<TeamWaveReview>, AppError>>,
    calibration: Resource<Result<Option<CalibrationReport>, AppError>>,
    earlier: Resource<Result<Option<WaveSummary>, AppError>>,
) -> impl IntoView {
    let advance_error = failure(advance);
    let open = w.wave.state.open_for_objectives();
    let empty = w.objectives.is_empty();
    let next = w.wave.state.next().zip(w.wave.state.advance_label());
    let aligned = w.aligned_teams.clone();
    let count = move |o: &ObjectiveSummary| aligned.iter().find(|(id, _)| *id == o.id).map(|(_, n)| *n).unwrap_or(0);
    view! {
        <Title text=w.wave.name.clone()/>
        <p class="crumbs"><a href="/waves">{t!("waves-title")}</a> " / "</p>
        <h1>{w.wave.name.clone()} " " <span class="badge">{w.wave.state.name().to_string()}</span></h1>
        {imported_note()}
        <section class="card">
            <p>{date_range(&w.wave)} " · " {w.clock.describe().to_string()}</p>
            <ProgressBar value=w.clock.elapsed_pct() label=t!("dash-elapsed-label")/>
            {next.map(|(to, label)| (to, label.to_string())).filter(|_| w.can_lead).map(|(to, label)| {
                view! {
                    <ActionForm action=advance>
                        <input type="hidden" name="wave_id" value=w.wave.id.to_string()/>
                        <input type="hidden" name="to" value=to.as_str()/>
                        <FormError error=advance_error fields=&[]/>
                        {match w.wave.state.advance_warning() {
                            Some(warning) => view! {
                                <Confirm ask=format!("{label}…") warning=warning.to_string()>
                                    <Submit label=label/>
                                </Confirm>
                            }.into_any(),
                            None => view! { <Submit label=label class="secondary"/> }.into_any(),
                        }}
                    </ActionForm>
                }
            })}
        </section>
        <section class="card">
            <h2>{t!("dash-wave-objectives")}</h2>
            {if w.objectives.is_empty() {
                view! { <p>{t!("wave-no-objectives")}</p> }.into_any()
            } else {
                view! {
                    <ul class="objective-list">
                        {w.objectives.into_iter().map(|o| {
                            let n = count(&o);
                            view! {
                                <li>
                                    <a class="objective-title" href=format!("/objectives/{}", o.id)>{o.title.clone()}</a>
                                    <ProgressBar value=o.progress label=t!("dash-progress-of", title = o.title.clone())/>
                                    <span class="meta">
                                        {t!("dash-aligned-teams", count = n)}
                                        {o.owner.map(|name| format!(" · {}", t!("objective-owner", name = name)))}
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <WaveCalibration report=calibration/>
        <WaveReviews reviews/>
        {(w.can_lead && open).then(|| view! { <NewWaveObjective wave_id=w.wave.id owners=w.owners create/> })}
        {(w.can_lead && open).then(|| view! { <StartFromEarlier wave=w.wave.id empty earlier/> })}
        {open.then(|| view! { <WaveImport wave=w.wave.id/> })}
    }
}

#[component]
fn NewWaveObjective(wave_id: WaveId, owners: PersonChoices, create: ServerAction<CreateWaveObjective>) -> impl IntoView {
    let error = failure(create);
    view! {
        <section class="card">
            <h2>{t!("wave-new-objective")}</h2>
            <ActionForm action=create>
                <input type="hidden" name="wave_id" value=wave_id.to_string()/>
                <FormError error fields=&["title", "why", "krs", "owner_id"]/>
                <Field form="wave-objective" label=t!("objective-title-label") name="title" error/>
                <TextArea form="wave-objective" label=t!("objective-why") name="why" error
                    hint=t!("wave-why-hint")/>
                <PersonChooser id="wave-objective-owner" name="owner_id" label=t!("wave-owner-optional") choices=owners/>
                <KrFields form="wave-objective" error/>
                <Submit label=t!("team-add-objective")/>
            </ActionForm>
        </section>
    }
}
