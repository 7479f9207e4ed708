//! The effective configuration: built-in defaults, then a TOML file, then
//! `MOVES_*` environment variables and command-line flags (clap reads both; a
//! flag wins over its variable). Unknown keys in the file are an error, so a
//! misspelt setting is never silently ignored.

use crate::cli::{DataOptions, ServeOptions};
use anyhow::{Context, Result, bail};
use ipnet::IpNet;
use moves_core::auth::session_policy::SessionPolicy;
use moves_core::auth::throttle::ThrottlePolicy;
use moves_core::write_budget::WriteBudget;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "./moves-data";
pub const DATABASE_FILE: &str = "moves.db";
pub const KEYS_FILE: &str = "keys.toml";

/// What may appear in the configuration file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub addr: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub database_max_connections: Option<u32>,
    pub public_url: Option<String>,
    pub trusted_proxies: Option<Vec<String>>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub metrics_token: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub max_body_bytes: Option<usize>,
    pub session_idle_minutes: Option<u64>,
    pub session_absolute_hours: Option<u64>,
    pub writes_per_hour: Option<u64>,
    pub keys_file: Option<PathBuf>,
    pub backup_recipients: Option<Vec<String>>,
    pub max_connections: Option<usize>,
    pub request_timeout_secs: Option<u64>,
    pub header_timeout_secs: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub database: Database,
    pub database_max_connections: u32,
    pub public_url: Option<String>,
    pub trusted_proxies: Vec<IpNet>,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub metrics_token: Option<String>,
    /// The SMTP server (its URL, for `moves config`, and the checked sender).
    pub mail: Option<(String, moves_web::mail::Mailer)>,
    pub max_body_bytes: usize,
    pub session_policy: SessionPolicy,
    /// How many changes one person may make in an hour.
    pub writes_per_hour: u64,
    /// Where the installation's keys are read from.
    pub keys: KeysSource,
    /// The age recipients (`age1...`) backups are encrypted to.
    pub backup_recipients: Vec<String>,
    /// The most connections served at once; more are closed at once.
    pub max_connections: usize,
    /// The longest a request may take, its body included.
    pub request_timeout: Duration,
    /// The longest a client may take to send a request's headers.
    pub header_timeout: Duration,
    pub config_file: Option<PathBuf>,
}

/// Where the installation's keys come from: the `MOVES_KEYS` variable (the
/// keys file's text, for deployments that hand secrets over in the
/// environment), or a file (`keys_file`, or `keys.toml` in the data directory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeysSource {
    Environment,
    File(PathBuf),
}

fn read_file(path: &Path) -> Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the configuration file {}", path.display()))?;
    toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let message = e.message().trim_end_matches('.').to_owned();
        match line {
            Some(l) => anyhow::anyhow!(
                "the configuration file {}:{l} is not valid: {message}",
                path.display()
            ),
            None => anyhow::anyhow!(
                "the configuration file {} is not valid: {message}",
                path.display()
            ),
        }
    })
}

fn parse_database(url: &str) -> Result<Database> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Database::Postgres(url.to_owned()))
    } else if let Some(path) = moves_store_sqlite::path_from_url(url) {
        Ok(Database::Sqlite(path))
    } else {
        bail!(
            "the database URL must start with postgres:// or sqlite:// (it starts with {:?})",
            url.split(':').next().unwrap_or("")
        )
    }
}

fn parse_proxies(list: &[String]) -> Result<Vec<IpNet>> {
    list.iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    anyhow::anyhow!(
                        "trusted_proxies: {s:?} is not an IP address or network (like 10.0.0.0/8)"
                    )
                })
        })
        .collect()
}

fn check_public_url(url: &str) -> Result<String> {
    let trimmed = url.trim_end_matches('/');
    if !(trimmed.starts_with("https://") || trimmed.starts_with("http://")) || trimmed.contains(' ')
    {
        bail!("public_url must be an address like https://moves.example.org (it is {url:?})");
    }
    Ok(trimmed.to_owned())
}

