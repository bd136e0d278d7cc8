//! The per-user folders, following the XDG base directories (by the `etcetera` crate):
//! config, data and state. A variable that is unset, empty or not an absolute path is
//! ignored, as the specification says, for the folder under the home folder.

use std::path::PathBuf;

use etcetera::base_strategy::{BaseStrategy, Xdg};

/// One of the XDG base folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserFolder {
    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    Config,
    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    Data,
    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    State,
}

/// `FOLDER/clusterdash/sub`, or `./.clusterdash/sub` when there is no home folder.
pub fn user_dir(folder: UserFolder, sub: &str) -> PathBuf {
    let Ok(xdg) = Xdg::new() else {
        return PathBuf::from(".clusterdash").join(sub); // not translated: a path
    };
    let base = match folder {
        UserFolder::Config => xdg.config_dir(),
        UserFolder::Data => xdg.data_dir(),
        // The XDG strategy always has a state folder.
        UserFolder::State => xdg
            .state_dir()
            .unwrap_or_else(|| xdg.home_dir().join(".local/state")), // not translated: a path
    };
    base.join("clusterdash").join(sub) // not translated: a path
}
