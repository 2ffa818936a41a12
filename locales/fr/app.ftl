# Le cadre de l'application : barre du haut, navigation, avis que toute
# page peut afficher, page d'accueil et choix de la langue. L'application
# remplit les variables ({ $name }) : garde-les, place-les où ta langue le veut.

app-description = Mistvine : la stratégie descend, l'honnêteté remonte, les équipes exécutent.

## Barre du haut et navigation

nav-skip = Aller au contenu
nav-account-label = Compte
nav-main-label = Principal
nav-more-label = Plus
nav-scorecard = Scorecard
nav-log-in = Se connecter
nav-start-workspace = Créer un espace
nav-home = Accueil
nav-vote = Voter
nav-ppp = PPP
nav-boosts = Boosts
nav-menu = Menu
nav-confidence = Confiance
nav-survey = Enquête
nav-waves = Vagues
nav-teams = Équipes
nav-drafts = Brouillons
nav-admin = Administration
nav-organisation = Organisation
nav-switch-org = Changer
nav-your-account = { $email } — votre compte
nav-log-out = Se déconnecter

confirm-banner-label = Confirmez votre adresse e-mail
confirm-banner-text = Confirmez votre adresse e-mail : ouvrez le lien envoyé à { $email }. D'ici là, ce compte ne peut ni se connecter avec son mot de passe sur un autre appareil, ni rejoindre une autre organisation, ni créer un autre espace.
confirm-banner-resend = Renvoyer le lien

language-switch-label = Langue
language-switch-submit = Changer

## Ce qu'une page affiche quand ses données n'ont pas pu être chargées

notice-log-in-title = Veuillez vous connecter
notice-log-in-text = Vous devez être connecté pour voir cette page.
notice-not-found = Introuvable
notice-not-right = Quelque chose ne va pas
notice-back-home = Retour à l'accueil
notice-loading = Chargement…

not-found-title = Page introuvable
not-found-text = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est mal saisi.
not-found-home = Aller à l'accueil

## Rôles dans une organisation

role-owner = Propriétaire
role-admin = Admin
role-leader = Responsable
role-member = Membre

## Accueil

home-hero-title = La stratégie descend. L'honnêteté remonte. Les équipes exécutent.
home-hero-text = Mistvine aide les responsables à fixer quelques objectifs pour une vague courte, laisse chaque équipe écrire ses propres objectifs alignés et décider du comment, et fait remonter des signaux honnêtes : votes de confiance anonymes, points hebdomadaires et demandes d'aide entre équipes.
# { $link } est le lien dont le texte est home-scorecard-link.
home-scorecard-invite = Vous ne savez pas où en est votre organisation ? { $link }, sans compte.
home-scorecard-link = Faites la Scorecard Aligned Autonomy en deux minutes
home-welcome = Bienvenue, { $name }
home-getting-started = Pour commencer
home-step-team = Créez votre première équipe
home-step-team-why = Les équipes écrivent leurs propres objectifs et votent sur eux.
home-step-invite = Invitez vos collègues
home-step-invite-why = Partagez un lien d'invitation ; ils rejoignent en tant que membres.
home-step-wave = Planifiez et lancez une vague
home-step-wave-why = Fixez une vague de 2 à 6 semaines et ses quelques objectifs ; les équipes s'y alignent.
home-step-done = (fait)
home-steps-by-leads = Les admins et responsables de votre organisation s'en chargent.
home-your-teams = Vos équipes
home-no-team = Vous n'êtes encore dans aucune équipe.
home-all-teams = Voir toutes les équipes
home-member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
home-org-counts = { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
} et { $teams ->
    [one] { $teams } équipe active
   *[other] { $teams } équipes actives
} dans votre organisation.

## Listes : « A, B et C » ({ $init } : tous sauf le dernier, déjà séparés par des virgules)

list-and = { $init } et { $last }

## Qui d'autre vote ou répond (un compte inventé pour lire un vote se voit ici)

# { $lead } est le début de la ligne, par exemple « Votent avec vous : ».
co-voters-count = { $lead } { $count } personnes. Arrivés récemment :
co-voters-nobody = personne.
co-voters-new = { $name } (nouveau : arrivé le { $joined })
