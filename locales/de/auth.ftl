# Anmelden, registrieren, Passwörter, Adresse bestätigen, beitreten.

field-email = E-Mail
field-password = Passwort
field-password-hint = Mindestens 8 Zeichen.
field-your-name = Dein Name
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort

login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-new = Neu bei Mistvine?
login-create-account = Konto erstellen
login-passkey = Passkey
login-sso = Single Sign-on
login-sso-through = { $org } meldet sich über { $provider } an.
login-sso-button = Mit { $provider } anmelden
login-sso-email = Deine Arbeitsadresse
login-sso-email-hint = Die E-Mail-Adresse, die du von deiner Organisation hast: Meldet sie sich über ihren Identitätsanbieter an, erscheint hier dessen Schaltfläche.
login-sso-continue = Weiter mit Single Sign-on

signup-owner = Du wirst sein Inhaber. Lade deine Kolleginnen und Kollegen ein, sobald du drin bist.
signup-org-name = Name der Organisation
signup-org-name-hint = Deine Firma oder Abteilung, so wie deine Kolleginnen und Kollegen sie nennen.
signup-submit = Arbeitsbereich anlegen
signup-have-account = Du hast schon ein Konto?

signed-out-title = Abgemeldet
signed-out-heading = Du bist abgemeldet
signed-out-text = Du bist auf diesem Gerät von Mistvine abgemeldet.
signed-out-provider = Bei { $provider } bist du vielleicht noch angemeldet, und das würde dich hier ohne Nachfrage wieder anmelden.
signed-out-provider-button = Auch bei { $provider } abmelden
signed-out-again = Wieder anmelden

forgot-title = Passwort zurücksetzen
forgot-sent = Wenn ein Konto diese Adresse verwendet, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er funktioniert einmal, { $minutes } Minuten lang. Nach ein paar Minuten nichts da? Sieh im Spam-Ordner nach oder frag noch einmal.
forgot-text = Gib die E-Mail-Adresse ein, mit der du dich anmeldest, und wir schicken dir einen Link, um ein neues Passwort zu wählen.
forgot-submit = Link schicken
forgot-back = Zurück zur Anmeldung
reset-title = Neues Passwort wählen
reset-new-link = Neuen Link anfordern
reset-text = Für { $email }. Damit wirst du auf allen anderen Geräten abgemeldet und deine API-Tokens werden widerrufen.
reset-submit = Neues Passwort setzen

confirm-title = Bestätige deine E-Mail-Adresse
confirm-text = Damit bestätigst du, dass die Adresse, an die der Link ging, dir gehört, und wirst angemeldet. Hat dir die E-Mail einen Arbeitsbereich oder eine Organisation angeboten, bekommst du ihn auch.
confirm-submit = Meine Adresse bestätigen
confirm-log-in-instead = Stattdessen anmelden
inbox-title = Sieh in dein Postfach
inbox-text = Wir haben einen Link an die angegebene Adresse geschickt. Öffne ihn, um zu bestätigen, dass die Adresse dir gehört: Dann trittst du der Organisation bei und bist angemeldet. Der Link gilt eine Woche.
inbox-hint = Du hast schon ein Konto mit dieser Adresse? Mit der E-Mail kannst du damit beitreten. Nach ein paar Minuten nichts da? Sieh im Spam-Ordner nach.

join-title = Einer Organisation beitreten
join-heading = { $org } auf Mistvine beitreten
join-already = Du bist schon Mitglied von { $org }.
join-submit = Beitreten
join-as = Du trittst als { $name } bei.
join-signup-submit = Konto erstellen und beitreten
join-log-in = Zum Beitreten anmelden
join-invited = { $inviter } hat dich eingeladen, in { $org } mitzuarbeiten.
