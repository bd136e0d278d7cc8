//! The catalogue parser on any bytes: never panics, and every indicator it keeps has a
//! range that makes sense.
#![no_main]

use clusterdash::data::format::problem::FileProblems;
use clusterdash::data::metadata::catalogue::parse_catalogue;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut problems = Vec::new();
    let catalogue = parse_catalogue(data, &mut FileProblems::new("indicators.csv", &mut problems));
    assert!(catalogue.indicators.iter().all(|i| i.min <= i.max));
});
