//! Places: where one kind of event took place, in corresponding sentences that name no place
//! in common.

use super::{Contradiction, Sides};
use crate::facts::mention::{places_related, Detail, Mention};
use crate::model::FactKind;

pub(super) fn paired(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
    let entity = |m: &Mention| match &m.detail {
        Detail::Place(e) if !e.demonym => Some(e.clone()),
        _ => None,
    };
    let lp: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| entity(s.left(i)).is_some())
        .collect();
    let rp: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&j| entity(s.right(j)).is_some())
        .collect();
    let any_related = lp.iter().any(|&i| {
        rp.iter().any(|&j| {
            entity(s.left(i))
                .zip(entity(s.right(j)))
                .is_some_and(|(x, y)| places_related(&x, &y))
        })
    });
    if any_related {
        return;
    }
    let event_noun = |m: &Mention| m.event.as_ref().and_then(|e| e.noun.clone());
    for &i in &lp {
        let Some(noun) = event_noun(s.left(i)) else {
            continue;
        };
        if let Some(&j) = rp
            .iter()
            .find(|&&j| event_noun(s.right(j)).as_deref() == Some(noun.as_str()))
        {
            out.push(Contradiction {
                kind: FactKind::Place,
                left: i,
                right: j,
                about: format!("where the {noun} took place"),
                speakers: None,
            });
            return;
        }
    }
}
