# La page d'administration.

org-language-title = Langue
org-language-label = La langue de l'organisation
org-language-browser = La langue du navigateur de chacun
org-language-hint = Pour tous ceux qui n'ont pas choisi leur propre langue sur la page de leur compte : leurs pages et e-mails, et les messages de l'organisation dans le chat.
org-language-submit = Enregistrer la langue

## Qui est arrivé quand (/members/history)
membership-title = Qui est arrivé quand
membership-hint = Chaque changement de qui appartient à l'organisation et à ses équipes, le plus récent d'abord. Les personnes qui arrivent au cours d'une semaine votent sur leurs objectifs à partir de la semaine suivante.
membership-none = Rien n'a encore changé.
membership-joined = { $person } a rejoint l'organisation
membership-joined-sso = { $person } a rejoint l'organisation par authentification unique
membership-joined-scim = { $person } a rejoint l'organisation, créé par son fournisseur d'identité
membership-left = { $person } a quitté l'organisation
membership-left-scim = { $person } a quitté l'organisation, retiré par son fournisseur d'identité
# $role vaut owner, admin, leader ou member.
membership-role = { $person } est désormais { $role ->
        [owner] propriétaire
        [admin] admin
        [leader] responsable
       *[member] membre
    }
membership-team-joined = { $person } a rejoint l'équipe { $team }
membership-team-left = { $person } a quitté l'équipe { $team }
membership-a-team-joined = { $person } a rejoint une équipe
membership-a-team-left = { $person } a quitté une équipe
# { $what } est l'une des lignes ci-dessus.
membership-by = { $what } (par { $by })

## La page d'administration : invitations, membres, export, journal
admin-title = Administration
invite-title = Inviter des personnes
invite-intro = Un lien d'invitation permet à une personne de rejoindre l'organisation comme membre dans les 7 jours, jusqu'à ce que vous le révoquiez. Un lien pour plusieurs personnes dure 24 heures. Tout le monde peut voir qui est arrivé quand.
invite-no-public-url = Les liens des invitations et des e-mails pointent vers { $base }, l'adresse sur laquelle ce serveur écoute, car aucune adresse publique n'est définie. Si l'on accède à Mistvine par une autre adresse, démarrez-le avec --public-url (MISTVINE_PUBLIC_URL).
invite-new-link = Nouveau lien d'invitation — copiez-le maintenant, il n'est montré qu'une fois
invite-uses = Combien de personnes peuvent rejoindre avec ce lien
invite-create = Créer un lien d'invitation
invite-open = Liens d'invitation ouverts
invite-line = Créé par { $by }, pour { $left ->
        [one] { $left } personne de plus
       *[other] { $left } personnes de plus
    }, expire le { $expires }
invite-revoke = Révoquer
export-title = Export
export-text = Tout ce que cette organisation a écrit, en un fichier JSON : membres, équipes, vagues, objectifs, résultats clés avec leurs points d'étape, mises à jour PPP, boosts et bilans. Les résultats de confiance et d'enquête n'y figurent que tels que les pages les montrent (à partir du seuil) ; rien n'y dit comment quelqu'un a voté ou répondu, ni qui.
export-download = Télécharger l'export (JSON)
audit-title = Journal d'audit
audit-hint = Ce que les admins et les responsables ont changé, le plus récent d'abord. Les votes et les réponses aux enquêtes n'y apparaissent jamais.
# { $action } est l'un des messages audit- ci-dessous, dit de { $actor }.
audit-line = { $at } · { $actor } { $action }
members-title = Membres ({ $total })
members-matching = Membres correspondant à « { $find } » ({ $total })
members-find = Trouver une personne (nom ou e-mail)
members-find-submit = Chercher
members-none = Personne ne correspond.
member-role-of = Rôle de { $name }
member-remove = Retirer { $name } de l'organisation
member-remove-ask = Retirer…
member-remove-warning = { $name } perd immédiatement l'accès à cette organisation ; ses votes passés restent comptés, anonymement. Seule une nouvelle invitation permet de revenir.
member-save-role = Enregistrer le rôle
members-roles-hint = Les propriétaires et les admins gèrent l'espace de travail ; les responsables fixent les objectifs de l'organisation ; les membres écrivent ceux de leur équipe.
# $role vaut owner, admin, leader ou member.
members-you-are = Vous êtes { $role ->
        [owner] propriétaire
        [admin] admin
        [leader] responsable
       *[member] membre
    }.

