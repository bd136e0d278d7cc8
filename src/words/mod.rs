//! Words and marks shared by the dashboard, plain mode, the meeting report and `diff`:
//! numbers with their units, text from data made safe to show, status marks, text
//! sparklines and the lines that describe a change. No ratatui here, so a widget change
//! cannot change the minutes.

pub mod braille_dots;
pub mod change_line;
pub mod combination_words;
pub mod programme_words;
pub mod reporting_text;
pub mod status_marks;
pub mod text;
pub mod text_sparkline;
pub mod utc_time;
pub mod value_marks;
