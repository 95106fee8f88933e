//! The word lists behind name recognition, read from the [lexicon](crate::lexicon): openers
//! that are not names, name particles, title cues, roles, and the head words that mark
//! organisations and places. Short names here keep the name rules readable.

use crate::lexicon::{lexicon, List};

/// Capitalised words that do not start a name (sentence openers, pronouns, page furniture).
pub(crate) fn not_names() -> &'static List {
    lexicon().not_names()
}

/// Head words that make a run an organisation.
pub(crate) fn org_words() -> &'static List {
    lexicon().org_heads()
}

/// Head words that make a run a place.
pub(crate) fn place_words() -> &'static List {
    lexicon().place_heads()
}

/// Lower-case role words that make the next capitalised word a person.
pub(super) fn roles() -> &'static List {
    lexicon().roles()
}

/// Roles that name an occupation and nothing else.
pub(super) fn occupations() -> &'static List {
    lexicon().occupations()
}

/// Name particles: "de", "von", "der", "al", "bin".
pub(super) fn particles() -> &'static List {
    lexicon().particles()
}

/// Lower-case words allowed inside a name: "of", "for", "and", "the".
pub(super) fn joiners() -> &'static List {
    lexicon().joiners()
}

/// Prepositions after which an unknown name is a place.
pub(super) fn locatives() -> &'static List {
    lexicon().locatives()
}

/// Title cues, longest first within each family.
pub(super) fn title_list() -> &'static [&'static str] {
    lexicon().titles().entries()
}
