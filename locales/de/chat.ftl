# Was der wöchentliche Rhythmus im Chat sagt (Slack und Microsoft Teams):
# in einem Kanal in der Sprache der Organisation, in einer Direktnachricht
# in der der Person. Links auf Mistvines Seiten, nie eine Stimme.

## Karten in Microsoft Teams
teams-nudge-title = { $org }: Die Abstimmung dieser Woche ist offen
# { $week } ist mail-week.
teams-nudge-text = Es ist { $week } der Welle { $wave }. Wie zuversichtlich bist du bei den Zielen, an denen du arbeitest? Es dauert eine Minute auf Mistvines Abstimmungsseite, und niemand kann sehen, wie du abgestimmt hast.
teams-nudge-ppp = Jedes Team schreibt auch sein PPP für die Woche: Fortschritt, Pläne, Probleme.
chat-vote = Abstimmen
teams-write-ppp = Das PPP deines Teams schreiben
chat-digest-title = { $org } — { $wave }, { $week }
chat-digest-intro = Was diese Woche eine Führungskraft braucht:
teams-fact-problems = Noch ungelöste Probleme
teams-fact-boosts = Boosts, die auf ein Team warten
teams-fact-stale = Davon seit über einer Woche
teams-fact-disagree = Ziele, bei denen Zahlen und Menge auseinanderliegen
chat-newest-problems = Neueste Probleme
chat-boosts-longest = Am längsten wartende Boosts
chat-confidence-dropped = Zuversicht zwei Wochen in Folge gesunken
teams-anonymous = Zuversicht erscheint nur, wo genug Leute abgestimmt haben, wie auf dem Dashboard; keine Stimme steht in dieser Karte.
chat-open-dashboard = Dashboard öffnen

## Slack-Nachrichten
slack-reminder-head = { $org }: die Abstimmung dieser Woche
slack-reminder-when = Es ist { $week } der Welle { $wave }.
slack-reminder-ask = Wie zuversichtlich bist du bei den Zielen, an denen du arbeitest? Es dauert eine Minute auf Mistvines Abstimmungsseite, und niemand kann sehen, wie du abgestimmt hast.
slack-vote-on = Über { $title } abstimmen
slack-write-ppp = Das PPP von { $team } schreiben
slack-ppp-intro = Das PPP deines Teams für diese Woche (Fortschritt, Pläne, Probleme):
# { $link } ist slack-account-page, verlinkt.
slack-reminders-off = Erinnerungen in Slack lassen sich auf { $link } abschalten.
slack-account-page = deiner Kontoseite
slack-reminder-text = { $org }: die Abstimmung dieser Woche ({ $week })
slack-digest-problems = Noch ungelöste Probleme aus PPP-Updates: { $count }
slack-digest-boosts = Boosts, die auf ein Team warten: { $count } ({ $stale } seit mehr als einer Woche)
slack-digest-disagree = Ziele, bei denen Zahlen und Menge auseinanderliegen: { $count }
slack-anonymous = Zuversicht erscheint nur, wo genug Leute abgestimmt haben, wie auf dem Dashboard; keine Stimme steht in dieser Nachricht.

## Antworten auf /mistvine, in der Sprache der verknüpften Person
slack-gone = Mistvine ist nicht mehr mit diesem Slack-Arbeitsbereich verbunden.
slack-command-not-linked = Dein Slack-Konto ist noch nicht mit Mistvine verknüpft: Mistvine verknüpft Personen, deren Slack-Adresse ihre bestätigte Mistvine-Adresse ist. Bitte einen Admin, Personen neu zu verknüpfen, nachdem du beigetreten bist.
slack-not-member = Du bist in Mistvine kein Mitglied dieser Organisation mehr.
slack-help = Was /mistvine kann:
slack-usage-list = deine Schlüsselergebnisse und ihre Nummern auflisten
slack-usage-check-in = bei Schlüsselergebnis 42 einchecken: sein neuer Wert und, wenn du magst, eine Notiz
slack-usage-ppp = das PPP deines Teams für diese Woche schreiben
slack-usage-vote = ein Link zur Abstimmung dieser Woche (abgestimmt wird in Mistvine, nie in Slack)
# { $link } ist slack-vote-now, verlinkt.
slack-vote-page = Die Abstimmung dieser Woche ist auf Mistvines eigener Seite, wo niemand sehen kann, wie du abgestimmt hast: { $link }.
slack-vote-now = jetzt abstimmen
# { $link } ist slack-see-objective, verlinkt.
slack-checked-in = Eingecheckt. { $link }.
slack-see-objective = Zum Ziel
slack-no-krs = Deine Teams haben keine Schlüsselergebnisse in einer laufenden Welle.
slack-krs = Die Schlüsselergebnisse deiner Teams; checke ein mit /mistvine checkin NUMMER WERT [Notiz]:
slack-no-team = Du bist noch in keinem Team, also gibt es kein PPP für dich zu schreiben.
slack-no-week = PPP-Updates werden in den Wochen einer aktiven Welle geschrieben.
slack-modal-failed = Slack hat das Formular nicht geöffnet. Versuche es noch einmal, oder schreibe das PPP auf der Seite deines Teams in Mistvine.
slack-modal-title = Das PPP deines Teams
slack-modal-team = Team
slack-modal-progress-hint = Was diese Woche vorangekommen ist; ein Punkt pro Zeile.
slack-modal-plans-hint = Was das Team als Nächstes tut.
slack-modal-problems-hint = Was das Team blockiert; Führungskräfte sehen das.
slack-modal-save = PPP speichern
slack-modal-cancel = Abbrechen
