//! The characters a picture draws as shapes rather than from a font, as terminals do:
//! box-drawing lines, block elements and braille. Drawn to the cell's own edges, the
//! lines of a table and the bars and dots of a chart join the cells beside them.

use super::box_lines::{BoxLines, Weight, box_lines};
use super::pixel_strip::{PixelRect, PixelStrip, Rgb};

/// Draws `c` as a shape filling `cell` in `color`; `false` when `c` is not one of the
/// shapes, and the font must draw it.
pub fn draw_shape(strip: &mut PixelStrip, cell: PixelRect, c: char, color: Rgb) -> bool {
    let code = c as u32;
    if let Some(lines) = box_lines(c) {
        draw_lines(strip, cell, lines, color);
    } else if (0x2580..=0x259f).contains(&code) {
        draw_block(strip, cell, code, color);
    } else if (0x2801..=0x28ff).contains(&code) {
        draw_braille(strip, cell, (code - 0x2800) as u8, color);
    } else {
        // U+2800, the empty braille pattern, is blank, like a space.
        return code == 0x2800;
    }
    true
}

/// The thickness of a light line in a cell this wide.
fn light_thickness(cell: PixelRect) -> i32 {
    (cell.width / 9).max(1)
}

fn draw_lines(strip: &mut PixelStrip, cell: PixelRect, lines: BoxLines, color: Rgb) {
    let light = light_thickness(cell);
    if lines.arc {
        return draw_arc(strip, cell, lines, color);
    }
    for (arm, weight) in lines.arms.into_iter().enumerate() {
        let offsets: &[i32] = match weight {
            Weight::None => continue,
            Weight::Light | Weight::Heavy => &[0],
            Weight::Double => &[-light, light],
        };
        let thickness = if weight == Weight::Heavy {
            light * 2
        } else {
            light
        };
        for &offset in offsets {
            let rect = arm_rect(cell, arm, thickness, offset);
            if lines.dashes == 0 {
                strip.fill(rect, color, 1.0);
            } else {
                draw_dashes(strip, rect, arm, lines.dashes, cell, color);
            }
        }
    }
}

/// The rectangle of arm `arm` (0 up, 1 right, 2 down, 3 left): from the cell's edge to
/// across its centre line, `offset` pixels aside for one of a double line's two.
fn arm_rect(cell: PixelRect, arm: usize, thickness: i32, offset: i32) -> PixelRect {
    let left = cell.x + (cell.width - thickness) / 2 + offset;
    let top = cell.y + (cell.height - thickness) / 2 + offset;
    let (to_middle_x, to_middle_y) = (left - cell.x + thickness, top - cell.y + thickness);
    match arm {
        0 => PixelRect {
            x: left,
            y: cell.y,
            width: thickness,
            height: to_middle_y,
        },
        1 => PixelRect {
            x: left,
            y: top,
            width: cell.x + cell.width - left,
            height: thickness,
        },
        2 => PixelRect {
            x: left,
            y: top,
            width: thickness,
            height: cell.y + cell.height - top,
        },
        _ => PixelRect {
            x: cell.x,
            y: top,
            width: to_middle_x,
            height: thickness,
        },
    }
}

/// A dashed line's share of an arm: `dashes` dashes over the whole cell, each with a
/// gap after it.
fn draw_dashes(
    strip: &mut PixelStrip,
    arm_rect: PixelRect,
    arm: usize,
    dashes: u8,
    cell: PixelRect,
    color: Rgb,
) {
    let across = arm % 2 == 1;
    let (start, length) = if across {
        (cell.x, cell.width)
    } else {
        (cell.y, cell.height)
    };
    let step = length as f32 / f32::from(dashes);
    for dash in 0..i32::from(dashes) {
        let from = start + (dash as f32 * step).round() as i32;
        let to = start + ((dash as f32 + 0.6) * step).round() as i32;
        let (low, high) = if across {
            (arm_rect.x, arm_rect.x + arm_rect.width)
        } else {
            (arm_rect.y, arm_rect.y + arm_rect.height)
        };
        let (from, to) = (from.max(low), to.min(high));
        if from >= to {
            continue;
        }
        let rect = if across {
            PixelRect {
                x: from,
                width: to - from,
                ..arm_rect
            }
        } else {
            PixelRect {
                y: from,
                height: to - from,
                ..arm_rect
            }
        };
        strip.fill(rect, color, 1.0);
    }
}

