//! A whole dataset whose one values file is the fuzzer's input: loading never panics.
#![no_main]

use std::collections::BTreeMap;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;
use libfuzzer_sys::fuzz_target;

const CLUSTERS: &str = "cluster_id,name,status,sector,ris3_area\nAAA,Alpha,cluster,Aerospace,x\n";
const INDICATORS: &str = "indicator_id,area,name,unit,direction,time_agg,cluster_agg,pyramid_level\nMEMBERS,profile,Members,count,higher,last,sum,\nPROJECTS,cooperation,Projects,count,higher,sum,sum,4\nSHARE,technology,Share,pct,higher,mean,mean,\n";

fuzz_target!(|data: &[u8]| {
    let mut files = BTreeMap::new();
    files.insert("clusters.csv".to_string(), CLUSTERS.as_bytes().to_vec());
    files.insert("indicators.csv".to_string(), INDICATORS.as_bytes().to_vec());
    files.insert("values/AAA.csv".to_string(), data.to_vec());
    let dataset = load_dataset(&DatasetSource::Memory { label: "fuzz".into(), files });
    for problem in &dataset.problems {
        assert!(!problem.to_string().chars().any(char::is_control));
    }
});
