//! The words of page furniture, as they appear on news sites. Everything here is compared
//! with a line lower-cased, curly apostrophes made straight, white space collapsed and
//! trailing decoration (`:`, `›`, `…`, `.`) removed.

use super::Kind;

/// Whole lines that are page furniture, by kind.
pub(super) const WHOLE_LINES: &[(Kind, &[&str])] = &[
    (
        Kind::Comments,
        &[
            "post a comment", "leave a comment", "leave a reply", "add a comment", "comments",
            "comment", "view comments", "show comments", "hide comments", "join the conversation",
            "write a comment", "reply", "load more comments", "comments are closed",
        ],
    ),
    (
        Kind::Navigation,
        &[
            "close menu", "open menu", "menu", "toggle menu", "main menu", "toggle navigation",
            "navigation", "skip to content", "skip to main content", "back to top", "home",
            "search", "close", "next article", "previous article", "next post", "previous post",
            "sign in", "log in", "login", "register", "my account", "contact us", "about us",
            "privacy policy", "terms of use", "terms of service", "terms and conditions",
            "all rights reserved", "go to homepage", "more", "load more", "show more",
        ],
    ),
    (
        Kind::Sharing,
        &[
            "share", "share this", "share this article", "share this story", "share this post",
            "share article", "share story", "share on facebook", "share on twitter", "share on x",
            "share on linkedin", "share on whatsapp", "share via email", "share via", "tweet",
            "email", "e-mail", "print", "copy link", "link copied", "copy url", "facebook",
            "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "flipboard",
            "messenger", "save", "save article", "bookmark", "gift this article", "gift article",
            "listen to this article", "listen to article", "listen to this story", "listen",
            "follow", "follow us", "play video", "watch video", "video", "image", "photo",
            "gallery", "view gallery", "enlarge", "expand", "hide caption", "toggle caption",
            "audio",
        ],
    ),
    (
        Kind::Advertisement,
        &[
            "advertisement", "ad", "ads", "sponsored", "sponsored content", "paid content",
            "promoted", "promoted content", "story continues below advertisement",
            "article continues below advertisement", "continue reading below",
            "scroll to continue", "scroll to continue with content", "continue reading",
            "advertisement - scroll to continue", "skip advert", "skip ad",
        ],
    ),
    (
        Kind::Subscription,
        &[
            "subscribe", "subscribe now", "sign up", "sign up now", "newsletter", "newsletters",
            "subscribe to our newsletter", "sign up for our newsletter", "get the newsletter",
            "already a subscriber? log in", "already a subscriber? sign in", "become a member",
            "support our journalism", "donate",
        ],
    ),
    (
        Kind::CookieNotice,
        &[
            "accept", "accept all", "accept all cookies", "accept cookies", "reject all", "reject",
            "decline", "manage preferences", "manage cookies", "cookie settings",
            "cookie preferences", "cookie policy", "i accept", "i agree", "agree", "got it",
            "allow all", "allow cookies", "customize", "customise", "privacy settings",
            "do not sell my personal information", "do not sell or share my personal information",
        ],
    ),
    (
        Kind::RelatedHeading,
        &[
            "more from author", "more from the author", "more from this author", "related",
            "related articles", "related stories", "related posts", "related news",
            "related content", "related coverage", "related topics", "read more", "read next",
            "more stories", "more news", "you may also like", "you might also like",
            "you may be interested in", "recommended", "recommended for you",
            "recommended stories", "most read", "most popular", "most viewed", "trending",
            "trending now", "latest news", "latest stories", "top stories", "more on this story",
            "also read", "see also", "up next", "don't miss", "popular", "editor's picks",
            "more to explore", "more in this section", "keep reading",
        ],
    ),
];

/// Line beginnings that make a line page furniture whatever follows, with its kind.
pub(super) const PREFIXES: &[(Kind, &[&str])] = &[
    (
        Kind::EditorsNote,
        &[
            "editor's note:", "editors' note:", "editors note:", "editor's note -",
            "note to readers:",
        ],
    ),
    (
        Kind::ReadMore,
        &[
            "read more:", "read also:", "also read:", "see also:", "related:", "read next:",
            "watch:", "watch more:", "listen:", "recommended:", "related article:",
            "related story:", "related coverage:", "more coverage:", "more on this:",
            "read the full story", "read the latest", "click here", "more:",
        ],
    ),
    (
        Kind::Caption,
        &[
            "(photo", "photo:", "photo by ", "photos:", "photo credit", "photograph:",
            "photograph by ", "(photograph", "image:", "image by ", "image credit", "(image",
            "picture:", "(picture", "pictured:", "caption:", "credit:", "(credit", "file photo",
            "(file photo", "video:", "(video", "illustration:", "(illustration",
        ],
    ),
    (
        Kind::Credits,
        &[
            "reporting by ", "(reporting by ", "additional reporting by ", "writing by ",
            "editing by ", "compiled by ", "(compiled by ", "(additional reporting",
            "(writing by ", "(editing by ",
        ],
    ),
    (
        Kind::Subscription,
        &[
            "subscribe to ", "sign up for ", "sign up to ", "follow us on ", "follow us:",
        ],
    ),
];

/// Credits that end a photo caption after a slash: "… in Paris. REUTERS/Jane Doe" names the
/// agency before the slash, "… in Paris / Getty Images" after it.
pub(super) const AGENCIES: &[&str] = &[
    "reuters", "reuters tv", "ap", "ap photo", "the associated press", "associated press", "afp",
    "epa", "epa-efe", "efe", "getty images", "getty", "afp via getty images",
    "reuters via getty images", "anadolu", "anadolu agency", "bloomberg",
    "bloomberg via getty images", "pool", "pool via reuters", "pool via ap", "shutterstock",
    "alamy", "xinhua", "dpa", "sipa", "sipa usa", "aap", "ansa", "tass", "ria novosti", "zuma",
    "zuma press", "imago", "pa", "pa images", "pa wire", "ukrinform", "handout",
    "handout via reuters", "press service", "presidential press service", "nurphoto",
    "sopa images", "lightrocket", "abaca", "bestimage",
];

/// Words that may stand in a name after "By" although they are not capitalised.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "and", "&", "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al",
    "el", "la", "le", "du", "dos", "das", "y", "ter", "ten", "zu", "af", "of", "in", "for",
];

/// Month names and abbreviations (English), for dates in timestamps.
pub(super) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Weekday names and abbreviations (English).
pub(super) const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Times of day and zones: beside one, "17.45" is a clock time.
pub(super) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ist", "msk",
];

/// Other words a timestamp line may hold: "ago", "Paris time", the verbs of
/// "Published … | Updated …", "3 min read".
pub(super) const TIME_WORDS: &[&str] = &[
    "kyiv", "paris", "local", "time", "on", "at", "ago", "min", "mins", "minute", "minutes",
    "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "yesterday", "today", "just",
    "now", "updated", "published", "posted", "modified", "last", "first", "date", "read",
    "reading",
];

/// Words that begin a timestamp line ("Updated 3:45 PM", "Published 1 December 2025").
pub(super) const TIMESTAMP_STARTS: &[&str] = &[
    "updated", "last updated", "published", "first published", "posted", "posted on", "modified",
    "last modified", "date",
];

/// Words that begin a byline.
pub(super) const BYLINE_STARTS: &[&str] = &[
    "by ", "written by ", "words by ", "story by ", "text by ", "reported by ", "report by ",
];
