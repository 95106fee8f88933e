//! A saved web page → its headline and body paragraphs, as plain text.
//!
//! The article is found by `dom_smoothie` (a port of Mozilla's Readability) after the page's
//! furniture is removed: scripts, styles, navigation, share buttons, comment sections, cookie
//! banners, related-article lists. Readability's own `text_content` runs paragraphs together,
//! so the paragraphs are read from the article's HTML instead. When Readability finds nothing
//! (a fragment pasted from the clipboard, a page of bare paragraphs), every paragraph, heading
//! and list item of the cleaned page is taken.

use super::IngestError;
use dom_query::{Document, NodeId, NodeRef};
use dom_smoothie::Readability;
use std::collections::HashSet;

/// Deepest element nesting read. Parsing and article scoring slow down with the square of
/// the depth: a hostile page of 8,000 nested `<div>`s (56 kB) takes over a minute. Real
/// pages stay under a few hundred.
pub const MAX_DEPTH: usize = 512;

/// Elements whose content is never report text. `form` is missing on purpose: some
/// publishing systems wrap the whole page in one.
const NEVER_TEXT: &str = "script, style, noscript, template, iframe, object, embed, svg, math, \
    canvas, button, select, textarea, input, dialog, [hidden], [aria-hidden=true], \
    [role=dialog], [role=alertdialog]";

/// Page furniture by element or role. Removed unless it holds the article (see
/// [`article_holders`]).
const FURNITURE: &str = "nav, header, footer, aside, [role=navigation], [role=banner], \
    [role=contentinfo], [role=complementary]";

/// Words in a `class` or `id` that mark furniture: share bars, comment sections, cookie
/// banners, related-article boxes, ads. Matched against whole parts of a name (`share-bar`
/// → `share`, `bar`), so `commentary` or `shared-story` are left alone.
const FURNITURE_NAMES: &[&str] = &[
    "share",
    "sharing",
    "sharebar",
    "social",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "comment",
    "comments",
    "disqus",
    "related",
    "recommended",
    "newsletter",
    "subscribe",
    "subscription",
    "promo",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "sponsored",
    "popup",
    "modal",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "paywall",
    "outbrain",
    "taboola",
    "toolbar",
    "menu",
    "navbar",
    "masthead",
    "footer",
    "trending",
    "most-read",
    "mostread",
];

/// Block-level elements: their text is a paragraph of its own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements skipped while reading the article: photo captions are credits, not report text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "figcaption",
    "button",
    "svg",
    "head",
    "title",
];

pub use super::sniff::looks_like_html;

/// The headline and body paragraphs of a web page, in order, as plain text.
///
/// Refuses pages nested deeper than [`MAX_DEPTH`] with [`IngestError::Unreadable`].
///
/// ```
/// use corroborate_core::ingest::html::extract;
/// let page = "<nav>Home | World</nav><p>The leaders met in <b>Paris</b>.</p><script>track()</script>";
/// assert_eq!(extract(page).unwrap(), vec!["The leaders met in Paris."]);
/// ```
pub fn extract(html: &str) -> Result<Vec<String>, IngestError> {
    if nesting_depth(html) > MAX_DEPTH {
        return Err(IngestError::Unreadable {
            reason: format!(
                "the page nests its elements more than {MAX_DEPTH} deep; \
                 save the article as text and add that instead"
            ),
        });
    }
    if let Some(article) = readability_article(html) {
        return Ok(article);
    }
    let document = Document::from(html);
    remove_furniture(&document);
    let paragraphs = every_paragraph(&document);
    if !paragraphs.is_empty() {
        return Ok(paragraphs);
    }
    // No paragraph elements at all: text in bare <div>s or straight in <body>.
    Ok(blocks(document.root()))
}

