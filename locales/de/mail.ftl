# E-Mails, in der Sprache ihrer Empfänger. Reiner Text: Jede Nachricht ist
# ein Absatz; Links und Listen stehen dazwischen.

mail-hello = Hallo { $name },
mail-footer = Du bekommst das, weil wöchentliche E-Mails in Mistvine für dich eingeschaltet sind. Schalte sie auf deiner Kontoseite ab: { $link }
mail-invite-subject = { $inviter } hat dich zu { $org } auf Mistvine eingeladen
mail-invite-body = { $inviter } hat dich eingeladen, { $org } auf Mistvine beizutreten, wo Teams für jede Welle ihre eigenen Ziele schreiben und ehrlich sagen, wie zuversichtlich sie sind.
mail-invite-join = Hier beitreten (der Link funktioniert einmal, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang):
mail-invite-ignore = Wenn du das nicht erwartet hast, ignoriere es: Ohne den Link passiert nichts.
mail-reset-subject = Setze dein Mistvine-Passwort zurück
mail-reset-body = Jemand (hoffentlich du) hat darum gebeten, das Passwort deines Mistvine-Kontos zurückzusetzen. Wähle hier ein neues:
mail-reset-valid = Der Link funktioniert einmal, { $minutes } Minuten lang. Ein neues Passwort meldet dich überall ab.
mail-reset-ignore = Wenn du nicht darum gebeten hast, ignoriere diese E-Mail: Dein Passwort bleibt, wie es ist.
mail-confirm-subject = Bestätige deine E-Mail-Adresse für Mistvine
mail-confirm-new = Du hast den Arbeitsbereich { $org } auf Mistvine begonnen. Bestätige, dass diese Adresse dir gehört:
mail-confirm-taken-subject = Jemand hat { $org } auf Mistvine mit deiner Adresse begonnen
mail-confirm-taken = Jemand hat den Arbeitsbereich { $org } auf Mistvine mit dieser E-Mail-Adresse begonnen, die schon ein Mistvine-Konto hat. Wenn du es warst (vielleicht mit einem anderen Passwort), füge { $org } hier deinem Konto hinzu:
mail-confirm-join-subject = Bestätige deine E-Mail-Adresse, um { $org } beizutreten
mail-confirm-join = Du hast darum gebeten, { $org } auf Mistvine beizutreten. Bestätige, dass diese Adresse dir gehört, und du bist dabei:
mail-confirm-taken-join-subject = Jemand möchte mit deiner Adresse { $org } auf Mistvine beitreten
mail-confirm-taken-join = Jemand hat darum gebeten, mit dieser E-Mail-Adresse { $org } auf Mistvine beizutreten, die schon ein Mistvine-Konto hat. Wenn du es warst, tritt { $org } hier mit deinem Konto bei:
mail-confirm-again = Bestätige, dass diese Adresse dir gehört:
mail-confirm-valid = Der Link funktioniert einmal, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang.
mail-confirm-ignore = Wenn du nicht darum gebeten hast, ignoriere diese E-Mail: Ohne den Link passiert nichts, und niemand kann sich mit deiner Adresse anmelden.

## Die wöchentliche Erinnerung und die Zusammenfassung für Führungskräfte (auch im Chat und als Benachrichtigung)
mail-week = Woche { $week } von { $weeks }
mail-reminder-subject = { $org }: die Abstimmung dieser Woche
mail-reminder-subject-ppp = { $org }: die Abstimmung und das PPP dieser Woche
# { $week } ist mail-week.
mail-reminder-when = Es ist { $week } der Welle { $wave } in { $org }.
mail-reminder-vote = Stimme ab: Wie zuversichtlich bist du bei den Zielen, an denen du arbeitest? Es dauert eine Minute, und niemand kann sehen, wie du abgestimmt hast.
mail-reminder-ppp = Schreibe das PPP von { $team } für diese Woche (Fortschritt, Pläne, Probleme):
mail-digest-subject = { $org }: die Woche in { $wave }
mail-digest-intro = { $org } — { $wave }, { $week }. Was diese Woche eine Führungskraft braucht:
mail-digest-problems = Noch ungelöste Probleme aus PPP-Updates: { $count }
mail-digest-boosts = Boosts, die auf ein Team warten: { $count } ({ $stale } seit mehr als einer Woche)
mail-digest-not-falling = Bei keinem Ziel ist die Zuversicht zwei Wochen in Folge gesunken.
mail-digest-falling = Zuversicht zwei Wochen in Folge gesunken: { $count }
mail-digest-disagree = Ziele, bei denen Zahlen und Menge auseinanderliegen: { $count }. Frag diese Teams, was die Zahlen übersehen.
mail-digest-anonymous = Zuversicht erscheint nur, wo genug Leute abgestimmt haben, wie auf dem Dashboard; keine Stimme steht in dieser E-Mail.
mail-digest-dashboard = Das Dashboard: { $link }
mail-digest-team-objective = ein Ziel von { $team }

## Die wöchentliche Erinnerung als Benachrichtigung aufs Telefon (ihr Titel ist mail-reminder-subject)
push-reminder = Es ist { $week } der Welle { $wave }. Wie zuversichtlich bist du? Es dauert eine Minute, und niemand sieht, wie du abgestimmt hast.
