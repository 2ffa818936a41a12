//! A spreadsheet's cells as an import reads them: text, a number the file
//! stored as one, or a formula whose value is not in the file; and the
//! numbers and dates people write in them, in the ways spreadsheets and
//! countries write them. Nothing here knows the import's layout.

use chrono::{Datelike, NaiveDate};

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number the spreadsheet stored as one (XLSX).
    Number(f64),
    /// A formula's error value (`#REF!`), or a formula a CSV file kept as
    /// text instead of its value.
    Formula(String),
}

impl Cell {
    /// A CSV cell as text: a formula is kept apart, so it is reported
    /// rather than imported as its own source.
    pub fn from_text(raw: &str) -> Self {
        let t = raw.trim();
        if t.is_empty() {
            Cell::Empty
        } else if t.starts_with('=') && t.len() > 1 && !t[1..].trim_start().starts_with('=') {
            Cell::Formula(t.to_owned())
        } else {
            Cell::Text(t.to_owned())
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    pub(super) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) | Cell::Formula(t) => t.clone(),
            Cell::Number(n) => plain(*n),
        }
    }
}

/// A number written plainly, with a point ("1234.5"), as the forms read it.
pub(super) fn plain(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// How numbers are written in the file: a semicolon-separated file is what
/// a spreadsheet writes where a comma marks decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimals {
    Point,
    Comma,
}

/// A number as a person typed it: "1,234.5", "1.234,5" (with [`Decimals::Comma`]),
/// "40 %", "40%", "-3". Thousands separators are dropped; `None` when it is
/// not a number.
pub fn read_number(raw: &str, decimals: Decimals) -> Option<f64> {
    let t: String = raw.trim().trim_end_matches('%').chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    if t.is_empty() {
        return None;
    }
    let (thousands, point) = match decimals {
        Decimals::Point => (',', '.'),
        Decimals::Comma => ('.', ','),
    };
    // Both marks present: the later one is the decimal mark whatever the file says.
    let (thousands, point) = match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(p)) if c > p => ('.', ','),
        (Some(_), Some(_)) => (',', '.'),
        _ => (thousands, point),
    };
    let cleaned: String = t.chars().filter(|c| *c != thousands).map(|c| if c == point { '.' } else { c }).collect();
    let v: f64 = cleaned.parse().ok()?;
    v.is_finite().then_some(v)
}

/// A date as spreadsheets hold it: an XLSX date (a day number, as Excel
/// counts from 1899-12-30), or text as 2026-03-14, 14.03.2026, or 14/03/2026
/// and 3/14/2026 where the day shows which is which. A time after it is
/// ignored. `None` when it is not one, or 03/04/2026 (March or April?).
pub fn read_date(cell: &Cell) -> Option<NaiveDate> {
    match cell {
        Cell::Number(n) if (1.0..2_958_466.0).contains(n) => {
            NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(n.floor() as u64))
        }
        Cell::Text(t) => {
            let day = t.trim().split(['T', ' ']).next().unwrap_or_default();
            for format in ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y"] {
                // A four-digit year only: "14/10/26" is no year 14.
                if let Some(d) = NaiveDate::parse_from_str(day, format).ok().filter(|d| (1000..10_000).contains(&d.year())) {
                    return Some(d);
                }
            }
            let parts: Vec<u32> = day.split('/').map(|p| p.parse().ok()).collect::<Option<_>>()?;
            let [a, b, year] = parts[..] else { return None };
            let (d, m) = match (a, b) {
                (a, b) if a > 12 || a == b => (a, b),
                (a, b) if b > 12 => (b, a),
                _ => return None,
            };
            (year >= 1000).then(|| NaiveDate::from_ymd_opt(year as i32, m, d)).flatten()
        }
        _ => None,
    }
}
