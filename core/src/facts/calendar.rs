//! Calendar values of date mentions: what a date says, how specific it is, and whether two
//! dates can be the same day. Weekdays are computed with Sakamoto's method, so the engine
//! needs no date library.

use crate::lexicon::lexicon;
use serde::{Deserialize, Serialize};

/// What a date or time expression says. Every field is optional because news rarely says
/// everything: "Monday" has only a weekday, "Dec. 1" a month and day, "last week" only a
/// relative phrase.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// Weekday as written, 0 = Monday … 6 = Sunday.
    pub weekday: Option<u8>,
    /// Day of the month, 1..=31.
    pub day: Option<u8>,
    /// Month, 1..=12.
    pub month: Option<u8>,
    /// Year, as written or inferred from the report (see `year_inferred`).
    pub year: Option<i32>,
    /// Time of day in minutes after midnight.
    pub minutes: Option<u16>,
    /// A relative expression, canonical ("last week", "earlier this year").
    pub relative: Option<String>,
    /// True when the year was not written here but inferred from another date in the report.
    pub year_inferred: bool,
    /// A part of the day instead of a clock time ("in the morning", "Monday evening").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<DayPeriod>,
}

/// A part of the day, as news gives a time it does not know to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayPeriod {
    /// From 5:00 to noon.
    Morning,
    /// From noon to 18:00.
    Afternoon,
    /// From 17:00 to 22:00.
    Evening,
}

impl DayPeriod {
    /// The period a word names ("morning", "afternoon", "evening").
    pub fn from_word(word: &str) -> Option<DayPeriod> {
        match word {
            "morning" => Some(DayPeriod::Morning),
            "afternoon" => Some(DayPeriod::Afternoon),
            "evening" => Some(DayPeriod::Evening),
            _ => None,
        }
    }

    /// Its minutes after midnight, start included, end excluded. The ends are generous,
    /// since "evening" begins earlier in some places than others: a clock time clashes with
    /// a period only when no reading of the period holds it.
    pub fn minutes(self) -> std::ops::Range<u16> {
        match self {
            DayPeriod::Morning => 5 * 60..12 * 60,
            DayPeriod::Afternoon => 12 * 60..18 * 60,
            DayPeriod::Evening => 17 * 60..22 * 60,
        }
    }

    /// Its name, lower-case.
    pub fn name(self) -> &'static str {
        match self {
            DayPeriod::Morning => "morning",
            DayPeriod::Afternoon => "afternoon",
            DayPeriod::Evening => "evening",
        }
    }

    fn overlaps(self, other: DayPeriod) -> bool {
        let (a, b) = (self.minutes(), other.minutes());
        a.start < b.end && b.start < a.end
    }
}

/// How a time of day and a part of the day (or two parts) stand: `None` when either side
/// gives neither, else whether they can be the same moment.
fn times_agree(x: &DateValue, y: &DateValue) -> Option<bool> {
    match (x.minutes, x.period, y.minutes, y.period) {
        (Some(a), _, Some(b), _) => Some(a == b),
        (Some(m), _, None, Some(p)) | (None, Some(p), Some(m), _) => Some(p.minutes().contains(&m)),
        (None, Some(p), None, Some(q)) => Some(p.overlaps(q)),
        _ => None,
    }
}

