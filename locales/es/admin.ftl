# La página de administración.

org-language-title = Idioma
org-language-label = El idioma de la organización
org-language-browser = El idioma del navegador de cada persona
org-language-hint = Para quienes no han elegido su propio idioma en la página de su cuenta: sus páginas y correos, y los mensajes de chat de la organización.
org-language-submit = Guardar el idioma

## Quién llegó cuándo (/members/history)
membership-title = Quién llegó cuándo
membership-hint = Cada cambio de quién pertenece a la organización y a sus equipos, el más reciente primero. Quien llega durante una semana vota sobre sus objetivos a partir de la semana siguiente.
membership-none = Todavía no ha cambiado nada.
membership-joined = { $person } se unió a la organización
membership-joined-sso = { $person } se unió a la organización con inicio de sesión único
membership-joined-scim = { $person } se unió a la organización, dado de alta por su proveedor de identidad
membership-left = { $person } dejó la organización
membership-left-scim = { $person } dejó la organización, dado de baja por su proveedor de identidad
# $role es owner, admin, leader o member.
membership-role = { $person } ahora es { $role ->
        [owner] propietario
        [admin] admin
        [leader] responsable
       *[member] miembro
    }
membership-team-joined = { $person } se unió al equipo { $team }
membership-team-left = { $person } dejó el equipo { $team }
membership-a-team-joined = { $person } se unió a un equipo
membership-a-team-left = { $person } dejó un equipo
# { $what } es una de las líneas anteriores.
membership-by = { $what } (por { $by })

## La página de administración: invitaciones, miembros, exportación, registro
admin-title = Administración
invite-title = Invitar a personas
invite-intro = Un enlace de invitación permite que una persona se una como miembro en un plazo de 7 días, hasta que lo revoques. Un enlace para varias personas dura 24 horas. Todos pueden ver quién llegó cuándo.
invite-no-public-url = Los enlaces de invitaciones y correos apuntan a { $base }, la dirección en la que escucha este servidor, porque no hay ninguna dirección pública configurada. Si se accede a Mistvine por otra dirección, inícialo con --public-url (MISTVINE_PUBLIC_URL).
invite-new-link = Nuevo enlace de invitación — cópialo ahora, solo se muestra una vez
invite-uses = Cuántas personas pueden unirse con él
invite-create = Crear enlace de invitación
invite-open = Enlaces de invitación abiertos
invite-line = Creado por { $by }, para { $left ->
        [one] { $left } persona más
       *[other] { $left } personas más
    }, caduca el { $expires }
invite-revoke = Revocar
export-title = Exportar
export-text = Todo lo que esta organización ha escrito, en un archivo JSON: miembros, equipos, olas, objetivos, resultados clave con sus registros de avance, actualizaciones PPP, boosts y reflexiones. Los resultados de confianza y de encuestas solo aparecen como los muestran las páginas (a partir del umbral); nada en él dice cómo votó o respondió nadie, ni quién.
export-download = Descargar la exportación (JSON)
audit-title = Registro de auditoría
audit-hint = Lo que los admins y responsables cambiaron, lo más reciente primero. Los votos y las respuestas a encuestas nunca aparecen aquí.
# { $action } es uno de los mensajes audit- de abajo, dicho de { $actor }.
audit-line = { $at } · { $actor } { $action }
members-title = Miembros ({ $total })
members-matching = Miembros que coinciden con «{ $find }» ({ $total })
members-find = Buscar a una persona (nombre o correo)
members-find-submit = Buscar
members-none = Nadie coincide.
member-role-of = Rol de { $name }
member-remove = Quitar a { $name } de la organización
member-remove-ask = Quitar…
member-remove-warning = { $name } pierde el acceso a esta organización de inmediato; sus votos anteriores siguen contando, de forma anónima. Solo una nueva invitación le permite volver.
member-save-role = Guardar rol
members-roles-hint = Los propietarios y admins gestionan el espacio de trabajo; los responsables fijan los objetivos de la organización; los miembros escriben los de su equipo.
# $role es owner, admin, leader o member.
members-you-are = Eres { $role ->
        [owner] propietario
        [admin] admin
        [leader] responsable
       *[member] miembro
    }.

## Votos de confianza
votes-title = Votos de confianza
votes-threshold = Votantes necesarios antes de mostrar resultados
votes-threshold-hint = Al menos 3, para que no se pueda aislar el voto de nadie.
votes-live = Mostrar los resultados de esta semana antes de que termine
votes-live-hint = Los resultados en directo aparecen a partir de { $step } votos y luego solo cambian en pasos de al menos { $step } votos nuevos (el doble del mínimo), para que leerlos antes y después de que alguien vote (o cambie su voto) nunca muestre ese voto, ni siquiera a { $colleagues } colegas que conocen sus propios votos y saben cuándo votó otra persona. El resultado final de la semana sigue la misma regla: hasta { $unshown } de los últimos votos de una semana pueden no mostrarse.
votes-save = Guardar ajustes de votación

