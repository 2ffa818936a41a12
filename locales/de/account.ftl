# Die Kontoseite.

account-title = Dein Konto
account-reset-done = Dein neues Passwort ist gesetzt. Alle anderen Geräte wurden abgemeldet und deine API-Tokens widerrufen.
account-confirm-sent = Ein neuer Bestätigungslink ist an deine Adresse unterwegs.
account-change-password = Passwort ändern
account-password-changed = Passwort geändert. Alle anderen Geräte wurden abgemeldet und deine API-Tokens widerrufen.
account-new-password-hint = Mindestens 8 Zeichen. Andere Geräte werden abgemeldet und deine API-Tokens widerrufen.
account-sessions = Wo du angemeldet bist
account-sessions-hint = Sitzungen enden nach 14 Tagen ohne Nutzung und 30 Tage nach der Anmeldung.
account-sign-out-device = { $device } abmelden
account-this-device = dieses Gerät
account-session-times = Angemeldet am { $signed_in } · zuletzt aktiv am { $last_active }
account-sign-out = Abmelden
account-sign-out-others-hint = Widerruft auch deine API-Tokens: Erstelle danach neue, wo du sie brauchst.
account-sign-out-others = Überall sonst abmelden

language-title = Sprache
language-label = Deine Sprache in Mistvine
language-org-default = Die Sprache deiner Organisation ({ $language })
language-browser-default = Die Sprache deines Browsers
language-hint = Seiten und die E-Mails, die Mistvine dir schickt, kommen in dieser Sprache.
language-submit = Sprache speichern

## E-Mail

account-email = E-Mail
account-email-off = Dieser Server verschickt gerade keine E-Mails; deine Auswahl gilt, sobald er es tut.
account-email-reminders = Wöchentliche Erinnerung, abzustimmen und das PPP meines Teams zu schreiben
account-email-digest = Freitagsübersicht für Führungskräfte: offene Probleme, wartende Boosts, gesunkene Zuversicht
account-email-save = E-Mail-Auswahl speichern

## Was am Konto hängt: Passkeys, Geräte

account-remove = Entfernen
account-remove-label = { $name } entfernen
# { $last } ist, wann es zuletzt benutzt wurde, oder dass es nie benutzt wurde.
account-added-line = Hinzugefügt am { $added } · { $last }

passkeys-title = Passkeys
passkeys-hint = Ein Passkey meldet dich mit der Bildschirmsperre deines Geräts oder einem Sicherheitsschlüssel statt mit deinem Passwort an. Er lässt sich weder abfischen noch erraten und zählt gegen dieselben Anmeldegrenzen wie ein Passwort.
passkeys-added = Passkey hinzugefügt. Nutze ihn beim nächsten Mal unter „Mit einem Passkey anmelden“.
passkeys-none = Noch keine Passkeys.
passkeys-need-name = Passkeys funktionieren nur, wenn dieser Server über seinen Namen erreicht wird, nicht über eine IP-Adresse: Bitte deine Admins, die öffentliche URL festzulegen.

push-on = Benachrichtigungen sind für dieses Gerät eingeschaltet.
push-test-sent = Eine Testbenachrichtigung ist an jedes deiner Geräte unterwegs.
push-title = Benachrichtigungen auf dem Telefon
push-hint = Erhalte die wöchentliche Erinnerung zum Abstimmen als Benachrichtigung auf deinem Telefon oder Computer. Sie öffnet die Abstimmungsseite; sie zeigt nie eine Bewertung.
push-none = Noch kein Gerät erhält Benachrichtigungen.
push-org-off = Die Admins deiner Organisation haben Benachrichtigungen ausgeschaltet: Vorerst werden keine verschickt.
push-test = Testbenachrichtigung senden
push-reminders = Wöchentliche Erinnerung als Benachrichtigung auf meinen Geräten
push-save = Benachrichtigungsauswahl speichern
push-nothing-sent = noch nichts gesendet
push-last-sent = zuletzt benachrichtigt am { $day }

slack-title = Slack
slack-linked = Dein Slack-Konto in { $workspace } ist verknüpft: Die wöchentliche Erinnerung kommt als Nachricht von Mistvine, und /mistvine aktualisiert Schlüsselergebnisse und schreibt das PPP deines Teams.
slack-not-linked = Deine Organisation nutzt Slack ({ $workspace }), aber dein Slack-Konto ist nicht verknüpft: Mistvine verknüpft Personen, deren Slack-Adresse ihre hier bestätigte Adresse ist.
slack-reminders = Wöchentliche Erinnerung als Slack-Nachricht
slack-save = Slack-Auswahl speichern

