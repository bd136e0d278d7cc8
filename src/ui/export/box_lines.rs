//! The lines of the box-drawing characters U+2500 to U+257F, so that a picture draws
//! them as a terminal does: each arm from the cell's centre to its edge, joined with the
//! cells beside it whatever the font. The table is made from the characters' Unicode
//! names by `scripts/box-lines-table.py`.

/// How heavy an arm of a box-drawing character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// No arm.
    None,
    /// A light line.
    Light,
    /// A heavy line.
    Heavy,
    /// Two light lines.
    Double,
}

/// The arms of a box-drawing character and how they are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoxLines {
    /// The arms up, right, down and left.
    pub arms: [Weight; 4],
    /// Dashes in a dashed line (2, 3 or 4), or 0 for a solid one.
    pub dashes: u8,
    /// A rounded corner.
    pub arc: bool,
}

/// The lines of `c`, or `None` when it is not a box-drawing character drawn as lines
/// (the diagonals are left to the font).
pub fn box_lines(c: char) -> Option<BoxLines> {
    let index = (c as u32).checked_sub(0x2500)?;
    let code = *TABLE.get(index as usize)?;
    if code == DRAWN_BY_FONT {
        return None;
    }
    let weight = |shift: u16| match (code >> shift) & 3 {
        0 => Weight::None,
        1 => Weight::Light,
        2 => Weight::Heavy,
        _ => Weight::Double,
    };
    Some(BoxLines {
        arms: [weight(0), weight(2), weight(4), weight(6)],
        dashes: ((code >> 8) & 7) as u8,
        arc: code & (1 << 11) != 0,
    })
}

/// A character the font draws.
const DRAWN_BY_FONT: u16 = 0xffff;

