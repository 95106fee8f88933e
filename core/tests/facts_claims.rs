//! Figures as claims (issue 13): a value with the bounds its hedge allows, a measure, a scope
//! and a source. Each test is a small pair of invented reports compared end to end through
//! the sentence alignment, showing one way real reports state or dispute a figure.

use corroborate_core::{compare, facts, Conflict, Document, Fact, FactKind, Options};

/// Facts and contradictions of a pair, through the real alignment.
fn pair(left: &str, right: &str) -> (Vec<Fact>, Vec<Conflict>) {
    let (left, right) = (
        Document::from_text("left.txt", left),
        Document::from_text("right.txt", right),
    );
    let comparison = compare(&left, &right, &Options::default());
    facts::compare_facts(&left, &right, &comparison.alignment)
}

fn values(conflicts: &[Conflict]) -> Vec<(&str, &str)> {
    conflicts
        .iter()
        .map(|c| (c.left.as_str(), c.right.as_str()))
        .collect()
}

#[test]
fn a_toll_with_no_noun_after_it_takes_its_measure_from_the_clause() {
    let (_, conflicts) = pair(
        "The death toll from the floods in the Varnia valley has risen to 1,000, officials said.\nRescue teams reached the upper villages on foot.",
        "The death toll from the floods in the Varnia valley has surged to 694, officials said.\nRescue teams reached the upper villages on foot.",
    );
    assert_eq!(values(&conflicts), [("1,000", "694")], "{conflicts:#?}");
    assert!(
        conflicts[0].about.starts_with("death toll"),
        "{:?}",
        conflicts[0].about
    );
}

