//! Copying to the clipboard with OSC 52, which the terminal carries out wherever it runs,
//! so it works through SSH; inside tmux the sequence is passed through to the outer terminal.

/// Base64 (standard alphabet, padded) of some bytes, as OSC 52 asks.
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The escape sequence that puts `text` on the clipboard; wrapped for tmux when `in_tmux`.
pub fn osc52(text: &str, in_tmux: bool) -> String {
    let sequence = format!("\x1b]52;c;{}\x07", base64(text.as_bytes()));
    if in_tmux {
        // not translated: an escape sequence
        format!("\x1bPtmux;{}\x1b\\", sequence.replace('\x1b', "\x1b\x1b"))
    } else {
        sequence
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"tab=data"), "dGFiPWRhdGE=");
    }

    #[test]
    fn tmux_gets_a_passthrough() {
        assert_eq!(osc52("hi", false), "\x1b]52;c;aGk=\x07");
        assert_eq!(osc52("hi", true), "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\");
    }
}
