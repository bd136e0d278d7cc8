//! Whether a folder lies on a network share (NFS, SMB/CIFS, AFS, a FUSE mount such as
//! sshfs), where changes made by other machines raise no file events here, so the
//! folder must be polled.

use std::path::Path;

/// Filesystem magic numbers (`statfs.f_type`) of network and FUSE filesystems.
#[cfg(target_os = "linux")]
const NETWORK_FILESYSTEMS: &[i64] = &[
    0x6969,      // NFS
    0x517B,      // SMB
    0xFF53_4D42, // CIFS
    0xFE53_4D42, // SMB2
    0x5346_414F, // AFS
    0x6573_5546, // FUSE (sshfs, rclone...)
    0x0102_1997, // 9P (virtual machines' shared folders)
];

/// Whether `folder` is on a network share; false when it cannot be told.
#[cfg(target_os = "linux")]
pub fn is_network_share(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: statfs fills the zeroed struct for a NUL-terminated path.
    let mut stats: libc::statfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statfs(path.as_ptr(), &mut stats) } != 0 {
        return false;
    }
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    let kind = i64::from(stats.f_type as i64) & 0xFFFF_FFFF;
    NETWORK_FILESYSTEMS.contains(&kind)
}

/// Whether `folder` is on a network share; not told on this system.
#[cfg(not(target_os = "linux"))]
pub fn is_network_share(_folder: &Path) -> bool {
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
