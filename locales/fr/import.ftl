# Importer des objectifs depuis un tableur (la page d’import, son modèle et ses problèmes).

# Les en-têtes de colonnes du modèle. Les en-têtes d’un fichier sont lus dans chacune des quatre langues.
import-col-team = Équipe
import-col-objective = Objectif
import-col-why = Pourquoi
import-col-aligned-to = Aligné sur
import-col-owner = Responsable
import-col-key-result = Résultat clé
import-col-kind = Type
import-col-start = Départ
import-col-target = Cible
import-col-unit = Unité
import-col-weight = Poids
import-col-current = Actuel
import-col-checked-on = Date du point

# Les types de résultat clé tels qu’un fichier les écrit (chaque langue est lue).
import-kind-numeric = numérique
import-kind-percentage = pourcentage
import-kind-milestone = jalon

# { $column } est un en-tête de colonne (ci-dessus).
import-column-twice = La colonne « { $column } » figure deux fois dans la ligne d’en-tête.
import-column-missing = La ligne d’en-tête n’a pas de colonne « { $column } ». La première ligne doit nommer les colonnes ; le modèle les montre.
import-too-many-rows = Le fichier a { $count } lignes ; un import en lit au plus { $max }. Découpez-le en fichiers plus petits.
# { $formula } est la formule de la cellule, telle que le fichier la contient.
import-formula = Cette cellule contient une formule ou l’erreur d’une formule ({ $formula }), pas une valeur. Enregistrez la feuille avec ses valeurs, ou collez les valeurs seules.
import-objective-missing = Nommez l’objectif : cette ligne n’a pas d’objectif, et aucun objectif au-dessus qu’elle continue.
# { $row } est la ligne du même objectif qui disait autre chose en premier.
import-differs = « { $column } » diffère de la ligne { $row } du même objectif. Écrivez-le une fois, ou le même sur chaque ligne.
import-kind-unknown = « { $kind } » n’est pas un type de résultat clé : écrivez numérique, pourcentage ou jalon.
import-not-a-number = « { $value } » n’est pas un nombre.
import-wave-objective-forbidden = Une ligne sans équipe est un objectif de la vague, et seuls les responsables et les admins les écrivent. Nommez votre équipe dans la colonne Équipe.
import-team-unknown = Il n’y a pas d’équipe nommée « { $team } » dans cette organisation.
import-wave-objective-aligned = Un objectif de la vague ne s’aligne pas sur un autre : laissez « Aligné sur » vide, ou nommez une équipe dans la colonne Équipe.
import-aligned-missing = Nommez dans « Aligné sur » l’objectif de la vague sur lequel cet objectif d’équipe s’aligne.
import-aligned-unknown = Cette vague n’a pas d’objectif nommé « { $objective } », et le fichier n’en ajoute pas.
import-krs-none = Cet objectif n’a pas de résultat clé : donnez-lui de 1 à 5, un par ligne.
import-krs-many = Cet objectif a { $count } résultats clés ; un objectif en a au plus { $max }.
import-file-empty = Le fichier est vide.
import-file-xls = C’est un classeur Excel 97–2003 (.xls). Enregistrez-le en .xlsx ou en CSV, puis importez-le à nouveau.
# { $line } est la ligne du fichier où la lecture s’est arrêtée.
import-file-csv = Le fichier n’a pas pu être lu en CSV vers la ligne { $line } : un guillemet n’est probablement pas fermé.
import-file-broken = Le fichier n’est pas un tableur que Mistvine sait lire : importez un fichier CSV ou un classeur Excel (.xlsx).
import-file-no-sheet = Le classeur n’a aucune feuille.
# { $count } compte les problèmes de l’aperçu.
import-has-problems = { $count ->
    [one] Le fichier a un problème
   *[other] Le fichier a { $count } problèmes
} : rien n’a été importé. Corrigez le fichier et importez-le à nouveau.
# { $already } compte les objectifs du fichier que la vague a déjà.
import-nothing-new = Rien à importer : la vague a déjà chaque objectif de ce fichier ({ $already }).

