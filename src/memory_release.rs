//! Gives freed memory back to the system. glibc's allocator raises its threshold for
//! mapping large blocks each time one is freed, after which blocks of that size come
//! from the heap and stay with the process when freed: the columns of a large file,
//! read in parts and sorted, would then hold on to memory no longer used. A fixed
//! threshold keeps every large block mapped and returned when freed.

/// Blocks at least this large are mapped on their own and returned when freed.
const MAP_FROM_BYTES: i32 = 256 * 1024;

/// Fixes the allocator's threshold (on Linux with glibc; nothing elsewhere).
pub fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is called before any thread
    // starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MAP_FROM_BYTES);
    }
}

/// Gives back to the system the free pages the allocator holds (after a load, whose
/// parsing threads left memory behind; on Linux with glibc, nothing elsewhere).
pub fn trim_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}
