# The app's frame: top bar, navigation, notices every page may show, the
# home page and the language switch. Placeholders ({ $name }) are filled in
# by the app; keep them, move them where your language needs them.

app-description = Mistvine: strategy flows down, honesty flows up, teams execute.

## Top bar and navigation

nav-skip = Skip to content
nav-account-label = Account
nav-main-label = Main
nav-more-label = More
nav-scorecard = Scorecard
nav-log-in = Log in
nav-start-workspace = Start a workspace
nav-home = Home
nav-vote = Vote
nav-ppp = PPP
nav-boosts = Boosts
nav-menu = Menu
nav-confidence = Confidence
nav-survey = Survey
nav-waves = Waves
nav-teams = Teams
nav-drafts = Drafts
nav-admin = Admin
nav-organisation = Organisation
nav-switch-org = Switch
nav-your-account = { $email } — your account
nav-log-out = Log out

confirm-banner-label = Confirm your e-mail address
confirm-banner-text = Confirm your e-mail address: open the link we sent to { $email }. Until then it cannot log in with its password on another device, join another organisation or start another workspace.
confirm-banner-resend = Send the link again

language-switch-label = Language
language-switch-submit = Change

## What a page shows when its data could not be loaded

notice-log-in-title = Please log in
notice-log-in-text = You need to be signed in to see this page.
notice-not-found = Not found
notice-not-right = Something is not right
notice-back-home = Back to the home page
notice-loading = Loading…

not-found-title = Page not found
not-found-text = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the home page

## Roles in an organisation

role-owner = Owner
role-admin = Admin
role-leader = Leader
role-member = Member

## Home

home-hero-title = Strategy flows down. Honesty flows up. Teams execute.
home-hero-text = Mistvine helps leaders set a few objectives for a short wave, lets every team write its own aligned objectives and own the how, and brings honest signals back up: anonymous confidence votes, weekly updates and requests for help between teams.
# { $link } is the link whose words are home-scorecard-link.
home-scorecard-invite = Not sure where your organisation stands? { $link }, no account needed.
home-scorecard-link = Take the two-minute Aligned Autonomy Scorecard
home-welcome = Welcome, { $name }
home-getting-started = Getting started
home-step-team = Create your first team
home-step-team-why = Teams write their own objectives and vote on them.
home-step-invite = Invite your colleagues
home-step-invite-why = Share an invite link; they join as members.
home-step-wave = Plan and start a wave
home-step-wave-why = Set a 2 to 6 week wave and its few objectives; teams align to them.
home-step-done = (done)
home-steps-by-leads = Admins and leaders of your organisation set these up.
home-your-teams = Your teams
home-no-team = You are not in a team yet.
home-all-teams = See all teams
home-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
home-org-counts = { $people ->
    [one] { $people } person
   *[other] { $people } people
} and { $teams ->
    [one] { $teams } active team
   *[other] { $teams } active teams
} in your organisation.

## Lists: "A, B and C" ({ $init } is all but the last, already joined by commas)

list-and = { $init } and { $last }

## Who else votes or answers (a made-up account added to read a vote shows up here)

# { $lead } is the start of the line, e.g. "Voting with you:".
co-voters-count = { $lead } { $count } people. Joined recently:
co-voters-nobody = nobody.
co-voters-new = { $name } (new: joined { $joined })
