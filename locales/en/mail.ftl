# E-mails, in their recipient's language. Plain text: each message is a
# paragraph; links and lists are put between them.

mail-hello = Hello { $name },
mail-footer = You get this because weekly e-mails are on for you in Mistvine. Turn them off on your account page: { $link }
mail-invite-subject = { $inviter } invited you to { $org } on Mistvine
mail-invite-body = { $inviter } invited you to join { $org } on Mistvine, where teams write their own objectives for each wave and say honestly how confident they are.
mail-invite-join = Join here (the link works once, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }):
mail-invite-ignore = If you did not expect this, ignore it: nothing happens without the link.
mail-reset-subject = Reset your Mistvine password
mail-reset-body = Someone (we hope you) asked to reset the password of your Mistvine account. Choose a new one here:
mail-reset-valid = The link works once, for { $minutes } minutes. Setting a new password signs you out everywhere.
mail-reset-ignore = If you did not ask, ignore this e-mail: your password stays as it is.
mail-confirm-subject = Confirm your e-mail address for Mistvine
mail-confirm-new = You started the workspace { $org } on Mistvine. Confirm that this address is yours:
mail-confirm-taken-subject = Someone started { $org } on Mistvine with your address
mail-confirm-taken = Someone started the workspace { $org } on Mistvine with this e-mail address, which already has a Mistvine account. If it was you (with another password, perhaps), add { $org } to your account here:
mail-confirm-join-subject = Confirm your e-mail address to join { $org }
mail-confirm-join = You asked to join { $org } on Mistvine. Confirm that this address is yours, and you are in:
mail-confirm-taken-join-subject = Someone asked to join { $org } on Mistvine with your address
mail-confirm-taken-join = Someone asked to join { $org } on Mistvine with this e-mail address, which already has a Mistvine account. If it was you, join { $org } with your account here:
mail-confirm-again = Confirm that this address is yours:
mail-confirm-valid = The link works once, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
mail-confirm-ignore = If you did not ask for this, ignore this e-mail: nothing happens without the link, and no one can sign in with your address.

## The weekly reminder and the leaders' digest (also in chat and notifications)
mail-week = week { $week } of { $weeks }
mail-reminder-subject = { $org }: this week's vote
mail-reminder-subject-ppp = { $org }: this week's vote and PPP
# { $week } is mail-week.
mail-reminder-when = It is { $week } of { $wave } in { $org }.
mail-reminder-vote = Vote: how confident are you in the objectives you work on? It takes a minute, and no one can see how you voted.
mail-reminder-ppp = Write { $team }'s PPP for this week (progress, plans, problems):
mail-digest-subject = { $org }: the week in { $wave }
mail-digest-intro = { $org } — { $wave }, { $week }. What needs a leader this week:
mail-digest-problems = Problems from PPP updates not yet solved: { $count }
mail-digest-boosts = Boosts waiting for a team: { $count } ({ $stale } for more than a week)
mail-digest-not-falling = No objective's confidence dropped two weeks running.
mail-digest-falling = Confidence dropped two weeks running: { $count }
mail-digest-disagree = Objectives where the numbers and the crowd disagree: { $count }. Ask those teams what the numbers miss.
mail-digest-anonymous = Confidence shows only where enough people voted, as on the dashboard; no one's vote is in this e-mail.
mail-digest-dashboard = The dashboard: { $link }
mail-digest-team-objective = an objective of { $team }

## The weekly reminder as a phone notification (its title is mail-reminder-subject)
push-reminder = It is { $week } of { $wave }. How confident are you? It takes a minute, and no one sees how you voted.
