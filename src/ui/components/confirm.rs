//! A second step before an action that cannot be undone.

use leptos::prelude::*;

/// The first control only opens the question; the form's own submit button,
/// inside, does the deed. It is a `<details>`, so it works the same before
/// hydration and with JavaScript off, and a stray click or tap changes
/// nothing. Goes inside the form it confirms.
#[component]
pub fn Confirm(
    /// What the closed control says ("End the wave and reflect…").
    ask: String,
    /// What will happen, and that it cannot be undone.
    warning: String,
    /// A fuller name for the control when `ask` is short ("Remove" → "Remove Ann from the team").
    #[prop(optional, into)]
    name: Option<String>,
    #[prop(optional)] small: bool,
    /// The submit button, and anything else shown with the question.
    children: Children,
) -> impl IntoView {
    view! {
        <details class="confirm">
            <summary class=if small { "button small secondary" } else { "button secondary" } aria-label=name>{ask}</summary>
            <div class="confirm-body">
                <p>{warning}</p>
                {children()}
            </div>
        </details>
    }
}
