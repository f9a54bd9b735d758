//! `nri`: one binary with the service's subcommands.
use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = nri_api::cli::Cli::parse();
    // Held to the end, so that the last lines are written out.
    let _logs = nri_api::telemetry::init("info");
    nri_api::cli::run(cli).await
}
