//! Server functions, one file per area. Each one authenticates, calls one
//! function of `server::service` (which authorises within the caller's
//! organisation) and returns `AppError` on failure. No file here imports another.

pub mod auth;
pub mod boosts;
pub mod channels;
pub mod confirmation;
pub mod import;
pub mod language;
pub mod mail;
pub mod objectives;
pub mod org;
pub mod passkeys;
pub mod ppp;
pub mod push;
pub mod reflections;
pub mod scim;
pub mod sso;
pub mod survey;
pub mod teams;
pub mod tokens;
pub mod vote;
pub mod waves;

#[cfg(test)]
mod tests {
    use crate::domain::draft::DraftForm;
    use leptos::server_fn::ServerFn;

    /// The browser sends queued drafts to addresses it knows without the
    /// server functions (see `DraftForm::endpoint`).
    #[test]
    fn drafts_go_to_the_server_functions_of_their_forms() {
        assert_eq!(DraftForm::TeamObjective.endpoint(), super::objectives::CreateTeamObjective::url());
        assert_eq!(DraftForm::Ppp.endpoint(), super::ppp::SavePpp::url());
    }

    /// The passkey island, too, knows its server functions by address.
    #[test]
    fn the_passkey_island_calls_the_passkey_server_functions() {
        use crate::ui::islands::passkey::PasskeyMode;
        assert_eq!(PasskeyMode::Add.options_path(), super::passkeys::PasskeyAddOptions::url());
        assert_eq!(PasskeyMode::Add.answer_path(), super::passkeys::AddPasskey::url());
        assert_eq!(PasskeyMode::SignIn.options_path(), super::passkeys::PasskeySignInOptions::url());
        assert_eq!(PasskeyMode::SignIn.answer_path(), super::passkeys::PasskeySignIn::url());
    }
}
