# La page du compte.

account-title = Votre compte
account-reset-done = Votre nouveau mot de passe est défini. Tous les autres appareils ont été déconnectés et vos jetons d'API révoqués.
account-confirm-sent = Un nouveau lien de confirmation est en route vers votre adresse.
account-change-password = Changer le mot de passe
account-password-changed = Mot de passe changé. Tous les autres appareils ont été déconnectés et vos jetons d'API révoqués.
account-new-password-hint = Au moins 8 caractères. Les autres appareils sont déconnectés et vos jetons d'API révoqués.
account-sessions = Où vous êtes connecté
account-sessions-hint = Les sessions se terminent après 14 jours sans utilisation, et 30 jours après la connexion.
account-sign-out-device = Déconnecter { $device }
account-this-device = cet appareil
account-session-times = Connecté le { $signed_in } · dernière activité le { $last_active }
account-sign-out = Déconnecter
account-sign-out-others-hint = Révoque aussi vos jetons d'API : créez-en de nouveaux ensuite là où vous en avez besoin.
account-sign-out-others = Se déconnecter partout ailleurs

language-title = Langue
language-label = Votre langue dans Mistvine
language-org-default = La langue de votre organisation ({ $language })
language-browser-default = La langue de votre navigateur
language-hint = Les pages et les e-mails que Mistvine vous envoie sont dans cette langue.
language-submit = Enregistrer la langue

## E-mail

account-email = E-mail
account-email-off = Ce serveur n'envoie pas d'e-mails pour le moment ; vos choix s'appliqueront dès qu'il le fera.
account-email-reminders = Rappel hebdomadaire pour voter et écrire le PPP de mon équipe
account-email-digest = Synthèse du vendredi pour les responsables : problèmes ouverts, boosts en attente, confiance en baisse
account-email-save = Enregistrer les choix d'e-mail

## Ce qui est rattaché au compte : clés d'accès, appareils

account-remove = Retirer
account-remove-label = Retirer { $name }
# { $last } dit quand il a servi pour la dernière fois, ou qu'il n'a jamais servi.
account-added-line = Ajouté le { $added } · { $last }

passkeys-title = Clés d'accès
passkeys-hint = Une clé d'accès vous connecte avec le verrouillage d'écran de votre appareil ou une clé de sécurité au lieu de votre mot de passe. Elle ne peut être ni hameçonnée ni devinée, et elle compte dans les mêmes limites de connexion qu'un mot de passe.
passkeys-added = Clé d'accès ajoutée. Utilisez-la la prochaine fois sous « Se connecter avec une clé d'accès ».
passkeys-none = Pas encore de clé d'accès.
passkeys-need-name = Les clés d'accès ne fonctionnent que si ce serveur est joint par son nom, pas par une adresse IP : demandez à votre admin de définir l'URL publique.

push-on = Les notifications sont activées sur cet appareil.
push-test-sent = Une notification de test est en route vers chacun de vos appareils.
push-title = Notifications sur le téléphone
push-hint = Recevez le rappel hebdomadaire de vote sous forme de notification sur votre téléphone ou votre ordinateur. Elle ouvre la page de vote ; elle n'affiche jamais de note.
push-none = Aucun appareil ne reçoit encore de notifications.
push-org-off = Les admins de votre organisation ont désactivé les notifications : aucune n'est envoyée pour l'instant.
push-test = Envoyer une notification de test
push-reminders = Rappel hebdomadaire en notification sur mes appareils
push-save = Enregistrer le choix de notification
push-nothing-sent = rien d'envoyé pour l'instant
push-last-sent = dernière notification le { $day }

slack-title = Slack
slack-linked = Votre compte Slack dans { $workspace } est relié : le rappel hebdomadaire arrive en message de Mistvine, et /mistvine fait le point sur les résultats clés et écrit le PPP de votre équipe.
slack-not-linked = Votre organisation utilise Slack ({ $workspace }), mais votre compte Slack n'est pas relié : Mistvine relie les personnes dont l'adresse Slack est leur adresse confirmée ici.
slack-reminders = Rappel hebdomadaire en message Slack
slack-save = Enregistrer le choix Slack

