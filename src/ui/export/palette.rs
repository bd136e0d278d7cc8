//! The colours of pictures: the 16 named terminal colours as RGB (the common xterm
//! palette), the 256-colour cube, and the default foreground and background.

use ratatui::style::Color;

/// The default foreground of pictures.
pub const DEFAULT_FG: (u8, u8, u8) = (0xd4, 0xd4, 0xd4);
/// The default background of pictures.
pub const DEFAULT_BG: (u8, u8, u8) = (0x1e, 0x1e, 0x1e);

const NAMED: [(u8, u8, u8); 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x31, 0x31),
    (0x0d, 0xbc, 0x79),
    (0xe5, 0xe5, 0x10),
    (0x24, 0x72, 0xc8),
    (0xbc, 0x3f, 0xbc),
    (0x11, 0xa8, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x76, 0x76, 0x76),
    (0xf1, 0x4c, 0x4c),
    (0x23, 0xd1, 0x8b),
    (0xf5, 0xf5, 0x43),
    (0x3b, 0x8e, 0xea),
    (0xd6, 0x70, 0xd6),
    (0x29, 0xb8, 0xdb),
    (0xff, 0xff, 0xff),
];

/// The index 0-15 of a named colour.
pub fn named_index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        _ => return None,
    })
}

/// The RGB of a colour; `None` for `Reset` (the default).
pub fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    if let Some(i) = named_index(color) {
        return Some(NAMED[usize::from(i)]);
    }
    match color {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i) if i < 16 => Some(NAMED[usize::from(i)]),
        Color::Indexed(i) if i < 232 => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            Some((level(i / 36), level((i / 6) % 6), level(i % 6)))
        }
        Color::Indexed(i) => {
            let grey = 8 + (i - 232) * 10;
            Some((grey, grey, grey))
        }
        _ => None,
    }
}

/// `#rrggbb` for a colour, or for the default when it is `Reset`.
pub fn hex(color: Color, default: (u8, u8, u8)) -> String {
    rgb_hex(rgb(color).unwrap_or(default))
}

/// `#rrggbb` for an RGB colour.
pub fn rgb_hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The foreground and ground a cell is shown in, defaults filled in and reverse video
/// applied: the colours every picture format paints.
pub fn shown_colors(
    fg: Color,
    bg: Color,
    modifiers: ratatui::style::Modifier,
) -> ((u8, u8, u8), (u8, u8, u8)) {
    let (fg, bg) = (rgb(fg).unwrap_or(DEFAULT_FG), rgb(bg).unwrap_or(DEFAULT_BG));
    if modifiers.contains(ratatui::style::Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}
