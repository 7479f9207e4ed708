//! The command line. `moves --help` and `moves <command> --help` are written for a
//! newcomer: what each command does, and where its data lives.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "moves",
    version,
    about = "Resilient Moves: a shared space for working on the Resilience Framework together.",
    long_about = "Resilient Moves: a shared space where young people, their families and their \
practitioners work on the Resilience Framework together.\n\n\
Start it with `moves serve`: with no options it keeps everything in ./moves-data (an \
SQLite database) and listens on http://127.0.0.1:8080. For several servers sharing \
one database, give --database-url postgres://...\n\n\
Settings come from, in rising order: built-in defaults, a TOML file (--config), \
MOVES_* environment variables, and command-line options."
)]
pub struct Cli {
    /// How log lines are written.
    #[arg(long, global = true, env = "MOVES_LOG_FORMAT", value_enum, default_value_t = LogFormat::Human)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    /// Readable lines, for a terminal.
    Human,
    /// One JSON object per line, for a log collector.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (creates the data directory and database if needed).
    Serve(ServeArgs),
    /// Bring the database schema up to date (`serve` does this too).
    Migrate(MigrateArgs),
    /// Copy the SQLite database to a file while the server keeps running.
    Backup(BackupArgs),
    /// Put a backup (the SQLite database and the installation's keys) back
    /// in place (stop the server first).
    Restore(RestoreArgs),
    /// Print the effective configuration, with secrets masked.
    Config(ServeArgs),
    /// Check framework files, or print a shipped framework or overlay.
    #[command(
        long_about = "Work with Resilience Framework files: base editions (frameworks/*.toml) and \
overlays, the translations and audience wordings keyed by the same ids \
(frameworks/overlays/*.toml). The file format is described in docs/framework-format.md."
    )]
    Framework {
        #[command(subcommand)]
        command: FrameworkCommand,
    },
    /// Administer the installation: create an organisation and its administrator.
    #[command(
        long_about = "Administer the installation from the command line, on the same database \
`moves serve` uses (give the same --data-dir, --database-url or --config). The server may be \
running meanwhile."
    )]
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Fill a new database with two demo organisations and a person of every role.
    #[command(
        long_about = "Fill a new database with demo data for trying the platform: the \
organisations \"Demo Borough\" and \"Other Trust\", each with one person of every role \
(admin@demo.example, manager@, practitioner@, parent@, young@ and viewer@demo.example, and \
the same names @other.example). Every demo account gets the same password: the one given \
with --password, or a random one that is printed.\n\n\
Every page of a demo organisation shows a \"demo data\" banner, and `moves serve` logs a \
warning at start while demo accounts exist.\n\n\
It refuses to run on a database that holds any real (non-demo) organisation, and running it \
again changes nothing: it only adds what is missing."
    )]
    SeedDemo(SeedDemoArgs),
    /// Email each person who asked for digests if something new is waiting for them.
    #[command(
        long_about = "Send email digests: one email to each person who asked for them (on their \
home page, under Emails) and has something new waiting since they last looked or were last \
emailed. The email says only that something is waiting, with a link to sign in: never what, \
whose or where. Run it from a timer, say once a day, with the same settings as `moves serve`.\n\n\
It needs smtp_url, mail_from and public_url; without them it sends nothing and exits 1. It \
prints how many emails were sent, and exits 1 if any could not be sent (they are tried again \
next time)."
    )]
    Digest(ServeArgs),
    /// The installation's keys: list them, add one, make one active (rotation).
    #[command(
        long_about = "The installation's keys seal second-factor secrets, chain the audit log \
and sign form tokens. They live outside the database: in keys.toml in the data directory, in \
--keys-file, or in the MOVES_KEYS variable. Rotate them in two steps, so that several servers \
never disagree: `moves keys add` (then give every server the new keys file and restart them), \
then `moves keys activate ID` (again give every server the file and restart). Old keys stay, \
so what they sealed can still be read; never remove a key. When the keys come from \
MOVES_KEYS, the new keys file is printed for you to put there instead. See docs/security.md."
    )]
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The audit log: check that nobody changed it outside the server.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every chain of the audit log; name the first broken entry.
    #[command(
        long_about = "Check the audit log's chains, on the same database `moves serve` uses (give \
the same --data-dir, --database-url or --config, and the same keys). Each organisation's log is \
one chain, and the installation's own entries another: every entry carries a keyed hash, made with \
the installation's keys (kept outside the database), of itself and of the entry before it. Someone \
who can write to the database but does not have the keys cannot change, remove, reorder or add an \
entry without the hashes disagreeing from there on.\n\n\
Prints one line per chain: its entries, its head (position and hash) and the keys that linked it, \
or where it is broken: the first broken entry's id and organisation, and why. Exits 0 when every \
chain is intact, 1 when any is broken.\n\n\
The newest entries of a chain removed with its head set back cannot be told from the database \
alone: keep the heads printed here somewhere the database's writers cannot change, and compare. \
See docs/security.md. The server may be running meanwhile."
    )]
    Verify(DataOptions),
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List the keys' ids, the active one marked (never the secrets).
    List(DataOptions),
    /// Add a new key, not yet active.
    Add(DataOptions),
    /// Make the key ID the one used for everything new.
    Activate {
        #[command(flatten)]
        data: DataOptions,
        /// The key's id, as `moves keys list` shows it.
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an organisation and its administrator; prints a one-time link to set their password.
    #[command(
        long_about = "Create an organisation and its first administrator, and print a one-time \
link with which the administrator sets their own password (it works once, for 72 hours). Pass \
the link on to them yourself; nothing is emailed.\n\n\
The link starts with the public address (--public-url, MOVES_PUBLIC_URL or public_url in the \
--config file) if one is set, otherwise http:// and the server's --addr.\n\n\
If someone already has that email address, they are made administrator of the new \
organisation (one person may belong to several). If they already have a password, no link \
is printed unless you add --reset-password.\n\n\
Running it again for an organisation that exists with that administrator creates nothing, \
and prints a new link if the administrator has not set a password yet (say, the first link \
expired).\n\n\
Example:\n  moves admin create-org --name \"Northside Family Hub\" --admin-email sam@northside.example --admin-name \"Sam Jones\""
    )]
    CreateOrg(CreateOrgArgs),
}

