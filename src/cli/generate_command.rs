//! `clusterdash generate`: writes an illustrative dataset into a new or empty folder.

use std::path::Path;

use anyhow::Context;

use crate::data::period::Frequency;
use crate::generate::{GenerateParams, generate};

use super::args::FrequencyArg;
use super::usage_error::UsageError;

impl From<FrequencyArg> for Frequency {
    fn from(arg: FrequencyArg) -> Self {
        match arg {
            FrequencyArg::Yearly => Frequency::Yearly,
            FrequencyArg::Quarterly => Frequency::Quarterly,
            FrequencyArg::Monthly => Frequency::Monthly,
        }
    }
}

/// Checks the parameters and writes the dataset to `out`, saying what it wrote.
pub fn run_generate(params: &GenerateParams, out: &Path) -> anyhow::Result<()> {
    params.validate().map_err(UsageError)?;
    generate(params)
        .write_to(out)
        .with_context(|| format!("cannot write the dataset to {}", out.display()))?;
    println!(
        "wrote a dataset of {} clusters and {} indicators to {}",
        params.clusters,
        params.indicators,
        out.display()
    );
    Ok(())
}