impl Config {
    pub fn load(data: &DataOptions, serve: Option<&ServeOptions>) -> Result<Self> {
        let file = match &data.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let addr_text = serve
            .and_then(|s| s.addr.clone())
            .or(file.addr)
            .unwrap_or_else(|| DEFAULT_ADDR.to_owned());
        let addr: SocketAddr = addr_text
            .parse()
            .map_err(|_| anyhow::anyhow!("the address {addr_text:?} is not valid: use a form like 127.0.0.1:8080 or 0.0.0.0:8080"))?;
        let data_dir = data
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
        let database = match data.database_url.clone().or(file.database_url) {
            Some(url) => parse_database(&url)?,
            None => Database::Sqlite(data_dir.join(DATABASE_FILE)),
        };
        let database_max_connections = data
            .database_max_connections
            .or(file.database_max_connections)
            .unwrap_or(10);
        if database_max_connections == 0 {
            bail!("database_max_connections must be at least 1");
        }
        let public_url = serve
            .and_then(|s| s.public_url.clone())
            .or(file.public_url)
            .map(|u| check_public_url(&u))
            .transpose()?;
        let proxies = serve
            .and_then(|s| s.trusted_proxies.clone())
            .or(file.trusted_proxies)
            .unwrap_or_default();
        let trusted_proxies = parse_proxies(&proxies)?;
        let cert = serve.and_then(|s| s.tls_cert.clone()).or(file.tls_cert);
        let key = serve.and_then(|s| s.tls_key.clone()).or(file.tls_key);
        let tls = match (cert, key) {
            (Some(c), Some(k)) => Some((c, k)),
            (None, None) => None,
            _ => bail!("built-in TLS needs both tls_cert and tls_key"),
        };
        let metrics_token = serve
            .and_then(|s| s.metrics_token.clone())
            .or(file.metrics_token);
        if metrics_token.as_deref().is_some_and(|t| t.len() < 16) {
            bail!("metrics_token must be at least 16 characters long");
        }
        let smtp_url = serve.and_then(|s| s.smtp_url.clone()).or(file.smtp_url);
        let mail_from = serve.and_then(|s| s.mail_from.clone()).or(file.mail_from);
        let mail = match (smtp_url, mail_from) {
            (Some(url), Some(from)) => {
                if public_url.is_none() {
                    bail!(
                        "sending email needs public_url, so that the links in emails can be opened"
                    );
                }
                let mailer = moves_web::mail::Mailer::new(&url, &from)?;
                Some((url, mailer))
            }
            (None, None) => None,
            _ => bail!("sending email needs both smtp_url and mail_from"),
        };
        let defaults = SessionPolicy::default();
        let session_policy = SessionPolicy {
            idle_secs: file
                .session_idle_minutes
                .map_or(defaults.idle_secs, |m| m.saturating_mul(60)),
            absolute_secs: file
                .session_absolute_hours
                .map_or(defaults.absolute_secs, |h| h.saturating_mul(3600)),
        };
        if session_policy.idle_secs == 0 || session_policy.absolute_secs < session_policy.idle_secs
        {
            bail!(
                "session_idle_minutes must be at least 1, and session_absolute_hours at least as long"
            );
        }
        let keys = if std::env::var_os("MOVES_KEYS").is_some() {
            KeysSource::Environment
        } else {
            KeysSource::File(
                data.keys_file
                    .clone()
                    .or(file.keys_file)
                    .unwrap_or_else(|| data_dir.join(KEYS_FILE)),
            )
        };
        let secs = |given: Option<u64>, default: u64, name: &str| -> Result<Duration> {
            match given.unwrap_or(default) {
                0 => bail!("{name} must be at least 1"),
                s => Ok(Duration::from_secs(s)),
            }
        };
        let request_timeout = secs(file.request_timeout_secs, 30, "request_timeout_secs")?;
        let header_timeout = secs(file.header_timeout_secs, 10, "header_timeout_secs")?;
        Ok(Self {
            max_connections: file.max_connections.unwrap_or(1024).max(1),
            request_timeout,
            header_timeout,
            backup_recipients: file.backup_recipients.unwrap_or_default(),
            session_policy,
            addr,
            data_dir,
            database,
            database_max_connections,
            public_url,
            trusted_proxies,
            tls,
            metrics_token,
            mail,
            max_body_bytes: file
                .max_body_bytes
                .unwrap_or(moves_web::WebConfig::DEFAULT_MAX_BODY_BYTES),
            writes_per_hour: file
                .writes_per_hour
                .unwrap_or(WriteBudget::default().per_hour),
            keys,
            config_file: data.config.clone(),
        })
    }

    /// Served over https, by us or by a proxy in front: turns on HSTS.
    pub fn https(&self) -> bool {
        self.tls.is_some()
            || self
                .public_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"))
    }

