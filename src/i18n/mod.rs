//! Words in the reader's language, on the server.
//!
//! The messages are Fluent files under `locales/<tag>/`, one per area of the
//! app, the same files in every language, compiled into the binary. Pages,
//! server functions and e-mails ask for a message by its id with `t!`; the
//! islands in the browser get theirs already translated in the page (see
//! `browser_words`), so the browser downloads no translations and no Fluent.
//!
//! Which language a request gets is decided once, before the app runs
//! (`crate::infra::language`), and provided to the page as a `Locale`
//! context; `locale()` reads it.

mod pseudo;
pub mod stored;

use crate::domain::locale::Locale;
use crate::domain::msg::{Arg, Msg};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs as Args;

/// The message files of each language, by area. Adding a file here adds it
/// for every language; a test checks each directory holds exactly these.
macro_rules! files {
    ($($name:literal),+ $(,)?) => {
        &[$(($name, [
            include_str!(concat!("../../locales/en/", $name, ".ftl")),
            include_str!(concat!("../../locales/de/", $name, ".ftl")),
            include_str!(concat!("../../locales/fr/", $name, ".ftl")),
            include_str!(concat!("../../locales/es/", $name, ".ftl")),
        ])),+]
    };
}

/// (area, [English, German, French, Spanish]).
pub const FILES: &[(&str, [&str; 4])] = files!(
    "app",
    "auth",
    "boosts",
    "chat",
    "account",
    "admin",
    "confidence",
    "dashboard",
    "errors",
    "import",
    "mail",
    "objective",
    "offline",
    "ppp",
    "present",
    "reflection",
    "scorecard",
    "survey",
    "team",
    "vote",
    "waves"
);

/// Stands for an element a page puts inside a sentence (a link): the
/// message keeps the whole sentence for its translators, and `around` cuts
/// it where the element goes.
pub const SLOT: &str = "\u{1}";

type Bundle = FluentBundle<FluentResource>;

struct Bundles {
    en: Bundle,
    de: Bundle,
    fr: Bundle,
    es: Bundle,
    pseudo: Bundle,
}

impl Bundles {
    fn of(&self, locale: Locale) -> &Bundle {
        match locale {
            Locale::En => &self.en,
            Locale::De => &self.de,
            Locale::Fr => &self.fr,
            Locale::Es => &self.es,
            Locale::Pseudo => &self.pseudo,
        }
    }
}

static BUNDLES: OnceLock<Bundles> = OnceLock::new();

fn bundles() -> &'static Bundles {
    BUNDLES.get_or_init(|| match build() {
        Ok(b) => b,
        // The files are compiled in and checked by the tests: this is a build that was never tested.
        Err(e) => panic!("the message files do not load: {e}"),
    })
}

/// Loads every language's messages once, for every request after; the
/// first problem found, if any (a syntax error, a message defined twice).
/// Called as the server starts, so a broken file stops it there rather
/// than on some page.
pub fn check() -> Result<(), String> {
    if BUNDLES.get().is_none() {
        // Another thread may have loaded them meanwhile: either copy serves.
        let _ = BUNDLES.set(build()?);
    }
    Ok(())
}

fn build() -> Result<Bundles, String> {
    let one = |locale: Locale, index: usize| -> Result<Bundle, String> {
        let sources = FILES.iter().map(|(name, s)| (*name, s[index].to_owned()));
        bundle(locale, sources)
    };
    Ok(Bundles {
        en: one(Locale::En, 0)?,
        de: one(Locale::De, 1)?,
        fr: one(Locale::Fr, 2)?,
        es: one(Locale::Es, 3)?,
        pseudo: bundle(Locale::Pseudo, FILES.iter().map(|(name, s)| (*name, pseudo::of(s[0]))))?,
    })
}

