//! Sparklines written as text, so they fit in a table cell: one block glyph per point
//! (the report's), or a line of braille dots, two points per cell (the scorecard's, where
//! shares of 50% to 80% would otherwise read as solid bars).

use super::braille_dots::{DOT_BITS, braille};

/// The glyphs from lowest to highest.
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One glyph per value from 0 to `max`; a gap (space) where a value is missing.
pub fn sparkline(values: &[Option<u64>], max: u64) -> String {
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(v) => {
                let scaled = (*v).min(max) as usize * (LEVELS.len() - 1) / max.max(1) as usize;
                LEVELS[scaled]
            }
        })
        .collect()
}

/// The ASCII stand-ins for the four heights of a line, lowest first.
const ASCII_HEIGHTS: [char; 4] = ['_', '.', '-', '\''];

/// The height, 0 (bottom) to 3 (top), of a value from 0 to `max`.
fn height(value: u64, max: u64) -> usize {
    ((value.min(max) as f64 / max.max(1) as f64) * 3.0).round() as usize
}

/// A line of dots at four heights, two values per cell: a value's dot joined down or up
/// to the one before, so the line reads as a line; nothing where a value is missing.
/// In ASCII, one character per value (`_ . - '`, lowest to highest).
pub fn line_sparkline(values: &[Option<u64>], max: u64, ascii: bool) -> String {
    let heights: Vec<Option<usize>> = values.iter().map(|v| v.map(|v| height(v, max))).collect();
    if ascii {
        return heights
            .iter()
            .map(|h| h.map_or(' ', |h| ASCII_HEIGHTS[h]))
            .collect();
    }
    heights
        .chunks(2)
        .enumerate()
        .map(|(cell, pair)| {
            let mut bits = 0;
            for (side, level) in pair.iter().enumerate() {
                let Some(level) = level else { continue };
                let before = (cell * 2 + side).checked_sub(1).and_then(|i| heights[i]);
                // From its own height toward the one before, stopping short of it.
                let (low, high) = match before {
                    Some(b) if b + 1 < *level => (b + 1, *level),
                    Some(b) if *level + 1 < b => (*level, b - 1),
                    _ => (*level, *level),
                };
                for h in low..=high {
                    bits |= DOT_BITS[side][3 - h];
                }
            }
            braille(bits)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_follow_the_values() {
        assert_eq!(
            sparkline(&[Some(0), Some(50), Some(100), None, Some(200)], 100),
            "▁▄█ █"
        );
        assert_eq!(sparkline(&[], 100), "");
    }

    #[test]
    fn a_line_of_dots_two_values_a_cell_joined_where_they_jump() {
        // 60 and 70 are both at height 2 of 0 to 3: two dots side by side.
        assert_eq!(line_sparkline(&[Some(60), Some(70)], 100, false), "⠒");
        // A fall from the top to the bottom is joined in the second column.
        assert_eq!(line_sparkline(&[Some(100), Some(0)], 100, false), "⢱");
        assert_eq!(line_sparkline(&[Some(0), Some(100)], 100, false), "⡸");
        assert_eq!(
            line_sparkline(&[None, Some(100), Some(50)], 100, false),
            "⠈⠂"
        );
        assert_eq!(
            line_sparkline(&[Some(0), None, Some(100)], 100, true),
            "_ '"
        );
    }
}