#[derive(Debug, Args)]
pub struct CreateOrgArgs {
    #[command(flatten)]
    pub data: DataOptions,
    /// The organisation's name, as people will see it.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// The administrator's email address; they sign in with it.
    #[arg(long, value_name = "EMAIL")]
    pub admin_email: String,
    /// The administrator's name [default: the part of the email address before the @].
    #[arg(long, value_name = "NAME")]
    pub admin_name: Option<String>,
    /// Print a new set-password link even if the administrator already has a password.
    #[arg(long)]
    pub reset_password: bool,
    /// The address people use to reach the server, e.g. https://moves.example.org (for the link).
    #[arg(long, env = "MOVES_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// The address the server listens on, used for the link when no public URL is set [default: 127.0.0.1:8080].
    #[arg(long, env = "MOVES_ADDR", value_name = "IP:PORT")]
    pub addr: Option<String>,
}

#[derive(Debug, Args)]
pub struct SeedDemoArgs {
    #[command(flatten)]
    pub data: DataOptions,
    /// The password of every demo account (at least 8 characters) [default: a random one, printed].
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum FrameworkCommand {
    /// Check framework files and report every problem as FILE:LINE: message.
    #[command(
        long_about = "Check framework files: base editions or overlays (a file with a top-level \
`base = \"...\"` is an overlay). Each file is reported as `ok FILE`, or with every problem \
found, one per line as `FILE:LINE: message`. Warnings (such as an overlay label that falls \
back to the base edition) are shown as `FILE:LINE: warning: message`.\n\n\
An overlay is checked against the base edition it names: one given in the same call \
(`moves framework check my-edition.toml my-overlay.toml`), otherwise the base edition \
built into this program.\n\n\
Exits 0 when every file is valid and 1 when any file has an error or cannot be read."
    )]
    Check(FrameworkCheckArgs),
    /// Print a framework or overlay built into this program, readably.
    #[command(
        long_about = "Print a framework or overlay built into this program: for a base edition, \
its compartments with their moves and the noble truths with their prompts; for an overlay, \
its status, who made it, its licence and its labels. Give an id such as \
resilience-framework-cyp-2012 or cyp-2012-sv; an unknown id lists the ids there are."
    )]
    Show(FrameworkShowArgs),
}