/// How deep the page's elements nest, estimated from its tags without building a tree.
///
/// Elements that never or need not close (`<br>`, `<p>`, `<li>`…) are not counted, so sloppy
/// real pages are not overestimated; script and style content and comments are skipped.
pub fn nesting_depth(html: &str) -> usize {
    const UNCOUNTED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
        "thead", "tfoot", "colgroup", "rp", "rt", "param", "keygen", "image",
    ];
    const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let (mut depth, mut deepest, mut at, mut foreign_depth) = (0usize, 0usize, 0usize, 0usize);
    while let Some(found) = lower[at..].find('<') {
        at += found + 1;
        if lower[at..].starts_with("!--") {
            at = lower[at..]
                .find("-->")
                .map_or(lower.len(), |end| at + end + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let name_start = at + usize::from(closing);
        let name_end = lower[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .map_or(lower.len(), |end| name_start + end);
        let name = &lower[name_start..name_end];
        if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let tag_end = lower[name_end..]
            .find('>')
            .map_or(lower.len(), |end| name_end + end);
        at = tag_end;
        if UNCOUNTED.contains(&name) {
            continue;
        }
        let foreign = matches!(name, "svg" | "math");
        if closing {
            depth = depth.saturating_sub(1);
            foreign_depth = foreign_depth.saturating_sub(usize::from(foreign));
            continue;
        }
        // `<div/>` opens a div in HTML; only inside SVG and MathML does `/>` close a tag.
        if foreign_depth > 0 && lower[..tag_end].ends_with('/') {
            continue;
        }
        if RAW_TEXT.contains(&name) {
            let close = format!("</{name}");
            let close_at = lower[at..].find(&close).map_or(lower.len(), |end| at + end);
            at = lower[close_at..]
                .find('>')
                .map_or(lower.len(), |end| close_at + end);
            continue;
        }
        foreign_depth += usize::from(foreign);
        depth += 1;
        deepest = deepest.max(depth);
    }
    deepest
}

/// The article Readability finds, headline first; `None` when it finds no paragraph.
fn readability_article(html: &str) -> Option<Vec<String>> {
    let document = Document::from(html);
    remove_furniture(&document);
    let mut readability = Readability::with_document(document, None, None).ok()?;
    let article = readability.parse().ok()?;
    let content = Document::from(article.content.as_ref());
    let mut paragraphs = blocks(content.root());
    if paragraphs.is_empty() {
        return None;
    }
    let headline = collapse_whitespace(&article.title);
    let already_there = paragraphs
        .iter()
        .take(3)
        .any(|p| p.eq_ignore_ascii_case(&headline));
    if !headline.is_empty() && !already_there {
        paragraphs.insert(0, headline);
    }
    Some(paragraphs)
}

/// Remove scripts, styles, navigation and other furniture before the article is looked for.
fn remove_furniture(document: &Document) {
    document.select(NEVER_TEXT).remove();
    // Text a reader never sees is not the report, whatever a page hides in it.
    for node in document.select("[style]").nodes() {
        let style: String = node
            .attr("style")
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        let hidden = style.contains("display:none") || style.contains("visibility:hidden");
        if hidden && !node.is("html, body") {
            node.remove_from_parent();
        }
    }
    let holders = article_holders(document);
    for node in document.select(FURNITURE).nodes() {
        if !holders.contains(&node.id) {
            node.remove_from_parent();
        }
    }
    for node in document.select("[class], [id]").nodes() {
        if !holders.contains(&node.id) && has_furniture_name(node) {
            node.remove_from_parent();
        }
    }
}

/// The elements whose removal would remove the article: `html`, `body`, and every `main`,
/// `article`, `h1` or `[itemprop=articleBody]` with all its ancestors (a page-wide wrapper
/// with a class like `has-comments`, a header holding the headline).
///
/// One pass: each marker walks up until it meets an element already marked, so a hostile
/// page of nested furniture wrappers costs no more than its size.
fn article_holders(document: &Document) -> HashSet<NodeId> {
    let mut holders = HashSet::new();
    let markers = document.select("html, body, main, article, h1, [itemprop=articleBody]");
    for marker in markers.nodes() {
        let mut node = Some(*marker);
        while let Some(current) = node {
            if !holders.insert(current.id) {
                break;
            }
            node = current.parent();
        }
    }
    holders
}

/// True when the element's class or id names it as furniture.
fn has_furniture_name(node: &NodeRef) -> bool {
    let class = node
        .attr("class")
        .map(|c| c.to_string())
        .unwrap_or_default();
    let id = node.attr("id").map(|c| c.to_string()).unwrap_or_default();
    class
        .split_whitespace()
        .chain(std::iter::once(id.as_str()))
        .flat_map(|name| {
            let name = name.to_ascii_lowercase();
            let mut parts: Vec<String> = name
                .split(['-', '_'])
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            parts.push(name);
            parts
        })
        .any(|part| FURNITURE_NAMES.contains(&part.as_str()))
}

/// Every paragraph, heading and list item of the page, outermost only (a `<p>` inside an
/// `<li>` is read as part of the item).
fn every_paragraph(document: &Document) -> Vec<String> {
    const SELECTED: &str = "h1, h2, h3, p, li";
    let selection = document.select(SELECTED);
    selection
        .nodes()
        .iter()
        .filter(|node| !node.ancestors_it(None).any(|a| a.is(SELECTED)))
        .map(|node| blocks(*node).join(" "))
        .filter(|text| !text.is_empty())
        .collect()
}

/// The text of `root` cut into paragraphs at block elements, white space collapsed.
///
/// Walks with an explicit stack: a hostile page can nest elements deeper than the call stack.
fn blocks(root: NodeRef) -> Vec<String> {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        EndBlock,
    }
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::EndBlock => {
                flush(&mut current, &mut paragraphs);
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            push_collapsed(&mut current, &node.text());
            continue;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if SKIPPED.contains(&name.as_str()) {
            continue;
        }
        if name == "br" {
            // A line break inside a paragraph is layout, not a new paragraph: breaking here
            // would cut sentences in two.
            push_collapsed(&mut current, " ");
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut current, &mut paragraphs);
            stack.push(Step::EndBlock);
        }
        stack.extend(node.children().into_iter().rev().map(Step::Enter));
    }
    flush(&mut current, &mut paragraphs);
    paragraphs
}

