# Die Verwaltungsseite.

org-language-title = Sprache
org-language-label = Die Sprache der Organisation
org-language-browser = Die Browsersprache jeder Person
org-language-hint = Für alle, die auf ihrer Kontoseite keine eigene Sprache gewählt haben: ihre Seiten und E-Mails sowie die Chatnachrichten der Organisation.
org-language-submit = Sprache speichern

## Wer wann dazukam (/members/history)
membership-title = Wer wann dazukam
membership-hint = Jede Änderung daran, wer zur Organisation und ihren Teams gehört, die neueste zuerst. Wer im Lauf einer Woche dazukommt, stimmt ab der nächsten Woche über die Ziele ab.
membership-none = Noch hat sich nichts geändert.
membership-joined = { $person } ist der Organisation beigetreten
membership-joined-sso = { $person } ist der Organisation über Single Sign-on beigetreten
membership-joined-scim = { $person } ist der Organisation beigetreten, angelegt von ihrem Identitätsanbieter
membership-left = { $person } hat die Organisation verlassen
membership-left-scim = { $person } hat die Organisation verlassen, entfernt von ihrem Identitätsanbieter
# $role ist owner, admin, leader oder member.
membership-role = { $person } ist jetzt { $role ->
        [owner] Inhaber
        [admin] Admin
        [leader] Führungskraft
       *[member] Mitglied
    }
membership-team-joined = { $person } ist dem Team { $team } beigetreten
membership-team-left = { $person } hat das Team { $team } verlassen
membership-a-team-joined = { $person } ist einem Team beigetreten
membership-a-team-left = { $person } hat ein Team verlassen
# { $what } ist eine der Zeilen oben.
membership-by = { $what } (durch { $by })

## Die Verwaltungsseite: Einladungen, Mitglieder, Export, Protokoll
admin-title = Verwaltung
invite-title = Leute einladen
invite-intro = Mit einem Einladungslink kann eine Person innerhalb von 7 Tagen als Mitglied beitreten, bis du ihn widerrufst. Ein Link für mehrere Personen gilt 24 Stunden. Alle sehen, wer wann dazukam.
invite-no-public-url = Links in Einladungen und E-Mails zeigen auf { $base }, die Adresse, auf der dieser Server lauscht, weil keine öffentliche Adresse gesetzt ist. Wenn Leute Mistvine unter einer anderen Adresse erreichen, starte ihn mit --public-url (MISTVINE_PUBLIC_URL).
invite-new-link = Neuer Einladungslink — kopiere ihn jetzt, er wird nur einmal gezeigt
invite-uses = Wie viele Personen damit beitreten dürfen
invite-create = Einladungslink erstellen
invite-open = Offene Einladungslinks
invite-line = Erstellt von { $by }, für { $left ->
        [one] { $left } weitere Person
       *[other] { $left } weitere Personen
    }, läuft ab am { $expires }
invite-revoke = Widerrufen
export-title = Export
export-text = Alles, was diese Organisation geschrieben hat, als eine JSON-Datei: Mitglieder, Teams, Wellen, Ziele, Schlüsselergebnisse mit ihren Check-ins, PPP-Updates, Boosts und Rückblicke. Ergebnisse von Zuversicht und Umfragen stehen nur so darin, wie die Seiten sie zeigen (ab dem Schwellenwert); nichts darin verrät, wie jemand abgestimmt oder geantwortet hat, oder wer.
export-download = Export herunterladen (JSON)
audit-title = Protokoll
audit-hint = Was Admins und Führungskräfte geändert haben, das Neueste zuerst. Stimmen und Antworten auf Umfragen erscheinen hier nie.
# { $action } ist eine der audit-Nachrichten unten, gesagt von { $actor }.
audit-line = { $at } · { $actor } { $action }
members-title = Mitglieder ({ $total })
members-matching = Mitglieder zu „{ $find }“ ({ $total })
members-find = Person suchen (Name oder E-Mail)
members-find-submit = Suchen
members-none = Niemand passt.
member-role-of = Rolle von { $name }
member-remove = { $name } aus der Organisation entfernen
member-remove-ask = Entfernen…
member-remove-warning = { $name } verliert sofort den Zugang zu dieser Organisation; frühere Stimmen zählen weiter, anonym. Nur eine neue Einladung bringt die Person zurück.
member-save-role = Rolle speichern
members-roles-hint = Inhaber und Admins führen den Arbeitsbereich; Führungskräfte setzen die Ziele der Organisation; Mitglieder schreiben die ihres Teams.
# $role ist owner, admin, leader oder member.
members-you-are = Du bist { $role ->
        [owner] Inhaber
        [admin] Admin
        [leader] Führungskraft
       *[member] Mitglied
    }.

