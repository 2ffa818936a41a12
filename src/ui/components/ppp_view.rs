//! Shows one PPP update: three short lists, author and time.

use crate::domain::ids::PppItemId;
use crate::domain::ppp::{PppUpdate, Section};
use crate::t;
use crate::ui::components::dates;
use leptos::prelude::*;

/// `solve` renders the controls next to an open problem (or nothing).
#[component]
pub fn PppView(u: PppUpdate, #[prop(optional, into)] solve: Option<Callback<(PppItemId, bool), AnyView>>) -> impl IntoView {
    view! {
        <p class="meta">{t!("ppp-by", week = u.week, author = u.author.clone(), when = dates::day_and_time(u.updated_at))}</p>
        <div class="ppp-sections">
            {Section::ALL.into_iter().map(|s| {
                let items: Vec<_> = u.section(s).cloned().collect();
                view! {
                    <div class="ppp-section">
                        <h3>{s.msg().to_string()}</h3>
                        {if items.is_empty() {
                            view! { <p class="meta">{t!("ppp-nothing")}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {items.into_iter().map(|i| view! {
                                        <li class:resolved=i.resolved>
                                            <span>{i.text.clone()}</span>
                                            {i.objective.clone().map(|(id, title)| view! {
                                                " " <a class="ref" href=format!("/objectives/{id}")>{format!("({title})")}</a>
                                            })}
                                            {(s == Section::Problems && i.resolved).then(|| view! { <span class="badge">{t!("ppp-solved")}</span> })}
                                            {(s == Section::Problems).then(|| solve.map(|f| f.run((i.id, i.resolved))))}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
