//! Names found in single sentences.

use super::*;
use crate::facts::scan::{Scan, What};

/// (surface, what) for every name found.
fn names(text: &str) -> Vec<(String, String)> {
    let mut scan = Scan::new(text, 0..text.len());
    let mut out = Vec::new();
    crate::facts::dates::find(&mut scan, &mut out);
    crate::facts::numbers::find(&mut scan, &mut out);
    out.clear();
    find(&mut scan, &mut out);
    out.into_iter()
        .map(|f| {
            let surface = scan.text[scan.span(f.toks.clone())].to_string();
            let what = match f.what {
                What::Fact(_, Detail::Person(p)) => {
                    format!("person {} [{}]", p.surname, p.title.unwrap_or_default())
                }
                What::Fact(_, Detail::Place(e)) => format!("place {}", e.label),
                What::Fact(_, Detail::Organization(e)) => format!("org {}", e.label),
                What::Fact(..) => "other".into(),
                What::Bare => "bare".into(),
                What::Located => "located".into(),
            };
            (surface, what)
        })
        .collect()
}

fn has(found: &[(String, String)], surface: &str, what: &str) -> bool {
    found.iter().any(|(s, w)| s == surface && w == what)
}

#[test]
fn titles_places_and_people_in_one_run() {
    let found = names("U.K. Prime Minister Keir Starmer met U.S. Special Envoy Steve Witkoff.");
    assert!(has(&found, "U.K.", "place United Kingdom"), "{found:?}");
    assert!(
        has(&found, "Keir Starmer", "person starmer [prime minister]"),
        "{found:?}"
    );
    assert!(has(&found, "U.S.", "place United States"), "{found:?}");
    assert!(
        has(&found, "Steve Witkoff", "person witkoff [special envoy]"),
        "{found:?}"
    );
}

#[test]
fn organisations_by_keyword_and_gazetteer() {
    let found = names("Ukraine's National Security and Defense Council Secretary Rustem Umerov spoke to the Coalition of the Willing and NATO.");
    assert!(
        has(
            &found,
            "National Security and Defense Council",
            "org National Security and Defense Council"
        ),
        "{found:?}"
    );
    assert!(
        has(&found, "Rustem Umerov", "person umerov [secretary]"),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "Coalition of the Willing",
            "org Coalition of the Willing"
        ),
        "{found:?}"
    );
    assert!(has(&found, "NATO", "org NATO"), "{found:?}");
}

#[test]
fn demonyms_roles_and_candidates() {
    let found = names("Kremlin spokesperson Dmitry Peskov said Macron met French counterpart Anna Berg in Dagestan.");
    assert!(
        has(&found, "Dmitry Peskov", "person peskov [spokesperson]"),
        "{found:?}"
    );
    assert!(has(&found, "Macron", "bare"), "{found:?}");
    assert!(has(&found, "French", "place France"), "{found:?}");
    assert!(
        has(&found, "Anna Berg", "person berg [counterpart]"),
        "{found:?}"
    );
    assert!(
        has(&found, "Dagestan", "place Dagestan") || has(&found, "Dagestan", "located"),
        "{found:?}"
    );
}

#[test]
fn landmarks_products_and_headlines() {
    let found =
        names("They met at the Élysée Palace and Höfði House to buy 100 Dassault Rafale jets.");
    assert!(
        has(&found, "Élysée Palace", "place Élysée Palace"),
        "{found:?}"
    );
    assert!(has(&found, "Höfði House", "place Höfði House"), "{found:?}");
    assert!(
        !found.iter().any(|(s, _)| s.contains("Dassault")),
        "{found:?}"
    );
    let headline =
        names("Macron and Zelenskyy Explore Dual-Track Path Toward Peace in Paris Talks");
    assert!(
        !headline.iter().any(|(_, w)| w.starts_with("person")),
        "{headline:?}"
    );
    assert!(has(&headline, "Paris", "place Paris"), "{headline:?}");
}

#[test]
fn caption_of_two_names_is_two_people() {
    let found = names("Pictured: Anna Lindqvist Marek Nowak, at the talks.");
    assert!(
        has(&found, "Anna Lindqvist", "person lindqvist []"),
        "{found:?}"
    );
    assert!(has(&found, "Marek Nowak", "person nowak []"), "{found:?}");
}

#[test]
fn particles_and_dashes_stay_inside_one_name() {
    let found = names(
        "Ilse van der Berghe met Omar al-Rashid, Karin von der Aue and Lena Marchetti–Sjöberg.",
    );
    assert!(
        has(&found, "Ilse van der Berghe", "person van der berghe []"),
        "{found:?}"
    );
    assert!(
        has(&found, "Omar al-Rashid", "person al rashid []"),
        "{found:?}"
    );
    assert!(
        has(&found, "Karin von der Aue", "person von der aue []"),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "Lena Marchetti–Sjöberg",
            "person marchetti sjoberg []"
        ),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(s, _)| s == "Karin von" || s == "der Aue"),
        "{found:?}"
    );
}

