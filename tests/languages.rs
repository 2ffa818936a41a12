//! Which language pages come in (a person's choice, their organisation's
//! default, the signed-out switch, the browser's), and, under the
//! pseudo-locale, that the translated pages show no English left behind.

use crate::common::{Client, TestApp};

/// A page as a browser whose language is `accept` asks for it.
pub async fn page(c: &Client, path: &str, accept: &str) -> String {
    let res = c.http.get(format!("{}{path}", c.base)).header("accept-language", accept).send().await.expect("request");
    res.text().await.unwrap()
}

fn lang_of(html: &str) -> &str {
    let start = html.find("<html lang=\"").expect("an html element with a lang") + 12;
    &html[start..start + html[start..].find('"').unwrap()]
}

#[tokio::test]
async fn visitors_read_their_browser_s_language_until_they_pick_one() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let german = page(&c, "/login", "de-DE,de;q=0.9,en;q=0.5").await;
    let result = page(&c, "/scorecard/result?sc1=1&sc2=1&sc3=1&sc4=1&sc5=1&da1=5&da2=5&da3=5&da4=5&da5=5&cf1=5&cf2=5&cf3=5&cf4=5&cf5=5&ev1=5&ev2=5&ev3=5&ev4=5&ev5=5", "de").await;
    assert!(result.contains("Arbeitet zuerst an: Strategische Klarheit"), "{result}");
    assert!(result.contains("Insgesamt 75 von 100."), "{result}");
    assert_eq!(lang_of(&german), "de");
    assert!(german.contains("Passwort vergessen?"), "{german}");
    let french = page(&c, "/login", "fr-CH, fr;q=0.9").await;
    assert_eq!(lang_of(&french), "fr");
    assert!(french.contains("Mot de passe oublié ?"));
    // A language Mistvine does not speak: English.
    let dutch = page(&c, "/login", "nl").await;
    assert_eq!(lang_of(&dutch), "en");
    assert!(dutch.contains("Forgot your password?"));
    // The switch offers every language, in its own name.
    for name in ["English", "Deutsch", "Français", "Español"] {
        assert!(dutch.contains(name), "the switch offers {name}");
    }

    let r = c.call("switch_language", &[("locale", "es")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let spanish = page(&c, "/login", "de").await;
    assert_eq!(lang_of(&spanish), "es", "the switch beats the browser");
    assert!(spanish.contains("¿Olvidaste tu contraseña?"));
    assert!(spanish.contains(r#"<option value="es" lang="es" selected"#), "the switch shows what is chosen");

    // Back to the browser's.
    assert_eq!(c.call("switch_language", &[("locale", "")]).await.status, 200);
    assert_eq!(lang_of(&page(&c, "/login", "de").await), "de");
}

#[tokio::test]
async fn a_person_s_choice_beats_the_organisation_s_which_beats_the_browser() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@lang.example", "Lang GmbH").await;
    let member = app.member_of(&owner, "member@lang.example").await;
    assert_eq!(lang_of(&page(&member, "/", "fr").await), "fr", "nothing chosen: the browser's");

    let r = owner.call("set_org_language", &[("locale", "de")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let home = page(&member, "/", "fr").await;
    assert_eq!(lang_of(&home), "de", "the organisation's default beats the browser");
    assert!(home.contains("Deine Teams"), "{home}");
    // The audit log is worded as it is read: the owner now reads German too.
    let log = owner.call("audit_log", &[]).await.body;
    assert!(log.contains("hat die Sprache der Organisation auf Deutsch gesetzt"), "{log}");
    assert!(log.contains("hat einen Einladungslink für eine Person erstellt"), "an entry written in English reads in German: {log}");

    assert_eq!(member.call("set_language", &[("locale", "es")]).await.status, 200);
    let home = page(&member, "/", "fr").await;
    assert_eq!(lang_of(&home), "es", "one's own choice beats the organisation's");
    assert!(home.contains("Tus equipos"));
    let choices = member.call("language", &[]).await.json();
    assert_eq!(choices["mine"], "Es");
    assert_eq!(choices["org_default"], "De");
    // The account page offers the organisation's language by name.
    let account = page(&member, "/account", "fr").await;
    assert!(account.contains("El idioma de tu organización (Deutsch)"), "{account}");
    assert!(account.contains(r#"<option value="es" lang="es" selected"#));

    // Clearing one's choice goes back to the organisation's; clearing that, to the browser's.
    assert_eq!(member.call("set_language", &[("locale", "")]).await.status, 200);
    assert_eq!(lang_of(&page(&member, "/", "fr").await), "de");
    assert_eq!(owner.call("set_org_language", &[("locale", "")]).await.status, 200);
    assert_eq!(lang_of(&page(&member, "/", "fr").await), "fr");
    // The signed-out switch does not override a signed-in person's organisation.
    assert_eq!(owner.call("set_org_language", &[("locale", "de")]).await.status, 200);
    assert_eq!(member.call("switch_language", &[("locale", "es")]).await.status, 200);
    assert_eq!(lang_of(&page(&member, "/", "fr").await), "de");
}

#[tokio::test]
async fn a_language_not_offered_is_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@refuse.example", "Refuse Ltd").await;
    let r = owner.call("set_language", &[("locale", "fr")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    for (endpoint, bad) in [("set_language", "nl"), ("set_org_language", "en-XA"), ("switch_language", "klingon")] {
        let r = owner.call(endpoint, &[("locale", bad)]).await;
        assert_eq!(r.status, 422, "{endpoint} {bad}: {}", r.body);
        // In the language the person chose a moment ago.
        assert!(r.error_text().contains("Choisissez l'une des langues proposées"), "{}", r.body);
    }
    let choices = owner.call("language", &[]).await.json();
    assert_eq!(choices["mine"], "Fr", "the earlier choice stays");
    assert!(choices["org_default"].is_null());
}

#[tokio::test]
async fn refusals_come_in_the_reader_s_language() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@fehler.example", "Fehler GmbH").await;
    assert_eq!(owner.call("set_language", &[("locale", "de")]).await.status, 200);
    // A domain rule, its field's name worded too.
    let r = owner.call("create_team", &[("name", "  ")]).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error_text(), "Der Teamname darf nicht leer sein.");
    // A service's refusal, a number in it written the German way.
    let r = owner.call("create_wave", &[("name", "W"), ("starts_on", "2026-01-05"), ("ends_on", "2026-01-17")]).await;
    assert_eq!(r.status, 422);
    assert!(r.error_text().contains("diese würde 13 Tage dauern (1,9 Wochen)"), "{}", r.body);
    let r = owner.call("rename_team", &[("team_id", "999999"), ("name", "X")]).await;
    assert_eq!(r.status, 404);
    assert_eq!(r.error_text(), "Dieses Team wurde nicht gefunden.");
    // What the browser says by itself, and the refusals it reads by their type, come in the page.
    let home = page(&owner, "/", "en").await;
    for words in ["Der Server ist nicht erreichbar", "Gespeichert.", "Du hast diese Woche schon über dieses Ziel abgestimmt."] {
        assert!(home.contains(words), "the page's words lack {words}");
    }
    // The JSON API answers in the language its client asks for (a client without the session's cookie).
    let token = owner.api_token("password-1", "read", "30").await;
    let tool = app.client();
    let api = |accept: &'static str| {
        tool.http.get(format!("{}/api/v1/objectives/999999", tool.base)).bearer_auth(&token).header("accept-language", accept).send()
    };
    let french: serde_json::Value = api("fr").await.unwrap().json().await.unwrap();
    assert_eq!(french["message"], "Cet objectif : introuvable.");
    assert_eq!(french["error"], "not_found", "the code stays the same in every language");
    let english: serde_json::Value = api("en").await.unwrap().json().await.unwrap();
    assert_eq!(english["message"], "That objective was not found.");
}

/// Words a reader sees on a page: its text and the attributes read aloud or
/// shown (labels, titles, placeholders), without scripts and styles.
fn visible_words(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        rest = &rest[open..];
        // Addresses and tokens are shown as code, in no language.
        let skipped = [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"), ("<code", "</code>")];
        if let Some((_, end)) = skipped.iter().find(|(start, _)| rest.starts_with(start)) {
            rest = &rest[rest.find(end).expect("closed") + end.len()..];
            continue;
        }
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[..close];
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            for (at, _) in tag.match_indices(attribute) {
                let value = &tag[at + attribute.len()..];
                text.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                text.push(' ');
            }
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    let text = text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">");
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Under the pseudo-locale every translated letter is an accented one, so a
/// word of plain ASCII letters on a page is the reader's own data, a name
/// that stays as it is, or a string nobody translated.
pub fn untranslated(html: &str, data: &[&str]) -> Vec<String> {
    const KEPT: &[&str] = &["Mistvine", "English", "Deutsch", "Français", "Español", "UTC"];
    let mut left: Vec<String> = visible_words(html)
        .into_iter()
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|w| !KEPT.contains(&w.as_str()) && !data.iter().any(|d| d.split(|c: char| !c.is_alphanumeric()).any(|p| p == w)))
        .collect();
    left.dedup();
    left
}

#[tokio::test]
async fn translated_pages_leave_no_english_under_the_pseudo_locale() {
    let app = TestApp::spawn().await;
    let visitor = app.client();
    for path in ["/", "/login", "/signup", "/forgot", "/signed-out", "/check-inbox", "/confirm", "/no-such-page"] {
        let html = page(&visitor, path, "en-XA").await;
        assert_eq!(lang_of(&html), "en-XA");
        let left = untranslated(&html, &[]);
        assert!(left.is_empty(), "{path} shows untranslated words: {left:?}");
    }
    // The scorecard's result: every dimension even, then two tied for lowest.
    let ids = ["sc", "da", "cf", "ev"].iter().flat_map(|d| (1..=5).map(move |i| format!("{d}{i}")));
    let even: Vec<String> = ids.clone().map(|id| format!("{id}=3")).collect();
    let tied: Vec<String> = ids.map(|id| format!("{id}={}", if id.starts_with("sc") || id.starts_with("cf") { 2 } else { 4 })).collect();
    for path in ["/scorecard".to_owned(), format!("/scorecard/result?{}", even.join("&")), format!("/scorecard/result?{}", tied.join("&"))]
    {
        let html = page(&visitor, &path, "en-XA").await;
        let left = untranslated(&html, &[]);
        assert!(left.is_empty(), "{path} shows untranslated words: {left:?}");
    }
    let owner = app.owner("pseudo@words.example", "Acme Pseudo").await;
    owner.api_token("password-1", "read", "30").await;
    let data = ["pseudo@words.example", "Acme Pseudo", "Owner Person", "Sync"];
    for path in ["/", "/account", "/scorecard/result?sc1=1&sc2=1&sc3=1&sc4=1&sc5=1&da1=5&da2=5&da3=5&da4=5&da5=5&cf1=3&cf2=3&cf3=3&cf4=3&cf5=3&ev1=4&ev2=4&ev3=4&ev4=4&ev5=4"] {
        let html = page(&owner, path, "en-XA").await;
        let left = untranslated(&html, &data);
        assert!(left.is_empty(), "{path} signed in shows untranslated words: {left:?}");
    }
}

#[tokio::test]
async fn the_weekly_pages_leave_no_english_under_the_pseudo_locale() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("dash@words.example", "Acme Pseudo").await;
    let member = app.member_of(&owner, "m@words.example").await;
    app.settle_in();
    let team = owner.own_team("Platform").await;
    let (wave, parent) = owner.active_wave(-8, 19).await;
    let own = owner.team_objective(&team, &parent).await;
    let r = owner.call("create_boost", &[("objective_id", &own), ("to_team_id", ""), ("need", "Reviews")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let boost = format!("/boosts/{}", r.json());
    assert_eq!(owner.call("cast_vote", &[("objective_id", &parent), ("score", "4")]).await.status, 200);
    let r = owner.call("save_ppp", &[("team_id", &team), ("progress", "Shipped"), ("plans", ""), ("problems", "Blocked")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let data = [
        "dash@words.example",
        "m@words.example",
        "Acme Pseudo",
        "Owner Person",
        "Member Person",
        "Platform",
        "Grow",
        "Because",
        "Shipped",
        "Blocked",
        "Reviews",
    ];
    let (objective, team_page, wave_page) = (format!("/objectives/{parent}"), format!("/teams/{team}"), format!("/waves/{wave}"));
    let pages = [
        (&owner, "/"),
        (&owner, "/vote"),
        (&member, "/vote"),
        (&owner, "/confidence"),
        (&owner, "/confidence?show=all"),
        (&owner, "/ppp"),
        (&owner, objective.as_str()),
        (&owner, team_page.as_str()),
        (&member, team_page.as_str()),
        (&owner, "/waves"),
        (&owner, "/teams"),
        (&owner, "/boosts"),
        (&owner, boost.as_str()),
        (&owner, wave_page.as_str()),
        (&owner, "/present?slide=1&every=0"),
        (&owner, "/present?slide=2&every=0"),
        (&owner, "/present?slide=3&every=0"),
        (&owner, "/present?slide=4&every=0"),
        (&member, "/members/history"),
        (&owner, "/drafts"),
        (&owner, "/admin"),
    ];
    for (who, path) in pages {
        let html = page(who, path, "en-XA").await;
        let left = untranslated(&html, &data);
        assert!(left.is_empty(), "{path} shows untranslated words: {left:?}");
    }
    // The vote page in German: the scale, a vote's state, and the weeks of the wave.
    let german = page(&owner, "/vote", "de").await;
    for words in ["Zuversicht dieser Woche", "Abgestimmt ✓ — deine Stimme: 4 Zuversichtlich", "Woche 2 von 4"] {
        assert!(german.contains(words), "the German vote page lacks {words}");
    }
}

#[test]
fn the_word_finder_sees_text_and_labels_but_not_scripts() {
    let html = r#"<p title="Hello there">Ţéšţ <b>word</b></p><script>var hidden = 1;</script><!-- note --><input placeholder="Typed">"#;
    assert_eq!(visible_words(html), ["Hello", "there", "Ţéšţ", "word", "Typed"]);
    assert_eq!(untranslated(html, &["there"]), ["Hello", "word", "Typed"]);
}

#[tokio::test]
async fn the_survey_leaves_no_english_under_the_pseudo_locale() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("survey@words.example", "Acme Pseudo").await;
    let m1 = app.member_of(&owner, "m1@words.example").await;
    let m2 = app.member_of(&owner, "m2@words.example").await;
    app.settle_in();
    owner.own_team("Platform").await;
    owner.active_wave(-3, 24).await;
    let data = ["survey@words.example", "Acme Pseudo", "Owner Person", "Member Person", "Platform"];
    let check = |html: String, when: &str| {
        let left = untranslated(&html, &data);
        assert!(left.is_empty(), "/survey {when} shows untranslated words: {left:?}");
    };
    check(page(&owner, "/survey", "en-XA").await, "before it opens");
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    check(page(&owner, "/survey", "en-XA").await, "while open");
    let form = crate::survey::answers("4");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    for c in [&owner, &m1, &m2] {
        assert_eq!(c.call("answer_survey", &pairs).await.status, 200);
    }
    check(page(&m1, "/survey", "en-XA").await, "once answered");
    assert_eq!(owner.call("close_survey", &[]).await.status, 200);
    check(page(&owner, "/survey", "en-XA").await, "with results");
}
