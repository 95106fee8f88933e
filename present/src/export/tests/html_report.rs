//! The HTML report: content, markings, escaping, and nothing loaded or run.

use super::*;

/// What a reader sees of the body: tags dropped (block ones as a space), the entities the
/// report uses decoded, white space collapsed. Fact symbols stay unless `markers` is false.
fn visible_text_with(html: &str, markers: bool) -> String {
    let body = &html[html.find("<body>").map_or(0, |b| b + 6)..];
    let mut text = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('>').expect("every tag closes") + open;
        let tag = &rest[open + 1..close];
        let name = tag
            .trim_start_matches('/')
            .split(' ')
            .next()
            .unwrap_or_default();
        if ["p", "td", "th", "li", "h1", "h2", "tr", "div", "section"].contains(&name) {
            text.push(' ');
        }
        rest = &rest[close + 1..];
        if !markers && tag.starts_with("sup class=\"fm") {
            rest = &rest[rest.find("</sup>").unwrap() + 6..];
        }
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn visible_text(html: &str) -> String {
    visible_text_with(html, true)
}

/// The report text as a reader reads it, without the fact symbols.
fn reading_text(html: &str) -> String {
    visible_text_with(html, false)
}

/// Every tag of the document, as written between `<` and `>`.
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|t| &t[..t.find('>').expect("every tag closes")])
        .collect()
}

#[test]
fn the_html_report_shows_both_reports_and_the_changed_weekday() {
    let html = meeting().html();
    let text = reading_text(&html);
    assert!(
        text.contains("Protesters gathered outside the embassy."),
        "left-only sentence"
    );
    assert!(
        text.contains("A second round is planned in Vienna."),
        "right-only sentence"
    );
    assert!(
        text.contains("Norland and Estmark open trade talks"),
        "left title"
    );
    assert!(
        text.contains("Trade pact due in June, ministers say"),
        "right title"
    );
    assert!(text.contains("norland-daily.txt") && text.contains("estmark-wire.txt"));
    assert!(text.contains("Exported 10 March 2026"));
    assert!(
        html.contains("<del>Sunday</del>"),
        "the left weekday is struck"
    );
    assert!(
        html.contains("<ins>Monday</ins>"),
        "the right weekday is inserted"
    );
    assert!(!html.contains("<del>Paris"), "unchanged words stay plain");
}

#[test]
fn the_html_report_states_the_contradiction_and_marks_its_mentions() {
    let html = meeting().html();
    let text = visible_text(&html);
    assert!(
        text.contains("≠ Left: Sunday — Right: Monday (the Paris meeting)"),
        "{text}"
    );
    assert!(
        html.contains("<sup class=\"fm st-conflict\""),
        "≠ after each mention"
    );
    let contradiction = html.find("class=\"contradictions\"").unwrap();
    assert!(
        html[contradiction..].contains("href=\"#row-"),
        "links to its row"
    );
}

#[test]
fn the_html_report_has_summary_figures_and_a_facts_table() {
    let pair = meeting();
    let html = pair.html();
    let text = visible_text(&html);
    let s = &pair.comparison.summary;
    let similarity = percent(pair.comparison.similarity);
    assert!(text.contains(&format!("{similarity} similar")), "{text}");
    assert!(text.contains(&format!(
        "{} reworded · {} moved · {} related · {} only left · {} only right",
        s.reworded, s.moved, s.related, s.left_only, s.right_only
    )));
    let table = &html[html
        .find("<table class=\"fact-table\">")
        .expect("facts table")..];
    let table_text = visible_text(table);
    for fact in &pair.comparison.facts {
        assert!(
            table_text.contains(&fact.label),
            "{} in the table",
            fact.label
        );
    }
    assert!(table_text.contains("Vienna ◨ only right"), "{table_text}");
    assert!(table_text.contains("Ana Varga ✓ corroborated Ana Varga Ana Varga"));
    assert!(table_text.contains("Places"), "kinds head their groups");
}

#[test]
fn the_html_report_shades_sentences_only_one_report_has() {
    let html = meeting().html();
    let row_of = |needle: &str| {
        let at = html.find(needle).expect("sentence shown");
        let start = html[..at].rfind("<tr ").unwrap();
        let end = at + html[at..].find("</tr>").unwrap();
        &html[start..end]
    };
    let left_only = row_of("Protesters gathered");
    assert!(left_only.contains("class=\"left-only\"") && left_only.contains("only in left"));
    assert!(
        left_only.contains("<td class=\"gap\">"),
        "the right side is empty"
    );
    let right_only = row_of("is planned in");
    assert!(right_only.contains("class=\"right-only\"") && right_only.contains("only in right"));
}

