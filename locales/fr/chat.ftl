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
