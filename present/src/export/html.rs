//! The comparison as one self-contained HTML document: nothing to fetch, nothing to run, and
//! every highlight readable on a black-and-white printout.

use super::{display_name, fact_counts, percent, shorten};
use crate::labels;
use crate::view_model::{PairView, Run};
use corroborate_core::{Comparison, DiffTag, Document, Fact, RowKind, Side};
use std::fmt::{self, Display, Write};

/// The report's style sheet: screen, print, and the one-column layout for narrow paper.
pub(super) const STYLE: &str = include_str!("report.css");

/// Longest report title in the document's `<title>`, per report, in characters.
const TAB_TITLE_CHARS: usize = 60;

/// Longest report title in a heading, in characters: a report without a headline has its
/// whole first paragraph as its title.
const HEADING_CHARS: usize = 140;

/// Longest report title over its column, in characters.
const COLUMN_TITLE_CHARS: usize = 80;

/// Nothing may load or run; only the inline style sheet applies. Report text is escaped
/// anyway; this is the second lock on the door.
const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// A complete HTML document reporting the comparison of `left` and `right`.
///
/// `view` is the page's [`PairView`] of the same comparison (rows, page furniture, styled
/// runs), so the report shows what the reader saw. `exported_on` is printed as given ("10
/// March 2026"): the caller knows the reader's calendar and locale, and tests stay
/// deterministic; an empty one leaves the date out.
///
/// Every piece of report text is escaped, and a Content-Security-Policy forbids scripts and
/// any outside resource, so a report carrying `<script>` shows it as text and the file opens
/// offline. Highlights never rely on colour alone: struck-through deletions, underlined
/// insertions, dotted spelling variants, double-underlined verbatim passages, and a symbol
/// after every fact mention (✓ ◧ ◨ ≠).
pub fn html_report(
    comparison: &Comparison,
    left: &Document,
    right: &Document,
    view: &PairView,
    exported_on: &str,
) -> String {
    let mut out = String::with_capacity(16 * 1024 + 3 * (left.text.len() + right.text.len()));
    let left_title = shorten(display_name(left).0, TAB_TITLE_CHARS);
    let right_title = shorten(display_name(right).0, TAB_TITLE_CHARS);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Corroborate\">\n\
         <title>Corroborate — {} vs {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <main class=\"sheet\">\n",
        Esc(&left_title),
        Esc(&right_title)
    );
    masthead(&mut out, comparison, left, right, exported_on);
    figures(&mut out, comparison);
    contradictions(&mut out, comparison, view);
    key(&mut out);
    rows(&mut out, comparison, left, right, view);
    facts_table(&mut out, comparison);
    let on = if exported_on.trim().is_empty() {
        String::new()
    } else {
        format!(" on {}", Esc(exported_on.trim()))
    };
    let _ = write!(
        out,
        "<footer class=\"colophon\"><p>Exported from Corroborate{on}. Sentences are paired \
         and facts classified automatically: check every finding against both reports before \
         relying on it. Sentence numbers (L1, R1) count every sentence of each report, page \
         furniture included.</p></footer>\n</main>\n</body>\n</html>\n"
    );
    out
}

/// Text made safe for HTML content and quoted attribute values alike.
struct Esc<'a>(&'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

fn masthead(
    out: &mut String,
    comparison: &Comparison,
    left: &Document,
    right: &Document,
    exported_on: &str,
) {
    out.push_str(
        "<header class=\"masthead\">\n<p class=\"brand\"><span class=\"brand-name\">Corroborate\
         </span> Comparison report</p>\n",
    );
    if !exported_on.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"exported\">Exported {}</p>",
            Esc(exported_on.trim())
        );
    }
    out.push_str("</header>\n<section class=\"sources\" aria-label=\"The two reports\">\n");
    for (side, doc, counted) in [
        ("Left", left, &comparison.left),
        ("Right", right, &comparison.right),
    ] {
        let (title, name) = display_name(doc);
        let _ = write!(
            out,
            "<div class=\"source\"><p class=\"side\">{side} report</p><h1>{}</h1><p class=\"meta\">",
            Esc(&shorten(title, HEADING_CHARS))
        );
        if let Some(name) = name {
            let _ = write!(out, "<span class=\"file\">{}</span> · ", Esc(name));
        }
        let _ = writeln!(
            out,
            "{} · {} compared</p></div>",
            labels::count(counted.words, "word", "words"),
            labels::count(counted.sentences, "sentence", "sentences")
        );
    }
    out.push_str("</section>\n");
}

