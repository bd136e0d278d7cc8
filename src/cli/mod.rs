//! The command line: parses the arguments and runs the chosen command.

pub mod args;
pub mod check_command;
pub mod dataset_location;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::data::dataset::load_dataset;
use crate::data::period::Frequency;
use crate::generate::{GenerateParams, generate};

use args::{Cli, Command, FrequencyArg};
use dataset_location::resolve_dataset;

/// Exit status for a usage error, as clap uses.
const USAGE_ERROR: u8 = 2;

/// Runs the program with the process's arguments and returns its exit status.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { dataset, format }) => {
            let source = match resolve_dataset(dataset.as_deref()) {
                Ok(source) => source,
                Err(message) => return usage_error(&message),
            };
            let dataset = load_dataset(&source);
            match check_command::write_check(&dataset, format, &mut std::io::stdout().lock()) {
                Ok(true) => ExitCode::from(1),
                Ok(false) => ExitCode::SUCCESS,
                Err(e) => fail(&format!("cannot write the report: {e}")),
            }
        }
        Some(Command::Generate {
            out,
            clusters,
            indicators,
            from,
            to,
            frequency,
            seed,
        }) => {
            let params = GenerateParams {
                clusters,
                indicators,
                from,
                to,
                frequency: frequency.map(|f| match f {
                    FrequencyArg::Yearly => Frequency::Yearly,
                    FrequencyArg::Quarterly => Frequency::Quarterly,
                    FrequencyArg::Monthly => Frequency::Monthly,
                }),
                seed,
            };
            if let Err(message) = params.validate() {
                return usage_error(&message);
            }
            match generate(&params).write_to(&out) {
                Ok(()) => {
                    println!(
                        "wrote a dataset of {clusters} clusters and {indicators} indicators to {}",
                        out.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("cannot write the dataset: {e}")),
            }
        }
        None => {
            let source = match resolve_dataset(cli.dataset.as_deref()) {
                Ok(source) => source,
                Err(message) => return usage_error(&message),
            };
            if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
                return usage_error(
                    "the dashboard needs a terminal; use `clusterdash check` for a plain-text summary",
                );
            }
            let dataset = load_dataset(&source);
            match crate::tui::run_dashboard(dataset) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&format!("terminal error: {e}")),
            }
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("clusterdash: error: {message}");
    ExitCode::from(USAGE_ERROR)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("clusterdash: error: {message}");
    ExitCode::FAILURE
}
