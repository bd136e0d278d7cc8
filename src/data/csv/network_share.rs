//! Whether a file or folder lies on a network share (NFS, SMB/CIFS, AFS, a FUSE mount
//! such as sshfs), where changes made by other machines raise no file events here (so
//! the folder must be polled) and where the size a file reports may be an old one (so
//! it is read to its end, never to its reported size).

use std::path::Path;

/// Filesystem magic numbers (`statfs.f_type`) of network and FUSE filesystems.
#[cfg(target_os = "linux")]
const NETWORK_FILESYSTEMS: &[i64] = &[
    0x6969,      // NFS
    0x517B,      // SMB
    0xFF53_4D42, // CIFS
    0xFE53_4D42, // SMB2
    0x5346_414F, // AFS
    FUSE,        // FUSE (sshfs, rclone...)
    0x0102_1997, // 9P (virtual machines' shared folders)
];

/// The magic number of FUSE file systems.
#[cfg(target_os = "linux")]
const FUSE: i64 = 0x6573_5546;

/// The file system magic number (`statfs.f_type`) of the file system holding `path`.
#[cfg(target_os = "linux")]
fn file_system_kind(path: &Path) -> Option<i64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    // SAFETY: statfs only writes into the zeroed struct it is given, for a NUL-terminated
    // path that outlives the call.
    let mut stats: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: as above: a valid path and a struct of the right type to fill.
    if unsafe { libc::statfs(path.as_ptr(), &mut stats) } != 0 {
        return None;
    }
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    Some(i64::from(stats.f_type as i64) & 0xFFFF_FFFF)
}

/// Whether `path` is on a network share; false when it cannot be told.
#[cfg(target_os = "linux")]
pub fn is_network_share(path: &Path) -> bool {
    file_system_kind(path).is_some_and(|kind| NETWORK_FILESYSTEMS.contains(&kind))
}

/// Whether `path` is on a FUSE mount (sshfs, rclone…), whose kernel cache can hold an
/// old size for a file another machine changed: an ordinary read then stops at the old
/// size, silently, so such files are read past the cache (`O_DIRECT`).
#[cfg(target_os = "linux")]
pub fn is_fuse(path: &Path) -> bool {
    file_system_kind(path) == Some(FUSE)
}

/// Whether `path` is on a network share; not told on this system.
#[cfg(not(target_os = "linux"))]
pub fn is_network_share(_path: &Path) -> bool {
    false
}

/// Whether `path` is on a FUSE mount; not told on this system.
#[cfg(not(target_os = "linux"))]
pub fn is_fuse(_path: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_folder_is_not_a_network_share() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_network_share(dir.path()));
        assert!(!is_network_share(Path::new("/no/such/folder")));
    }
}