#[test]
fn lower_bounds_that_can_both_be_true_are_no_contradiction() {
    let (found, conflicts) = pair(
        "More than 260 people were killed when the dam at Lake Orsa gave way on Tuesday.\nThe army sent boats.",
        "Over 290 people were killed when the dam at Lake Orsa gave way on Tuesday.\nThe army sent boats.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    assert!(found.iter().any(|f| f.kind == FactKind::Number));
}

#[test]
fn one_sites_injured_are_a_part_not_a_rival_count_of_the_whole() {
    let (_, conflicts) = pair(
        "The storm injured 2,376 people across the country, the interior ministry said.\nPower was cut in the north.",
        "At two building sites in Dorvik, 16 people were injured, the interior ministry said.\nPower was cut in the north.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn a_vague_crowd_size_contradicts_a_figure_outside_its_bounds() {
    let (_, conflicts) = pair(
        "Tens of thousands of people rallied in Kestral on Saturday against the new mining law.\nThe march ended peacefully at dusk.",
        "The march ended peacefully at dusk.\nOrganisers spent the morning handing out water.\nAt least 150,000 people took to the streets of Kestral to oppose the mining law.",
    );
    assert_eq!(
        values(&conflicts),
        [("Tens of thousands of people", "At least 150,000 people")],
        "{conflicts:#?}"
    );
    assert_eq!(conflicts[0].about, "crowd size, Kestral");
    // Hundreds of thousands and at least 150,000 can both be true.
    let (_, conflicts) = pair(
        "Hundreds of thousands of people rallied in Kestral on Saturday against the new mining law.",
        "Organisers spent the morning handing out water.\nAt least 150,000 people took to the streets of Kestral to oppose the mining law.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn two_sentences_sharing_an_exact_toll_are_one_statement() {
    // The sentences are worded too differently to align, but both give 412 dead: the
    // injured beside it are the same figure, stated twice differently.
    let (_, conflicts) = pair(
        "Heavy rain fell for a week.\nMarta Vell, a spokeswoman for the relief agency, told the radio that 412 people were dead, 1,930 injured and 800 homes flattened.",
        "Quoting an agency official as saying that 412 people had lost their lives and 1,390 more wounded, the governor asked for tents.\nHeavy rain fell for a week.",
    );
    assert_eq!(
        values(&conflicts),
        [("1,930 injured", "1,390 more wounded")],
        "{conflicts:#?}"
    );
}

#[test]
fn a_figure_from_a_source_the_other_report_never_cites_is_no_contradiction() {
    let (_, conflicts) = pair(
        "The ministry said 310 people died in the storm.\nThe Red Cross said 80 people had died in the coastal towns.\nSchools stayed shut.",
        "Schools stayed shut.\nA week later the ministry said 310 people died in the storm.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn a_weekday_that_its_own_date_contradicts_meets_the_right_weekday() {
    let (_, conflicts) = pair(
        "The summit began at noon on Wednesday (Oct. 30, 2025) in the harbour hall of Lisbon and lasted two hours.\nThe ministers then flew home.",
        "The ministers then flew home.\nAnna Lindqvist called Thursday's summit in Lisbon a turning point.",
    );
    assert_eq!(
        values(&conflicts),
        [("Wednesday", "Thursday")],
        "{conflicts:#?}"
    );
}

#[test]
fn a_magnitude_written_before_its_number_is_one_measure() {
    let (_, conflicts) = pair(
        "A magnitude 6.4 earthquake struck the hills north of Tavel before dawn.\nHomes were damaged.",
        "Homes were damaged.\nSeismologists said the quake measured 6.1 magnitude and was felt in Tavel.",
    );
    assert_eq!(
        values(&conflicts),
        [("6.4 earthquake", "6.1 magnitude")],
        "{conflicts:#?}"
    );
    assert_eq!(conflicts[0].about, "magnitude, Tavel");
}

#[test]
fn the_part_takes_the_noun_of_its_whole() {
    let (_, conflicts) = pair(
        "The Green Alliance won 88 of the 240 seats, while the Farmers' League won 61 seats.",
        "The Farmers' League came second.\nFinal results gave the Green Alliance the lead with 97 of 240 seats.",
    );
    assert_eq!(values(&conflicts), [("88", "97")], "{conflicts:#?}");
    assert_eq!(conflicts[0].about, "seats");
}

#[test]
fn two_days_of_one_story_in_corresponding_sentences_are_no_contradiction() {
    // The polls were on Thursday; the count ended on Sunday. Neither clause says the two
    // days are of one event.
    let (_, conflicts) = pair(
        "The delayed final results from Varnia's national polls on Thursday show the Greens ahead.",
        "The Greens are ahead in Varnia's national polls as the counting of ballots finally concluded on Sunday.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn a_day_told_in_the_same_words_is_one_events_day_without_an_event_word() {
    // No word says what the event was, but both sentences lead up to the day alike: one
    // departure, given two days.
    let (_, conflicts) = pair(
        "The relief convoy crossed the northern border on Tuesday with medicine and tents.",
        "The relief convoy crossed the northern border on Friday with medicine and tents.",
    );
    assert_eq!(
        values(&conflicts),
        [("Tuesday", "Friday")],
        "{conflicts:#?}"
    );
    assert_eq!(
        conflicts[0].about,
        "when “The relief convoy crossed the northern border”"
    );
}

#[test]
fn days_led_up_to_in_other_words_need_an_event_word() {
    // The same story, two different steps of it: opening and closing are two days.
    let (_, conflicts) = pair(
        "The relief convoy's border crossing opened to trucks on Tuesday, officials said.",
        "The relief convoy's border crossing closed to trucks on Friday, officials said.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn a_rate_is_a_measure_of_its_own() {
    let (_, conflicts) = pair(
        "Holders will receive 2.3234 shares in Ostra Energy for each Polar share they own.\nThe boards approved the deal.",
        "The boards approved the deal.\nInvestors will get 2.2324 Ostra shares for each Polar share.",
    );
    assert_eq!(
        values(&conflicts),
        [("2.3234 shares", "2.2324 Ostra shares")],
        "{conflicts:#?}"
    );
}

#[test]
fn the_contradiction_rule_of_the_pair_view_is_the_matrix_rule() {
    let texts = [
        "The death toll from the floods in the Varnia valley has risen to 1,000, officials said.",
        "The death toll from the floods in the Varnia valley has surged to 694, officials said.",
    ];
    let docs = [
        Document::from_text("a.txt", texts[0]),
        Document::from_text("b.txt", texts[1]),
    ];
    let (_, conflicts) = pair(texts[0], texts[1]);
    let m = facts::matrix(&docs);
    let different: usize = m.rows.iter().map(|r| r.different).sum();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        different, 2,
        "each report's figure is the other's different cell"
    );
}

/// The note of the corroborated figure whose forms include `value`.
fn note_of<'a>(found: &'a [Fact], value: &str) -> &'a str {
    found
        .iter()
        .find(|f| f.kind == FactKind::Number && f.left.iter().any(|v| v == value))
        .map(|f| f.note.as_str())
        .unwrap_or_else(|| panic!("no figure {value}: {found:#?}"))
}

#[test]
fn a_figure_one_report_states_and_the_other_only_reports_as_a_claim_says_so() {
    let (found, conflicts) = pair(
        "Landslides in the Varnia hills buried 42 homes on Sunday.\nRoads stayed closed.",
        "Landslides in the Varnia hills reportedly buried 42 homes on Sunday.\nRoads stayed closed.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    assert_eq!(
        note_of(&found, "42 homes"),
        "left states it as fact, right gives it only as a claim (“reportedly”)"
    );
}

#[test]
fn a_figure_attributed_on_one_side_and_stated_on_the_other_says_so() {
    let (found, _) = pair(
        "The storm cut power to 9,000 households, the grid operator said.",
        "The storm cut power to 9,000 households across the coast.",
    );
    assert_eq!(
        note_of(&found, "9,000 households"),
        "left attributes it to a source, right states it as fact"
    );
}

#[test]
fn a_figure_stated_alike_on_both_sides_has_no_note() {
    let (found, _) = pair(
        "The storm cut power to 9,000 households, the grid operator said.",
        "The grid operator said the storm cut power to 9,000 households.",
    );
    assert_eq!(note_of(&found, "9,000 households"), "");
}

#[test]
fn a_figure_given_with_its_measure_on_one_side_is_the_same_figure_on_the_other() {
    let (found, conflicts) = pair(
        "Students marched for the 12 people who were killed when the bridge fell.",
        "The march honoured the 12 people killed when the bridge fell.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let twelve: Vec<&Fact> = found
        .iter()
        .filter(|f| f.kind == FactKind::Number && f.label.starts_with("12"))
        .collect();
    assert_eq!(twelve.len(), 1, "{twelve:#?}");
    assert_eq!(twelve[0].status, corroborate_core::FactStatus::Shared);
}

#[test]
fn a_range_put_at_by_its_clause_is_a_figure_and_one_of_its_ends_is_the_same_figure() {
    use corroborate_core::FactStatus;
    let left = "Thousands marched in Kelbor on Sunday.\nOfficials estimated the number of marchers at between 8,000 and 12,000.";
    // One report gives the range, the other one of its ends: one figure, both give it.
    let (found, conflicts) = pair(
        left,
        "Thousands marched in Kelbor on Sunday.\nPolice estimated the turnout at 12,000.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let range = found
        .iter()
        .find(|f| f.left.iter().any(|l| l == "between 8,000 and 12,000"))
        .expect("the range after “at between” is a figure");
    assert_eq!(range.status, FactStatus::Shared, "{range:#?}");
    assert_eq!(range.right, ["12,000"]);
    assert!(range.label.contains("crowd size"), "{}", range.label);
    // A figure inside the range, not at an end, is a figure of its own: it agrees with the
    // range (no contradiction), but neither report gives it as the other does.
    let (found, conflicts) = pair(
        left,
        "Thousands marched in Kelbor on Sunday.\nPolice estimated the turnout at 10,000.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let ten = found
        .iter()
        .find(|f| f.right.iter().any(|r| r == "10,000"))
        .unwrap();
    assert_eq!(ten.status, FactStatus::RightOnly, "{ten:#?}");
}

#[test]
fn hours_and_minutes_are_one_duration() {
    use corroborate_core::FactStatus;
    let opening = "The leaders met in Kelbor on Sunday.\n";
    let (found, conflicts) = pair(
        &format!("{opening}The talks lasted one hour and 40 minutes."),
        &format!("{opening}The closed-door talks lasted around an hour and 40 minutes."),
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let talks = found
        .iter()
        .find(|f| f.left.iter().any(|l| l == "one hour and 40 minutes"))
        .expect("the whole duration is one figure");
    assert_eq!(talks.status, FactStatus::Shared, "{talks:#?}");
    assert_eq!(talks.right, ["around an hour and 40 minutes"]);
    // The minutes alone are no longer what is compared: two hours and 40 minutes differ.
    let (_, conflicts) = pair(
        &format!("{opening}The talks lasted one hour and 40 minutes."),
        &format!("{opening}The talks lasted two hours and 40 minutes."),
    );
    assert_eq!(
        values(&conflicts),
        [("one hour and 40 minutes", "two hours and 40 minutes")]
    );
}
