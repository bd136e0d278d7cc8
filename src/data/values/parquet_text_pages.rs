//! A Parquet text column read page by page: its dictionary's entries are checked as
//! UTF-8 and given ids once, then each row's dictionary index is mapped to its id, with
//! no per-row copy of the text (the typed reader hands out each row's bytes as a shared
//! buffer, whose count it raises and lowers for every row). Pages written plainly
//! (a writer falls back to them when a dictionary grows large) are read too. Anything
//! else (another encoding, a page that does not add up) gives `None`, and the caller
//! leaves the file to the careful reader.

use parquet::basic::Encoding;
use parquet::column::page::{Page, PageReader};
use rustc_hash::FxHashMap as HashMap;

/// The id of a null text cell.
pub const NULL_TEXT: u32 = u32::MAX;

/// Reads every page of one flat UTF-8 column chunk: for each row the id of its text in
/// `texts` ([`NULL_TEXT`] when null). `max_def` is the column's definition level (0:
/// no nulls possible, 1: nullable).
pub fn read_text_pages(
    pages: &mut dyn PageReader,
    max_def: i16,
    ids: &mut Vec<u32>,
    texts: &mut Vec<Box<str>>,
) -> Option<()> {
    if max_def > 1 {
        return None;
    }
    let mut column = TextColumn {
        ids,
        texts,
        texts_ids: HashMap::default(),
        dictionary: Vec::new(),
    };
    while let Some(page) = pages.get_next_page().ok()? {
        // Each kind of page only says where its levels and values lie.
        match page {
            Page::DictionaryPage {
                buf,
                num_values,
                encoding,
                ..
            } => {
                if !matches!(encoding, Encoding::PLAIN | Encoding::PLAIN_DICTIONARY) {
                    return None;
                }
                column.read_dictionary(&buf, num_values)?;
            }
            Page::DataPage {
                buf,
                num_values,
                encoding,
                def_level_encoding,
                ..
            } => {
                let (levels, values) = if max_def == 0 {
                    (None, &buf[..])
                } else if def_level_encoding == Encoding::RLE {
                    let length = u32::from_le_bytes(buf.get(..4)?.try_into().ok()?) as usize;
                    (Some(buf.get(4..4 + length)?), buf.get(4 + length..)?)
                } else {
                    return None;
                };
                column.read_data(levels, values, num_values as usize, encoding)?;
            }
            Page::DataPageV2 {
                buf,
                num_values,
                encoding,
                def_levels_byte_len,
                rep_levels_byte_len,
                ..
            } => {
                if rep_levels_byte_len != 0 {
                    return None;
                }
                let (levels, values) = buf.split_at_checked(def_levels_byte_len as usize)?;
                let levels = (max_def > 0).then_some(levels);
                column.read_data(levels, values, num_values as usize, encoding)?;
            }
        }
    }
    Some(())
}

/// One text column being read: the ids given so far and the chunk's dictionary.
struct TextColumn<'a> {
    /// Each row's text id.
    ids: &'a mut Vec<u32>,
    /// The distinct texts.
    texts: &'a mut Vec<Box<str>>,
    /// The id of each text in `texts`.
    texts_ids: HashMap<Box<str>, u32>,
    /// The id of each entry of the chunk's dictionary.
    dictionary: Vec<u32>,
}

impl TextColumn<'_> {
    /// Takes a dictionary page's `entries` byte arrays.
    fn read_dictionary(&mut self, buf: &[u8], entries: u32) -> Option<()> {
        self.dictionary.clear();
        let mut plain = PlainTexts(buf);
        for _ in 0..entries {
            let id = intern(plain.next()?, self.texts, &mut self.texts_ids)?;
            self.dictionary.push(id);
        }
        Some(())
    }

    /// Appends the id of each of a data page's `rows`: `levels` are its definition
    /// levels (RLE at one bit; `None` when no row can be null), `values` those of the
    /// rows that are not null, written as `encoding` says.
    fn read_data(
        &mut self,
        levels: Option<&[u8]>,
        values: &[u8],
        rows: usize,
        encoding: Encoding,
    ) -> Option<()> {
        let mut present = Vec::with_capacity(rows);
        match levels {
            Some(levels) => {
                let mut decoder = Hybrid::new(levels, 1);
                for _ in 0..rows {
                    present.push(decoder.next()? == 1);
                }
            }
            None => present.resize(rows, true),
        }
        match encoding {
            Encoding::RLE_DICTIONARY | Encoding::PLAIN_DICTIONARY => {
                let (&width, packed) = values.split_first()?;
                let mut indices = Hybrid::new(packed, width);
                for here in present {
                    let id = match here {
                        true => *self.dictionary.get(indices.next()? as usize)?,
                        false => NULL_TEXT,
                    };
                    self.ids.push(id);
                }
            }
            Encoding::PLAIN => {
                let mut plain = PlainTexts(values);
                for here in present {
                    let id = match here {
                        true => intern(plain.next()?, self.texts, &mut self.texts_ids)?,
                        false => NULL_TEXT,
                    };
                    self.ids.push(id);
                }
            }
            _ => return None,
        }
        Some(())
    }
}

