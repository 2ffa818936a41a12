//! The admin page's voting settings: how many voters before results show
//! (never fewer than 3) and whether this week's results show live.

use crate::domain::vote::live_step;
use crate::error::AppError;
use crate::server_fns::vote::{get_vote_settings, UpdateVoteSettings};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, SavedNote, Submit};
use crate::ui::components::notice::ErrorNotice;
use leptos::prelude::*;

/// The section's action and data, made by the admin page before anything is
/// awaited (see `notice::for_id`).
#[derive(Clone, Copy)]
pub struct VoteSettingsData {
    pub update: ServerAction<UpdateVoteSettings>,
    /// (threshold, live results)
    settings: Resource<Result<(u32, bool), AppError>>,
}

impl VoteSettingsData {
    /// Starts loading the settings (a resource of the page, so not `Default`).
    pub fn load() -> Self {
        let update = ServerAction::<UpdateVoteSettings>::new();
        let settings = Resource::new(|| (), |_| get_vote_settings());
        Self { update, settings }
    }
}

#[component]
pub fn VoteSettings(data: VoteSettingsData) -> impl IntoView {
    let VoteSettingsData { update, settings } = data;
    let error = failure(update);
    view! {
        <section class="card">
            <h2>{t!("votes-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok((threshold, live)) => view! {
                            <ActionForm action=update>
                                <FormError error fields=&["threshold"]/>
                                <Field form="votes" label=t!("votes-threshold") name="threshold" kind="number"
                                    value=threshold.to_string() error hint=t!("votes-threshold-hint")/>
                                <div class="field checkbox">
                                    <input id="votes-live" type="checkbox" name="live" value="on" checked=live aria-describedby="votes-live-hint"/>
                                    <label for="votes-live">{t!("votes-live")}</label>
                                </div>
                                <p id="votes-live-hint" class="hint">
                                    {t!("votes-live-hint",
                                        step = live_step(threshold),
                                        colleagues = threshold.saturating_sub(1),
                                        unshown = live_step(threshold).saturating_sub(1))}
                                </p>
                                <Submit label=t!("votes-save") class="secondary"/>
                                <SavedNote/>
                            </ActionForm>
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
