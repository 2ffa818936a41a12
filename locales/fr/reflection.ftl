# La fin d'une vague : le bilan et les notes d'une équipe, la reprise
# d'objectifs, les bilans de toutes les équipes sur la page de la vague, et
# le calibrage de la confiance collective face aux notes.

reflection-on = Bilan de { $wave }
reflection-not-yet = L'équipe n'a pas encore fait son bilan.
reflect-on = Faire le bilan de { $wave }
reflect-hint = La vague est terminée. Faites le bilan ensemble, notez chaque résultat clé, puis reportez ce qui n'est pas fini dans la vague suivante.
reflect-grades = Notes (0,0 à 1,0)
# { $objective } — { $kr } : le titre d'un résultat clé après celui de son objectif.
reflect-kr = { $objective } — { $kr }
reflect-progress = Progression { $progress }
reflect-progress-suggested = Progression { $progress }, note suggérée à partir d'elle
reflect-save = Enregistrer le bilan
carry-into = Reporter dans { $wave }
carry-hint = Les objectifs inachevés de { $wave } repartent de là où leurs résultats clés en étaient.
carry-no-parents = La nouvelle vague n'a pas encore d'objectifs de vague auxquels s'aligner.
carry-contributes = « { $title } » ({ $progress }) contribue à
carry-submit = Reporter

reviews-title = Bilans et notes
reviews-none = Pas encore de bilan.
reviews-graded = note { $grade } · { $progress }
reviews-not-graded = non noté · { $progress }

calibration-title = La confiance collective face aux notes finales
calibration-hint = La confiance moyenne de chaque semaine (de 1 En difficulté à 5 Dépasse, montrée seulement à partir d'assez de votants) et la note finale de l'objectif (les notes de l'équipe, ou ce que suggère sa progression là où un résultat clé n'a pas été noté). La confiance correspond aux notes ainsi : 1 → 0,0, 3 → 0,5 et 5 → 1,0.
calibration-figure = Calibrage { $score }
calibration-over = La confiance précoce s'est écartée en moyenne de { $off } points des notes finales (sur 100), sur { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    } : le collectif attendait plus que ce que les équipes ont atteint.
calibration-under = La confiance précoce s'est écartée en moyenne de { $off } points des notes finales (sur 100), sur { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    } : les équipes ont atteint plus que ce que le collectif attendait.
calibration-even = La confiance précoce s'est écartée en moyenne de { $off } points des notes finales (sur 100), sur { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    } : ni trop ni trop peu confiant.
calibration-none = Aucun objectif n'a à la fois une confiance précoce montrée et une note : cette vague n'a donc pas de calibrage.
calibration-cut = Les objectifs de vague, puis les objectifs d'équipe que le collectif a le plus mal jugés : { $shown } sur { $total }.
calibration-compared = confiance précoce { $early } (attend { $expects }) · note finale { $grade }
calibration-few-votes = trop peu de votes précoces pour comparer · note finale { $grade }
calibration-no-grade = pas de note
calibration-wave-objective = Objectif de vague
calibration-weekly = Confiance hebdomadaire dans { $title }
calibration-week = S{ $week } { $average }
calibration-week-hidden = S{ $week } masquée
calibration-across = D'une vague à l'autre
calibration-overall = Sur { $count ->
        [one] { $count } vague terminée
       *[other] { $count } vagues terminées
    } : { $score }.
calibration-improving = La confiance précoce prédit de mieux en mieux la fin des vagues.
calibration-worsening = La confiance précoce a moins bien prédit la fin de cette vague que celle de la précédente.
calibration-steady = À peu près aussi bien que la vague précédente.
calibration-chart = Calibrage par vague, la plus ancienne d'abord : { $summary }
calibration-chart-wave = { $wave } { $score }
