//! Braille cells as charts use them: two dots across and four down per character, so a
//! text cell holds eight points of a line (the dashboard's charts and the scorecard's
//! sparklines).

/// The bit of the dot at column `x` (0 or 1) and row `y` (0 to 3, top first) of a cell:
/// `DOT_BITS[x][y]`.
pub const DOT_BITS: [[u8; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];

/// The braille character with these dots set.
pub fn braille(bits: u8) -> char {
    char::from_u32(0x2800 + u32::from(bits)).unwrap_or(' ')
}
