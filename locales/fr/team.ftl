## La page d'une équipe : membres, objectifs, réglages ; les lignes de résultats clés des formulaires d'objectif
team-archived = archivée
team-members = Membres
team-nobody = Personne n'est encore dans cette équipe.
team-remove-ask = Retirer…
team-remove-named-ask = Retirer { $name } de l'équipe…
team-remove-warning = { $name } quitte l'équipe ; l'ajouter de nouveau annule cela.
team-remove-named = Retirer { $name } de l'équipe
team-add-member = Ajouter un membre
team-everyone-in = Tout le monde dans l'organisation est déjà dans cette équipe.
team-invite-more = Inviter d'autres personnes
team-person-email = Adresse e-mail de la personne
team-add = Ajouter à l'équipe
team-outside = { $count ->
        [one] { $count } personne de l'organisation n'est pas dans cette équipe.
       *[other] { $count } personnes de l'organisation ne sont pas dans cette équipe.
    }
team-person = Personne
team-settings = Réglages
team-name = Nom de l'équipe
team-rename = Renommer
team-restore-hint = Restaurer ramène l'équipe dans les listes actives.
team-restore = Restaurer l'équipe
team-archive-ask = Archiver l'équipe…
team-archive-warning = Archiver garde l'historique de l'équipe mais la retire des listes actives jusqu'à ce que quelqu'un la restaure.
team-archive = Archiver l'équipe
team-objective-drafts-kept = Ces brouillons d'objectif ne peuvent pas être envoyés maintenant : aucune vague de cette équipe n'accepte de nouveaux objectifs. Copiez ce dont vous avez besoin, puis abandonnez-les.
team-objectives = Objectifs
team-no-wave = Aucune vague n'est encore planifiée ou active.
team-see-waves = Voir les vagues
team-objectives-in = Objectifs dans { $wave }
team-no-objectives = Cette équipe n'a pas encore d'objectif dans cette vague.
team-no-parents = Les responsables n'ont pas encore fixé les objectifs de cette vague ; les objectifs d'équipe s'alignent sur eux.
team-new-objective = Nouvel objectif d'équipe
team-draft-hint = Ce que vous tapez est gardé sur cet appareil comme brouillon, même hors ligne, jusqu'à son enregistrement.
team-add-objective = Ajouter l'objectif
team-contributes-to = Contribue à l'objectif de vague
team-rationale-hint = Comment cela contribue-t-il à l'objectif de la vague ? Obligatoire.
krs-hint = Les résultats clés disent comment vous saurez que vous y êtes : de 1 à { $max }, chacun un nombre à faire bouger (du départ à la cible ; les cibles peuvent baisser), un pourcentage ou un jalon. Les lignes vides sont ignorées.
krs-add = Ajouter le résultat clé { $n }
krs-row = Résultat clé { $n }
krs-row-optional = Résultat clé { $n } (facultatif)
krs-title = Titre
krs-kind = Type
krs-kind-number = Nombre
krs-kind-percentage = Pourcentage
krs-kind-milestone = Jalon (atteint / non atteint)
krs-start = Départ
krs-target = Cible
krs-unit = Unité (facultative)
krs-unit-hint = p. ex. inscriptions, ms, €
krs-weight = Poids (facultatif)
krs-weight-hint = 1 par défaut
teams-who-joined = Qui a rejoint quand
teams-new = Nouvelle équipe
teams-create = Créer l'équipe
teams-members = { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
teams-active = Équipes actives
teams-archived = Équipes archivées
teams-yours = votre équipe

proposals-title = Proposés à votre équipe
proposals-hint = Un responsable a commencé une vague à partir de la structure de la précédente et a proposé ces objectifs à votre équipe. Reformulez chacun avec vos propres mots et adoptez-le, ou écartez ce qui ne convient plus ; une fois à vous, ses résultats clés se modifient comme les autres.
proposals-hint-others = Proposés à cette équipe quand une vague a été commencée à partir de la précédente ; les membres de l’équipe les adoptent ou les écartent.
proposal-meta = Pour { $wave } · aligné sur « { $parent } »
proposal-meta-by = Pour { $wave } · aligné sur « { $parent } » · proposé par { $name }
proposal-krs = Résultats clés de « { $title } »
proposal-adopt = Adopter comme notre objectif
proposal-discard = Écarter « { $title } »
what-proposal = Cet objectif proposé