## Zuversichtsabstimmungen
votes-title = Zuversichtsabstimmungen
votes-threshold = Stimmen, bevor Ergebnisse erscheinen
votes-threshold-hint = Mindestens 3, damit niemandes Stimme herauszulesen ist.
votes-live = Die Ergebnisse dieser Woche schon vor Wochenende zeigen
votes-live-hint = Live-Ergebnisse erscheinen ab { $step } Stimmen und ändern sich dann nur in Schritten von mindestens { $step } neuen Stimmen (dem Doppelten des Minimums), sodass ein Blick vor und nach einer Stimme (oder einer geänderten Stimme) diese Stimme nie verrät, selbst { $colleagues } Kolleginnen und Kollegen nicht, die ihre eigenen Stimmen kennen und wissen, wann jemand anderes abgestimmt hat. Das Endergebnis der Woche folgt derselben Regel: Bis zu { $unshown } der letzten Stimmen einer Woche erscheinen womöglich nicht.
votes-save = Abstimmungseinstellungen speichern

## E-Mail
mail-title = E-Mail
mail-off = Dieser Server verschickt keine E-Mails: Es ist kein SMTP-Server eingerichtet (siehe docs/email.md). Lade Leute oben mit einem Link ein. Der Zeitplan unten gilt, sobald E-Mail eingeschaltet ist.
mail-invite-title = Per E-Mail einladen
mail-invite-sent = Einladung verschickt. Ihr Link funktioniert einmal, 7 Tage lang.
mail-invite-address = Ihre E-Mail-Adresse
mail-invite-hint = Die Person bekommt einen Link zum Beitreten, der einmal funktioniert, 7 Tage lang.
mail-invite-send = Einladung senden
mail-weekly-title = Wöchentliche E-Mails
mail-weekly-hint = Alle bekommen einmal pro Woche eine Erinnerung, abzustimmen und das PPP ihres Teams zu schreiben (jede Person kann sie auf ihrer Kontoseite abschalten). Inhaber, Admins und Führungskräfte bekommen freitags zur selben Zeit zusätzlich eine Zusammenfassung: offene Probleme, wartende Boosts und gesunkene Zuversicht, nur gezählt, wo genug Leute abgestimmt haben.
mail-time-zone = Zeitzone
mail-time-zone-hint = Mit Namen, etwa Europe/Berlin, America/New_York oder UTC.
mail-reminder-day = Tag der Erinnerung
mail-time = Uhrzeit
mail-time-hint = In der Zeitzone oben; die Freitagszusammenfassung geht zur selben Zeit.
mail-save = E-Mail-Zeitplan speichern