fn figures(out: &mut String, comparison: &Comparison) {
    let s = &comparison.summary;
    let counts = fact_counts(comparison);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let _ = write!(
        out,
        "<section class=\"figures\" aria-label=\"Summary\">\n\
         <div class=\"figure\"><p class=\"value\">{}</p><p class=\"label\">similar</p>\
         <p class=\"detail\">share of both reports’ words kept in corresponding sentences \
         (word changes: {})</p></div>\n\
         <div class=\"figure\"><p class=\"value\">{} <span class=\"sep\">·</span> {}</p>\
         <p class=\"label\">verbatim, left · right</p><p class=\"detail\">{} word for word</p></div>\n\
         <div class=\"figure\"><p class=\"value\">{}</p><p class=\"label\">corresponding sentences</p>\
         <p class=\"detail\">{} reworded · {} moved · {} related · {} only left · {} only right</p></div>\n\
         <div class=\"figure\"><p class=\"value\">{}</p><p class=\"label\">{}</p><p class=\"detail\">",
        percent(comparison.similarity),
        Esc(&comparison.word_match.summary()),
        percent(s.verbatim_share_left),
        percent(s.verbatim_share_right),
        labels::count(comparison.verbatim.len(), "passage", "passages"),
        s.corresponding,
        s.reworded,
        s.moved,
        s.related,
        s.left_only,
        s.right_only,
        total,
        if total == 1 { "fact" } else { "facts" },
    );
    for (i, (status, n)) in counts.iter().enumerate() {
        let _ = write!(
            out,
            "{}<span class=\"st st-{}\"><span class=\"icon\">{}</span> {n} {}</span>",
            if i > 0 { " · " } else { "" },
            labels::status_class(*status),
            labels::status_icon(*status),
            labels::status_label(*status)
        );
    }
    out.push_str("</p></div>\n</section>\n");
}

fn contradictions(out: &mut String, comparison: &Comparison, view: &PairView) {
    out.push_str("<section class=\"contradictions\">\n<h2>Contradictions</h2>\n");
    if comparison.conflicts.is_empty() {
        out.push_str(
            "<p class=\"none\">None found: where corresponding sentences give a date, number, \
             place or speaker, they agree.</p>\n</section>\n",
        );
        return;
    }
    out.push_str("<ul>\n");
    for c in &comparison.conflicts {
        let _ = write!(
            out,
            "<li><span class=\"icon\">≠</span> <span class=\"who\">Left:</span> <strong>{}</strong> \
             — <span class=\"who\">Right:</span> <strong>{}</strong>",
            Esc(&c.left),
            Esc(&c.right)
        );
        if !c.about.is_empty() {
            let _ = write!(out, " <span class=\"about\">({})</span>", Esc(&c.about));
        }
        let row = view
            .rows
            .iter()
            .position(|r| r.left.contains(&c.left_sentence));
        let refs = format!("L{} · R{}", c.left_sentence + 1, c.right_sentence + 1);
        let _ = match row {
            Some(row) => writeln!(out, " <a class=\"ref\" href=\"#row-{row}\">{refs}</a></li>"),
            None => writeln!(out, " <span class=\"ref\">{refs}</span></li>"),
        };
    }
    out.push_str("</ul>\n</section>\n");
}

fn key(out: &mut String) {
    out.push_str(
        "<section class=\"key\" aria-label=\"Key to the markings\">\n<ul>\
         <li><del>struck through</del> left wording the right report changed</li>\
         <li><ins>underlined</ins> right wording in its place</li>\
         <li><span class=\"variant\">dotted</span> same word, other spelling</li>\
         <li><mark class=\"vb\">double underline</mark> passage both carry word for word</li>\
         <li><span class=\"only-sample\">shaded</span> sentence in one report only</li>\
         <li>After each fact: <span class=\"fm st-shared\">✓</span> corroborated \
         <span class=\"fm st-left-only\">◧</span> only left \
         <span class=\"fm st-right-only\">◨</span> only right \
         <span class=\"fm st-conflict\">≠</span> contradicted</li>\
         </ul>\n</section>\n",
    );
}

