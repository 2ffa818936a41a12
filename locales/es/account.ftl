# La página de la cuenta.

account-title = Tu cuenta
account-reset-done = Tu contraseña nueva está establecida. Se cerró la sesión en todos los demás dispositivos y se revocaron tus tokens de API.
account-confirm-sent = Va de camino a tu dirección un nuevo enlace de confirmación.
account-change-password = Cambiar la contraseña
account-password-changed = Contraseña cambiada. Se cerró la sesión en todos los demás dispositivos y se revocaron tus tokens de API.
account-new-password-hint = Al menos 8 caracteres. Se cierra la sesión en los demás dispositivos y se revocan tus tokens de API.
account-sessions = Dónde tienes la sesión iniciada
account-sessions-hint = Las sesiones terminan tras 14 días sin uso y 30 días después de iniciar sesión.
account-sign-out-device = Cerrar la sesión de { $device }
account-this-device = este dispositivo
account-session-times = Sesión iniciada el { $signed_in } · última actividad el { $last_active }
account-sign-out = Cerrar sesión
account-sign-out-others-hint = También revoca tus tokens de API: crea otros después donde los necesites.
account-sign-out-others = Cerrar sesión en todos los demás sitios

language-title = Idioma
language-label = Tu idioma en Mistvine
language-org-default = El idioma de tu organización ({ $language })
language-browser-default = El idioma de tu navegador
language-hint = Las páginas y los correos que Mistvine te envía llegan en este idioma.
language-submit = Guardar el idioma