#[derive(Debug, Args)]
pub struct FrameworkCheckArgs {
    /// Framework files to check (base editions or overlays).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Treat warnings as errors: an overlay must give every label itself.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct FrameworkShowArgs {
    /// The id of a base edition or an overlay, such as resilience-framework-cyp-2012 or cyp-2012-sv.
    #[arg(value_name = "ID")]
    pub id: String,
}

/// Where the data is. Every command that touches data takes these.
#[derive(Debug, Args, Clone, Default)]
pub struct DataOptions {
    /// Folder for the SQLite database (used when no --database-url is given).
    #[arg(long, env = "MOVES_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// A postgres:// URL to use PostgreSQL instead of the embedded SQLite database.
    #[arg(
        long,
        env = "MOVES_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Most database connections this process opens (PostgreSQL; SQLite readers).
    #[arg(long, env = "MOVES_DATABASE_MAX_CONNECTIONS", value_name = "N")]
    pub database_max_connections: Option<u32>,
    /// A TOML configuration file (see README: Configuration).
    #[arg(long, env = "MOVES_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The installation's keys file [default: keys.toml in the data directory].
    #[arg(long, env = "MOVES_KEYS_FILE", value_name = "FILE")]
    pub keys_file: Option<PathBuf>,
}

/// How the server is reached.
#[derive(Debug, Args, Clone, Default)]
pub struct ServeOptions {
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "MOVES_ADDR", value_name = "IP:PORT")]
    pub addr: Option<String>,
    /// The address people use to reach the server, e.g. https://moves.example.org.
    #[arg(long, env = "MOVES_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs or networks).
    #[arg(
        long,
        env = "MOVES_TRUSTED_PROXIES",
        value_name = "LIST",
        value_delimiter = ','
    )]
    pub trusted_proxies: Option<Vec<String>>,
    /// Certificate (PEM) for serving https directly, without a proxy.
    #[arg(long, env = "MOVES_TLS_CERT", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// Private key (PEM) for --tls-cert.
    #[arg(long, env = "MOVES_TLS_KEY", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    /// Lets a Prometheus scraper read /metrics from another machine with this bearer token.
    #[arg(
        long,
        env = "MOVES_METRICS_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
    /// Sends invitations, reset links and new-device notices through this SMTP
    /// server: smtp://host:25, smtp://user:password@host:587?tls=required or smtps://host:465.
    #[arg(
        long,
        env = "MOVES_SMTP_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// The sender of those emails, e.g. "Resilient Moves <moves@example.org>".
    #[arg(long, env = "MOVES_MAIL_FROM", value_name = "ADDRESS")]
    pub mail_from: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataOptions,
    #[command(flatten)]
    pub serve: ServeOptions,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub data: DataOptions,
    /// Only report what would be applied; exit 1 if anything is pending.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub data: DataOptions,
    /// The file to write (must not exist yet).
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
    /// Encrypt the backup to this age recipient (`age1...`); may be given
    /// several times. Adds to `backup_recipients` in the configuration.
    #[arg(long = "backup-recipient", value_name = "AGE1...")]
    pub recipients: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub data: DataOptions,
    /// The backup file written by `moves backup`.
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// An age identity file (`AGE-SECRET-KEY-1...`) that opens an encrypted
    /// backup.
    #[arg(long, value_name = "FILE")]
    pub identity: Option<PathBuf>,
}
