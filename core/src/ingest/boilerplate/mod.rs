//! Page furniture in plain text: the lines a copy-and-paste from a news site brings along
//! ("Post a Comment", "0 Comments", "Close Menu", "Share this article", "Editor's note: …",
//! photo captions, bylines, timestamps, cookie notices, lists of related headlines).
//!
//! Recognition is line by line and conservative: a line is furniture only when it matches a
//! known phrase or a tight pattern (a byline is "By" and names, nothing else; a caption ends
//! with an agency credit). A real report sentence should never be marked; when in doubt a
//! line is left as text, since the user can always see and compare it.
//!
//! Start with [`find`] for the byte ranges, or [`classify`] to also learn what each is.

// Word lists read better packed than one entry per line.
#[rustfmt::skip]
mod phrases;

use crate::lexicon::lexicon;
use phrases::furniture;
use std::collections::HashSet;
use std::ops::Range;

/// Longest line that can be furniture: the longest kinds (editor's notes, captions, cookie
/// notices) run to a few hundred characters; a longer line is report text, and skipping it
/// keeps a one-line 20 MB file fast.
const MAX_LINE_BYTES: usize = 2_000;

/// What a line of page furniture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// "Post a Comment", "0 Comments".
    Comments,
    /// "Close Menu", "Skip to content".
    Navigation,
    /// "Share this article", "Tweet", "Copy link".
    Sharing,
    /// "Advertisement", "Story continues below advertisement".
    Advertisement,
    /// "Subscribe", "Sign up for our newsletter".
    Subscription,
    /// "We use cookies…", "Accept all".
    CookieNotice,
    /// "Editor's note: …".
    EditorsNote,
    /// "Read more: …".
    ReadMore,
    /// A heading over a list of other articles ("More From Author", "Related").
    RelatedHeading,
    /// A headline in such a list.
    Related,
    /// A photo caption or credit ("(Photo: …)", "… REUTERS/Jane Doe", "FILE PHOTO: …").
    Caption,
    /// "By Jane Doe and John Roe, Reuters".
    Byline,
    /// "Updated 3:45 PM", "1 December 2025", "3 min read".
    Timestamp,
    /// "Reporting by …; Editing by …".
    Credits,
    /// "© 2025 Example Media".
    Copyright,
    /// The headline again, as pages repeat it above the article.
    RepeatedHeadline,
    /// A few words left on the report's last line after its last sentence, with nothing after
    /// them: a report cut off mid-line ("Abdul Ra") or a stray label. A heading needs text
    /// under it, and a sentence ends with its punctuation.
    Trailing,
}

/// A line of page furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Boilerplate {
    /// Byte range of the line in the text, without surrounding white space.
    pub span: Range<usize>,
    /// What it is.
    pub kind: Kind,
}

/// Byte ranges of the lines of `text` that are page furniture.
///
/// ```
/// use corroborate_core::ingest::boilerplate::find;
/// let text = "Leaders meet in Paris\n\nBy Jane Doe, Reuters\n\nThe leaders met on Monday.\n\n0 Comments\n";
/// let marked: Vec<&str> = find(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(marked, ["By Jane Doe, Reuters", "0 Comments"]);
/// ```
pub fn find(text: &str) -> Vec<Range<usize>> {
    classify(text).into_iter().map(|b| b.span).collect()
}

