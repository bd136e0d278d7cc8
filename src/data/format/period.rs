//! Reporting periods: a year, a half-year, a quarter or a month (`2024`, `2024-H2`,
//! `2024-Q3`, `2024-07`).

use std::fmt;

/// The earliest year a period may name.
pub const MIN_YEAR: i32 = 1900;
/// The latest year a period may name.
pub const MAX_YEAR: i32 = 2100;

/// How finely a period divides its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frequency {
    /// A whole year (`YYYY`).
    Yearly,
    /// A quarter (`YYYY-Qn`).
    Quarterly,
    /// A month (`YYYY-MM`).
    Monthly,
    /// A half-year (`YYYY-Hn`), as the semester outlook is reported (format version 2).
    /// Last in the list, so that packed periods keep their order.
    HalfYearly,
}

impl Frequency {
    /// The word used on the command line and in summaries.
    pub fn word(self) -> &'static str {
        match self {
            Frequency::Yearly => "yearly",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
            Frequency::HalfYearly => "half-yearly",
        }
    }

    /// The catalogue key of its word as shown (`frequency.quarterly`).
    pub fn key(self) -> &'static str {
        match self {
            Frequency::Yearly => "frequency.yearly",
            Frequency::Quarterly => "frequency.quarterly",
            Frequency::Monthly => "frequency.monthly",
            Frequency::HalfYearly => "frequency.half-yearly",
        }
    }

    /// How many periods of this frequency make a year.
    pub fn parts_per_year(self) -> u8 {
        match self {
            Frequency::Yearly => 1,
            Frequency::Quarterly => 4,
            Frequency::Monthly => 12,
            Frequency::HalfYearly => 2,
        }
    }
}

/// One reporting period, ordered by time (a year sorts before its quarters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// The calendar year.
    pub year: i32,
    /// The frequency of the period.
    pub frequency: Frequency,
    /// The quarter (1 to 4) or month (1 to 12); 0 for a whole year.
    pub part: u8,
}

/// What a period must look like, for error messages.
pub fn period_expected() -> crate::i18n::phrase::Phrase {
    crate::i18n::phrase::Phrase::new("expected.period")
}

impl Period {
    /// A whole year.
    pub fn year(year: i32) -> Self {
        Period {
            year,
            frequency: Frequency::Yearly,
            part: 0,
        }
    }

    /// A quarter, 1 to 4.
    pub fn quarter(year: i32, quarter: u8) -> Self {
        Period {
            year,
            frequency: Frequency::Quarterly,
            part: quarter,
        }
    }

    /// A half-year, 1 or 2.
    pub fn half(year: i32, half: u8) -> Self {
        Period {
            year,
            frequency: Frequency::HalfYearly,
            part: half,
        }
    }

    /// A month, 1 to 12.
    pub fn month(year: i32, month: u8) -> Self {
        Period {
            year,
            frequency: Frequency::Monthly,
            part: month,
        }
    }

    /// The period stored in the values frame as a year, the parts per year (1, 2, 4 or
    /// 12) and the part within the year.
    pub fn from_parts(year: i32, parts_per_year: u32, part: u32) -> Self {
        let part = u8::try_from(part).unwrap_or(0);
        match parts_per_year {
            2 => Period::half(year, part),
            4 => Period::quarter(year, part),
            12 => Period::month(year, part),
            _ => Period::year(year),
        }
    }

    /// Parses `YYYY`, `YYYY-Hn`, `YYYY-Qn` (case-insensitive H and Q) or `YYYY-MM`,
    /// after trimming.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (year_text, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        let year = parse_year(year_text)?;
        match rest {
            None => Some(Period::year(year)),
            Some(r) if r.len() == 2 && (r.starts_with('Q') || r.starts_with('q')) => {
                let q = r[1..].parse::<u8>().ok().filter(|q| (1..=4).contains(q))?;
                r.as_bytes()[1]
                    .is_ascii_digit()
                    .then(|| Period::quarter(year, q))
            }
            Some(r) if r.len() == 2 && (r.starts_with('H') || r.starts_with('h')) => {
                let h = r[1..].parse::<u8>().ok().filter(|h| (1..=2).contains(h))?;
                r.as_bytes()[1]
                    .is_ascii_digit()
                    .then(|| Period::half(year, h))
            }
            Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()) => {
                let m = r.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
                Some(Period::month(year, m))
            }
            Some(_) => None,
        }
    }

    /// The position of this period within its year, as a fraction from 0 up to 1,
    /// for drawing it on a time axis (`2024-Q1` is 2024.0, `2024-Q3` is 2024.5).
    pub fn as_fractional_year(self) -> f64 {
        let parts = f64::from(self.frequency.parts_per_year());
        let index = f64::from(self.part.saturating_sub(1));
        f64::from(self.year) + index / parts
    }
}

