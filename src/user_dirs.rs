//! The per-user folders, following the XDG base directories: config, data and state.

use std::path::PathBuf;

/// `$VAR/clusterdash/sub` when the variable is set, else `~/fallback/clusterdash/sub`,
/// else `./.clusterdash/sub` when there is no home folder either.
pub fn user_dir(var: &str, home_fallback: &str, sub: &str) -> PathBuf {
    let base = std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(home_fallback)));
    match base {
        Some(base) => base.join("clusterdash").join(sub),
        None => PathBuf::from(".clusterdash").join(sub),
    }
}
