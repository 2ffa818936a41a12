//! What a page shows when its data could not be loaded.

use crate::domain::msg::Msg;
use crate::error::AppError;
use crate::t;
use leptos::prelude::*;

/// Sets the HTTP status of a server-rendered page (no-op in the browser).
pub fn set_status(_code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(code)) = (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(_code)) {
        res.set_status(code);
    }
}

#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    set_status(error.status());
    match error {
        AppError::Unauthenticated => view! {
            <section class="card narrow">
                <h1>{t!("notice-log-in-title")}</h1>
                <p>{t!("notice-log-in-text")}</p>
                <p><a class="button" href="/login">{t!("nav-log-in")}</a></p>
            </section>
        }
        .into_any(),
        other => view! {
            <section class="card narrow">
                <h1>{if other.status() == 404 { t!("notice-not-found") } else { t!("notice-not-right") }}</h1>
                <p class="form-error" role="alert">{other.to_string()}</p>
                <p><a href="/">{t!("notice-back-home")}</a></p>
            </section>
        }
        .into_any(),
    }
}

/// Loads what the address names, or says it is not found. Page-level
/// resources use it: a page makes every resource of its sections before
/// anything is awaited, because a resource made inside a `Suspend` takes its
/// hydration id in whatever order the server's tasks happened to run, and
/// the browser then reads another resource's data (a hydration panic).
pub async fn for_id<I, T, F>(id: Option<I>, what: Msg, load: impl FnOnce(I) -> F) -> Result<T, AppError>
where
    F: std::future::Future<Output = Result<T, AppError>>,
{
    match id {
        Some(id) => load(id).await,
        None => Err(AppError::not_found(what)),
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-live="polite">{t!("notice-loading")}</p> }
}

/// Loads `resource` and renders it with `view`, or the error notice: the
/// pattern every page that shows server data needs.
#[component]
pub fn Loaded<T, F, V>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=Loading>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => view(value).into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
