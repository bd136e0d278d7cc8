//! Widgets drawn by several tabs.

pub mod bar_row;
pub mod big_text;
pub mod chart_axes;
pub mod chart_values;
pub mod dot_grid;
pub mod line_chart;
pub mod pyramid;
pub mod status_mark;
