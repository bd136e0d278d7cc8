//! A file size as a message gives it.

/// A size for a message: in MB from 10 MB up, else in kB, rounded up.
pub fn size_text(bytes: u64) -> String {
    // not translated: units
    // (source.rs's MEGABYTE would make an import circle: it names workbooks.)
    const MEGABYTE: u64 = 1 << 20;
    if bytes >= 10 * MEGABYTE {
        format!("{} MB", bytes / MEGABYTE)
    } else {
        format!("{} kB", bytes.div_ceil(1 << 10))
    }
}
