# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# Español. Los identificadores son los de en/main.ftl; los que terminan en
# -html contienen etiquetas: manténgalas tal cual.

## Marco de cada página

site-name = Registro de las NRI
skip-link = Ir al contenido
nav-main = Principal
nav-directory = Directorio
nav-dashboards = Paneles
nav-review = Cola de revisión
nav-jobs = Tareas fallidas
nav-account = Cuenta
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-sign-up = Crear cuenta
nav-language = Idioma
footer-about-html = El registro de las iniciativas nacionales, regionales, subregionales y juveniles del IGF. Los datos también están disponibles a través de la <a href="/docs">API</a>.

## Formularios y tablas

form-required = (obligatorio)
form-error-prefix = Error:
form-choose = Elegir…
form-choose-country = Elegir un país…
error-summary-title = Hay un problema
table-scrolls = Tabla, se desplaza horizontalmente en pantallas pequeñas
back-to-workspace = Volver al espacio de trabajo
action-remove = Quitar
action-change = Cambiar
action-revoke = Revocar
action-retry = Reintentar
action-save = Guardar
action-filter = Filtrar
action-show = Mostrar
none = Ninguno.
none-yet = Ninguno por ahora.
not-given-yet = Aún no indicado.
date-range = del { $start } al { $end }
history = Historial
label-state = Estado:
report-due = vence el { $date }

## Etiquetas de los campos

label-name = Nombre
label-your-name = Su nombre
label-email = Dirección de correo electrónico
label-email-short = Correo electrónico
label-password = Contraseña
label-password-again = Repita la contraseña
label-current-password = Contraseña actual
label-new-password = Nueva contraseña
label-new-password-again = Repita la nueva contraseña
label-kind = Tipo
label-un-region = Región de la ONU
label-country = País
label-country-national = País (iniciativas nacionales)
label-country-required = País (obligatorio)
label-region-regional = Región de la ONU (iniciativas regionales y juveniles)
label-coverage = Cobertura
label-coverage-regional = Países cubiertos (iniciativas regionales)
label-slug = Dirección corta
label-acronym = Sigla
label-description = Descripción
label-description-lang = Descripción ({ $lang })
label-website = Sitio web
label-public-email = Correo electrónico público
label-established = Año de creación
label-working-languages = Idiomas de trabajo
label-city = Ciudad
label-focal-point = Punto focal
label-organisation = Organización
label-stakeholder-group = Grupo de partes interesadas
label-role = Función
label-gender = Género
label-year = Año
label-status = Estado:
label-theme = Tema
label-type = Tipo
label-edition = Edición
label-format = Formato
label-participants = Participantes
label-online = En línea
label-youth = Jóvenes
label-countries-represented = Países representados
hint-password = Al menos 10 caracteres, y que no sea una de las contraseñas más comunes.
hint-languages = Códigos de idioma separados por comas, p. ej. en, es.
hint-commas = Separados por comas.

## Columnas de las tablas

col-initiative = Iniciativa
col-kind = Tipo
col-un-region = Región de la ONU
col-country-coverage = País o cobertura
col-stakeholder-group = Grupo de partes interesadas
col-members = Miembros
col-group = Grupo
col-gender = Género
col-participants = Participantes
col-name = Nombre
col-created = Creado
col-last-used = Último uso
col-expires = Vence
col-action = Acción
col-actions = Acciones
col-year = Año
col-state = Estado
col-due = Vencimiento
col-role = Función
col-term = Mandato
col-member = Miembro
col-since = Desde
col-email = Dirección de correo electrónico
col-sent = Enviada
col-submitted = Presentado
col-criterion = Criterio
col-outcome = Resultado
col-evidence = Evidencia
col-job = Tarea
col-attempts = Intentos
col-last-error = Último error
col-updated = Actualizado
col-subscription = Suscripción
col-event = Evento

## Páginas de error y rechazos

error-go-home-html = <a href="/">Ir a la página de inicio</a> o <a href="/initiatives">consultar el directorio</a>.
error-expired-title = Este formulario ha caducado
error-expired-detail = El formulario no se envió desde una página de este sitio, o su sesión cambió desde que se mostró. Vuelva atrás, recargue la página y envíelo de nuevo.
error-render-title = Error
error-render-detail = No se pudo mostrar esta página. El error ha quedado registrado.
error-not-found-title = No encontrado
error-forbidden-title = No permitido
error-forbidden-ask = Pida una función al punto focal de su iniciativa o a la Secretaría del IGF.
error-server-title = Algo salió mal
error-server-detail = El servicio no pudo responder; inténtelo de nuevo en un momento.
error-refused-title = No se puede hacer
error-page-not-found-title = Página no encontrada
error-page-not-found-detail = No hay ninguna página en esta dirección. Puede haberse movido, o el enlace puede estar mal escrito.
error-unpublished-title = Este informe no está publicado
error-unpublished-detail = Los informes se publican una vez que la Secretaría del IGF los ha aceptado.
error-dashboard-scope = Los paneles abarcan el mundo entero, una región de la ONU, las iniciativas juveniles y cada foro regional.
error-invitation-unusable = Esta invitación no se puede usar
error-unknown-action-title = Acción desconocida
error-unknown-action-detail = Elija aceptar, devolver o reabrir.

## Confirmaciones

