//! Passwords: argon2id hashes, made and checked off the async workers and
//! a few at a time, so a burst of sign-ups or guesses cannot fill memory or
//! starve other requests.

use crate::domain::account::Password;
use crate::error::AppError;
use crate::infra::tokens::random_token;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

/// argon2id with the OWASP minimum: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes running at once. Each takes 19 MiB and tens of milliseconds of a
/// core: a burst of sign-ups or guesses waits its turn here instead of
/// filling memory and starving every other request.
pub const MAX_CONCURRENT_HASHES: usize = 2;
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(MAX_CONCURRENT_HASHES);

/// Runs one hash (or verification) off the async workers, within the limit.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let _permit = HASHING.acquire().await.map_err(|_| AppError::Internal)?;
    #[cfg(test)]
    let _watch = tests::InFlight::enter();
    tokio::task::spawn_blocking(work).await.map_err(|_| AppError::Internal)
}

pub async fn hash_password(password: Password) -> Result<String, AppError> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.expose().as_bytes(), &salt).map(|h| h.to_string())
    })
    .await?
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })
}

pub async fn verify_password(password: String, hash: String) -> bool {
    hashing(move || PasswordHash::new(&hash).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok()))
        .await
        .unwrap_or(false)
}

/// A hash to verify against when the e-mail is unknown, so that answering
/// "no such account" takes as long as "wrong password" and timing tells nothing.
pub async fn decoy_hash() -> String {
    static DECOY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DECOY.get() {
        return h.clone();
    }
    let fresh = hash_password(Password::parse(&random_token()).expect("token is long enough")).await.unwrap_or_default();
    DECOY.get_or_init(|| fresh).clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static NOW: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);

    /// Counts hashes in flight while it lives.
    pub struct InFlight;

    impl InFlight {
        pub fn enter() -> Self {
            let n = NOW.fetch_add(1, Ordering::SeqCst) + 1;
            PEAK.fetch_max(n, Ordering::SeqCst);
            Self
        }
    }

    impl Drop for InFlight {
        fn drop(&mut self) {
            NOW.fetch_sub(1, Ordering::SeqCst);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_burst_of_hashes_runs_at_most_two_at_a_time() {
        let tasks: Vec<_> = (0..8).map(|i| tokio::spawn(hash_password(Password::parse(&format!("password-{i}")).unwrap()))).collect();
        for t in tasks {
            assert!(t.await.unwrap().is_ok());
        }
        let peak = PEAK.load(Ordering::SeqCst);
        assert!((1..=MAX_CONCURRENT_HASHES).contains(&peak), "peak {peak}");
    }
}
