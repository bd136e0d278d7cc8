//! The programme's own budget, `programme.csv`: what the Basque Government put into
//! the cluster programme (Kluster) each year, in k€, with how firm the figure is and
//! where it was published. Optional; one row per year.

use crate::data::csv::cells::{number_cell, optional_word_cell, year_expected};
use crate::data::csv::table::{ColumnSpec, optional, read_table_rows, required, required_number};
use crate::data::format::period::parse_year;
use crate::data::format::problem::FileProblems;
use crate::data::format::vocabulary::ValueStatus;
use crate::i18n::phrase::Phrase;

/// The columns of `programme.csv`.
pub const BUDGET_COLUMNS: &[ColumnSpec] = &[
    required("year"),
    required_number("budget_keur"),
    optional("status"),
    optional("note"),
    optional("source"),
];

/// The programme's budget in one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearBudget {
    /// The year.
    pub year: i32,
    /// The budget, in thousands of euros.
    pub budget_keur: f64,
    /// How firm the figure is (`actual` when the file says nothing).
    pub status: ValueStatus,
    /// What the figure covers, as the file says it (raw text: make it safe to show).
    pub note: String,
    /// Where it was published (raw text: make it safe to show).
    pub source: String,
    /// Its line in the file.
    pub line: u64,
}

/// The programme's budget by year, oldest first; empty without `programme.csv`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgrammeBudget {
    /// One row per year, oldest first.
    years: Vec<YearBudget>,
}

impl ProgrammeBudget {
    /// The budget of a year, if the file has it.
    pub fn of_year(&self, year: i32) -> Option<&YearBudget> {
        self.years
            .binary_search_by_key(&year, |b| b.year)
            .ok()
            .map(|at| &self.years[at])
    }

    /// Every year's budget, oldest first.
    pub fn years(&self) -> &[YearBudget] {
        &self.years
    }

    /// Whether no year has a budget.
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }
}

/// Parses `programme.csv`; a row with a bad cell is left out and reported, and of two
/// rows for one year the first is kept.
pub fn parse_programme_budget(bytes: &[u8], problems: &mut FileProblems) -> ProgrammeBudget {
    let mut years: Vec<YearBudget> = Vec::new();
    let read = read_table_rows(
        bytes,
        BUDGET_COLUMNS,
        problems,
        |line, cells, numbers, problems| {
            let year = parse_year(&cells[0]);
            if year.is_none() {
                problems.bad_cell(line, "year", year_expected(), &cells[0]);
            }
            let budget = number_cell(problems, line, "budget_keur", &cells[1], numbers);
            let budget = budget.filter(|b| {
                let ok = *b >= 0.0;
                if !ok {
                    let expected = Phrase::new("expected.at_least").with("min", 0);
                    problems.bad_cell(line, "budget_keur", expected, &cells[1]);
                }
                ok
            });
            let status = optional_word_cell::<ValueStatus>(problems, line, "status", &cells[2]);
            let (Some(year), Some(budget_keur), Ok(status)) = (year, budget, status) else {
                return;
            };
            years.push(YearBudget {
                year,
                budget_keur,
                status: status.unwrap_or(ValueStatus::Actual),
                note: cells[3].to_string(),
                source: cells[4].to_string(),
                line,
            });
        },
    );
    if read.is_none() {
        return ProgrammeBudget::default();
    }
    // Stable: of a repeated year, the row met first in the file stays first.
    years.sort_by_key(|b| b.year);
    years.dedup_by(|repeat, first| {
        let same = repeat.year == first.year;
        if same {
            problems.error(
                repeat.line,
                None,
                Phrase::new("problem.duplicate_budget")
                    .with("year", repeat.year)
                    .with("first", first.line),
            );
        }
        same
    });
    ProgrammeBudget { years }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::problem::Problem;

    fn parse(text: &str) -> (ProgrammeBudget, Vec<Problem>) {
        let mut problems = Vec::new();
        let budget = parse_programme_budget(
            text.as_bytes(),
            &mut FileProblems::new("programme.csv", &mut problems),
        );
        (budget, problems)
    }

    #[test]
    fn reads_each_year_with_its_status_and_source() {
        let (budget, problems) = parse(
            "year,budget_keur,status,note,source\n\
             2023,3818,actual,,https://example.org/kluster-2023\n\
             2015,2400,estimate,c.2015,\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(budget.years().len(), 2);
        let y2023 = budget.of_year(2023).expect("2023");
        assert_eq!(y2023.budget_keur, 3818.0);
        assert_eq!(y2023.status, ValueStatus::Actual);
        assert_eq!(y2023.source, "https://example.org/kluster-2023");
        assert_eq!(
            budget.of_year(2015).expect("2015").status,
            ValueStatus::Estimate
        );
        assert_eq!(budget.of_year(2016), None);
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column_and_the_row_left_out() {
        let (budget, problems) = parse(
            "year,budget_keur\n\
             2023,n/d\n\
             20x4,100\n\
             2022,-5\n\
             2021,900\n\
             2021,950\n",
        );
        assert_eq!(budget.years().len(), 1);
        assert_eq!(
            budget.of_year(2021).expect("the first 2021").budget_keur,
            900.0
        );
        let places: Vec<(Option<u64>, Option<&str>)> = problems
            .iter()
            .map(|p| (p.line, p.column.as_deref()))
            .collect();
        assert_eq!(
            places,
            [
                (Some(2), Some("budget_keur")),
                (Some(3), Some("year")),
                (Some(4), Some("budget_keur")),
                (Some(6), None),
            ]
        );
    }

    #[test]
    fn without_the_budget_column_the_file_is_refused() {
        let (budget, problems) = parse("year,amount\n2023,3818\n");
        assert!(budget.is_empty());
        let missing = problems
            .iter()
            .find(|p| p.column.as_deref() == Some("budget_keur"))
            .expect("the missing column named");
        assert_eq!(missing.message, "missing required column");
    }
}
