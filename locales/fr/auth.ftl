# Connexion, inscription, mots de passe, confirmation d'adresse, invitation.

field-email = E-mail
field-password = Mot de passe
field-password-hint = Au moins 8 caractères.
field-your-name = Votre nom
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel

login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-new = Nouveau sur Mistvine ?
login-create-account = Créer votre compte
login-passkey = Clé d'accès
login-sso = Authentification unique
login-sso-through = { $org } se connecte via { $provider }.
login-sso-button = Se connecter avec { $provider }
login-sso-email = Votre adresse professionnelle
login-sso-email-hint = L'adresse e-mail que votre organisation vous a donnée : si elle se connecte via son fournisseur d'identité, son bouton apparaît ici.
login-sso-continue = Continuer avec l'authentification unique

signup-owner = Vous en serez le propriétaire. Invitez vos collègues une fois à l'intérieur.
signup-org-name = Nom de l'organisation
signup-org-name-hint = Votre entreprise ou service, tel que vos collègues l'appellent.
signup-submit = Créer l'espace
signup-have-account = Vous avez déjà un compte ?

signed-out-title = Déconnecté
signed-out-heading = Vous êtes déconnecté
signed-out-text = Vous êtes déconnecté de Mistvine sur cet appareil.
signed-out-provider = Vous êtes peut-être encore connecté à { $provider }, qui vous reconnecterait ici sans rien demander.
signed-out-provider-button = Se déconnecter aussi de { $provider }
signed-out-again = Se reconnecter

forgot-title = Réinitialiser votre mot de passe
forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une fois, pendant { $minutes } minutes. Rien après quelques minutes ? Regardez dans vos indésirables, ou redemandez.
forgot-text = Saisissez l'adresse e-mail avec laquelle vous vous connectez, et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = M'envoyer un lien
forgot-back = Retour à la connexion
reset-title = Choisir un nouveau mot de passe
reset-new-link = Demander un nouveau lien
reset-text = Pour { $email }. Le définir vous déconnecte de tous les autres appareils et révoque vos jetons d'API.
reset-submit = Définir le nouveau mot de passe

confirm-title = Confirmez votre adresse e-mail
confirm-text = Cela confirme que l'adresse à laquelle le lien a été envoyé est la vôtre, et vous connecte. Si l'e-mail vous proposait un espace ou une organisation, vous l'obtenez aussi.
confirm-submit = Confirmer mon adresse
confirm-log-in-instead = Me connecter plutôt
inbox-title = Consultez votre boîte de réception
inbox-text = Nous avons envoyé un lien à l'adresse indiquée. Ouvrez-le pour confirmer que l'adresse est la vôtre : vous rejoignez alors l'organisation et êtes connecté. Le lien est valable une semaine.
inbox-hint = Vous avez déjà un compte avec cette adresse ? L'e-mail vous permet de rejoindre avec lui. Rien après quelques minutes ? Regardez dans vos indésirables.

join-title = Rejoindre une organisation
join-heading = Rejoindre { $org } sur Mistvine
join-already = Vous êtes déjà membre de { $org }.
join-submit = Rejoindre
join-as = Vous rejoindrez en tant que { $name }.
join-signup-submit = Créer le compte et rejoindre
join-log-in = Se connecter pour rejoindre
join-invited = { $inviter } vous a invité à travailler avec eux dans { $org }.
