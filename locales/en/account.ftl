# The account page.

account-title = Your account
account-reset-done = Your new password is set. Every other device was signed out and your API tokens were revoked.
account-confirm-sent = A new confirmation link is on its way to your address.
account-change-password = Change password
account-password-changed = Password changed. Every other device was signed out and your API tokens were revoked.
account-new-password-hint = At least 8 characters. Other devices are signed out and your API tokens revoked.
account-sessions = Where you are signed in
account-sessions-hint = Sessions end after 14 days without use, and 30 days after signing in.
account-sign-out-device = Sign out { $device }
account-this-device = this device
account-session-times = Signed in { $signed_in } · last active { $last_active }
account-sign-out = Sign out
account-sign-out-others-hint = Also revokes your API tokens: make new ones afterwards where you need them.
account-sign-out-others = Sign out everywhere else

language-title = Language
language-label = Mistvine's language for you
language-org-default = Your organisation's language ({ $language })
language-browser-default = Your browser's language
language-hint = Pages and the e-mails Mistvine sends you come in this language.
language-submit = Save language
