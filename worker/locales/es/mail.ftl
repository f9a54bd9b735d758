# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Los correos del registro de las NRI (ver worker/locales/en/mail.ftl).

mail-brand = Registro de las NRI
mail-hello = Hola, { $name }:
mail-hello-anonymous = Hola:
mail-copy-link = O copie esta dirección en su navegador: { $link }
mail-sent-by = Este mensaje lo envió el Registro de las NRI, { $url }.
mail-stop-all = Dejar de recibir estos mensajes
mail-signature = El Registro de las NRI, { $url }
mail-within-hours = { $hours ->
    [one] una hora
   *[other] { $hours } horas
}
mail-within-days = { $days ->
    [one] un día
   *[other] { $days } días
}
mail-link-once = El enlace funciona una sola vez.

password-reset-subject = Restablezca su contraseña del Registro de las NRI
password-reset-body = Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta del Registro de las NRI, { $email }. Para elegir una nueva contraseña, abra este enlace en un plazo de { $valid_for }:
password-reset-button = Elegir una nueva contraseña
password-reset-ignore = Si no lo pidió, ignore este mensaje: su contraseña no cambia.

email-verification-subject = Confirme su dirección de correo para el Registro de las NRI
email-verification-body = Se creó una cuenta del Registro de las NRI con esta dirección, { $email }. Para confirmar que es suya, abra este enlace en un plazo de { $valid_for }:
email-verification-button = Confirmar mi dirección
email-verification-after = Hasta que la dirección esté confirmada, el registro no le envía notificaciones; mientras tanto puede iniciar sesión. Si usted no creó esta cuenta, ignore este mensaje.

account-exists-subject = Ya tiene una cuenta en el Registro de las NRI
account-exists-body = Alguien (esperamos que usted) intentó crear una cuenta del Registro de las NRI con esta dirección, { $email }. Ya tiene una, así que no se creó nada.
account-exists-sign-in = Iniciar sesión
account-exists-forgot = ¿Olvidó su contraseña?
account-exists-choose = Elegir una nueva
account-exists-ignore = Si no fue usted, ignore este mensaje: su cuenta no cambia.

invitation-subject = Le invitan a { $initiative } en el Registro de las NRI
invitation-body = { $inviter } le invita a unirse a { $initiative } en el Registro de las NRI como { $role }. Para aceptar, abra este enlace en un plazo de { $valid_for } y después inicie sesión o cree una cuenta:
invitation-button = Ver la invitación
invitation-ignore = Si no sabe por qué recibió esto, ignórelo.
mail-role-focal_point = punto focal
mail-role-editor = editor/a
mail-role-viewer = lector/a

notice-why-member = Recibe esto como punto focal o editor/a de { $name } en el Registro de las NRI.
notice-why-reviewer = Recibe esto como miembro de la Secretaría del IGF en el Registro de las NRI.
notice-why-focal-point = Recibe esto como punto focal de { $name } en el Registro de las NRI.
notice-stop = Dejar de recibir correos cuando { $kind }
notice-no-comment = (no se dio ningún comentario)
notice-open-report = Abrir el informe
notice-review-report = Revisar el informe
notice-review-initiative = Revisar la iniciativa
notice-open-workspace = Abrir el espacio de trabajo
notice-see-published = Ver el informe publicado

notice-submitted-subject = { $name } presentó su informe { $year } para revisión
notice-submitted-body = { $name } presentó su informe anual { $year }. Espera en la cola de revisión: acéptelo, o devuélvalo indicando qué corregir.

notice-returned-subject = Su informe { $year } fue devuelto para cambios
notice-returned-body = La Secretaría del IGF devolvió el informe anual { $year } de { $name } para cambios. El revisor escribió:
notice-returned-next = Corrija el informe y preséntelo de nuevo.

notice-accepted-subject = Su informe { $year } fue aceptado
notice-accepted-body = La Secretaría del IGF aceptó el informe anual { $year } de { $name }. Ahora es público y cuenta en los agregados regionales y mundiales.

notice-reopened-subject = Su informe { $year } aceptado fue reabierto
notice-reopened-body = La Secretaría del IGF reabrió el informe anual { $year } aceptado de { $name } para que pueda corregirse. Motivo indicado:
notice-reopened-next = Deja de contar en los agregados hasta que se presente y se acepte de nuevo.

notice-due-subject = Recordatorio: el informe { $year } de { $name } vence el { $due }
notice-due-body = El informe anual { $year } de { $name } vence el { $due } (90 días después del fin del evento) y aún no se ha presentado.
notice-overdue-subject = El informe { $year } de { $name } está atrasado
notice-overdue-body = El informe anual { $year } de { $name } vencía el { $due } y no se ha presentado. Ahora figura como atrasado para la Secretaría del IGF y los foros regionales.
notice-due-next = Complete el informe y preséntelo para revisión.

notice-applicant-subject = Nueva iniciativa registrada: { $name }
notice-applicant-body = { $name } se registró en el Registro de las NRI y espera su reconocimiento. Revísela según los criterios de reconocimiento y registre una decisión.

notice-at-risk-subject = { $name } está en riesgo: ningún informe aceptado para { $first } ni { $second }
notice-at-risk-body = { $name } está reconocida pero no tiene ningún informe anual aceptado en los dos últimos ciclos ({ $first } y { $second }), por lo que se marca en riesgo.
notice-at-risk-reviewer = La marca es orientativa: no cambia ningún estado.
notice-at-risk-member = Presentar los informes que faltan levanta la marca; la Secretaría del IGF puede ayudar.

notice-kind-report_submitted = se presenta un informe para revisión
notice-kind-report_returned = se devuelve un informe para cambios
notice-kind-report_accepted = se acepta un informe
notice-kind-report_reopened = se reabre un informe aceptado
notice-kind-report_due = un informe vence pronto o está atrasado
notice-kind-new_applicant = se registra una nueva iniciativa
notice-kind-at_risk = una iniciativa está en riesgo
