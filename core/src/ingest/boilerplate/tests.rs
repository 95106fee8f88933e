use super::*;

/// Text with the lines expected to be marked wrapped in ⟦ ⟧ → (text, expected spans).
fn annotated(source: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut start = None;
    for c in source.chars() {
        match c {
            '⟦' => start = Some(text.len()),
            '⟧' => spans.push(start.take().expect("invariant: ⟧ follows ⟦")..text.len()),
            c => text.push(c),
        }
    }
    (text, spans)
}

fn marked(source: &str) -> (Vec<String>, Vec<String>) {
    let (text, expected) = annotated(source);
    let slices =
        |spans: Vec<Range<usize>>| spans.into_iter().map(|r| text[r].to_string()).collect();
    (slices(find(&text)), slices(expected))
}

#[test]
fn furniture_around_a_report_is_marked_and_the_report_is_not() {
    let (found, expected) = marked(
        "Ministers agree on grid link in Reykjavík\n\
         ⟦By Anna Sigurðardóttir and Tomás Ruiz, Reuters⟧\n\
         ⟦Updated 3:45 PM GMT, Tue 4 March 2025⟧\n\
         \n\
         REYKJAVÍK — Energy ministers from Iceland and Norway met on Tuesday at Höfði House.\n\
         ⟦Editor's note: This story was updated with the ministers' joint statement.⟧\n\
         By Tuesday evening, the two delegations had agreed on a timetable.\n\
         ⟦The ministers shake hands at Höfði House in Reykjavík, Iceland, March 4, 2025. REUTERS/Jón Jónsson⟧\n\
         ⟦Read more: Iceland's power exports under review⟧\n\
         The link would carry 1,200 megawatts, officials said.\n\
         \n\
         ⟦Share this article⟧\n\
         ⟦Advertisement⟧\n\
         ⟦More From Author⟧\n\
         ⟦Floods close roads in western Norway⟧\n\
         ⟦Central bank holds rates steady⟧\n\
         \n\
         ⟦Post a Comment⟧\n\
         ⟦0 Comments⟧\n\
         ⟦Close Menu⟧\n",
    );
    assert_eq!(found, expected);
}

#[test]
fn captions_and_credits_in_their_usual_forms() {
    for line in [
        "(Photo: Jane Doe/Reuters)",
        "Photo by Jane Doe on a quay in Bergen",
        "FILE PHOTO: A wind farm near Bergen, Norway, May 2, 2024.",
        "The delegations at the harbour / Getty Images",
        "Ministers arrive for the talks. (AP Photo/Jane Doe)",
        "Reporting by Jane Doe; Editing by John Roe",
    ] {
        assert!(
            matches!(line_kind(line), Some(Kind::Caption | Kind::Credits)),
            "not a caption: {line}"
        );
    }
}

#[test]
fn timestamps_and_reading_times() {
    for line in [
        "Updated 3:45 PM",
        "Published 4 March 2025 | Updated 5 March 2025",
        "Tue 4 Mar 2025 17.45 GMT",
        "04.03.2025 17:45",
        "5 min read",
        "Posted 2 hours ago",
        "Harbour Daily | Europe | 6 min read",
    ] {
        assert_eq!(line_kind(line), Some(Kind::Timestamp), "{line}");
    }
}

#[test]
fn breadcrumb_trails_are_navigation() {
    assert_eq!(line_kind("Home › World › Europe"), Some(Kind::Navigation));
    assert_eq!(
        line_kind("News | Politics | Iceland"),
        Some(Kind::Navigation)
    );
    assert_eq!(line_kind("Oslo | Reykjavík"), None);
}

#[test]
fn report_sentences_that_look_a_little_like_furniture_are_left_alone() {
    for line in [
        "By Sunday, the leaders had agreed on a plan.",
        "By the end of the talks, both sides claimed progress.",
        "Updated figures show 32 drones were shot down overnight.",
        "Photography was banned inside the palace.",
        "Comments from both leaders were brief.",
        "Share prices rose 3% after the announcement.",
        "The regulator said sites must obtain consent before placing cookies.",
        "\"We use cookies responsibly,\" the company said.",
        "Copyright law was not on the agenda.",
        "Turnout rose to 61% of 4 million voters, the volume of ballots a record.",
        "The regulator (source: its annual report) fined two firms.",
        "Both ministers met at 10:00 (local time) in Tromsø.",
        "(c) allow inspections at any time;",
        "The 24/7 hotline stays open.",
        "A poll by NORC found support at 52%.",
        "1,200",
        "2025",
        "Monday",
        "Subscribers to the service pay 10 euros a month.",
        "Read the statement in full below.",
        "The talks lasted 3 hours.",
        "Asked whether the deal was final, he said: \"Yes | no | maybe.\"",
        "Iceland · Norway: a power link at last?",
    ] {
        assert_eq!(line_kind(line), None, "marked: {line}");
    }
}

#[test]
fn a_repeated_headline_is_marked_once() {
    let (found, expected) = marked(
        "Talks end without deal\n\nA short dek under the headline\n\n⟦Talks end without deal⟧\n\nThe talks ended.\n",
    );
    assert_eq!(found, expected);
}

#[test]
fn a_related_list_ends_at_the_first_sentence() {
    let (found, expected) = marked(
        "⟦Related⟧\n⟦Floods close roads⟧\n\nThe ministers then left for Oslo.\nBackground\nThe talks had stalled in May.\n",
    );
    assert_eq!(found, expected);
}

#[test]
fn cookie_banners_and_their_buttons() {
    let (found, expected) = marked(
        "⟦We use cookies to improve your experience. By continuing, you agree to our cookie policy.⟧\n⟦Accept all⟧\n⟦Manage preferences⟧\nThe talks began.\n",
    );
    assert_eq!(found, expected);
}

#[test]
fn lines_may_end_in_a_lone_carriage_return() {
    let text = "The talks began.\rAdvertisement\rThey ended.";
    let marked: Vec<&str> = find(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["Advertisement"]);
}

#[test]
fn spans_are_trimmed_lines_in_crlf_text() {
    let text = "The talks began.\r\n  Advertisement  \r\nThey ended.\r\n";
    let spans = find(text);
    assert_eq!(spans.len(), 1);
    assert_eq!(&text[spans[0].clone()], "Advertisement");
}

/// Issue 13: contact lines, credit notes and a player's controls are furniture, not report.
#[test]
fn contact_lines_credit_notes_and_player_controls_are_furniture() {
    assert_eq!(
        line_kind(
            "Write to Jane Roe and Tom Hale at jane.roe@example.com and tom.hale@example.com"
        ),
        Some(Kind::Credits)
    );
    assert_eq!(
        line_kind("Please follow Jane Roe at @janeroe and on Threads at @jroe1980."),
        Some(Kind::Credits)
    );
    assert_eq!(line_kind("(END) Acme Newswires"), Some(Kind::Credits));
    assert_eq!(
        line_kind("The two ministers shake hands in Tromsø (Credit: Wire)"),
        Some(Kind::Caption)
    );
    assert_eq!(
        line_kind("0 seconds of 15 secondsVolume 0%"),
        Some(Kind::Sharing)
    );
    assert_eq!(
        line_kind("From May 2024 to Jun 2024"),
        Some(Kind::Timestamp)
    );
}
