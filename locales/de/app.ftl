# Der Rahmen der App: obere Leiste, Navigation, Hinweise, die jede Seite
# zeigen kann, die Startseite und die Sprachwahl. Platzhalter ({ $name })
# füllt die App; behalte sie und setze sie, wo deine Sprache sie braucht.

app-description = Mistvine: Strategie fließt nach unten, Ehrlichkeit nach oben, Teams setzen um.

## Obere Leiste und Navigation

nav-skip = Zum Inhalt springen
nav-account-label = Konto
nav-main-label = Hauptmenü
nav-more-label = Mehr
nav-scorecard = Scorecard
nav-log-in = Anmelden
nav-start-workspace = Arbeitsbereich anlegen
nav-home = Start
nav-vote = Abstimmen
nav-ppp = PPP
nav-boosts = Boosts
nav-menu = Menü
nav-confidence = Zuversicht
nav-survey = Umfrage
nav-waves = Wellen
nav-teams = Teams
nav-drafts = Entwürfe
nav-admin = Verwaltung
nav-organisation = Organisation
nav-switch-org = Wechseln
nav-your-account = { $email } – dein Konto
nav-log-out = Abmelden

confirm-banner-label = Bestätige deine E-Mail-Adresse
confirm-banner-text = Bestätige deine E-Mail-Adresse: Öffne den Link, den wir an { $email } geschickt haben. Bis dahin kann sich dieses Konto auf keinem anderen Gerät mit Passwort anmelden, keiner weiteren Organisation beitreten und keinen weiteren Arbeitsbereich anlegen.
confirm-banner-resend = Link erneut senden

language-switch-label = Sprache
language-switch-submit = Ändern

## Was eine Seite zeigt, wenn ihre Daten nicht geladen werden konnten

notice-log-in-title = Bitte melde dich an
notice-log-in-text = Um diese Seite zu sehen, musst du angemeldet sein.
notice-not-found = Nicht gefunden
notice-not-right = Etwas stimmt nicht
notice-back-home = Zurück zur Startseite
notice-loading = Wird geladen …

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist falsch geschrieben.
not-found-home = Zur Startseite

## Rollen in einer Organisation

role-owner = Inhaber
role-admin = Admin
role-leader = Führungskraft
role-member = Mitglied

## Startseite

home-hero-title = Strategie fließt nach unten. Ehrlichkeit fließt nach oben. Teams setzen um.
home-hero-text = Mistvine hilft Führungskräften, für eine kurze Welle wenige Ziele zu setzen, lässt jedes Team eigene, darauf ausgerichtete Ziele schreiben und das Wie selbst bestimmen, und bringt ehrliche Signale zurück nach oben: anonyme Zuversichtsabstimmungen, wöchentliche Updates und Bitten um Hilfe zwischen Teams.
# { $link } ist der Link mit den Worten von home-scorecard-link.
home-scorecard-invite = Nicht sicher, wo deine Organisation steht? { $link }, ganz ohne Konto.
home-scorecard-link = Mach die zweiminütige Aligned-Autonomy-Scorecard
home-welcome = Willkommen, { $name }
home-getting-started = Erste Schritte
home-step-team = Lege dein erstes Team an
home-step-team-why = Teams schreiben ihre eigenen Ziele und stimmen darüber ab.
home-step-invite = Lade deine Kolleginnen und Kollegen ein
home-step-invite-why = Teile einen Einladungslink; sie treten als Mitglieder bei.
home-step-wave = Plane und starte eine Welle
home-step-wave-why = Lege eine Welle von 2 bis 6 Wochen und ihre wenigen Ziele fest; die Teams richten sich daran aus.
home-step-done = (erledigt)
home-steps-by-leads = Das richten Admins und Führungskräfte deiner Organisation ein.
home-your-teams = Deine Teams
home-no-team = Du bist noch in keinem Team.
home-all-teams = Alle Teams ansehen
home-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
home-org-counts = { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
} und { $teams ->
    [one] { $teams } aktives Team
   *[other] { $teams } aktive Teams
} in deiner Organisation.

## Aufzählungen: „A, B und C“ ({ $init } sind alle außer dem letzten, schon durch Kommas getrennt)

list-and = { $init } und { $last }

## Wer sonst abstimmt oder antwortet (ein erfundenes Konto, das eine Stimme lesen soll, fällt hier auf)

# { $lead } ist der Anfang der Zeile, z. B. „Mit dir stimmen ab:“.
co-voters-count = { $lead } { $count } Personen. Kürzlich beigetreten:
co-voters-nobody = niemand.
co-voters-new = { $name } (neu: beigetreten am { $joined })
