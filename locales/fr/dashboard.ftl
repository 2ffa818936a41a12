## Le tableau de bord (la page d'accueil pendant une vague)
dash-days-remaining = { $count ->
        [one] jour restant
       *[other] jours restants
    }
dash-elapsed = { $share } de la vague écoulés
dash-elapsed-label = Part de la vague écoulée
dash-present = Présenter sur un écran
dash-present-hint = la vague pour une réunion générale, qui avance d'elle-même.
dash-flagged = { $count ->
        [one] { $count } a
       *[other] { $count } ont
    } besoin de soutien : le progrès est en retard sur le temps écoulé ou la confiance continue de baisser.
dash-wave-objectives = Objectifs de la vague
dash-no-objectives = Les responsables n'ont pas encore fixé d'objectifs pour cette vague.
dash-disagree = Là où les chiffres et les votes divergent ({ $count })
dash-disagree-hint = Des résultats clés dans les temps alors que les votants sont inquiets, ou très en retard alors qu'ils sont confiants.
dash-disagree-cut = Les { $shown } les plus éloignés de l'horloge de la vague sont listés, objectifs de vague d'abord.
dash-disagree-all = Objectifs de vague d'abord.
dash-open-boosts = Boosts ouverts : { $count }
dash-no-stale-boosts = Aucun n'a attendu plus d'une semaine.
dash-stale-boosts = { $total ->
        [one] { $total } a attendu
       *[other] { $total } ont attendu
    } plus d'une semaine.
dash-stale-boosts-cut = { $total } ont attendu plus d'une semaine ; les { $shown } qui attendent depuis le plus longtemps d'abord.
dash-open-over-week = ouvert depuis plus d'une semaine
dash-boost-asks = { $from } sollicite { $to }
dash-boost-asks-anyone = { $from } sollicite tout le monde
dash-open-problems = Problèmes ouverts ({ $count })
dash-problems-cut = Les { $shown } plus récents ; tous les points des équipes sont dans le fil PPP.
dash-week = semaine { $week }
dash-boost-done = Son boost est terminé.
dash-mark-solved = Résolu ? Indiquez-le sur le boost
dash-teams = Équipes
dash-no-teams = Pas encore d'équipes.
dash-teams-need-support = { $count } sur { $total } ont besoin de soutien.
dash-teams-cut = Les { $shown } qui en ont le plus besoin sont listées ;
dash-every-team = voir toutes les équipes.
dash-confidence-falling = confiance en baisse deux semaines de suite
dash-progress-of = Progrès de { $title }
dash-aligned-teams = { $count ->
        [one] { $count } équipe alignée
       *[other] { $count } équipes alignées
    }
dash-team-objective-of = Objectif d'équipe de { $team }
dash-score-of = Score de { $team }
dash-objectives = { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    }
dash-team-no-objectives = Pas encore d'objectifs dans cette vague.
progress-time-elapsed = temps écoulé
progress-needs-support = besoin de soutien
divergence-worried = Dans les temps, votants inquiets
divergence-confident = En retard, votants confiants
divergence-worried-note = Les résultats clés sont dans les temps ({ $progress } % faits avec { $elapsed } % de la vague écoulée), mais les votants sont inquiets : la semaine { $week } a une moyenne de { $average } sur 5, Inquiet ou pire. Demandez à l'équipe ce que les chiffres ne disent pas.
divergence-confident-note = Les résultats clés sont très en retard ({ $progress } % faits avec { $elapsed } % de la vague écoulée), mais les votants sont confiants : la semaine { $week } a une moyenne de { $average } sur 5. Demandez à l'équipe ce qu'elle sait que les chiffres ne montrent pas, ou si les résultats clés mesurent encore le but.
kr-value = { $value }
kr-value-unit = { $value } { $unit }
kr-value-percent = { $value } %
kr-done = atteint
kr-not-done = non atteint