## Correo
mail-title = Correo
mail-off = Este servidor no envía correos: no hay ningún servidor SMTP configurado (ver docs/email.md). Invita a las personas con un enlace, arriba. El horario de abajo se aplica cuando el correo esté activado.
mail-invite-title = Invitar por correo
mail-invite-sent = Invitación enviada. Su enlace funciona una vez, durante 7 días.
mail-invite-address = Su dirección de correo
mail-invite-hint = Recibe un enlace de un solo uso para unirse; funciona durante 7 días.
mail-invite-send = Enviar invitación
mail-weekly-title = Correos semanales
mail-weekly-hint = Todos reciben una vez por semana un recordatorio para votar y escribir el PPP de su equipo (cada persona puede desactivarlo en su página de cuenta). Los propietarios, admins y responsables también reciben un resumen los viernes a la misma hora: problemas abiertos, boosts en espera y confianza que bajó, contados solo donde votaron suficientes personas.
mail-time-zone = Zona horaria
mail-time-zone-hint = Por su nombre, como Europe/Madrid, America/New_York o UTC.
mail-reminder-day = Día del recordatorio
mail-time = Hora
mail-time-hint = En la zona horaria de arriba; el resumen del viernes sale a la misma hora.
mail-save = Guardar horario de correo

## Notificaciones y chat
channels-title = Notificaciones y chat
channels-saved = Canales guardados.
channels-teams-connected = Canal de Teams conectado: el próximo aviso semanal y el resumen se publican allí.
channels-push = Los miembros pueden recibir el recordatorio semanal como notificación en el teléfono (cada uno lo activa en su página de cuenta)
channels-teams-on = Publicar el aviso semanal y el resumen de los responsables en Microsoft Teams (cuando haya un canal conectado abajo)
channels-save = Guardar canales
teams-title = Microsoft Teams
teams-connected = Conectado el { $day } a un flujo de trabajo en { $host }.
teams-disconnect = Desconectar Teams
teams-hint = En Teams, añade al canal el flujo de trabajo «Post to a channel when a webhook request is received», copia su URL y pégala aquí. Las publicaciones llevan enlaces a Mistvine; nadie vota en Teams.
teams-url = URL del flujo de trabajo
teams-connect = Conectar canal de Teams
slack-outcome-connected = Slack conectado. Se están vinculando las personas cuya dirección de Slack es su dirección confirmada aquí.
slack-outcome-saved = Ajustes de Slack guardados.
slack-outcome-syncing = Volviendo a vincular a las personas con Slack; el número de abajo se actualiza en un momento.
slack-outcome-disconnected = Slack desconectado: ya no se envía nada allí.
slack-outcome-denied = Slack no se añadió: la solicitud se rechazó en la página de Slack.
slack-outcome-stale = Añadir Slack tardó demasiado o lo empezó otra persona. Vuelve a empezar con «Añadir a Slack».
slack-outcome-taken = Ese espacio de trabajo de Slack está conectado a otra organización en este servidor. Desconéctalo allí primero.
slack-outcome-unavailable = Este servidor aún no está configurado como aplicación de Slack (ver docs/notifications.md), o no eres admin.
slack-outcome-failed = Slack no dio acceso a Mistvine. Inténtalo de nuevo.
slack-unavailable = Este servidor no está configurado como aplicación de Slack: quien lo opera le da el ID de cliente y los secretos de la aplicación (docs/notifications.md). Después, los admins la añaden aquí a su espacio de trabajo.
slack-add-hint = Añade Mistvine a tu espacio de trabajo de Slack: todos reciben el recordatorio semanal como mensaje directo, el resumen de los responsables va al canal que elijas, y /mistvine registra avances y escribe el PPP. Los votos se quedan en Mistvine.
slack-add = Añadir a Slack
slack-connected-to = Conectado al espacio de trabajo de Slack { $workspace } el { $day }.
org-slack-linked = { $count } personas vinculadas por su dirección verificada (última vinculación: { $synced }).
slack-not-yet = todavía no
slack-channel = Canal para el resumen de los responsables
slack-channel-hint = Su nombre (#okr-leads) o su ID; vacío: sin resumen en Slack. El resumen enumera problemas y boosts, nunca un voto.
slack-on = Enviar el recordatorio semanal y el resumen a Slack
org-slack-save = Guardar ajustes de Slack
slack-relink = Volver a vincular a las personas
slack-disconnect = Desconectar Slack
slack-add-again = Volver a añadir a Slack
slack-add-again-after = (tras cambiar los permisos de la aplicación).

## Inicio de sesión único
sso-title = Inicio de sesión único
sso-hint = Todos inician sesión a través de tu proveedor de identidad (Microsoft Entra ID, Google Workspace, Okta, Keycloak…) con OpenID Connect. Registra allí Mistvine como aplicación web con esta URI de redirección y los scopes openid, email y profile (docs/single-sign-on.md describe los pasos de cada proveedor):
sso-address = La dirección de inicio de sesión de tu organización:
sso-label = Nombre del proveedor
sso-label-hint = En el botón de inicio de sesión: «Iniciar sesión con …», p. ej. Okta.
sso-issuer = URL del emisor
sso-issuer-hint = El emisor (issuer) del proveedor, p. ej. https://login.microsoftonline.com/<tenant>/v2.0.
sso-client-id = ID de cliente
sso-secret = Secreto de cliente
sso-secret-hint = Se guarda sellado con la clave de votos del servidor y nunca se vuelve a mostrar. Déjalo vacío para conservar el guardado.
sso-domains = Dominios de correo que avala
sso-domains-hint = Separados por comas, p. ej. example.com, example.org. Las personas de estos dominios se unen como miembros en su primer inicio de sesión.
sso-required = Exigir inicio de sesión único
sso-required-hint = Los miembros ya no podrán iniciar sesión con contraseña (sus sesiones con contraseña terminan ahora). Los propietarios conservan su contraseña, para que un proveedor caído o mal configurado no pueda dejar fuera a la organización.
sso-save = Guardar inicio de sesión único
sso-connect = Conectar proveedor
sso-disconnect-ask = Desconectar proveedor…
sso-disconnect-warning = Todos vuelven a iniciar sesión con contraseña; quien nunca definió una usa «¿Olvidaste tu contraseña?». Volver a conectar más tarde el mismo proveedor inicia la sesión de todos en las mismas cuentas.
sso-disconnect = Desconectar proveedor

## Aprovisionamiento (SCIM)
scim-title = Aprovisionamiento (SCIM)
scim-hint = Tu proveedor de identidad (Entra ID, Okta…) puede añadir y quitar miembros y mantener los equipos al día con sus grupos mediante SCIM 2.0: las personas que desactiva dejan la organización de inmediato (sus sesiones y tokens de API terminan). Dale esta dirección y un token (docs/single-sign-on.md describe los pasos de cada proveedor).
scim-address = Dirección:
scim-new-token = Tu nuevo token SCIM: cópialo ahora en el proveedor, no se vuelve a mostrar
scim-token-in-use = Está en uso un token creado el { $day }.
scim-no-token = Todavía no hay token: nada aprovisiona esta organización.
scim-remake = Crear un token nuevo (el anterior deja de funcionar)
scim-make = Crear un token SCIM
scim-revoke-ask = Revocar el token…
scim-revoke-warning = El proveedor ya no podrá añadir ni quitar a nadie hasta que crees un token nuevo.
scim-revoke = Revocar el token SCIM

## Las entradas del registro: lo que alguien hizo, dicho tras su nombre
audit-team-archived = archivó el equipo { $team }
audit-team-restored = restauró el equipo { $team }
audit-scim-token-made = creó un token SCIM nuevo (el anterior, si lo había, dejó de funcionar)
audit-scim-token-revoked = revocó el token SCIM
# { $what } es uno de los mensajes audit-scim- de abajo.
audit-scim = mediante SCIM: { $what }
audit-scim-added = añadió a { $name } ({ $email })
audit-scim-deactivated = desactivó a { $name }
audit-scim-reactivated = reactivó a { $name }
audit-scim-removed = quitó a { $name }
audit-scim-group-made = creó el grupo { $group }
audit-scim-group-changed = cambió el grupo { $group }
audit-scim-group-archived = archivó el grupo { $group }
audit-slack-connected = conectó el espacio de trabajo de Slack { $workspace }
audit-slack-disconnected = desconectó Slack
audit-slack-channel = fijó el canal de Slack del resumen en { $channel }
audit-slack-no-digest = detuvo el resumen en Slack
audit-slack-on = activó los mensajes de Slack
audit-slack-off = desactivó los mensajes de Slack
audit-survey-opened = abrió la encuesta de { $wave }
audit-survey-closed = cerró la encuesta
audit-invite-emailed = envió un enlace de invitación por correo a { $email }
audit-mail-schedule = fijó los correos semanales el { $day } a las { $time } ({ $zone })
# $role es owner, admin, leader o member.
audit-role = hizo { $role ->
        [owner] propietario
        [admin] admin
        [leader] responsable
       *[member] miembro
    } a { $person }
audit-removed = quitó a { $person } de la organización
audit-invite-created = creó un enlace de invitación para { $uses ->
        [one] una persona
       *[other] { $uses } personas
    }
audit-invite-revoked = revocó un enlace de invitación
# $push y $teams son on u off.
audit-channels = { $push ->
        [on] activó
       *[off] desactivó
    } las notificaciones en el teléfono y { $teams ->
        [on] activó
       *[off] desactivó
    } las publicaciones en Teams
audit-teams-connected = conectó un canal de Teams (un flujo de trabajo en { $host })
audit-teams-disconnected = desconectó el canal de Teams
# $live es on u off.
audit-votes = fijó que los resultados se muestren a partir de { $threshold } votantes, resultados en directo { $live ->
        [on] activados
       *[off] desactivados
    }
# $scope es read o check_in.
audit-token-made = creó un token de API «{ $name }» ({ $scope ->
        [read] lectura
       *[check_in] lectura y registro de avances
    }, { $days } días)
audit-token-revoked = revocó un token de API
audit-took-over = se hizo cargo de este espacio de trabajo al confirmar su dirección de correo (la cuenta que lo creó se fue)
audit-exported = exportó los datos de la organización
# { $objectives } cuenta los objetivos creados; { $wave } es el nombre de la ola.
audit-imported = importó { $objectives ->
    [one] un objetivo
   *[other] { $objectives } objetivos
} en { $wave } desde una hoja de cálculo
audit-language = fijó el idioma de la organización en { $language }
audit-language-browser = deja que el navegador de cada persona elija el idioma
audit-sso-connected = conectó el inicio de sesión único mediante { $provider } ({ $domains })
audit-sso-changed = cambió el inicio de sesión único mediante { $provider } ({ $domains })
audit-sso-required = exigió el inicio de sesión único ({ $ended ->
        [one] { $ended } sesión con contraseña terminada
       *[other] { $ended } sesiones con contraseña terminadas
    })
audit-sso-optional = dejó de exigir el inicio de sesión único
audit-sso-disconnected = desconectó el inicio de sesión único
# { $from } y { $to } son estados de una ola.
audit-wave-moved = pasó la ola { $wave } de { $from } a { $to }

# Traer una organización desde otra instalación.
restore-title = Traer una organización
restore-hint = ¿Te mudas desde otro servidor de Mistvine? Sube la exportación que sus admins descargaron allí. Llena esta organización, que debe estar vacía (tú su único miembro), con todo lo que contiene: personas (por dirección de correo; las nuevas eligen su contraseña con «¿Olvidaste tu contraseña?»), equipos, olas, objetivos con sus avances, actualizaciones PPP, reflexiones, impulsos y resultados de confianza y de encuesta tal como se mostraban.
restore-file-label = Archivo de exportación (.json)
restore-button = Traerla
restore-choose-file = Elige el archivo de exportación para subir.
restore-not-an-export = Esto no es una exportación de Mistvine, o está dañada: sube el archivo .json que un admin obtuvo con «Descargar la exportación».
restore-not-empty = Solo una organización vacía puede recibir una exportación: esta ya tiene equipos, olas u otros miembros. Crea una organización nueva para ella.
restore-owners-only = Solo un propietario trae una organización.
restore-too-big = El archivo supera los { $mb } MB, lo máximo que acepta una subida.
restore-format = Esta exportación tiene un formato que esta versión de Mistvine no lee: vuelve a exportarla desde una instalación de esta versión.
restore-broken-team = La exportación nombra un equipo que no contiene: está dañada. Descárgala de nuevo.
restore-broken-objective = La exportación nombra un objetivo que no contiene: está dañada. Descárgala de nuevo.
restore-done = { $objectives ->
    [one] Se trajo la organización, con un objetivo.
   *[other] Se trajo la organización, con { $objectives } objetivos.
}
audit-restored = trajo la exportación de { $organisation }: { $members } personas, { $waves } olas
restore-accounts-exist = { $email } ya tiene una cuenta en este servidor: traer una organización solo trae personas nuevas aquí, porque unirse a una organización lo deciden ellas. Trae la organización a un servidor donde no tengan cuenta, o invítalas cuando esté aquí.
restore-accounts-here = Algunas personas de la exportación ya tienen cuenta en este servidor: traer una organización solo trae personas nuevas aquí, porque unirse a una organización lo deciden ellas. Trae la organización a un servidor donde no tengan cuenta.
