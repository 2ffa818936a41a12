# La página de administración.

org-language-title = Idioma
org-language-label = El idioma de la organización
org-language-browser = El idioma del navegador de cada persona
org-language-hint = Para quienes no han elegido su propio idioma en la página de su cuenta: sus páginas y correos, y los mensajes de chat de la organización.
org-language-submit = Guardar el idioma
