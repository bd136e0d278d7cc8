//! Reading a dataset file only when it is a regular file, and never more of it than the
//! size limit allows. A named pipe (FIFO) would block a reader forever, a device such as
//! `/dev/zero` has no end, and a socket is not a file at all: they are refused by name,
//! before and after opening (the path could be swapped between the two looks). The limit
//! is kept on the bytes actually read, not on the size the metadata reports.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use crate::i18n::phrase::Phrase;

/// Why a path could not be opened as a regular file.
#[derive(Debug)]
pub enum OpenFault {
    /// Nothing is there.
    Missing,
    /// Something that is not a regular file is there; the phrase names it.
    NotAFile(Phrase),
    /// The system refused; its reason as it gave it.
    System(io::Error),
}

impl OpenFault {
    /// The reason, as a message says it; `None` for a missing file.
    pub fn reason(self) -> Option<Phrase> {
        match self {
            OpenFault::Missing => None,
            OpenFault::NotAFile(phrase) => Some(phrase),
            OpenFault::System(error) => {
                Some(Phrase::new("problem.system_error").with("error", error))
            }
        }
    }
}

/// Opens `path` to read when it is (or links to) a regular file, with its metadata.
pub fn open_regular(path: &Path) -> Result<(File, Metadata), OpenFault> {
    let before = std::fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => OpenFault::Missing,
        _ => OpenFault::System(e),
    })?;
    refuse_special(&before)?;
    let file = open_without_waiting(path).map_err(OpenFault::System)?;
    let meta = file.metadata().map_err(OpenFault::System)?;
    refuse_special(&meta)?;
    Ok((file, meta))
}

/// Opens without waiting for a writer, should the path have become a pipe since it was
/// looked at, and without making a terminal device the controlling one. On a FUSE
/// mount the file is read past the kernel's cache (`O_DIRECT`): sshfs keeps a file's
/// old size for seconds after another machine rewrote it, and an ordinary read stops
/// there, giving a short file with no error.
fn open_without_waiting(path: &Path) -> io::Result<File> {
    let open = |extra: i32| {
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | extra);
        }
        #[cfg(not(unix))]
        let _ = extra;
        options.open(path)
    };
    #[cfg(target_os = "linux")]
    if super::network_share::is_fuse(path) {
        // A file system that refuses direct reads is read the ordinary way.
        if let Ok(file) = open(libc::O_DIRECT) {
            return Ok(file);
        }
    }
    open(0)
}

/// An error naming what is there when it is not a regular file.
fn refuse_special(meta: &Metadata) -> Result<(), OpenFault> {
    if meta.is_file() {
        return Ok(());
    }
    let key = special_kind(meta);
    Err(OpenFault::NotAFile(Phrase::new(key)))
}

/// The catalogue key naming a kind of file that is not a regular one.
fn special_kind(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        return "problem.found_folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "problem.found_pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "problem.found_device";
        }
        if kind.is_socket() {
            return "problem.found_socket";
        }
    }
    "problem.found_special"
}

/// What reading a whole file under a limit gave.
#[derive(Debug)]
pub enum LimitedRead {
    /// Every byte of the file.
    Bytes(Vec<u8>),
    /// The file holds more than the limit; what was read is dropped.
    TooLarge,
    /// The system failed part way.
    Failed(io::Error),
}

/// Reads all of `input`, but never more than `max_bytes` and one more (to tell that it is
/// over).
pub fn read_at_most(input: impl Read, max_bytes: u64, size_hint: u64) -> LimitedRead {
    let mut bytes = Vec::with_capacity(size_hint.min(max_bytes).min(1 << 30) as usize);
    match input
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        Ok(_) if bytes.len() as u64 > max_bytes => LimitedRead::TooLarge,
        Ok(_) => LimitedRead::Bytes(bytes),
        Err(error) => LimitedRead::Failed(error),
    }
}

/// A reader that fails once more than its limit has been read from it, so a stream
/// reader stops at the limit whatever the file's size said.
pub struct Capped<R> {
    /// What is read from.
    inner: R,
    /// Bytes that may still be read.
    left: u64,
}

impl<R> Capped<R> {
    /// Caps `inner` at `max_bytes`.
    pub fn new(inner: R, max_bytes: u64) -> Self {
        Capped {
            inner,
            left: max_bytes,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        // One byte past the limit is read to tell an exact fit from an overflow.
        let room = usize::try_from(self.left.saturating_add(1)).unwrap_or(usize::MAX);
        let want = buf.len().min(room);
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            self.left = 0;
            return Err(io::Error::other("over the size limit"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Files up to this size on a network share are told apart by their content as well.
const STAMPED_UP_TO: u64 = 16 << 20;

/// A hash of the file's content when it lies on a network share and is at most 16 MB,
/// else 0. Over sshfs a file's size and time can be 20 s old (its attribute cache), so
/// a folder is known to have changed, and to have stopped changing, by what its files
/// hold.
pub fn content_stamp(path: &Path, on_network_share: bool) -> u64 {
    use std::hash::Hasher;
    if !on_network_share {
        return 0;
    }
    let Ok((file, _)) = open_regular(path) else {
        return 0;
    };
    match read_at_most(file, STAMPED_UP_TO, 0) {
        LimitedRead::Bytes(bytes) => {
            let mut hasher = rustc_hash::FxHasher::default();
            hasher.write(&bytes);
            hasher.write_usize(bytes.len());
            hasher.finish() | 1
        }
        LimitedRead::TooLarge | LimitedRead::Failed(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stop_one_byte_past_the_limit() {
        assert!(
            matches!(read_at_most(&b"12345"[..], 5, 0), LimitedRead::Bytes(b) if b == b"12345")
        );
        assert!(matches!(
            read_at_most(&b"123456"[..], 5, 0),
            LimitedRead::TooLarge
        ));
        // An endless source ends at the limit.
        assert!(matches!(
            read_at_most(io::repeat(0), 1000, 0),
            LimitedRead::TooLarge
        ));
        let mut capped = Capped::new(io::repeat(b'a'), 10);
        let mut sink = Vec::new();
        assert!(capped.read_to_end(&mut sink).is_err());
        assert!(sink.len() <= 10);
        let mut fits = Capped::new(&b"0123456789"[..], 10);
        sink.clear();
        assert_eq!(fits.read_to_end(&mut sink).unwrap(), 10);
    }

    #[cfg(unix)]
    #[test]
    fn pipes_devices_and_sockets_are_refused_by_name_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("X.csv");
        let c_path = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo reads the NUL-terminated path, which outlives the call.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let key = |path: &Path| match open_regular(path) {
            Err(OpenFault::NotAFile(phrase)) => phrase.text(crate::i18n::Lang::En),
            other => panic!("{other:?}"),
        };
        assert_eq!(key(&pipe), "expected a file, found a named pipe (FIFO)");
        let zero = dir.path().join("zero.csv");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert_eq!(key(&zero), "expected a file, found a device");
        let socket = dir.path().join("s.csv");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        assert_eq!(key(&socket), "expected a file, found a socket");
        assert_eq!(key(dir.path()), "expected a file, found a folder");
        assert!(matches!(
            open_regular(&dir.path().join("none")),
            Err(OpenFault::Missing)
        ));
    }
}
