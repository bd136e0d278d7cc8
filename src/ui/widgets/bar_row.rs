//! One horizontal bar with its label and value: the pyramid's levels, the outward
//! actions and the progress bars are all drawn from these.

/// A bar of `width` cells filled to `share` (0 to 1; more is drawn full).
pub fn bar(share: f64, width: usize) -> String {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let eighths = (share * width as f64 * 8.0).round() as usize;
    let full = eighths / 8;
    let partial = eighths % 8;
    let mut out = "█".repeat(full);
    if partial > 0 && full < width {
        out.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][partial - 1]);
    }
    let drawn = full + usize::from(partial > 0 && full < width);
    out.push_str(&"·".repeat(width.saturating_sub(drawn)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_eighths_and_keep_their_width() {
        assert_eq!(bar(0.5, 4), "██··");
        assert_eq!(bar(1.5, 3), "███");
        assert_eq!(bar(0.0, 3), "···");
        assert_eq!(bar(f64::NAN, 2), "··");
        assert_eq!(bar(0.1, 5), "▌····");
        for width in 0..10 {
            assert_eq!(bar(0.37, width).chars().count(), width);
        }
    }
}