#[test]
fn long_names_after_a_title_and_name_abbreviations() {
    let found = names("The ruling was read by Justice Md. Rafiqul Alam Haidar Sarkar on Friday.");
    assert!(
        found
            .iter()
            .any(|(s, w)| s == "Md. Rafiqul Alam Haidar Sarkar" && w == "person sarkar [justice]"),
        "{found:?}"
    );
}

#[test]
fn institution_heads_make_bodies_and_places_never_people() {
    let found = names(
        "The Kestrel Geological Survey and the Marrow Crimes Tribunal met in Amber State near Tollan Pagoda.",
    );
    assert!(
        has(
            &found,
            "Kestrel Geological Survey",
            "org Kestrel Geological Survey"
        ),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "Marrow Crimes Tribunal",
            "org Marrow Crimes Tribunal"
        ),
        "{found:?}"
    );
    assert!(has(&found, "Amber State", "place Amber State"), "{found:?}");
    assert!(
        has(&found, "Tollan Pagoda", "place Tollan Pagoda"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(_, w)| w.starts_with("person")),
        "{found:?}"
    );
}

#[test]
fn a_demonym_after_a_title_is_a_name() {
    let found = names("A doctor who gave his name as Dr. Welsh said the ward was full.");
    assert!(has(&found, "Welsh", "person welsh [dr]"), "{found:?}");
    assert!(!found.iter().any(|(_, w)| w == "place Wales"), "{found:?}");
}

#[test]
fn acronyms_with_their_expansion_and_as_bodies() {
    let found = names("Backed by the Coastal Fisheries Board (CFB), KLP supporters marched.");
    assert!(
        has(
            &found,
            "Coastal Fisheries Board (CFB)",
            "org Coastal Fisheries Board"
        ),
        "{found:?}"
    );
    assert!(has(&found, "KLP", "org KLP"), "{found:?}");
    let lounge = names("They met in the VIP lounge before the KLP said it would join.");
    assert!(!has(&lounge, "VIP", "org VIP"), "{lounge:?}");
    assert!(has(&lounge, "KLP", "org KLP"), "{lounge:?}");
    let hyphen = names("The new KLP-N leader spoke.");
    assert!(has(&hyphen, "KLP-N", "org KLP-N"), "{hyphen:?}");
}

#[test]
fn companies_by_how_they_are_spoken_of() {
    let found =
        names("Northwind Holdings's shares rose while Tamsin Orr sold shares of Brightwater.");
    assert!(
        has(&found, "Northwind Holdings", "org Northwind Holdings"),
        "{found:?}"
    );
    assert!(has(&found, "Brightwater", "org Brightwater"), "{found:?}");
    assert!(has(&found, "Tamsin Orr", "person orr []"), "{found:?}");
}

#[test]
fn a_long_line_of_titled_names_is_prose_not_a_headline() {
    let found = names(
        "Senior officials, including Secretary of State Ana Ruiz, Treasury Secretary Tom Lark, Trade Minister Li Qiang, Foreign Minister Wang Bo and Vice Premier He Dong for",
    );
    assert!(
        found
            .iter()
            .any(|(s, w)| s == "Ana Ruiz" && w.starts_with("person")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(s, w)| s == "He Dong" && w.starts_with("person")),
        "{found:?}"
    );
}

#[test]
fn family_names_first_area_nouns_and_faculties() {
    let found = names(
        "Premier Zhou Lan toured the Kestrel Jan district and the Dunmore Faculty of Fine Arts.",
    );
    assert!(
        has(&found, "Zhou Lan", "person zhou [premier]"),
        "{found:?}"
    );
    assert!(has(&found, "Kestrel Jan", "place Kestrel Jan"), "{found:?}");
    assert!(
        has(
            &found,
            "Dunmore Faculty of Fine Arts",
            "org Dunmore Faculty of Fine Arts"
        ),
        "{found:?}"
    );
    let english = names("Lee Harding met Anna Berg.");
    assert!(
        has(&english, "Lee Harding", "person harding []"),
        "{english:?}"
    );
}

#[test]
fn a_body_of_a_and_b_is_one_name() {
    let found =
        names("The Ministry of Fisheries and Ports met the Coalition of the Willing and NATO.");
    assert!(
        has(
            &found,
            "Ministry of Fisheries and Ports",
            "org Ministry of Fisheries and Ports"
        ),
        "{found:?}"
    );
    assert!(has(&found, "NATO", "org NATO"), "{found:?}");
}
