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