fn rows(
    out: &mut String,
    comparison: &Comparison,
    left: &Document,
    right: &Document,
    view: &PairView,
) {
    out.push_str("<section class=\"reports\">\n<h2>The reports, sentence by sentence</h2>\n");
    out.push_str("<table class=\"rows\">\n<thead><tr>");
    for (side, doc) in [("Left", left), ("Right", right)] {
        let _ = write!(
            out,
            "<th scope=\"col\"><span class=\"side\">{side}</span> {}</th>",
            Esc(&shorten(display_name(doc).0, COLUMN_TITLE_CHARS))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, row) in view.rows.iter().enumerate() {
        let class = if row.furniture {
            "furniture"
        } else {
            labels::row_class(row.kind)
        };
        let _ = write!(out, "<tr id=\"row-{i}\" class=\"{class}\">");
        for (side, doc, indices, runs) in [
            (Side::Left, left, &row.left, &view.left_runs),
            (Side::Right, right, &row.right, &view.right_runs),
        ] {
            if indices.is_empty() {
                out.push_str("<td class=\"gap\"></td>");
                continue;
            }
            let letter = if side == Side::Left { 'L' } else { 'R' };
            let numbers: Vec<String> = indices.iter().map(|s| (s + 1).to_string()).collect();
            let _ = write!(
                out,
                "<td dir=\"auto\"><span class=\"num\" dir=\"ltr\">{letter}{}</span> ",
                numbers.join("+")
            );
            for (n, &index) in indices.iter().enumerate() {
                if n > 0 {
                    out.push(' ');
                }
                let sentence_runs = runs.get(index).map(Vec::as_slice).unwrap_or_default();
                for run in sentence_runs {
                    push_run(out, comparison, doc, side, run);
                }
            }
            let tag = match row.kind {
                _ if row.furniture => Some("page furniture · not compared"),
                RowKind::LeftOnly => Some("only in left"),
                RowKind::RightOnly => Some("only in right"),
                RowKind::Related if side == Side::Right => Some("related, told differently"),
                _ => None,
            };
            if let Some(tag) = tag {
                let _ = write!(out, " <span class=\"tag\">{tag}</span>");
            }
            if row.moved && side == Side::Right {
                let _ = match row.moved_to {
                    Some(p) => write!(
                        out,
                        " <span class=\"tag moved\">↕ moved · ¶ {p} in right</span>"
                    ),
                    None => write!(out, " <span class=\"tag moved\">↕ moved</span>"),
                };
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// One run: its text inside the diff element, the fact mentions around it, and the verbatim
/// mark outermost, with a status symbol wherever a fact mention ends.
fn push_run(out: &mut String, comparison: &Comparison, doc: &Document, side: Side, run: &Run) {
    // Runs are the engine's byte ranges; one off a character boundary would be an engine bug,
    // and a report missing a few words beats no report.
    let text = Esc(doc.text.get(run.span.clone()).unwrap_or_default());
    if run.verbatim {
        out.push_str("<mark class=\"vb\">");
    }
    for mark in &run.facts {
        let _ = write!(
            out,
            "<span class=\"f st-{}\">",
            labels::status_class(mark.status)
        );
    }
    let _ = match (run.diff, side) {
        (DiffTag::Equal, _) => write!(out, "{text}"),
        (DiffTag::Changed, Side::Left) => write!(out, "<del>{text}</del>"),
        (DiffTag::Changed, Side::Right) => write!(out, "<ins>{text}</ins>"),
        (DiffTag::Variant, _) => write!(out, "<span class=\"variant\">{text}</span>"),
    };
    for _ in &run.facts {
        out.push_str("</span>");
    }
    for mark in &run.facts {
        let Some(fact) = comparison.facts.get(mark.fact) else {
            continue;
        };
        if ends_mention(fact, side, run) {
            let _ = write!(
                out,
                "<sup class=\"fm st-{}\" title=\"{}: {}\">{}</sup>",
                labels::status_class(fact.status),
                labels::status_label(fact.status),
                Esc(&fact.label),
                labels::status_icon(fact.status)
            );
        }
    }
    if run.verbatim {
        out.push_str("</mark>");
    }
}

/// Whether `run` is the last piece of one of `fact`'s mentions on `side`.
fn ends_mention(fact: &Fact, side: Side, run: &Run) -> bool {
    let spans = match side {
        Side::Left => &fact.left_spans,
        Side::Right => &fact.right_spans,
    };
    spans
        .iter()
        .any(|s| s.start <= run.span.start && s.end == run.span.end)
}

fn facts_table(out: &mut String, comparison: &Comparison) {
    out.push_str("<section class=\"facts\">\n<h2>Facts</h2>\n");
    if comparison.facts.is_empty() {
        out.push_str("<p class=\"none\">No people, places, dates, numbers or quotes found.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table class=\"fact-table\">\n<thead><tr><th scope=\"col\">Fact</th>\
         <th scope=\"col\">Status</th><th scope=\"col\">As the left report writes it</th>\
         <th scope=\"col\">As the right report writes it</th></tr></thead>\n",
    );
    for kind in labels::KINDS {
        let mut facts: Vec<&Fact> = comparison.facts.iter().filter(|f| f.kind == kind).collect();
        if facts.is_empty() {
            continue;
        }
        facts.sort_by_key(|f| labels::STATUSES.iter().position(|&s| s == f.status));
        let _ = write!(
            out,
            "<tbody>\n<tr class=\"kind\"><th colspan=\"4\" scope=\"colgroup\">{} \
             <span class=\"n\">{}</span></th></tr>\n",
            labels::kind_label(kind),
            facts.len()
        );
        for fact in facts {
            let _ = write!(
                out,
                "<tr class=\"st-{}\"><td class=\"label\">{}",
                labels::status_class(fact.status),
                Esc(&fact.label)
            );
            if !fact.note.is_empty() {
                let _ = write!(out, "<span class=\"note\">{}</span>", Esc(&fact.note));
            }
            let _ = write!(
                out,
                "</td><td class=\"status\"><span class=\"st st-{}\"><span class=\"icon\">{}</span> {}</span></td>",
                labels::status_class(fact.status),
                labels::status_icon(fact.status),
                labels::status_label(fact.status)
            );
            for forms in [&fact.left, &fact.right] {
                out.push_str("<td class=\"forms\">");
                if forms.is_empty() {
                    out.push_str("<span class=\"absent\">—</span>");
                }
                for (i, form) in forms.iter().enumerate() {
                    let _ = write!(
                        out,
                        "{}<span class=\"form\">{}</span>",
                        if i > 0 {
                            "<span class=\"sep\"> · </span>"
                        } else {
                            ""
                        },
                        Esc(form)
                    );
                }
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n</section>\n");
}