/// The weekday of a calendar date, 0 = Monday … 6 = Sunday (proleptic Gregorian).
///
/// ```
/// use corroborate_core::facts::calendar::weekday;
/// use corroborate_core::lexicon::lexicon;
/// assert_eq!(lexicon().weekday_name(weekday(2025, 12, 1)), "Monday");
/// assert_eq!(lexicon().weekday_name(weekday(2025, 11, 30)), "Sunday");
/// ```
pub fn weekday(year: i32, month: u8, day: u8) -> u8 {
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let m = i32::from(month.clamp(1, 12));
    let y = if m < 3 { year - 1 } else { year };
    let sunday_first = (y + y.div_euclid(4) - y.div_euclid(100)
        + y.div_euclid(400)
        + OFFSETS[(m - 1) as usize]
        + i32::from(day))
    .rem_euclid(7);
    ((sunday_first + 6) % 7) as u8
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl DateValue {
    /// The weekday as written, or computed when the full date is known.
    pub fn effective_weekday(&self) -> Option<u8> {
        self.weekday.or_else(|| self.computed_weekday())
    }

    /// The weekday of the full date, when day, month and year are all known.
    pub fn computed_weekday(&self) -> Option<u8> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) if d <= days_in_month(y, m) => Some(weekday(y, m, d)),
            _ => None,
        }
    }

    /// True when the written weekday disagrees with the written date ("Sunday, 1 December
    /// 2025" — that day was a Monday).
    pub fn inconsistent(&self) -> bool {
        matches!((self.weekday, self.computed_weekday()), (Some(a), Some(b)) if a != b)
    }

    /// True when the value says nothing (no field set).
    pub fn is_empty(&self) -> bool {
        self.weekday.is_none()
            && self.day.is_none()
            && self.month.is_none()
            && self.year.is_none()
            && self.minutes.is_none()
            && self.period.is_none()
            && self.relative.is_none()
    }

    /// True when the two values can name the same day and time: every field both give is
    /// equal, weekdays computed from full dates included. Relative expressions are only
    /// compatible with the same expression.
    pub fn compatible(&self, other: &DateValue) -> bool {
        if self.relative.is_some() || other.relative.is_some() {
            return self.relative == other.relative;
        }
        fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        }
        let same_calendar = agree(self.day, other.day)
            && agree(self.month, other.month)
            && agree(self.year, other.year)
            && times_agree(self, other) != Some(false);
        let shared_fields = (self.day.is_some() && other.day.is_some())
            || (self.month.is_some() && other.month.is_some())
            || (self.year.is_some() && other.year.is_some())
            || times_agree(self, other).is_some()
            || (self.effective_weekday().is_some() && other.effective_weekday().is_some());
        same_calendar && shared_fields && agree(self.effective_weekday(), other.effective_weekday())
    }

    /// True when both values give some field and it differs: "Sunday" against "Monday", or
    /// "Sunday" against "1 December 2025" (a Monday). Relative expressions never contradict:
    /// what "last week" means depends on when each report was written.
    pub fn contradicts(&self, other: &DateValue) -> bool {
        if self.relative.is_some() || other.relative.is_some() {
            return false;
        }
        fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            matches!((a, b), (Some(a), Some(b)) if a != b)
        }
        differ(self.effective_weekday(), other.effective_weekday())
            || differ(self.day, other.day)
            || differ(self.month, other.month)
            || differ(self.year, other.year)
            || times_agree(self, other) == Some(false)
    }

    /// How many fields the value gives; a more specific value can absorb a less specific one.
    pub fn specificity(&self) -> usize {
        [
            self.weekday.is_some() || self.computed_weekday().is_some(),
            self.day.is_some(),
            self.month.is_some(),
            self.year.is_some(),
            self.minutes.is_some() || self.period.is_some(),
            self.relative.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }

    /// True when `self` says everything `other` says (and is compatible with it).
    pub fn covers(&self, other: &DateValue) -> bool {
        fn covered<T>(mine: Option<T>, theirs: Option<T>) -> bool {
            theirs.is_none() || mine.is_some()
        }
        self.compatible(other)
            && covered(self.effective_weekday(), other.weekday)
            && covered(self.day, other.day)
            && covered(self.month, other.month)
            && covered(self.year, other.year)
            && covered(self.minutes, other.minutes)
            && (other.period.is_none() || self.period.is_some() || self.minutes.is_some())
    }

    /// A canonical label: "Monday 1 December 2025", "Sunday", "30 November", "10:00",
    /// "last week". The weekday is shown when written or computable.
    pub fn label(&self) -> String {
        if let Some(relative) = &self.relative {
            return relative.clone();
        }
        let mut parts: Vec<String> = Vec::new();
        if let Some(w) = self.effective_weekday() {
            parts.push(lexicon().weekday_name(w).to_string());
        }
        match (self.day, self.month) {
            (Some(d), Some(m)) => parts.push(format!("{d} {}", lexicon().month_name(m))),
            (None, Some(m)) => parts.push(lexicon().month_name(m).to_string()),
            _ => {}
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        if let Some(min) = self.minutes {
            parts.push(format!("{:02}:{:02}", min / 60, min % 60));
        } else if let Some(period) = self.period {
            parts.push(period.name().to_string());
        }
        parts.join(" ")
    }

    /// A key under which equal values meet.
    pub fn key(&self) -> String {
        format!(
            "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            self.effective_weekday(),
            self.day,
            self.month,
            self.year,
            self.minutes,
            self.relative,
            self.period
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: Option<i32>, m: u8, d: u8) -> DateValue {
        DateValue {
            year: y,
            month: Some(m),
            day: Some(d),
            ..DateValue::default()
        }
    }

    fn day(w: u8) -> DateValue {
        DateValue {
            weekday: Some(w),
            ..DateValue::default()
        }
    }

    #[test]
    fn weekdays_across_years_and_leap_days() {
        assert_eq!(weekday(2025, 12, 1), 0);
        assert_eq!(weekday(2024, 2, 29), 3);
        assert_eq!(weekday(2000, 1, 1), 5);
        assert_eq!(weekday(2026, 3, 10), 1);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
    }

    #[test]
    fn a_full_date_checks_the_weekday() {
        let monday_first = date(Some(2025), 12, 1);
        assert!(monday_first.compatible(&day(0)));
        assert!(!monday_first.compatible(&day(6)));
        assert!(monday_first.covers(&day(0)));
        let mut wrong = monday_first.clone();
        wrong.weekday = Some(6);
        assert!(wrong.inconsistent());
        assert_eq!(monday_first.label(), "Monday 1 December 2025");
    }

    #[test]
    fn partial_dates_are_compatible_only_where_they_overlap() {
        assert!(date(None, 12, 1).compatible(&date(Some(2025), 12, 1)));
        assert!(!date(None, 12, 1).compatible(&date(None, 11, 30)));
        // Without a year a weekday and a day of the month say nothing about each other.
        assert!(!date(None, 12, 1).compatible(&day(6)));
        assert!(!day(0).compatible(&day(6)));
        assert!(day(0).contradicts(&day(6)));
        assert!(day(6).contradicts(&date(Some(2025), 12, 1)));
        assert!(!day(6).contradicts(&date(None, 12, 1)));
        let last_week = DateValue {
            relative: Some("last week".into()),
            ..DateValue::default()
        };
        assert!(!last_week.compatible(&day(0)));
        assert!(last_week.compatible(&last_week.clone()));
    }
}
