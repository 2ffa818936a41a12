//! Single sign-on's rows: an organisation's provider, the domains it
//! vouches for, the identities it signed in, and sign-ins under way.

use super::Flag;
use crate::domain::ids::{OrgId, UserId};
use crate::domain::sso::Domains;
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

/// An organisation's provider as stored.
#[derive(sqlx::FromRow, Clone)]
pub struct ProviderRow {
    pub org_id: OrgId,
    pub label: String,
    pub issuer: String,
    pub client_id: String,
    pub secret_sealed: String,
    #[sqlx(try_from = "Flag")]
    pub required: bool,
    pub slug: String,
    pub metadata: String,
    pub jwks: String,
    pub fetched_at: i64,
}

const PROVIDER_COLUMNS: &str = "org_id, label, issuer, client_id, secret_sealed, required, slug, metadata, jwks, fetched_at";

pub async fn provider(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<ProviderRow>, AppError> {
    Ok(sqlx::query_as(&format!("SELECT {PROVIDER_COLUMNS} FROM sso_providers WHERE org_id = $1")).bind(org).fetch_optional(conn).await?)
}

pub async fn provider_by_slug(conn: impl AnyExecutor<'_>, slug: &str) -> Result<Option<ProviderRow>, AppError> {
    Ok(sqlx::query_as(&format!("SELECT {PROVIDER_COLUMNS} FROM sso_providers WHERE slug = $1")).bind(slug).fetch_optional(conn).await?)
}

/// The organisation whose provider vouches for `domain`.
pub async fn org_for_domain(conn: impl AnyExecutor<'_>, domain: &str) -> Result<Option<OrgId>, AppError> {
    Ok(sqlx::query_scalar("SELECT org_id FROM sso_domains WHERE domain = $1").bind(domain).fetch_optional(conn).await?)
}

pub async fn domains(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT domain FROM sso_domains WHERE org_id = $1 ORDER BY domain").bind(org).fetch_all(conn).await?)
}

/// What a save writes (the secret already sealed).
pub struct NewProvider<'a> {
    pub label: &'a str,
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub secret_sealed: &'a str,
    pub required: bool,
    pub slug: &'a str,
    pub metadata: &'a str,
    pub jwks: &'a str,
}

/// Creates or replaces the organisation's provider (its sign-in address,
/// `slug`, is kept when it exists) and its domains. A domain another
/// organisation vouches for is a conflict.
pub async fn save(tx: &mut AnyConnection, org: OrgId, p: &NewProvider<'_>, domains: &Domains, now: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO sso_providers (org_id, label, issuer, client_id, secret_sealed, required, slug, metadata, jwks, fetched_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
         ON CONFLICT (org_id) DO UPDATE SET label = excluded.label, issuer = excluded.issuer, client_id = excluded.client_id, \
         secret_sealed = excluded.secret_sealed, required = excluded.required, metadata = excluded.metadata, jwks = excluded.jwks, \
         fetched_at = excluded.fetched_at, updated_at = excluded.updated_at",
    )
    .bind(org)
    .bind(p.label)
    .bind(p.issuer)
    .bind(p.client_id)
    .bind(p.secret_sealed)
    .bind(i64::from(p.required))
    .bind(p.slug)
    .bind(p.metadata)
    .bind(p.jwks)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM sso_domains WHERE org_id = $1").bind(org).execute(&mut *tx).await?;
    for domain in domains.iter() {
        sqlx::query("INSERT INTO sso_domains (domain, org_id) VALUES ($1, $2)")
            .bind(domain.as_str())
            .bind(org)
            .execute(&mut *tx)
            .await
            .map_err(|e| super::conflict_or_internal(e, msg!("conflict-domain-taken", domain = domain.as_str())))?;
    }
    Ok(())
}

/// Removes the provider and its domains; identities stay, so adding the
/// same provider back signs the same people into the same accounts.
pub async fn remove(tx: &mut AnyConnection, org: OrgId) -> Result<bool, AppError> {
    sqlx::query("DELETE FROM sso_domains WHERE org_id = $1").bind(org).execute(&mut *tx).await?;
    let done = sqlx::query("DELETE FROM sso_providers WHERE org_id = $1").bind(org).execute(&mut *tx).await?;
    Ok(done.rows_affected() > 0)
}

