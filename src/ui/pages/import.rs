//! Importing objectives from a spreadsheet: the upload form (on a wave's
//! page), and `/imports/:id`, the preview of an uploaded file with every
//! problem by row and column, and the import it then offers. Both work
//! without JavaScript: the upload is a plain multipart form
//! (`infra::uploads`), the import an `ActionForm`.

use crate::domain::ids::{ImportId, WaveId};
use crate::domain::import::starter::Starter;
use crate::domain::import::view::{PreviewObjective, UploadPreview};
use crate::domain::import::Problem;
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use crate::server_fns::import::{get_upload, RunImport, StartFromEarlier as StartFromEarlierFn, StartFromStarter};
use crate::t;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::notice::{for_id, Loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The template file (`infra::uploads`).
pub const TEMPLATE: &str = "/import/template.csv";
/// Why an upload went back to its wave's page (`?import=`), which says so.
pub const TOO_BIG: &str = "too-big";
pub const NO_FILE: &str = "no-file";

#[component]
pub fn ImportPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse().ok()).map(ImportId);
    let upload = Resource::new(id, |id| for_id(id, crate::msg!("what-upload"), get_upload));
    let run = ServerAction::<RunImport>::new();
    view! { <Loaded resource=upload view=move |p| view! { <Preview p run/> }/> }
}