flash-password-reset = Su contraseña se cambió. Inicie sesión con la nueva.
flash-password-changed = Su contraseña se cambió. Sus otras sesiones del navegador se cerraron.
flash-language-saved = Su idioma está guardado.
flash-registered = Su iniciativa está registrada y usted es su punto focal. La Secretaría del IGF la examinará para su reconocimiento.
flash-member-role = { $email } tiene ahora la función: { $role }.
flash-member-removed = El miembro ha sido quitado.
flash-invitation-sent = Se ha enviado una invitación a { $email }.
flash-invitation-revoked = La invitación está revocada.
flash-report-submitted = Su informe está presentado. La Secretaría del IGF lo revisará; verá su decisión aquí.
flash-draft-saved = Borrador guardado.
flash-report-done = { $done ->
    [accepted] El informe está aceptado.
    [returned] El informe se ha devuelto a su secretaría.
   *[other] El informe se ha reabierto.
}
flash-status-now = El estado es ahora: { $status }.
flash-reset-sent = Si hay una cuenta con esta dirección de correo electrónico, se le está enviando un mensaje con un enlace para elegir una nueva contraseña. El enlace funciona una sola vez, durante una hora.

## Problemas mostrados encima de un formulario

problem-sign-in-wrong = La dirección de correo electrónico o la contraseña no es correcta.
problem-correct-fields = Corrija los campos que aparecen a continuación.
problem-correct-field = Corrija el campo que aparece a continuación.
problem-email-taken = Ya existe una cuenta con esta dirección de correo electrónico: inicie sesión.
problem-stale = Otra persona guardó esto después de que usted lo abriera. Sus cambios están abajo y no se guardaron: compárelos con la versión actual y guarde de nuevo.
problem-count = { $count ->
    [one] Hay { $count } problema que resolver antes de poder guardar.
   *[other] Hay { $count } problemas que resolver antes de poder guardar.
}
problem-nothing-saved = Corrija los campos señalados abajo; no se guardó nada.
problem-not-submittable = { $count ->
    [one] Su borrador está guardado, pero aún no se puede presentar: hay { $count } problema indicado abajo.
   *[other] Su borrador está guardado, pero aún no se puede presentar: hay { $count } problemas indicados abajo.
}

## Mensajes junto a un campo

invalid-sign-in = compruebe la dirección de correo electrónico y la contraseña
invalid-passwords-differ = las dos contraseñas no coinciden
invalid-member-email = indique la dirección de correo electrónico con la que se registró
invalid-no-account = ninguna cuenta tiene esta dirección de correo electrónico: pídale que se registre primero
invalid-choose-kind = elija qué tipo de iniciativa es
invalid-required = es obligatorio
invalid-listed-twice = figura dos veces
invalid-address = no es una dirección válida
invalid-url = no es una dirección web
invalid-language-tag = no es un código de idioma como en o pt-BR
invalid-before-start = es anterior al primer día
invalid-before-term-start = es anterior al inicio del mandato
invalid-venue-required = es obligatorio salvo que el evento haya sido en línea
invalid-country-required = es obligatorio para una iniciativa nacional
invalid-region-required = es obligatorio salvo para una iniciativa nacional
invalid-key-message-required = se requiere al menos un mensaje clave
invalid-text-required = necesita un texto en al menos un idioma
invalid-not-working-language = no es uno de los idiomas de trabajo de la iniciativa
invalid-whole-number = debe ser un número entero, como 120
invalid-common-password = es una de las contraseñas más comunes; elija una más difícil de adivinar
invalid-wrong-password = no es la contraseña de esta cuenta
invalid-year = no es un año
invalid-repeated-character = no debe ser un solo carácter repetido
invalid-too-long = debe tener como máximo { $max } caracteres
invalid-too-short = debe tener al menos { $min } caracteres

## Nombres de los campos en la lista de problemas

field-name = nombre
field-email = dirección de correo electrónico
field-password = contraseña
field-password_again = contraseña repetida
field-current_password = contraseña actual
field-new_password = nueva contraseña
field-new_password_again = nueva contraseña repetida
field-slug = dirección corta
field-kind = tipo
field-country = país
field-un_region = región de la ONU
field-coverage = países cubiertos
field-description = descripción
field-website = sitio web
field-public_email = correo electrónico público
field-established_year = año de creación
field-working_languages = idiomas de trabajo
field-edition = edición
field-start_date = primer día
field-end_date = último día
field-format = formato
field-venue = lugar
field-city = ciudad
field-languages = idiomas
field-themes = temas
field-participation = participación
field-total = participantes en total
field-key_messages = mensajes clave
field-recommendations = recomendaciones
field-sessions = sesiones
field-text = texto
field-theme = tema
field-title = título
field-type = tipo
field-addressed_to = destinatario
field-links = enlaces
field-tags = etiquetas
field-comment = comentario
field-reason = motivo
field-status = estado
field-user = miembro
field-evidence = evidencia
field-role = función
field-term_start = inicio del mandato
field-term_end = fin del mandato
field-stakeholder_group = grupo de partes interesadas
field-host_organisation = organización anfitriona
field-focal_point = punto focal

## Gráficos y títulos de los paneles

chart-groups = Participantes por grupo de partes interesadas
chart-gender = Participantes por género
chart-themes = Temas, según el número de iniciativas que los trataron
dashboard-title-global = Todas las iniciativas del mundo
dashboard-title-region = Región de la ONU: { $region }
dashboard-title-kind = Iniciativas: { $kind }
dashboard-title-forum = { $forum }: las iniciativas que contribuyen a él
count-initiatives = { $count ->
    [one] { $count } iniciativa
   *[other] { $count } iniciativas
}

## Página de inicio

