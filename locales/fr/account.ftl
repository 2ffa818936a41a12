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
