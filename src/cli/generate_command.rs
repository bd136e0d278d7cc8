//! `clusterdash generate`: writes an illustrative dataset into a new or empty folder.

use std::path::Path;

use anyhow::Context;

use crate::data::format::period::Frequency;
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
    params.validate(super::language()).map_err(UsageError)?;
    generate(params).write_to(out).with_context(|| {
        super::language().f("cli.cannot_write_dataset", &[("path", &out.display())])
    })?;
    println!(
        "{}",
        super::language().f(
            "cli.wrote_dataset",
            &[
                ("clusters", &params.clusters),
                ("indicators", &params.indicators),
                ("path", &out.display()),
            ],
        )
    );
    Ok(())
}
