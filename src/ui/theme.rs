//! Styles by role, for each rung of the colour ladder (true colour, 256, 16, none) and
//! for dark or light backgrounds. Every state also has a symbol or a word and the
//! selection is reverse video, so nothing depends on colour alone.

use ratatui::style::{Color, Modifier, Style};

/// One style per role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The header line.
    pub header: Style,
    /// The product name in the header.
    pub brand: Style,
    /// Inactive tab titles.
    pub tab: Style,
    /// The active tab title.
    pub tab_active: Style,
    /// Block borders.
    pub border: Style,
    /// Block and column titles.
    pub title: Style,
    /// Secondary text: units, hints, empty-chart messages.
    pub muted: Style,
    /// The highlighted row (reverse video survives any palette).
    pub selected: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// A goal met.
    pub on_track: Style,
    /// A goal at risk.
    pub at_risk: Style,
    /// A goal off track.
    pub off_track: Style,
    /// Bars of the pyramid and the progress bars; never reversed, so a bar in the
    /// highlighted row keeps its filled part filled.
    pub bar: Style,
    /// Target lines in charts.
    pub target: Style,
    /// The marker of the selected year in charts.
    pub year_marker: Style,
    /// The line colours of chart series, in order.
    pub series: [Color; 6],
    /// Errors in the footer.
    pub error: Style,
    /// Whether glyphs are limited to ASCII (charts, bars, borders and marks included).
    pub ascii: bool,
}

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ColorDepth {
    /// No colour: bold, underline and reverse video only.
    None,
    /// The 16 named colours.
    Sixteen,
    /// The 256-colour palette.
    Palette256,
    /// 24-bit colour.
    TrueColor,
}

/// The background the theme is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Background {
    /// A dark background (the default).
    #[default]
    Dark,
    /// A light background.
    Light,
}

impl Theme {
    /// The theme for a colour depth and background, with ASCII glyphs or not.
    pub fn new(depth: ColorDepth, background: Background, ascii: bool) -> Self {
        let base = match (depth, background) {
            (ColorDepth::None, _) => Theme::monochrome(),
            (ColorDepth::Sixteen, Background::Dark) => Theme::default(),
            (ColorDepth::Sixteen, Background::Light) => Theme::light_sixteen(),
            (_, Background::Dark) => Theme::dark_rich(),
            (_, Background::Light) => Theme::light_rich(),
        };
        Theme { ascii, ..base }
    }

    /// No colour at all: titles bold, the selection and the active tab reversed,
    /// goals off track underlined; marks and words carry the status.
    pub fn monochrome() -> Self {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            header: bold,
            brand: bold,
            tab: plain,
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: plain,
            title: bold,
            muted: plain,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            on_track: bold,
            at_risk: plain,
            off_track: Style::new().add_modifier(Modifier::UNDERLINED),
            bar: plain.remove_modifier(Modifier::REVERSED),
            target: plain,
            year_marker: plain,
            series: [Color::Reset; 6],
            error: bold,
            ascii: false,
        }
    }

    /// 16 colours that read on a light background: only the named colours that keep
    /// 4.5:1 against white in common palettes (blue, magenta, red, black); a goal met is
    /// bold in the text colour, as its mark says it.
    fn light_sixteen() -> Self {
        Theme {
            brand: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Black),
            muted: Style::new().fg(Color::Black),
            on_track: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
            at_risk: Style::new().fg(Color::Magenta),
            off_track: Style::new().fg(Color::Red),
            bar: Style::new()
                .fg(Color::Blue)
                .remove_modifier(Modifier::REVERSED),
            target: Style::new().fg(Color::Magenta),
            year_marker: Style::new().fg(Color::Black),
            series: [
                Color::Blue,
                Color::Magenta,
                Color::Red,
                Color::Black,
                Color::Blue,
                Color::Magenta,
            ],
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ..Theme::default()
        }
    }

    /// The dark theme for 256 or more colours: greys and an amber that keep 4.5:1
    /// against black, and the series in the Okabe-Ito colours (safe for colour-blind
    /// eyes), as the nearest colours of the 256-colour palette.
    fn dark_rich() -> Self {
        Theme {
            border: Style::new().fg(Color::Indexed(244)),
            muted: Style::new().fg(Color::Indexed(245)),
            at_risk: Style::new().fg(Color::Indexed(214)),
            target: Style::new().fg(Color::Indexed(214)),
            year_marker: Style::new().fg(Color::Indexed(244)),
            bar: Style::new()
                .fg(Color::Indexed(75))
                .remove_modifier(Modifier::REVERSED),
            // Sky blue, orange, bluish green, yellow, reddish purple, vermilion.
            series: [
                Color::Indexed(74),
                Color::Indexed(178),
                Color::Indexed(36),
                Color::Indexed(221),
                Color::Indexed(175),
                Color::Indexed(166),
            ],
            ..Theme::default()
        }
    }

    /// The light theme for 256 or more colours: the Okabe-Ito hues darkened to keep
    /// 4.5:1 against white.
    fn light_rich() -> Self {
        Theme {
            border: Style::new().fg(Color::Indexed(242)),
            muted: Style::new().fg(Color::Indexed(242)),
            on_track: Style::new().fg(Color::Indexed(28)),
            at_risk: Style::new().fg(Color::Indexed(130)),
            target: Style::new().fg(Color::Indexed(130)),
            year_marker: Style::new().fg(Color::Indexed(242)),
            bar: Style::new()
                .fg(Color::Indexed(25))
                .remove_modifier(Modifier::REVERSED),
            // Blue, vermilion, bluish green, ochre, reddish purple, dark teal.
            series: [
                Color::Indexed(25),
                Color::Indexed(130),
                Color::Indexed(29),
                Color::Indexed(94),
                Color::Indexed(126),
                Color::Indexed(23),
            ],
            ..Theme::light_sixteen()
        }
    }
}

/// The 16-colour theme for a dark background, the default: every colour keeps 4.5:1
/// against black in the xterm, PuTTY, rxvt-unicode, VGA and Tango palettes (plain blue,
/// red, magenta and the VGA's brown do not, so their bright forms are used).
impl Default for Theme {
    fn default() -> Self {
        Theme {
            header: Style::new().add_modifier(Modifier::BOLD),
            brand: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new().fg(Color::Gray),
            title: Style::new().add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::Gray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            on_track: Style::new().fg(Color::Green),
            at_risk: Style::new().fg(Color::LightYellow),
            off_track: Style::new().fg(Color::LightRed),
            bar: Style::new()
                .fg(Color::Cyan)
                .remove_modifier(Modifier::REVERSED),
            target: Style::new().fg(Color::LightYellow),
            year_marker: Style::new().fg(Color::Gray),
            series: [
                Color::LightCyan,
                Color::LightMagenta,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightRed,
                Color::White,
            ],
            error: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            ascii: false,
        }
    }
}
