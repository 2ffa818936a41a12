# What the weekly rhythm says in chat (Slack and Microsoft Teams): in the
# organisation's language in a channel, in the person's in a direct
# message. Links to Mistvine's pages, never a vote or a score.

## Microsoft Teams cards
teams-nudge-title = { $org }: this week's vote is open
# { $week } is mail-week.
teams-nudge-text = It is { $week } of { $wave }. How confident are you in the objectives you work on? It takes a minute on Mistvine's vote page, and no one can see how you voted.
teams-nudge-ppp = Each team writes its PPP for the week too: progress, plans, problems.
chat-vote = Vote
teams-write-ppp = Write your team's PPP
chat-digest-title = { $org } — { $wave }, { $week }
chat-digest-intro = What needs a leader this week:
teams-fact-problems = Problems not yet solved
teams-fact-boosts = Boosts waiting for a team
teams-fact-stale = Of those, waiting over a week
teams-fact-disagree = Objectives where the numbers and the crowd disagree
chat-newest-problems = Newest problems
chat-boosts-longest = Boosts waiting longest
chat-confidence-dropped = Confidence dropped two weeks running
teams-anonymous = Confidence shows only where enough people voted, as on the dashboard; no one's vote is in this card.
chat-open-dashboard = Open the dashboard

## Slack messages
slack-reminder-head = { $org }: this week's vote
slack-reminder-when = it is { $week } of { $wave }.
slack-reminder-ask = How confident are you in the objectives you work on? It takes a minute on Mistvine's vote page, and no one can see how you voted.
slack-vote-on = Vote on { $title }
slack-write-ppp = Write { $team }'s PPP
slack-ppp-intro = Your team's PPP for this week (progress, plans, problems):
# { $link } is slack-account-page, linked.
slack-reminders-off = Reminders in Slack can be turned off on { $link }.
slack-account-page = your account page
slack-reminder-text = { $org }: this week's vote ({ $week })
slack-digest-problems = Problems from PPP updates not yet solved: { $count }
slack-digest-boosts = Boosts waiting for a team: { $count } ({ $stale } for more than a week)
slack-digest-disagree = Objectives where the numbers and the crowd disagree: { $count }
slack-anonymous = Confidence shows only where enough people voted, as on the dashboard; no one's vote is in this message.

## Answers to /mistvine, in the linked person's language
slack-gone = Mistvine is not connected to this Slack workspace any more.
slack-command-not-linked = Your Slack account is not linked to Mistvine yet: Mistvine links people whose Slack address is their confirmed Mistvine address. Ask an admin to link people again after you joined.
slack-not-member = You are not a member of this organisation in Mistvine any more.
slack-help = What /mistvine does:
slack-usage-list = list your key results and their numbers
slack-usage-check-in = check in on key result 42: its new value, and a note if you like
slack-usage-ppp = write your team's PPP for this week
slack-usage-vote = a link to this week's vote (votes happen in Mistvine, never in Slack)
# { $link } is slack-vote-now, linked.
slack-vote-page = This week's vote is on Mistvine's own page, where no one can see how you voted: { $link }.
slack-vote-now = vote now
# { $link } is slack-see-objective, linked.
slack-checked-in = Checked in. { $link }.
slack-see-objective = See the objective
slack-no-krs = Your teams have no key results in a running wave.
slack-krs = Your teams' key results; check in with /mistvine checkin NUMBER VALUE [note]:
slack-no-team = You are in no team yet, so there is no PPP for you to write.
slack-no-week = PPP updates are written during an active wave's weeks.
slack-modal-failed = Slack did not open the form. Try again, or write the PPP on your team's page in Mistvine.
slack-modal-title = Your team's PPP
slack-modal-team = Team
slack-modal-progress-hint = What moved forward this week; one item per line.
slack-modal-plans-hint = What the team will do next.
slack-modal-problems-hint = What blocks the team; leaders see these.
slack-modal-save = Save PPP
slack-modal-cancel = Cancel