/// Keeps a newly fetched key set (and metadata).
pub async fn update_cache(conn: impl AnyExecutor<'_>, org: OrgId, metadata: &str, jwks: &str, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE sso_providers SET metadata = $1, jwks = $2, fetched_at = $3 WHERE org_id = $4")
        .bind(metadata)
        .bind(jwks)
        .bind(now)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}

/// A sign-in under way.
#[derive(sqlx::FromRow)]
pub struct Attempt {
    pub org_id: OrgId,
    pub nonce: String,
    pub verifier: String,
    pub next_path: String,
    pub created_at: i64,
}

pub struct NewAttempt<'a> {
    pub state_hash: &'a str,
    pub org: OrgId,
    pub nonce: &'a str,
    pub verifier: &'a str,
    pub next_path: &'a str,
}

/// Records a sign-in under way, and forgets those older than `stale_before`.
pub async fn begin(tx: &mut AnyConnection, a: &NewAttempt<'_>, now: i64, stale_before: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sso_attempts WHERE created_at < $1").bind(stale_before).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO sso_attempts (state_hash, org_id, nonce, verifier, next_path, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(a.state_hash)
        .bind(a.org)
        .bind(a.nonce)
        .bind(a.verifier)
        .bind(a.next_path)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Takes a sign-in under way: it can be finished once only, whichever
/// server the browser comes back to.
pub async fn take(conn: impl AnyExecutor<'_>, state_hash: &str) -> Result<Option<Attempt>, AppError> {
    Ok(sqlx::query_as("DELETE FROM sso_attempts WHERE state_hash = $1 RETURNING org_id, nonce, verifier, next_path, created_at")
        .bind(state_hash)
        .fetch_optional(conn)
        .await?)
}

/// The account a provider's subject signs into.
pub async fn identity(conn: impl AnyExecutor<'_>, org: OrgId, issuer: &str, subject: &str) -> Result<Option<UserId>, AppError> {
    Ok(sqlx::query_scalar("SELECT user_id FROM sso_identities WHERE org_id = $1 AND issuer = $2 AND subject = $3")
        .bind(org)
        .bind(issuer)
        .bind(subject)
        .fetch_optional(conn)
        .await?)
}

/// May single sign-on connect the existing account `user` to this
/// organisation's provider by its e-mail alone? Yes when provisioning made
/// the account for this organisation, or when the person joined it
/// themselves (an invite, their own sign-up). Not when the organisation
/// merely added an account that existed already (SCIM): an organisation
/// that claims someone's domain must not reach their account that way.
pub async fn may_connect(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<bool, AppError> {
    let yes: i64 = sqlx::query_scalar(
        "SELECT CASE \
           WHEN EXISTS (SELECT 1 FROM scim_users WHERE org_id = $1 AND user_id = $2 AND made_here = 1) THEN 1 \
           WHEN NOT EXISTS (SELECT 1 FROM memberships WHERE org_id = $1 AND user_id = $2) THEN 0 \
           WHEN COALESCE((SELECT via FROM membership_events WHERE org_id = $1 AND user_id = $2 AND kind = 'joined' \
                          ORDER BY id DESC LIMIT 1), '') = 'scim' THEN 0 \
           ELSE 1 END",
    )
    .bind(org)
    .bind(user)
    .fetch_one(conn)
    .await?;
    Ok(yes == 1)
}

pub async fn link(conn: impl AnyExecutor<'_>, org: OrgId, issuer: &str, subject: &str, user: UserId, now: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO sso_identities (org_id, issuer, subject, user_id, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(org)
        .bind(issuer)
        .bind(subject)
        .bind(user)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends the password sessions of an organisation's members who are not
/// owners, when it begins to require single sign-on: they sign in again
/// through the provider.
pub async fn end_password_sessions(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<u64, AppError> {
    let done = sqlx::query(
        "DELETE FROM sessions WHERE org_id = $1 AND (sso_org IS NULL OR sso_org <> $1) \
         AND user_id IN (SELECT user_id FROM memberships WHERE org_id = $1 AND role <> 'owner')",
    )
    .bind(org)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