#[test]
fn report_text_never_becomes_markup() {
    let hostile = "Police said <script>alert(1)</script> was found. \
        A photo <img src=x onerror=alert(1)> was shared. \
        The link was javascript:alert(1) and \"quoted\" & 'single'.";
    let pair = Pair::named(
        ("<b>evil</b>\".txt", hostile),
        (
            "onerror=alert(1).txt",
            "Police said nothing was found. The link was shared.",
        ),
    );
    let view = PairView::build(&pair.comparison, &pair.left, &pair.right);
    let html = html_report(
        &pair.comparison,
        &pair.left,
        &pair.right,
        &view,
        "<script>date</script>",
    );
    assert!(!html.to_lowercase().contains("<script"), "no script tag");
    assert!(!html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;b&gt;evil&lt;/b&gt;&quot;.txt"));
    assert!(
        visible_text(&html).contains("<img src=x onerror=alert(1)>"),
        "shown as text"
    );
    // Every element is one the report writes itself, with none of the attributes that run
    // code or load anything.
    const ELEMENTS: &[&str] = &[
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "header", "p",
        "span", "section", "div", "h1", "h2", "ul", "li", "strong", "a", "table", "thead", "tbody",
        "tr", "th", "td", "del", "ins", "mark", "sup", "footer",
    ];
    for tag in tags(&html) {
        let name = tag
            .trim_start_matches('/')
            .split([' ', '\n'])
            .next()
            .unwrap();
        assert!(ELEMENTS.contains(&name), "unexpected element <{tag}>");
        let lower = tag.to_lowercase();
        for forbidden in [" on", "src=", "javascript:", "srcdoc", "formaction"] {
            assert!(!lower.contains(forbidden), "<{tag}> carries {forbidden}");
        }
        if let Some(href) = lower.split("href=\"").nth(1) {
            assert!(
                href.starts_with('#'),
                "only links within the report: <{tag}>"
            );
        }
    }
}

#[test]
fn the_html_report_loads_nothing_and_runs_nothing() {
    let html = meeting().html();
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
    ));
    let csp = html.find("Content-Security-Policy").unwrap();
    assert!(
        csp < html.find("<style>").unwrap(),
        "the policy precedes the style sheet"
    );
    for resource in [
        "http://",
        "https://",
        "url(",
        "@import",
        "@font-face",
        "<link",
        "src=",
    ] {
        assert!(!html.contains(resource), "{resource} in the report");
    }
}

#[test]
fn the_style_sheet_prints_every_marking_without_colour() {
    let css = html::STYLE;
    assert!(css.contains("@media print"));
    assert!(
        css.contains("@media (max-width: 640px)"),
        "one column on narrow paper"
    );
    let rule = |selector: &str| {
        let at = css
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("{selector}"));
        &css[at..at + css[at..].find('}').unwrap()]
    };
    assert!(rule("del").contains("line-through"));
    assert!(rule("ins").contains("underline"));
    assert!(rule(".variant").contains("underline dotted"));
    assert!(rule("mark.vb").contains("underline double"));
    // And each fact mention carries its symbol in the text itself.
    let html = meeting().html();
    for (status, icon) in [("shared", "✓"), ("right-only", "◨"), ("conflict", "≠")] {
        assert!(
            html.contains(&format!("<sup class=\"fm st-{status}\"")),
            "{status}"
        );
        assert!(html.contains(&format!("\">{icon}</sup>")), "{icon}");
    }
}

#[test]
fn the_built_in_example_renders_with_its_page_furniture_dimmed() {
    let pair = example();
    let html = pair.html();
    // `CORROBORATE_REPORT=/tmp/report.html cargo test … built_in_example` keeps a copy to
    // look at in a browser.
    if let Some(path) = std::env::var_os("CORROBORATE_REPORT") {
        std::fs::write(path, &html).expect("write the example report");
    }
    let share = html
        .find("Share this article")
        .expect("shown where it stands");
    let row = &html[html[..share].rfind("<tr ").unwrap()..share];
    assert!(
        row.ends_with(
            "class=\"furniture\"><td dir=\"auto\"><span class=\"num\" dir=\"ltr\">L3</span> "
        ),
        "{row}"
    );
    assert!(visible_text(&html).contains("Share this article page furniture · not compared"));
    assert!(visible_text(&html).contains("Höfði House"));
}

#[test]
fn an_empty_export_date_is_left_out() {
    let pair = meeting();
    let view = PairView::build(&pair.comparison, &pair.left, &pair.right);
    let html = html_report(&pair.comparison, &pair.left, &pair.right, &view, " ");
    let text = visible_text(&html);
    assert!(!text.contains("Exported  ") && !text.contains("EXPORTED"));
    assert!(!html.contains("class=\"exported\""));
    assert!(text.contains("Exported from Corroborate. Sentences are paired"));
}
