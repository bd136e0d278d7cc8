//! What a Parquet file declares it expands to, so that a small file that would unpack to
//! gigabytes is refused before it is read, as a workbook is. Two places declare it: each
//! column chunk's metadata, and each page's own header, which the parquet crate trusts
//! (it zero-fills a buffer of that size before decompressing). Both are counted, the
//! page headers by reading them here: they are Thrift compact-protocol structs, of which
//! only fields 2 (`uncompressed_page_size`) and 3 (`compressed_page_size`) are needed.

use parquet::file::metadata::ParquetMetaData;

/// The larger of what the column chunks and what their pages declare they expand to, in
/// bytes. A page that cannot be read here counts as nothing: the parquet crate then says
/// what is wrong with it.
pub fn declared_size(bytes: &[u8], metadata: &ParquetMetaData) -> u64 {
    let columns = || {
        metadata
            .row_groups()
            .iter()
            .flat_map(|group| group.columns())
    };
    let by_chunks = columns()
        .map(|column| non_negative(column.uncompressed_size()))
        .fold(0, u64::saturating_add);
    let by_pages = columns()
        .map(|column| {
            let start = column
                .dictionary_page_offset()
                .unwrap_or(column.data_page_offset());
            let start = non_negative(start);
            let end = start.saturating_add(non_negative(column.compressed_size()));
            pages_declared_size(bytes, start, end)
        })
        .fold(0, u64::saturating_add);
    by_chunks.max(by_pages)
}

/// A size or offset from the file, negative ones (which are invalid) as zero.
fn non_negative(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// The sum of the uncompressed sizes the page headers between `start` and `end` declare,
/// as far as they can be read.
fn pages_declared_size(bytes: &[u8], start: u64, end: u64) -> u64 {
    let end = usize::try_from(end).map_or(bytes.len(), |end| end.min(bytes.len()));
    let Ok(mut at) = usize::try_from(start) else {
        return 0;
    };
    let mut total: u64 = 0;
    while at < end {
        let mut reader = Compact { bytes, at };
        let Some(page) = reader.page_sizes() else {
            break;
        };
        total = total.saturating_add(page.uncompressed);
        let Some(next) = reader.at.checked_add(page.compressed) else {
            break;
        };
        at = next;
    }
    total
}

/// The two sizes of one page header.
struct PageSizes {
    /// What the page expands to.
    uncompressed: u64,
    /// The bytes of the page after its header.
    compressed: usize,
}

/// A reader of Thrift's compact protocol over `bytes`, from `at`.
struct Compact<'b> {
    /// The whole file.
    bytes: &'b [u8],
    /// The next byte to read.
    at: usize,
}

/// How deep structs and lists may nest before a header is taken as unreadable.
const MAX_DEPTH: u32 = 32;

