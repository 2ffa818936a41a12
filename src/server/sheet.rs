//! A spreadsheet file's cells: CSV (any separator a spreadsheet writes,
//! UTF-8 with or without its byte-order mark, UTF-16, or the Windows
//! encoding Excel uses for "CSV" on Western European systems) and XLSX
//! (the first sheet, values as last saved). The rules for the cells are
//! `domain::import`'s.

use crate::domain::import::{Cell, Column, Decimals, Words, MAX_ROWS};
use crate::domain::locale::Locale;
use crate::domain::msg::Msg;
use crate::{msg, t_in};
use std::io::Cursor;

/// Writes rows as a CSV file separated by `separator`, with UTF-8's
/// byte-order mark first when `bom` (so that Excel reads it as UTF-8): the
/// template people download and the sheets templates are made of.
pub fn write_csv<R, C>(rows: impl IntoIterator<Item = R>, separator: u8, bom: bool) -> Result<Vec<u8>, crate::error::AppError>
where
    R: IntoIterator<Item = C>,
    C: AsRef<[u8]>,
{
    let start = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
    let mut out = csv::WriterBuilder::new().delimiter(separator).from_writer(start);
    for row in rows {
        out.write_record(row).map_err(|_| crate::error::AppError::Internal)?;
    }
    out.into_inner().map_err(|_| crate::error::AppError::Internal)
}

/// The headers and kinds of key result as any of the four languages
/// writes them: a German template's file reads wherever it is imported.
pub fn words() -> Words {
    let mut words = Words::english();
    for locale in [Locale::En, Locale::De, Locale::Fr, Locale::Es] {
        for column in Column::ALL {
            words.header(column, &crate::i18n::said_in(locale, &column.label()));
        }
        words.kind("numeric", &t_in!(locale, "import-kind-numeric"));
        words.kind("percentage", &t_in!(locale, "import-kind-percentage"));
        words.kind("milestone", &t_in!(locale, "import-kind-milestone"));
    }
    words
}

/// How the file was read, for the preview to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    /// Not UTF-8: read as Windows-1252, which Excel writes for "CSV" in
    /// Western Europe. The preview says so, for the person to check
    /// accented letters.
    Windows1252,
    /// An XLSX workbook keeps its own text.
    Workbook,
}

impl Encoding {
    /// What the preview says about it: only a guess is worth checking.
    pub fn note(&self) -> Option<Msg> {
        matches!(self, Encoding::Windows1252).then(|| msg!("import-read-as-windows-1252"))
    }

    /// Its name in the JSON API's answers.
    pub fn name(&self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Workbook => "xlsx",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub rows: Vec<Vec<Cell>>,
    pub decimals: Decimals,
    pub encoding: Encoding,
    /// The separator a CSV file used (`None` for a workbook).
    pub separator: Option<char>,
}

/// Reads `bytes` as XLSX when they are a ZIP archive (which an XLSX file
/// is), else as CSV. `Err` says why the file cannot be read at all.
pub fn read(bytes: &[u8]) -> Result<Read, Msg> {
    if bytes.is_empty() {
        return Err(msg!("import-file-empty"));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return workbook(bytes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        // The binary .xls of Excel 97–2003.
        return Err(msg!("import-file-xls"));
    }
    csv_file(bytes)
}

fn csv_file(bytes: &[u8]) -> Result<Read, Msg> {
    let (text, encoding) = decode(bytes);
    let separator = separator(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(separator as u8).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| msg!("import-file-csv", line = e.position().map_or(0, |p| p.line() as i64)))?;
        rows.push(record.iter().map(Cell::from_text).collect());
        // One over the limit is enough for the rules to say the file is too long.
        if rows.len() > MAX_ROWS + 1 {
            break;
        }
    }
    let decimals = if separator == ';' { Decimals::Comma } else { Decimals::Point };
    Ok(Read { rows, decimals, encoding, separator: Some(separator) })
}

/// The text of a CSV file, and how it was encoded.
fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let e = if encoding == encoding_rs::UTF_8 { Encoding::Utf8 } else { Encoding::Utf16 };
        return (text.into_owned(), e);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(), Encoding::Windows1252),
    }
}

/// The separator of the header line: the one of `,` `;` and tab it holds
/// most of outside quotes (a comma when it holds none).
fn separator(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == c) {
                    slot.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(',', |(s, _)| *s)
}

