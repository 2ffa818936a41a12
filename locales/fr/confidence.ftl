## La page de confiance (/confidence) et sa carte de chaleur
conf-title = Confiance
conf-no-wave = Aucune vague n'a encore commencé : il n'y a pas de votes à montrer.
conf-week-of = semaine { $week } sur { $weeks }
conf-weeks = { $weeks } semaines
conf-hint-live = Moyennes de votes anonymes de 1 (En difficulté) à 5 (Dépasse), montrées dès que { $step } personnes ont voté et seulement à partir de { $min } votants.
conf-hint-weekly = Moyennes de votes anonymes de 1 (En difficulté) à 5 (Dépasse), montrées une fois chaque semaine terminée et seulement à partir de { $min } votants.
conf-team = Équipe
conf-all-teams = Toutes les équipes
conf-show = Afficher
conf-what-to-list = Quoi lister
conf-needs-attention = Demande de l'attention
conf-all-objectives = Tous les objectifs
conf-map-attention = Carte de chaleur : la vague, et ce qui demande de l'attention
conf-map-page = Carte de chaleur : page { $page } sur { $pages }
conf-map = Carte de chaleur
conf-no-objectives = Aucun objectif ici.
conf-pages = Pages
conf-week-detail = La semaine { $week } en détail
conf-average = Moyenne { $average } sur { $count } votes
conf-week-open = La semaine est encore en cours.
conf-week-not-started = La semaine n'a pas commencé.
conf-too-few = Moins de { $min } votes : rien n'est montré.
conf-attention-none = Aucun objectif d'équipe n'a une confiance en baisse deux semaines de suite ou à Inquiet ou moins.
conf-attention-some = Objectifs d'équipe dont la confiance a baissé deux semaines de suite ou est à Inquiet ou moins (une moyenne sous 2,5) : { $count }, ceux en baisse d'abord.
conf-attention-cut = Les { $shown } des { $count } objectifs d'équipe signalés qui demandent le plus une conversation (en baisse d'abord, puis les plus bas) ; les autres sont dans Tous les objectifs.
conf-by-wave-objective = Par objectif de vague
conf-group = { $aligned ->
        [one] { $aligned } objectif d'équipe aligné
       *[other] { $aligned } objectifs d'équipe alignés
    } · { $falling } en baisse deux semaines de suite · { $low } à Inquiet ou moins
conf-teams-calm = { $count ->
        [one] 1 autre équipe n'a
       *[other] { $count } autres équipes n'ont
    } rien de signalé ; choisissez une équipe ci-dessus pour voir sa carte.
conf-teams-more = { $more ->
        [one] { $more } autre équipe
       *[other] { $more } autres équipes
    } avec quelque chose de signalé et { $calm } sans rien ; choisissez une équipe ci-dessus pour voir sa carte.
conf-by-team = Par équipe
conf-no-team-flagged = Aucune équipe n'a d'objectif en baisse deux semaines de suite ou à Inquiet ou moins.
conf-team-line = { $flagged } sur { $objectives ->
        [one] { $objectives } objectif
       *[other] { $objectives } objectifs
    } signalés · { $falling } en baisse deux semaines de suite · { $low } à Inquiet ou moins
conf-latest-average = dernière moyenne { $average }
heat-cell-shown = { $title }, semaine { $week } : moyenne { $average } sur { $count } votes
heat-cell-hidden = { $title }, semaine { $week } : moins de { $min } votes (peut-être aucun), cachés pour rester anonymes
heat-cell-open = { $title }, semaine { $week } : la semaine est encore en cours
heat-cell-not-started = { $title }, semaine { $week } : pas encore commencée
heat-rising = confiance en hausse
heat-dropping = confiance en baisse
heat-steady = confiance stable
heat-row = Confiance hebdomadaire dans { $title }
heat-week-short = s{ $week }
heat-legend = Légende de la carte de chaleur
heat-legend-hidden = moins de { $min } votes : cachés pour rester anonymes
heat-legend-open = la semaine est encore en cours
heat-legend-not-started = la semaine n'a pas commencé
heat-legend-trend = confiance en hausse, en baisse, stable par rapport à la semaine d'avant
heat-legend-falling = en baisse deux semaines de suite
pager-previous = Précédente
pager-next = Suivante
pager-page = Page { $page } sur { $pages }
pager-teams = Pages des équipes
pager-members = Pages des membres
