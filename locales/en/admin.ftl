# The admin page.

org-language-title = Language
org-language-label = The organisation's language
org-language-browser = Each person's browser language
org-language-hint = For everyone who has not chosen their own language on their account page: their pages and e-mails, and the organisation's chat messages.
org-language-submit = Save language

## Who joined when (/members/history)
membership-title = Who joined when
membership-hint = Every change of who belongs to the organisation and its teams, newest first. People who join during a week vote on their objectives from the next week on.
membership-none = Nothing has changed yet.
membership-joined = { $person } joined the organisation
membership-joined-sso = { $person } joined the organisation through single sign-on
membership-joined-scim = { $person } joined the organisation, provisioned by its identity provider
membership-left = { $person } left the organisation
membership-left-scim = { $person } left the organisation, deprovisioned by its identity provider
# $role is owner, admin, leader or member.
membership-role = { $person } became { $role ->
        [owner] owner
        [admin] admin
        [leader] leader
       *[member] member
    }
membership-team-joined = { $person } joined the team { $team }
membership-team-left = { $person } left the team { $team }
membership-a-team-joined = { $person } joined a team
membership-a-team-left = { $person } left a team
# { $what } is one of the lines above.
membership-by = { $what } (by { $by })

## The admin page: invites, members, export, audit log
admin-title = Admin
invite-title = Invite people
invite-intro = An invite link lets one person join as a member within 7 days, until you revoke it. A link for several people lasts 24 hours. Everyone can see who joined when.
invite-no-public-url = Links in invites and e-mails point to { $base }, the address this server listens on, because no public address is set. If people reach Mistvine at another address, start it with --public-url (MISTVINE_PUBLIC_URL).
invite-new-link = New invite link — copy it now, it is shown only once
invite-uses = How many people may join with it
invite-create = Create invite link
invite-open = Open invite links
invite-line = Created by { $by }, for { $left ->
        [one] { $left } more person
       *[other] { $left } more people
    }, expires { $expires }
invite-revoke = Revoke
export-title = Export
export-text = Everything this organisation wrote, as one JSON file: members, teams, waves, objectives, key results with their check-ins, PPP updates, boosts and reflections. Confidence and survey results are in it only as the pages show them (from the threshold); nothing in it tells how anyone voted or answered, or who did.
export-download = Download the export (JSON)
audit-title = Audit log
audit-hint = What admins and leaders changed, newest first. Votes and survey answers never appear here.
# { $action } is one of the audit- messages below, said of { $actor }.
audit-line = { $at } · { $actor } { $action }
members-title = Members ({ $total })
members-matching = Members matching “{ $find }” ({ $total })
members-find = Find a person (name or e-mail)
members-find-submit = Find
members-none = Nobody matches.
member-role-of = Role of { $name }
member-remove = Remove { $name } from the organisation
member-remove-ask = Remove…
member-remove-warning = { $name } loses access to this organisation at once; their past votes stay counted, anonymously. Only a new invite brings them back.
member-save-role = Save role
members-roles-hint = Owners and admins run the workspace; leaders set the organisation's objectives; members write their team's.
# $role is owner, admin, leader or member.
members-you-are = You are { $role ->
        [owner] owner
        [admin] admin
        [leader] leader
       *[member] member
    }.

## Confidence votes
votes-title = Confidence votes
votes-threshold = Voters needed before results show
votes-threshold-hint = At least 3, so nobody's vote can be singled out.
votes-live = Show this week's results before the week ends
votes-live-hint = Live results show from { $step } votes and then move only in steps of at least { $step } new votes (twice the minimum), so that reading them before and after someone votes (or changes a vote) never shows that person's vote, even to { $colleagues } colleagues who know their own votes and when someone else voted. The week's final result follows the same rule: up to { $unshown } of the last votes of a week may not show.
votes-save = Save voting settings

## E-mail
mail-title = E-mail
mail-off = This server sends no e-mail: no SMTP server is set up (see docs/email.md). Invite people with a link, above. The schedule below applies once e-mail is on.
mail-invite-title = Invite by e-mail
mail-invite-sent = Invite sent. Its link works once, for 7 days.
mail-invite-address = Their e-mail address
mail-invite-hint = They get a single-use link to join; it works for 7 days.
mail-invite-send = Send invite
mail-weekly-title = Weekly e-mails
mail-weekly-hint = Everyone gets a reminder to vote and to write their team's PPP once a week (each person can turn it off on their account page). Owners, admins and leaders also get a digest on Fridays at the same time: open problems, waiting boosts and confidence that dropped, counted only where enough people voted.
mail-time-zone = Time zone
mail-time-zone-hint = By name, like Europe/Berlin, America/New_York or UTC.
mail-reminder-day = Reminder day
mail-time = Time of day
mail-time-hint = In the time zone above; the Friday digest goes at the same time.
mail-save = Save e-mail schedule