# Le formulaire d’envoi (sur la page d’une vague) et l’aperçu.
import-title = Importer des objectifs depuis un tableur
import-intro = Une ligne par résultat clé : téléchargez le modèle pour voir les colonnes. Vous voyez ce que le fichier créerait, et chacun de ses problèmes, avant que rien ne soit enregistré.
import-file-label = Tableur (CSV ou Excel .xlsx, jusqu’à { $mb } Mo)
import-preview-button = Voir l’import
import-template-link = Télécharger le modèle (CSV)
import-template-file = mistvine-modele-import
import-choose-file = Choisissez un fichier à envoyer : un fichier CSV ou un classeur Excel (.xlsx).
import-too-big = Le fichier dépasse { $mb } Mo, le maximum qu’un import lit. Découpez-le en fichiers plus petits, ou enregistrez-le en CSV, bien plus léger qu’un classeur.
import-read-as-windows-1252 = Ce fichier n’est pas en UTF-8 : il a été lu en Windows-1252, ce qu’Excel écrit pour « CSV » en Europe de l’Ouest. Vérifiez ci-dessous que les accents s’affichent bien ; sinon, enregistrez-le en « CSV UTF-8 » et envoyez-le à nouveau.
import-preview-title = Importer dans { $wave }
import-from-file = Depuis { $file }
import-will-create = { $objectives ->
    [one] Un objectif
   *[other] { $objectives } objectifs
} avec { $krs ->
    [one] un résultat clé
   *[other] { $krs } résultats clés
} à créer
import-run = { $count ->
    [one] Importer un objectif
   *[other] Importer { $count } objectifs
}
import-fix-first = Corrigez les problèmes ci-dessus dans le fichier et envoyez-le à nouveau : rien n’est importé tant qu’il en reste.
import-done-already = Ce fichier a été importé.
import-back-to-wave = Retour à { $wave }
import-already-title = Déjà dans la vague
import-already-hint = La vague a déjà des objectifs portant ces titres (pour la même équipe) : ils restent tels quels, si bien qu’importer deux fois le même fichier n’ajoute rien.
import-row = Ligne { $row }
import-rows = { $count ->
    [one] ligne
   *[other] lignes
} { $rows }
import-whole-file = Tout le fichier
import-problems-title = { $count ->
    [one] Un problème à corriger
   *[other] { $count } problèmes à corriger
}
import-people-title = Personnes introuvables
import-people-hint = Personne dans cette organisation n’a ces adresses : leurs objectifs arrivent sans responsable. Invitez ces personnes d’abord puis renvoyez le fichier, ou choisissez les responsables plus tard.
import-aligned-to = aligné sur « { $objective } »
import-wave-objective = Objectif de vague
import-again-title = Envoyer un fichier corrigé
import-imported = { $count ->
    [one] Un objectif a été importé.
   *[other] { $count } objectifs ont été importés.
}
what-upload = Ce fichier envoyé

# Les lignes d’exemple du modèle.
import-example-wave-objective = Les nouveaux clients tirent profit de leur première semaine
import-example-why = Les clients qui réussissent leur première semaine restent ; la plupart de ceux qui partent ne sont jamais allés aussi loin.
import-example-kr-active = Clients actifs dès leur première semaine
import-example-kr-guide = Guide de prise en main publié
import-example-team-objective = Rendre la mise en route facile
import-example-rationale = Chaque heure qu’un nouveau client passe à s’installer est une heure sans valeur.
import-example-kr-setup = Durée médiane de mise en route
import-example-unit-minutes = minutes

# Un résultat clé dans l’aperçu.
import-kr-range = de { $from } à { $to }
import-kr-range-now = de { $from } à { $to }, actuellement { $now }
import-kr-milestone = une étape
import-kr-milestone-done = une étape, déjà franchie

