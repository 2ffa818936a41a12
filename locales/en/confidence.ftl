## The confidence page (/confidence) and its heat map
conf-title = Confidence
conf-no-wave = No wave has started yet, so there are no votes to show.
conf-week-of = week { $week } of { $weeks }
conf-weeks = { $weeks } weeks
conf-hint-live = Averages of anonymous votes from 1 (Struggling) to 5 (Exceeding), shown as soon as { $step } people have voted and only from { $min } voters up.
conf-hint-weekly = Averages of anonymous votes from 1 (Struggling) to 5 (Exceeding), shown once each week has ended and only from { $min } voters up.
conf-team = Team
conf-all-teams = All teams
conf-show = Show
conf-what-to-list = What to list
conf-needs-attention = Needs attention
conf-all-objectives = All objectives
conf-map-attention = Heat map: the wave, and what needs attention
conf-map-page = Heat map: page { $page } of { $pages }
conf-map = Heat map
conf-no-objectives = No objectives here.
conf-pages = Pages
conf-week-detail = Week { $week } in detail
conf-average = Average { $average } from { $count } votes
conf-week-open = The week is still open.
conf-week-not-started = The week has not started.
conf-too-few = Fewer than { $min } votes, so nothing is shown.
conf-attention-none = No team objective has confidence falling two weeks running or at Concerned or lower.
conf-attention-some = Team objectives whose confidence fell two weeks running or is at Concerned or lower (an average under 2.5): { $count }, falling first.
conf-attention-cut = The { $shown } of { $count } flagged team objectives that need a conversation most (falling first, then the lowest); the rest are in All objectives.
conf-by-wave-objective = By wave objective
conf-group = { $aligned ->
        [one] { $aligned } aligned team objective
       *[other] { $aligned } aligned team objectives
    } · { $falling } falling two weeks running · { $low } at Concerned or lower
conf-teams-calm = { $count ->
        [one] 1 other team has
       *[other] { $count } other teams have
    } nothing flagged; pick a team above to see its map.
conf-teams-more = { $more ->
        [one] { $more } more team
       *[other] { $more } more teams
    } with something flagged and { $calm } with nothing flagged; pick a team above to see its map.
conf-by-team = By team
conf-no-team-flagged = No team has an objective falling two weeks running or at Concerned or lower.
conf-team-line = { $flagged } of { $objectives ->
        [one] { $objectives } objective
       *[other] { $objectives } objectives
    } flagged · { $falling } falling two weeks running · { $low } at Concerned or lower
conf-latest-average = latest average { $average }
heat-cell-shown = { $title }, week { $week }: average { $average } from { $count } votes
heat-cell-hidden = { $title }, week { $week }: fewer than { $min } votes (perhaps none), hidden to keep them anonymous
heat-cell-open = { $title }, week { $week }: the week is still open
heat-cell-not-started = { $title }, week { $week }: not started yet
heat-rising = confidence rising
heat-dropping = confidence dropping
heat-steady = confidence steady
heat-row = Weekly confidence in { $title }
heat-week-short = w{ $week }
heat-legend = Legend of the heat map
heat-legend-hidden = fewer than { $min } votes: hidden to keep them anonymous
heat-legend-open = the week is still open
heat-legend-not-started = the week has not started
heat-legend-trend = confidence rising, dropping, steady against the week before
heat-legend-falling = dropped two weeks running
pager-previous = Previous
pager-next = Next
pager-page = Page { $page } of { $pages }
pager-teams = Pages of teams
pager-members = Pages of members