home-title = Inicio
home-heading = El registro de las iniciativas nacionales, regionales y juveniles del IGF
home-lead = Más de 160 iniciativas del Foro para la Gobernanza de Internet (NRI) mantienen aquí su perfil, su comité organizador y sus informes anuales. La Secretaría del IGF los revisa, y los foros regionales leen lo que informan sus iniciativas.
home-your-initiatives = Sus iniciativas
home-no-role-html = Aún no tiene ninguna función en una iniciativa. Si dirige una, <a href="/register">regístrela</a>; si ya está registrada, pida a su punto focal que le añada.
home-igf-html = Como Secretaría del IGF: <a href="/review">revisar los informes presentados</a>, <a href="/review?status=overdue">ver los informes atrasados</a> o <a href="/review/jobs">comprobar las tareas fallidas</a>.
home-find-heading = Encontrar una iniciativa
home-find-html = El <a href="/initiatives">directorio de iniciativas reconocidas</a>, por tipo, región y país, con sus secretarías, comités e informes aceptados.
home-run-heading = ¿Dirige una iniciativa?
home-run-member-html = <a href="/register">Registre su iniciativa</a>, luego mantenga su perfil al día y presente su informe anual.
home-run-visitor-html = <a href="/sign-up">Cree una cuenta</a> y registre su iniciativa, o <a href="/sign-in">inicie sesión</a> para presentar su informe anual.
home-forums-heading = Foros regionales
home-forums-html = Vea lo que sus iniciativas informaron en { $year }: <a href="/dashboards">paneles</a> de participación, temas y mensajes clave, con fuentes y CSV.
home-recognised-heading = Iniciativas reconocidas
home-all-recognised = Todas las iniciativas reconocidas
home-developers-heading = Para desarrolladores
home-developers-html = Todo lo que aparece en estas páginas está también en el <a href="/docs">explorador de la API</a> (<a href="/api/v1/openapi.json">documento OpenAPI</a>). Los foros regionales pueden obtener las fuentes <a href="/api/v1/feeds/global.atom">Atom</a> y <a href="/api/v1/feeds/global.json">JSON</a> o suscribirse a webhooks.

## Directorio

directory-title = Directorio
directory-heading = Directorio de iniciativas reconocidas
directory-filter = Filtrar el directorio
directory-any-kind = Cualquier tipo
directory-any-region = Cualquier región
directory-any-country = Cualquier país
directory-caption = Iniciativas reconocidas
directory-next = Página siguiente
directory-none = Ninguna iniciativa reconocida coincide con estos filtros.

## Página pública de una iniciativa

initiative-since = desde { $year }
initiative-igf-html = Como Secretaría del IGF: <a href="/review/initiatives/{ $slug }">lista de verificación del reconocimiento y decisión sobre el estado</a>.
initiative-your-role-html = Su función en esta iniciativa: { $role }. <a href="/workspace/{ $slug }">Abrir su espacio de trabajo</a>.
initiative-secretariat = Secretaría
initiative-hosted-by = Alojada por
initiative-supported-by = Con el apoyo de
initiative-committee = Comité organizador
committee-current = { $count ->
    [one] { $count } miembro actual.
   *[other] { $count } miembros actuales.
}
committee-by-group-caption = Miembros del comité por grupo de partes interesadas
initiative-no-committee = Aún no figura ningún miembro del comité.
initiative-links = Vínculos con otras iniciativas
initiative-contributes-to = Contribuye a:
initiative-reports = Informes anuales
initiative-no-report = Aún no hay ningún informe aceptado.

## Un informe

report-title = { $name }: informe { $year }
report-heading = { $name }: informe anual { $year }
report-accepted-on = Aceptado por la Secretaría del IGF el { $date }.
report-dates = Fechas
report-where = Lugar
report-languages = Idiomas
report-themes = Temas
report-participation = Participación
caption-by-group = Por grupo de partes interesadas
caption-by-gender = Por género
report-key-messages = Mensajes clave
report-recommendations = Recomendaciones
report-sessions = Sesiones
report-links = Enlaces

## Inicio de sesión y registro

sign-in-title = Iniciar sesión
sign-in-button = Iniciar sesión
sign-in-forgot = ¿Olvidó su contraseña?
sign-in-no-account-html = ¿Aún no tiene cuenta? <a href="/sign-up">Cree una</a>.
sign-up-title = Crear cuenta
sign-up-heading = Crear una cuenta
sign-up-lead = Para las secretarías de las iniciativas nacionales, regionales y juveniles del IGF. Tras registrarse puede inscribir su iniciativa, o su punto focal puede añadirle a una.
sign-up-button = Crear la cuenta
sign-up-have-account-html = ¿Ya tiene una cuenta? <a href="{ $href }">Inicie sesión</a>.

## Página de la cuenta

account-title = Su cuenta
account-password-heading = Cambiar su contraseña
account-password-button = Cambiar la contraseña
account-password-note = Al cambiarla se cierran sus otras sesiones del navegador; sus tokens de API siguen funcionando.
account-sessions-heading = Sesiones y tokens de API
account-sessions-lead = Cada navegador con el que inició sesión y cada token de API que creó. Cierre los que no reconozca.
account-sessions-caption = Sesiones y tokens
account-this-browser = (este navegador)
account-never = nunca
account-ended = cerrada el { $date }
account-end = Cerrar
account-language-heading = Idioma de las páginas
account-language-lead = Las páginas se muestran en este idioma cuando ha iniciado sesión, salvo que elija otro con los enlaces de idioma de la parte superior de la página.
account-language-label = Idioma
account-language-auto = El que pida mi navegador
account-language-button = Guardar el idioma

## Invitaciones

invitation-title = Invitación a { $name }
invitation-lead-html = { $email } está invitado a unirse a <strong>{ $name }</strong> con la función: { $role }. La invitación funciona una sola vez, hasta el { $date }.
invitation-signed-in-as = Ha iniciado sesión como { $email }.
invitation-accept = Aceptar la invitación
invitation-sign-in-html = Para aceptarla, <a href="/sign-in?next={ $next }">inicie sesión</a> o <a href="/sign-up?next={ $next }">cree una cuenta</a>; después volverá aquí.
invitation-unusable = Esta invitación está { $status }: ya no se puede usar. Pida una nueva al punto focal de la iniciativa.

## Contraseñas