## Benachrichtigungen und Chat
channels-title = Benachrichtigungen und Chat
channels-saved = Kanäle gespeichert.
channels-teams-connected = Teams-Kanal verbunden: Der nächste wöchentliche Anstoß und die Zusammenfassung erscheinen dort.
channels-push = Mitglieder dürfen die wöchentliche Erinnerung als Benachrichtigung aufs Telefon bekommen (jede Person schaltet sie auf ihrer Kontoseite ein)
channels-teams-on = Den wöchentlichen Anstoß und die Zusammenfassung für Führungskräfte in Microsoft Teams posten (sobald unten ein Kanal verbunden ist)
channels-save = Kanäle speichern
teams-title = Microsoft Teams
teams-connected = Am { $day } mit einem Workflow bei { $host } verbunden.
teams-disconnect = Teams trennen
teams-hint = Füge in Teams dem Kanal den Workflow „Post to a channel when a webhook request is received“ hinzu, kopiere seine URL und füge sie hier ein. Beiträge enthalten Links zu Mistvine; in Teams stimmt niemand ab.
teams-url = Workflow-URL
teams-connect = Teams-Kanal verbinden
slack-outcome-connected = Slack verbunden. Personen, deren Slack-Adresse ihre hier bestätigte Adresse ist, werden verknüpft.
slack-outcome-saved = Slack-Einstellungen gespeichert.
slack-outcome-syncing = Personen werden neu mit Slack verknüpft; die Zahl unten aktualisiert sich gleich.
slack-outcome-disconnected = Slack getrennt: Dorthin wird nichts mehr geschickt.
slack-outcome-denied = Slack wurde nicht hinzugefügt: Die Anfrage wurde auf der Seite von Slack abgelehnt.
slack-outcome-stale = Das Hinzufügen von Slack hat zu lange gedauert oder wurde von jemand anderem begonnen. Beginne neu mit „Zu Slack hinzufügen“.
slack-outcome-taken = Dieser Slack-Arbeitsbereich ist auf diesem Server mit einer anderen Organisation verbunden. Trenne ihn zuerst dort.
slack-outcome-unavailable = Dieser Server ist noch nicht als Slack-App eingerichtet (siehe docs/notifications.md), oder du bist kein Admin.
slack-outcome-failed = Slack hat Mistvine keinen Zugriff gegeben. Versuche es noch einmal.
slack-unavailable = Dieser Server ist nicht als Slack-App eingerichtet: Wer ihn betreibt, gibt ihm die Client-ID und die Geheimnisse der App (docs/notifications.md). Dann fügen Admins sie hier ihrem Arbeitsbereich hinzu.
slack-add-hint = Füge Mistvine deinem Slack-Arbeitsbereich hinzu: Alle bekommen die wöchentliche Erinnerung als Direktnachricht, die Zusammenfassung für Führungskräfte geht in einen Kanal deiner Wahl, und /mistvine checkt ein und schreibt das PPP. Abgestimmt wird weiter in Mistvine.
slack-add = Zu Slack hinzufügen
slack-connected-to = Am { $day } mit dem Slack-Arbeitsbereich { $workspace } verbunden.
org-slack-linked = { $count } Personen über ihre bestätigte Adresse verknüpft (zuletzt verknüpft: { $synced }).
slack-not-yet = noch nicht
slack-channel = Kanal für die Zusammenfassung der Führungskräfte
slack-channel-hint = Sein Name (#okr-leads) oder seine ID; leer: keine Zusammenfassung in Slack. Die Zusammenfassung nennt Probleme und Boosts, nie eine Stimme.
slack-on = Die wöchentliche Erinnerung und die Zusammenfassung an Slack senden
org-slack-save = Slack-Einstellungen speichern
slack-relink = Personen neu verknüpfen
slack-disconnect = Slack trennen
slack-add-again = Erneut zu Slack hinzufügen
slack-add-again-after = (nachdem die Berechtigungen der App geändert wurden).

## Single Sign-on
sso-title = Single Sign-on
sso-hint = Alle melden sich über euren Identitätsanbieter (Microsoft Entra ID, Google Workspace, Okta, Keycloak…) mit OpenID Connect an. Registriere Mistvine dort als Webanwendung mit dieser Weiterleitungs-URI und den Scopes openid, email und profile (docs/single-sign-on.md beschreibt die Schritte für jeden Anbieter):
sso-address = Die Anmeldeadresse eurer Organisation:
sso-label = Name des Anbieters
sso-label-hint = Auf dem Anmeldeknopf: „Anmelden mit …“, z. B. Okta.
sso-issuer = Issuer-URL
sso-issuer-hint = Der Issuer des Anbieters, z. B. https://login.microsoftonline.com/<tenant>/v2.0.
sso-client-id = Client-ID
sso-secret = Client-Geheimnis
sso-secret-hint = Versiegelt mit dem Stimmschlüssel des Servers aufbewahrt, nie wieder gezeigt. Leer lassen, um das gespeicherte zu behalten.
sso-domains = E-Mail-Domains, für die er bürgt
sso-domains-hint = Durch Kommas getrennt, z. B. example.com, example.org. Personen dieser Domains treten bei ihrer ersten Anmeldung als Mitglieder bei.
sso-required = Single Sign-on verlangen
sso-required-hint = Mitglieder können sich dann nicht mehr mit einem Passwort anmelden (ihre Passwortsitzungen enden jetzt). Inhaber behalten ihr Passwort, damit ein ausgefallener oder falsch eingerichteter Anbieter die Organisation nicht aussperrt.
sso-save = Single Sign-on speichern
sso-connect = Anbieter verbinden
sso-disconnect-ask = Anbieter trennen…
sso-disconnect-warning = Dann melden sich alle wieder mit einem Passwort an; wer nie eines gesetzt hat, nutzt „Passwort vergessen?“. Wird derselbe Anbieter später wieder verbunden, meldet er alle in denselben Konten an.
sso-disconnect = Anbieter trennen

## Bereitstellung (SCIM)
scim-title = Bereitstellung (SCIM)
scim-hint = Euer Identitätsanbieter (Entra ID, Okta…) kann über SCIM 2.0 Mitglieder hinzufügen und entfernen und Teams mit seinen Gruppen abgleichen: Wen er deaktiviert, verlässt die Organisation sofort (Sitzungen und API-Tokens enden). Gib ihm diese Adresse und ein Token (docs/single-sign-on.md beschreibt die Schritte für jeden Anbieter).
scim-address = Adresse:
scim-new-token = Dein neues SCIM-Token: Kopiere es jetzt in den Anbieter, es wird nicht noch einmal gezeigt
scim-token-in-use = Ein am { $day } erstelltes Token ist in Gebrauch.
scim-no-token = Noch kein Token: Nichts stellt diese Organisation bereit.
scim-remake = Neues Token erstellen (das alte funktioniert dann nicht mehr)
scim-make = SCIM-Token erstellen
scim-revoke-ask = Token widerrufen…
scim-revoke-warning = Der Anbieter kann dann niemanden mehr hinzufügen oder entfernen, bis du ein neues Token erstellst.
scim-revoke = SCIM-Token widerrufen

## Die Einträge des Protokolls: was jemand getan hat, nach dem Namen gesagt
audit-team-archived = hat das Team { $team } archiviert
audit-team-restored = hat das Team { $team } wiederhergestellt
audit-scim-token-made = hat ein neues SCIM-Token erstellt (das vorige, falls es eines gab, funktioniert nicht mehr)
audit-scim-token-revoked = hat das SCIM-Token widerrufen
# { $what } ist eine der audit-scim-Nachrichten unten.
audit-scim = über SCIM: { $what }
audit-scim-added = hat { $name } ({ $email }) hinzugefügt
audit-scim-deactivated = hat { $name } deaktiviert
audit-scim-reactivated = hat { $name } wieder aktiviert
audit-scim-removed = hat { $name } entfernt
audit-scim-group-made = hat die Gruppe { $group } angelegt
audit-scim-group-changed = hat die Gruppe { $group } geändert
audit-scim-group-archived = hat die Gruppe { $group } archiviert
audit-slack-connected = hat den Slack-Arbeitsbereich { $workspace } verbunden
audit-slack-disconnected = hat Slack getrennt
audit-slack-channel = hat den Slack-Kanal für die Zusammenfassung auf { $channel } gesetzt
audit-slack-no-digest = hat die Zusammenfassung in Slack beendet
audit-slack-on = hat Slack-Nachrichten eingeschaltet
audit-slack-off = hat Slack-Nachrichten ausgeschaltet
audit-survey-opened = hat die Umfrage zu { $wave } geöffnet
audit-survey-closed = hat die Umfrage geschlossen
audit-invite-emailed = hat einen Einladungslink an { $email } gemailt
audit-mail-schedule = hat die wöchentlichen E-Mails auf { $day } { $time } ({ $zone }) gesetzt
# $role ist owner, admin, leader oder member.
audit-role = hat { $person } { $role ->
        [owner] zum Inhaber
        [admin] zum Admin
        [leader] zur Führungskraft
       *[member] zum Mitglied
    } gemacht
audit-removed = hat { $person } aus der Organisation entfernt
audit-invite-created = hat einen Einladungslink für { $uses ->
        [one] eine Person
       *[other] { $uses } Personen
    } erstellt
audit-invite-revoked = hat einen Einladungslink widerrufen
# $push und $teams sind on oder off.
audit-channels = hat Benachrichtigungen aufs Telefon { $push ->
        [on] eingeschaltet
       *[off] ausgeschaltet
    } und Beiträge in Teams { $teams ->
        [on] eingeschaltet
       *[off] ausgeschaltet
    }
audit-teams-connected = hat einen Teams-Kanal verbunden (einen Workflow bei { $host })
audit-teams-disconnected = hat den Teams-Kanal getrennt
# $live ist on oder off.
audit-votes = hat Ergebnisse ab { $threshold } Stimmen eingestellt, Live-Ergebnisse { $live ->
        [on] an
       *[off] aus
    }
# $scope ist read oder check_in.
audit-token-made = hat ein API-Token „{ $name }“ erstellt ({ $scope ->
        [read] lesen
       *[check_in] lesen und einchecken
    }, { $days } Tage)
audit-token-revoked = hat ein API-Token widerrufen
audit-took-over = hat diesen Arbeitsbereich übernommen, indem die E-Mail-Adresse bestätigt wurde (das Konto, das ihn begonnen hatte, ist gegangen)
audit-exported = hat die Daten der Organisation exportiert
# { $objectives } zählt die angelegten Ziele; { $wave } ist der Name der Welle.
audit-imported = hat { $objectives ->
    [one] ein Ziel
   *[other] { $objectives } Ziele
} aus einer Tabelle in { $wave } importiert
audit-language = hat die Sprache der Organisation auf { $language } gesetzt
audit-language-browser = lässt den Browser jeder Person die Sprache wählen
audit-sso-connected = hat Single Sign-on über { $provider } ({ $domains }) verbunden
audit-sso-changed = hat Single Sign-on über { $provider } ({ $domains }) geändert
audit-sso-required = verlangt Single Sign-on ({ $ended ->
        [one] { $ended } Passwortsitzung beendet
       *[other] { $ended } Passwortsitzungen beendet
    })
audit-sso-optional = verlangt Single Sign-on nicht mehr
audit-sso-disconnected = hat Single Sign-on getrennt
# { $from } und { $to } sind Zustände einer Welle.
audit-wave-moved = hat die Welle { $wave } von { $from } auf { $to } gesetzt

# Eine Organisation aus einer anderen Installation übernehmen.
restore-title = Eine Organisation übernehmen
restore-hint = Umzug von einem anderen Mistvine-Server? Lade den Export hoch, den die Admins dort heruntergeladen haben. Er füllt diese Organisation, die leer sein muss (du ihr einziges Mitglied), mit allem, was der Export enthält: Personen (nach E-Mail-Adresse zugeordnet; neue legen ihr Passwort mit „Passwort vergessen?“ fest), Teams, Wellen, Ziele mit ihren Check-ins, PPP-Updates, Reflexionen, Boosts sowie Zuversichts- und Umfrageergebnisse, wie sie angezeigt wurden.
restore-file-label = Exportdatei (.json)
restore-button = Übernehmen
restore-choose-file = Wähle die Exportdatei zum Hochladen.
restore-not-an-export = Das ist kein Mistvine-Export oder ein beschädigter: Lade die .json-Datei hoch, die ein Admin mit „Export herunterladen“ bekommen hat.
restore-not-empty = Nur eine leere Organisation kann einen Export übernehmen: Diese hat schon Teams, Wellen oder weitere Mitglieder. Lege eine neue Organisation dafür an.
restore-owners-only = Nur Eigentümer übernehmen eine Organisation.
restore-too-big = Die Datei ist größer als { $mb } MB, mehr nimmt ein Hochladen nicht an.
restore-format = Dieser Export hat ein Format, das diese Mistvine-Version nicht liest: Exportiere ihn erneut aus einer Installation dieser Version.
restore-broken-team = Der Export nennt ein Team, das er nicht enthält: Er ist beschädigt. Lade ihn erneut herunter.
restore-broken-objective = Der Export nennt ein Ziel, das er nicht enthält: Er ist beschädigt. Lade ihn erneut herunter.
restore-done = { $objectives ->
    [one] Die Organisation wurde übernommen, mit einem Ziel.
   *[other] Die Organisation wurde übernommen, mit { $objectives } Zielen.
}
audit-restored = hat den Export von { $organisation } übernommen: { $members } Personen, { $waves } Wellen
restore-accounts-exist = { $email } hat auf diesem Server schon ein Konto: Eine Übernahme bringt nur Personen mit, die hier neu sind, denn ob sie einer Organisation beitreten, entscheiden sie selbst. Übernimm die Organisation auf einem Server, auf dem sie keines haben, oder lade sie danach ein.
restore-accounts-here = Einige Personen des Exports haben auf diesem Server schon ein Konto: Eine Übernahme bringt nur Personen mit, die hier neu sind, denn ob sie einer Organisation beitreten, entscheiden sie selbst. Übernimm die Organisation auf einem Server, auf dem sie keines haben.
