//! The languages Mistvine speaks, which one a request gets, and how each
//! writes numbers and dates. The words themselves are Fluent messages
//! (`locales/`, read by `crate::i18n` on the server); what is here is pure,
//! so both sides and the tests share it.

use super::ValidationError;
use crate::msg;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The languages chosen for a person: their own, and their organisation's
/// default (`None`: not chosen; the next rule of `Locale::choose` applies).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageChoices {
    pub mine: Option<Locale>,
    pub org_default: Option<Locale>,
}

/// A language of the interface. `Pseudo` is English made longer and
/// accented (`en-XA`): no one chooses it, tests ask for it through the
/// browser's language to catch words left untranslated and layouts that
/// break under longer text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    De,
    Fr,
    Es,
    Pseudo,
}

/// Where the digits' separators and the percent sign go.
struct Numbers {
    group: &'static str,
    decimal: char,
    /// Spanish groups only numbers of five digits or more (CLDR's minimum grouping).
    min_group_digits: usize,
    percent: &'static str,
}

impl Locale {
    /// The languages a person or an organisation may choose, in the order offered.
    pub const OFFERED: [Locale; 4] = [Locale::En, Locale::De, Locale::Fr, Locale::Es];

    /// The BCP 47 tag: `lang` attributes, cookies and the database hold it.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Pseudo => "Ƥšéûðô",
        }
    }

    /// A stored or chosen tag: exactly one the app writes (any case). Regional
    /// variants of a browser's language are `from_accept_language`'s business.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::Pseudo].into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// A choice from a language form: one of `OFFERED` by its tag, or empty
    /// for "not chosen".
    pub fn parse_choice(field: &str, raw: &str) -> Result<Option<Locale>, ValidationError> {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        Self::from_tag(raw)
            .filter(|l| Self::OFFERED.contains(l))
            .map(Some)
            .ok_or_else(|| ValidationError::new(field, msg!("invalid-language")))
    }

    /// The language a browser's `Accept-Language` header prefers among ours:
    /// the highest weight wins, ties go to the earlier entry, `de-AT` counts
    /// as `de`, and a weight of 0 means "not this one". `None` when it names
    /// none of ours (the caller then falls back to English).
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(u16, Locale)> = None;
        for entry in header.split(',') {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q)).map(|q| (q * 1000.0) as u16));
            let Some(weight) = weight.filter(|w| *w > 0) else { continue };
            let Some(locale) = Self::of_language(tag) else { continue };
            if best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, locale));
            }
        }
        best.map(|(_, l)| l)
    }

    /// The language a request gets: the person's own choice, else their
    /// organisation's default, else the one picked on a signed-out page's
    /// switch, else the browser's, else English.
    pub fn choose(account: Option<Locale>, org: Option<Locale>, switch: Option<Locale>, browser: Option<Locale>) -> Locale {
        account.or(org).or(switch).or(browser).unwrap_or_default()
    }

    /// `de-CH` → German; `en-XA` is the pseudo-locale, not English.
    fn of_language(tag: &str) -> Option<Locale> {
        if let Some(exact) = Self::from_tag(tag) {
            return Some(exact);
        }
        let primary = tag.split(['-', '_']).next()?;
        Self::OFFERED.into_iter().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    fn numbers(self) -> Numbers {
        match self {
            // Mistvine's English has always spaced its percentages ("40 %"), like the other three.
            Locale::En | Locale::Pseudo => Numbers { group: ",", decimal: '.', min_group_digits: 4, percent: " %" },
            // No-break spaces, so "12 %" never breaks between number and sign.
            Locale::De => Numbers { group: ".", decimal: ',', min_group_digits: 4, percent: "\u{a0}%" },
            Locale::Fr => Numbers { group: "\u{202f}", decimal: ',', min_group_digits: 4, percent: "\u{202f}%" },
            Locale::Es => Numbers { group: ".", decimal: ',', min_group_digits: 5, percent: "\u{a0}%" },
        }
    }

    /// `value` with at most `decimals` digits after the separator (trailing
    /// zeros dropped) and the thousands grouped: `1,234.5`, `1.234,5`.
    pub fn number(self, value: f64, decimals: usize) -> String {
        self.write_number(value, decimals, true)
    }

    /// `value` with exactly `decimals` digits after the separator, for
    /// numbers read side by side (averages: `3.0`, `3,4`).
    pub fn fixed(self, value: f64, decimals: usize) -> String {
        self.write_number(value, decimals, false)
    }

    fn write_number(self, value: f64, decimals: usize, trim: bool) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        let fixed = format!("{:.*}", decimals, value.abs());
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let frac = if trim { frac.trim_end_matches('0') } else { frac };
        let n = self.numbers();
        let mut out = String::with_capacity(fixed.len() + 4);
        // "-0" is not a number anyone writes.
        if value < 0.0 && (int != "0" || !frac.is_empty()) {
            out.push('-');
        }
        if int.len() >= n.min_group_digits {
            for (i, digit) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    out.push_str(n.group);
                }
                out.push(digit);
            }
        } else {
            out.push_str(int);
        }
        if !frac.is_empty() {
            out.push(n.decimal);
            out.push_str(frac);
        }
        out
    }

    /// A whole percentage: `12%`, `12 %`.
    pub fn percent(self, value: f64) -> String {
        format!("{}{}", self.number(value.round(), 0), self.numbers().percent)
    }

    /// A day in words, the month in full: `3 December 2026`, `3. Dezember 2026`.
    pub fn date(self, day: NaiveDate) -> String {
        let (d, m, y) = (day.day(), MONTHS[self.index()][day.month0() as usize], day.year());
        match self {
            Locale::En | Locale::Pseudo => format!("{d} {m} {y}"),
            Locale::De => format!("{d}. {m} {y}"),
            Locale::Fr => format!("{d} {m} {y}"),
            Locale::Es => format!("{d} de {m} de {y}"),
        }
    }

    /// A day for tables and lists, the month short: `3 Dec 2026`, `3. Dez. 2026`.
    pub fn short_date(self, day: NaiveDate) -> String {
        let (d, m, y) = (day.day(), SHORT_MONTHS[self.index()][day.month0() as usize], day.year());
        match self {
            Locale::De => format!("{d}. {m} {y}"),
            _ => format!("{d} {m} {y}"),
        }
    }

    /// A short day without its year, for chart axes: `3 Dec`, `3. Dez.`.
    pub fn day_month(self, day: NaiveDate) -> String {
        let (d, m) = (day.day(), SHORT_MONTHS[self.index()][day.month0() as usize]);
        match self {
            Locale::De => format!("{d}. {m}"),
            _ => format!("{d} {m}"),
        }
    }

    /// A day of the week by its ISO number (1 Monday … 7 Sunday), as a
    /// list shows it: `Monday`, `Montag`, `lundi`.
    pub fn weekday(self, n: u8) -> &'static str {
        WEEKDAYS[self.index()][usize::from(n.clamp(1, 7) - 1)]
    }

    fn index(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::De => 1,
            Locale::Fr => 2,
            Locale::Es => 3,
            Locale::Pseudo => 4,
        }
    }
}

