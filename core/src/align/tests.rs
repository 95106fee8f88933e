use super::*;

fn doc(text: &str) -> Document {
    Document::from_text("t", text)
}

fn pairs(left: &str, right: &str) -> Vec<(Vec<usize>, Vec<usize>)> {
    pairs_with(left, right, &Options::default())
}

fn pairs_with(left: &str, right: &str, options: &Options) -> Vec<(Vec<usize>, Vec<usize>)> {
    align(&doc(left), &doc(right), options)
        .into_iter()
        .map(|p| (p.left, p.right))
        .collect()
}

#[test]
fn reordered_and_reworded_sentences_pair_and_unrelated_ones_do_not() {
    let left = "The harbour authority closed the northern pier on Friday. \
                Fishing crews were told to moor in the southern basin. \
                A storm with winds of 120 km/h is expected overnight.";
    let right = "Forecasters expect a storm with 120 km/h winds overnight. \
                 The town's bakery won a regional prize for its rye bread. \
                 On Friday the harbour authority shut the northern pier.";
    assert_eq!(pairs(left, right), [(vec![0], vec![2]), (vec![2], vec![0])]);
}

#[test]
fn pairs_are_chosen_globally_not_in_document_order() {
    // In document order the first left sentence would take the only right sentence; its
    // better counterpart comes second.
    let left = "The minister visited the geothermal plant. \
                The minister visited the geothermal plant near Hveragerdi on Tuesday morning.";
    let right = "On Tuesday morning the minister visited the geothermal plant near Hveragerdi.";
    assert_eq!(pairs(left, right), [(vec![1], vec![0])]);
}

#[test]
fn no_pair_is_made_below_the_threshold_but_on_words_only_the_two_share() {
    let left = "The council approved the new budget after a long debate.";
    let right = "After a short debate the council rejected the budget.";
    let loose = align(&doc(left), &doc(right), &Options::default());
    assert_eq!(loose.len(), 1);
    // Just above the pair's score: "council", "budget" and "debate" are said once on each
    // side, so the two still pair, but not as counterparts.
    let strict = Options {
        align_threshold: loose[0].score + 0.01,
        ..Options::default()
    };
    let anchored = align(&doc(left), &doc(right), &strict);
    assert_eq!(anchored.len(), 1);
    assert!(!anchored[0].is_counterpart(&strict));
    // More than a fifth above it, and they stay apart.
    let stricter = Options {
        align_threshold: loose[0].score / 0.8 + 0.01,
        ..Options::default()
    };
    assert!(align(&doc(left), &doc(right), &stricter).is_empty());
}

#[test]
fn two_sentences_matching_one_pair_as_two_to_one_and_mirror_as_one_to_two() {
    let split = "Iceland will send 40 mobile turbines to Kharkiv. \
                 It will also train 300 Ukrainian engineers at drilling sites.";
    let joined = "Iceland will send 40 mobile turbines to Kharkiv and train 300 Ukrainian \
                  engineers at drilling sites.";
    assert_eq!(pairs(split, joined), [(vec![0, 1], vec![0])]);
    assert_eq!(pairs(joined, split), [(vec![0], vec![0, 1])]);
}

#[test]
fn a_second_sentence_adding_little_does_not_make_a_merge() {
    let left = "Iceland will send 40 mobile turbines to Kharkiv next winter. Iceland agreed.";
    let right = "Iceland will send 40 mobile turbines to Kharkiv next winter.";
    assert_eq!(pairs(left, right), [(vec![0], vec![0])]);
}

#[test]
fn a_report_aligned_with_itself_pairs_every_sentence_with_itself() {
    let text = "He spoke. The talks ended. He spoke. Then the minister left for Oslo. \
                The talks ended.\n\nHe spoke.";
    let expected: Vec<(Vec<usize>, Vec<usize>)> = (0..6).map(|i| (vec![i], vec![i])).collect();
    assert_eq!(pairs(text, text), expected);
}

#[test]
fn many_repeats_of_one_sentence_pair_in_order() {
    let text = "The meeting ended. ".repeat(2_000);
    let got = align(&doc(&text), &doc(&text), &Options::default());
    assert_eq!(got.len(), 2_000);
    assert!(got.iter().all(|p| p.left == p.right));
}

#[test]
fn boilerplate_is_left_out_unless_asked_for() {
    let text = "Share this article now\n\nThe ministers met in Reykjavik.";
    let furniture = 0..22;
    let left = Document::from_parts(
        "l".into(),
        text.into(),
        crate::ingest::SourceInfo::plain_text(text.len()),
        vec![furniture.clone()],
    );
    let right = left.clone();
    let default = align(&left, &right, &Options::default());
    assert_eq!(
        default.iter().map(|p| p.left.clone()).collect::<Vec<_>>(),
        [vec![1]]
    );
    let all = Options {
        include_boilerplate: true,
        ..Options::default()
    };
    assert_eq!(align(&left, &right, &all).len(), 2);
}

#[test]
fn scores_lie_between_zero_and_one() {
    let text = "Prices rose. Prices rose and rose. Nobody knows why prices rose.";
    for p in align(&doc(text), &doc(text), &Options::default()) {
        assert!((0.0..=1.0).contains(&p.score));
    }
}