#[component]
fn Preview(p: UploadPreview, run: ServerAction<RunImport>) -> impl IntoView {
    let error = failure(run);
    let wave = p.wave.id;
    let ready = p.ready();
    let count = p.objectives.len();
    let summary = t!("import-will-create", objectives = count, krs = p.key_results());
    view! {
        <Title text=t!("import-title")/>
        <p class="crumbs">
            <a href="/waves">{t!("waves-title")}</a> " / "
            <a href=format!("/waves/{wave}")>{p.wave.name.clone()}</a> " / "
        </p>
        <h1>{t!("import-preview-title", wave = p.wave.name.clone())}</h1>
        <p class="meta">{t!("import-from-file", file = p.file_name.clone())}</p>
        {p.read_as.map(|note| view! { <p class="hint" role="note">{note.to_string()}</p> })}
        {p.proposes.then(|| view! { <p class="hint" role="note">{t!("import-proposes")}</p> })}
        {(!p.problems.is_empty()).then(|| view! { <Problems problems=p.problems.clone()/> })}
        {(!p.unknown_people.is_empty()).then(|| view! { <UnknownPeople people=p.unknown_people.clone()/> })}
        <section class="card" aria-labelledby="import-new">
            <h2 id="import-new">{summary}</h2>
            {if p.imported {
                view! {
                    <p class="saved" role="status">{t!("import-done-already")}</p>
                    <p><a href=format!("/waves/{wave}")>{t!("import-back-to-wave", wave = p.wave.name.clone())}</a></p>
                }.into_any()
            } else if ready {
                view! {
                    <ActionForm action=run>
                        <input type="hidden" name="import_id" value=p.id.to_string()/>
                        <FormError error fields=&[]/>
                        <Submit label=t!("import-run", count = count)/>
                    </ActionForm>
                }.into_any()
            } else if p.problems.is_empty() {
                view! { <p>{t!("import-nothing-new", already = p.already.len())}</p> }.into_any()
            } else {
                view! { <p class="hint">{t!("import-fix-first")}</p> }.into_any()
            }}
            <ul class="import-list">
                {p.objectives.into_iter().map(|o| view! { <Planned o/> }).collect_view()}
            </ul>
        </section>
        {(!p.already.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="import-already">
                <h2 id="import-already">{t!("import-already-title")}</h2>
                <p class="hint">{t!("import-already-hint")}</p>
                <ul>
                    {p.already.into_iter().map(|(title, row)| view! {
                        <li>{t!("import-row", row = row)} " · " {title}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!p.imported).then(|| view! { <UploadForm wave=wave heading=t!("import-again-title") error=None/> })}
    }
}

#[component]
fn Problems(problems: Vec<Problem>) -> impl IntoView {
    view! {
        <section class="card import-problems" aria-labelledby="import-problems">
            <h2 id="import-problems">{t!("import-problems-title", count = problems.len())}</h2>
            <ul>
                {problems.into_iter().map(|p| {
                    let place = match (p.row, p.column) {
                        (Some(row), Some(column)) => format!("{} · {}", t!("import-row", row = row), column.label()),
                        (Some(row), None) => t!("import-row", row = row),
                        (None, _) => t!("import-whole-file"),
                    };
                    view! { <li><strong>{place}</strong> " " {p.message.to_string()}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn UnknownPeople(people: Vec<(String, Vec<usize>)>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="import-people">
            <h2 id="import-people">{t!("import-people-title")}</h2>
            <p class="hint">{t!("import-people-hint")}</p>
            <ul>
                {people.into_iter().map(|(email, rows)| {
                    let n = rows.len();
                    let rows = rows.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                    view! { <li class="address">{email} " · " {t!("import-rows", count = n, rows = rows)}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Planned(o: PreviewObjective) -> impl IntoView {
    let mut facts = vec![t!("import-row", row = o.row)];
    facts.extend(o.aligned_to.map(|title| t!("import-aligned-to", objective = title)));
    facts.extend(o.owner.map(|name| t!("objective-owner", name = name)));
    view! {
        <li>
            <p>
                <strong>{o.title}</strong> " "
                <span class="badge">{o.team.unwrap_or_else(|| t!("import-wave-objective"))}</span>
            </p>
            <p class="meta">{facts.join(" · ")}</p>
            <ul class="import-krs">
                {o.krs.into_iter().map(|(title, range, history)| view! {
                    <li>{title} " · " {range.to_string()} {history.map(|h| format!(" · {h}"))}</li>
                }).collect_view()}
            </ul>
        </li>
    }
}

/// The upload form: a wave's page shows it to whoever may write objectives
/// while the wave is open; the preview offers it again for a fixed file.
#[component]
pub fn UploadForm(wave: WaveId, #[prop(into)] heading: String, error: Option<String>) -> impl IntoView {
    view! {
        <section class="card" id="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{heading}</h2>
            <p class="hint">{t!("import-intro")}</p>
            {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form method="post" action=format!("/waves/{wave}/import") enctype="multipart/form-data">
                <label for="import-file">{t!("import-file-label", mb = crate::domain::import::MAX_MB)}</label>
                <input id="import-file" type="file" name="file" required
                    accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>
                <button type="submit">{t!("import-preview-button")}</button>
            </form>
            <p><a href=TEMPLATE download>{t!("import-template-link")}</a></p>
        </section>
    }
}

/// The wave page's import section, with why the last upload came back.
#[component]
pub fn WaveImport(wave: WaveId) -> impl IntoView {
    let query = use_query_map();
    let error = match query.read_untracked().get("import").as_deref() {
        Some(TOO_BIG) => Some(t!("import-too-big", mb = crate::domain::import::MAX_MB)),
        Some(NO_FILE) => Some(t!("import-choose-file")),
        _ => None,
    };
    view! { <UploadForm wave heading=t!("import-title") error/> }
}

/// Offers a leader to start an open wave from the earlier one's structure
/// (when there is one): previewed like an upload, then imported.
#[component]
pub fn StartFromEarlier(wave: WaveId, empty: bool, earlier: Resource<Result<Option<WaveSummary>, AppError>>) -> impl IntoView {
    let start = ServerAction::<StartFromEarlierFn>::new();
    let error = failure(start);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let earlier = earlier.await.ok().flatten();
                let starters = (earlier.is_none() && empty).then(|| view! { <Starters wave/> });
                let from = earlier.map(|from| view! {
                    <section class="card" aria-labelledby="start-from-heading">
                        <h2 id="start-from-heading">{t!("template-from-title", wave = from.name.clone())}</h2>
                        <p class="hint">{t!("template-from-hint", wave = from.name.clone())}</p>
                        <ActionForm action=start>
                            <input type="hidden" name="wave_id" value=wave.to_string()/>
                            <FormError error fields=&[]/>
                            <div class="field checkbox">
                                <input type="checkbox" id="start-from-teams" name="teams" value="on"/>
                                <label for="start-from-teams">{t!("template-from-teams")}</label>
                            </div>
                            <Submit label=t!("template-from-button") class="secondary"/>
                        </ActionForm>
                    </section>
                });
                view! { {from} {starters} }
            })}
        </Suspense>
    }
}

/// The starter templates, on an organisation's first wave while it is empty.
#[component]
fn Starters(wave: WaveId) -> impl IntoView {
    let start = ServerAction::<StartFromStarter>::new();
    let error = failure(start);
    view! {
        <section class="card" aria-labelledby="starters-heading">
            <h2 id="starters-heading">{t!("template-starters-title")}</h2>
            <p class="hint">{t!("template-starters-hint")}</p>
            <FormError error fields=&[]/>
            <ul class="starters">
                {Starter::ALL.into_iter().map(|s| view! {
                    <li>
                        <ActionForm action=start>
                            <input type="hidden" name="wave_id" value=wave.to_string()/>
                            <input type="hidden" name="starter" value=s.as_str()/>
                            <Submit label=t!("template-starter-button", name = s.name().to_string()) class="secondary"/>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// What the wave page says after an import: objectives created, and team
/// objectives proposed to their teams.
pub fn imported_note() -> impl IntoView {
    let query = use_query_map();
    let number = |name: &str| query.read_untracked().get(name).and_then(|n| n.parse::<usize>().ok());
    let (count, proposed) = (number("imported"), number("proposed").filter(|n| *n > 0));
    let said = match (count, proposed) {
        (None, _) => return None,
        (Some(count), None) => t!("import-imported", count = count),
        (Some(0), Some(p)) => t!("import-proposed", count = p),
        (Some(count), Some(p)) => format!("{} {}", t!("import-imported", count = count), t!("import-proposed", count = p)),
    };
    Some(view! { <p class="saved" role="status">{said}</p> })
}
