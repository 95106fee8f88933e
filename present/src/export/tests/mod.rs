//! Shared fixtures: a fictional meeting told two ways, and the page's built-in example.

use super::*;
use crate::examples::EXAMPLES;
use crate::view_model::PairView;
use corroborate_core::{compare, Fact, FactKind, Options};

/// A fictional meeting; the right report moves it to Monday, drops the protest and adds
/// a second round.
const LEFT: &str = "Norland and Estmark open trade talks\n\n\
    Foreign ministers of Norland and Estmark met in Paris on Sunday. The talks lasted three \
    hours. Minister Ana Varga said the two countries would sign a trade pact in June. \
    Protesters gathered outside the embassy.";
const RIGHT: &str = "Trade pact due in June, ministers say\n\n\
    Foreign ministers of Norland and Estmark met in Paris on Monday. The talks lasted three \
    hours. Minister Ana Varga said the two countries would sign a trade pact in June. \
    A second round is planned in Vienna.";

struct Pair {
    left: Document,
    right: Document,
    comparison: Comparison,
}

impl Pair {
    fn new(left: &str, right: &str) -> Pair {
        Pair::named(("norland-daily.txt", left), ("estmark-wire.txt", right))
    }

    fn named((left_name, left): (&str, &str), (right_name, right): (&str, &str)) -> Pair {
        let left = Document::from_text(left_name, left);
        let right = Document::from_text(right_name, right);
        let comparison = compare(&left, &right, &Options::default());
        Pair {
            left,
            right,
            comparison,
        }
    }

    fn html(&self) -> String {
        let view = PairView::build(&self.comparison, &self.left, &self.right);
        html_report(
            &self.comparison,
            &self.left,
            &self.right,
            &view,
            "10 March 2026",
        )
    }

    fn summary(&self) -> String {
        summary_text(&self.comparison, &self.left, &self.right)
    }
}

fn meeting() -> Pair {
    Pair::new(LEFT, RIGHT)
}

/// The page's built-in example, read as files are (page furniture marked).
fn example() -> Pair {
    let read = |(name, text): (&str, &str)| {
        Document::from_bytes(name, text.as_bytes()).expect("the example reads")
    };
    let (left, right) = (read(EXAMPLES[0]), read(EXAMPLES[1]));
    let comparison = compare(&left, &right, &Options::default());
    Pair {
        left,
        right,
        comparison,
    }
}

/// A quote fact with the given forms, one mention each.
fn fact(label: &str, status: FactStatus, left: &[&str], right: &[&str]) -> Fact {
    Fact {
        kind: FactKind::Quote,
        label: label.to_string(),
        status,
        left: left.iter().map(|s| s.to_string()).collect(),
        right: right.iter().map(|s| s.to_string()).collect(),
        left_spans: vec![0..1; left.len()],
        right_spans: vec![0..1; right.len()],
        note: String::new(),
    }
}

mod data;
mod html_report;
