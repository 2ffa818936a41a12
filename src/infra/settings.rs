//! Server settings, from flags or environment variables (`mistvine --help`).

use super::db::Location;
use crate::server::vote::vault::VaultLocation;
use clap::builder::BoolishValueParser;
use clap::{ArgAction, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser, Debug, Clone)]
#[command(name = "mistvine", version, about = "Mistvine: aligned autonomy for teams — one binary, one SQLite file (or PostgreSQL).")]
pub struct Settings {
    /// Address to listen on. Defaults to the site address cargo-leptos sets (127.0.0.1:3000).
    #[arg(long, env = "MISTVINE_LISTEN")]
    pub listen: Option<SocketAddr>,

    /// An SQLite database file (created, with its folder, if missing), or a
    /// PostgreSQL URL (postgres://user:password@host/database) for several
    /// app servers; see docs/postgresql.md.
    #[arg(long, env = "MISTVINE_DATABASE", default_value = "data/mistvine.db")]
    pub database: Location,

    /// Load the demo organisation on start (safe to repeat: it is created once).
    /// The variable takes 1/0, true/false, yes/no, on/off.
    #[arg(long, env = "MISTVINE_DEMO", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub demo: bool,

    /// The public URL people use, e.g. https://okr.example.com. When it is
    /// https, cookies are marked Secure; it is also the accepted Origin.
    #[arg(long, env = "MISTVINE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// File holding the key that makes vote receipts unreadable from the
    /// database alone; created on the first start of a new database. Keep it
    /// apart from the data and out of its backups. Defaults to
    /// `$XDG_CONFIG_HOME/mistvine/vote.key` (else `~/.config/mistvine/vote.key`).
    /// Several servers sharing a database must share it.
    #[arg(long, env = "MISTVINE_VOTE_KEY_FILE")]
    pub vote_key_file: Option<PathBuf>,

    /// Whether anyone may create a new workspace (organisation) from the
    /// sign-up page. Off: people join only through invite links.
    #[arg(long, env = "MISTVINE_OPEN_SIGNUP", default_value_t = true, action = ArgAction::Set, value_parser = BoolishValueParser::new())]
    pub open_signup: bool,

    /// New workspaces one address may create per hour.
    #[arg(long, env = "MISTVINE_SIGNUPS_PER_HOUR", default_value_t = crate::domain::account::DEFAULT_SIGNUPS_PER_HOUR)]
    pub signups_per_hour: u32,

    /// Take the client address from X-Forwarded-For (only behind a proxy you run).
    #[arg(long, env = "MISTVINE_TRUST_PROXY", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub trust_proxy: bool,

    /// The SMTP server that sends Mistvine's e-mail: invites, password
    /// resets, the weekly reminder and the leaders' Friday digest. Without
    /// it Mistvine sends nothing and works as before.
    #[arg(long, env = "MISTVINE_SMTP_HOST")]
    pub smtp_host: Option<String>,

    /// Its port. Defaults: 587 with starttls, 465 with tls, 25 with none.
    #[arg(long, env = "MISTVINE_SMTP_PORT")]
    pub smtp_port: Option<u16>,

    /// How the connection is protected: starttls (upgrade, the default),
    /// tls (encrypted from the start), or none (only for a relay on this
    /// machine or a network you trust).
    #[arg(long, env = "MISTVINE_SMTP_TLS", value_enum, default_value_t = SmtpTls::Starttls)]
    pub smtp_tls: SmtpTls,

    /// The SMTP user name, if the server wants one.
    #[arg(long, env = "MISTVINE_SMTP_USER")]
    pub smtp_user: Option<String>,

    /// The SMTP password. Prefer the variable to the flag: flags show in the process list.
    #[arg(long, env = "MISTVINE_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,

    /// Who e-mails come from, e.g. "Mistvine <okr@example.com>". Needed with --smtp-host.
    #[arg(long, env = "MISTVINE_MAIL_FROM")]
    pub mail_from: Option<String>,

    /// How often, in milliseconds, the outbox and the weekly schedule are checked.
    #[arg(long, env = "MISTVINE_MAIL_POLL_MS", default_value_t = 5000, hide = true)]
    pub mail_poll_ms: u64,

    /// Seconds a connection has to send a request's headers, counted from
    /// its opening or its previous answer (so also how long an idle
    /// kept-alive connection stays open).
    #[arg(long, env = "MISTVINE_HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub header_timeout_secs: u64,

    /// Seconds a request has to send its body, once its headers are in.
    #[arg(long, env = "MISTVINE_BODY_TIMEOUT_SECS", default_value_t = 20)]
    pub body_timeout_secs: u64,

    /// Seconds the server may take to answer one request; longer ones are
    /// stopped and answered 503 (and logged with their route).
    #[arg(long, env = "MISTVINE_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Connections served at once; further ones are answered 503 and closed.
    #[arg(long, env = "MISTVINE_MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,

    /// Accept identity providers at plain-http issuer URLs. Only for a
    /// provider on this machine (the tests, the demo's local provider):
    /// OpenID Connect requires https, and over http anyone on the way could
    /// read the client secret and forge sign-ins.
    #[arg(long, env = "MISTVINE_SSO_ALLOW_HTTP", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub sso_allow_http: bool,

    /// A push service besides the browsers' own (Google's, Mozilla's,
    /// Apple's, Microsoft's), as the start of its URLs, e.g.
    /// `https://push.example.com/`. Phone notifications are sent only to
    /// these: a subscription naming any other address is refused, so no one
    /// can have the server post to a machine of their choosing. Repeat the
    /// flag, or separate with commas in the variable.
    #[arg(long = "push-service", env = "MISTVINE_PUSH_SERVICES", value_delimiter = ',')]
    pub push_services: Vec<String>,

