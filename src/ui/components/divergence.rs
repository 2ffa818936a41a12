//! The "numbers and crowd disagree" flag (see `domain::divergence`).

use crate::domain::divergence::Divergence;
use leptos::prelude::*;

/// The short badge, beside an objective's title.
#[component]
pub fn DivergenceFlag(d: Divergence) -> impl IntoView {
    view! { <span class="flag flag-crowd">{d.label()}</span> }
}

/// The plain sentence a leader acts on.
#[component]
pub fn DivergenceNote(d: Divergence) -> impl IntoView {
    view! { <p class="divergence">{d.sentence()}</p> }
}