impl Compact<'_> {
    /// Reads one page header, leaving `at` after it.
    fn page_sizes(&mut self) -> Option<PageSizes> {
        let mut uncompressed = None;
        let mut compressed = None;
        let mut field: i64 = 0;
        loop {
            let header = self.byte()?;
            if header == 0 {
                break;
            }
            let kind = header & 0x0f;
            field = match header >> 4 {
                0 => self.zigzag()?,
                delta => field + i64::from(delta),
            };
            match (field, kind) {
                (2, 5) => uncompressed = Some(self.zigzag()?),
                (3, 5) => compressed = Some(self.zigzag()?),
                _ => self.skip(kind, 0)?,
            }
        }
        Some(PageSizes {
            uncompressed: u64::try_from(uncompressed?).ok()?,
            compressed: usize::try_from(compressed?).ok()?,
        })
    }

    /// One byte.
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    /// An unsigned varint of at most 64 bits.
    fn varint(&mut self) -> Option<u64> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A zigzag-encoded signed integer (i16, i32 and i64 alike).
    fn zigzag(&mut self) -> Option<i64> {
        let n = self.varint()?;
        Some((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// Skips `n` bytes.
    fn skip_bytes(&mut self, n: u64) -> Option<()> {
        let next = self.at.checked_add(usize::try_from(n).ok()?)?;
        (next <= self.bytes.len()).then(|| self.at = next)
    }

    /// Skips one value of compact type `kind`, `depth` structs and lists deep.
    fn skip(&mut self, kind: u8, depth: u32) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match kind {
            // true and false, held in the type itself.
            1 | 2 => Some(()),
            3 => self.skip_bytes(1),
            4..=6 => self.varint().map(drop),
            7 => self.skip_bytes(8),
            8 => {
                let len = self.varint()?;
                self.skip_bytes(len)
            }
            9 | 10 => {
                let header = self.byte()?;
                let size = match header >> 4 {
                    15 => self.varint()?,
                    size => u64::from(size),
                };
                self.skip_elements(header & 0x0f, size, depth)
            }
            11 => {
                let size = self.varint()?;
                if size == 0 {
                    return Some(());
                }
                let kinds = self.byte()?;
                for _ in 0..size {
                    self.skip_element(kinds >> 4, depth)?;
                    self.skip_element(kinds & 0x0f, depth)?;
                }
                Some(())
            }
            12 => loop {
                let header = self.byte()?;
                if header == 0 {
                    return Some(());
                }
                if header >> 4 == 0 {
                    self.zigzag()?;
                }
                self.skip(header & 0x0f, depth + 1)?;
            },
            _ => None,
        }
    }

    /// Skips `size` list elements of compact type `kind`.
    fn skip_elements(&mut self, kind: u8, size: u64, depth: u32) -> Option<()> {
        for _ in 0..size {
            self.skip_element(kind, depth)?;
        }
        Some(())
    }

    /// Skips one list, set or map element: a boolean takes a byte there.
    fn skip_element(&mut self, kind: u8, depth: u32) -> Option<()> {
        match kind {
            1 | 2 => self.skip_bytes(1),
            kind => self.skip(kind, depth + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn long_file() -> bytes::Bytes {
        let path = "tests/fixtures/converted/parquet_long_file/values.parquet";
        std::fs::read(path).unwrap().into()
    }

    #[test]
    fn the_pages_of_a_file_written_by_pyarrow_declare_what_their_chunks_do_or_less() {
        let bytes = long_file();
        let reader = SerializedFileReader::new(bytes.clone()).unwrap();
        let metadata = reader.metadata();
        // 88,426 bytes declared by the chunks (pyarrow 26.0.1), headers included.
        assert_eq!(declared_size(&bytes, metadata), 88_426);
        let column = metadata.row_group(0).column(0);
        let start = column
            .dictionary_page_offset()
            .unwrap_or(column.data_page_offset());
        let pages = pages_declared_size(
            &bytes,
            start as u64,
            (start + column.compressed_size()) as u64,
        );
        assert!(
            pages > 0 && pages <= column.uncompressed_size() as u64,
            "{pages}"
        );
    }

    #[test]
    fn a_page_header_that_claims_more_than_its_chunk_is_counted() {
        let bytes = long_file();
        let reader = SerializedFileReader::new(bytes.clone()).unwrap();
        let column = reader.metadata().row_group(0).column(0);
        let at = column
            .dictionary_page_offset()
            .unwrap_or(column.data_page_offset()) as usize;
        let mut lying = bytes.to_vec();
        // Field 1 (i32, delta 1), its varint, then field 2 (i32, delta 1): the size.
        assert_eq!(lying[at], 0x15);
        let mut size_at = at + 1;
        while lying[size_at] & 0x80 != 0 {
            size_at += 1;
        }
        size_at += 1;
        assert_eq!(lying[size_at], 0x15);
        size_at += 1;
        // The same varint length, every bit but the sign's set: the largest size it holds.
        let mut end = size_at;
        while lying[end] & 0x80 != 0 {
            lying[end] = if end == size_at { 0xfe } else { 0xff };
            end += 1;
        }
        assert!(end > size_at, "a size of more than one byte");
        lying[end] = 0x7f;
        let claimed = (1u64 << (7 * (end + 1 - size_at))) / 2 - 1;
        let declared = declared_size(&lying, reader.metadata());
        assert!(
            declared >= claimed && declared > 88_426,
            "{declared} {claimed}"
        );
    }
}
