# Le mode présentation : la vague active sur l'écran d'une réunion générale.

present-title = Présenter
present-no-wave = Aucune vague en cours
present-no-wave-hint = Le mode présentation montre la vague active. Lancez-en une sur la page Vagues.
present-waves = Vagues
present-slides = Diapositives
present-slide-wave = La vague
present-slide-objectives = Objectifs
present-slide-confidence = Confiance
present-slide-boosts = Boosts
present-slide-link = { $number } { $title }
present-next-in = Diapositive suivante dans { $seconds } s ·
present-pause = Pause
present-paused = En pause ·
present-resume = Reprendre
present-exit = Quitter
present-days-left = { $count ->
        [one] jour restant
       *[other] jours restants
    }
present-week-of = Semaine { $week } sur { $weeks } ·
present-gone = { $dates } · { $share } de la vague écoulés
present-gone-label = Part de la vague écoulée
present-counts = { $objectives ->
        [one] { $objectives } objectif
       *[other] { $objectives } objectifs
    } · { $teams ->
        [one] { $teams } équipe
       *[other] { $teams } équipes
    } · { $boosts ->
        [one] { $boosts } boost ouvert
       *[other] { $boosts } boosts ouverts
    }
present-objectives-none = Les responsables n'ont pas encore fixé d'objectifs pour cette vague.
present-time-line = Le trait sur chaque barre montre où le temps dit que nous devrions être : { $share } de la vague.
present-aligned = { $count ->
        [one] { $count } équipe alignée
       *[other] { $count } équipes alignées
    }
present-confidence-hint = Votes hebdomadaires anonymes sur chaque objectif de vague, de 1 (En difficulté) à 5 (Dépasse).
present-confidence-none = Pas encore d'objectifs de vague sur lesquels voter.
present-open-boosts = Boosts ouverts : { $count }
present-boosts-none = Aucune équipe n'attend d'aide en ce moment.
present-boosts-cut = Les { $shown } qui attendent depuis le plus longtemps.
present-boosts-all = Les plus anciens d'abord.
present-can-you-help = Votre équipe peut-elle aider ?
present-boost-line = { $asks } · en attente { $waiting }
waiting-today = depuis aujourd'hui
waiting-days = { $days ->
        [one] depuis { $days } jour
       *[other] depuis { $days } jours
    }
