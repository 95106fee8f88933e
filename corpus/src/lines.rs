//! The lines of `events.jsonl`: each event's summary with report ids in place of indices,
//! and the order events are numbered in.

use corroborate_core::corpus::EventSummary;
use corroborate_core::FactKind;
use serde::{Deserialize, Serialize};

/// The events worth writing out, in the order they are numbered: groups of two or more
/// reports, largest first, then by their first report.
pub fn order_events(groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut events: Vec<Vec<usize>> = groups.into_iter().filter(|g| g.len() >= 2).collect();
    events.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    events
}

/// One event as `events.jsonl` writes it: report ids instead of indices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLine {
    /// The event's number, 0 for the largest.
    pub event: usize,
    /// The ids of its reports.
    pub reports: Vec<String>,
    /// Facts two or more of its reports give and none contradicts.
    pub corroborated: usize,
    /// Each contradicted fact with the value each side gives and who gives it.
    pub contradictions: Vec<ContradictionLine>,
    /// Facts only one report gives.
    pub single_sourced: Vec<SingleLine>,
    /// Pairs of reports sharing passages of eight or more identical words.
    pub reuse: Vec<ReuseLine>,
}

/// A contradicted fact in `events.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContradictionLine {
    /// "date", "number", "place", "quote", …
    pub kind: FactKind,
    /// The fact as its carriers give it.
    pub label: String,
    /// Each value and the ids of the reports giving it, most reports first.
    pub sides: Vec<SideLine>,
}

/// One side of a contradiction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SideLine {
    /// The value as written.
    pub value: String,
    /// Ids of the reports giving it.
    pub reports: Vec<String>,
}

/// A single-sourced fact in `events.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SingleLine {
    /// Its kind.
    pub kind: FactKind,
    /// The fact.
    pub label: String,
    /// The id of the one report giving it.
    pub report: String,
}

/// Reused wording between two reports in `events.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReuseLine {
    /// One report's id.
    pub a: String,
    /// The other's.
    pub b: String,
    /// Shared passages of eight or more words.
    pub passages: usize,
    /// Words in them.
    pub words: usize,
    /// Share of `a`'s words in them, 0..=1.
    pub share_a: f64,
    /// Share of `b`'s words in them, 0..=1.
    pub share_b: f64,
}

impl EventLine {
    /// Event number `event` from its summary, whose indices point into `ids`.
    pub fn new(event: usize, s: &EventSummary, ids: &[&str]) -> EventLine {
        let id = |i: usize| ids[i].to_string();
        EventLine {
            event,
            reports: s.reports.iter().map(|&i| id(i)).collect(),
            corroborated: s.corroborated,
            contradictions: s
                .contradictions
                .iter()
                .map(|c| ContradictionLine {
                    kind: c.kind,
                    label: c.label.clone(),
                    sides: c
                        .sides
                        .iter()
                        .map(|side| SideLine {
                            value: side.value.clone(),
                            reports: side.reports.iter().map(|&i| id(i)).collect(),
                        })
                        .collect(),
                })
                .collect(),
            single_sourced: s
                .single_sourced
                .iter()
                .map(|f| SingleLine {
                    kind: f.kind,
                    label: f.label.clone(),
                    report: id(f.report),
                })
                .collect(),
            reuse: s
                .reuse
                .iter()
                .map(|r| ReuseLine {
                    a: id(r.a),
                    b: id(r.b),
                    passages: r.passages,
                    words: r.words,
                    share_a: r.share_a,
                    share_b: r.share_b,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_numbered_largest_first_and_lone_reports_left_out() {
        let groups = vec![vec![0, 4], vec![1], vec![2, 3, 5], vec![6, 7]];
        assert_eq!(
            order_events(groups),
            [vec![2, 3, 5], vec![0, 4], vec![6, 7]]
        );
    }
}
