# La page d'administration.

org-language-title = Langue
org-language-label = La langue de l'organisation
org-language-browser = La langue du navigateur de chacun
org-language-hint = Pour tous ceux qui n'ont pas choisi leur propre langue sur la page de leur compte : leurs pages et e-mails, et les messages de l'organisation dans le chat.
org-language-submit = Enregistrer la langue
