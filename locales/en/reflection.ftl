# The end of a wave: a team's reflection and grades, carrying objectives
# over, every team's reviews on the wave's page, and the calibration of the
# crowd's confidence against the grades.

reflection-on = Reflection on { $wave }
reflection-not-yet = The team has not reflected yet.
reflect-on = Reflect on { $wave }
reflect-hint = The wave has ended. Look back together, grade each key result, then carry what is unfinished into the next wave.
reflect-grades = Grades (0.0 to 1.0)
# { $objective } — { $kr }: a key result's title after its objective's.
reflect-kr = { $objective } — { $kr }
reflect-progress = Progress { $progress }
reflect-progress-suggested = Progress { $progress }, grade suggested from it
reflect-save = Save reflection
carry-into = Carry over into { $wave }
carry-hint = Unfinished objectives from { $wave } start again from where their key results got to.
carry-no-parents = The new wave has no wave objectives yet to align to.
carry-contributes = “{ $title }” ({ $progress }) contributes to
carry-submit = Carry over

reviews-title = Reflections and grades
reviews-none = No reflection yet.
reviews-graded = grade { $grade } · { $progress }
reviews-not-graded = not graded · { $progress }

calibration-title = Crowd confidence beside the final grades
calibration-hint = Each week's average confidence (1 Struggling to 5 Exceeding, shown only from enough voters) and the grade the objective ended on (the team's grades, or what its progress suggests where it left a key result ungraded). Confidence maps onto grades as 1 → 0.0, 3 → 0.5 and 5 → 1.0.
calibration-figure = Calibration { $score }
calibration-over = Early confidence came within { $off } points of the final grades on average (out of 100), across { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }: the crowd expected more than the teams achieved.
calibration-under = Early confidence came within { $off } points of the final grades on average (out of 100), across { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }: the teams achieved more than the crowd expected.
calibration-even = Early confidence came within { $off } points of the final grades on average (out of 100), across { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }: neither over- nor under-confident.
calibration-none = No objective has both a shown early confidence and a grade, so this wave has no calibration figure.
calibration-cut = The wave objectives, then the team objectives the crowd misjudged most: { $shown } of { $total }.
calibration-compared = early confidence { $early } (expects { $expects }) · final grade { $grade }
calibration-few-votes = too few early votes to compare · final grade { $grade }
calibration-no-grade = no grade
calibration-wave-objective = Wave objective
calibration-weekly = Weekly confidence in { $title }
calibration-week = w{ $week } { $average }
calibration-week-hidden = w{ $week } hidden
calibration-across = Across waves
calibration-overall = Across { $count ->
        [one] { $count } finished wave
       *[other] { $count } finished waves
    }: { $score }.
calibration-improving = Early confidence is getting better at predicting how waves end.
calibration-worsening = Early confidence predicted this wave's end less well than the last one's.
calibration-steady = About as well as the wave before.
calibration-chart = Calibration by wave, oldest first: { $summary }
calibration-chart-wave = { $wave } { $score }
