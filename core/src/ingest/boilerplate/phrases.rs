//! The words of page furniture, as they appear on news sites: read from the language's
//! `furniture.txt` through [`crate::lexicon`]. Everything here is compared with a line
//! lower-cased, curly apostrophes made straight, white space collapsed and trailing
//! decoration (`:`, `›`, `…`, `.`) removed.

use super::Kind;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The furniture phrases, parsed once.
pub(super) struct Furniture {
    /// Whole lines that are page furniture, by kind.
    pub whole_lines: Vec<(Kind, Vec<String>)>,
    /// Line beginnings that make a line page furniture whatever follows, by kind.
    pub prefixes: Vec<(Kind, Vec<String>)>,
    /// Words that make a short line furniture wherever they stand ("click here"), by kind.
    pub contains: Vec<(Kind, Vec<String>)>,
    /// The nouns of a count line ("0 Comments", "1.2K shares").
    pub counted: FxHashSet<&'static str>,
}

/// The furniture phrases of the lexicon's language.
pub(super) fn furniture() -> &'static Furniture {
    static FURNITURE: OnceLock<Furniture> = OnceLock::new();
    FURNITURE.get_or_init(|| parse(crate::lexicon::lexicon().furniture_file()))
}

fn parse(text: &'static str) -> Furniture {
    let mut f = Furniture {
        whole_lines: Vec::new(),
        prefixes: Vec::new(),
        contains: Vec::new(),
        counted: FxHashSet::default(),
    };
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some((head, rest)) = line.split_once(": ") else {
            continue;
        };
        if head == "counted" {
            f.counted.extend(rest.split_whitespace());
            continue;
        }
        let Some((list, kind)) = head.split_once(' ') else {
            continue;
        };
        let Some(kind) = kind_named(kind) else {
            continue;
        };
        // "photo by …": the phrase must be followed by more words.
        let phrases = rest
            .split(" | ")
            .map(|p| match p.strip_suffix(" …") {
                Some(stem) => format!("{stem} "),
                None => p.to_string(),
            })
            .collect();
        match list {
            "line" => f.whole_lines.push((kind, phrases)),
            "prefix" => f.prefixes.push((kind, phrases)),
            "contains" => f.contains.push((kind, phrases)),
            _ => {}
        }
    }
    f
}

/// The kind a furniture file names ("read_more").
fn kind_named(name: &str) -> Option<Kind> {
    Some(match name {
        "comments" => Kind::Comments,
        "navigation" => Kind::Navigation,
        "sharing" => Kind::Sharing,
        "advertisement" => Kind::Advertisement,
        "subscription" => Kind::Subscription,
        "cookie_notice" => Kind::CookieNotice,
        "editors_note" => Kind::EditorsNote,
        "read_more" => Kind::ReadMore,
        "related_heading" => Kind::RelatedHeading,
        "related" => Kind::Related,
        "caption" => Kind::Caption,
        "byline" => Kind::Byline,
        "timestamp" => Kind::Timestamp,
        "credits" => Kind::Credits,
        "copyright" => Kind::Copyright,
        _ => return None,
    })
}
