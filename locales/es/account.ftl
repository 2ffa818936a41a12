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

## Correo

account-email = Correo
account-email-off = Este servidor no envía correos por ahora; tus preferencias se aplicarán cuando lo haga.
account-email-reminders = Recordatorio semanal para votar y escribir el PPP de mi equipo
account-email-digest = Resumen del viernes para responsables: problemas abiertos, boosts en espera, confianza que bajó
account-email-save = Guardar las preferencias de correo

## Lo que guarda la cuenta: llaves de acceso, dispositivos

account-remove = Quitar
account-remove-label = Quitar { $name }
# { $last } dice cuándo se usó por última vez, o que nunca se usó.
account-added-line = Añadido el { $added } · { $last }

passkeys-title = Llaves de acceso
passkeys-hint = Una llave de acceso inicia tu sesión con el bloqueo de pantalla de tu dispositivo o una llave de seguridad en lugar de tu contraseña. No se puede robar con phishing ni adivinar, y cuenta para los mismos límites de inicio de sesión que una contraseña.
passkeys-added = Llave de acceso añadida. Úsala la próxima vez en «Iniciar sesión con una llave de acceso».
passkeys-none = Aún no hay llaves de acceso.
passkeys-need-name = Las llaves de acceso solo funcionan cuando se llega a este servidor por su nombre, no por una dirección IP: pide a tu admin que configure la URL pública.

push-on = Las notificaciones están activadas en este dispositivo.
push-test-sent = Va de camino una notificación de prueba a cada uno de tus dispositivos.
push-title = Notificaciones en el teléfono
push-hint = Recibe el recordatorio semanal para votar como notificación en tu teléfono u ordenador. Abre la página de votación; nunca muestra una puntuación.
push-none = Aún no hay ningún dispositivo que reciba notificaciones.
push-org-off = Los admins de tu organización han desactivado las notificaciones: por ahora no se envía ninguna.
push-test = Enviar una notificación de prueba
push-reminders = Recordatorio semanal como notificación en mis dispositivos
push-save = Guardar la preferencia de notificaciones
push-nothing-sent = aún no se ha enviado nada
push-last-sent = última notificación el { $day }

slack-title = Slack
slack-linked = Tu cuenta de Slack en { $workspace } está vinculada: el recordatorio semanal llega como mensaje de Mistvine, y /mistvine registra avances y escribe el PPP de tu equipo.
slack-not-linked = Tu organización usa Slack ({ $workspace }), pero tu cuenta de Slack no está vinculada: Mistvine vincula a las personas cuya dirección de Slack es su dirección confirmada aquí.
slack-reminders = Recordatorio semanal como mensaje de Slack
slack-save = Guardar la preferencia de Slack

## Tokens de API

tokens-title = Tokens de API
tokens-hint = Otras herramientas leen con un token las olas, los objetivos, los boosts y la confianza de esta organización (tal como los muestran las páginas), y uno que puede registrar avances actualiza tus resultados clave. Cada token puede hacer { $per_minute } peticiones por minuto. La API se describe en /api/v1/openapi.json.
tokens-name = Nombre del token
tokens-name-hint = Qué lo usa, p. ej. «Sincronización del tablero del sprint».
tokens-scope = Qué puede hacer
tokens-scope-read = Leer
tokens-scope-check-in = Leer y registrar avances
tokens-works-for = Válido durante
tokens-days = { $days } días
tokens-password = Tu contraseña
tokens-password-hint = Un token es una vía de acceso duradera: confirma que eres tú.
tokens-make = Crear el token
tokens-new = Tu nuevo token: cópialo ahora, no se volverá a mostrar
tokens-none = Aún no hay tokens.
tokens-revoke = Revocar
tokens-revoke-label = Revocar { $name }
tokens-never-used = nunca usado
tokens-last-used = último uso el { $day }
tokens-expired = caducó el { $day }
tokens-works-until = válido hasta el { $day }
tokens-line = Creado el { $made } · { $ends } · { $used }

## El formulario de llave de acceso (también en la página de inicio de sesión) y el de notificaciones

passkey-add = Añadir una llave de acceso
passkey-sign-in = Iniciar sesión con una llave de acceso
passkey-name = Nombre de la llave de acceso
passkey-name-hint = Qué dispositivo o gestor de contraseñas la guarda, p. ej. «Portátil del trabajo».
passkey-needs-script = Las llaves de acceso necesitan JavaScript en este navegador.
passkey-unsupported = Este navegador no puede usar llaves de acceso.
passkey-unreachable = No se pudo contactar con el servidor. Comprueba tu conexión e inténtalo de nuevo.
passkey-unreadable = No se pudo leer el desafío de llave de acceso del servidor. Recarga la página e inténtalo de nuevo.
passkey-cancelled = No se usó ninguna llave de acceso: la ventana se cerró o caducó.
passkey-already-kept = Este dispositivo ya guarda una llave de acceso para tu cuenta.
passkey-not-allowed-here = Este navegador no permite llaves de acceso para esta dirección.
passkey-failed = El navegador no pudo usar una llave de acceso aquí.

push-device-name = Nombre del dispositivo
push-device-name-hint = Para saber cuál quitar más adelante, p. ej. «Teléfono».
push-turn-on = Activar las notificaciones en este dispositivo
push-needs-script = Las notificaciones necesitan JavaScript en este navegador.
push-unsupported = Este navegador no puede mostrar notificaciones de una página web. En un iPhone, añade primero Mistvine a la pantalla de inicio.
push-cannot-show = Este navegador no puede mostrar notificaciones.
push-blocked = Las notificaciones están bloqueadas para este sitio. Permítelas en la configuración del sitio del navegador y vuelve a intentarlo.
push-no-worker = Esta página aún no tiene service worker. Recárgala e inténtalo de nuevo.
push-worker-failed = El service worker no se inició. Recarga la página e inténtalo de nuevo.
push-cannot-receive = Este navegador no puede recibir mensajes push.
push-no-answer = El servicio push del navegador no respondió. Comprueba tu conexión e inténtalo de nuevo.
push-no-subscription = El navegador no dio ninguna suscripción.
push-bad-key = La clave de notificaciones del servidor no se puede leer. Recarga la página.

## Dónde se tiene la sesión iniciada (navegador y sistema son nombres de productos)

device-browser-on = { $browser } en { $system }
device-some-browser-on = Un navegador en { $system }
device-other = Otro programa
