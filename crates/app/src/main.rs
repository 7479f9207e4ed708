//! The `moves` binary. Errors end with one clear sentence and a non-zero exit,
//! never a panic or a backtrace.

mod backup_file;
mod cli;
mod commands;
mod config;
mod connections;
mod data_lock;
mod database;
mod keys;
mod serve;

use clap::Parser;
use cli::{Cli, Command, LogFormat};
use config::Config;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.with_target(false).init(),
        LogFormat::Json => builder.json().init(),
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            serve::run(Config::load(&args.data, Some(&args.serve))?).await?;
        }
        Command::Migrate(args) => {
            return commands::migrate::run(&Config::load(&args.data, None)?, args.check).await;
        }
        Command::Backup(args) => {
            commands::backup::run(&Config::load(&args.data, None)?, &args.to, &args.recipients)
                .await?;
        }
        Command::Restore(args) => {
            commands::restore::run(
                &Config::load(&args.data, None)?,
                &args.from,
                args.identity.as_deref(),
            )
            .await?;
        }
        Command::Config(args) => {
            commands::config::run(&Config::load(&args.data, Some(&args.serve))?)
        }
        Command::Framework { command } => return Ok(commands::framework::run(command)),
        Command::Admin {
            command: cli::AdminCommand::CreateOrg(args),
        } => {
            let serve = cli::ServeOptions {
                addr: args.addr.clone(),
                public_url: args.public_url.clone(),
                ..cli::ServeOptions::default()
            };
            commands::admin::create_org(&Config::load(&args.data, Some(&serve))?, &args).await?;
        }
        Command::Digest(args) => {
            return commands::digest::run(&Config::load(&args.data, Some(&args.serve))?).await;
        }
        Command::Keys { command } => commands::keys::run(command)?,
        Command::Audit {
            command: cli::AuditCommand::Verify(data),
        } => {
            return commands::audit::verify(&Config::load(&data, None)?).await;
        }
        Command::SeedDemo(args) => {
            commands::seed_demo::run(&Config::load(&args.data, None)?, args.password).await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: could not start: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            // One line: the outer message, then its causes.
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}
