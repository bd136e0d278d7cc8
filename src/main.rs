//! The `clusterdash` binary: everything lives in the library; see `lib.rs` for the module map.

fn main() -> std::process::ExitCode {
    clusterdash::cli::run()
}
