//! Every text, bar and series colour of every theme keeps at least 4.5:1 (WCAG's
//! ratio for text) against its background, in each palette a terminal may show it
//! with: the 16 named colours as xterm, PuTTY, rxvt-unicode, the VGA console and GNOME's
//! Tango draw them, and the 256-colour palette as xterm defines it.

use clusterdash::ui::export::palette::{named_index, rgb};
use clusterdash::ui::theme::{Background, ColorDepth, Theme};
use ratatui::style::{Color, Style};

type Rgb = (u8, u8, u8);

/// A terminal's 16 named colours, black to bright white.
struct Palette {
    name: &'static str,
    colors: [u32; 16],
}

const PALETTES: [Palette; 5] = [
    Palette {
        name: "xterm",
        colors: [
            0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
            0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
        ],
    },
    Palette {
        name: "PuTTY",
        colors: [
            0x000000, 0xbb0000, 0x00bb00, 0xbbbb00, 0x0000bb, 0xbb00bb, 0x00bbbb, 0xbbbbbb,
            0x555555, 0xff5555, 0x55ff55, 0xffff55, 0x5555ff, 0xff55ff, 0x55ffff, 0xffffff,
        ],
    },
    Palette {
        name: "rxvt-unicode",
        colors: [
            0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000cd, 0xcd00cd, 0x00cdcd, 0xfaebd7,
            0x404040, 0xff0000, 0x00ff00, 0xffff00, 0x0000ff, 0xff00ff, 0x00ffff, 0xffffff,
        ],
    },
    Palette {
        name: "VGA console",
        colors: [
            0x000000, 0xaa0000, 0x00aa00, 0xaa5500, 0x0000aa, 0xaa00aa, 0x00aaaa, 0xaaaaaa,
            0x555555, 0xff5555, 0x55ff55, 0xffff55, 0x5555ff, 0xff55ff, 0x55ffff, 0xffffff,
        ],
    },
    Palette {
        name: "Tango",
        colors: [
            0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf,
            0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
        ],
    },
];

fn split(hex: u32) -> Rgb {
    ((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// The colour a terminal with `palette` shows for `color`; `default` for the default
/// foreground.
fn shown(color: Color, palette: &Palette, default: Rgb) -> Rgb {
    // The 16 named colours are the terminal's own; the 256-colour cube and greys are the
    // same everywhere, as the pictures' palette has them.
    let named = match color {
        Color::Indexed(i) if i < 16 => Some(i),
        _ => named_index(color),
    };
    match named {
        Some(i) => split(palette.colors[usize::from(i)]),
        None => rgb(color).unwrap_or(default),
    }
}

/// WCAG 2 relative luminance.
fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio, from 1 to 21.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every coloured role of a theme, by name.
fn roles(theme: &Theme) -> Vec<(String, Style)> {
    let mut roles: Vec<(String, Style)> = [
        ("header", theme.header),
        ("brand", theme.brand),
        ("tab", theme.tab),
        ("tab_active", theme.tab_active),
        ("border", theme.border),
        ("title", theme.title),
        ("muted", theme.muted),
        ("selected", theme.selected),
        ("key", theme.key),
        ("on_track", theme.on_track),
        ("at_risk", theme.at_risk),
        ("off_track", theme.off_track),
        ("bar", theme.bar),
        ("target", theme.target),
        ("year_marker", theme.year_marker),
        ("error", theme.error),
    ]
    .map(|(name, style)| (name.to_string(), style))
    .into();
    for (i, color) in theme.series.iter().enumerate() {
        roles.push((format!("series[{i}]"), Style::new().fg(*color)));
    }
    roles
}

#[test]
fn every_role_keeps_4_5_to_1_in_every_palette_on_both_backgrounds() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for depth in [
        ColorDepth::None,
        ColorDepth::Sixteen,
        ColorDepth::Palette256,
        ColorDepth::TrueColor,
    ] {
        for background in [Background::Dark, Background::Light] {
            let theme = Theme::new(depth, background, false);
            // The default colours: light text on black, dark text on white.
            let (paper, ink) = match background {
                Background::Dark => ((0, 0, 0), (0xe5, 0xe5, 0xe5)),
                Background::Light => ((0xff, 0xff, 0xff), (0, 0, 0)),
            };
            for palette in &PALETTES {
                for (role, style) in roles(&theme) {
                    let fg = shown(style.fg.unwrap_or(Color::Reset), palette, ink);
                    let bg = shown(style.bg.unwrap_or(Color::Reset), palette, paper);
                    // Reverse video (the selection) swaps the two, which keeps the ratio.
                    let ratio = contrast(fg, bg);
                    checked += 1;
                    if ratio < 4.5 {
                        failures.push(format!(
                            "{depth:?} {background:?} {}: {role} {ratio:.2}:1",
                            palette.name
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 800, "{checked}");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_ratio_is_the_wcag_one() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    // The measurements: ANSI blue on black in xterm, #585858 on black.
    let xterm = &PALETTES[0];
    assert!(contrast(shown(Color::Blue, xterm, (0, 0, 0)), (0, 0, 0)) < 2.5);
    assert!(
        (contrast(shown(Color::Indexed(240), xterm, (0, 0, 0)), (0, 0, 0)) - 2.95).abs() < 0.01
    );
}
