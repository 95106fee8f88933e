//! Inputs the fuzz targets (`fuzz/`) once failed on, kept as tests: each runs the same checks
//! the fuzzer runs (`common/invariants.rs`) on the minimised input, named after what broke.

mod common;

use common::invariants::check_pair;
use corroborate_core::Options;

fn with_boilerplate(min_verbatim_words: usize) -> Options {
    Options {
        include_boilerplate: true,
        min_verbatim_words,
        ..Options::default()
    }
}

/// "j" reads as "i" for alignment, and "i" is also a stop word: the key once took the stop
/// flag of whichever report came first, so the pair formed in one order only.
#[test]
fn a_word_whose_alignment_key_spells_a_stop_word_aligns_the_same_both_ways() {
    check_pair(";i", "2.j", &with_boilerplate(1));
    check_pair(
        "Ann met them in Oslo.",
        "An envoy met Ann in Oslo.",
        &Options::default(),
    );
}

/// Two equally short word diffs, one of which pairs "WWWW" with its spelling variant
/// "WWWWW": Myers picked one or the other by which report was on the left, so the
/// similarity depended on the order.
#[test]
fn similarity_does_not_depend_on_which_report_is_on_the_left() {
    let options = Options {
        align_threshold: 0.1,
        ..with_boilerplate(7)
    };
    check_pair(
        "W\u{FFFD}W\u{FFFD}WWWWW\u{FFFD}S",
        "?W\u{FFFD}S?WWWW\u{FFFD}S?S",
        &options,
    );
}

/// A lone surname ("Lund said…") shared by two people, one named in each report: it joined
/// whichever person the report read first named, so swapping the reports moved it.
#[test]
fn a_surname_two_people_share_goes_to_the_same_person_either_way_round() {
    check_pair(
        "Anna Lund met the envoys in Oslo. Lund said the talks would go on.",
        "Marek Lund met the envoys in Oslo on Monday.",
        &Options::default(),
    );
    check_pair(
        "\u{FFFD}\u{FFFD}S\u{FFFD}U.S",
        "PPVt S\u{8}\u{FFFD}eyi",
        &with_boilerplate(15),
    );
}

/// Two left sentences matching one right sentence exactly as well as the mirror image (one
/// left sentence matching two right ones): the tie went to the left side's merge in both
/// orders, so the pairs were not mirrored.
#[test]
fn a_tie_between_merges_goes_the_same_way_either_way_round() {
    let options = Options {
        align_threshold: 0.25,
        ..with_boilerplate(7)
    };
    check_pair("wy\"s?y", "y\"s?wy", &options);
}

/// A quote near two others that are not near each other: the copy in the second report
/// joined whichever came first, not the one it repeats, so a report compared with itself had
/// a quote on one side only.
#[test]
fn a_report_compared_with_itself_finds_each_quote_in_both() {
    let text = "“We will rebuild,” he said. “Every plant by winter,” she said. \
                “We will rebuild every plant by winter,” they said.";
    check_pair(text, text, &Options::default());
    let garbled = "t\"sp\u{FFFD}e!wn\"\"p t\u{FFFD}e!wn\"\"p t sp\u{FFFD}e=wn\"";
    check_pair(garbled, garbled, &Options::default());
}

/// A dash carrying a Hebrew point is a word that folds to "-", which gave no alignment key:
/// its sentence could not pair even with itself.
#[test]
fn a_sentence_of_a_marked_dash_pairs_with_itself() {
    let text = "\u{5d4}\u{5bc}\n\u{2014}\u{5bc}";
    check_pair(text, text, &Options::default());
}

/// Fourteen sentences of the same two CJK-and-Latin words, one with each word twice: a
/// dozen others scored as well as its own copy, up to the rounding of sums, and pushed it out
/// of the best few candidates, so the report compared with itself left it unpaired.
#[test]
fn a_sentence_repeated_a_dozen_times_still_pairs_with_its_own_copy() {
    let garbled = "#.\"\u{52eb}e.\"\u{52eb}e\"\"\u{52eb}e.\"\u{52eb}e. \u{5ed5}\u{7296}\u{7296}\
                   \u{7296}\u{7296}\u{7296}\u{7296}\u{7296}.e.\u{52eb}e.\"\u{52eb}e.\"\u{52eb}e.\
                   \u{52eb}e. F1e.\"\u{52eb}e.\u{52eb}e.\"\u{52eb}e.\"\u{5888}.\u{52eb}e.\"\
                   \u{52eb}e.\"\u{52eb}e.\"\"";
    check_pair(garbled, garbled, &Options::default());
}
