//! A PNG picture of a frame: its SVG rasterised by resvg, with the fonts shipped in
//! `assets/fonts` (DejaVu Sans Mono, and DejaVu Sans for the braille it lacks), so that a
//! picture looks the same on every machine and needs no font installed.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{Options, Tree};

/// The monospace font every cell is drawn in.
const MONO: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf");
/// The font the braille of charts falls back to.
const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// Pixels of the PNG per pixel of the SVG: 2 makes a 120x40 frame 2160x1440, sharp on
/// a projector.
pub const PNG_SCALE: f32 = 2.0;

/// The SVG picture `svg` as PNG bytes at `scale`, or why it could not be made.
pub fn png_picture(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let mut options = Options {
        font_family: "DejaVu Sans Mono".to_string(), // not translated: a font's name
        ..Options::default()
    };
    let fonts = options.fontdb_mut();
    fonts.load_font_data(MONO.to_vec());
    fonts.load_font_data(SANS.to_vec());
    fonts.set_monospace_family("DejaVu Sans Mono"); // not translated: a font's name
    let tree = Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| format!("a picture of {scale} times its size is too large"))?;
    let mut pixmap = Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("no room for {}x{} pixels", size.width(), size.height()))?;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_a_png_of_twice_the_size_with_the_text_drawn() {
        let svg = concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"90\" height=\"18\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"#000000\"/>",
            "<text x=\"0\" y=\"9\" fill=\"#ffffff\" font-family=\"'DejaVu Sans Mono'\" ",
            "font-size=\"15\" dominant-baseline=\"central\">HEGAN ⣀⠤</text></svg>"
        );
        let png = png_picture(svg, PNG_SCALE).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let pixmap = Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (180, 36));
        // The letters and the braille (from the fallback font) put white on the black.
        let lit = |columns: std::ops::Range<u32>, rows: std::ops::Range<u32>| {
            columns
                .flat_map(|x| rows.clone().map(move |y| (x, y)))
                .filter(|&(x, y)| pixmap.pixel(x, y).is_some_and(|p| p.red() > 128))
                .count()
        };
        assert!(lit(0..90, 0..36) > 50, "the letters are drawn");
        // `⣀` is two dots at the foot of its cell: dots below, nothing above (a missing
        // glyph's box would light both).
        assert!(lit(108..126, 24..36) > 4, "the braille's dots are drawn");
        assert_eq!(lit(108..126, 0..16), 0, "and only its dots");
        assert!(png_picture("not svg", PNG_SCALE).is_err());
    }
}