/// The lines of `text` that are page furniture, with their kind.
pub fn classify(text: &str) -> Vec<Boilerplate> {
    let mut found = Vec::new();
    let mut headlines_seen = HashSet::new();
    // After a "Related" heading, the headline-like lines that follow are the list.
    let mut in_related_list = false;
    // For a trailing fragment: whether a sentence came before, and the last unmarked line.
    let mut prose_seen = false;
    let mut last_unmarked: Option<Range<usize>> = None;
    let mut offset = 0;
    // Lines end at "\n", "\r\n" or a lone "\r" (old Mac files), as the segmenter reads them.
    for raw in text.split_inclusive(['\n', '\r']) {
        let start = offset + (raw.len() - raw.trim_start().len());
        offset += raw.len();
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if line.len() > MAX_LINE_BYTES {
            in_related_list = false;
            continue;
        }
        let span = start..start + line.len();
        let normal = normalize(line);
        let kind = kind_of(line, &normal).or_else(|| {
            if in_related_list && is_headline_like(line) {
                Some(Kind::Related)
            } else if is_headline_like(line) && !headlines_seen.insert(normal.clone()) {
                Some(Kind::RepeatedHeadline)
            } else {
                None
            }
        });
        in_related_list = matches!(kind, Some(Kind::RelatedHeading | Kind::Related));
        if let Some(kind) = kind {
            found.push(Boilerplate { span, kind });
        } else {
            prose_seen |= ends_a_sentence(line);
            last_unmarked = Some(span);
        }
    }
    if let Some(span) = last_unmarked.filter(|s| prose_seen && is_trailing(&text[s.clone()])) {
        if found.last().is_none_or(|b| b.span.start < span.start) {
            found.push(Boilerplate {
                span,
                kind: Kind::Trailing,
            });
        }
    }
    found
}

/// The longest last line [`Kind::Trailing`] takes: a cut name or a two-word label. Three
/// words already make a phrase a closing table cell or note may hold ("Cost shared equally").
const TRAILING_WORDS: usize = 2;

/// True for a line that ends as a sentence, a quotation or a parenthesis ends.
fn ends_a_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '…', '"', '\u{201D}', '\u{2019}', '\'', ')'])
}

/// A last line of at most [`TRAILING_WORDS`] words that ends no sentence.
fn is_trailing(line: &str) -> bool {
    line.split_whitespace().count() <= TRAILING_WORDS
        && !ends_a_sentence(line)
        && line.chars().any(char::is_alphabetic)
}

/// What a single line is, judged on its own (no context such as a preceding "Related"
/// heading); `None` for report text.
pub fn line_kind(line: &str) -> Option<Kind> {
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    kind_of(line, &normalize(line))
}

/// [`line_kind`] of a trimmed line and its [`normalize`]d form. The cheap tests (a byte, a
/// word count) come before each pattern, since almost every line is report text.
fn kind_of(line: &str, normal: &str) -> Option<Kind> {
    if normal.is_empty() {
        return None;
    }
    let words = normal.split(' ').count();
    // The longest whole-line phrase has eight words.
    if words <= 8 {
        if let Some((kind, _)) = furniture()
            .whole_lines
            .iter()
            .find(|(_, phrases)| phrases.iter().any(|p| p == normal))
        {
            return Some(*kind);
        }
    }
    if let Some(kind) = prefix_kind(normal, words) {
        return Some(kind);
    }
    if words <= 30 {
        let called = furniture()
            .contains
            .iter()
            .find(|(_, phrases)| phrases.iter().any(|p| normal.contains(p.as_str())));
        if let Some((kind, _)) = called {
            return Some(*kind);
        }
    }
    if words == 2 && is_count_line(normal) {
        return Some(Kind::Comments);
    }
    if is_copyright(normal, words) {
        return Some(Kind::Copyright);
    }
    if words <= 100
        && line.contains(['/', 'F'])
        && (line.contains("FILE PHOTO") || ends_with_photo_credit(line))
    {
        return Some(Kind::Caption);
    }
    if is_cookie_notice(normal, words) {
        return Some(Kind::CookieNotice);
    }
    if words <= 40 && is_contact_line(normal) {
        return Some(Kind::Credits);
    }
    if words <= 60 && ends_with_credit_note(normal) {
        return Some(Kind::Caption);
    }
    if words <= 10 && is_player_controls(normal) {
        return Some(Kind::Sharing);
    }
    if line.contains(['|', '›', '»', '·', '•']) {
        if let Some(kind) = strip_kind(line) {
            return Some(kind);
        }
    }
    if words <= 40 && byline_start(normal).is_some() && is_byline(line) {
        return Some(Kind::Byline);
    }
    if words <= 16 && normal.bytes().any(|b| b.is_ascii_digit()) && is_timestamp_line(normal) {
        return Some(Kind::Timestamp);
    }
    None
}

