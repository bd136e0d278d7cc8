//! One row of cells as RGB pixels: what a PNG picture is drawn into, a row at a time,
//! so that a large frame never needs all its pixels at once.

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// A rectangle of pixels in a strip: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    /// The first column of pixels.
    pub x: i32,
    /// The first row of pixels.
    pub y: i32,
    /// Columns of pixels.
    pub width: i32,
    /// Rows of pixels.
    pub height: i32,
}

/// The pixels of one row of cells, three bytes each, row after row.
#[derive(Debug, Clone)]
pub struct PixelStrip {
    /// Pixels across.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
    /// The RGB bytes.
    pub bytes: Vec<u8>,
}

impl PixelStrip {
    /// A strip of this size in one colour.
    pub fn new(width: u32, height: u32, ground: Rgb) -> Self {
        let mut bytes = Vec::with_capacity(width as usize * height as usize * 3);
        for _ in 0..width as usize * height as usize {
            bytes.extend_from_slice(&[ground.0, ground.1, ground.2]);
        }
        PixelStrip {
            width,
            height,
            bytes,
        }
    }

    /// Paints `color` over the pixel at (x, y) with `coverage` from 0 (none) to 1
    /// (all); a pixel outside the strip is left alone.
    pub fn blend(&mut self, x: i32, y: i32, color: Rgb, coverage: f32) {
        if x < 0 || y < 0 || x as u32 >= self.width || y as u32 >= self.height {
            return;
        }
        let coverage = coverage.clamp(0.0, 1.0);
        if coverage <= 0.0 {
            return;
        }
        let at = (y as usize * self.width as usize + x as usize) * 3;
        for (byte, target) in self.bytes[at..at + 3]
            .iter_mut()
            .zip([color.0, color.1, color.2])
        {
            let mixed = f32::from(*byte) + (f32::from(target) - f32::from(*byte)) * coverage;
            *byte = mixed.round() as u8;
        }
    }

    /// Paints `color` over every pixel of `rect`, with `coverage`.
    pub fn fill(&mut self, rect: PixelRect, color: Rgb, coverage: f32) {
        for y in rect.y..rect.y + rect.height {
            for x in rect.x..rect.x + rect.width {
                self.blend(x, y, color, coverage);
            }
        }
    }

    /// The colour of the pixel at (x, y).
    pub fn pixel(&self, x: u32, y: u32) -> Rgb {
        let at = (y as usize * self.width as usize + x as usize) * 3;
        (self.bytes[at], self.bytes[at + 1], self.bytes[at + 2])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blending_mixes_by_coverage_and_ignores_pixels_outside() {
        let mut strip = PixelStrip::new(4, 2, (0, 0, 0));
        strip.blend(1, 1, (200, 100, 0), 0.5);
        strip.blend(9, 9, (255, 255, 255), 1.0);
        strip.blend(-1, 0, (255, 255, 255), 1.0);
        assert_eq!(strip.pixel(1, 1), (100, 50, 0));
        strip.fill(
            PixelRect {
                x: 2,
                y: 0,
                width: 9,
                height: 1,
            },
            (255, 255, 255),
            1.0,
        );
        assert_eq!(strip.pixel(3, 0), (255, 255, 255));
        assert_eq!(strip.pixel(3, 1), (0, 0, 0));
    }
}