## API-Tokens

tokens-title = API-Tokens
tokens-hint = Andere Werkzeuge lesen mit einem Token die Wellen, Ziele, Boosts und die Zuversicht dieser Organisation (so, wie die Seiten sie zeigen), und eines mit Check-in-Recht aktualisiert deine Schlüsselergebnisse. Jedes Token darf { $per_minute } Anfragen pro Minute stellen. Die API ist unter /api/v1/openapi.json beschrieben.
tokens-name = Name des Tokens
tokens-name-hint = Was es nutzt, z. B. „Sprint-Board-Abgleich“.
tokens-scope = Was es darf
tokens-scope-read = Lesen
tokens-scope-check-in = Lesen und Check-ins
tokens-works-for = Gültig für
tokens-days = { $days } Tage
tokens-password = Dein Passwort
tokens-password-hint = Ein Token ist ein dauerhafter Zugang: Bestätige, dass du es bist.
tokens-make = Token erstellen
tokens-new = Dein neues Token: Kopiere es jetzt, es wird nicht noch einmal gezeigt
tokens-none = Noch keine Tokens.
tokens-revoke = Widerrufen
tokens-revoke-label = { $name } widerrufen
tokens-never-used = nie benutzt
tokens-last-used = zuletzt benutzt am { $day }
tokens-expired = abgelaufen am { $day }
tokens-works-until = gültig bis { $day }
tokens-line = Erstellt am { $made } · { $ends } · { $used }

## Das Passkey-Formular (auch auf der Anmeldeseite) und das Benachrichtigungsformular

passkey-add = Passkey hinzufügen
passkey-sign-in = Mit einem Passkey anmelden
passkey-name = Name des Passkeys
passkey-name-hint = Welches Gerät oder welcher Passwortmanager ihn aufbewahrt, z. B. „Arbeitslaptop“.
passkey-needs-script = Passkeys brauchen in diesem Browser JavaScript.
passkey-unsupported = Dieser Browser kann keine Passkeys verwenden.
passkey-unreachable = Der Server war nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.
passkey-unreadable = Die Passkey-Anfrage des Servers war nicht lesbar. Lade die Seite neu und versuche es erneut.
passkey-cancelled = Es wurde kein Passkey verwendet: Die Abfrage wurde geschlossen oder ist abgelaufen.
passkey-already-kept = Dieses Gerät bewahrt schon einen Passkey für dein Konto auf.
passkey-not-allowed-here = Dieser Browser erlaubt für diese Adresse keine Passkeys.
passkey-failed = Der Browser konnte hier keinen Passkey verwenden.

push-device-name = Name des Geräts
push-device-name-hint = Damit du später weißt, welches du entfernst, z. B. „Telefon“.
push-turn-on = Benachrichtigungen auf diesem Gerät einschalten
push-needs-script = Benachrichtigungen brauchen in diesem Browser JavaScript.
push-unsupported = Dieser Browser kann keine Benachrichtigungen einer Webseite zeigen. Auf einem iPhone füge Mistvine zuerst zum Home-Bildschirm hinzu.
push-cannot-show = Dieser Browser kann keine Benachrichtigungen zeigen.
push-blocked = Benachrichtigungen sind für diese Website blockiert. Erlaube sie in den Website-Einstellungen des Browsers und versuche es erneut.
push-no-worker = Diese Seite hat noch keinen Service Worker. Lade sie neu und versuche es erneut.
push-worker-failed = Der Service Worker ist nicht gestartet. Lade die Seite neu und versuche es erneut.
push-cannot-receive = Dieser Browser kann keine Push-Nachrichten empfangen.
push-no-answer = Der Push-Dienst des Browsers hat nicht geantwortet. Prüfe deine Verbindung und versuche es erneut.
push-no-subscription = Der Browser hat kein Abonnement geliefert.
push-bad-key = Der Benachrichtigungsschlüssel des Servers ist nicht lesbar. Lade die Seite neu.

## Wo man angemeldet ist (Browser und System sind Produktnamen)

device-browser-on = { $browser } auf { $system }
device-some-browser-on = Ein Browser auf { $system }
device-other = Ein anderes Programm
