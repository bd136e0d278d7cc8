//! A sparkline written as text, so it fits in a table cell: one block glyph per point.

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
}