forgot-title = ¿Olvidó su contraseña?
forgot-no-message-html = ¿No llegó ningún mensaje? Revise su carpeta de correo no deseado, o <a href="/forgot-password">vuelva a pedirlo</a> con la dirección con la que se registró.
forgot-back = Volver a iniciar sesión
forgot-lead = Indique la dirección de correo electrónico de su cuenta: le enviaremos un enlace para elegir una nueva contraseña.
forgot-button = Enviarme un enlace
reset-title = Elegir una nueva contraseña
reset-button = Establecer la nueva contraseña
reset-note = Al establecerla se cierran todas las sesiones: todos los navegadores y tokens de API de la cuenta dejan de funcionar.
reset-no-token-html = Esta página necesita el enlace del mensaje que enviamos. <a href="/forgot-password">Pedir un nuevo enlace</a>.

## Registrar una iniciativa

register-title = Registrar una iniciativa
register-heading = Registrar su iniciativa
register-lead = Usted pasa a ser su punto focal: puede añadir colegas, mantener su perfil al día y presentar sus informes anuales. La Secretaría del IGF examina las nuevas iniciativas para su reconocimiento.
hint-name = Como se llama la iniciativa, p. ej. Liberia Internet Governance Forum.
hint-slug = Minúsculas, dígitos y guiones, p. ej. liberia-igf. Aparece en los enlaces y no podrá cambiarse después.
register-region-derived = Se deduce del país
register-button = Registrar

## Espacio de trabajo de la secretaría

workspace-title = { $name }: espacio de trabajo
workspace-role = su función: { $role }
workspace-role-igf = Secretaría del IGF
workspace-public-page = página pública
workspace-reports-caption = Informes por año
workspace-not-started = sin empezar
workspace-continue = Continuar el informe { $year }
workspace-open = Abrir el informe { $year }
workspace-start = Empezar el informe { $year }
workspace-keep-current = Mantener su iniciativa al día
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">Perfil</a>: nombre, descripción, sitio web, idiomas
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">Secretaría</a>: organización anfitriona, punto focal, contactos
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">Comité organizador</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">Foros regionales a los que contribuye</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">Declaración de principios de { $year }</a>
workspace-recognition = Criterios de reconocimiento
recognition-all-met = Se cumplen todos los criterios obligatorios.
recognition-some-unmet = Aún no se cumplen algunos criterios obligatorios.
workspace-members = Miembros
workspace-manage-members = Añadir o cambiar miembros
workspace-all-members = Todos los miembros y sus funciones

## Perfil, secretaría, comité, principios, miembros, foros

profile-title = Perfil
profile-saved = Perfil guardado.
profile-button = Guardar el perfil
secretariat-title = Secretaría
secretariat-saved = Secretaría guardada.
label-host = Organización anfitriona
label-host-group = Grupo de partes interesadas del anfitrión
label-hosting-arrangement = Modalidad de alojamiento
label-agreement-date = Fecha del acuerdo de alojamiento
hint-focal-email = Visible solo para los miembros y la Secretaría del IGF.
label-contact-emails = Direcciones de correo de contacto
label-supporting = Organizaciones de apoyo
secretariat-button = Guardar la secretaría
committee-title = Comité organizador
committee-caption = Miembros del comité
committee-not-listed = (no se muestra públicamente)
committee-add = Añadir un miembro
option-not-given = No indicado
label-term-start = Inicio del mandato
label-term-end = Fin del mandato
committee-list-publicly = Mostrar este miembro públicamente (nombre y organización en la página de la iniciativa)
committee-button = Añadir miembro
principles-title = Principios { $year }
principles-heading = Declaración de principios de { $year }
principles-lead = Las NRI del IGF siguen cinco principios. Declare cada uno de los que su iniciativa siguió en { $year } y explique cómo; se requiere evidencia para cada principio declarado.
principles-saved = Declaración guardada.
principles-followed = Seguimos este principio en { $year }
principles-evidence = Cómo (evidencia)
principles-evidence-links = Enlaces a la evidencia
principles-button = Guardar la declaración
members-title = Miembros
members-heading = { $name }: miembros
members-lead = Los puntos focales gestionan la iniciativa y sus miembros; los editores mantienen al día el perfil y los informes; los lectores pueden verlo todo, incluidos los borradores.
members-caption = Miembros y sus funciones
members-new-role-for = Nueva función para { $name }
members-change-hidden = la función de { $name }
members-pending = Invitaciones pendientes
members-invitations-caption = Invitaciones aún no aceptadas
members-revoke-hidden = la invitación de { $email }
members-invite-heading = Invitar a alguien por correo electrónico
members-invite-lead = Recibe un enlace, válido una vez durante 14 días, para iniciar sesión o crear una cuenta y asumir la función.
members-invite-button = Enviar la invitación
members-add-lead = Para alguien que ya tiene una cuenta (si no, invítele arriba).
links-title = Foros regionales
links-heading = { $name }: los foros a los que contribuye
links-saved = Guardado. Los paneles y las fuentes de los foros cuentan ahora sus informes aceptados.
links-lead = Los foros regionales y subregionales ven si sus informes han llegado y cuentan sus informes aceptados en sus paneles y fuentes.
links-forums = Foros
links-no-forum = Aún no hay ningún foro regional registrado.

## Formulario del informe anual

