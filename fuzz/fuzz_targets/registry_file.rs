//! The registry parser on any bytes: never panics.
#![no_main]

use clusterdash::data::format::problem::FileProblems;
use clusterdash::data::metadata::registry::parse_registry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut problems = Vec::new();
    let registry = parse_registry(data, &mut FileProblems::new("clusters.csv", &mut problems));
    assert!(registry.clusters.iter().all(|c| clusterdash::data::format::ids::is_cluster_id(&c.id)));
});
