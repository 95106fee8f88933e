//! Regressions in the facts a reader sees, each named after the behaviour it fixes and shown
//! on sentences of our own: years that contradict, events dated in sentences the alignment
//! did not pair, labels that read as the report wrote them, and names, numbers and quotes
//! that are really names, numbers and quotes.

use corroborate_core::{compare, facts, Conflict, Document, Fact, FactKind, FactStatus, Options};

fn doc(name: &str, text: &str) -> Document {
    Document::from_text(name, text)
}

/// Facts and conflicts of a pair, through the real alignment.
fn pair(left: &str, right: &str) -> (Vec<Fact>, Vec<Conflict>) {
    let (left, right) = (doc("left.txt", left), doc("right.txt", right));
    let comparison = compare(&left, &right, &Options::default());
    facts::compare_facts(&left, &right, &comparison.alignment)
}

/// Facts and conflicts of a pair whose sentences the alignment paired not at all, as with
/// reports written independently.
fn unaligned(left: &str, right: &str) -> (Vec<Fact>, Vec<Conflict>) {
    let (left, right) = (doc("left.txt", left), doc("right.txt", right));
    facts::compare_facts_with_rows(&left, &right, &[])
}

fn labels(text: &str, kind: FactKind) -> Vec<String> {
    facts::extract(&doc("a.txt", text))
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.label)
        .collect()
}

fn sides(c: &Conflict) -> (&str, &str) {
    (c.left.as_str(), c.right.as_str())
}

#[test]
fn a_different_year_in_corresponding_sentences_is_a_contradiction() {
    let (found, conflicts) = pair(
        "The council said the new tram would link the old harbour to the university campus by 2029.\nWork starts in spring.",
        "The council said the new tram would link the old harbour to the university campus by 2030.\nWork starts in spring.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(
        (conflicts[0].kind, sides(&conflicts[0])),
        (FactKind::Date, ("2029", "2030"))
    );
    assert!(
        !found
            .iter()
            .any(|f| f.kind == FactKind::Date && f.status != FactStatus::Conflict),
        "the two years are one contradicted fact, not two single-sourced ones: {found:#?}"
    );
}

