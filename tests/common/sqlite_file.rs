//! Reads a SQLite database file (or its write-ahead log) byte by byte, the
//! way someone holding a copy of the data folder would: every cell of every
//! leaf page, with the page it sits on and its offset inside that page.
//! Follows the documented file format (https://www.sqlite.org/fileformat.html).

/// One value of a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(Vec<u8>),
    Blob(Vec<u8>),
}

/// A cell of a leaf page: where it sits and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Page number (1-based), or for a WAL the frame index.
    pub page: usize,
    /// Byte offset of the cell inside its page.
    pub offset: usize,
    /// Position in the page's cell pointer array (key order).
    pub index: usize,
    pub rowid: Option<i64>,
    pub values: Vec<Value>,
}

/// The shape of a page: its type and its cells' offsets, in pointer order.
pub type Layout = Vec<(usize, u8, Vec<usize>)>;

fn varint(b: &[u8], at: usize) -> Option<(u64, usize)> {
    let mut v: u64 = 0;
    for i in 0..9 {
        let byte = *b.get(at + i)?;
        if i == 8 {
            return Some(((v << 8) | u64::from(byte), 9));
        }
        v = (v << 7) | u64::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

fn record(payload: &[u8]) -> Option<Vec<Value>> {
    let (header_len, mut at) = varint(payload, 0)?;
    let header_len = usize::try_from(header_len).ok()?;
    let mut types = Vec::new();
    while at < header_len {
        let (t, n) = varint(payload, at)?;
        types.push(t);
        at += n;
    }
    let mut body = header_len;
    let mut out = Vec::new();
    for t in types {
        let int = |len: usize, body: usize| -> Option<i64> {
            let bytes = payload.get(body..body + len)?;
            let mut v: i64 = if bytes[0] & 0x80 != 0 { -1 } else { 0 };
            for b in bytes {
                v = (v << 8) | i64::from(*b);
            }
            Some(v)
        };
        let (value, len) = match t {
            0 => (Value::Null, 0),
            1 => (Value::Int(int(1, body)?), 1),
            2 => (Value::Int(int(2, body)?), 2),
            3 => (Value::Int(int(3, body)?), 3),
            4 => (Value::Int(int(4, body)?), 4),
            5 => (Value::Int(int(6, body)?), 6),
            6 => (Value::Int(int(8, body)?), 8),
            7 => (Value::Real(f64::from_bits(u64::from_be_bytes(payload.get(body..body + 8)?.try_into().ok()?))), 8),
            8 => (Value::Int(0), 0),
            9 => (Value::Int(1), 0),
            n if n >= 12 && n % 2 == 0 => {
                let len = usize::try_from((n - 12) / 2).ok()?;
                (Value::Blob(payload.get(body..body + len)?.to_vec()), len)
            }
            n if n >= 13 => {
                let len = usize::try_from((n - 13) / 2).ok()?;
                (Value::Text(payload.get(body..body + len)?.to_vec()), len)
            }
            _ => return None,
        };
        out.push(value);
        body += len;
    }
    (body == payload.len()).then_some(out)
}

fn page_size(header: &[u8]) -> usize {
    match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n => usize::from(n),
    }
}

/// Cells of one page image (`first` = this is page 1, after the file header).
fn page_cells(page: &[u8], number: usize, first: bool, usable: usize) -> (Option<(u8, Vec<usize>)>, Vec<Cell>) {
    let hdr = if first { 100 } else { 0 };
    let Some(&kind) = page.get(hdr) else { return (None, Vec::new()) };
    let head_len = match kind {
        10 | 13 => 8,
        2 | 5 => 12,
        _ => return (None, Vec::new()),
    };
    let Some(count) = page.get(hdr + 3..hdr + 5).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))) else { return (None, Vec::new()) };
    let mut offsets = Vec::new();
    for i in 0..count {
        let Some(p) = page.get(hdr + head_len + 2 * i..hdr + head_len + 2 * i + 2) else { return (None, Vec::new()) };
        offsets.push(usize::from(u16::from_be_bytes([p[0], p[1]])));
    }
    let mut cells = Vec::new();
    if kind == 10 || kind == 13 {
        for (index, &offset) in offsets.iter().enumerate() {
            let Some((len, n)) = varint(page, offset) else { continue };
            let mut at = offset + n;
            let mut rowid = None;
            if kind == 13 {
                let Some((r, n)) = varint(page, at) else { continue };
                rowid = Some(r as i64);
                at += n;
            }
            let len = len as usize;
            // Records in overflow pages are not followed: every record this
            // test looks for is a few dozen bytes.
            if len > usable || at + len > page.len() {
                continue;
            }
            if let Some(values) = record(&page[at..at + len]) {
                cells.push(Cell { page: number, offset, index, rowid, values });
            }
        }
    }
    (Some((kind, offsets)), cells)
}

