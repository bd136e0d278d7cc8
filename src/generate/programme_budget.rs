//! The programme's budget as published, written as `programme.csv`: the only figures of
//! that file, both real (no year's budget is made up).

/// A published budget of the cluster programme.
struct PublishedBudget {
    /// The year it is for.
    year: i32,
    /// The budget, in k€.
    budget_keur: f64,
    /// How firm: `actual` for a call's own figure, `estimate` for a dated report.
    status: &'static str,
    /// What the figure covers.
    note: &'static str,
    /// Where it was published.
    source: &'static str,
}

/// Every published budget (domain reference, sections 1 and 7.3).
const PUBLISHED_BUDGETS: &[PublishedBudget] = &[
    PublishedBudget {
        year: 2015,
        budget_keur: 2400.0,
        status: "estimate",
        note: "c.2015; 22 clusters and pre-clusters", // not translated: a figure's note in the data
        source: "http://elmundoempresarial.es/noticias/es/1503/1/3815/.htm",
    },
    PublishedBudget {
        year: 2023,
        budget_keur: 3818.0,
        status: "actual",
        note: "Kluster 2023 call", // not translated: a figure's note in the data
        source: "https://zuzenean.euskadi.eus/diru_laguntza/2022/kluster-2023/web01-s2ekono/eu/",
    },
];

/// The header of `programme.csv`.
pub const BUDGET_HEADER: [&str; 5] = ["year", "budget_keur", "status", "note", "source"];

/// The rows of `programme.csv` for the published budgets of the years `from` to `to`,
/// in the order of [`BUDGET_HEADER`].
pub fn budget_rows(from: i32, to: i32) -> Vec<[String; 5]> {
    PUBLISHED_BUDGETS
        .iter()
        .filter(|b| (from..=to).contains(&b.year))
        .map(|b| {
            [
                b.year.to_string(),
                b.budget_keur.to_string(),
                b.status.to_string(),
                b.note.to_string(),
                b.source.to_string(),
            ]
        })
        .collect()
}