report-submitted-times = { $count ->
    [one] presentado { $count } vez
   *[other] presentado { $count } veces
}
report-returned-heading = La Secretaría del IGF devolvió este informe
report-returned-fix = Corríjalo y preséntelo de nuevo.
report-with-igf = Este informe está en revisión por la Secretaría del IGF; no se puede cambiar hasta que lo acepte o lo devuelva.
report-accepted-html = Este informe está aceptado y publicado en la <a href="/initiatives/{ $slug }/reports/{ $year }">página de la iniciativa</a>. Para cambiarlo, pida a la Secretaría del IGF que lo reabra.
report-form-hint = Guarde un borrador cuando quiera; no se comprueba nada hasta que lo presente. Los campos marcados como obligatorios deben rellenarse para presentarlo.
report-event = El evento
hint-edition = p. ej. 11.º IGF de Liberia
label-first-day = Primer día
label-last-day = Último día
label-venue = Lugar
hint-venue = Obligatorio salvo que el evento haya sido en línea.
label-event-languages = Idiomas del evento
report-themes-discussed = Temas tratados
label-participants-all = Participantes en total
label-of-online = De ellos, en línea
label-of-youth = De ellos, jóvenes
report-at-least-one = (al menos uno para presentar)
report-key-message-n = Mensaje clave { $n }
report-new = (nuevo)
label-message-lang = Mensaje ({ $lang })
report-remove-key-message = Quitar este mensaje clave
report-recommendation-n = Recomendación { $n }
label-addressed-to = Dirigida al
option-choose-level = Elegir un nivel…
label-recommendation-lang = Recomendación ({ $lang })
report-remove-recommendation = Quitar esta recomendación
report-session-n = Sesión { $n }
label-title-lang = Título ({ $lang })
option-no-theme = Sin tema concreto
report-remove-session = Quitar esta sesión
report-preparation = Preparación
report-open-call = Hubo una convocatoria abierta de propuestas de sesiones
label-open-call-date = Fecha de la convocatoria abierta
label-consultations = Consultas abiertas celebradas
label-tags = Etiquetas
hint-tags = Palabras libres separadas por comas.
report-save-draft = Guardar borrador
report-submit = Presentar a la Secretaría del IGF
history-reviews = Revisiones
history-review = { $date }: versión { $version }, { $decision }
history-versions = Versiones presentadas
history-version = Versión { $version }, presentada el { $date }
history-not-submitted = Aún no presentado.

## Páginas de la Secretaría del IGF

queue-title = Cola de revisión
queue-filter = Filtrar por estado
label-order = Orden
queue-due-asc = Vencimiento, el más próximo primero
queue-due-desc = Vencimiento, el más lejano primero
queue-caption = { $status }: { $count ->
    [one] { $count } informe
   *[other] { $count } informes
}, por vencimiento
queue-recognition = reconocimiento
queue-times = ({ $count } veces)
queue-none = No hay informes en este estado: { $status }.
queue-applicants = Iniciativas a la espera de reconocimiento
queue-registered = registrada el { $date }
review-title = Revisión: { $name } { $year }
review-back = Volver a la cola
review-recognition-link = { $name }: reconocimiento
review-heading = { $name }: informe { $year }
review-submitted = presentado el { $date }
review-comment = Comentario para la secretaría
review-reason-reopen = Motivo de la reapertura
review-comment-hint = Obligatorio al devolver el informe: indique qué corregir.
review-reopen-hint = Obligatorio: la secretaría lo ve como el comentario del revisor.
review-accept = Aceptar
review-return = Devolver a la secretaría
review-reopen = Reabrir
review-the-report = El informe
recognition-title = Reconocimiento: { $name }
recognition-heading = { $name }: reconocimiento
recognition-checklist = Lista de verificación
recognition-some-unmet-now = No se cumplen algunos criterios obligatorios.
recognition-computed = Calculado el { $date }.
recognition-caption = Criterios de reconocimiento
recognition-advisory = (orientativo)
recognition-decide = Decidir el estado
label-new-status = Nuevo estado
label-reason = Motivo
recognition-button = Registrar la decisión
recognition-past = Decisiones anteriores
recognition-reports = Informes
jobs-title = Tareas fallidas
jobs-heading = Tareas y entregas fallidas
jobs-retried = La tarea { $id } está de nuevo en cola.
jobs-background = Tareas en segundo plano
jobs-caption = Tareas fallidas
jobs-attempts = { $attempts } de { $max }
jobs-retry-hidden = la tarea { $id }
jobs-none = No hay tareas fallidas.
jobs-deliveries = Entregas de webhooks cuyo último intento falló
jobs-deliveries-caption = Entregas fallidas
jobs-redeliver-html = Reenvíe a través de la API: <code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = No hay entregas fallidas.

## Paneles

dashboards-title = Paneles
dashboards-lead = Lo que informaron las iniciativas, sumado a partir de los informes aceptados: participación, temas, mensajes clave y quién aún no ha informado.
dashboards-worldwide = Todo el mundo
dashboards-all = Todas las iniciativas, { $year }
dashboards-youth = Iniciativas juveniles, { $year }
dashboards-by-region = Por región de la ONU
dashboards-forums = Foros regionales y subregionales
dashboards-forums-lead = El panel de cada foro abarca las iniciativas que declaran contribuir a él.
dashboard-all = Todos los paneles
dashboard-other-years = Otros años
dashboard-year = Año:
dashboard-data = Datos:
dashboard-atom = Fuente Atom
dashboard-json-feed = JSON Feed
dashboard-csv = CSV
dashboard-csv-key-messages = mensajes clave
dashboard-csv-missing = quién falta
dashboard-json = JSON
dashboard-empty = Aún no se ha agregado nada para { $year }: no hay ningún informe aceptado en este ámbito, o el proceso aún no se ha ejecutado.
dashboard-reported = { $count ->
    [one] { $count } iniciativa informó
   *[other] { $count } iniciativas informaron
}, de { $total } reconocidas.
dashboard-updated = Actualizado el { $date }.
dashboard-figures-table = Las cifras en una tabla
dashboard-no-groups = Ningún informe de este ámbito dio un desglose por grupo de partes interesadas.
dashboard-no-gender = Ningún informe de este ámbito dio un desglose por género.
dashboard-no-themes = No se informaron temas.
dashboard-key-messages = Mensajes clave por tema
dashboard-no-key-messages = Aún no hay mensajes clave.
dashboard-included = Informes incluidos
dashboard-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
dashboard-missing = Aún sin informe
dashboard-all-reported = Todas las iniciativas reconocidas de este ámbito han informado.

