# L'enquête Aligned Autonomy de l'organisation, et les signaux en direct de
# ce que font réellement les équipes.

survey-title = Enquête d'autonomie
survey-heading = Enquête Aligned Autonomy
survey-none-open = Aucune enquête n'est encore ouverte pour { $wave }
survey-open-text = Faites de la scorecard une enquête anonyme auprès de tous. Les résultats s'affichent une fois l'enquête close (ou la vague terminée), à partir de { $k } réponses.
survey-open = Ouvrir l'enquête
survey-joined-late = L'enquête de { $wave } compte les personnes qui étaient membres une semaine entière avant son ouverture, pour que personne ne puisse ajouter des comptes afin de répondre à côté d'un collègue et lire ses réponses : vous répondrez à l'enquête de la prochaine vague.
survey-is-open = L'enquête de { $wave } est ouverte. Vos réponses sont anonymes : elles sont enregistrées sans votre nom, et les résultats n'apparaissent qu'une fois l'enquête close, à partir de { $k } personnes.
survey-with-you = Répondent avec vous :
survey-alone = Personne d'autre ne répond à cette enquête, ses résultats restent donc cachés.
survey-send = Envoyer mes réponses
survey-thanks = Merci : vous avez répondu à l'enquête de { $wave }.
survey-none = Aucune enquête n'est ouverte en ce moment.
survey-close-ask = Clore l'enquête…
survey-close-warning = Clore l'enquête montre ses résultats à tous. Elle ne peut pas être rouverte et n'accepte plus de réponses.
survey-close = Clore l'enquête et afficher les résultats
survey-results = Résultats par vague
survey-result-line = { $answers } réponses · { $band } ({ $score } / 100)
survey-result-open = Ouverte : les résultats s'affichent une fois l'enquête close.
survey-too-few = Moins de { $k } réponses : les résultats restent cachés pour préserver l'anonymat.
survey-signals = Signaux en direct dans { $wave }
survey-signals-hint = Ce que font réellement les équipes, à côté de ce que disent les gens.

## Signaux en direct : un nombre, puis ce qu'il compte

signal-no-data = Pas encore de données
signal-aligned = des équipes ont un objectif aligné, avec une justification écrite, sur les objectifs de cette vague.
signal-aligned-none = (aucune équipe active pour l'instant) : ce sera la part des équipes ayant un objectif aligné, avec une justification écrite, sur les objectifs de cette vague.
signal-own = des objectifs d'équipe ont été écrits par l'équipe elle-même plutôt qu'imposés.
signal-own-none = (aucun objectif d'équipe pour l'instant) : ce sera la part des objectifs d'équipe écrits par l'équipe elle-même plutôt qu'imposés.
signal-ppp-weeks = { $share } des semaines avec un PPP
signal-no-team-week = Pas encore de semaine d'équipe
# { $ppp } est signal-ppp-weeks ou signal-no-team-week.
signal-with-boosts = { $ppp } ; boosts traités en { $hours } h en moyenne
signal-context = Les équipes qui publient des points hebdomadaires et répondent aux boosts des autres partagent le contexte sans réunions.
signal-velocity = { $per_week ->
    [one] { $per_week } point d'étape par semaine
   *[other] { $per_week } points d'étape par semaine
} ; { $share } des résultats clés ont bougé
signal-velocity-no-krs = { $per_week ->
    [one] { $per_week } point d'étape par semaine
   *[other] { $per_week } points d'étape par semaine
} ; pas encore de résultats clés
signal-execution = Des points d'étape fréquents et des résultats clés qui bougent montrent un travail qui devient résultat.
