## La page de vote (/vote) et l'échelle de confiance
score-1 = En difficulté
score-2 = Inquiet
score-3 = Stable
score-4 = Confiant
score-5 = Dépasse
vote-title = Voter
vote-heading = La confiance de la semaine
vote-closed = Le vote est fermé : aujourd'hui est hors des semaines de la vague active.
vote-no-wave = Aucune vague n'est active : il n'y a encore rien à voter.
vote-lead = { $wave } · semaine { $week } sur { $weeks }
vote-anonymity = À quel point êtes-vous confiant que chaque objectif sera atteint ? Les votes sont anonymes : personne, admins compris, ne peut voir comment vous avez voté. Les résultats n'apparaissent que comme moyennes d'au moins { $min } personnes. Vous pouvez modifier le vote de cette semaine depuis ce navigateur jusqu'à la fin de la semaine, jusqu'à { $changes } fois par objectif.
vote-who-joined = Voir qui a rejoint quand.
vote-progress = { $voted } sur { $total } votés cette semaine
vote-nothing = Il n'y a encore aucun objectif sur lequel voter.
vote-from-week = Vous votez sur cet objectif à partir de la semaine { $week } ({ $day }). { vote-why-wait }
vote-from-next-wave = Vous votez sur cet objectif à partir de la prochaine vague. { vote-why-wait }
vote-wave-objective = Objectif de vague
vote-voted-mine = Voté ✓ — votre vote : { $score } { $name }
vote-changes-left = { $count ->
        [0] plus aucune modification cette semaine
        [one] encore 1 modification cette semaine
       *[other] encore { $count } modifications cette semaine
    }
vote-voted-elsewhere = Voté ✓ (depuis un autre navigateur)
vote-not-yet = Pas encore voté
vote-legend = Votre confiance dans { $title }
vote-with-you = Votent avec vous :
vote-alone = Personne d'autre ne vote sur cet objectif cette semaine : ses résultats restent donc cachés.
