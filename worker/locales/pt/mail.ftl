# Review: machine-drafted, awaiting review by a native speaker from the NRI network. Brazilian Portuguese, as the pages.
# As mensagens do Registro das NRI (ver worker/locales/en/mail.ftl).

mail-brand = Registro das NRI
mail-hello = Olá, { $name },
mail-hello-anonymous = Olá,
mail-copy-link = Ou copie este endereço no seu navegador: { $link }
mail-sent-by = Esta mensagem foi enviada pelo Registro das NRI, { $url }.
mail-stop-all = Deixar de receber estas mensagens
mail-signature = O Registro das NRI, { $url }
mail-within-hours = { $hours ->
    [one] uma hora
   *[other] { $hours } horas
}
mail-within-days = { $days ->
    [one] um dia
   *[other] { $days } dias
}
mail-link-once = O link funciona uma única vez.

password-reset-subject = Redefina a sua senha do Registro das NRI
password-reset-body = Alguém (esperamos que tenha sido você) pediu para redefinir a senha da sua conta do Registro das NRI, { $email }. Para escolher uma nova senha, abra este link no prazo de { $valid_for }:
password-reset-button = Escolher uma nova senha
password-reset-ignore = Se você não pediu isto, ignore esta mensagem: a sua senha continua a mesma.

email-verification-subject = Confirme o seu endereço de e-mail para o Registro das NRI
email-verification-body = Foi criada uma conta do Registro das NRI com este endereço, { $email }. Para confirmar que o endereço é seu, abra este link no prazo de { $valid_for }:
email-verification-button = Confirmar o meu endereço
email-verification-after = Enquanto o endereço não for confirmado, o registro não lhe envia notificações; você pode entrar enquanto isso. Se você não criou esta conta, ignore esta mensagem.

account-exists-subject = Você já tem uma conta no Registro das NRI
account-exists-body = Alguém (esperamos que tenha sido você) tentou criar uma conta do Registro das NRI com este endereço, { $email }. Você já tem uma, por isso nada foi criado.
account-exists-sign-in = Entrar
account-exists-forgot = Esqueceu a senha?
account-exists-choose = Escolher uma nova
account-exists-ignore = Se não foi você, ignore esta mensagem: a sua conta não mudou.

invitation-subject = Você foi convidado(a) para { $initiative } no Registro das NRI
invitation-body = { $inviter } convida você a participar de { $initiative } no Registro das NRI como { $role }. Para aceitar, abra este link no prazo de { $valid_for } e depois entre ou crie uma conta:
invitation-button = Ver o convite
invitation-ignore = Se você não sabe por que recebeu isto, ignore-o.
mail-role-focal_point = ponto focal
mail-role-editor = editor(a)
mail-role-viewer = leitor(a)

notice-why-member = Você recebe isto como ponto focal ou editor(a) de { $name } no Registro das NRI.
notice-why-reviewer = Você recebe isto como membro do Secretariado do IGF no Registro das NRI.
notice-why-focal-point = Você recebe isto como ponto focal de { $name } no Registro das NRI.
notice-stop = Deixar de receber e-mails quando { $kind }
notice-no-comment = (não foi dado nenhum comentário)
notice-open-report = Abrir o relatório
notice-review-report = Revisar o relatório
notice-review-initiative = Revisar a iniciativa
notice-open-workspace = Abrir o espaço de trabalho
notice-see-published = Ver o relatório publicado

notice-submitted-subject = { $name } submeteu o seu relatório de { $year } para revisão
notice-submitted-body = { $name } submeteu o seu relatório anual de { $year }. Aguarda na fila de revisão: aceite-o ou devolva-o indicando o que corrigir.

notice-returned-subject = O seu relatório de { $year } foi devolvido para alterações
notice-returned-body = O Secretariado do IGF devolveu o relatório anual de { $year } de { $name } para alterações. O revisor escreveu:
notice-returned-next = Corrija o relatório e submeta-o de novo.

notice-accepted-subject = O seu relatório de { $year } foi aceito
notice-accepted-body = O Secretariado do IGF aceitou o relatório anual de { $year } de { $name }. Agora é público e conta nos agregados regionais e globais.

notice-reopened-subject = O seu relatório aceito de { $year } foi reaberto
notice-reopened-body = O Secretariado do IGF reabriu o relatório anual aceito de { $year } de { $name }, para que possa ser corrigido. O motivo indicado:
notice-reopened-next = Deixa de contar nos agregados até ser submetido e aceito de novo.

notice-due-subject = Lembrete: o relatório de { $year } de { $name } vence em { $due }
notice-due-body = O relatório anual de { $year } de { $name } tem prazo até { $due } (90 dias após o fim do evento) e ainda não foi submetido.
notice-overdue-subject = O relatório de { $year } de { $name } está em atraso
notice-overdue-body = O relatório anual de { $year } de { $name } tinha prazo até { $due } e não foi submetido. Aparece agora como em atraso para o Secretariado do IGF e os fóruns regionais.
notice-due-next = Complete o relatório e submeta-o para revisão.

notice-applicant-subject = Nova iniciativa registrada: { $name }
notice-applicant-body = { $name } se registrou no Registro das NRI e aguarda reconhecimento. Verifique-a segundo os critérios de reconhecimento e registre uma decisão.

notice-at-risk-subject = { $name } está em risco: nenhum relatório aceito para { $first } nem { $second }
notice-at-risk-body = { $name } está reconhecida mas não tem nenhum relatório anual aceito nos dois últimos ciclos ({ $first } e { $second }), por isso está assinalada em risco.
notice-at-risk-reviewer = A sinalização é indicativa: não altera nenhum estado.
notice-at-risk-member = Submeter os relatórios em falta retira a sinalização; o Secretariado do IGF pode ajudar.

notice-kind-report_submitted = um relatório é submetido para revisão
notice-kind-report_returned = um relatório é devolvido para alterações
notice-kind-report_accepted = um relatório é aceito
notice-kind-report_reopened = um relatório aceito é reaberto
notice-kind-report_due = um relatório está perto do prazo ou em atraso
notice-kind-new_applicant = uma nova iniciativa se registra
notice-kind-at_risk = uma iniciativa está em risco
