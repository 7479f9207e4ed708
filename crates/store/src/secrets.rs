//! The port for the installation's shared secrets.

use super::StoreResult;
use async_trait::async_trait;

/// Secrets the whole installation shares (the key that signs CSRF tokens before
/// sign-in, the key that encrypts kept forms), agreed by every server process.
#[async_trait]
pub trait SecretStore: Send + Sync {
    /// The secret stored under `name`. If there is none yet, `candidate` is stored
    /// and returned; if there is, the stored one is returned and `candidate` is
    /// dropped. Every process offers its own random candidate and all end up with
    /// the first one written.
    async fn installation_secret(&self, name: &str, candidate: &[u8]) -> StoreResult<Vec<u8>>;
}