/// Lower-cased, apostrophes and quotes straightened, white space collapsed, list bullets and
/// trailing decoration removed: the form phrases are compared in.
fn normalize(line: &str) -> String {
    let mut normal = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !normal.is_empty();
            continue;
        }
        if pending_space {
            normal.push(' ');
            pending_space = false;
        }
        normal.extend(c.to_lowercase());
    }
    let decoration = |c: char| {
        matches!(
            c,
            '•' | '·' | '›' | '»' | '→' | '|' | '…' | '>' | '*' | '–' | '—' | '-' | ' '
        )
    };
    let trimmed = normal
        .trim_start_matches(decoration)
        .trim_end_matches(|c: char| decoration(c) || matches!(c, ':' | '.' | '!'));
    if trimmed.len() == normal.len() {
        normal
    } else {
        trimmed.to_string()
    }
}

/// A kind given by how the line begins ("Editor's note: …", "Photo by …").
fn prefix_kind(normal: &str, words: usize) -> Option<Kind> {
    let (kind, _) = furniture()
        .prefixes
        .iter()
        .find(|(_, prefixes)| prefixes.iter().any(|p| normal.starts_with(p.as_str())))?;
    // A long line that merely begins like furniture ("Sign up for the draft began…") is
    // more likely prose; notes and captions can run long.
    let longest = match kind {
        Kind::EditorsNote => usize::MAX,
        Kind::Caption => 100,
        Kind::Credits => 40,
        Kind::ReadMore => 30,
        _ => 15,
    };
    (words <= longest).then_some(*kind)
}

/// "0 Comments", "Comments (12)", "3 replies", "1.2K shares".
fn is_count_line(normal: &str) -> bool {
    let counted = &furniture().counted;
    let tokens: Vec<&str> = normal
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|t| !t.is_empty())
        .collect();
    let is_count = |t: &str| {
        let digits = t.trim_end_matches(['k', 'm']);
        !digits.is_empty()
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    match tokens.as_slice() {
        [a, b] => (is_count(a) && counted.contains(b)) || (counted.contains(a) && is_count(b)),
        _ => false,
    }
}

/// "© 2025 Example Media", "Copyright 2025 …", "(c) 2025 …", "… All rights reserved".
fn is_copyright(normal: &str, words: usize) -> bool {
    let marked = normal.starts_with('©')
        || normal.starts_with("copyright ")
        || normal.starts_with("(c) ")
        || normal.contains("all rights reserved");
    if words > 40 || !marked {
        return false;
    }
    let has_year = normal
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    normal.starts_with('©')
        || normal.contains("all rights reserved")
        || ((normal.starts_with("copyright ") || normal.starts_with("(c) ")) && has_year)
}

/// A caption ending in an agency credit: "… in Paris. REUTERS/Jane Doe", "… / Getty Images",
/// "(AP Photo/Jane Doe)".
fn ends_with_photo_credit(line: &str) -> bool {
    let trimmed = line.trim_end_matches([')', ']', '.', ' ']);
    let Some((before, after)) = trimmed.rsplit_once('/') else {
        return false;
    };
    let after_normal = normalize(after);
    if lexicon().credit_agencies().contains(&after_normal) {
        return true;
    }
    // The agency just before the slash, the photographer's name after it.
    let agency_before = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '.')
        .next()
        .unwrap_or("");
    let two_words_before: String = before
        .split_whitespace()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    let agency_named = ["REUTERS", "AFP", "AP", "EPA", "EPA-EFE", "POOL", "Reuters"]
        .contains(&agency_before)
        || normalize(&two_words_before).trim_start_matches('(') == "ap photo";
    let photographer = after.split_whitespace().collect::<Vec<_>>();
    agency_named
        && (1..=5).contains(&photographer.len())
        && photographer.iter().all(|w| starts_upper(w) || w.len() <= 3)
}