## Vocabularios

kind-national = Nacional
kind-regional = Regional
kind-subregional = Subregional
kind-youth = Juvenil
kind_initiative-national = Iniciativa nacional
kind_initiative-regional = Iniciativa regional
kind_initiative-subregional = Iniciativa subregional
kind_initiative-youth = Iniciativa juvenil
region-africa = África
region-asia_pacific = Asia-Pacífico
region-eastern_europe = Europa Oriental
region-grulac = GRULAC
region-weog = WEOG
status-new = Sin empezar
status-draft = Borrador
status-submitted = Presentado
status-returned = Devuelto
status-accepted = Aceptado
status-overdue = Atrasado
status-unknown = Desconocido
status-applicant = Solicitante
status-recognized = Reconocida
status-suspended = Suspendida
status-lapsed = Caducada
status-withdrawn = Retirada
status-met = Cumplido
status-not_met = No cumplido
group-government = Gobiernos
group-private_sector = Sector privado
group-civil_society = Sociedad civil
group-technical_community = Comunidad técnica
group-academia = Sector académico
group-intergovernmental = Organizaciones intergubernamentales
committee_role-chair = Presidencia
committee_role-co_chair = Copresidencia
committee_role-member = Miembro
committee_role-focal_point = Punto focal
committee_role-youth_representative = Representante juvenil
gender-female = Mujeres
gender-male = Hombres
gender-other = Otro
gender-undisclosed = No indicado
role-focal_point = Punto focal
role-editor = Editor
role-viewer = Lector
theme-access_and_connectivity = Acceso y conectividad
theme-cybersecurity_and_trust = Ciberseguridad y confianza
theme-human_rights_and_freedoms = Derechos humanos y libertades
theme-ai_and_emerging_technologies = IA y tecnologías emergentes
theme-data_governance = Gobernanza de datos
theme-digital_inclusion = Inclusión digital
theme-environment = Medio ambiente
theme-content_governance = Gobernanza de contenidos
theme-infrastructure_and_critical_resources = Infraestructura y recursos críticos
theme-capacity_building = Desarrollo de capacidades
theme-internet_fragmentation = Fragmentación de Internet
theme-youth_engagement = Participación juvenil
theme-gender = Género
format-in_person = Presencial
format-hybrid = Híbrido
format-online = En línea
session_type-plenary = Plenaria
session_type-panel = Panel
session_type-workshop = Taller
session_type-side_event = Evento paralelo
level-regional = Nivel regional
level-global = Nivel mundial
principle-open_transparent = Abierto y transparente
principle-inclusive = Inclusivo
principle-bottom_up = Ascendente
principle-multistakeholder = Multisectorial
principle-non_commercial = Sin fines comerciales
decision-edit = editada
decision-submit = presentada
decision-accept = aceptada
decision-return = devuelta
decision-reopen = reabierta
link-agenda = Programa
link-full_report = Informe completo
link-recordings = Grabaciones
link-photos = Fotos
invitation_status-pending = pendiente
invitation_status-accepted = aceptada
invitation_status-revoked = revocada
invitation_status-expired = caducada

# Notificaciones, confirmación del correo y baja
account-email-confirmed = (confirmado)
account-email-unconfirmed = (aún sin confirmar)
account-verify-heading = Confirme su dirección de correo electrónico
account-verify-lead = Hasta que siga el enlace del mensaje que enviamos a { $email }, el registro no le envía notificaciones. ¿No le llegó?
account-verify-resend = Enviar el enlace de nuevo
account-notifications-heading = Notificaciones por correo electrónico
account-notifications-legend = Escribirme cuando
account-notifications-button = Guardar mis preferencias de notificación
account-notifications-note = Solo recibe las que corresponden a sus funciones. Cada mensaje incluye además un enlace que desactiva ese tipo.
notification-report_submitted = se envía un informe para revisión
notification-report_returned = se devuelve un informe para cambios
notification-report_accepted = se acepta un informe
notification-report_reopened = se reabre un informe aceptado
notification-report_due = un informe vence pronto o está atrasado
notification-new_applicant = se registra una nueva iniciativa
notification-at_risk = una iniciativa está en riesgo
flash-notifications-saved = Se guardaron sus preferencias de notificación.
flash-signed-up = Hay un mensaje en camino a esta dirección. Si la dirección ya tenía una cuenta, inicie sesión con su contraseña o elija una nueva con «¿Olvidó su contraseña?».
flash-verification-sent = Hay en camino un mensaje con un enlace para confirmar su dirección de correo. El enlace funciona una vez, durante 48 horas.
verify-title = Confirme su dirección de correo electrónico
verify-done = Su dirección de correo está confirmada. Gracias.
verify-go-account = Ir a su cuenta
verify-lead = Confirme que esta dirección de correo es suya, para que el registro pueda enviarle notificaciones.
verify-button = Confirmar mi dirección
verify-ask-again-account-html = <a href="/account">Pida un nuevo enlace desde la página de su cuenta</a>.
verify-ask-again-html = Esta página necesita el enlace del mensaje que le enviamos. <a href="/sign-in">Inicie sesión</a> para pedir uno nuevo desde la página de su cuenta.
unsubscribe-title = Dejar de recibir estos correos
unsubscribe-done = Hecho: ya no recibirá correos cuando { $what }.
unsubscribe-others = Las demás notificaciones siguen llegando.
unsubscribe-choose = Elija qué recibe.
unsubscribe-sign-in = Inicie sesión para elegir qué recibe en la página de su cuenta.
unsubscribe-lead = Seguir este enlace desactiva un tipo de notificación, el del mensaje en el que llegó, para la cuenta a la que se envió. Nada más cambia.
unsubscribe-needs-link = Esta página necesita el enlace del mensaje que enviamos: ábrala desde el correo.
error-unreadable-form = No se pudo leer el formulario completo. Vuelva atrás y envíelo de nuevo.

