## An objective's page, its key results, their charts and check-ins
kr-now = Now { $now } · { $share } % of the way from { $from } to { $to }
kr-milestone-done = Done · 100 %
kr-milestone-not-done = Not done yet · 0 %
kr-chart-week = W{ $week }
kr-chart-target-at = target { $value }
kr-chart-start-at = start { $value }
kr-chart-key-check-ins = check-ins
kr-chart-key-pace = steady pace to the target
kr-chart-key-target = target
kr-chart-none = From { $from } toward { $to } over the wave, { $first } to { $last }. No check-ins yet.
kr-chart-milestone = From { $from } toward { $to } over the wave, { $first } to { $last }. { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }, the latest { $latest }.
## $pace is "ahead" (on or ahead of the steady pace) or "behind".
kr-chart-pace = From { $from } toward { $to } over the wave, { $first } to { $last }. { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }, the latest { $latest }, where the steady pace to the target expected { $expected }: { $pace ->
        [ahead] on or ahead of pace
       *[behind] behind pace
    }.
objective-owner = owner { $name }
objective-contributes = How this contributes to the wave objective
objective-why = Why it matters
objective-disagree = The numbers and the crowd disagree
objective-heat-map = Confidence heat map
objective-weight = weight { $weight }
objective-history = Check-in history ({ $count })
objective-new-state = New state
objective-done = Done
objective-not-done = Not done
objective-new-value = New value
objective-note = Note (optional)
objective-check-in = Check in
objective-aligned = Aligned team objectives ({ $count })
objective-none-aligned = No team has aligned an objective to this one yet.
objective-edit = Edit this objective
objective-title-label = Objective title
objective-rationale-label = Alignment rationale
objective-owner-label = Owner
objective-save = Save changes
person-no-one = No one
person-by-email = { $label }: e-mail address
person-empty-hint = Leave it empty for nobody.
