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
