# Ce que le rythme hebdomadaire dit dans la messagerie (Slack et Microsoft
# Teams) : dans la langue de l'organisation sur un canal, dans celle de la
# personne en message direct. Des liens vers les pages de Mistvine, jamais un vote.

## Cartes Microsoft Teams
teams-nudge-title = { $org } : le vote de la semaine est ouvert
# { $week } est mail-week.
teams-nudge-text = Nous sommes en { $week } de { $wave }. Quelle confiance avez-vous dans les objectifs sur lesquels vous travaillez ? Cela prend une minute sur la page de vote de Mistvine, et personne ne peut voir votre vote.
teams-nudge-ppp = Chaque équipe écrit aussi son PPP de la semaine : progrès, plans, problèmes.
chat-vote = Voter
teams-write-ppp = Écrire le PPP de votre équipe
chat-digest-title = { $org } — { $wave }, { $week }
chat-digest-intro = Ce qui demande un responsable cette semaine :
teams-fact-problems = Problèmes pas encore résolus
teams-fact-boosts = Boosts en attente d'une équipe
teams-fact-stale = Dont en attente depuis plus d'une semaine
teams-fact-disagree = Objectifs où les chiffres et le collectif divergent
chat-newest-problems = Problèmes les plus récents
chat-boosts-longest = Boosts en attente depuis le plus longtemps
chat-confidence-dropped = Confiance en baisse deux semaines de suite
teams-anonymous = La confiance n'apparaît que là où assez de personnes ont voté, comme sur le tableau de bord ; aucun vote ne figure dans cette carte.
chat-open-dashboard = Ouvrir le tableau de bord

## Messages Slack
slack-reminder-head = { $org } : le vote de la semaine
slack-reminder-when = nous sommes en { $week } de { $wave }.
slack-reminder-ask = Quelle confiance avez-vous dans les objectifs sur lesquels vous travaillez ? Cela prend une minute sur la page de vote de Mistvine, et personne ne peut voir votre vote.
slack-vote-on = Voter sur { $title }
slack-write-ppp = Écrire le PPP de { $team }
slack-ppp-intro = Le PPP de votre équipe pour cette semaine (progrès, plans, problèmes) :
# { $link } est slack-account-page, avec son lien.
slack-reminders-off = Les rappels dans Slack se désactivent sur { $link }.
slack-account-page = votre page de compte
slack-reminder-text = { $org } : le vote de la semaine ({ $week })
slack-digest-problems = Problèmes des mises à jour PPP pas encore résolus : { $count }
slack-digest-boosts = Boosts en attente d'une équipe : { $count } ({ $stale } depuis plus d'une semaine)
slack-digest-disagree = Objectifs où les chiffres et le collectif divergent : { $count }
slack-anonymous = La confiance n'apparaît que là où assez de personnes ont voté, comme sur le tableau de bord ; aucun vote ne figure dans ce message.

## Réponses à /mistvine, dans la langue de la personne associée
slack-gone = Mistvine n'est plus connecté à cet espace de travail Slack.
slack-command-not-linked = Votre compte Slack n'est pas encore associé à Mistvine : Mistvine associe les personnes dont l'adresse Slack est leur adresse Mistvine confirmée. Demandez à un admin d'associer à nouveau les personnes après votre arrivée.
slack-not-member = Vous n'êtes plus membre de cette organisation dans Mistvine.
slack-help = Ce que fait /mistvine :
slack-usage-list = lister vos résultats clés et leurs numéros
slack-usage-check-in = faire le point sur le résultat clé 42 : sa nouvelle valeur, et une note si vous voulez
slack-usage-ppp = écrire le PPP de votre équipe pour cette semaine
slack-usage-vote = un lien vers le vote de la semaine (on vote dans Mistvine, jamais dans Slack)
# { $link } est slack-vote-now, avec son lien.
slack-vote-page = Le vote de la semaine a lieu sur la page de Mistvine, où personne ne peut voir votre vote : { $link }.
slack-vote-now = voter maintenant
# { $link } est slack-see-objective, avec son lien.
slack-checked-in = Point d'étape enregistré. { $link }.
slack-see-objective = Voir l'objectif
slack-no-krs = Vos équipes n'ont aucun résultat clé dans une vague en cours.
slack-krs = Les résultats clés de vos équipes ; faites le point avec /mistvine checkin NUMÉRO VALEUR [note] :
slack-no-team = Vous n'êtes encore dans aucune équipe, vous n'avez donc pas de PPP à écrire.
slack-no-week = Les mises à jour PPP s'écrivent pendant les semaines d'une vague active.
slack-modal-failed = Slack n'a pas ouvert le formulaire. Réessayez, ou écrivez le PPP sur la page de votre équipe dans Mistvine.
slack-modal-title = Le PPP de votre équipe
slack-modal-team = Équipe
slack-modal-progress-hint = Ce qui a avancé cette semaine ; un élément par ligne.
slack-modal-plans-hint = Ce que l'équipe fera ensuite.
slack-modal-problems-hint = Ce qui bloque l'équipe ; les responsables le voient.
slack-modal-save = Enregistrer le PPP
slack-modal-cancel = Annuler
