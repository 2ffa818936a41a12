## The dashboard (home page during a wave)
dash-days-remaining = { $count ->
        [one] day remaining
       *[other] days remaining
    }
dash-elapsed = { $share } of the wave elapsed
dash-elapsed-label = Share of the wave elapsed
dash-present = Present on a screen
dash-present-hint = the wave for an all-hands, advancing by itself.
dash-flagged = { $count ->
        [one] { $count } needs
       *[other] { $count } need
    } support: progress trails the time elapsed or confidence keeps dropping.
dash-wave-objectives = Wave objectives
dash-no-objectives = Leaders have not set objectives for this wave yet.
dash-disagree = Where the numbers and the crowd disagree ({ $count })
dash-disagree-hint = Key results on pace while the people voting are worried, or far behind while they are confident.
dash-disagree-cut = The { $shown } furthest from the wave's clock are listed, wave objectives first.
dash-disagree-all = Wave objectives first.
dash-open-boosts = Open boosts: { $count }
dash-no-stale-boosts = None has waited more than a week.
dash-stale-boosts = { $total } waited more than a week.
dash-stale-boosts-cut = { $total } waited more than a week; the { $shown } longest waiting first.
dash-open-over-week = open over a week
dash-boost-asks = { $from } asks { $to }
dash-boost-asks-anyone = { $from } asks anyone
dash-open-problems = Open problems ({ $count })
dash-problems-cut = The { $shown } newest; every team's updates are in the PPP feed.
dash-week = week { $week }
dash-boost-done = Its boost is done.
dash-mark-solved = Solved? Mark it on the boost
dash-teams = Teams
dash-no-teams = No teams yet.
dash-teams-need-support = { $count } of { $total } need support.
dash-teams-cut = The { $shown } that need it most are listed;
dash-every-team = see every team.
dash-confidence-falling = confidence dropped two weeks running
dash-progress-of = Progress of { $title }
dash-aligned-teams = { $count ->
        [one] { $count } team aligned
       *[other] { $count } teams aligned
    }
dash-team-objective-of = Team objective of { $team }
dash-score-of = Score of { $team }
dash-objectives = { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }
dash-team-no-objectives = No objectives in this wave yet.
progress-time-elapsed = time elapsed
progress-needs-support = needs support
divergence-worried = On pace, crowd worried
divergence-confident = Behind, crowd confident
divergence-worried-note = The key results are on pace ({ $progress } % done with { $elapsed } % of the wave gone), but the people voting are worried: week { $week } averages { $average } of 5, Concerned or worse. Ask the team what the numbers miss.
divergence-confident-note = The key results are far behind ({ $progress } % done with { $elapsed } % of the wave gone), yet the people voting are confident: week { $week } averages { $average } of 5. Ask the team what they know that the numbers do not show, or whether the key results still measure the goal.
kr-value = { $value }
kr-value-unit = { $value } { $unit }
kr-value-percent = { $value } %
kr-done = done
kr-not-done = not done
