//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The folder of test fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copies a folder tree (files and folders only).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if target.is_file() {
                std::fs::remove_file(&target).unwrap();
            }
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A fresh copy of the mini dataset with a problem case laid over it: its files
/// replace or join the mini ones, and the files named in its `remove.txt` go.
/// The case's own `expected.txt` and `remove.txt` are not copied.
pub fn mini_with_case(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("mini"), dir.path());
    copy_tree(case, dir.path());
    for name in ["expected.txt", "remove.txt"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    if let Ok(list) = std::fs::read_to_string(case.join("remove.txt")) {
        for name in list.lines().filter(|l| !l.trim().is_empty()) {
            std::fs::remove_file(dir.path().join(name.trim())).unwrap();
        }
    }
    dir
}

/// The path of the clusterdash binary built for the tests, or the one named by
/// `CLUSTERDASH_BIN` (`scripts/soak.sh` runs a copy, so that building goes on).
pub fn binary() -> String {
    std::env::var("CLUSTERDASH_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_clusterdash").to_string())
}
