//! The `clusterdash` binary: everything lives in the library; see `lib.rs` for the module map.

fn main() -> std::process::ExitCode {
    clusterdash::memory_release::return_large_blocks_to_the_system();
    clusterdash::cli::run()
}