const MONTHS: [[&str; 12]; 5] = [
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    // The pseudo-locale's: English, accented and longer like its messages.
    [
        "Ĵååñûûååŕý",
        "Ƒééƀŕûûååŕý",
        "Ṁååŕçĥ",
        "ÅÅþŕîîļ",
        "Ṁååý",
        "Ĵûûñéé",
        "Ĵûûļý",
        "ÅÅûûĝûûšţ",
        "Šééþţééɱƀééŕ",
        "ÖÖçţööƀééŕ",
        "Ñööṽééɱƀééŕ",
        "Ðééçééɱƀééŕ",
    ],
];

const WEEKDAYS: [[&str; 7]; 5] = [
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ["Ṁööñðååý", "Ţûûéšðååý", "Ŵééðñéšðååý", "Ţĥûûŕšðååý", "Ƒŕîîðååý", "Šååţûûŕðååý", "Šûûñðååý"],
];

const SHORT_MONTHS: [[&str; 12]; 5] = [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    ["Ĵååñ", "Ƒééƀ", "Ṁååŕ", "ÅÅþŕ", "Ṁååý", "Ĵûûñ", "Ĵûûļ", "ÅÅûûĝ", "Šééþ", "ÖÖçţ", "Ñööṽ", "Ðééç"],
];

