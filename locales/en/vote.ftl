## The vote page (/vote) and the confidence scale
score-1 = Struggling
score-2 = Concerned
score-3 = Steady
score-4 = Confident
score-5 = Exceeding
vote-title = Vote
vote-heading = This week's confidence
vote-closed = Voting is closed: today is outside the active wave's weeks.
vote-no-wave = No wave is active, so there is nothing to vote on yet.
vote-lead = { $wave } · week { $week } of { $weeks }
vote-anonymity = How confident are you that each objective will be reached? Votes are anonymous: nobody, admins included, can see how you voted. Results appear only as averages of at least { $min } people. You can change this week's vote from this browser until the week ends, up to { $changes } times per objective.
vote-who-joined = See who joined when.
vote-progress = { $voted } of { $total } voted this week
vote-nothing = There are no objectives to vote on yet.
vote-from-week = You vote on this objective from week { $week } ({ $day }). { vote-why-wait }
vote-from-next-wave = You vote on this objective from the next wave on. { vote-why-wait }
vote-wave-objective = Wave objective
vote-voted-mine = Voted ✓ — your vote: { $score } { $name }
vote-changes-left = { $count ->
        [0] no more changes this week
        [one] 1 change left this week
       *[other] { $count } changes left this week
    }
vote-voted-elsewhere = Voted ✓ (from another browser)
vote-not-yet = Not voted yet
vote-legend = Your confidence in { $title }
vote-with-you = Voting with you:
vote-alone = Nobody else votes on this objective this week, so its results stay hidden.