    /// Cookies are `Secure` except for plain http on this machine (development):
    /// a browser would not send a `Secure` cookie back over plain http.
    pub fn secure_cookies(&self) -> bool {
        let local_url = self.public_url.as_deref().is_none_or(|u| {
            ["http://localhost", "http://127.", "http://[::1]"]
                .iter()
                .any(|p| u.starts_with(p))
        });
        self.https() || !(self.addr.ip().is_loopback() && local_url)
    }

    /// The web layer's settings; the installation's keys are added once the
    /// database has been opened with them.
    pub fn web(&self) -> moves_web::WebConfig {
        moves_web::WebConfig {
            keys: None,
            secure_cookies: self.secure_cookies(),
            session_policy: self.session_policy,
            throttle_policy: ThrottlePolicy::default(),
            write_budget: WriteBudget {
                per_hour: self.writes_per_hour,
            },
            hashing: moves_web::hashing::HashingLimits::default(),
            public_url: self.public_url.clone(),
            trusted_proxies: self.trusted_proxies.clone(),
            metrics_token: self.metrics_token.clone(),
            https: self.https(),
            max_body_bytes: self.max_body_bytes,
            request_timeout: self.request_timeout,
            mailer: self.mail.as_ref().map(|(_, m)| m.clone()),
        }
    }