    /// A Teams webhook address besides Microsoft's own (Power Automate's
    /// `*.logic.azure.com` and `*.api.powerplatform.com`), as the start of
    /// its URLs. Admins may paste only such addresses, so no one can have
    /// the server post to a machine of their choosing. Repeat the flag, or
    /// separate with commas in the variable.
    #[arg(long = "teams-webhook", env = "MISTVINE_TEAMS_WEBHOOKS", value_delimiter = ',')]
    pub teams_webhooks: Vec<String>,

    /// The Slack app's client id (from its "Basic Information" page). With
    /// the secret and the signing secret, admins can add Mistvine to their
    /// Slack workspace; see docs/notifications.md.
    #[arg(long, env = "MISTVINE_SLACK_CLIENT_ID")]
    pub slack_client_id: Option<String>,

    /// The Slack app's client secret.
    #[arg(long, env = "MISTVINE_SLACK_CLIENT_SECRET", hide_env_values = true)]
    pub slack_client_secret: Option<String>,

    /// The Slack app's signing secret: every request from Slack (slash
    /// command, modal) must carry its signature.
    #[arg(long, env = "MISTVINE_SLACK_SIGNING_SECRET", hide_env_values = true)]
    pub slack_signing_secret: Option<String>,

    /// Where Slack's Web API is (tests point it at a loopback fake).
    #[arg(long, env = "MISTVINE_SLACK_API", default_value = "https://slack.com/api", hide = true)]
    pub slack_api: String,

    /// Where Slack asks the admin to approve the app (tests: the fake).
    #[arg(long, env = "MISTVINE_SLACK_AUTHORIZE_URL", default_value = "https://slack.com/oauth/v2/authorize", hide = true)]
    pub slack_authorize_url: String,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How the SMTP connection is protected.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    Starttls,
    Tls,
    None,
}

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Serve the app (the default).
    Serve,
    /// Write a consistent copy of the data (the database and its ballot
    /// vault, never the vote key) into a new folder, while the app may be running.
    Backup {
        /// The folder to create; must not exist yet.
        folder: PathBuf,
    },
    /// Copy this SQLite installation (the --database file and its ballot
    /// vault) into an empty PostgreSQL database and verify the copy. Stop
    /// the app first so nothing changes during the copy; the SQLite files
    /// are only read (after being migrated to this version, if older).
    MoveToPostgres {
        /// The PostgreSQL database to fill: postgres://user:password@host/database
        #[arg(long)]
        to: String,
    },
    /// Fill a new, empty database with a large generated organisation for
    /// benchmarks (10,000 people by default; every password is
    /// "bench-password", person1@bigco.example is the owner).
    Generate {
        /// Same seed, same organisation.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 10_000)]
        members: usize,
        #[arg(long, default_value_t = 500)]
        teams: usize,
        /// Team objectives per team in each wave.
        #[arg(long, default_value_t = 4)]
        objectives_per_team: usize,
        #[arg(long, default_value_t = 5)]
        wave_objectives: usize,
        /// Closed waves before the active one.
        #[arg(long, default_value_t = 8)]
        past_waves: usize,
    },
}

impl Settings {
    /// Whether cookies must carry `Secure`.
    pub fn https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }

    /// Settings for tests and embedding: a database file, its vote key file,
    /// and defaults for the rest.
    pub fn for_database(database: impl Into<Location>, vote_key_file: PathBuf) -> Self {
        Self {
            listen: None,
            database: database.into(),
            demo: false,
            public_url: None,
            vote_key_file: Some(vote_key_file),
            open_signup: true,
            signups_per_hour: crate::domain::account::DEFAULT_SIGNUPS_PER_HOUR,
            trust_proxy: false,
            smtp_host: None,
            smtp_port: None,
            smtp_tls: SmtpTls::Starttls,
            smtp_user: None,
            smtp_password: None,
            mail_from: None,
            mail_poll_ms: 5000,
            header_timeout_secs: 10,
            body_timeout_secs: 20,
            request_timeout_secs: 30,
            max_connections: 1024,
            sso_allow_http: false,
            push_services: Vec::new(),
            teams_webhooks: Vec::new(),
            slack_client_id: None,
            slack_client_secret: None,
            slack_signing_secret: None,
            slack_api: "https://slack.com/api".into(),
            slack_authorize_url: "https://slack.com/oauth/v2/authorize".into(),
            command: None,
        }
    }

    /// Where links in e-mails point: the public URL, else the address the
    /// server listens on.
    pub fn site_base(&self) -> String {
        match (&self.public_url, self.listen) {
            (Some(url), _) => url.trim_end_matches('/').to_owned(),
            (None, Some(addr)) => format!("http://{addr}"),
            (None, None) => "http://127.0.0.1:3000".to_owned(),
        }
    }

    /// The vote key file: the flag, else a per-user configuration folder,
    /// which is never inside the data folder that backups copy.
    pub fn vote_key_path(&self) -> Result<PathBuf, String> {
        if let Some(p) = &self.vote_key_file {
            return Ok(p.clone());
        }
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".config")))
            .ok_or("cannot tell where to keep the vote key: set --vote-key-file (MISTVINE_VOTE_KEY_FILE)")?;
        Ok(config.join("mistvine").join("vote.key"))
    }

    /// The ballot vault that goes with the database: a file beside an SQLite
    /// database; on PostgreSQL, tables in the same database.
    pub fn vault(&self) -> VaultLocation {
        match &self.database {
            Location::File(path) => VaultLocation::File(crate::server::vote::vault::path_for(path)),
            Location::Postgres(_) => VaultLocation::SameDatabase,
        }
    }
}