## Votes de confiance
votes-title = Votes de confiance
votes-threshold = Votants nécessaires avant d'afficher les résultats
votes-threshold-hint = Au moins 3, pour que le vote de personne ne puisse être isolé.
votes-live = Montrer les résultats de la semaine avant sa fin
votes-live-hint = Les résultats en direct apparaissent à partir de { $step } votes puis n'évoluent que par paliers d'au moins { $step } nouveaux votes (le double du minimum), afin que les lire avant et après le vote de quelqu'un (ou un vote modifié) ne révèle jamais ce vote, même à { $colleagues } collègues qui connaissent leurs propres votes et savent quand quelqu'un d'autre a voté. Le résultat final de la semaine suit la même règle : jusqu'à { $unshown } des derniers votes d'une semaine peuvent ne pas apparaître.
votes-save = Enregistrer les réglages de vote

## E-mail
mail-title = E-mail
mail-off = Ce serveur n'envoie pas d'e-mails : aucun serveur SMTP n'est configuré (voir docs/email.md). Invitez les personnes avec un lien, plus haut. Le calendrier ci-dessous s'applique dès que l'e-mail est activé.
mail-invite-title = Inviter par e-mail
mail-invite-sent = Invitation envoyée. Son lien fonctionne une fois, pendant 7 jours.
mail-invite-address = Son adresse e-mail
mail-invite-hint = La personne reçoit un lien à usage unique pour rejoindre l'organisation ; il fonctionne pendant 7 jours.
mail-invite-send = Envoyer l'invitation
mail-weekly-title = E-mails hebdomadaires
mail-weekly-hint = Chacun reçoit une fois par semaine un rappel pour voter et écrire le PPP de son équipe (chacun peut le désactiver sur sa page de compte). Les propriétaires, admins et responsables reçoivent aussi un résumé le vendredi à la même heure : problèmes ouverts, boosts en attente et confiance en baisse, comptés seulement là où assez de personnes ont voté.
mail-time-zone = Fuseau horaire
mail-time-zone-hint = Par son nom, comme Europe/Paris, America/New_York ou UTC.
mail-reminder-day = Jour du rappel
mail-time = Heure
mail-time-hint = Dans le fuseau horaire ci-dessus ; le résumé du vendredi part à la même heure.
mail-save = Enregistrer le calendrier des e-mails

