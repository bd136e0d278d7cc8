//! The config file parser on any text: never panics, and errors name a line of the text.
#![no_main]

use clusterdash::cli::config_file::parse_config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err((line, _)) = parse_config(&text, clusterdash::i18n::Lang::En) {
        assert!(line >= 1 && line <= text.lines().count().max(1) + 1);
    }
});