fn pair(left: usize, right: usize) -> Pair {
    Pair {
        left: vec![left],
        right: vec![right],
        score: 1.0,
    }
}

#[test]
fn moved_marks_only_the_pairs_off_the_longest_increasing_run() {
    // Right order 0 1 2 3 4 with the sentence told first on the left told last on the right.
    let pairs = [pair(0, 4), pair(1, 0), pair(2, 1), pair(3, 2), pair(4, 3)];
    assert_eq!(moved(&pairs), [true, false, false, false, false]);
    let in_order = [pair(0, 0), pair(1, 2), pair(3, 5)];
    assert_eq!(moved(&in_order), [false, false, false]);
    assert!(moved(&[]).is_empty());
}

#[test]
// The float just below a half of the grid step, written out as it is stored.
#[allow(clippy::excessive_precision)]
fn scores_go_on_the_grid_as_rounding_half_away_from_zero_would_put_them() {
    let rounded = |score: f64| (score * SCORE_GRID).round() as i64;
    let mut scores = vec![
        0.0,
        -0.0,
        1.0,
        0.3,
        0.5e-9,
        -0.5e-9,
        1.5e-9,
        2.5e-9,
        -2.5e-9,
        0.49999999999999994e-9,
        0.123_456_789_5,
        0.999_999_999_5,
        1e10,
        -1e10,
        1e300,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    // Halfway between grid points, as near as a float gets.
    scores.extend((0..10_000).map(|n| (n as f64 * 99_991.0 + 0.5) / SCORE_GRID));
    // Sums of weights land anywhere between grid points: a sweep of the unit interval.
    let mut x = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        scores.push((x >> 11) as f64 / (1u64 << 53) as f64);
    }
    for score in scores {
        assert_eq!(on_grid(score), rounded(score), "{score:e}");
    }
}

#[test]
fn independently_written_accounts_pair_what_both_tell() {
    // Two accounts of one flood in their own words and order: every sentence the other
    // also tells finds its counterpart, though they share few words beyond the names
    // (the mayor's warning and the buses score in the high twenties); the engineers and
    // the choir, told by one account only, stay alone.
    let left = "Flooding closed the main rail line between Tarvos and Meridell on Thursday, \
                stranding hundreds of commuters. \
                The regional transport agency said repairs to the embankment would take at \
                least a week. \
                Mayor Ines Caldera called the closure a blow to local businesses already hit \
                by the storm. \
                Engineers from the national railway were flown in to inspect two damaged \
                bridges near Oster Bay. \
                Bus companies added extra services to carry passengers around the flooded \
                section. \
                The river peaked at 6.2 metres late on Wednesday, its highest level since \
                records began.";
    let right = "Hundreds of travellers were left stuck on Thursday after floodwater shut the \
                 railway from Tarvos to Meridell. \
                 Caldera, the mayor, warned that shops and cafés hurt by the storm would \
                 suffer again. \
                 According to the transport agency for the region, fixing the embankment \
                 will need a week or more. \
                 Water levels on the river reached a record 6.2 metres on Wednesday night. \
                 A local choir cancelled its concert at the cathedral. \
                 Extra buses now run around the section under water.";
    assert_eq!(
        pairs(left, right),
        [
            (vec![0], vec![0]),
            (vec![1], vec![2]),
            (vec![2], vec![1]),
            (vec![4], vec![5]),
            (vec![5], vec![3]),
        ]
    );
}

/// A march told twice: the van's three injured and the police's 56 injured share only
/// "people" and "injured", words neither report uses elsewhere.
pub(crate) const MARCH_LEFT: &str = "Thousands marched through Kelbor on Saturday against the new \
    mining law. A van drove into marchers by the old bridge, injuring three people. Organisers \
    said the march was the largest in a decade. The interior minister blamed opposition groups \
    for the unrest.";
pub(crate) const MARCH_RIGHT: &str = "Tens of thousands joined Saturday's march in Kelbor against \
    the mining law. Police said 56 people were injured in the course of the day. The interior \
    minister accused the opposition of stirring unrest. Organisers called it the biggest march \
    in ten years.";

#[test]
fn two_words_only_these_sentences_use_pair_them_below_the_threshold_as_no_counterparts() {
    let options = Options::default();
    let found = align(&doc(MARCH_LEFT), &doc(MARCH_RIGHT), &options);
    let injured = found
        .iter()
        .find(|p| p.left == [1])
        .expect("the injured are side by side");
    assert_eq!(injured.right, [1]);
    assert!(injured.score < options.align_threshold, "{}", injured.score);
    assert!(!injured.is_counterpart(&options));
    assert!(found
        .iter()
        .filter(|p| p.left != [1])
        .all(|p| p.is_counterpart(&options)));
    // Told with other words the march's injured share nothing but the common "people", and
    // stay apart.
    let other = MARCH_RIGHT.replace("56 people were injured", "56 people needed treatment");
    let found = align(&doc(MARCH_LEFT), &doc(&other), &options);
    assert!(found.iter().all(|p| p.left != [1]), "{found:?}");
}