fn bundle(locale: Locale, sources: impl Iterator<Item = (&'static str, String)>) -> Result<Bundle, String> {
    // Plural rules: the pseudo-locale is English.
    let tag = if locale == Locale::Pseudo { "en" } else { locale.tag() };
    let lang: unic_langid::LanguageIdentifier = tag.parse().map_err(|e| format!("{tag}: {e}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around placeholders: all four languages
    // run left to right, and the marks would show in text copied from a page.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::En | Locale::Pseudo => number::<0, _>,
        Locale::De => number::<1, _>,
        Locale::Fr => number::<2, _>,
        Locale::Es => number::<3, _>,
    }));
    for (name, source) in sources {
        let resource = FluentResource::try_new(source).map_err(|(_, errors)| format!("locales/{}/{name}.ftl: {errors:?}", locale.tag()))?;
        bundle.add_resource(resource).map_err(|errors| format!("locales/{}/{name}.ftl: {errors:?}", locale.tag()))?;
    }
    Ok(bundle)
}

/// Numbers in messages (counts, values) written as the language writes
/// them; the plural rules still see the number. `L` picks the language
/// (the formatter is a plain function pointer, so it cannot capture it).
fn number<const L: u8, M>(value: &FluentValue, _: &M) -> Option<String> {
    let locale = [Locale::En, Locale::De, Locale::Fr, Locale::Es][L as usize];
    match value {
        FluentValue::Number(n) => Some(locale.number(n.value, n.options.maximum_fraction_digits.unwrap_or(2))),
        _ => None,
    }
}

tokio::task_local! {
    /// The request's language, for code that runs outside a Leptos owner
    /// (the JSON API, SCIM, the sign-in routes): set by `within`.
    static REQUEST: Locale;
}

/// Runs a request's handling with its language known to `locale()`.
pub async fn within<F: std::future::Future>(locale: Locale, f: F) -> F::Output {
    REQUEST.scope(locale, f).await
}

/// The language of the current request (English outside one). Pages and
/// server functions have it as context (which also reaches the tasks they
/// spawn); other handlers run `within` it.
pub fn locale() -> Locale {
    leptos::prelude::use_context::<Locale>().or_else(|| REQUEST.try_with(|l| *l).ok()).unwrap_or_default()
}

/// A `Msg` worded in `locale`.
pub fn said_in(locale: Locale, msg: &Msg) -> String {
    match msg {
        Msg::Said(text) => text.clone(),
        Msg::Key(id, args) if args.is_empty() => text_in(locale, id, None),
        Msg::Key(id, args) => {
            let mut fluent = Args::new();
            for (name, value) in args {
                match value {
                    Arg::Int(n) => fluent.set(*name, *n),
                    Arg::Hundredths(n) => fluent.set(*name, *n as f64 / 100.0),
                    Arg::Day(d) => fluent.set(*name, locale.day_month(*d)),
                    Arg::Weekday(n) => fluent.set(*name, locale.weekday(*n)),
                    Arg::Text(s) => fluent.set(*name, s.clone()),
                    Arg::Msg(m) => fluent.set(*name, said_in(locale, m)),
                }
            }
            text_in(locale, id, Some(&fluent))
        }
    }
}

/// On the server a `Msg` reads in the request's language.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Msg::Said(text) => f.write_str(text),
            key => f.write_str(&said_in(locale(), key)),
        }
    }
}

/// Message `id` in `locale`, with `args` put in. A missing message is a
/// bug the completeness tests catch; in production it shows its id rather
/// than failing the page.
pub fn text_in(locale: Locale, id: &str, args: Option<&Args>) -> String {
    let bundle = bundles().of(locale);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        tracing::error!(id, locale = locale.tag(), "message missing");
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::error!(id, locale = locale.tag(), ?errors, "message did not format");
    }
    text
}

/// Message `id` in the request's language.
pub fn text(id: &str, args: Option<&Args>) -> String {
    text_in(locale(), id, args)
}

/// Cuts a message formatted with `SLOT` for one of its placeholders into
/// the words before and after it.
pub fn around(message: &str) -> (String, String) {
    match message.split_once(SLOT) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (message.to_owned(), String::new()),
    }
}

/// A message in the request's language: `t!("nav-home")`, or with
/// placeholders `t!("home-member-count", count = n)`; numbers are written the language's
/// way and choose its plural forms.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::text($id, Some(&args))
    }};
}

/// A message in a given language (an e-mail in its recipient's):
/// `t_in!(locale, "home-welcome", name = value)`.
#[macro_export]
macro_rules! t_in {
    ($locale:expr, $id:literal) => {
        $crate::i18n::text_in($locale, $id, None)
    };
    ($locale:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::text_in($locale, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
