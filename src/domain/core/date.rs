//! Calendar dates without a time zone: the start and deadline of an objective, the day of a
//! reading or a review. Stored as "YYYY-MM-DD" (what `<input type="date">` gives), computed
//! as a day number, so durations and the straight-line path to a target are plain arithmetic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day of the proleptic Gregorian calendar, as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

impl Date {
    /// The date of `year`-`month`-`day`, when it exists (years 1900–2200).
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        if day > days_in[(month - 1) as usize] {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146_097 + doe - 719_468))
    }

    /// Year, month and day.
    pub fn parts(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    /// Reads "YYYY-MM-DD".
    pub fn parse(text: &str) -> Option<Date> {
        let mut it = text.trim().splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The date a Unix time in milliseconds falls on (UTC).
    pub fn from_millis(ms: i64) -> Date {
        Date(ms.div_euclid(86_400_000) as i32)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i32 {
        other.0 - self.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.parts();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("a date is YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_refuse_what_does_not_exist() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (2027, 4, 1),
            (2027, 12, 31),
            (1900, 3, 1),
        ] {
            let date = Date::ymd(y, m, d).expect("exists");
            assert_eq!(date.parts(), (y, m, d));
            assert_eq!(Date::parse(&date.to_string()), Some(date));
        }
        assert_eq!(Date::ymd(1970, 1, 1), Some(Date(0)));
        assert_eq!(
            Date::ymd(2027, 4, 1).map(|d| d.days_until(Date::ymd(2027, 6, 30).unwrap_or(d))),
            Some(90)
        );
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-4-1",
            "27-04-01",
            "",
            "2027-04-01x",
            "abcd-ef-gh",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::from_millis(86_400_000 * 3 + 5), Date(3));
    }
}
