//! Writes a [`Report`] as Markdown or as plain text.

use std::fmt::Write;

use crate::data::vocabulary::Vocabulary;
use crate::ui::text::{percent, safe, signed, with_unit};
use crate::ui::widgets::status_mark::{legend, mark};
use crate::ui::widgets::text_sparkline::sparkline;

use super::Report;

/// The two report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown, with tables.
    Markdown,
    /// Plain text, with aligned columns.
    Text,
}

/// Scales values to 0-100 for a text chart.
fn chart(values: &[Option<f64>]) -> String {
    let max = values.iter().flatten().fold(0.0f64, |m, v| m.max(*v));
    let scaled: Vec<Option<u64>> = values
        .iter()
        .map(|v| {
            v.map(|v| {
                if max > 0.0 {
                    (v / max * 100.0).round() as u64
                } else {
                    0
                }
            })
        })
        .collect();
    sparkline(&scaled, 100)
}

/// Writes the report.
pub fn write_report(report: &Report, format: ReportFormat) -> String {
    let md = format == ReportFormat::Markdown;
    let mut out = String::new();
    let first = report.years.first().copied().unwrap_or(report.year);
    let last = report.years.last().copied().unwrap_or(report.year);
    if md {
        let _ = writeln!(out, "# Cluster review {}\n", report.year);
    } else {
        let _ = writeln!(out, "CLUSTER REVIEW {}\n{}\n", report.year, "=".repeat(20));
    }
    let _ = writeln!(
        out,
        "Status marks: {}. Trend: {first} to {last}, scaled to each indicator's largest value.\n",
        legend()
    );
    for cluster in &report.clusters {
        let title = format!("{} · {}", safe(&cluster.cluster_id), safe(&cluster.name));
        if md {
            let _ = writeln!(out, "## {title}\n");
        } else {
            let _ = writeln!(out, "{title}\n{}\n", "-".repeat(title.chars().count()));
        }
        for area in &cluster.areas {
            let summary = match (area.met.share(), area.met.status()) {
                (Some(share), Some(status)) => format!(
                    "{} {}: {} of {} targets met ({})",
                    mark(status),
                    status.words(),
                    area.met.met,
                    area.met.judged,
                    percent(share)
                ),
                _ => "no targets this year".to_string(),
            };
            let heading = format!("{} · {summary}", capitalised(area.area.word()));
            if md {
                let _ = writeln!(out, "### {heading}\n");
            } else {
                let _ = writeln!(out, "{heading}");
            }
            if area.goals.is_empty() {
                let _ = writeln!(out, "{}No values this year.\n", if md { "" } else { "  " });
                continue;
            }
            if md {
                let _ = writeln!(
                    out,
                    "| Indicator | Actual | Target | Reached | Status | vs {} | Trend |",
                    report.year - 1
                );
                let _ = writeln!(out, "|---|--:|--:|--:|---|--:|---|");
            }
            for (goal, trend) in area.goals.iter().zip(&area.trends) {
                let actual = goal
                    .actual
                    .map_or("–".to_string(), |v| with_unit(v, goal.unit));
                let target = goal
                    .target
                    .map_or("–".to_string(), |v| with_unit(v, goal.unit));
                let reached = goal.share.map_or("–".to_string(), percent);
                let status = goal.status.map_or("no target".to_string(), |s| {
                    format!("{} {}", mark(s), s.words())
                });
                let change = goal
                    .change
                    .map_or("–".to_string(), |v| signed(v, goal.unit));
                let name = safe(&goal.name);
                let trend = chart(trend);
                if md {
                    let _ = writeln!(
                        out,
                        "| {name} | {actual} | {target} | {reached} | {status} | {change} | `{trend}` |"
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "  {name:<34} {actual:>12} {target:>12} {reached:>5}  {status:<12} {change:>10}  {trend}"
                    );
                }
            }
            out.push('\n');
        }
    }
    let p = &report.provenance;
    let lines = [
        format!("Dataset: {} ({} files)", safe(&p.dataset), p.files),
        format!("Content hash (SHA-256): {}", p.content_hash),
        format!(
            "Newest file: {}",
            p.newest_file.as_deref().unwrap_or("built in, no file date")
        ),
        format!("Filter: {}", report.filter),
        format!("Program: {}", p.program),
    ];
    if md {
        let _ = writeln!(out, "---\n");
        for line in lines {
            let _ = writeln!(out, "- {line}");
        }
    } else {
        let _ = writeln!(out, "{}", "-".repeat(20));
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