fn workbook(bytes: &[u8]) -> Result<Read, Msg> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|_| msg!("import-file-broken"))?;
    let Some(name) = book.sheet_names().first().cloned() else { return Err(msg!("import-file-no-sheet")) };
    let values = book.worksheet_range(&name).map_err(|_| msg!("import-file-broken"))?;
    // A formula whose value the file does not hold (a sheet written by a
    // program that never calculated it) reads as empty: its formula says why.
    let formulas = book.worksheet_formula(&name).ok();
    let (top, left) = values.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (r, row) in values.rows().enumerate() {
        let cells = row
            .iter()
            .enumerate()
            .map(|(c, v)| match v {
                Data::Empty => {
                    let at = (top + r as u32, left + c as u32);
                    match formulas.as_ref().and_then(|f| f.get_value(at)).filter(|f| !f.is_empty()) {
                        Some(f) => Cell::Formula(format!("={f}")),
                        None => Cell::Empty,
                    }
                }
                Data::String(s) => {
                    let t = s.trim();
                    if t.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(t.to_owned())
                    }
                }
                Data::Float(f) => Cell::Number(*f),
                Data::Int(i) => Cell::Number(*i as f64),
                Data::Bool(b) => Cell::Text(b.to_string()),
                Data::Error(e) => Cell::Formula(e.to_string()),
                // A date cell: its day number, which the import reads as a date where it wants one.
                Data::DateTime(d) => Cell::Number(d.as_f64()),
                other => Cell::Text(other.to_string()),
            })
            .collect();
        rows.push(cells);
        if rows.len() > MAX_ROWS + 1 {
            break;
        }
    }
    Ok(Read { rows, decimals: Decimals::Point, encoding: Encoding::Workbook, separator: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_decimals_as_the_spreadsheet_wrote_them() {
        let semicolons = read("Objective;Key result;Start\nA;\"B; with a semicolon\";1,5\n".as_bytes()).unwrap();
        assert_eq!(semicolons.separator, Some(';'));
        assert_eq!(semicolons.decimals, Decimals::Comma);
        assert_eq!(semicolons.rows[1][1], Cell::Text("B; with a semicolon".into()));
        let tabs = read(b"Objective\tKey result\nA\tB\n").unwrap();
        assert_eq!(tabs.separator, Some('\t'));
        assert_eq!(tabs.rows[1], vec![Cell::Text("A".into()), Cell::Text("B".into())]);
    }

    #[test]
    fn encodings() {
        let bom = read("\u{feff}Objective,Key result\nÄrger,Café\n".as_bytes()).unwrap();
        assert_eq!((bom.encoding.clone(), bom.rows[0][0].clone()), (Encoding::Utf8, Cell::Text("Objective".into())));
        assert_eq!(bom.rows[1][1], Cell::Text("Café".into()));
        let latin = read(b"Objective,Key result\n\xC4rger,Caf\xE9\n").unwrap();
        assert_eq!(latin.encoding, Encoding::Windows1252);
        assert_eq!(latin.rows[1], vec![Cell::Text("Ärger".into()), Cell::Text("Café".into())]);
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Objective,Key result\nÄ,B\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let wide = read(&utf16).unwrap();
        assert_eq!(wide.encoding, Encoding::Utf16);
        assert_eq!(wide.rows[1][0], Cell::Text("Ä".into()));
    }

    #[test]
    fn a_workbooks_first_sheet_with_its_values() {
        use rust_xlsxwriter::{Formula, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "Objective").unwrap();
        sheet.write_string(0, 1, "Start").unwrap();
        sheet.write_string(0, 2, "Target").unwrap();
        sheet.write_string(1, 0, "=Not a formula, a title").unwrap();
        sheet.write_number(1, 1, 12.5).unwrap();
        // A formula is read as the value it was saved with, as Excel saves it.
        sheet.write_formula(1, 2, Formula::new("=B2*2").set_result("25")).unwrap();
        book.add_worksheet().write_string(0, 0, "A second sheet is not read").unwrap();
        let read = read(&book.save_to_buffer().unwrap()).unwrap();
        assert_eq!(read.encoding, Encoding::Workbook);
        assert_eq!(read.rows[1][0], Cell::Text("=Not a formula, a title".into()));
        assert_eq!(read.rows[1][1], Cell::Number(12.5));
        assert_eq!(read.rows[1][2], Cell::Number(25.0));
        assert_eq!(read.rows.len(), 2);
    }

    #[test]
    fn files_that_cannot_be_read() {
        assert!(read(b"").is_err());
        assert!(read(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").is_err());
        assert!(read(b"PK\x03\x04not really a workbook").is_err());
    }
}
