//! A grid of braille dots, two across and four down per cell, on which a chart's lines
//! are drawn; each cell remembers which line drew into it last, for its colour.

use crate::words::braille_dots::{DOT_BITS, braille};

/// The dots of a plot and, per cell, the line that drew there last.
#[derive(Debug, Clone)]
pub struct DotGrid {
    /// Width in cells.
    width: usize,
    /// Height in cells.
    height: usize,
    /// The braille dot bits of each cell, row by row.
    bits: Vec<u8>,
    /// The line that last drew into each cell.
    owner: Vec<Option<usize>>,
}

impl DotGrid {
    /// An empty grid of `width` by `height` cells.
    pub fn new(width: usize, height: usize) -> Self {
        DotGrid {
            width,
            height,
            bits: vec![0; width * height],
            owner: vec![None; width * height],
        }
    }

    /// Dots across.
    pub fn dots_wide(&self) -> usize {
        self.width * 2
    }

    /// Dots down.
    pub fn dots_high(&self) -> usize {
        self.height * 4
    }

    /// Sets one dot for a line; dots outside the grid are ignored.
    pub fn dot(&mut self, x: i64, y: i64, line: usize) {
        if x < 0 || y < 0 || x as usize >= self.dots_wide() || y as usize >= self.dots_high() {
            return;
        }
        let (x, y) = (x as usize, y as usize);
        let cell = (y / 4) * self.width + x / 2;
        self.bits[cell] |= DOT_BITS[x % 2][y % 4];
        self.owner[cell] = Some(line);
    }

    /// Draws a straight line of dots from one dot to another (Bresenham).
    pub fn line(&mut self, from: (i64, i64), to: (i64, i64), line: usize) {
        let (mut x, mut y) = from;
        let (dx, dy) = ((to.0 - x).abs(), -(to.1 - y).abs());
        let (sx, sy) = ((to.0 - x).signum(), (to.1 - y).signum());
        let mut error = dx + dy;
        loop {
            self.dot(x, y, line);
            if (x, y) == to {
                return;
            }
            let twice = 2 * error;
            if twice >= dy {
                error += dy;
                x += sx;
            }
            if twice <= dx {
                error += dx;
                y += sy;
            }
        }
    }

    /// The braille character of a cell and the line that drew there last, or `None`
    /// for a cell without dots.
    pub fn cell(&self, column: usize, row: usize) -> Option<(char, usize)> {
        let index = row * self.width + column;
        let bits = *self.bits.get(index)?;
        let owner = self.owner[index]?;
        (bits != 0).then(|| (braille(bits), owner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_line_fills_the_cells_it_crosses() {
        let mut grid = DotGrid::new(3, 1);
        grid.line((0, 3), (5, 3), 0);
        let text: String = (0..3).map(|c| grid.cell(c, 0).unwrap().0).collect();
        assert_eq!(text, "⣀⣀⣀");
    }

    #[test]
    fn the_last_line_owns_a_shared_cell_and_empty_cells_are_none() {
        let mut grid = DotGrid::new(2, 2);
        grid.line((0, 0), (0, 7), 0);
        grid.dot(1, 0, 1);
        assert_eq!(grid.cell(0, 0), Some(('⡏', 1)));
        assert_eq!(grid.cell(0, 1), Some(('⡇', 0)));
        assert_eq!(grid.cell(1, 1), None);
        grid.dot(-1, 99, 2);
    }
}
