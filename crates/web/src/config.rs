//! The settings the web layer needs, already validated by the binary.

use crate::hashing::HashingLimits;
use ipnet::IpNet;
use moves_core::auth::session_policy::SessionPolicy;
use moves_core::auth::throttle::ThrottlePolicy;
use moves_core::keys::Keyring;
use moves_core::write_budget::WriteBudget;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Where people reach the server, e.g. `https://moves.example.org`. Cookies,
    /// redirects and the cross-site check trust this, not the `Host` header.
    pub public_url: Option<String>,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// When set, `/metrics` is also served to requests carrying this bearer token.
    pub metrics_token: Option<String>,
    /// Served over https (built-in TLS, or a public URL starting with https):
    /// turns on HSTS.
    pub https: bool,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Cookies are `Secure` (with the `__Host-` prefix): true everywhere except
    /// plain http on the machine itself.
    pub secure_cookies: bool,
    pub session_policy: SessionPolicy,
    /// Sends invitations, reset links and new-device notices; without it, links
    /// are shown to pass on by hand.
    pub mailer: Option<crate::mail::Mailer>,
    pub throttle_policy: ThrottlePolicy,
    /// How many changes one person may make in an hour.
    pub write_budget: WriteBudget,
    /// The installation's keys (form tokens and kept forms use keys derived
    /// from them); a throwaway keyring when not given, for tests.
    pub keys: Option<Arc<Keyring>>,
    /// The longest a request may take, its body included (then 408).
    pub request_timeout: Duration,
    /// How many passwords are hashed at once in this process, and how many
    /// requests may wait for a turn before the next is answered 503.
    pub hashing: HashingLimits,
}

impl WebConfig {
    pub const DEFAULT_MAX_BODY_BYTES: usize = 256 * 1024;
    pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            public_url: None,
            trusted_proxies: Vec::new(),
            metrics_token: None,
            https: false,
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            secure_cookies: false,
            session_policy: SessionPolicy::default(),
            mailer: None,
            throttle_policy: ThrottlePolicy::default(),
            write_budget: WriteBudget::default(),
            keys: None,
            request_timeout: Self::DEFAULT_REQUEST_TIMEOUT,
            hashing: HashingLimits::default(),
        }
    }
}