## Jetons d'API

tokens-title = Jetons d'API
tokens-hint = D'autres outils lisent avec un jeton les vagues, objectifs, boosts et la confiance de cette organisation (tels que les pages les montrent), et un jeton autorisé à faire le point met à jour vos résultats clés. Chaque jeton peut faire { $per_minute } requêtes par minute. L'API est décrite sur /api/v1/openapi.json.
tokens-name = Nom du jeton
tokens-name-hint = Ce qui l'utilise, par exemple « Synchro du tableau de sprint ».
tokens-scope = Ce qu'il peut faire
tokens-scope-read = Lire
tokens-scope-check-in = Lire et faire le point
tokens-works-for = Valable
tokens-days = { $days } jours
tokens-password = Votre mot de passe
tokens-password-hint = Un jeton est un accès durable : confirmez que c'est bien vous.
tokens-make = Créer le jeton
tokens-new = Votre nouveau jeton : copiez-le maintenant, il ne sera plus affiché
tokens-none = Pas encore de jeton.
tokens-revoke = Révoquer
tokens-revoke-label = Révoquer { $name }
tokens-never-used = jamais utilisé
tokens-last-used = dernière utilisation le { $day }
tokens-expired = expiré le { $day }
tokens-works-until = valable jusqu'au { $day }
tokens-line = Créé le { $made } · { $ends } · { $used }

## Le formulaire de clé d'accès (aussi sur la page de connexion) et celui des notifications

passkey-add = Ajouter une clé d'accès
passkey-sign-in = Se connecter avec une clé d'accès
passkey-name = Nom de la clé d'accès
passkey-name-hint = Quel appareil ou gestionnaire de mots de passe la garde, par exemple « Portable du travail ».
passkey-needs-script = Les clés d'accès ont besoin de JavaScript dans ce navigateur.
passkey-unsupported = Ce navigateur ne peut pas utiliser de clés d'accès.
passkey-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
passkey-unreadable = Le défi de clé d'accès du serveur est illisible. Rechargez la page et réessayez.
passkey-cancelled = Aucune clé d'accès n'a été utilisée : la fenêtre a été fermée ou a expiré.
passkey-already-kept = Cet appareil garde déjà une clé d'accès pour votre compte.
passkey-not-allowed-here = Ce navigateur n'autorise pas les clés d'accès pour cette adresse.
passkey-failed = Le navigateur n'a pas pu utiliser de clé d'accès ici.

push-device-name = Nom de l'appareil
push-device-name-hint = Pour savoir lequel retirer plus tard, par exemple « Téléphone ».
push-turn-on = Activer les notifications sur cet appareil
push-needs-script = Les notifications ont besoin de JavaScript dans ce navigateur.
push-unsupported = Ce navigateur ne peut pas afficher les notifications d'une page web. Sur un iPhone, ajoutez d'abord Mistvine à l'écran d'accueil.
push-cannot-show = Ce navigateur ne peut pas afficher de notifications.
push-blocked = Les notifications sont bloquées pour ce site. Autorisez-les dans les paramètres du site du navigateur, puis réessayez.
push-no-worker = Cette page n'a pas encore de service worker. Rechargez-la et réessayez.
push-worker-failed = Le service worker n'a pas démarré. Rechargez la page et réessayez.
push-cannot-receive = Ce navigateur ne peut pas recevoir de messages push.
push-no-answer = Le service push du navigateur n'a pas répondu. Vérifiez votre connexion et réessayez.
push-no-subscription = Le navigateur n'a fourni aucun abonnement.
push-bad-key = La clé de notification du serveur est illisible. Rechargez la page.

## Où l'on est connecté (navigateur et système sont des noms de produits)

device-browser-on = { $browser } sur { $system }
device-some-browser-on = Un navigateur sur { $system }
device-other = Un autre programme