#[test]
fn years_after_different_words_are_different_slots() {
    let (_, conflicts) = pair(
        "The council has planned the tram since 2021 and wants it finished.",
        "The council has planned the tram and wants it finished by 2030.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn the_same_event_dated_in_unaligned_sentences_is_a_contradiction() {
    let (_, conflicts) = unaligned(
        "Mayor Ilse Brandvold and engineer Noémie Dufrêne opened the talks in Lisbon on Sunday, officials said.\nThe budget is tight.",
        "Funding was the main worry.\nNoémie Dufrêne arrived in Lisbon on Monday for a visit with Mayor Ilse Brandvold, who praised the plans.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(sides(&conflicts[0]), ("Sunday", "Monday"));
    assert_eq!(
        (conflicts[0].left_sentence, conflicts[0].right_sentence),
        (0, 1)
    );
    assert!(conflicts[0].about.contains("Lisbon"), "{conflicts:#?}");
}

#[test]
fn a_weekday_is_checked_against_a_yearless_date_with_the_other_reports_year() {
    // 2 March 2026 was a Monday; the right report gives no year, the left one does.
    let left = "LISBON, March 4, 2026 — Mayor Ilse Brandvold met engineer Noémie Dufrêne in Lisbon on Sunday to open the talks.";
    let right = "Noémie Dufrêne arrived in Lisbon on March 2 for talks with Mayor Ilse Brandvold.";
    let (_, conflicts) = unaligned(left, right);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(sides(&conflicts[0]), ("Sunday", "March 2"));
    let (_, agree) = unaligned(&left.replace("Sunday", "Monday"), right);
    assert!(agree.is_empty(), "{agree:#?}");
}

#[test]
fn unaligned_dates_of_other_events_or_other_people_are_not_contradictions() {
    // The left report dates the Florida talks too; only the meeting is compared.
    let (_, conflicts) = unaligned(
        "Ilse Brandvold met Noémie Dufrêne in Lisbon on Monday; the talks between their aides in Florida were on Sunday.",
        "Ilse Brandvold met Noémie Dufrêne in Lisbon on Monday.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    // Same city, other people: two meetings, not one.
    let (_, conflicts) = unaligned(
        "Ilse Brandvold met Noémie Dufrêne in Lisbon on Monday.",
        "Tomas Reyes met Karin Holm in Lisbon on Sunday.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    // Same people, no place on one side: nothing pins the event down.
    let (_, conflicts) = unaligned(
        "Ilse Brandvold met Noémie Dufrêne in Lisbon on Monday.",
        "Ilse Brandvold met Noémie Dufrêne on Sunday.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn an_event_dated_alike_somewhere_is_not_contradicted_elsewhere() {
    let (_, conflicts) = unaligned(
        "Ilse Brandvold met Noémie Dufrêne in Lisbon on Monday.",
        "Noémie Dufrêne arrived in Lisbon on Sunday. She held talks with Ilse Brandvold in Lisbon on Monday, aides said.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn money_reads_in_millions_and_a_measure_is_not_respelled() {
    let found = labels(
        "The city will spend €410 million on a nine-kilometre tram line, and $2.5 billion on roads.",
        FactKind::Number,
    );
    assert!(found.contains(&"€410 million".to_string()), "{found:?}");
    assert!(found.contains(&"$2.5 billion".to_string()), "{found:?}");
    // Neither "kilometre" respelled nor one report's spelling imposed: the symbol.
    assert!(found.contains(&"9-km tram line".to_string()), "{found:?}");
}

#[test]
fn a_contradicted_percentage_is_described_as_a_percentage() {
    let (_, conflicts) = pair(
        "Turnout in the harbour district rose by 12 percent, the council said.",
        "Turnout in the harbour district rose by 15 percent, the council said.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(!conflicts[0].about.contains("percents"), "{conflicts:#?}");
    assert!(conflicts[0].about.contains("percentage"), "{conflicts:#?}");
}

#[test]
fn a_count_with_no_noun_is_not_a_fact() {
    let (found, conflicts) = pair(
        "Reporter 1 watched the vote from the gallery.",
        "Reporter 2 watched the vote from the gallery.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    assert!(
        !found.iter().any(|f| f.kind == FactKind::Number),
        "{found:#?}"
    );
}

#[test]
fn a_measured_noun_stops_before_the_verb() {
    let found = labels(
        "A nine-hour meeting brought him no closer to a deal.",
        FactKind::Number,
    );
    assert_eq!(found, ["9-hour meeting"]);
}

#[test]
fn a_title_opening_a_sentence_is_not_part_of_the_name() {
    let report = doc(
        "a.txt",
        "Engineer Noémie Dufrêne presented the plan. The mayor thanked engineer Noémie Dufrêne.",
    );
    let people: Vec<String> = facts::extract(&report)
        .into_iter()
        .filter(|m| m.kind == FactKind::Person)
        .map(|m| m.label)
        .collect();
    assert_eq!(people, ["Noémie Dufrêne", "Noémie Dufrêne"]);
}

#[test]
fn a_hyphenated_surname_with_accents_stays_one_name() {
    let people = labels(
        "Councillor Théo Marchetti-Sjöberg voted against. Marchetti-Sjöberg said the line was too costly.",
        FactKind::Person,
    );
    assert_eq!(people, ["Théo Marchetti-Sjöberg", "Théo Marchetti-Sjöberg"]);
}

#[test]
fn a_town_is_a_place_and_a_month_is_not() {
    let text =
        "Ashcombe Vale voted for the tram at the March meeting. Voters in Ashcombe Vale cheered.";
    assert!(
        labels(text, FactKind::Person).is_empty(),
        "{:?}",
        labels(text, FactKind::Person)
    );
    let places = labels(text, FactKind::Place);
    assert!(places.iter().all(|p| p == "Ashcombe Vale"), "{places:?}");
    assert!(!places.is_empty());
}

#[test]
fn code_is_neither_a_number_nor_a_quote() {
    let text = "Dr. Ines Varga said the page ran <a href=\"javascript:alert(1)\">a script</a> before it was fixed.";
    assert!(
        labels(text, FactKind::Number).is_empty(),
        "{:?}",
        labels(text, FactKind::Number)
    );
    assert!(
        labels(text, FactKind::Quote).is_empty(),
        "{:?}",
        labels(text, FactKind::Quote)
    );
    // Prose in quotes is still a quote.
    let quotes = labels(
        "\"We fixed it within the hour,\" Ines Varga said.",
        FactKind::Quote,
    );
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    // So is what someone said with a payload pasted into it: it stays text to show.
    let quotes = labels(
        "\"We have won <script>alert(1)</script> a fair wage for every crew,\" Tomas Reyk said.",
        FactKind::Quote,
    );
    assert_eq!(quotes.len(), 1, "{quotes:?}");
}

/// Issue 12: a doubled joiner left by a careless edit ("and and") cut a run of names into an
/// empty piece, and the engine panicked on it.
#[test]
fn issue_12_a_doubled_joiner_between_names_is_read_not_a_crash() {
    for text in [
        "Ukraine and and Volodymyr met.",
        "The envoys of Norway and and of the Netherlands met Petra Lind on Monday.",
        "Foreign Secretary Amal A Amal The Minister said so.",
        "And and of the Of met.",
    ] {
        let (found, conflicts) = pair(text, text);
        assert!(conflicts.is_empty(), "{text}: {conflicts:#?}");
        assert!(
            found.iter().all(|f| f.status == FactStatus::Shared),
            "{text}: {found:#?}"
        );
    }
    assert!(labels(
        "The envoys of Norway and and of the Netherlands met Petra Lind.",
        FactKind::Person
    )
    .contains(&"Petra Lind".to_string()));
}

/// Issue 13: what one report shows a name to be (a company, an acronym's body, a place)
/// holds where the other report only writes the bare name.
#[test]
fn issue_13_a_name_shown_as_a_body_or_place_in_one_report_is_one_in_the_other() {
    let (found, _) = unaligned(
        "The Coastal Fisheries Board (CFB) met in Dunmore. Northwind's shares fell.",
        "CFB officials arrived late. Dunmore was quiet. Northwind said nothing.",
    );
    let shared = |kind: FactKind, text: &str| {
        found.iter().any(|f| {
            f.kind == kind
                && f.status == FactStatus::Shared
                && (f.label.contains(text) || f.right.iter().any(|r| r.contains(text)))
        })
    };
    assert!(
        shared(FactKind::Organization, "CFB") || shared(FactKind::Organization, "Coastal"),
        "{found:#?}"
    );
    assert!(shared(FactKind::Place, "Dunmore"), "{found:#?}");
    assert!(shared(FactKind::Organization, "Northwind"), "{found:#?}");
}

/// Issue 13: transliterated names vary their vowels ("Rahman"/"Rohman", "Majumdar"/
/// "Mozumdar"), an abbreviated given name stands for the name ("Md."), and a shorter form
/// of a long name is its start: each is one person across two reports.
#[test]
fn issue_13_transliterated_and_shortened_names_are_one_person() {
    let (found, _) = unaligned(
        "Justice Md. Rafiqul Alam Majumdar read the order. Former minister Nurul Haque Sarkar Tipu was named.",
        "Justice Mohammad Rofiqul Alam Mozumdar read the order. Former minister Nurul Hoque Sarkar was named.",
    );
    let people: Vec<&Fact> = found
        .iter()
        .filter(|f| f.kind == FactKind::Person)
        .collect();
    assert_eq!(people.len(), 2, "{people:#?}");
    assert!(
        people.iter().all(|f| f.status == FactStatus::Shared),
        "{people:#?}"
    );
    // Names that differ in a whole word stay apart.
    let (apart, _) = unaligned(
        "Minister Nurul Alam Sarkar spoke.",
        "Minister Karim Alam Sarkar spoke.",
    );
    let people = apart.iter().filter(|f| f.kind == FactKind::Person).count();
    assert_eq!(people, 2, "{apart:#?}");
}

/// Issue 13: a name inside a compound ("the Lindqvist–Nowak talks") is found when the
/// report names that person.
#[test]
fn issue_13_names_inside_a_compound_are_found() {
    let people = labels(
        "Anna Lindqvist met Marek Nowak on Monday. The Lindqvist-Nowak talks lasted an hour. The Lindqvist–Nowak meeting ended.",
        FactKind::Person,
    );
    assert_eq!(
        people.iter().filter(|l| *l == "Anna Lindqvist").count(),
        3,
        "{people:?}"
    );
    assert_eq!(
        people.iter().filter(|l| *l == "Marek Nowak").count(),
        3,
        "{people:?}"
    );
}

/// Issue 13: a masthead's founding date gives no year to the report's dates.
#[test]
fn issue_13_a_masthead_founding_date_is_not_the_reports_year() {
    let dates = labels(
        "The Dunmore Courier, Est. May 19, 1883\n\nThe mayor opened the bridge on Aug. 15, the council said.\n\nThe council met again on March 3, 2026.",
        FactKind::Date,
    );
    assert!(
        dates.iter().any(|d| d.contains("15 August 2026")),
        "{dates:?}"
    );
    assert!(
        !dates.iter().any(|d| d.contains("August 1883")),
        "{dates:?}"
    );
}

/// Issue 13: a body written out in one report ("the Kestrel-Marrow Energy Council") is the
/// acronym the other report uses ("the KMEC summit").
#[test]
fn issue_13_a_body_written_out_is_the_acronym_of_the_other_report() {
    let (found, _) = unaligned(
        "The ministers flew on to attend the KMEC summit in Tromsø.",
        "The ministers flew on to the Kestrel-Marrow Energy Council summit in Tromsø.",
    );
    let body = found
        .iter()
        .find(|f| f.kind == FactKind::Organization && f.left.iter().any(|l| l == "KMEC"))
        .expect("the acronym is an organisation");
    assert_eq!(body.status, FactStatus::Shared, "{found:#?}");
    assert_eq!(body.right, ["Kestrel-Marrow Energy Council"]);
}

#[test]
fn a_religious_title_is_no_part_of_the_name_and_keeps_a_long_name_whole() {
    // Three names after a religious title are one person, not two of two words each.
    for (text, person) in [
        (
            "Mullah Yusuf Karim Haqbeen, the deputy governor, visited the clinic.",
            "Yusuf Karim Haqbeen",
        ),
        (
            "Imam Tariq Salim Ansari led the prayers for the victims.",
            "Tariq Salim Ansari",
        ),
        (
            "Grand Ayatollah Reza Karimi Nouri called for calm.",
            "Reza Karimi Nouri",
        ),
    ] {
        assert_eq!(labels(text, FactKind::Person), [person], "{text}");
    }
}

#[test]
fn a_title_of_a_force_before_a_name_is_the_title() {
    assert_eq!(
        labels(
            "Varnian Army Chief Tomas Rell said the vote was fair.",
            FactKind::Person
        ),
        ["Tomas Rell"]
    );
    assert_eq!(
        labels("Police Chief Ana Kovac asked for calm.", FactKind::Person),
        ["Ana Kovac"]
    );
}

#[test]
fn a_company_named_after_what_it_does_is_an_organisation() {
    for text in [
        "In July the group said it was buying pipeline operator Kelbor in an all-share deal.",
        "Shipping giant Kelbor said its fleet would double.",
        "The deal makes carmaker Kelbor the region's largest.",
    ] {
        assert_eq!(labels(text, FactKind::Organization), ["Kelbor"], "{text}");
    }
    // A person who operates something keeps both names.
    assert_eq!(
        labels(
            "Crane operator Tomas Rell was hurt in the fall.",
            FactKind::Person
        ),
        ["Tomas Rell"]
    );
}

#[test]
fn a_single_name_with_an_age_or_a_persons_apposition_is_a_person() {
    for text in [
        "Marisol, a resident of the old town, said the walls cracked.",
        "Marisol, 34, said the walls cracked.",
        "Marisol, a retired teacher, said the walls cracked.",
    ] {
        assert_eq!(labels(text, FactKind::Person), ["Marisol"], "{text}");
    }
    // A city described by its size is no one.
    assert!(labels(
        "Tarvan, a city of two million, shook for a minute.",
        FactKind::Person
    )
    .is_empty());
}

#[test]
fn names_listed_after_an_area_noun_and_of_are_places() {
    assert_eq!(
        labels(
            "The quake was also felt in the nearby provinces of Tarvan and Kelbor, officials said.",
            FactKind::Place
        ),
        ["Tarvan", "Kelbor"]
    );
    assert_eq!(
        labels(
            "Rain hit the districts of Amber, Kelbor and Tarvan.",
            FactKind::Place
        ),
        ["Amber", "Kelbor", "Tarvan"]
    );
    // "of" after anything else says nothing of the name.
    assert!(labels("The leaders of Kelbor met.", FactKind::Place).is_empty());
}

#[test]
fn a_clock_time_outside_the_part_of_the_day_the_other_report_gives_is_a_contradiction() {
    let (_, conflicts) = pair(
        "The Varnia court announced its verdict at 2:50 pm, after a four-hour reading.",
        "The Varnia court announced its verdict in the morning, after a four-hour reading.",
    );
    assert_eq!(
        conflicts.iter().map(sides).collect::<Vec<_>>(),
        [("2:50 pm", "morning")],
        "{conflicts:#?}"
    );
    // Inside it, the two agree.
    let (_, conflicts) = pair(
        "The Varnia court announced its verdict at 10:15 am, after a four-hour reading.",
        "The Varnia court announced its verdict in the morning, after a four-hour reading.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    // "The morning papers" say nothing of when.
    assert!(labels("The morning papers led with the verdict.", FactKind::Date).is_empty());
    assert_eq!(
        labels("Talks resumed on Monday evening.", FactKind::Date),
        ["Monday evening"]
    );
}

#[test]
fn a_pronoun_speaks_for_the_subject_of_the_last_sentence_naming_someone() {
    // Rell is named last before "she", and again after it as the one she told; the speaker
    // is the sentence's subject.
    let (found, conflicts) = pair(
        "Talks in Tarvan\n\nAna Kovac met Tomas Rell on Monday. She told Rell the plan was \"far from finished\", an aide said.",
        "Talks in Tarvan\n\nAna Kovac met Tomas Rell on Monday. The plan was \"far from finished\", Kovac told him.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let quotes: Vec<(&str, FactStatus)> = found
        .iter()
        .filter(|f| f.kind == FactKind::Quote)
        .map(|f| (f.label.as_str(), f.status))
        .collect();
    assert_eq!(
        quotes,
        [("Ana Kovac: “far from finished”", FactStatus::Shared)]
    );
}

#[test]
fn a_count_after_a_function_word_opening_the_sentence_is_a_count() {
    assert_eq!(
        labels(
            "All 212 passengers were taken off the ferry.",
            FactKind::Number
        ),
        ["212 passengers"]
    );
    assert_eq!(
        labels(
            "Only 40 seats were filled when the debate began.",
            FactKind::Number
        ),
        ["40 seats"]
    );
    // A name and a number stay an identifier, not a count.
    assert!(labels("Route 66 was closed by the snow.", FactKind::Number).is_empty());
}
