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