/// A rounded corner: a quarter circle from the vertical arm to the horizontal one, and
/// the vertical arm straight on to the cell's edge.
fn draw_arc(strip: &mut PixelStrip, cell: PixelRect, lines: BoxLines, color: Rgb) {
    let thickness = light_thickness(cell);
    let right = lines.arms[1] != Weight::None;
    let down = lines.arms[2] != Weight::None;
    let (sx, sy) = (
        if right { 1.0 } else { -1.0 },
        if down { 1.0 } else { -1.0 },
    );
    let middle_x = cell.x as f32 + ((cell.width - thickness) / 2) as f32 + thickness as f32 / 2.0;
    let middle_y = cell.y as f32 + ((cell.height - thickness) / 2) as f32 + thickness as f32 / 2.0;
    let radius = if right {
        (cell.x + cell.width) as f32 - middle_x
    } else {
        middle_x - cell.x as f32
    };
    let (centre_x, centre_y) = (middle_x + sx * radius, middle_y + sy * radius);
    for py in cell.y..cell.y + cell.height {
        for px in cell.x..cell.x + cell.width {
            let (x, y) = (px as f32 + 0.5, py as f32 + 0.5);
            if (x - centre_x) * sx > 0.0 || (y - centre_y) * sy > 0.0 {
                continue;
            }
            let distance = ((x - centre_x).powi(2) + (y - centre_y).powi(2)).sqrt();
            let coverage = thickness as f32 / 2.0 + 0.5 - (distance - radius).abs();
            strip.blend(px, py, color, coverage);
        }
    }
    // The vertical arm from the arc's end to the edge.
    let left = cell.x + (cell.width - thickness) / 2;
    let (from, to) = if down {
        (centre_y.round() as i32, cell.y + cell.height)
    } else {
        (cell.y, centre_y.round() as i32)
    };
    if from < to {
        let rect = PixelRect {
            x: left,
            y: from,
            width: thickness,
            height: to - from,
        };
        strip.fill(rect, color, 1.0);
    }
}

/// `n` eighths of `length`, rounded.
fn eighths(length: i32, n: u32) -> i32 {
    (length as f32 * n as f32 / 8.0).round() as i32
}

fn draw_block(strip: &mut PixelStrip, cell: PixelRect, code: u32, color: Rgb) {
    let PixelRect {
        x,
        y,
        width: w,
        height: h,
    } = cell;
    let rect = |x, y, width, height| PixelRect {
        x,
        y,
        width,
        height,
    };
    match code {
        0x2580 => strip.fill(rect(x, y, w, eighths(h, 4)), color, 1.0),
        0x2581..=0x2588 => {
            let n = eighths(h, code - 0x2580);
            strip.fill(rect(x, y + h - n, w, n), color, 1.0);
        }
        0x2589..=0x258f => strip.fill(rect(x, y, eighths(w, 0x2590 - code), h), color, 1.0),
        0x2590 => {
            let half = eighths(w, 4);
            strip.fill(rect(x + w - half, y, half, h), color, 1.0);
        }
        0x2591..=0x2593 => strip.fill(cell, color, (code - 0x2590) as f32 / 4.0),
        0x2594 => strip.fill(rect(x, y, w, eighths(h, 1)), color, 1.0),
        0x2595 => {
            let n = eighths(w, 1);
            strip.fill(rect(x + w - n, y, n, h), color, 1.0);
        }
        _ => {
            // The quadrants, as upper left 1, upper right 2, lower left 4, lower right 8.
            const QUADRANTS: [u8; 10] = [4, 8, 1, 13, 9, 7, 11, 2, 6, 14];
            let quadrants = QUADRANTS[(code - 0x2596) as usize];
            let (half_w, half_h) = (eighths(w, 4), eighths(h, 4));
            for (bit, qx, qy) in [(1, 0, 0), (2, 1, 0), (4, 0, 1), (8, 1, 1)] {
                if quadrants & bit != 0 {
                    let (left, top) = (x + qx * half_w, y + qy * half_h);
                    let width = if qx == 0 { half_w } else { w - half_w };
                    let height = if qy == 0 { half_h } else { h - half_h };
                    strip.fill(rect(left, top, width, height), color, 1.0);
                }
            }
        }
    }
}

