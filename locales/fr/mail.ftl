# Les e-mails, dans la langue de leur destinataire. Texte brut : chaque
# message est un paragraphe ; liens et listes sont placés entre eux.

mail-hello = Bonjour { $name },
mail-footer = Vous recevez ceci parce que les e-mails hebdomadaires sont activés pour vous dans Mistvine. Désactivez-les sur votre page de compte : { $link }
mail-invite-subject = { $inviter } vous invite à rejoindre { $org } sur Mistvine
mail-invite-body = { $inviter } vous invite à rejoindre { $org } sur Mistvine, où les équipes écrivent leurs propres objectifs pour chaque vague et disent honnêtement leur niveau de confiance.
mail-invite-join = Rejoignez-la ici (le lien fonctionne une fois, pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }) :
mail-invite-ignore = Si vous ne vous y attendiez pas, ignorez ce message : rien ne se passe sans le lien.
mail-reset-subject = Réinitialisez votre mot de passe Mistvine
mail-reset-body = Quelqu'un (vous, nous l'espérons) a demandé à réinitialiser le mot de passe de votre compte Mistvine. Choisissez-en un nouveau ici :
mail-reset-valid = Le lien fonctionne une fois, pendant { $minutes } minutes. Définir un nouveau mot de passe vous déconnecte partout.
mail-reset-ignore = Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.
mail-confirm-subject = Confirmez votre adresse e-mail pour Mistvine
mail-confirm-new = Vous avez créé l'espace de travail { $org } sur Mistvine. Confirmez que cette adresse est la vôtre :
mail-confirm-taken-subject = Quelqu'un a créé { $org } sur Mistvine avec votre adresse
mail-confirm-taken = Quelqu'un a créé l'espace de travail { $org } sur Mistvine avec cette adresse e-mail, qui a déjà un compte Mistvine. Si c'était vous (avec un autre mot de passe, peut-être), ajoutez { $org } à votre compte ici :
mail-confirm-join-subject = Confirmez votre adresse e-mail pour rejoindre { $org }
mail-confirm-join = Vous avez demandé à rejoindre { $org } sur Mistvine. Confirmez que cette adresse est la vôtre, et c'est fait :
mail-confirm-taken-join-subject = Quelqu'un a demandé à rejoindre { $org } sur Mistvine avec votre adresse
mail-confirm-taken-join = Quelqu'un a demandé à rejoindre { $org } sur Mistvine avec cette adresse e-mail, qui a déjà un compte Mistvine. Si c'était vous, rejoignez { $org } avec votre compte ici :
mail-confirm-again = Confirmez que cette adresse est la vôtre :
mail-confirm-valid = Le lien fonctionne une fois, pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
mail-confirm-ignore = Si vous n'avez rien demandé, ignorez cet e-mail : rien ne se passe sans le lien, et personne ne peut se connecter avec votre adresse.

## Le rappel hebdomadaire et le résumé des responsables (aussi dans la messagerie et en notification)
mail-week = semaine { $week } sur { $weeks }
mail-reminder-subject = { $org } : le vote de la semaine
mail-reminder-subject-ppp = { $org } : le vote et le PPP de la semaine
# { $week } est mail-week.
mail-reminder-when = Nous sommes en { $week } de { $wave } chez { $org }.
mail-reminder-vote = Votez : quelle confiance avez-vous dans les objectifs sur lesquels vous travaillez ? Cela prend une minute, et personne ne peut voir votre vote.
mail-reminder-ppp = Écrivez le PPP de { $team } pour cette semaine (progrès, plans, problèmes) :
mail-digest-subject = { $org } : la semaine dans { $wave }
mail-digest-intro = { $org } — { $wave }, { $week }. Ce qui demande un responsable cette semaine :
mail-digest-problems = Problèmes des mises à jour PPP pas encore résolus : { $count }
mail-digest-boosts = Boosts en attente d'une équipe : { $count } ({ $stale } depuis plus d'une semaine)
mail-digest-not-falling = La confiance d'aucun objectif n'a baissé deux semaines de suite.
mail-digest-falling = Confiance en baisse deux semaines de suite : { $count }
mail-digest-disagree = Objectifs où les chiffres et le collectif divergent : { $count }. Demandez à ces équipes ce que les chiffres ne disent pas.
mail-digest-anonymous = La confiance n'apparaît que là où assez de personnes ont voté, comme sur le tableau de bord ; aucun vote ne figure dans cet e-mail.
mail-digest-dashboard = Le tableau de bord : { $link }
mail-digest-team-objective = un objectif de { $team }

## Le rappel hebdomadaire en notification sur téléphone (son titre est mail-reminder-subject)
push-reminder = Nous sommes en { $week } de { $wave }. Quelle est votre confiance ? Cela prend une minute, et personne ne voit votre vote.
