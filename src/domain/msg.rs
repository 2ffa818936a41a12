//! A sentence for a person, decided where a rule is (the domain, a
//! service) and worded where it is read, in the reader's language.
//!
//! A rule says *which* message (`msg!("invalid-wave-end-before-start")`, with its
//! placeholders); the server words it when it is shown or sent (`i18n`),
//! and what crosses the wire is the worded text, which the browser keeps
//! as said (`Msg::Said`). The few messages the browser makes itself (it
//! could not reach the server, "Saved.") come worded in the page
//! (`ui::islands::words`). Keeping the domain free of words keeps it free
//! of the translations too: the browser's WebAssembly carries none.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A message of the message files, by id, with its placeholders.
    Key(&'static str, Vec<(&'static str, Arg)>),
    /// Words already said: worded by the server and read back, or written
    /// by a person or another system (an identity provider's refusal).
    Said(String),
}

/// A placeholder's value. Numbers stay numbers, so the language writes them
/// its way and picks its plural form; a `Msg` is worded in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Int(i64),
    /// A number with up to two decimals, in hundredths (`Hundredths(850)` is 8.5).
    Hundredths(i64),
    /// A day, written as the language writes a day and month ("3 Dec", "3. Dez.").
    Day(chrono::NaiveDate),
    /// A day of the week by its ISO number (1 Monday … 7 Sunday), named in the language.
    Weekday(u8),
    Text(String),
    Msg(Box<Msg>),
}

/// `msg!("invalid-role")`, or with placeholders `msg!("invalid-krs-many", max = 5, count = n)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::domain::msg::Msg::Key($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::domain::msg::Msg::Key($id, vec![$((stringify!($name), $crate::domain::msg::Arg::from($value))),+])
    };
}

impl Msg {
    /// The message's id, if it is one of the message files'.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Msg::Key(id, _) => Some(id),
            Msg::Said(_) => None,
        }
    }
}

macro_rules! int_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
int_args!(i32, i64, u8, u16, u32, u64, usize);

impl From<f64> for Arg {
    /// Rounded to two decimals, which is all a page shows.
    fn from(v: f64) -> Self {
        Arg::Hundredths((v * 100.0).round().clamp(i64::MIN as f64, i64::MAX as f64) as i64)
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Self {
        Arg::Day(d)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

/// Compares the words as the reader gets them (tests: `assert_eq!(e.message, "…")`).
impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.to_string().as_str() == *other
    }
}

impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Msg {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Msg::Said)
    }
}

// `Display` is the reader's words: `crate::i18n` on the server,
// `crate::ui::islands::words` in the browser.
