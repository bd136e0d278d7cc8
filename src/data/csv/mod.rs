//! Reading the dataset's files: where they come from (a folder, a network share, memory),
//! only as regular files within the size limit, then bytes to text, records, a table of
//! named cells, and one typed cell at a time.

pub mod cells;
pub mod grid;
pub mod network_share;
pub mod parquet_declared_size;
pub mod parquet_grid;
pub mod records;
pub mod regular_file;
pub mod size_text;
pub mod source;
pub mod table;
pub mod table_file;
pub mod text;
pub mod workbook;