# Commencer une vague à partir de la structure d’une précédente.
template-from-title = Partir de { $wave }
template-from-hint = Reprend dans cette vague les objectifs de vague de { $wave }, avec leur raison d’être et leurs résultats clés, qui repartent de leur valeur de départ. Vous voyez tout avant que rien ne soit créé ; les responsables se choisissent ensuite.
template-from-teams = Proposer aussi aux équipes leurs objectifs alignés sur eux, comme brouillons que chaque équipe modifie et adopte
template-from-button = Voir la reprise
import-no-earlier-wave = Aucune vague précédente n’a d’objectifs à reprendre.

# Modèles de départ, proposés sur la première vague d’une organisation tant qu’elle est vide.
template-starters-title = Partir d’un modèle
template-starters-hint = Une première vague avance plus vite à partir d’un exemple. Chaque modèle apporte deux objectifs de vague avec leur raison d’être et leurs résultats clés ; vous les voyez avant que rien ne soit créé, et les modifiez ensuite à votre guise.
template-starter-button = Voir « { $name } »
starter-plg = Croissance portée par le produit
starter-reliability = Fiabilité
starter-hiring = Recrutement
starter-unit-hours = heures
starter-plg-success = Les nouveaux utilisateurs réussissent seuls leur premier pas
starter-plg-success-why = Ceux qui trouvent de la valeur sans aide deviennent clients ; chaque essai accompagné par la main nous coûte et ne passe pas à l’échelle.
starter-plg-success-day = Inscriptions atteignant leur premier succès en un jour
starter-plg-success-time = Durée médiane jusqu’au premier succès
starter-plg-invite = Les utilisateurs amènent leurs collègues
starter-plg-invite-why = Chaque collègue invité est un client que nous n’avons pas eu à chercher.
starter-plg-invite-accounts = Comptes avec trois utilisateurs actifs ou plus
starter-plg-invite-rate = Invitations envoyées par compte actif et par semaine
starter-rel-trust = Les clients peuvent compter sur nous
starter-rel-trust-why = Une panne coûte une confiance qu’aucune nouvelle fonction ne regagne.
starter-rel-trust-availability = Disponibilité du service principal
starter-rel-trust-incidents = Incidents remarqués par les clients
starter-rel-recover = Nous nous relevons vite quand quelque chose casse
starter-rel-recover-why = Les pannes arriveront ; les clients retiennent combien de temps elles ont duré.
starter-rel-recover-time = Durée médiane de rétablissement du service
starter-rel-recover-actions = Post-mortems dont les actions sont faites
starter-hire-people = Nous recrutons les personnes dont nos plans ont besoin
starter-hire-people-why = Les plans de cette vague comptent sur des personnes qui ne sont pas encore là.
starter-hire-people-filled = Postes ouverts pourvus
starter-hire-people-accepted = Offres acceptées
starter-hire-experience = Chaque candidat vit une bonne expérience
starter-hire-experience-why = Les candidats parlent : ceux que nous refusons sont les candidats et les clients de demain.
starter-hire-experience-week = Candidats ayant une réponse en une semaine
starter-hire-experience-process = Processus de recrutement écrit et partagé

invalid-starter = Choisissez l’un des modèles proposés.
import-proposes = Les objectifs d’équipe de ce fichier seront proposés à leurs équipes comme brouillons : chaque équipe les reformule et les adopte sur sa page, ou les écarte.
import-proposed = { $count ->
    [one] Un objectif d’équipe a été proposé à son équipe.
   *[other] { $count } objectifs d’équipe ont été proposés à leurs équipes.
}
import-check-in-value-missing = Un point daté a besoin de sa valeur dans Actuel.
import-check-in-kr-unknown = Aucun résultat clé « { $kr } » plus haut dans cet objectif auquel ajouter ce point.
import-date-unreadable = « { $value } » n’est pas une date que cet import sait lire : écrivez-la 2026-03-14 (année, mois, jour).
import-check-in-not-started = Cette vague n’est pas encore active et ne prend donc pas de points datés : laissez Date du point vide.
import-date-outside = { $date } est en dehors des points de cette vague, qui vont du { $from } à aujourd’hui ({ $to }).
import-kr-check-in = un point le { $date }
import-kr-check-ins = { $count } points du { $first } au { $last }
