//! The targets parser on any bytes, against a fixed registry and catalogue: never panics.
#![no_main]

use clusterdash::data::format::problem::FileProblems;
use clusterdash::data::metadata::catalogue::parse_catalogue;
use clusterdash::data::metadata::registry::parse_registry;
use clusterdash::data::values::targets::parse_targets;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut problems = Vec::new();
    let registry = parse_registry(
        b"cluster_id,name,status,sector,ris3_area\nAAA,Alpha,cluster,x,y\n",
        &mut FileProblems::new("clusters.csv", &mut problems),
    );
    let catalogue = parse_catalogue(
        b"indicator_id,area,name,unit,direction,time_agg,cluster_agg\nMEMBERS,profile,Members,count,higher,last,sum\n",
        &mut FileProblems::new("indicators.csv", &mut problems),
    );
    let _ = parse_targets(data, &registry, &catalogue, &mut FileProblems::new("targets.csv", &mut problems));
});