/// "Write to Jane Roe at jane.roe@example.com", "Follow Jane Roe at @janeroe and @jroe": a
/// line that gives an e-mail address or two social handles is the writer's contact, not the
/// report.
fn is_contact_line(normal: &str) -> bool {
    let words: Vec<&str> = normal.split(' ').collect();
    let email = words.iter().any(|w| {
        w.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.trim_end_matches('.').contains('.')
        })
    });
    let handles = words
        .iter()
        .filter(|w| w.starts_with('@') && w.len() > 2)
        .count();
    email || handles >= 2
}

/// "Two leaders shake hands (Credit: Wire)", "… (Photo: Jane Roe)": a caption that ends in
/// its credit note.
fn ends_with_credit_note(normal: &str) -> bool {
    let Some(body) = normal.strip_suffix(')') else {
        return false;
    };
    let Some((_, note)) = body.rsplit_once('(') else {
        return false;
    };
    lexicon().credit_notes().entries().iter().any(|n| {
        note.trim_start()
            .strip_prefix(n)
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// A video player's controls as text: "0 seconds of 15 seconds", "Volume 0%".
fn is_player_controls(normal: &str) -> bool {
    let words: Vec<&str> = normal.split(' ').collect();
    let position = words
        .windows(4)
        .any(|w| w[0].parse::<u32>().is_ok() && w[2] == "of" && w[3].parse::<u32>().is_ok());
    let volume = words.iter().any(|w| w.ends_with('%')) && normal.contains("volume");
    position || volume
}

/// "We use cookies to improve your experience. By continuing you agree…" — addressed to the
/// reader, about the site's cookies. A quoted sentence about cookies is a report.
fn is_cookie_notice(normal: &str, words: usize) -> bool {
    if words > 80 || !normal.contains("cookie") || normal.contains('"') {
        return false;
    }
    let addresses_reader = normal.starts_with("we ")
        || [" we ", " our ", "you", "this site", "this website"]
            .iter()
            .any(|w| normal.contains(w));
    let asks_consent = [
        "use",
        "accept",
        "consent",
        "agree",
        "policy",
        "settings",
        "preferences",
    ]
    .iter()
    .any(|w| normal.contains(w));
    addresses_reader && asks_consent
}

/// A strip of short labels between separators: "Harbour Daily | Europe | 6 min read" (a
/// timestamp among them), "Home › World › Europe" (a breadcrumb trail).
fn strip_kind(line: &str) -> Option<Kind> {
    let segments: Vec<&str> = line
        .split(['|', '›', '»', '·', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if segments.len() < 2 || segments.iter().any(|s| s.split_whitespace().count() > 5) {
        return None;
    }
    if segments.iter().any(|s| is_timestamp_line(&normalize(s))) {
        return Some(Kind::Timestamp);
    }
    let all_labels = segments
        .iter()
        .all(|s| s.chars().next().is_some_and(|c| !c.is_lowercase()) && !s.ends_with('.'));
    (segments.len() >= 3 && all_labels).then_some(Kind::Navigation)
}

/// The length of the byline opening ("by ", "written by ") that `lowered` starts with.
fn byline_start(lowered: &str) -> Option<usize> {
    lexicon()
        .byline_starts()
        .entries()
        .iter()
        .find(|s| {
            lowered
                .strip_prefix(*s)
                .is_some_and(|rest| rest.starts_with(' '))
        })
        .map(|s| s.len() + 1)
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Updated 3:45 PM".
fn is_byline(line: &str) -> bool {
    let lowered = line.to_lowercase();
    let Some(start) = byline_start(&lowered) else {
        return false;
    };
    let Some(rest) = line.get(start..) else {
        return false;
    };
    let mut segments = rest.split(['|', '·', '•']);
    let names = segments.next().unwrap_or("");
    is_name_list(names)
        && segments.all(|s| s.trim().is_empty() || is_name_list(s) || is_timestamp(&normalize(s)))
}

/// Names separated by commas, "and" or "&": every word capitalised (or a particle such as
/// "de" or "van"), at most twelve words, and no sentence punctuation at the end.
fn is_name_list(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let first = words[0].to_lowercase();
    if lexicon().is_calendar_word(&first) {
        return false;
    }
    let last = words[words.len() - 1];
    let is_initial = |w: &str| w.len() <= 3 && w.ends_with('.');
    if text.ends_with(['.', '!', '?', ':']) && !is_initial(last) {
        return false;
    }
    words.iter().all(|w| {
        let bare = w
            .trim_start_matches(['(', '@', '"'])
            .trim_end_matches([')', '"']);
        lexicon().byline_particles().contains(&bare.to_lowercase())
            || starts_upper(bare)
            || w.starts_with('@')
    })
}

/// True when a word begins with an upper-case letter (any script).
fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "Updated 3:45 PM", "Published 1 December 2025 | Updated 2 December 2025",
/// "Monday 1 December 2025 17:45 GMT", "3 min read".
fn is_timestamp_line(normal: &str) -> bool {
    if normal.split_whitespace().count() > 16 {
        return false;
    }
    let starts_with_verb = lexicon().timestamp_starts().entries().iter().any(|s| {
        normal
            .strip_prefix(s)
            .is_some_and(|rest| rest.starts_with([' ', ':']))
    });
    is_timestamp(normal) && (starts_with_verb || has_date_or_time(normal))
}

/// Every word of `normal` is part of a date or time, and there is a number.
fn is_timestamp(normal: &str) -> bool {
    let tokens: Vec<&str> = normal
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '·' | '•'))
        .map(|t| t.trim_matches(|c: char| matches!(c, ':' | '.' | '-' | '–' | '—' | '/')))
        .filter(|t| !t.is_empty())
        .collect();
    !tokens.is_empty()
        && tokens.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()))
        && tokens.iter().enumerate().all(|(i, t)| {
            // A zone named by its place ("Paris time", "Kyiv time") is any one word before
            // "time", so no city needs a place in the time words.
            is_time_token(t) || tokens.get(i + 1) == Some(&"time")
        })
}

/// A number, clock time, ordinal, month, weekday, zone or another word of a timestamp.
fn is_time_token(token: &str) -> bool {
    let numeric = token
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'));
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|suffix| {
        token
            .strip_suffix(suffix)
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    });
    let clock = ["am", "pm", "a.m", "p.m"].iter().any(|suffix| {
        token.strip_suffix(suffix).is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        })
    });
    numeric
        || ordinal
        || clock
        || lexicon().is_calendar_word(token)
        || lexicon().clock_words().contains(token)
        || lexicon().timestamp_words().contains(token)
}

