//! Speakers: the same statement attributed to different people.

use super::{Contradiction, Sides};
use crate::facts::mention::{Detail, Mention};
use crate::facts::quotes::Speaker;
use crate::facts::resolve::STATEMENT_WORDS;
use crate::model::FactKind;
use rustc_hash::FxHashSet as HashSet;

/// The same statement attributed to different people. Short quotes ("constructive") are
/// words anyone may use, so only statements count.
pub(super) fn speakers(s: &Sides, out: &mut Vec<Contradiction>) {
    let (lm, rm) = (&s.a.mentions[s.l], &s.a.mentions[s.r]);
    let speaker_of = |m: &Mention| -> Option<Speaker> {
        match &m.detail {
            Detail::Quote(q) if q.words.len() >= STATEMENT_WORDS => q.speaker.clone(),
            _ => None,
        }
    };
    let mut seen: HashSet<usize> = HashSet::default();
    for (i, m) in lm.iter().enumerate() {
        let id = s.a.ids[s.l][i];
        let Some(ls) = speaker_of(m) else { continue };
        if !seen.insert(id) {
            continue;
        }
        let right_speakers: Vec<(usize, Speaker)> = (0..rm.len())
            .filter(|&j| s.a.ids[s.r][j] == id)
            .filter_map(|j| speaker_of(&rm[j]).map(|sp| (j, sp)))
            .collect();
        let left_labels: HashSet<String> = (0..lm.len())
            .filter(|&k| s.a.ids[s.l][k] == id)
            .filter_map(|k| speaker_of(&lm[k]))
            .map(|sp| sp.label)
            .collect();
        let Some((j, rs)) = right_speakers.first().cloned() else {
            continue;
        };
        if right_speakers
            .iter()
            .any(|(_, sp)| left_labels.contains(&sp.label))
        {
            continue;
        }
        let words: Vec<&str> = match &m.detail {
            Detail::Quote(q) => q.text.split_whitespace().take(6).collect(),
            _ => Vec::new(),
        };
        out.push(Contradiction {
            kind: FactKind::Quote,
            left: i,
            right: j,
            about: format!("who said “{}…”", words.join(" ")),
            speakers: Some([(ls.written, ls.span), (rs.written, rs.span)]),
        });
    }
}
