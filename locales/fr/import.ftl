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
