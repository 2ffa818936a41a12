//! The vote on its way to disk, one name from page to file: `ui::pages::vote`
//! → `server_fns::vote` → `service::vote` (who may vote, the rules) →
//! `vote::claims` (the receipt tag and the browser's claim on its slot) →
//! `vote::vault` (the writer that commits queued votes together, its
//! batches' boxes in `vote::batch`) →
//! `store::vote_box` (the SQL of the boxes). Survey answers take the same
//! path from `service::survey` into the vault (`store::survey_box`). The
//! threat model is in docs/security-and-anonymity.md.

mod batch;
pub mod claims;
pub mod vault;