/// Append text, collapsing HTML white space (space, tab, line feed, form feed, carriage return)
/// as a browser renders it. Other spaces, like no-break spaces, are content and stay.
fn push_collapsed(current: &mut String, text: &str) {
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}') {
            if !current.is_empty() && !current.ends_with(' ') {
                current.push(' ');
            }
        } else if !c.is_control() {
            current.push(c);
        }
    }
}

/// End the current paragraph, keeping it when it has text.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let paragraph = current.trim();
    if !super::is_blank(paragraph) {
        paragraphs.push(paragraph.to_string());
    }
    current.clear();
}

/// White space of a one-line string collapsed and trimmed.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::new();
    push_collapsed(&mut out, text);
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_names_match_whole_parts_only() {
        let page = Document::from(
            r#"<div class="share-bar">x</div><div class="commentary">y</div><div id="shared">z</div>"#,
        );
        let flags: Vec<bool> = page
            .select("div")
            .nodes()
            .iter()
            .map(has_furniture_name)
            .collect();
        assert_eq!(flags, vec![true, false, false]);
    }

    #[test]
    fn a_wrapper_holding_the_article_is_kept() {
        let page = r#"<body><div class="page has-comments"><article><h1>Talks in Paris</h1>
            <p>The leaders met on Monday.</p></article></div></body>"#;
        let text = extract(page).unwrap().join("\n");
        assert!(text.contains("The leaders met on Monday."), "{text}");
    }

    #[test]
    fn text_hidden_by_inline_style_is_dropped() {
        let page = r#"<p>The talks began.</p><p style="display: none">Hidden spam.</p>
            <div style="VISIBILITY:hidden"><p>More hidden.</p></div><p hidden>Also hidden.</p>"#;
        assert_eq!(extract(page).unwrap(), vec!["The talks began."]);
    }

    #[test]
    fn line_breaks_do_not_split_paragraphs() {
        let page = "<p>The leaders met<br>in Paris.</p>";
        assert_eq!(extract(page).unwrap(), vec!["The leaders met in Paris."]);
    }

    #[test]
    fn nesting_up_to_the_limit_is_read_and_deeper_is_refused() {
        let nested = |depth: usize| {
            format!(
                "{}<p>Deep.</p>{}",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            )
        };
        assert_eq!(extract(&nested(MAX_DEPTH - 1)).unwrap(), vec!["Deep."]);
        let refused = extract(&nested(50_000)).unwrap_err();
        assert!(refused.to_string().contains("deep"), "{refused}");
    }

    #[test]
    fn depth_ignores_void_elements_scripts_and_unclosed_paragraphs() {
        let page = "<html><body><div><p>a<p>b<br><img src=x><script>if (a<b) {}</script>\
                    <!-- <div><div> --><svg><path/><path/></svg></div></body></html>";
        assert_eq!(nesting_depth(page), 4);
        assert_eq!(nesting_depth(&"<div/>".repeat(600)), 600);
    }

    #[test]
    fn html_is_recognised_by_its_opening_tags() {
        assert!(looks_like_html("\u{FEFF}\n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("<b> is the bold tag in HTML"));
        assert!(!looks_like_html("The <html> tag opens a page."));
    }
}
