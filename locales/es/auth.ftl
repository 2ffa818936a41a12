# Iniciar sesión, registrarse, contraseñas, confirmar la dirección, unirse.

field-email = Correo electrónico
field-password = Contraseña
field-password-hint = Al menos 8 caracteres.
field-your-name = Tu nombre
field-new-password = Contraseña nueva
field-current-password = Contraseña actual

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidaste tu contraseña?
login-new = ¿Nuevo en Mistvine?
login-create-account = Crea tu cuenta
login-passkey = Llave de acceso
login-sso = Inicio de sesión único
login-sso-through = { $org } inicia sesión a través de { $provider }.
login-sso-button = Iniciar sesión con { $provider }
login-sso-email = Tu dirección de trabajo
login-sso-email-hint = La dirección de correo que te dio tu organización: si inicia sesión a través de su proveedor de identidad, su botón aparece aquí.
login-sso-continue = Continuar con inicio de sesión único

signup-owner = Serás su propietario. Invita a tus colegas una vez dentro.
signup-org-name = Nombre de la organización
signup-org-name-hint = Tu empresa o departamento, como lo llaman tus colegas.
signup-submit = Crear espacio
signup-have-account = ¿Ya tienes una cuenta?

signed-out-title = Sesión cerrada
signed-out-heading = Has cerrado sesión
signed-out-text = Has cerrado sesión en Mistvine en este dispositivo.
signed-out-provider = Puede que sigas con la sesión iniciada en { $provider }, que volvería a iniciar tu sesión aquí sin preguntar.
signed-out-provider-button = Cerrar sesión también en { $provider }
signed-out-again = Iniciar sesión de nuevo

forgot-title = Restablecer tu contraseña
forgot-sent = Si alguna cuenta usa esa dirección, va de camino un enlace para elegir una contraseña nueva. Funciona una vez, durante { $minutes } minutos. ¿Nada tras unos minutos? Mira en la carpeta de spam o vuelve a pedirlo.
forgot-text = Escribe la dirección de correo con la que inicias sesión y te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviarme un enlace
forgot-back = Volver a iniciar sesión
reset-title = Elige una contraseña nueva
reset-new-link = Pedir un enlace nuevo
reset-text = Para { $email }. Al establecerla se cierra tu sesión en todos los demás dispositivos y se revocan tus tokens de API.
reset-submit = Establecer la contraseña nueva

confirm-title = Confirma tu dirección de correo
confirm-text = Esto confirma que la dirección a la que se envió el enlace es tuya e inicia tu sesión. Si el correo te ofrecía un espacio o una organización, también lo obtienes.
confirm-submit = Confirmar mi dirección
confirm-log-in-instead = Mejor iniciar sesión
inbox-title = Revisa tu bandeja de entrada
inbox-text = Hemos enviado un enlace a la dirección que diste. Ábrelo para confirmar que la dirección es tuya: entonces te unes a la organización y se inicia tu sesión. El enlace vale una semana.
inbox-hint = ¿Ya tienes una cuenta con esa dirección? El correo te permite unirte con ella. ¿Nada tras unos minutos? Mira en la carpeta de spam.

join-title = Unirse a una organización
join-heading = Únete a { $org } en Mistvine
join-already = Ya eres miembro de { $org }.
join-submit = Unirme
join-as = Te unirás como { $name }.
join-signup-submit = Crear la cuenta y unirme
join-log-in = Inicia sesión para unirte
join-invited = { $inviter } te ha invitado a trabajar en { $org }.
