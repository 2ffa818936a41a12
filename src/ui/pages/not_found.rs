use crate::t;
use crate::ui::components::notice::set_status;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(404);
    view! {
        <Title text=t!("not-found-title")/>
        <section class="card narrow">
            <h1>{t!("not-found-title")}</h1>
            <p>{t!("not-found-text")}</p>
            <p><a class="button" href="/">{t!("not-found-home")}</a></p>
        </section>
    }
}