## Notifications et messagerie
channels-title = Notifications et messagerie
channels-saved = Canaux enregistrés.
channels-teams-connected = Canal Teams connecté : le prochain rappel hebdomadaire et le résumé y seront publiés.
channels-push = Les membres peuvent recevoir le rappel hebdomadaire en notification sur leur téléphone (chacun l'active sur sa page de compte)
channels-teams-on = Publier le rappel hebdomadaire et le résumé des responsables dans Microsoft Teams (une fois un canal connecté ci-dessous)
channels-save = Enregistrer les canaux
teams-title = Microsoft Teams
teams-connected = Connecté le { $day } à un workflow sur { $host }.
teams-disconnect = Déconnecter Teams
teams-hint = Dans Teams, ajoutez au canal le workflow « Post to a channel when a webhook request is received », copiez son URL et collez-la ici. Les publications contiennent des liens vers Mistvine ; personne ne vote dans Teams.
teams-url = URL du workflow
teams-connect = Connecter le canal Teams
slack-outcome-connected = Slack connecté. Les personnes dont l'adresse Slack est leur adresse confirmée ici sont en cours d'association.
slack-outcome-saved = Réglages Slack enregistrés.
slack-outcome-syncing = Nouvelle association des personnes à Slack ; le nombre ci-dessous se met à jour dans un instant.
slack-outcome-disconnected = Slack déconnecté : plus rien n'y est envoyé.
slack-outcome-denied = Slack n'a pas été ajouté : la demande a été refusée sur la page de Slack.
slack-outcome-stale = L'ajout de Slack a pris trop de temps ou a été lancé par quelqu'un d'autre. Recommencez avec « Ajouter à Slack ».
slack-outcome-taken = Cet espace de travail Slack est connecté à une autre organisation sur ce serveur. Déconnectez-le d'abord là-bas.
slack-outcome-unavailable = Ce serveur n'est pas encore configuré comme application Slack (voir docs/notifications.md), ou vous n'êtes pas admin.
slack-outcome-failed = Slack n'a pas donné accès à Mistvine. Réessayez.
slack-unavailable = Ce serveur n'est pas configuré comme application Slack : son exploitant lui donne l'identifiant client et les secrets de l'application (docs/notifications.md). Ensuite, les admins l'ajoutent ici à leur espace de travail.
slack-add-hint = Ajoutez Mistvine à votre espace de travail Slack : chacun reçoit le rappel hebdomadaire en message direct, le résumé des responsables va dans le canal de votre choix, et /mistvine enregistre des points d'étape et écrit le PPP. Les votes restent dans Mistvine.
slack-add = Ajouter à Slack
slack-connected-to = Connecté à l'espace de travail Slack { $workspace } le { $day }.
org-slack-linked = { $count } personnes associées par leur adresse vérifiée (dernière association : { $synced }).
slack-not-yet = pas encore
slack-channel = Canal pour le résumé des responsables
slack-channel-hint = Son nom (#okr-leads) ou son identifiant ; vide : pas de résumé dans Slack. Le résumé liste des problèmes et des boosts, jamais un vote.
slack-on = Envoyer le rappel hebdomadaire et le résumé dans Slack
org-slack-save = Enregistrer les réglages Slack
slack-relink = Associer à nouveau les personnes
slack-disconnect = Déconnecter Slack
slack-add-again = Ajouter à nouveau à Slack
slack-add-again-after = (après avoir changé les permissions de l'application).

## Authentification unique
sso-title = Authentification unique
sso-hint = Chacun se connecte via votre fournisseur d'identité (Microsoft Entra ID, Google Workspace, Okta, Keycloak…) avec OpenID Connect. Enregistrez-y Mistvine comme application web avec cette URI de redirection et les scopes openid, email et profile (docs/single-sign-on.md décrit les étapes pour chaque fournisseur) :
sso-address = L'adresse de connexion de votre organisation :
sso-label = Nom du fournisseur
sso-label-hint = Sur le bouton de connexion : « Se connecter avec … », par ex. Okta.
sso-issuer = URL de l'émetteur
sso-issuer-hint = L'émetteur (issuer) du fournisseur, par ex. https://login.microsoftonline.com/<tenant>/v2.0.
sso-client-id = ID client
sso-secret = Secret client
sso-secret-hint = Conservé scellé avec la clé de vote du serveur, jamais réaffiché. Laissez vide pour garder celui enregistré.
sso-domains = Domaines e-mail dont il se porte garant
sso-domains-hint = Séparés par des virgules, par ex. example.com, example.org. Les personnes de ces domaines rejoignent l'organisation comme membres à leur première connexion.
sso-required = Exiger l'authentification unique
sso-required-hint = Les membres ne peuvent alors plus se connecter avec un mot de passe (leurs sessions par mot de passe se terminent maintenant). Les propriétaires gardent leur mot de passe, pour qu'un fournisseur en panne ou mal configuré ne puisse pas bloquer l'organisation.
sso-save = Enregistrer l'authentification unique
sso-connect = Connecter le fournisseur
sso-disconnect-ask = Déconnecter le fournisseur…
sso-disconnect-warning = Chacun se connecte alors de nouveau avec un mot de passe ; ceux qui n'en ont jamais défini utilisent « Mot de passe oublié ? ». Reconnecter plus tard le même fournisseur connecte chacun aux mêmes comptes.
sso-disconnect = Déconnecter le fournisseur

## Provisionnement (SCIM)
scim-title = Provisionnement (SCIM)
scim-hint = Votre fournisseur d'identité (Entra ID, Okta…) peut ajouter et retirer des membres et aligner les équipes sur ses groupes via SCIM 2.0 : les personnes qu'il désactive quittent l'organisation immédiatement (leurs sessions et jetons d'API prennent fin). Donnez-lui cette adresse et un jeton (docs/single-sign-on.md décrit les étapes pour chaque fournisseur).
scim-address = Adresse :
scim-new-token = Votre nouveau jeton SCIM : copiez-le maintenant dans le fournisseur, il ne sera plus montré
scim-token-in-use = Un jeton créé le { $day } est en service.
scim-no-token = Pas encore de jeton : rien ne provisionne cette organisation.
scim-remake = Créer un nouveau jeton (l'ancien cesse de fonctionner)
scim-make = Créer un jeton SCIM
scim-revoke-ask = Révoquer le jeton…
scim-revoke-warning = Le fournisseur ne pourra alors plus ajouter ni retirer personne tant que vous n'aurez pas créé de nouveau jeton.
scim-revoke = Révoquer le jeton SCIM

## Les entrées du journal : ce que quelqu'un a fait, dit après son nom
audit-team-archived = a archivé l'équipe { $team }
audit-team-restored = a restauré l'équipe { $team }
audit-scim-token-made = a créé un nouveau jeton SCIM (le précédent, s'il y en avait un, ne fonctionne plus)
audit-scim-token-revoked = a révoqué le jeton SCIM
# { $what } est l'un des messages audit-scim- ci-dessous.
audit-scim = via SCIM : { $what }
audit-scim-added = a ajouté { $name } ({ $email })
audit-scim-deactivated = a désactivé { $name }
audit-scim-reactivated = a réactivé { $name }
audit-scim-removed = a retiré { $name }
audit-scim-group-made = a créé le groupe { $group }
audit-scim-group-changed = a modifié le groupe { $group }
audit-scim-group-archived = a archivé le groupe { $group }
audit-slack-connected = a connecté l'espace de travail Slack { $workspace }
audit-slack-disconnected = a déconnecté Slack
audit-slack-channel = a choisi { $channel } comme canal Slack du résumé
audit-slack-no-digest = a arrêté le résumé dans Slack
audit-slack-on = a activé les messages Slack
audit-slack-off = a désactivé les messages Slack
audit-survey-opened = a ouvert l'enquête de { $wave }
audit-survey-closed = a fermé l'enquête
audit-invite-emailed = a envoyé un lien d'invitation par e-mail à { $email }
audit-mail-schedule = a réglé les e-mails hebdomadaires sur { $day } { $time } ({ $zone })
# $role vaut owner, admin, leader ou member.
audit-role = a fait de { $person } { $role ->
        [owner] un propriétaire
        [admin] un admin
        [leader] un responsable
       *[member] un membre
    }
audit-removed = a retiré { $person } de l'organisation
audit-invite-created = a créé un lien d'invitation pour { $uses ->
        [one] une personne
       *[other] { $uses } personnes
    }
audit-invite-revoked = a révoqué un lien d'invitation
# $push et $teams valent on ou off.
audit-channels = a { $push ->
        [on] activé
       *[off] désactivé
    } les notifications sur téléphone et { $teams ->
        [on] activé
       *[off] désactivé
    } les publications dans Teams
audit-teams-connected = a connecté un canal Teams (un workflow sur { $host })
audit-teams-disconnected = a déconnecté le canal Teams
# $live vaut on ou off.
audit-votes = a réglé l'affichage des résultats à partir de { $threshold } votants, résultats en direct { $live ->
        [on] activés
       *[off] désactivés
    }
# $scope vaut read ou check_in.
audit-token-made = a créé un jeton d'API « { $name } » ({ $scope ->
        [read] lecture
       *[check_in] lecture et points d'étape
    }, { $days } jours)
