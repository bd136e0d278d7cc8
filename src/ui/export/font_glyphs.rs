//! Letters drawn from the fonts shipped in `assets/fonts` (DejaVu Sans Mono, and DejaVu
//! Sans for what it lacks), so that a picture looks the same on every machine and needs
//! no font installed.

use ab_glyph::{Font, FontRef, GlyphId, PxScale, point};

use super::pixel_strip::{PixelRect, PixelStrip, Rgb};

/// The monospace font every cell is drawn in.
const MONO: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf");
/// The font of what the monospace one lacks.
const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// The size of the letters, in pixels to the em, in a cell 18 pixels high: as in the
/// SVG picture.
const EM_PER_CELL_HEIGHT: f32 = 15.0 / 18.0;

/// The shipped fonts, read once for a picture.
pub struct CellFonts {
    fonts: [FontRef<'static>; 2],
}

impl CellFonts {
    /// The shipped fonts, or why they could not be read.
    pub fn shipped() -> Result<Self, String> {
        let read = |bytes| FontRef::try_from_slice(bytes).map_err(|e| e.to_string());
        Ok(CellFonts {
            fonts: [read(MONO)?, read(SANS)?],
        })
    }

    /// The font that has `c`, and its glyph: the monospace one first.
    fn glyph(&self, c: char) -> (&FontRef<'static>, GlyphId) {
        for font in &self.fonts {
            let id = font.glyph_id(c);
            if id.0 != 0 {
                return (font, id);
            }
        }
        // Neither has it: the monospace font's box for a missing letter.
        (&self.fonts[0], self.fonts[0].glyph_id(c))
    }

    /// Draws the characters of one cell's symbol (a letter, and any marks on it) in
    /// `cell`, centred across it and on the middle of the cell's height; `bold`
    /// thickens it by drawing it twice, a pixel apart.
    pub fn draw(
        &self,
        strip: &mut PixelStrip,
        cell: PixelRect,
        symbol: &str,
        color: Rgb,
        bold: bool,
    ) {
        let em = cell.height as f32 * EM_PER_CELL_HEIGHT;
        let mut first_advance = None;
        for c in symbol.chars() {
            let (font, id) = self.glyph(c);
            let Some(units_per_em) = font.units_per_em() else {
                continue;
            };
            let scale = PxScale::from(em * font.height_unscaled() / units_per_em);
            let to_px = em / units_per_em;
            let (ascent, descent) = (
                font.ascent_unscaled() * to_px,
                font.descent_unscaled() * to_px,
            );
            let baseline = cell.y as f32 + (cell.height as f32 - (ascent - descent)) / 2.0 + ascent;
            // A mark is drawn where its letter was.
            let advance = *first_advance.get_or_insert(font.h_advance_unscaled(id) * to_px);
            let left = cell.x as f32 + (cell.width as f32 - advance) / 2.0;
            let glyph = id.with_scale_and_position(scale, point(left, baseline));
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let shifts: &[i32] = if bold { &[0, 1] } else { &[0] };
            for &shift in shifts {
                outline.draw(|x, y, coverage| {
                    let px = bounds.min.x as i32 + x as i32 + shift;
                    let py = bounds.min.y as i32 + y as i32;
                    // A letter stays in its cells, as in a terminal.
                    let inside_x = px >= cell.x && px < cell.x + cell.width;
                    if inside_x && py >= cell.y && py < cell.y + cell.height {
                        strip.blend(px, py, color, coverage);
                    }
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(strip: &PixelStrip) -> usize {
        (0..strip.height)
            .flat_map(|y| (0..strip.width).map(move |x| (x, y)))
            .filter(|&(x, y)| strip.pixel(x, y).0 > 128)
            .count()
    }

    #[test]
    fn a_letter_is_drawn_in_its_cell_and_bold_draws_more_of_it() {
        let fonts = CellFonts::shipped().unwrap();
        let cell = PixelRect {
            x: 0,
            y: 0,
            width: 18,
            height: 36,
        };
        let draw = |symbol, bold| {
            let mut strip = PixelStrip::new(18, 36, (0, 0, 0));
            fonts.draw(&mut strip, cell, symbol, (255, 255, 255), bold);
            strip
        };
        let plain = lit(&draw("H", false));
        assert!(plain > 40, "H: {plain} lit pixels");
        assert!(lit(&draw("H", true)) > plain, "bold is heavier");
        assert_eq!(lit(&draw(" ", false)), 0);
        assert_eq!(
            fonts.fonts[0].glyph_id('⣿').0,
            0,
            "braille is not in the monospace font"
        );
        // `€` and `→` are in the monospace font, braille only in DejaVu Sans: all drawn.
        for symbol in ["€", "→", "⣿"] {
            assert!(lit(&draw(symbol, false)) > 20, "{symbol}");
        }
    }
}
