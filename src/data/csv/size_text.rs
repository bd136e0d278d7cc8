//! File sizes: the megabyte that `--max-file-mb` counts in, and a size as a message
//! gives it.

/// Bytes in a megabyte, for `--max-file-mb`.
pub const MEGABYTE: u64 = 1024 * 1024;

/// A size for a message: in MB from 10 MB up, else in kB, rounded up.
pub fn size_text(bytes: u64) -> String {
    // not translated: units
    if bytes >= 10 * MEGABYTE {
        format!("{} MB", bytes / MEGABYTE)
    } else {
        format!("{} kB", bytes.div_ceil(1 << 10))
    }
}
