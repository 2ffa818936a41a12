# El marco de la aplicación: barra superior, navegación, avisos que
# cualquier página puede mostrar, la página de inicio y el selector de
# idioma. La aplicación rellena los marcadores ({ $name }): consérvalos y
# colócalos donde tu idioma los necesite.

app-description = Mistvine: la estrategia baja, la honestidad sube, los equipos ejecutan.

## Barra superior y navegación

nav-skip = Saltar al contenido
nav-account-label = Cuenta
nav-main-label = Principal
nav-more-label = Más
nav-scorecard = Scorecard
nav-log-in = Iniciar sesión
nav-start-workspace = Crear un espacio
nav-home = Inicio
nav-vote = Votar
nav-ppp = PPP
nav-boosts = Boosts
nav-menu = Menú
nav-confidence = Confianza
nav-survey = Encuesta
nav-waves = Olas
nav-teams = Equipos
nav-drafts = Borradores
nav-admin = Administración
nav-organisation = Organización
nav-switch-org = Cambiar
nav-your-account = { $email }: tu cuenta
nav-log-out = Cerrar sesión

confirm-banner-label = Confirma tu dirección de correo
confirm-banner-text = Confirma tu dirección de correo: abre el enlace que enviamos a { $email }. Hasta entonces, esta cuenta no puede iniciar sesión con su contraseña en otro dispositivo, unirse a otra organización ni crear otro espacio.
confirm-banner-resend = Enviar el enlace de nuevo

language-switch-label = Idioma
language-switch-submit = Cambiar

## Lo que muestra una página cuando sus datos no se pudieron cargar

notice-log-in-title = Inicia sesión
notice-log-in-text = Tienes que haber iniciado sesión para ver esta página.
notice-not-found = No encontrado
notice-not-right = Algo no va bien
notice-back-home = Volver al inicio
notice-loading = Cargando…

not-found-title = Página no encontrada
not-found-text = No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
not-found-home = Ir al inicio

## Roles en una organización

role-owner = Propietario
role-admin = Admin
role-leader = Responsable
role-member = Miembro

## Inicio

home-hero-title = La estrategia baja. La honestidad sube. Los equipos ejecutan.
home-hero-text = Mistvine ayuda a los responsables a fijar unos pocos objetivos para una ola corta, deja que cada equipo escriba sus propios objetivos alineados y decida el cómo, y devuelve señales honestas hacia arriba: votos de confianza anónimos, actualizaciones semanales y peticiones de ayuda entre equipos.
# { $link } es el enlace cuyo texto es home-scorecard-link.
home-scorecard-invite = ¿No sabes en qué punto está tu organización? { $link }, sin necesidad de cuenta.
home-scorecard-link = Haz la Scorecard de Aligned Autonomy en dos minutos
home-welcome = Hola, { $name }
home-getting-started = Primeros pasos
home-step-team = Crea tu primer equipo
home-step-team-why = Los equipos escriben sus propios objetivos y votan sobre ellos.
home-step-invite = Invita a tus colegas
home-step-invite-why = Comparte un enlace de invitación; se unen como miembros.
home-step-wave = Planifica e inicia una ola
home-step-wave-why = Fija una ola de 2 a 6 semanas y sus pocos objetivos; los equipos se alinean con ellos.
home-step-done = (hecho)
home-steps-by-leads = Los admins y responsables de tu organización se encargan de esto.
home-your-teams = Tus equipos
home-no-team = Aún no estás en ningún equipo.
home-all-teams = Ver todos los equipos
home-member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
home-org-counts = { $people ->
    [one] { $people } persona
   *[other] { $people } personas
} y { $teams ->
    [one] { $teams } equipo activo
   *[other] { $teams } equipos activos
} en tu organización.

## Listas: «A, B y C» ({ $init } son todos menos el último, ya separados por comas)

list-and = { $init } y { $last }

## Quién más vota o responde (una cuenta inventada para leer un voto aparece aquí)

# { $lead } es el comienzo de la línea, p. ej. «Votan contigo:».
co-voters-count = { $lead } { $count } personas. Se unieron hace poco:
co-voters-nobody = nadie.
co-voters-new = { $name } (nuevo: se unió el { $joined })
