# Die Verwaltungsseite.

org-language-title = Sprache
org-language-label = Die Sprache der Organisation
org-language-browser = Die Browsersprache jeder Person
org-language-hint = Für alle, die auf ihrer Kontoseite keine eigene Sprache gewählt haben: ihre Seiten und E-Mails sowie die Chatnachrichten der Organisation.
org-language-submit = Sprache speichern
