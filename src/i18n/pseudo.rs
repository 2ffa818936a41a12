//! The pseudo-locale (`en-XA`): the English messages with every letter
//! swapped for an accented look-alike and every vowel doubled, about 40 %
//! longer. Under it, any plain ASCII word a page shows is either the
//! reader's own data or a string nobody translated, and layouts meet text
//! as long as German's.

/// The pseudo-locale's version of an English `.ftl` file: only the text of
/// messages changes; ids, variant keys, placeables (`{ $name }`, message
/// references, selectors) and comments stay as they are, so it parses into
/// the same messages with the same placeholders.
pub fn of(source: &str) -> String {
    let mut out = String::with_capacity(source.len() * 2);
    for line in source.lines() {
        out.push_str(&line_of(line));
        out.push('\n');
    }
    out
}

fn line_of(line: &str) -> String {
    let trimmed = line.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return line.to_owned();
    }
    let indented = trimmed.len() != line.len();
    // Where the message's text starts on this line.
    let start = if trimmed.starts_with('}') {
        // The end of a select, and the text after it: `} in your organisation.`
        line.len() - trimmed.len() + 1
    } else if !indented || trimmed.starts_with('.') {
        // `id = text`, `-term = text`, `.attribute = text`
        match line.find('=') {
            Some(i) => i + 1,
            None => return line.to_owned(),
        }
    } else if trimmed.starts_with('[') || trimmed.starts_with("*[") {
        // `[one] text` inside a select expression
        match line.find(']') {
            Some(i) => i + 1,
            None => return line.to_owned(),
        }
    } else {
        0
    };
    let (head, text) = line.split_at(start);
    let mut out = String::with_capacity(line.len() * 2);
    out.push_str(head);
    // Inside braces is syntax (placeholders, references, a selector that
    // opens a select on this line): copied as it is.
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                out.push(accented(c));
                if "aeiouAEIOU".contains(c) {
                    out.push(accented(c));
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

fn accented(c: char) -> char {
    const LOWER: [char; 26] =
        ['å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž'];
    const UPPER: [char; 26] =
        ['Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž'];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_words_change() {
        let source = "# A comment\nhello = Hello, { $name }!\ncount = { $n ->\n    [one] One team\n   *[other] { $n } teams\n} here\n";
        let pseudo = super::of(source);
        assert_eq!(
            pseudo,
            "# A comment\nhello = Ĥééļļöö, { $name }!\ncount = { $n ->\n    [one] ÖÖñéé ţééååɱ\n   *[other] { $n } ţééååɱš\n} ĥééŕéé\n"
        );
    }

    #[test]
    fn is_about_forty_percent_longer() {
        let english = "Plan and start a wave: set its few objectives, and teams align to them.";
        let pseudo = super::line_of(&format!("x = {english}"));
        let grown = pseudo.chars().count() as f64 / (english.chars().count() + 4) as f64;
        assert!((1.25..1.6).contains(&grown), "{grown}: {pseudo}");
        assert!(!pseudo[4..].chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
    }
}
