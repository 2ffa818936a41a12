# Present mode: the active wave on an all-hands screen.

present-title = Present
present-no-wave = No wave is running
present-no-wave-hint = Present mode shows the active wave. Start one on the Waves page.
present-waves = Waves
present-slides = Slides
present-slide-wave = The wave
present-slide-objectives = Objectives
present-slide-confidence = Confidence
present-slide-boosts = Boosts
present-slide-link = { $number } { $title }
present-next-in = Next slide in { $seconds } s ·
present-pause = Pause
present-paused = Paused ·
present-resume = Resume
present-exit = Exit
present-days-left = { $count ->
        [one] day left
       *[other] days left
    }
present-week-of = Week { $week } of { $weeks } ·
present-gone = { $dates } · { $share } of the wave gone
present-gone-label = Share of the wave gone
present-counts = { $objectives ->
        [one] { $objectives } objective
       *[other] { $objectives } objectives
    } · { $teams ->
        [one] { $teams } team
       *[other] { $teams } teams
    } · { $boosts ->
        [one] { $boosts } open boost
       *[other] { $boosts } open boosts
    }
present-objectives-none = Leaders have not set objectives for this wave yet.
present-time-line = The line on each bar is where time says we should be: { $share } of the wave.
present-aligned = { $count ->
        [one] { $count } team aligned
       *[other] { $count } teams aligned
    }
present-confidence-hint = Anonymous weekly votes on each wave objective, from 1 (Struggling) to 5 (Exceeding).
present-confidence-none = No wave objectives to vote on yet.
present-open-boosts = Open boosts: { $count }
present-boosts-none = No team is waiting for help right now.
present-boosts-cut = The { $shown } waiting longest.
present-boosts-all = Longest waiting first.
present-can-you-help = Can your team help?
present-boost-line = { $asks } · waiting { $waiting }
waiting-today = since today
waiting-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