## phone
report-add-key-message = Añadir otro mensaje clave
report-add-recommendation = Añadir otra recomendación
report-add-session = Añadir otra sesión
report-add-another-hint = Complete la entrada vacía. Para añadir más antes de guardar, use el botón «Añadir»: conserva todo lo escrito y no guarda nada.
report-added-unsaved = Se añadió una entrada vacía. No se guarda nada hasta que guarde el borrador o lo envíe.
label-find-country = Buscar un país
hint-coverage-checks = Marque cada país cubierto. La lista está en orden alfabético.
## pages
map-directory-title = Países con una iniciativa reconocida
map-dashboard-title = Países de las iniciativas cuyos informes se incluyen
map-dashboard-heading = De dónde vienen los informes
map-list = { $count ->
    [one] El país en forma de lista
   *[other] Los { $count } países en forma de lista
}
map-none = Todavía ningún país.
initiative-social-links = Redes sociales
initiative-youth-track-of = Sección juvenil de
initiative-youth-tracks = Secciones juveniles
initiative-listed-members = Miembros que aceptaron figurar
dashboard-all-of = { $count ->
    [one] Verlo en su propia página
   *[other] Ver los { $count }
}
dashboard-awaiting-count = { $count ->
    [one] Otro informe se ha presentado y espera revisión.
   *[other] Otros { $count } informes se han presentado y esperan revisión.
}
dashboard-awaiting = En espera de revisión
dashboard-awaiting-lead = Estas iniciativas presentaron su informe; la Secretaría del IGF aún no lo ha revisado.
dashboard-none-awaiting = Ningún informe espera revisión.
dashboard-none-missing = Todas las demás iniciativas reconocidas de este ámbito han presentado su informe.
dashboard-key-messages-count = { $count ->
    [one] Un mensaje clave.
   *[other] { $count } mensajes clave.
}
dashboard-all-on-theme = { $count ->
    [one] El mensaje clave sobre este tema
   *[other] Los { $count } mensajes clave sobre este tema
}
dashboard-recommendations = Recomendaciones
dashboard-addressed-to = Dirigida a: { $level }
dashboard-no-recommendations = Todavía no hay recomendaciones al nivel regional o mundial.
dashboard-history = A lo largo de los años
dashboard-history-caption = Tasa de informes y participación por año
col-reporting = Informaron
col-recognised = Reconocidas
col-reporting-rate = Tasa de informes
chart-reporting-rate = Tasa de informes por año (% de las iniciativas reconocidas)
chart-participants-years = Participantes por año
dashboard-back = Volver al panel de { $year }
dashboard-list-count = { $count ->
    [one] Una entrada.
   *[other] { $count } entradas.
}
dashboard-list-page = Página { $page } de { $pages }.
dashboard-list-pages = Páginas de la lista
dashboard-list-previous = Página anterior
dashboard-list-next = Página siguiente
dashboard-list-contributing = Informes incluidos
dashboard-list-awaiting = En espera de revisión
dashboard-list-missing = Aún sin informe
dashboard-list-key_messages = Mensajes clave
dashboard-list-recommendations = Recomendaciones
## review-print

