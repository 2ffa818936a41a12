# La Scorecard Aligned Autonomy : l'autoévaluation publique et son
# résultat (l'enquête de l'organisation pose les mêmes affirmations).

scorecard-title = Scorecard Aligned Autonomy
scorecard-lead = Vingt affirmations, environ deux minutes. Répondez pour l'équipe ou l'organisation que vous connaissez le mieux. Rien n'est enregistré.
scorecard-submit = Voir mon résultat
scorecard-result-title = Votre scorecard
scorecard-back = Retour aux affirmations

## Les quatre dimensions

scorecard-strategic-clarity = Clarté stratégique
scorecard-strategic-clarity-question = Les équipes comprennent-elles le pourquoi ?
scorecard-strategic-clarity-advice = Réduisez les objectifs de la vague à ceux qui comptent et écrivez le pourquoi de chacun en deux phrases ; demandez à chaque équipe d'écrire comment ses objectifs y contribuent.
scorecard-decision-autonomy = Autonomie de décision
scorecard-decision-autonomy-question = Les équipes peuvent-elles agir sans approbation ?
scorecard-decision-autonomy-advice = Nommez les décisions que les équipes peuvent prendre seules pendant cette vague (et les rares qui demandent encore un responsable) et supprimez une étape d'approbation.
scorecard-context-flow = Circulation du contexte
scorecard-context-flow-question = Les équipes comprennent-elles leur impact sur les autres équipes ?
scorecard-context-flow-advice = Faites d'un court point hebdomadaire (progrès, plans, problèmes) la norme pour chaque équipe, et répondez aux demandes d'aide en quelques jours.
scorecard-execution-velocity = Vitesse d'exécution
scorecard-execution-velocity-question = Les équipes peuvent-elles avancer vite ?
scorecard-execution-velocity-advice = Faites le point sur les résultats clés chaque semaine, limitez le travail en cours et supprimez l'attente récurrente la plus lente de votre livraison.

## Les affirmations

scorecard-sc1 = Je peux expliquer avec mes propres mots les principaux objectifs de notre organisation pour cette période.
scorecard-sc2 = Je sais pourquoi ces objectifs comptent plus que d'autres choses que nous pourrions faire.
scorecard-sc3 = Le travail de mon équipe est clairement lié à au moins un de ces objectifs.
scorecard-sc4 = Quand les priorités changent, on nous en donne la raison, pas seulement le nouveau plan.
scorecard-sc5 = Deux personnes de mon équipe décriraient nos objectifs de la même façon.
scorecard-da1 = Mon équipe décide comment atteindre ses objectifs sans demander d'accord.
scorecard-da2 = Nous pouvons changer notre plan en cours de cycle quand nous apprenons quelque chose de nouveau.
scorecard-da3 = Les décisions sur notre travail sont prises par les personnes qui en sont le plus proches.
scorecard-da4 = Nous attendons rarement un responsable avant de pouvoir passer à l'étape suivante.
scorecard-da5 = Quand une décision tourne mal, nous en tirons des leçons au lieu d'ajouter des approbations.
scorecard-cf1 = Je sais sur quoi travaillent les équipes qui dépendent de nous.
scorecard-cf2 = Nous apprenons les problèmes des autres équipes avant qu'ils ne nous touchent.
scorecard-cf3 = Demander de l'aide à une autre équipe est facile et obtient généralement une réponse rapide.
scorecard-cf4 = Les responsables partagent ce qu'ils apprennent des clients et du marché.
scorecard-cf5 = Nos points hebdomadaires sont lus par les personnes qui en ont besoin.
scorecard-ev1 = Nous livrons quelque chose d'utilisable par les clients au moins toutes les deux ou trois semaines.
scorecard-ev2 = Nous mesurons nos progrès chaque semaine par rapport à des résultats clés clairs.
scorecard-ev3 = L'essentiel de notre temps va au travail prévu, pas à éteindre des incendies ou à attendre.
scorecard-ev4 = Nous finissons ce que nous commençons avant d'en prendre davantage.
scorecard-ev5 = Les outils et les processus nous aident à avancer au lieu de nous ralentir.

## L'échelle d'accord

scorecard-agree-1 = Pas du tout d'accord
scorecard-agree-2 = Pas d'accord
scorecard-agree-3 = Neutre
scorecard-agree-4 = D'accord
scorecard-agree-5 = Tout à fait d'accord

## Les niveaux du spectre, de directif à autonome

scorecard-band-directive = Directif
scorecard-band-directive-meaning = La direction décide et les équipes exécutent. C'est prévisible, mais les décisions s'accumulent en haut et les équipes connaissent rarement le pourquoi.
scorecard-band-directive-next = Commencez par une vague courte : trois objectifs avec leur pourquoi, et laissez chaque équipe écrire un objectif aligné bien à elle.
scorecard-band-guided = Guidé
scorecard-band-guided-meaning = Les équipes ont un peu de marge, mais l'orientation et les approbations viennent encore surtout d'en haut ; le contexte arrive tard.
scorecard-band-guided-next = Laissez les équipes choisir leurs propres résultats clés et remplacez une réunion de suivi par un point écrit hebdomadaire.
scorecard-band-aligned = Aligné
scorecard-band-aligned-meaning = Les équipes comprennent les objectifs et décident d'une grande partie du comment ; les lacunes sont dans le partage du contexte et la vitesse.
scorecard-band-aligned-next = Rendez l'aide entre équipes explicite (demander, accepter, terminé) et faites le point sur les résultats clés chaque semaine.
scorecard-band-autonomous = Autonome
scorecard-band-autonomous-meaning = Les équipes exécutent vite et avec responsabilité dans une stratégie claire et partagée. Gardez la stratégie resserrée et claire.
scorecard-band-autonomous-next = Protégez cela : gardez des vagues courtes, peu d'objectifs, et continuez d'écouter la confiance anonyme.

## Le résultat

scorecard-you-are = Vous êtes : { $band }
scorecard-overall = Au total { $score } sur 100. { $meaning }
scorecard-next = Ensuite : { $next }
scorecard-by-dimension = Par dimension
scorecard-out-of-100 = { $score } / 100
scorecard-bars-label = Scores sur 100 : { $summary }
scorecard-spectrum-label = Position { $position } sur une échelle de 0, directif, à 100, autonome
scorecard-even = Chaque dimension obtient { $score } / 100 : aucune ne freine les autres
scorecard-work-on = Travaillez d'abord sur : { $dimensions }
scorecard-advice-for = { $dimension } :
scorecard-ask-org = Interrogez toute votre organisation
scorecard-ask-org-text = Ce sont vos propres réponses. L'enquête Aligned Autonomy pose les mêmes affirmations à tout votre espace, anonymement, une fois par vague.
scorecard-go-survey = Aller à l'enquête
scorecard-habit = Faites-en une habitude
scorecard-habit-text = Mistvine fonctionne par vagues courtes avec des objectifs clairs, laisse les équipes décider du comment et mesure la confiance anonymement chaque semaine, pour voir l'alignement et l'autonomie grandir de vague en vague.
scorecard-again = Recommencer
