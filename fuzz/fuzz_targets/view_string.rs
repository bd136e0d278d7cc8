//! View strings: parsing never panics, and what parses prints back to the same view.
#![no_main]

use clusterdash::app::view_spec::ViewSpec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(spec) = ViewSpec::parse(&String::from_utf8_lossy(data)) {
        assert_eq!(ViewSpec::parse(&spec.to_string()).ok(), Some(spec));
    }
});