audit-token-revoked = a révoqué un jeton d'API
audit-took-over = a repris cet espace de travail en confirmant son adresse e-mail (le compte qui l'avait créé est parti)
audit-exported = a exporté les données de l'organisation
# { $objectives } compte les objectifs créés ; { $wave } est le nom de la vague.
audit-imported = a importé { $objectives ->
    [one] un objectif
   *[other] { $objectives } objectifs
} dans { $wave } depuis un tableur
audit-language = a choisi { $language } comme langue de l'organisation
audit-language-browser = laisse le navigateur de chacun choisir la langue
audit-sso-connected = a connecté l'authentification unique via { $provider } ({ $domains })
audit-sso-changed = a modifié l'authentification unique via { $provider } ({ $domains })
audit-sso-required = a exigé l'authentification unique ({ $ended ->
        [one] { $ended } session par mot de passe terminée
       *[other] { $ended } sessions par mot de passe terminées
    })
audit-sso-optional = n'exige plus l'authentification unique
audit-sso-disconnected = a déconnecté l'authentification unique
# { $from } et { $to } sont des états de vague.
audit-wave-moved = a fait passer la vague { $wave } de { $from } à { $to }

# Reprendre une organisation depuis une autre installation.
restore-title = Reprendre une organisation
restore-hint = Vous quittez un autre serveur Mistvine ? Envoyez l’export que ses admins y ont téléchargé. Il remplit cette organisation, qui doit être vide (vous en êtes le seul membre), de tout ce que l’export contient : les personnes (retrouvées par adresse e-mail ; les nouvelles choisissent leur mot de passe avec « Mot de passe oublié ? »), équipes, vagues, objectifs avec leurs points d’étape, mises à jour PPP, rétrospectives, coups de pouce, et résultats de confiance et d’enquête tels qu’ils étaient affichés.
restore-file-label = Fichier d’export (.json)
restore-button = Reprendre
restore-choose-file = Choisissez le fichier d’export à envoyer.
restore-not-an-export = Ce n’est pas un export Mistvine, ou il est abîmé : envoyez le fichier .json qu’un admin a obtenu avec « Télécharger l’export ».
restore-not-empty = Seule une organisation vide peut reprendre un export : celle-ci a déjà des équipes, des vagues ou d’autres membres. Créez une nouvelle organisation pour lui.
restore-owners-only = Seul un propriétaire reprend une organisation.
restore-too-big = Le fichier dépasse { $mb } Mo, le maximum d’un envoi.
restore-format = Cet export est dans un format que cette version de Mistvine ne lit pas : exportez-le à nouveau depuis une installation de cette version.
restore-broken-team = L’export nomme une équipe qu’il ne contient pas : il est abîmé. Téléchargez-le à nouveau.
restore-broken-objective = L’export nomme un objectif qu’il ne contient pas : il est abîmé. Téléchargez-le à nouveau.
restore-done = { $objectives ->
    [one] L’organisation a été reprise, avec un objectif.
   *[other] L’organisation a été reprise, avec { $objectives } objectifs.
}
audit-restored = a repris l’export de { $organisation } : { $members } personnes, { $waves } vagues
restore-accounts-exist = { $email } a déjà un compte sur ce serveur : une reprise n’amène que des personnes nouvelles ici, car rejoindre une organisation leur revient. Reprenez l’organisation sur un serveur où elles n’en ont pas, ou invitez-les une fois qu’elle est ici.
restore-accounts-here = Certaines personnes de l’export ont déjà un compte sur ce serveur : une reprise n’amène que des personnes nouvelles ici, car rejoindre une organisation leur revient. Reprenez l’organisation sur un serveur où elles n’en ont pas.
