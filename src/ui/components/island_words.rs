//! The islands' words, translated on the server and handed to each island
//! with its props: the browser downloads no translations.

use crate::t;
use crate::ui::islands::passkey::{PasskeyMode, PasskeyWords};
use crate::ui::islands::push::PushWords;

pub fn passkey(mode: PasskeyMode) -> PasskeyWords {
    PasskeyWords {
        button: match mode {
            PasskeyMode::Add => t!("passkey-add"),
            PasskeyMode::SignIn => t!("passkey-sign-in"),
        },
        name_label: t!("passkey-name"),
        name_hint: t!("passkey-name-hint"),
        needs_script: t!("passkey-needs-script"),
        unsupported: t!("passkey-unsupported"),
        unreachable: t!("passkey-unreachable"),
        unreadable: t!("passkey-unreadable"),
        cancelled: t!("passkey-cancelled"),
        already_kept: t!("passkey-already-kept"),
        not_allowed_here: t!("passkey-not-allowed-here"),
        failed: t!("passkey-failed"),
    }
}

pub fn push() -> PushWords {
    PushWords {
        label: t!("push-device-name"),
        hint: t!("push-device-name-hint"),
        button: t!("push-turn-on"),
        needs_script: t!("push-needs-script"),
        unsupported: t!("push-unsupported"),
        cannot_show: t!("push-cannot-show"),
        blocked: t!("push-blocked"),
        no_worker: t!("push-no-worker"),
        worker_failed: t!("push-worker-failed"),
        cannot_receive: t!("push-cannot-receive"),
        no_answer: t!("push-no-answer"),
        no_subscription: t!("push-no-subscription"),
        bad_key: t!("push-bad-key"),
    }
}