/// The eight dots of a braille cell, as (column, row) by bit.
const BRAILLE_DOTS: [(i32, i32); 8] = [
    (0, 0),
    (0, 1),
    (0, 2),
    (1, 0),
    (1, 1),
    (1, 2),
    (0, 3),
    (1, 3),
];

fn draw_braille(strip: &mut PixelStrip, cell: PixelRect, pattern: u8, color: Rgb) {
    let radius = (cell.width as f32 * 0.15).max(0.75);
    for (bit, (column, row)) in BRAILLE_DOTS.into_iter().enumerate() {
        if pattern & (1 << bit) == 0 {
            continue;
        }
        let centre_x = cell.x as f32 + cell.width as f32 * (1 + 2 * column) as f32 / 4.0;
        let centre_y = cell.y as f32 + cell.height as f32 * (1 + 2 * row) as f32 / 8.0;
        let reach = radius.ceil() as i32 + 1;
        for py in centre_y as i32 - reach..=centre_y as i32 + reach {
            for px in centre_x as i32 - reach..=centre_x as i32 + reach {
                let distance = ((px as f32 + 0.5 - centre_x).powi(2)
                    + (py as f32 + 0.5 - centre_y).powi(2))
                .sqrt();
                strip.blend(px, py, color, radius + 0.5 - distance);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CELL: PixelRect = PixelRect {
        x: 0,
        y: 0,
        width: 18,
        height: 36,
    };
    const WHITE: Rgb = (255, 255, 255);

    fn drawn(c: char) -> PixelStrip {
        let mut strip = PixelStrip::new(18, 36, (0, 0, 0));
        assert!(draw_shape(&mut strip, CELL, c, WHITE), "{c} is a shape");
        strip
    }

    fn lit(strip: &PixelStrip, x: u32, y: u32) -> bool {
        strip.pixel(x, y).0 > 128
    }

    #[test]
    fn lines_reach_the_cell_edges_they_point_to_and_no_others() {
        let vertical = drawn('│');
        assert!(
            lit(&vertical, 9, 0) && lit(&vertical, 9, 35),
            "top to bottom"
        );
        assert!(!lit(&vertical, 0, 18) && !lit(&vertical, 17, 18));
        let corner = drawn('┌');
        assert!(
            lit(&corner, 17, 17) && lit(&corner, 9, 35),
            "right and down"
        );
        assert!(
            !lit(&corner, 9, 0) && !lit(&corner, 0, 17),
            "not up or left"
        );
        let dashed = drawn('┄');
        let row: Vec<bool> = (0..18).map(|x| lit(&dashed, x, 17)).collect();
        assert!(row.contains(&true) && row.contains(&false), "{row:?}");
        let rounded = drawn('╭');
        assert!(
            lit(&rounded, 9, 35) && lit(&rounded, 17, 17),
            "down and right"
        );
        assert!(!lit(&rounded, 9, 0) && !lit(&rounded, 0, 17));
    }

    #[test]
    fn blocks_fill_their_share_of_the_cell() {
        let full = drawn('█');
        assert!(lit(&full, 0, 0) && lit(&full, 17, 35));
        let lower_quarter = drawn('▂');
        assert!(lit(&lower_quarter, 5, 35) && lit(&lower_quarter, 5, 28));
        assert!(!lit(&lower_quarter, 5, 26));
        let left_half = drawn('▌');
        assert!(lit(&left_half, 8, 18) && !lit(&left_half, 9, 18));
        let quadrants = drawn('▚');
        assert!(lit(&quadrants, 2, 2) && lit(&quadrants, 15, 33));
        assert!(!lit(&quadrants, 15, 2) && !lit(&quadrants, 2, 33));
    }

    #[test]
    fn braille_draws_its_dots_where_the_pattern_says() {
        // ⢀ is dot 8 alone: the lower right.
        let dot = drawn('⢀');
        assert!(lit(&dot, 13, 31));
        assert!(!lit(&dot, 4, 31) && !lit(&dot, 13, 4));
        let mut blank = PixelStrip::new(18, 36, (0, 0, 0));
        assert!(draw_shape(&mut blank, CELL, '\u{2800}', WHITE));
        assert!((0..36).all(|y| (0..18).all(|x| !lit(&blank, x, y))));
        assert!(
            !draw_shape(&mut blank, CELL, 'A', WHITE),
            "a letter is the font's"
        );
    }
}