/// Every leaf cell of a database file, page by page.
pub fn cells(file: &[u8]) -> Vec<Cell> {
    walk(file).1
}

/// The page types and cell offsets of a database file.
pub fn layout(file: &[u8]) -> Layout {
    walk(file).0
}

fn walk(file: &[u8]) -> (Layout, Vec<Cell>) {
    if file.len() < 100 {
        return (Vec::new(), Vec::new());
    }
    let size = page_size(file);
    let usable = size - usize::from(file[20]);
    let mut layout = Vec::new();
    let mut all = Vec::new();
    for (i, page) in file.chunks(size).enumerate() {
        let (shape, cells) = page_cells(page, i + 1, i == 0, usable);
        if let Some((kind, offsets)) = shape {
            layout.push((i + 1, kind, offsets));
        }
        all.extend(cells);
    }
    (layout, all)
}

/// Every leaf cell of every frame of a write-ahead log, frame by frame
/// (whether or not the frame is still valid: old frames are readable too).
pub fn wal_cells(wal: &[u8]) -> Vec<Cell> {
    if wal.len() < 32 {
        return Vec::new();
    }
    let size = u32::from_be_bytes([wal[8], wal[9], wal[10], wal[11]]) as usize;
    if size == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 32;
    let mut frame = 0;
    while at + 24 + size <= wal.len() {
        let page_no = u32::from_be_bytes([wal[at], wal[at + 1], wal[at + 2], wal[at + 3]]) as usize;
        let (_, cells) = page_cells(&wal[at + 24..at + 24 + size], frame, page_no == 1, size);
        out.extend(cells);
        at += 24 + size;
        frame += 1;
    }
    out
}

/// Kendall's tau between two orderings of the same items (1 = same order,
/// -1 = reversed, about 0 = unrelated).
pub fn kendall_tau<T: PartialEq>(a: &[T], b: &[T]) -> f64 {
    let pos: Vec<usize> = a.iter().filter_map(|x| b.iter().position(|y| y == x)).collect();
    let n = pos.len();
    if n < 2 {
        return 0.0;
    }
    let mut score = 0i64;
    for i in 0..n {
        for j in i + 1..n {
            score += if pos[i] < pos[j] { 1 } else { -1 };
        }
    }
    score as f64 / (n * (n - 1) / 2) as f64
}

#[test]
fn decodes_varints_and_records() {
    assert_eq!(varint(&[0x81, 0x00], 0), Some((128, 2)));
    assert_eq!(varint(&[0x05], 0), Some((5, 1)));
    // Header of 3 bytes (8-bit integer, text of length 1), then 7 and "x".
    assert_eq!(record(&[3, 1, 15, 7, b'x']), Some(vec![Value::Int(7), Value::Text(b"x".to_vec())]));
    // Serial types 8 and 9 are 0 and 1 stored in no bytes at all.
    assert_eq!(record(&[3, 8, 9]), Some(vec![Value::Int(0), Value::Int(1)]));
    assert_eq!(kendall_tau(&[1, 2, 3], &[1, 2, 3]), 1.0);
    assert_eq!(kendall_tau(&[1, 2, 3], &[3, 2, 1]), -1.0);
}