#[cfg(test)]
mod tests {
    use super::Locale::{self, *};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    #[test]
    fn browsers_get_their_best_language_among_ours() {
        assert_eq!(Locale::from_accept_language("de-DE,de;q=0.9,en;q=0.8"), Some(De));
        assert_eq!(Locale::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"), Some(Fr));
        assert_eq!(Locale::from_accept_language("nl, es;q=0.4, de;q=0.3"), Some(Es));
        assert_eq!(Locale::from_accept_language("en;q=0.2, es;q=0.9"), Some(Es));
        assert_eq!(Locale::from_accept_language("es, de"), Some(Es), "ties go to the earlier");
        assert_eq!(Locale::from_accept_language("de;q=0, fr;q=0.1"), Some(Fr), "q=0 refuses");
        assert_eq!(Locale::from_accept_language("en-XA"), Some(Pseudo));
        assert_eq!(Locale::from_accept_language("nl, pt-BR"), None);
        assert_eq!(Locale::from_accept_language(""), None);
        assert_eq!(Locale::from_accept_language("de;q=banana"), None);
    }

    #[test]
    fn a_choice_beats_the_organisation_which_beats_the_browser() {
        assert_eq!(Locale::choose(Some(Fr), Some(De), Some(Es), Some(En)), Fr);
        assert_eq!(Locale::choose(None, Some(De), Some(Es), Some(Fr)), De);
        assert_eq!(Locale::choose(None, None, Some(Es), Some(Fr)), Es);
        assert_eq!(Locale::choose(None, None, None, Some(Fr)), Fr);
        assert_eq!(Locale::choose(None, None, None, None), En);
    }

    #[test]
    fn forms_choose_an_offered_language_or_none() {
        assert_eq!(Locale::parse_choice("locale", "de"), Ok(Some(De)));
        assert_eq!(Locale::parse_choice("locale", ""), Ok(None));
        assert_eq!(Locale::parse_choice("locale", "en-XA").unwrap_err().field, "locale");
        assert!(Locale::parse_choice("locale", "nl").is_err());
    }

    #[test]
    fn stored_tags_read_back() {
        for l in [En, De, Fr, Es, Pseudo] {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Locale::from_tag("DE"), Some(De));
        assert_eq!(Locale::from_tag("de-AT"), None);
        assert_eq!(Locale::from_tag("klingon"), None);
    }

    #[test]
    fn numbers_as_each_language_writes_them() {
        assert_eq!(En.number(1234.5, 1), "1,234.5");
        assert_eq!(De.number(1234.5, 1), "1.234,5");
        assert_eq!(Fr.number(1234.5, 1), "1\u{202f}234,5");
        assert_eq!(Es.number(1234.5, 1), "1234,5");
        assert_eq!(Es.number(12345.0, 1), "12.345");
        assert_eq!(De.number(-1_234_567.25, 2), "-1.234.567,25");
        assert_eq!(En.number(7.0, 2), "7");
        assert_eq!(En.number(-0.001, 1), "0");
        assert_eq!((En.fixed(3.0, 1), De.fixed(3.44, 1), Fr.fixed(1234.0, 1)), ("3.0".into(), "3,4".into(), "1\u{202f}234,0".into()));
        assert_eq!(De.percent(12.4), "12\u{a0}%");
        assert_eq!(En.percent(99.5), "100 %");
        assert_eq!(Fr.percent(5.0), "5\u{202f}%");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(De.date(day), "2. Dezember 2026");
        assert_eq!(En.date(day), "2 December 2026");
        assert_eq!(Fr.date(day), "2 décembre 2026");
        assert_eq!(Es.date(day), "2 de diciembre de 2026");
        assert_eq!(En.short_date(day), "2 Dec 2026");
        assert_eq!(De.short_date(day), "2. Dez. 2026");
        assert_eq!(Fr.day_month(day), "2 déc.");
        assert!(!Pseudo.date(day).chars().any(|c| c.is_ascii_alphabetic()), "{}", Pseudo.date(day));
        // 2 December 2026 is a Wednesday: ISO day 3.
        use chrono::Datelike;
        assert_eq!(day.weekday().number_from_monday(), 3);
        assert_eq!([En, De, Fr, Es].map(|l| l.weekday(3)), ["Wednesday", "Mittwoch", "mercredi", "miércoles"]);
        assert!((1..=7).all(|n| !Pseudo.weekday(n).chars().any(|c| c.is_ascii_alphabetic())));
    }

    proptest! {
        /// Whatever the language, the digits are the number's: take the
        /// separators out and the plain number comes back.
        #[test]
        fn separators_never_change_the_digits(v in -1e9f64..1e9, decimals in 0usize..3) {
            let plain = En.number(v, decimals).replace(',', "");
            for l in [De, Fr, Es] {
                let s = l.number(v, decimals).replace(['.', '\u{202f}'], "").replace(',', ".");
                prop_assert_eq!(&s, &plain);
            }
        }

        #[test]
        fn any_header_reads_without_panicking(h in ".{0,80}") {
            let _ = Locale::from_accept_language(&h);
        }
    }
}
