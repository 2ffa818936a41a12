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

## E-mail

account-email = E-mail
account-email-off = This server sends no e-mail at the moment; your choices apply once it does.
account-email-reminders = Weekly reminder to vote and to write my team's PPP
account-email-digest = Friday digest for leaders: open problems, waiting boosts, confidence that dropped
account-email-save = Save e-mail choices

## Things kept on the account: passkeys, devices

account-remove = Remove
account-remove-label = Remove { $name }
# { $last } is when it was last used, or that it never was.
account-added-line = Added { $added } · { $last }

passkeys-title = Passkeys
passkeys-hint = A passkey signs you in with your device's screen lock or a security key instead of your password. It cannot be phished or guessed, and it counts against the same log-in limits as a password.
passkeys-added = Passkey added. Use it next time under “Sign in with a passkey”.
passkeys-none = No passkeys yet.
passkeys-need-name = Passkeys work only when this server is reached by its name, not an IP address: ask your admin to set the public URL.

push-on = Notifications are on for this device.
push-test-sent = A test notification is on its way to each of your devices.
push-title = Phone notifications
push-hint = Get the weekly reminder to vote as a notification on your phone or computer. It opens the vote page; it never shows a score.
push-none = No device gets notifications yet.
push-org-off = Your organisation's admins have turned notifications off: none are sent for now.
push-test = Send a test notification
push-reminders = Weekly reminder as a notification on my devices
push-save = Save notification choice
push-nothing-sent = nothing sent yet
push-last-sent = last notified { $day }

slack-title = Slack
slack-linked = Your Slack account in { $workspace } is linked: the weekly reminder comes as a message from Mistvine, and /mistvine checks in and writes your team's PPP.
slack-not-linked = Your organisation uses Slack ({ $workspace }), but your Slack account is not linked: Mistvine links people whose Slack address is their confirmed address here.
slack-reminders = Weekly reminder as a Slack message
slack-save = Save Slack choice

## API tokens

tokens-title = API tokens
tokens-hint = Other tools read this organisation's waves, objectives, boosts and confidence (as the pages show it) with a token, and one that may check in updates your key results. Each token may make { $per_minute } requests a minute. The API is described at /api/v1/openapi.json.
tokens-name = Token name
tokens-name-hint = What uses it, e.g. “Sprint board sync”.
tokens-scope = What it may do
tokens-scope-read = Read
tokens-scope-check-in = Read and check in
tokens-works-for = Works for
tokens-days = { $days } days
tokens-password = Your password
tokens-password-hint = A token is a lasting way in: confirm it is you.
tokens-make = Make token
tokens-new = Your new token: copy it now, it is not shown again
tokens-none = No tokens yet.
tokens-revoke = Revoke
tokens-revoke-label = Revoke { $name }
tokens-never-used = never used
tokens-last-used = last used { $day }
tokens-expired = expired { $day }
tokens-works-until = works until { $day }
tokens-line = Made { $made } · { $ends } · { $used }

## The passkey form (also on the log-in page) and the notifications form

passkey-add = Add a passkey
passkey-sign-in = Sign in with a passkey
passkey-name = Passkey name
passkey-name-hint = Which device or password manager keeps it, e.g. “Work laptop”.
passkey-needs-script = Passkeys need JavaScript in this browser.
passkey-unsupported = This browser cannot use passkeys.
passkey-unreachable = Could not reach the server. Check your connection and try again.
passkey-unreadable = The server's passkey challenge could not be read. Reload the page and try again.
passkey-cancelled = No passkey was used: the prompt was closed or timed out.
passkey-already-kept = This device already keeps a passkey for your account.
passkey-not-allowed-here = This browser does not allow passkeys for this address.
passkey-failed = The browser could not use a passkey here.

push-device-name = Device name
push-device-name-hint = So you know which one to remove later, e.g. “Phone”.
push-turn-on = Turn on notifications on this device
push-needs-script = Notifications need JavaScript in this browser.
push-unsupported = This browser cannot show notifications from a web page. On an iPhone, add Mistvine to the home screen first.
push-cannot-show = This browser cannot show notifications.
push-blocked = Notifications are blocked for this site. Allow them in the browser's site settings, then try again.
push-no-worker = This page has no service worker yet. Reload it and try again.
push-worker-failed = The service worker did not start. Reload the page and try again.
push-cannot-receive = This browser cannot receive push messages.
push-no-answer = The browser's push service did not answer. Check your connection and try again.
push-no-subscription = The browser gave no subscription.
push-bad-key = The server's notification key is unreadable. Reload the page.

## Where one is signed in (browser and system are product names)

device-browser-on = { $browser } on { $system }
device-some-browser-on = A browser on { $system }
device-other = Another program
