## La page d'un objectif, ses résultats clés, leurs graphiques et leurs points
kr-now = Actuellement { $now } · { $share } % du chemin de { $from } à { $to }
kr-milestone-done = Atteint · 100 %
kr-milestone-not-done = Pas encore atteint · 0 %
kr-chart-week = S{ $week }
kr-chart-target-at = cible { $value }
kr-chart-start-at = départ { $value }
kr-chart-key-check-ins = points
kr-chart-key-pace = rythme régulier vers la cible
kr-chart-key-target = cible
kr-chart-none = De { $from } vers { $to } sur la vague, du { $first } au { $last }. Aucun point pour l'instant.
kr-chart-milestone = De { $from } vers { $to } sur la vague, du { $first } au { $last }. { $count ->
        [one] { $count } point
       *[other] { $count } points
    }, le dernier { $latest }.
## $pace vaut "ahead" (dans le rythme régulier ou en avance) ou "behind".
kr-chart-pace = De { $from } vers { $to } sur la vague, du { $first } au { $last }. { $count ->
        [one] { $count } point
       *[other] { $count } points
    }, le dernier { $latest }, là où le rythme régulier vers la cible attendait { $expected } : { $pace ->
        [ahead] dans le rythme ou en avance
       *[behind] en retard sur le rythme
    }.
objective-owner = responsable { $name }
objective-contributes = Comment cela contribue à l'objectif de la vague
objective-why = Pourquoi c'est important
objective-disagree = Les chiffres et les votes divergent
objective-heat-map = Carte de chaleur de la confiance
objective-weight = poids { $weight }
objective-history = Historique des points ({ $count })
objective-new-state = Nouvel état
objective-done = Atteint
objective-not-done = Non atteint
objective-new-value = Nouvelle valeur
objective-note = Note (facultative)
objective-check-in = Faire le point
objective-aligned = Objectifs d'équipe alignés ({ $count })
objective-none-aligned = Aucune équipe n'a encore aligné d'objectif sur celui-ci.
objective-edit = Modifier cet objectif
objective-title-label = Titre de l'objectif
objective-rationale-label = Justification de l'alignement
objective-owner-label = Responsable
objective-save = Enregistrer les modifications
person-no-one = Personne
person-by-email = { $label } : adresse e-mail
person-empty-hint = Laissez vide pour personne.