/// Each character's arms, two bits each (up, right, down, left: 0 none, 1 light,
/// 2 heavy, 3 double), its dashes in bits 8 to 10, and bit 11 for an arc.
const TABLE: [u16; 128] = [
    0x0044, // ─ light horizontal
    0x0088, // ━ heavy horizontal
    0x0011, // │ light vertical
    0x0022, // ┃ heavy vertical
    0x0344, // ┄ light horizontal
    0x0388, // ┅ heavy horizontal
    0x0311, // ┆ light vertical
    0x0322, // ┇ heavy vertical
    0x0444, // ┈ light horizontal
    0x0488, // ┉ heavy horizontal
    0x0411, // ┊ light vertical
    0x0422, // ┋ heavy vertical
    0x0014, // ┌ light down and right
    0x0018, // ┍ down light and right heavy
    0x0024, // ┎ down heavy and right light
    0x0028, // ┏ heavy down and right
    0x0050, // ┐ light down and left
    0x0090, // ┑ down light and left heavy
    0x0060, // ┒ down heavy and left light
    0x00a0, // ┓ heavy down and left
    0x0005, // └ light up and right
    0x0009, // ┕ up light and right heavy
    0x0006, // ┖ up heavy and right light
    0x000a, // ┗ heavy up and right
    0x0041, // ┘ light up and left
    0x0081, // ┙ up light and left heavy
    0x0042, // ┚ up heavy and left light
    0x0082, // ┛ heavy up and left
    0x0015, // ├ light vertical and right
    0x0019, // ┝ vertical light and right heavy
    0x0016, // ┞ up heavy and right down light
    0x0025, // ┟ down heavy and right up light
    0x0026, // ┠ vertical heavy and right light
    0x001a, // ┡ down light and right up heavy
    0x0029, // ┢ up light and right down heavy
    0x002a, // ┣ heavy vertical and right
    0x0051, // ┤ light vertical and left
    0x0091, // ┥ vertical light and left heavy
    0x0052, // ┦ up heavy and left down light
    0x0061, // ┧ down heavy and left up light
    0x0062, // ┨ vertical heavy and left light
    0x0092, // ┩ down light and left up heavy
    0x00a1, // ┪ up light and left down heavy
    0x00a2, // ┫ heavy vertical and left
    0x0054, // ┬ light down and horizontal
    0x0094, // ┭ left heavy and right down light
    0x0058, // ┮ right heavy and left down light
    0x0098, // ┯ down light and horizontal heavy
    0x0064, // ┰ down heavy and horizontal light
    0x00a4, // ┱ right light and left down heavy
    0x0068, // ┲ left light and right down heavy
    0x00a8, // ┳ heavy down and horizontal
    0x0045, // ┴ light up and horizontal
    0x0085, // ┵ left heavy and right up light
    0x0049, // ┶ right heavy and left up light
    0x0089, // ┷ up light and horizontal heavy
    0x0046, // ┸ up heavy and horizontal light
    0x0086, // ┹ right light and left up heavy
    0x004a, // ┺ left light and right up heavy
    0x008a, // ┻ heavy up and horizontal
    0x0055, // ┼ light vertical and horizontal
    0x0095, // ┽ left heavy and right vertical light
    0x0059, // ┾ right heavy and left vertical light
    0x0099, // ┿ vertical light and horizontal heavy
    0x0056, // ╀ up heavy and down horizontal light
    0x0065, // ╁ down heavy and up horizontal light
    0x0066, // ╂ vertical heavy and horizontal light
    0x0096, // ╃ left up heavy and right down light
    0x005a, // ╄ right up heavy and left down light
    0x00a5, // ╅ left down heavy and right up light
    0x0069, // ╆ right down heavy and left up light
    0x009a, // ╇ down light and up horizontal heavy
    0x00a9, // ╈ up light and down horizontal heavy
    0x00a6, // ╉ right light and left vertical heavy
    0x006a, // ╊ left light and right vertical heavy
    0x00aa, // ╋ heavy vertical and horizontal
    0x0244, // ╌ light horizontal
    0x0288, // ╍ heavy horizontal
    0x0211, // ╎ light vertical
    0x0222, // ╏ heavy vertical
    0x00cc, // ═ double horizontal
    0x0033, // ║ double vertical
    0x001c, // ╒ down single and right double
    0x0034, // ╓ down double and right single
    0x003c, // ╔ double down and right
    0x00d0, // ╕ down single and left double
    0x0070, // ╖ down double and left single
    0x00f0, // ╗ double down and left
    0x000d, // ╘ up single and right double
    0x0007, // ╙ up double and right single
    0x000f, // ╚ double up and right
    0x00c1, // ╛ up single and left double
    0x0043, // ╜ up double and left single
    0x00c3, // ╝ double up and left
    0x001d, // ╞ vertical single and right double
    0x0037, // ╟ vertical double and right single
    0x003f, // ╠ double vertical and right
    0x00d1, // ╡ vertical single and left double
    0x0073, // ╢ vertical double and left single
    0x00f3, // ╣ double vertical and left
    0x00dc, // ╤ down single and horizontal double
    0x0074, // ╥ down double and horizontal single
    0x00fc, // ╦ double down and horizontal
    0x00cd, // ╧ up single and horizontal double
    0x0047, // ╨ up double and horizontal single
    0x00cf, // ╩ double up and horizontal
    0x00dd, // ╪ vertical single and horizontal double
    0x0077, // ╫ vertical double and horizontal single
    0x00ff, // ╬ double vertical and horizontal
    0x0814, // ╭ light down and right
    0x0850, // ╮ light down and left
    0x0841, // ╯ light up and left
    0x0805, // ╰ light up and right
    0xffff, // ╱ light diagonal upper right to lower left
    0xffff, // ╲ light diagonal upper left to lower right
    0xffff, // ╳ light diagonal cross
    0x0040, // ╴ light left
    0x0001, // ╵ light up
    0x0004, // ╶ light right
    0x0010, // ╷ light down
    0x0080, // ╸ heavy left
    0x0002, // ╹ heavy up
    0x0008, // ╺ heavy right
    0x0020, // ╻ heavy down
    0x0048, // ╼ light left and heavy right
    0x0021, // ╽ light up and heavy down
    0x0084, // ╾ heavy left and light right
    0x0012, // ╿ heavy up and light down
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_the_arms_the_names_give() {
        use Weight::{Double, Heavy, Light, None as No};
        let arms = |c| box_lines(c).unwrap().arms;
        assert_eq!(arms('─'), [No, Light, No, Light]);
        assert_eq!(arms('┌'), [No, Light, Light, No]);
        assert_eq!(
            arms('┞'),
            [Heavy, Light, Light, No],
            "up heavy and right down light"
        );
        assert_eq!(arms('╬'), [Double; 4]);
        assert_eq!(
            arms('╒'),
            [No, Double, Light, No],
            "down single and right double"
        );
        assert_eq!(box_lines('┄').unwrap().dashes, 3);
        assert!(box_lines('╭').unwrap().arc);
        assert_eq!(box_lines('╱'), None, "a diagonal is the font's");
        assert_eq!(box_lines('a'), None);
        assert_eq!(box_lines('█'), None);
    }
}
