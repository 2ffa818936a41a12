# Logging in, signing up, passwords, confirming an address, joining.

field-email = E-mail
field-password = Password
field-password-hint = At least 8 characters.
field-your-name = Your name
field-new-password = New password
field-current-password = Current password

login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-new = New to Mistvine?
login-create-account = Create your account
login-passkey = Passkey
login-sso = Single sign-on
login-sso-through = { $org } signs in through { $provider }.
login-sso-button = Sign in with { $provider }
login-sso-email = Your work address
login-sso-email-hint = The e-mail address your organisation gave you: if it signs in through its identity provider, its button appears here.
login-sso-continue = Continue with single sign-on

signup-owner = You will be its owner. Invite your colleagues once you are in.
signup-org-name = Organisation name
signup-org-name-hint = Your company or department, as your colleagues call it.
signup-submit = Create workspace
signup-have-account = Already have an account?

signed-out-title = Signed out
signed-out-heading = You are signed out
signed-out-text = You are signed out of Mistvine on this device.
signed-out-provider = You may still be signed in to { $provider }, which would sign you in here again without asking.
signed-out-provider-button = Also sign out of { $provider }
signed-out-again = Log in again

forgot-title = Reset your password
forgot-sent = If an account uses that address, a link to choose a new password is on its way. It works once, for { $minutes } minutes. Nothing there after a few minutes? Look in your spam folder, or ask again.
forgot-text = Enter the e-mail address you log in with, and we will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-back = Back to log in
reset-title = Choose a new password
reset-new-link = Ask for a new link
reset-text = For { $email }. Setting it signs you out on every other device and revokes your API tokens.
reset-submit = Set new password

confirm-title = Confirm your e-mail address
confirm-text = This confirms that the address the link was sent to is yours, and signs you in. If the e-mail offered you a workspace or an organisation, you get it too.
confirm-submit = Confirm my address
confirm-log-in-instead = Log in instead
inbox-title = Check your inbox
inbox-text = We sent a link to the address you gave. Open it to confirm that the address is yours: you join the organisation then, and are signed in. The link works for a week.
inbox-hint = Already have an account with that address? The e-mail lets you join with it. Nothing after a few minutes? Look in your spam folder.

join-title = Join an organisation
join-heading = Join { $org } on Mistvine
join-already = You are already a member of { $org }.
join-submit = Join
join-as = You will join as { $name }.
join-signup-submit = Create account and join
join-log-in = Log in to join
join-invited = { $inviter } invited you to work with them in { $org }.