## Notifications and chat
channels-title = Notifications and chat
channels-saved = Channels saved.
channels-teams-connected = Teams channel connected: the next weekly nudge and digest are posted there.
channels-push = Members may get the weekly reminder as a phone notification (each turns it on on their account page)
channels-teams-on = Post the weekly nudge and the leaders' digest to Microsoft Teams (once a channel is connected below)
channels-save = Save channels
teams-title = Microsoft Teams
teams-connected = Connected on { $day } to a workflow at { $host }.
teams-disconnect = Disconnect Teams
teams-hint = In Teams, add the workflow "Post to a channel when a webhook request is received" to the channel, copy its URL and paste it here. Posts carry links to Mistvine; no one votes in Teams.
teams-url = Workflow URL
teams-connect = Connect Teams channel
slack-outcome-connected = Slack connected. People whose Slack address is their confirmed address here are being linked.
slack-outcome-saved = Slack settings saved.
slack-outcome-syncing = Linking people to Slack again; the count below updates in a moment.
slack-outcome-disconnected = Slack disconnected: nothing more is sent there.
slack-outcome-denied = Slack was not added: the request was declined on Slack's page.
slack-outcome-stale = Adding Slack took too long or was started by someone else. Start again with "Add to Slack".
slack-outcome-taken = That Slack workspace is connected to another organisation on this server. Disconnect it there first.
slack-outcome-unavailable = This server is not set up as a Slack app yet (see docs/notifications.md), or you are not an admin.
slack-outcome-failed = Slack did not give Mistvine access. Try again.
slack-unavailable = This server is not set up as a Slack app: its operator gives it the app's client id and secrets (docs/notifications.md). Then admins add it to their workspace here.
slack-add-hint = Add Mistvine to your Slack workspace: people get the weekly reminder as a direct message, leaders' digest goes to a channel you pick, and /mistvine checks in and writes the PPP. Votes stay in Mistvine.
slack-add = Add to Slack
slack-connected-to = Connected to the Slack workspace { $workspace } on { $day }.
org-slack-linked = { $count } people linked by their verified address (last linked: { $synced }).
slack-not-yet = not yet
slack-channel = Channel for the leaders' digest
slack-channel-hint = Its name (#okr-leads) or id; blank: no digest in Slack. The digest lists problems and boosts, never a vote.
slack-on = Send the weekly reminder and digest to Slack
org-slack-save = Save Slack settings
slack-relink = Link people again
slack-disconnect = Disconnect Slack
slack-add-again = Add to Slack again
slack-add-again-after = (after changing the app's permissions).

## Single sign-on
sso-title = Single sign-on
sso-hint = People sign in through your identity provider (Microsoft Entra ID, Google Workspace, Okta, Keycloak…) with OpenID Connect. Register Mistvine there as a web application with this redirect URI and the scopes openid, email and profile (docs/single-sign-on.md has each provider's steps):
sso-address = Your organisation's sign-in address:
sso-label = Provider's name
sso-label-hint = On the log-in button: “Sign in with …”, e.g. Okta.
sso-issuer = Issuer URL
sso-issuer-hint = The provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0.
sso-client-id = Client ID
sso-secret = Client secret
sso-secret-hint = Kept sealed with the server's vote key, never shown again. Leave empty to keep the saved one.
sso-domains = E-mail domains it vouches for
sso-domains-hint = Separated by commas, e.g. example.com, example.org. People of these domains join as members at their first sign-in.
sso-required = Require single sign-on
sso-required-hint = Members can then no longer log in with a password (their password sessions end now). Owners keep their password, so a provider that is down or misconfigured cannot lock the organisation out.
sso-save = Save single sign-on
sso-connect = Connect provider
sso-disconnect-ask = Disconnect provider…
sso-disconnect-warning = People then sign in with a password again; those who never set one use “Forgot your password?”. Connecting the same provider later signs everyone into the same accounts.
sso-disconnect = Disconnect provider

## Provisioning (SCIM)
scim-title = Provisioning (SCIM)
scim-hint = Your identity provider (Entra ID, Okta…) can add and remove members and keep teams in step with its groups through SCIM 2.0: people it deactivates leave the organisation at once (their sessions and API tokens end). Give it this address and a token (docs/single-sign-on.md has each provider's steps).
scim-address = Address:
scim-new-token = Your new SCIM token: copy it into the provider now, it is not shown again
scim-token-in-use = A token made { $day } is in use.
scim-no-token = No token yet: nothing provisions this organisation.
scim-remake = Make a new token (the old one stops working)
scim-make = Make a SCIM token
scim-revoke-ask = Revoke the token…
scim-revoke-warning = The provider can then no longer add or remove anyone until you make a new token.
scim-revoke = Revoke the SCIM token

## The audit log's entries: what someone did, said after their name
audit-team-archived = archived the team { $team }
audit-team-restored = restored the team { $team }
audit-scim-token-made = made a new SCIM token (the previous one, if any, stopped working)
audit-scim-token-revoked = revoked the SCIM token
# { $what } is one of the audit-scim- messages below.
audit-scim = through SCIM: { $what }
audit-scim-added = added { $name } ({ $email })
audit-scim-deactivated = deactivated { $name }
audit-scim-reactivated = reactivated { $name }
audit-scim-removed = removed { $name }
audit-scim-group-made = made the group { $group }
audit-scim-group-changed = changed the group { $group }
audit-scim-group-archived = archived the group { $group }
audit-slack-connected = connected the Slack workspace { $workspace }
audit-slack-disconnected = disconnected Slack
audit-slack-channel = set the Slack digest channel to { $channel }
audit-slack-no-digest = stopped the Slack digest
audit-slack-on = turned Slack messages on
audit-slack-off = turned Slack messages off
audit-survey-opened = opened the survey of { $wave }
audit-survey-closed = closed the survey
audit-invite-emailed = e-mailed an invite link to { $email }
audit-mail-schedule = set the weekly e-mails to { $day } { $time } ({ $zone })
# $role is owner, admin, leader or member.
audit-role = made { $person } { $role ->
        [owner] owner
        [admin] admin
        [leader] leader
       *[member] member
    }
audit-removed = removed { $person } from the organisation
audit-invite-created = created an invite link for { $uses ->
        [one] one person
       *[other] { $uses } people
    }
audit-invite-revoked = revoked an invite link
# $push and $teams are on or off.
audit-channels = turned phone notifications { $push ->
        [on] on
       *[off] off
    } and Teams posts { $teams ->
        [on] on
       *[off] off
    }
audit-teams-connected = connected a Teams channel (a workflow at { $host })
audit-teams-disconnected = disconnected the Teams channel
# $live is on or off.
audit-votes = set results to show from { $threshold } voters, live results { $live ->
        [on] on
       *[off] off
    }
# $scope is read or check_in.
audit-token-made = made an API token "{ $name }" ({ $scope ->
        [read] read
       *[check_in] read and check in
    }, { $days } days)
audit-token-revoked = revoked an API token
audit-took-over = took this workspace over by confirming its e-mail address (the account that started it left)
audit-exported = exported the organisation's data
# { $objectives } counts the objectives created; { $wave } is the wave's name.
audit-imported = imported { $objectives ->
    [one] one objective
   *[other] { $objectives } objectives
} into { $wave } from a spreadsheet
audit-language = set the organisation's language to { $language }
audit-language-browser = let each person's browser choose the language
audit-sso-connected = connected single sign-on through { $provider } ({ $domains })
audit-sso-changed = changed single sign-on through { $provider } ({ $domains })
audit-sso-required = required single sign-on ({ $ended ->
        [one] { $ended } password session ended
       *[other] { $ended } password sessions ended
    })
audit-sso-optional = stopped requiring single sign-on
audit-sso-disconnected = disconnected single sign-on
# { $from } and { $to } are a wave's states (planned, active, reflecting, closed).
audit-wave-moved = moved the wave { $wave } from { $from } to { $to }

# Bringing an organisation in from another installation (its export), on the admin page.
restore-title = Bring an organisation in
restore-hint = Moving from another Mistvine server? Upload the export its admins downloaded there. It fills this organisation, which must be empty (you its only member), with everything the export holds: people (matched by e-mail address; new ones set a password with “Forgot your password?”), teams, waves, objectives with their check-ins, PPP updates, reflections, boosts, and confidence and survey results as they were shown.
restore-file-label = Export file (.json)
restore-button = Bring it in
restore-choose-file = Choose the export file to upload.
restore-not-an-export = This is not a Mistvine export, or a damaged one: upload the .json file an admin downloaded with “Download the export”.
restore-not-empty = Only an empty organisation can take an export: this one has teams, waves or other members already. Create a new organisation for it.
restore-owners-only = Only an owner brings an organisation in.
restore-too-big = The file is larger than { $mb } MB, the most one upload takes.
restore-format = This export was written in a format this version of Mistvine does not read: export it again from an installation of this version.
restore-broken-team = The export names a team it does not hold: it is damaged. Download it again.
restore-broken-objective = The export names an objective it does not hold: it is damaged. Download it again.
restore-done = { $objectives ->
    [one] The organisation was brought in, with one objective.
   *[other] The organisation was brought in, with { $objectives } objectives.
}
# { $organisation } is the exported organisation's name.
audit-restored = brought in the export of { $organisation }: { $members } people, { $waves } waves
# { $email } is an address of the export's.
restore-accounts-exist = { $email } has an account on this server already: a restore brings only people new to it, since joining an organisation is theirs to decide. Bring the organisation into a server where they have none, or invite them once it is here.
restore-accounts-here = Some of the export’s people have accounts on this server already: a restore brings only people new to it, since joining an organisation is theirs to decide. Bring the organisation into a server where they have none.