impl Period {
    /// The period in two bytes, ordered as periods are: the year from 1900 in the top
    /// eight bits, then the frequency (two bits), then the part (four bits).
    pub fn pack(self) -> u16 {
        let year = u16::try_from(self.year - MIN_YEAR).unwrap_or(0).min(255);
        let frequency = match self.frequency {
            Frequency::Yearly => 0,
            Frequency::Quarterly => 1,
            Frequency::Monthly => 2,
            Frequency::HalfYearly => 3,
        };
        (year << 6) | (frequency << 4) | u16::from(self.part & 0x0F)
    }

    /// The period from [`Period::pack`]'s two bytes.
    pub fn unpack(packed: u16) -> Self {
        let year = MIN_YEAR + i32::from(packed >> 6);
        let part = (packed & 0x0F) as u8;
        match (packed >> 4) & 0b11 {
            1 => Period::quarter(year, part),
            2 => Period::month(year, part),
            3 => Period::half(year, part),
            _ => Period::year(year),
        }
    }

    /// The year of a packed period.
    pub fn packed_year(packed: u16) -> i32 {
        MIN_YEAR + i32::from(packed >> 6)
    }
}

/// Parses a four-digit year within the accepted range.
pub fn parse_year(text: &str) -> Option<i32> {
    let text = text.trim();
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<i32>()
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.frequency {
            Frequency::Yearly => write!(f, "{}", self.year),
            Frequency::Quarterly => write!(f, "{}-Q{}", self.year, self.part),
            Frequency::Monthly => write!(f, "{}-{:02}", self.year, self.part),
            Frequency::HalfYearly => write!(f, "{}-H{}", self.year, self.part),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_keeps_every_period_and_its_order() {
        let mut periods = Vec::new();
        for year in [MIN_YEAR, 1999, 2024, MAX_YEAR] {
            periods.push(Period::year(year));
            periods.extend((1..=4).map(|q| Period::quarter(year, q)));
            periods.extend((1..=12).map(|m| Period::month(year, m)));
            periods.extend((1..=2).map(|h| Period::half(year, h)));
        }
        for period in &periods {
            assert_eq!(Period::unpack(period.pack()), *period);
            assert_eq!(Period::packed_year(period.pack()), period.year);
        }
        let mut sorted = periods.clone();
        sorted.sort_by_key(|p| p.pack());
        let mut by_order = periods;
        by_order.sort();
        assert_eq!(sorted, by_order);
    }

    #[test]
    fn parses_the_four_forms() {
        assert_eq!(Period::parse("2024"), Some(Period::year(2024)));
        assert_eq!(Period::parse("2024-H2"), Some(Period::half(2024, 2)));
        assert_eq!(Period::parse("2024-h1"), Some(Period::half(2024, 1)));
        assert_eq!(Period::parse(" 2024-Q3 "), Some(Period::quarter(2024, 3)));
        assert_eq!(Period::parse("2024-q1"), Some(Period::quarter(2024, 1)));
        assert_eq!(Period::parse("2024-07"), Some(Period::month(2024, 7)));
    }

    #[test]
    fn rejects_impossible_periods() {
        for bad in [
            "",
            "24",
            "20245",
            "2024-13",
            "2024-00",
            "2024-Q5",
            "2024-Q0",
            "2024-Q+",
            "2024-7",
            "1899",
            "2101",
            "2024-",
            "2024-H3",
            "2024-H0",
            "2024-Hx",
            "２０２４",
            "2024-Q1x",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad:?} should be rejected");
        }
    }

    #[test]
    fn displays_as_written_in_the_files() {
        for text in ["2019", "2019-H1", "2019-Q4", "2019-03"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn orders_by_time() {
        let mut periods = vec![
            Period::quarter(2020, 2),
            Period::year(2019),
            Period::quarter(2020, 1),
        ];
        periods.sort();
        assert_eq!(
            periods,
            vec![
                Period::year(2019),
                Period::quarter(2020, 1),
                Period::quarter(2020, 2)
            ]
        );
        assert_eq!(Period::quarter(2024, 3).as_fractional_year(), 2024.5);
    }
}
