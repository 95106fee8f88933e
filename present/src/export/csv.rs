//! The facts of a comparison as CSV (RFC 4180), safe to open in a spreadsheet.

use crate::labels;
use corroborate_core::{Comparison, Fact};
use serde::Serialize;

/// The header line: the machine columns a script relies on first, then what helps a reader.
const HEADER: [&str; 9] = [
    "kind",
    "label",
    "status",
    "left_forms",
    "right_forms",
    "status_label",
    "left_mentions",
    "right_mentions",
    "note",
];

/// Between the surface forms of one side in a single cell.
const FORM_SEPARATOR: &str = " | ";

/// One line per fact, after the header
/// `kind,label,status,left_forms,right_forms,status_label,left_mentions,right_mentions,note`.
///
/// `kind` and `status` are the JSON values (`person`, `left_only`…) for scripts;
/// `status_label` says the same in words ("only left"). Forms are the fact as each report
/// writes it, joined by `" | "`; the mention counts say how often. Lines end in CRLF and
/// fields holding a comma, quote or line break are quoted with quotes doubled, as RFC 4180
/// asks. A text field a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return) gets a leading apostrophe: report text is untrusted.
///
/// No byte-order mark: scripts read the header as written. Excel on Windows wants one to
/// read UTF-8; the caller can prepend `\u{FEFF}` for such a download.
pub fn facts_csv(comparison: &Comparison) -> String {
    let mut out = String::new();
    push_line(&mut out, HEADER.iter().map(|h| h.to_string()));
    for fact in &comparison.facts {
        push_line(&mut out, fact_fields(fact).into_iter());
    }
    out
}

fn fact_fields(fact: &Fact) -> [String; 9] {
    [
        wire_name(&fact.kind),
        guard(&fact.label),
        wire_name(&fact.status),
        guard(&fact.left.join(FORM_SEPARATOR)),
        guard(&fact.right.join(FORM_SEPARATOR)),
        labels::status_label(fact.status).to_string(),
        fact.left_spans.len().to_string(),
        fact.right_spans.len().to_string(),
        guard(&fact.note),
    ]
}

/// The value an enum has in the JSON, so the CSV and the JSON never disagree on a name.
fn wire_name(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .expect("invariant: fact kinds and statuses serialise as strings")
}

/// Keep a spreadsheet from reading report text as a formula (OWASP's CSV injection advice).
fn guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn push_line(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}
