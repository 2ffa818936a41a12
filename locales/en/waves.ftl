## Waves: the list, planning one, a wave's page
waves-title = Waves
waves-none = No waves yet. A wave is a 2 to 6 week cycle with a few objectives everyone aligns to.
waves-current = Current
waves-planned = Planned
waves-past = Past waves
waves-plan = Plan a wave
waves-name = Name
waves-name-hint = e.g. Q3 wave 1
waves-first-day = First day
waves-last-day = Last day
waves-last-day-hint = 2 to 6 weeks after the first day
waves-plan-submit = Plan wave
wave-state-planned = Planned
wave-state-active = Active
wave-state-reflecting = Reflecting
wave-state-closed = Closed
wave-clock-starts = starts in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $total } days long
wave-clock-day = day { $day } of { $total }, { $left ->
        [one] { $left } day
       *[other] { $left } days
    } remaining
wave-clock-ended = ended: all { $total } days are behind us
wave-start = Start the wave
wave-end = End the wave and reflect
wave-close = Close the wave
wave-end-warning = Ending the wave stops this wave's votes, check-ins and new objectives, and opens reflection for every team. It cannot be undone.
wave-close-warning = Closing the wave ends reflection: reflections and grades can no longer change. It cannot be undone.
wave-no-objectives = No objectives yet. Leaders set 1 to a few objectives; teams then align their own to them.
wave-new-objective = New wave objective
wave-why-hint = Teams align to the why: say what changes for customers or the company.
wave-owner-optional = Owner (optional)