/// A month with a number, a clock time (3:45, or 17.45 beside a zone), a numeric date
/// (01.12.2025, 2025-12-01) or "N min read": what makes a line of numbers a timestamp
/// rather than a figure.
fn has_date_or_time(normal: &str) -> bool {
    let tokens: Vec<&str> = normal
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let has_month = tokens
        .iter()
        .any(|t| lexicon().month(t.trim_end_matches('.')).is_some());
    let has_number = tokens.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()));
    let has_zone = tokens
        .iter()
        .any(|t| lexicon().clock_words().contains(t.trim_end_matches('.')));
    let clock_or_date = tokens.iter().any(|t| {
        let parts: Vec<&str> = t.split([':', '.', '/', '-']).collect();
        let digits = |p: &str, lengths: Range<usize>| {
            lengths.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
        };
        match parts.as_slice() {
            [hours, minutes] => {
                digits(hours, 1..3) && digits(minutes, 2..3) && (t.contains(':') || has_zone)
            }
            [a, b, c] => {
                (digits(a, 1..3) && digits(b, 1..3) && digits(c, 2..5))
                    || (digits(a, 4..5) && digits(b, 1..3) && digits(c, 1..3))
            }
            _ => false,
        }
    });
    let reading_time = normal.ends_with(" read") || normal.starts_with("reading time");
    (has_month && has_number) || clock_or_date || reading_time
}

/// A short line with no sentence ending: a headline, section heading or link text.
fn is_headline_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=25).contains(&words)
        && !line.ends_with(['.', ',', ';', ':', '!', '"', '\u{201D}'])
        && line.chars().next().is_some_and(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests;