version-title = Informe { $year } de { $name }, versión { $version }
version-heading = { $name }: informe anual { $year }, versión { $version }
version-back-review = Volver a la revisión de este informe
version-back-workspace = Volver al informe
version-all = Versiones presentadas:
version-changes = Qué cambió
version-changes-since = Qué cambió desde la versión { $version }
version-first = Es la primera versión presentada: no hay una anterior con la que compararla.
version-unchanged = Nada cambió desde la versión { $version }.
version-changed-count = { $count ->
    [one] Cambió un campo.
   *[other] Cambiaron { $count } campos.
}
version-col-field = Campo
version-col-change = Cambio
version-col-before = Versión { $version }
version-col-after = Versión { $version }
version-content = La versión { $version } tal como se presentó
version-yes = Sí
version-no = No
version-open = abrir
version-what-changed = qué cambió
version-submitted-versions = versiones presentadas
diff-change-added = Añadido
diff-change-removed = Eliminado
diff-change-changed = Modificado
diff-field-edition = Edición
diff-field-start_date = Primer día
diff-field-end_date = Último día
diff-field-city = Ciudad
diff-field-country = País
diff-field-venue = Lugar
diff-field-format = Formato
diff-field-open_call = Convocatoria abierta de propuestas de sesiones
diff-field-open_call_date = Fecha de la convocatoria abierta
diff-field-consultations = Consultas abiertas celebradas
diff-field-participants_total = Participantes en total
diff-field-participants_online = Participantes en línea
diff-field-participants_youth = Participantes jóvenes
diff-field-countries_represented = Países representados
diff-field-participants_by_group = Participantes por grupo de partes interesadas
diff-field-participants_by_gender = Participantes por género
diff-field-themes = Temas
diff-field-tags = Etiquetas
diff-field-key_messages = Mensajes clave
diff-field-recommendations = Recomendaciones
diff-field-sessions = Sesiones
diff-field-languages = Idiomas del evento
diff-field-links = Enlaces
compilation-link = Compilación imprimible de los mensajes clave y las recomendaciones
compilation-title = Compilación: { $scope }, { $year }
compilation-heading = { $scope }: mensajes clave y recomendaciones, { $year }
compilation-back = Volver al panel
compilation-print-hint = Imprima esta página, o guárdela como PDF, para obtener un documento A4 con una página por tema.
compilation-participation = Participación
compilation-key-messages = { $count ->
    [one] Un mensaje clave
   *[other] { $count } mensajes clave
}
compilation-addressed-to = Dirigidas a: { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = El comité organizador abarca al menos tres grupos de partes interesadas
criterion-focal_point = Un punto focal con un correo electrónico válido
criterion-website = Un sitio web, accesible en la última comprobación
criterion-principles = Los cinco principios certificados para el año en curso o el anterior
criterion-annual_report = Un informe anual aceptado del último ciclo completo, presentado a tiempo
criterion-diversity = Orientativo: diversidad de género y geográfica del comité

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = ningún miembro del comité con un mandato vigente
evidence-committee-groups = el comité actual abarca { $count } { $count ->
        [one] grupo de partes interesadas
       *[other] grupos de partes interesadas
    }: { $groups }
evidence-focal-point = punto focal { $name }, con una dirección de correo registrada (no se comprueba la entrega)
evidence-focal-point-none = ningún punto focal designado en la secretaría
evidence-focal-point-no-email = el punto focal { $name } no tiene una dirección de correo válida
evidence-website-none = ningún sitio web en el perfil
evidence-website-not-checked = { $url } aún no se ha comprobado
evidence-website-changed = el sitio web cambió a { $url } desde la última comprobación (de { $checked_url })
evidence-website-answered = { $url } respondió HTTP { $http_status } al comprobarlo el { $checked_at }
evidence-website-no-answer = { $url } no respondió ({ $error }) al comprobarlo el { $checked_at }
evidence-website-no-answer-without-error = { $url } no respondió al comprobarlo el { $checked_at }
evidence-principles-attested = los cinco atestiguados para { $year }
evidence-principles-missing = { $year }: sin atestiguar: { $missing }
evidence-principles-stale = la última atestación es de { $latest }; ninguna para { $previous } ni { $current }
evidence-principles-none = ninguna atestación para { $previous } ni { $current }
evidence-report-none = ningún informe para { $year }
evidence-report-on-time = el informe { $year } fue aceptado y presentado a tiempo
evidence-report-late = el informe { $year } se presentó por primera vez { $days } { $days ->
        [one] día
       *[other] días
    } después del plazo
evidence-report-pending = el informe { $year } se presentó a tiempo y aún no está aceptado (estado: { $status })
evidence-report-draft-not-due = el informe { $year } es un borrador; vence el { $due }
evidence-report-never-submitted = el informe { $year } nunca se presentó
evidence-diversity = género: { $disclosed } de { $members } miembros lo indicaron ({ $gender ->
        [met] equilibrado
        [not_met] un género ocupa más de dos tercios
       *[unknown] demasiado pocos datos para juzgar
    }); geografía: { $places } { $unit ->
        [cities] ciudades representadas
       *[countries] países representados
    } ({ $geography ->
        [met] diversa
        [not_met] un solo lugar
       *[unknown] sin datos
    })
evidence-at-risk-not-recognised = no reconocida, por lo tanto nunca en riesgo
evidence-at-risk-no-accepted-report = ningún informe aceptado para { $first } ni { $second }
evidence-at-risk-accepted-reports = informes aceptados para { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }, { $year }
scope-year-list = { $scope }, { $year }: { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = debe tener de 2 a 64 caracteres entre a-z, 0-9 y -
invalid-tag-length = debe tener de 1 a 60 caracteres
invalid-network-name = el nombre de la red debe tener de 1 a 40 caracteres
invalid-too-many-bytes = no debe superar { $max } bytes
invalid-not-email = «{ $value }» no es una dirección de correo electrónico
invalid-not-country = «{ $value }» no es un código de país (dos letras, como LR)
invalid-not-language-tag = «{ $value }» no es una etiqueta de idioma como en o pt-BR
invalid-not-web-address = «{ $value }» no es una dirección web (http o https)
invalid-slug-reserved = «{ $value }» está reservado; elija otro
invalid-not-year = «{ $value }» no es un año
invalid-established-year = debe ser un año de 1995 a { $last }
invalid-outside-year = { $date } está fuera del año del informe, { $year }
invalid-above-total = suma { $part }, más que el total de { $total }
invalid-region-derived = se deriva del país para una iniciativa nacional: { $country } está en { $region }
invalid-control-single-line = no debe contener caracteres de control (se encontró U+{ $code }); es un texto de una línea
invalid-control-characters = no debe contener caracteres de control salvo tabulaciones y saltos de línea (se encontró U+{ $code })
list-and-more = y { $count } más
problem-validation = Parte de lo enviado no es válido.
problem-unauthorized = Inicie sesión para hacer esto.
problem-forbidden = Sus funciones no permiten esto.
problem-not-found = Aquí no hay nada, o no es visible para usted.
problem-concurrent-change = Alguien cambió esto en el mismo momento. Recargue la página e inténtelo de nuevo.
problem-contributes-to-cycle = Este vínculo haría que una iniciativa contribuyera a sí misma.
problem-delivery-pending = Este envío todavía se está intentando; espere a que termine.
problem-email-confirmed = Esta dirección de correo ya está confirmada.
problem-invalid-transition = El estado del informe no permite esto ahora. Recargue la página para ver qué permite.
problem-invitation-pending = Esta dirección ya tiene una invitación pendiente.
problem-invitation-unusable = Esta invitación no se puede usar: ha caducado, ya se usó o fue retirada.
problem-last-focal-point = Una iniciativa debe conservar al menos un punto focal.
problem-slug-taken = Este nombre corto ya lo usa otra iniciativa.
problem-precondition-required = Esta página está desactualizada. Recárguela y vuelva a aplicar su cambio.
problem-precondition-failed = Alguien cambió esto desde que se mostró la página. Recárguela y vuelva a aplicar su cambio.
problem-payload-too-large = Lo enviado es demasiado grande.
problem-unsupported-media-type = Lo enviado no está en un formato que el servicio lea.
problem-rate-limited = Demasiados intentos. Espere un momento e inténtelo de nuevo.
problem-unavailable = El servicio está ocupado. Inténtelo de nuevo en un momento.
problem-internal = El servicio no pudo responder; inténtelo de nuevo en un momento.
