# The admin page.

org-language-title = Language
org-language-label = The organisation's language
org-language-browser = Each person's browser language
org-language-hint = For everyone who has not chosen their own language on their account page: their pages and e-mails, and the organisation's chat messages.
org-language-submit = Save language
