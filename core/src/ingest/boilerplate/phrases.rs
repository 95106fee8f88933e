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
            "(end)", "write to ", "reporting by ", "(reporting by ", "additional reporting by ", "writing by ",
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

/// Calls to action that make a short line navigation wherever they stand in it: a chart's
/// "From May to June Click Here for more charts" is a link, not a sentence of the report.
pub(super) const CALLS_TO_ACTION: &[&str] = &["click here", "tap here", "click to see"];
