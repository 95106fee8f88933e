//! The word lists behind name recognition: openers that are not names, name particles,
//! title cues, roles, and the last words that mark organisations and places.

/// Capitalised words that do not start a name (sentence openers, pronouns, page furniture).
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and",
    "or", "as", "by", "with", "from", "to", "of", "it", "he", "she", "they", "we", "i", "you",
    "our", "his", "her", "their", "its", "my", "your", "both", "many", "some", "any", "each",
    "every", "no", "not", "after", "before", "while", "during", "despite", "meanwhile", "however",
    "also", "still", "yet", "when", "where", "what", "who", "why", "how", "if", "under", "over",
    "there", "here", "then", "thus", "so", "although", "though", "because", "since", "until",
    "unless", "whether", "once", "now", "later", "earlier", "instead", "further", "moreover",
    "such", "several", "few", "most", "more", "much", "other", "another", "last", "next", "first",
    "second", "third", "among", "against", "between", "within", "without", "across", "along",
    "around", "about", "above", "below", "beyond", "toward", "towards", "through", "throughout",
    "upon", "via", "per", "please", "yes", "editor", "photo", "share", "advertisement", "read",
    "watch", "listen", "subscribe", "click", "sign", "follow", "comments", "comment", "related",
    "updated", "published", "reporting", "editing", "writing", "according", "speaking", "asked",
    "mr", "mrs", "ms", "dr",
];

/// Lower-case words allowed inside a name run: name particles and the "of" of
/// "Secretary of State" or "Sea of Azov".
pub(super) const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "da", "di", "dos",
    "del",
];
pub(super) const JOINERS: &[&str] = &["of", "for", "and", "the"];

/// Title cues, as keys, longest first within each family.
#[rustfmt::skip]
pub(super) const TITLES: &[&str] = &[
    "first deputy prime minister", "deputy prime minister", "prime minister", "vice president",
    "president", "secretary of state", "secretary of defense", "secretary general",
    "national security adviser", "national security advisor", "foreign minister",
    "defence minister", "defense minister", "foreign secretary", "defense secretary",
    "defence secretary", "home secretary", "minister", "secretary", "chancellor", "special envoy",
    "envoy", "ambassador", "senator", "sen", "governor", "gov", "general", "gen", "admiral", "adm",
    "colonel", "col", "lieutenant", "lt", "captain", "capt", "commander", "crown prince", "king",
    "queen", "prince", "princess", "pope", "first lady", "spokesperson", "spokesman",
    "spokeswoman", "mr", "mrs", "ms", "dr", "prof", "professor", "mayor", "chief of staff",
    "commissioner", "judge", "sheikh", "emir", "premier", "rep", "representative", "speaker",
    "chairman", "chairwoman", "ceo", "adviser", "advisor", "lord", "sir", "dame", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "inspector", "detective", "sergeant",
    "superintendent", "engineer", "architect",
];

/// Lower-case role words that make the next capitalised word a person: "spokesperson Dmitry
/// Peskov", "envoy Witkoff", "counterpart Emmanuel Macron".
#[rustfmt::skip]
pub(super) const ROLES: &[&str] = &[
    "spokesperson", "spokesman", "spokeswoman", "envoy", "counterpart", "minister", "adviser",
    "advisor", "aide", "president", "chancellor", "secretary", "leader", "commander", "negotiator",
    "ambassador", "official", "chief", "head", "director", "deputy", "lawmaker", "senator",
    "sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "analyst",
    "correspondent", "reporter", "journalist", "founder", "colleague", "predecessor", "successor",
    "rival", "opponent", "candidate", "mayor", "governor", "general", "premier", "engineer",
    "architect", "councillor", "councilor", "inspector", "detective", "officer", "nurse",
    "teacher", "lawyer", "economist", "historian", "scientist", "researcher", "activist",
    "artist", "writer", "author", "photographer", "coach", "manager", "planner", "surveyor",
    "designer", "contractor", "resident", "volunteer", "farmer", "doctor", "professor",
];

/// Roles that name an occupation and nothing else, so that written with a capital at the
/// head of a name ("Engineer Noémie Dufrêne" opening a sentence) they are still the role.
/// Words like "head" or "chief" are left out: "Head Office" is a name.
#[rustfmt::skip]
pub(super) const OCCUPATIONS: &[&str] = &[
    "engineer", "architect", "councillor", "councilor", "inspector", "detective", "officer",
    "nurse", "teacher", "lawyer", "economist", "historian", "scientist", "researcher", "activist",
    "artist", "writer", "author", "photographer", "coach", "manager", "planner", "surveyor",
    "designer", "contractor", "resident", "volunteer", "farmer", "doctor", "professor",
    "spokesperson", "spokesman", "spokeswoman", "envoy", "adviser", "advisor", "aide", "analyst",
    "correspondent", "reporter", "journalist", "negotiator", "lawmaker", "mayor", "governor",
];

/// Last words that make a run an organisation.
#[rustfmt::skip]
pub(super) const ORG_WORDS: &[&str] = &[
    "ministry", "council", "consortium", "company", "aviation", "agency", "commission",
    "committee", "office", "forces", "force", "party", "bank", "group", "corporation", "corp",
    "inc", "ltd", "llc", "plc", "university", "institute", "coalition", "alliance", "organization",
    "organisation", "union", "army", "navy", "parliament", "assembly", "court", "department",
    "foundation", "fund", "times", "post", "news", "service", "services", "authority", "board",
    "bureau", "airlines", "airways", "industries", "systems", "association", "federation",
    "network", "television", "radio", "guard", "police", "church", "club", "league", "forum",
    "cabinet", "government", "administration", "directorate", "command", "brigade", "battalion",
    "regiment", "corps", "media", "press", "holdings", "conference", "wire", "fleet", "secretariat",
    "embassy", "mission", "programme", "program", "initiative",
];

/// Last words that make a run a place.
#[rustfmt::skip]
pub(crate) const PLACE_WORDS: &[&str] = &[
    "palace", "house", "square", "street", "avenue", "airport", "bridge", "sea", "ocean", "river",
    "island", "islands", "mountains", "gulf", "strait", "bay", "lake", "region", "oblast",
    "province", "cathedral", "hall", "station", "base", "port", "harbour", "harbor", "valley",
    "district", "county", "park", "peninsula", "plant", "terminal", "museum", "vale", "heights",
    "cove", "glen", "dale", "springs", "falls", "fjord", "creek", "quay", "wharf", "marsh",
];

/// Prepositions after which an unknown name is a place ("in Dagestan", "from Oslo").
pub(super) const LOCATIVE: &[&str] = &[
    "in", "at", "from", "to", "near", "outside", "inside", "into", "across", "via", "towards",
    "toward", "through", "around",
];

use crate::facts::phrases::word_set;
word_set!(not_names, NOT_NAMES);
word_set!(org_words, ORG_WORDS);
word_set!(place_words, PLACE_WORDS);
word_set!(roles, ROLES);
word_set!(occupations, OCCUPATIONS);