/// The id of `bytes`' text, added to `texts` when new; `None` when not UTF-8 (or more
/// texts than ids).
fn intern(
    bytes: &[u8],
    texts: &mut Vec<Box<str>>,
    ids: &mut HashMap<Box<str>, u32>,
) -> Option<u32> {
    let text = std::str::from_utf8(bytes).ok()?;
    if let Some(&id) = ids.get(text) {
        return Some(id);
    }
    let id = u32::try_from(texts.len())
        .ok()
        .filter(|&id| id != NULL_TEXT)?;
    texts.push(text.into());
    ids.insert(text.into(), id);
    Some(id)
}

/// Byte arrays written plainly: each a 4-byte little-endian length, then its bytes.
struct PlainTexts<'a>(&'a [u8]);

impl<'a> PlainTexts<'a> {
    /// The next byte array; `None` past the end or when the lengths do not add up.
    fn next(&mut self) -> Option<&'a [u8]> {
        let length = u32::from_le_bytes(self.0.get(..4)?.try_into().ok()?) as usize;
        let bytes = self.0.get(4..4 + length)?;
        self.0 = &self.0[4 + length..];
        Some(bytes)
    }
}

/// Parquet's RLE / bit-packed hybrid encoding of small integers: runs of one value, and
/// groups of eight values packed at `width` bits, least significant bit first.
struct Hybrid<'a> {
    /// What is left to read.
    data: &'a [u8],
    /// Bits per value, up to 32.
    width: u8,
    /// The value of the current run and how many of it are left.
    run: (u32, usize),
    /// The current bit-packed groups: their bytes, how many values are left in them and
    /// the bit the next one starts at.
    packed: (&'a [u8], usize, usize),
}

impl<'a> Hybrid<'a> {
    fn new(data: &'a [u8], width: u8) -> Self {
        Hybrid {
            data,
            width,
            run: (0, 0),
            packed: (&[], 0, 0),
        }
    }

    /// The next value; `None` past the end or on a malformed header.
    fn next(&mut self) -> Option<u32> {
        if self.width > 32 {
            return None;
        }
        loop {
            if self.run.1 > 0 {
                self.run.1 -= 1;
                return Some(self.run.0);
            }
            if self.packed.1 > 0 {
                let (bytes, left, bit) = &mut self.packed;
                *left -= 1;
                let value = bits_at(bytes, *bit, self.width)?;
                *bit += usize::from(self.width);
                return Some(value);
            }
            let header = self.varint()?;
            if header & 1 == 0 {
                let bytes = usize::from(self.width).div_ceil(8);
                let mut value = 0u32;
                for (i, byte) in self.data.get(..bytes)?.iter().enumerate() {
                    value |= u32::from(*byte) << (8 * i);
                }
                self.data = &self.data[bytes..];
                self.run = (value, usize::try_from(header >> 1).ok()?);
            } else {
                let groups = usize::try_from(header >> 1).ok()?;
                let bytes = groups.checked_mul(usize::from(self.width))?;
                // The last groups may be cut short at the end of the page.
                let taken = bytes.min(self.data.len());
                self.packed = (&self.data[..taken], groups * 8, 0);
                self.data = &self.data[taken..];
            }
        }
    }

    /// An unsigned LEB128 number.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.data.split_first()?;
            self.data = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

/// The `width`-bit value starting at bit `bit` of `bytes`, least significant bit first.
fn bits_at(bytes: &[u8], bit: usize, width: u8) -> Option<u32> {
    if width == 0 {
        return Some(0);
    }
    let mut value = 0u64;
    let first = bit / 8;
    let last = (bit + usize::from(width) - 1) / 8;
    for (i, byte) in bytes.get(first..=last)?.iter().enumerate() {
        value |= u64::from(*byte) << (8 * i);
    }
    Some(((value >> (bit % 8)) & ((1u64 << width) - 1)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_packed_groups_decode_as_written() {
        // A run of five 3s at width 2, then one packed group: 0 1 2 3 0 1 2 3.
        let data = [0b1010, 3, 0b11, 0b1110_0100, 0b1110_0100];
        let mut hybrid = Hybrid::new(&data, 2);
        let values: Vec<u32> = (0..13).map(|_| hybrid.next().unwrap()).collect();
        assert_eq!(values, [3, 3, 3, 3, 3, 0, 1, 2, 3, 0, 1, 2, 3]);
        assert_eq!(hybrid.next(), None);
    }

    #[test]
    fn plain_texts_stop_where_the_lengths_do_not_add_up() {
        let data = [2, 0, 0, 0, b'h', b'i', 9, 0, 0, 0, b'x'];
        let mut plain = PlainTexts(&data);
        assert_eq!(plain.next(), Some(&b"hi"[..]));
        assert_eq!(plain.next(), None);
    }
}