    /// The configuration as TOML, with secrets masked.
    pub fn describe(&self) -> String {
        let database_url = match &self.database {
            Database::Sqlite(path) => format!("sqlite://{}", path.display()),
            Database::Postgres(url) => mask_password(url),
        };
        let mut out = String::new();
        let mut line = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
        line("addr", quote(&self.addr.to_string()));
        line("data_dir", quote(&self.data_dir.display().to_string()));
        line("database_url", quote(&database_url));
        line(
            "database_max_connections",
            self.database_max_connections.to_string(),
        );
        line(
            "public_url",
            self.public_url
                .as_deref()
                .map_or("\"\" # not set".to_owned(), quote),
        );
        line(
            "trusted_proxies",
            format!(
                "[{}]",
                self.trusted_proxies
                    .iter()
                    .map(|p| quote(&p.to_string()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        match &self.tls {
            Some((c, k)) => {
                line("tls_cert", quote(&c.display().to_string()));
                line("tls_key", quote(&k.display().to_string()));
            }
            None => line(
                "# tls",
                "not set: serve plain http behind a TLS-terminating proxy".to_owned(),
            ),
        }
        line(
            "metrics_token",
            self.metrics_token.as_ref().map_or(
                "\"\" # not set: /metrics is loopback-only".to_owned(),
                |_| "\"********\"".to_owned(),
            ),
        );
        match &self.mail {
            Some((url, _)) => line("smtp_url", quote(&mask_password(url))),
            None => line(
                "smtp_url",
                "\"\" # not set: links are shown to pass on by hand".to_owned(),
            ),
        }
        line("max_body_bytes", self.max_body_bytes.to_string());
        line(
            "session_idle_minutes",
            (self.session_policy.idle_secs / 60).to_string(),
        );
        line(
            "session_absolute_hours",
            (self.session_policy.absolute_secs / 3600).to_string(),
        );
        line("writes_per_hour", self.writes_per_hour.to_string());
        line("max_connections", self.max_connections.to_string());
        line(
            "request_timeout_secs",
            self.request_timeout.as_secs().to_string(),
        );
        line(
            "header_timeout_secs",
            self.header_timeout.as_secs().to_string(),
        );
        line("backup_recipients", format!("{:?}", self.backup_recipients));
        match &self.keys {
            KeysSource::Environment => line("# keys", "from MOVES_KEYS (not shown)".to_owned()),
            KeysSource::File(path) => line("keys_file", quote(&path.display().to_string())),
        }
        line("# secure cookies", self.secure_cookies().to_string());
        out
    }
}

fn quote(s: &str) -> String {
    format!("{s:?}")
}

/// `postgres://user:secret@host/db` becomes `postgres://user:********@host/db`;
/// a `password=` in the query is masked too. Read by the same URL parser the
/// drivers use, so a password holding an unencoded `@` is masked whole; what
/// does not parse as a URL is not shown at all.
pub fn mask_password(raw: &str) -> String {
    const MASK: &str = "********";
    let Ok(mut url) = url::Url::parse(raw) else {
        return MASK.to_owned();
    };
    if url.password().is_some() {
        // Only fails for URLs that cannot have a password, which this has.
        let _ = url.set_password(Some(MASK));
    }
    if url
        .query_pairs()
        .any(|(k, _)| k.eq_ignore_ascii_case("password"))
    {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if k.eq_ignore_ascii_case("password") {
                    MASK.to_owned()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked() {
        assert_eq!(
            mask_password("postgres://moves:pw@db:5432/moves"),
            "postgres://moves:********@db:5432/moves"
        );
        assert_eq!(
            mask_password("postgres://moves@db/moves"),
            "postgres://moves@db/moves"
        );
    }

    #[test]
    fn a_password_with_an_at_sign_or_in_the_query_is_masked_whole() {
        for (url, masked) in [
            (
                "postgres://moves:Summer@2026@db.example/moves",
                "postgres://moves:********@db.example/moves",
            ),
            (
                "smtps://mailer:Pa@ss-word9@mail.example:465",
                "smtps://mailer:********@mail.example:465",
            ),
            (
                "postgres://db/moves?user=moves&password=TopSecret1",
                "postgres://db/moves?user=moves&password=********",
            ),
            (
                "postgres://moves:pw@db/moves?sslmode=require&PASSWORD=x",
                "postgres://moves:********@db/moves?sslmode=require&PASSWORD=********",
            ),
        ] {
            let shown = mask_password(url);
            assert_eq!(shown, masked);
            assert!(!shown.contains("2026") && !shown.contains("ss-word9"));
            assert!(!shown.contains("TopSecret1"));
        }
    }

    #[test]
    fn mail_settings_come_together_and_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("moves.toml");
        let data = DataOptions {
            data_dir: None,
            keys_file: None,
            database_url: None,
            database_max_connections: None,
            config: Some(path.clone()),
        };
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Config::load(&data, None).map_err(|e| e.to_string())
        };
        let public = "public_url = \"https://moves.example.org\"\n";
        let err = load(&format!(
            "{public}smtp_url = \"smtp://mail.example.org:25\"\n"
        ))
        .unwrap_err();
        assert!(err.contains("both smtp_url and mail_from"), "{err}");
        let err =
            load("smtp_url = \"smtp://mail.example.org\"\nmail_from = \"moves@example.org\"\n")
                .unwrap_err();
        assert!(err.contains("needs public_url"), "{err}");
        let err = load(&format!(
            "{public}smtp_url = \"gopher://mail.example.org\"\nmail_from = \"moves@example.org\"\n"
        ))
        .unwrap_err();
        assert!(err.contains("smtp_url must look like"), "{err}");
        let err = load(&format!(
            "{public}smtp_url = \"smtp://mail.example.org\"\nmail_from = \"not an address\"\n"
        ))
        .unwrap_err();
        assert!(err.contains("mail_from must be an address"), "{err}");
        let config = load(&format!(
            "{public}smtp_url = \"smtp://moves:secret@mail.example.org:587?tls=required\"\nmail_from = \"Resilient Moves <moves@example.org>\"\n"
        ))
        .unwrap();
        assert!(config.web().mailer.is_some());
        let described = config.describe();
        assert!(
            described.contains("smtp_url = \"smtp://moves:********@mail.example.org"),
            "{described}"
        );
        assert!(!described.contains("secret"));
    }

    #[test]
    fn unknown_keys_are_refused_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("moves.toml");
        std::fs::write(&path, "addr = \"127.0.0.1:9000\"\nlisten_port = 80\n").unwrap();
        let err = read_file(&path).unwrap_err().to_string();
        assert!(
            err.contains(":2 is not valid") && err.contains("listen_port"),
            "{err}"
        );
    }

    #[test]
    fn proxies_and_databases_parse() {
        assert_eq!(
            parse_proxies(&["127.0.0.1, 10.0.0.0/8".into()])
                .unwrap()
                .len(),
            2
        );
        assert!(parse_proxies(&["nginx".into()]).is_err());
        assert!(matches!(
            parse_database("postgresql://x/y").unwrap(),
            Database::Postgres(_)
        ));
        assert_eq!(
            parse_database("sqlite:///tmp/m.db").unwrap(),
            Database::Sqlite("/tmp/m.db".into())
        );
        assert!(parse_database("mysql://x").is_err());
    }
}
