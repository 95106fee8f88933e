//! Markdown → the plain text a reader sees, for comparison.
//!
//! Parsed with `pulldown-cmark` (CommonMark), so the markup is removed by the same rules that
//! render it: `**Paris**` and `[Paris](https://…)` become `Paris`, `2 * 3` stays as written.
//! Headings, list items and paragraphs become paragraphs; images, raw HTML and front matter
//! are dropped; a line break inside a paragraph is kept as a line break.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text of a Markdown document, paragraphs separated by blank lines.
///
/// ```
/// use corroborate_core::ingest::markdown::strip;
/// let md = "# Talks in Paris\n\nThe **leaders** met at the [Élysée](https://example.org).\n\n![A photo](p.jpg)\n";
/// assert_eq!(strip(md), "Talks in Paris\n\nThe leaders met at the Élysée.");
/// ```
pub fn strip(markdown: &str) -> String {
    let options = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    // Depth inside elements whose text is not report text (image alt text, front matter).
    let mut hidden = 0usize;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Image { .. } | Tag::MetadataBlock(_)) => hidden += 1,
            Event::End(TagEnd::Image | TagEnd::MetadataBlock(_)) => {
                hidden = hidden.saturating_sub(1)
            }
            _ if hidden > 0 => {}
            Event::Start(tag) if starts_block(&tag) => flush(&mut current, &mut paragraphs),
            Event::End(tag) if ends_block(&tag) => flush(&mut current, &mut paragraphs),
            Event::Start(Tag::TableCell) | Event::End(TagEnd::TableCell) => current.push(' '),
            Event::Text(text) | Event::Code(text) => current.push_str(&text),
            Event::InlineMath(text) | Event::DisplayMath(text) => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push('\n'),
            Event::Rule => flush(&mut current, &mut paragraphs),
            // Raw HTML is markup, never text; footnote marks and task boxes are decoration.
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Tags whose start begins a new paragraph of text.
fn starts_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::Item
            | Tag::TableRow
            | Tag::TableHead
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
    )
}

/// Tags whose end closes a paragraph of text.
fn ends_block(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::Item
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
    )
}

/// End the current paragraph, keeping it when it has text. Lines are trimmed so code-block
/// indentation and trailing spaces do not leak into the comparison.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let lines: Vec<&str> = current
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if !lines.is_empty() {
        paragraphs.push(lines.join("\n"));
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_quotes_and_fences_lose_their_markers() {
        let md = "Intro\n\n- first item\n- *second* item\n\n1. numbered\n\n> quoted `code`\n\n```\nfenced line\n```\n";
        assert_eq!(
            strip(md),
            "Intro\n\nfirst item\n\nsecond item\n\nnumbered\n\nquoted code\n\nfenced line"
        );
    }

    #[test]
    fn arithmetic_and_snake_case_are_not_emphasis() {
        assert_eq!(
            strip("2 * 3 * 4 and snake_case_name"),
            "2 * 3 * 4 and snake_case_name"
        );
    }

    #[test]
    fn front_matter_and_raw_html_are_dropped() {
        let md = "---\ntitle: x\n---\n\n<div class=\"ad\">Buy</div>\n\nText <b>bold</b>.";
        assert_eq!(strip(md), "Text bold.");
    }
}
