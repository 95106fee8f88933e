//! Dates and times in the forms news uses: "Monday", "on Sunday", "Sunday's talks",
//! "Dec. 1", "December 1st", "1 December", "Monday, December 1st", "Nov. 30, 2025", "2022",
//! "in March", "10 a.m.", "14:30", "last week", "earlier this year", "Christmas".

use super::calendar::{DateValue, DayPeriod};
use super::lex::TokKind;
use super::mention::Detail;
use super::phrases::phrase_table;
use super::scan::{Found, Scan, What};
use crate::lexicon::lexicon;
use crate::model::FactKind;

/// Find every date and time expression in the sentence and claim its tokens.
pub(super) fn find(scan: &mut Scan, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < scan.len() {
        if scan.used[i] {
            i += 1;
            continue;
        }
        let parsed = parse_date(scan, i)
            .or_else(|| parse_time(scan, i))
            .or_else(|| parse_period(scan, i))
            .or_else(|| parse_relative(scan, i))
            .or_else(|| parse_year(scan, i));
        match parsed {
            Some((end, value)) if scan.free(i..end) => {
                scan.claim(i..end);
                out.push(Found {
                    toks: i..end,
                    what: What::Fact(FactKind::Date, Detail::Date(value)),
                    event: None,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
}

fn weekday_at(scan: &Scan, i: usize) -> Option<u8> {
    if !scan.is_capitalised(i) {
        return None;
    }
    let weekday = lexicon().weekday(scan.key(i))?;
    // An abbreviation ("Sat", "Sun", "Wed") is a weekday only as a date writes it: with its
    // period, or before a comma or a day number ("Sat, 4 May"), never a bare word
    // ("The Sun reported").
    let full = lexicon()
        .weekday_name(weekday)
        .eq_ignore_ascii_case(scan.key(i));
    let dated = scan.surface(i).ends_with('.')
        || scan.is_punct(i + 1, ",")
        || scan.kind(i + 1) == Some(TokKind::Num);
    (full || dated).then_some(weekday)
}

fn month_at(scan: &Scan, i: usize) -> Option<u8> {
    if !scan.is_capitalised(i) {
        return None;
    }
    lexicon().month(scan.key(i))
}

/// A day of the month: one or two digits, with or without an ordinal suffix.
fn day_at(scan: &Scan, i: usize) -> Option<u8> {
    if scan.kind(i) != Some(TokKind::Num) {
        return None;
    }
    let digits: String = scan
        .surface(i)
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = &scan.surface(i)[digits.len()..];
    if digits.len() > 2 || !(rest.is_empty() || rest.len() == 2) {
        return None;
    }
    digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn year_at(scan: &Scan, i: usize) -> Option<i32> {
    let s = scan.surface(i);
    if scan.kind(i) != Some(TokKind::Num) || s.len() != 4 || !s.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    s.parse::<i32>().ok().filter(|y| (1800..=2100).contains(y))
}

fn after_preposition(scan: &Scan, i: usize) -> bool {
    i > 0 && lexicon().date_prepositions().contains(scan.key(i - 1))
}

/// Weekday, calendar date, or both: "Monday", "Monday, December 1st", "Dec. 1, 2025",
/// "1 December", "the 1st of December", "December 2025", "in March".
fn parse_date(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    if let Some(w) = weekday_at(scan, i) {
        let mut value = DateValue {
            weekday: Some(w),
            ..DateValue::default()
        };
        let next = if scan.is_punct(i + 1, ",") {
            i + 2
        } else {
            i + 1
        };
        // "Monday morning", "Sunday evening".
        if let Some(period) = DayPeriod::from_word(scan.key(i + 1)) {
            value.period = Some(period);
            return Some((i + 2, value));
        }
        if scan.kind(i + 1) != Some(TokKind::Possessive) {
            if let Some((end, date)) = parse_calendar(scan, next) {
                value.day = date.day;
                value.month = date.month;
                value.year = date.year;
                return Some((end, value));
            }
        }
        return Some((i + 1, value));
    }
    parse_calendar(scan, i)
}

fn parse_calendar(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    let with_year = |end: usize, mut value: DateValue| {
        let at = if scan.is_punct(end, ",") {
            end + 1
        } else {
            end
        };
        match year_at(scan, at) {
            Some(y) => {
                value.year = Some(y);
                (at + 1, value)
            }
            None => (end, value),
        }
    };
    if let Some(month) = month_at(scan, i) {
        let mut value = DateValue {
            month: Some(month),
            ..DateValue::default()
        };
        if let Some(day) = day_at(scan, i + 1) {
            value.day = Some(day);
            return Some(with_year(i + 2, value));
        }
        if let Some(year) = year_at(scan, i + 1) {
            value.year = Some(year);
            return Some((i + 2, value));
        }
        // A bare month is a date only in date position: "in March", not "March on Kyiv".
        let modal_may = scan.key(i) == "may";
        if after_preposition(scan, i) && !modal_may {
            return Some((i + 1, value));
        }
        return None;
    }
    let day = day_at(scan, i)?;
    let month_at_index = if scan.key(i + 1) == "of" {
        i + 2
    } else {
        i + 1
    };
    let month = month_at(scan, month_at_index)?;
    let value = DateValue {
        day: Some(day),
        month: Some(month),
        ..DateValue::default()
    };
    Some(with_year(month_at_index + 1, value))
}

/// "10 a.m.", "10:30 p.m.", "14:30", "noon", "midnight".
fn parse_time(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    let time = |minutes: u32, end: usize| {
        Some((
            end,
            DateValue {
                minutes: Some(minutes as u16),
                ..DateValue::default()
            },
        ))
    };
    match scan.key(i) {
        "noon" if after_preposition(scan, i) || scan.key(i.wrapping_sub(1)) == "at" => {
            return time(12 * 60, i + 1)
        }
        "midnight" if scan.key(i.wrapping_sub(1)) == "at" => return time(0, i + 1),
        _ => {}
    }
    if scan.kind(i) != Some(TokKind::Num) || !scan.surface(i).chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let hour: u32 = scan.surface(i).parse().ok()?;
    let mut end = i + 1;
    let mut minute = 0;
    let has_minutes =
        scan.is_punct(end, ":") && scan.joined(end) && scan.kind(end + 1) == Some(TokKind::Num);
    if has_minutes {
        let m = scan.surface(end + 1);
        if m.len() != 2 {
            return None;
        }
        minute = m.parse().ok()?;
        end += 2;
    }
    let meridiem = match scan.key(end) {
        "am" => Some(0),
        "pm" => Some(12),
        _ => None,
    };
    match meridiem {
        Some(offset) if (1..=12).contains(&hour) && minute < 60 => {
            time((hour % 12 + offset) * 60 + minute, end + 1)
        }
        None if has_minutes && hour < 24 && minute < 60 => time(hour * 60 + minute, end),
        _ => None,
    }
}

/// A part of the day said of when something happened: "in the morning", "this evening",
/// "on the afternoon of", "yesterday afternoon" — not "the morning papers".
fn parse_period(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    let period = DayPeriod::from_word(scan.key(i))?;
    let before = |back: usize| i.checked_sub(back).map_or("", |b| scan.key(b));
    let said_of_when = matches!(before(1), "this" | "yesterday" | "tomorrow")
        || (before(1) == "the" && matches!(before(2), "in" | "on" | "during" | "by"))
        || (matches!(before(1), "early" | "late")
            && before(2) == "the"
            && matches!(before(3), "in" | "on" | "during" | "by"));
    said_of_when.then(|| {
        (
            i + 1,
            DateValue {
                period: Some(period),
                ..DateValue::default()
            },
        )
    })
}

fn parse_relative(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    if !scan.is_word(i) {
        return None;
    }
    phrase_table!(relative, lexicon().relative_dates().entries());
    let (index, words) =
        relative().longest_at(i, |k| if scan.is_word(k) { scan.key(k) } else { "" })?;
    let label = match lexicon().relative_dates().entries()[index] {
        "christmas" => "Christmas".to_string(),
        "easter" => "Easter".to_string(),
        "new year" => "New Year".to_string(),
        other => other.to_string(),
    };
    let value = DateValue {
        relative: Some(label),
        ..DateValue::default()
    };
    Some((i + words, value))
}

/// A year on its own ("since 2022", "the 2022 invasion"), but not a count ("2000 troops").
fn parse_year(scan: &Scan, i: usize) -> Option<(usize, DateValue)> {
    let year = year_at(scan, i)?;
    let before = i.checked_sub(1).map(|b| scan.surface(b)).unwrap_or("");
    if matches!(before, "$" | "€" | "£") || scan.is_punct(i + 1, "%") {
        return None;
    }
    let next = scan.key(i + 1);
    let counts_something = scan.is_word(i + 1)
        && !scan.is_capitalised(i + 1)
        && next.len() > 3
        && next.ends_with('s')
        && !after_preposition(scan, i);
    if counts_something {
        return None;
    }
    Some((
        i + 1,
        DateValue {
            year: Some(year),
            ..DateValue::default()
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, String)> {
        let mut scan = Scan::new(text, 0..text.len());
        let mut out = Vec::new();
        find(&mut scan, &mut out);
        out.into_iter()
            .map(|f| {
                let span = scan.span(f.toks.clone());
                let label = match f.what {
                    What::Fact(_, Detail::Date(d)) => d.label(),
                    _ => String::new(),
                };
                (text[span].to_string(), label)
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn weekdays_with_and_without_dates() {
        assert_eq!(
            dates("They met on Monday, December 1st, after Sunday's talks."),
            pairs(&[
                ("Monday, December 1st", "Monday 1 December"),
                ("Sunday", "Sunday")
            ])
        );
    }

    #[test]
    fn abbreviated_and_day_first_dates_with_years() {
        assert_eq!(
            dates("On Nov. 30, 2025 and 1 December 2025, and Dec. 2."),
            pairs(&[
                ("Nov. 30, 2025", "Sunday 30 November 2025"),
                ("1 December 2025", "Monday 1 December 2025"),
                ("Dec. 2", "2 December"),
            ])
        );
    }

    #[test]
    fn years_months_times_and_relative_dates() {
        assert_eq!(
            dates("Since 2022, and in March, talks at 10 a.m. and 14:30 last week; 2000 troops."),
            pairs(&[
                ("2022", "2022"),
                ("March", "March"),
                ("10 a.m.", "10:00"),
                ("14:30", "14:30"),
                ("last week", "last week"),
            ])
        );
        assert_eq!(
            dates("The coalition was set up earlier this year, before Christmas."),
            pairs(&[
                ("earlier this year", "earlier this year"),
                ("Christmas", "Christmas")
            ])
        );
    }

    #[test]
    fn modal_may_and_lowercase_words_are_not_dates() {
        assert!(dates("It may rain; they march on.").is_empty());
        assert!(dates("May they succeed.").is_empty());
    }
}
