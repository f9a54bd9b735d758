# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# Português. Os identificadores são os de en/main.ftl; os que terminam em
# -html contêm marcação: mantenha as etiquetas como estão.

## Moldura de cada página

site-name = Registro das NRI
skip-link = Ir para o conteúdo
nav-main = Principal
nav-directory = Diretório
nav-dashboards = Painéis
nav-review = Fila de revisão
nav-jobs = Tarefas com falha
nav-account = Conta
nav-sign-out = Sair
nav-sign-in = Entrar
nav-sign-up = Criar conta
nav-language = Idioma
footer-about-html = O registro das iniciativas nacionais, regionais, sub-regionais e de juventude do IGF. Os dados também estão disponíveis pela <a href="/docs">API</a>.

## Formulários e tabelas

form-required = (obrigatório)
form-error-prefix = Erro:
form-choose = Escolher…
form-choose-country = Escolher um país…
error-summary-title = Há um problema
table-scrolls = Tabela, rola na horizontal em telas pequenas
back-to-workspace = Voltar ao espaço de trabalho
action-remove = Remover
action-change = Alterar
action-revoke = Revogar
action-retry = Tentar de novo
action-save = Salvar
action-filter = Filtrar
action-show = Mostrar
none = Nenhum.
none-yet = Nenhum por enquanto.
not-given-yet = Ainda não informado.
date-range = de { $start } a { $end }
history = Histórico
label-state = Situação:
report-due = prazo { $date }

## Rótulos dos campos

label-name = Nome
label-your-name = Seu nome
label-email = Endereço de e-mail
label-email-short = E-mail
label-password = Senha
label-password-again = Repita a senha
label-current-password = Senha atual
label-new-password = Nova senha
label-new-password-again = Repita a nova senha
label-kind = Tipo
label-un-region = Região da ONU
label-country = País
label-country-national = País (iniciativas nacionais)
label-country-required = País (obrigatório)
label-region-regional = Região da ONU (iniciativas regionais e de juventude)
label-coverage = Abrangência
label-coverage-regional = Países abrangidos (iniciativas regionais)
label-slug = Endereço curto
label-acronym = Sigla
label-description = Descrição
label-description-lang = Descrição ({ $lang })
label-website = Site
label-public-email = E-mail público
label-established = Ano de criação
label-working-languages = Idiomas de trabalho
label-city = Cidade
label-focal-point = Ponto focal
label-organisation = Organização
label-stakeholder-group = Grupo de partes interessadas
label-role = Papel
label-gender = Gênero
label-year = Ano
label-status = Status:
label-theme = Tema
label-type = Tipo
label-edition = Edição
label-format = Formato
label-participants = Participantes
label-online = On-line
label-youth = Jovens
label-countries-represented = Países representados
hint-password = Pelo menos 10 caracteres, e não uma das senhas mais comuns.
hint-languages = Códigos de idioma separados por vírgulas, por exemplo en, pt.
hint-commas = Separados por vírgulas.

## Colunas das tabelas

col-initiative = Iniciativa
col-kind = Tipo
col-un-region = Região da ONU
col-country-coverage = País ou abrangência
col-stakeholder-group = Grupo de partes interessadas
col-members = Membros
col-group = Grupo
col-gender = Gênero
col-participants = Participantes
col-name = Nome
col-created = Criado em
col-last-used = Último uso
col-expires = Expira em
col-action = Ação
col-actions = Ações
col-year = Ano
col-state = Situação
col-due = Prazo
col-role = Papel
col-term = Mandato
col-member = Membro
col-since = Desde
col-email = Endereço de e-mail
col-sent = Enviado em
col-submitted = Enviado em
col-criterion = Critério
col-outcome = Resultado
col-evidence = Evidências
col-job = Tarefa
col-attempts = Tentativas
col-last-error = Último erro
col-updated = Atualizado em
col-subscription = Assinatura
col-event = Evento

## Páginas de erro e recusas

error-go-home-html = <a href="/">Ir para a página inicial</a> ou <a href="/initiatives">consultar o diretório</a>.
error-expired-title = Este formulário expirou
error-expired-detail = O formulário não foi enviado a partir de uma página deste site, ou a sua sessão mudou desde que ele foi exibido. Volte, recarregue a página e envie-o novamente.
error-render-title = Erro
error-render-detail = Não foi possível exibir esta página. O erro foi registrado.
error-not-found-title = Não encontrado
error-forbidden-title = Não permitido
error-forbidden-ask = Peça um papel ao ponto focal da sua iniciativa ou ao Secretariado do IGF.
error-server-title = Algo deu errado
error-server-detail = O serviço não conseguiu responder; tente novamente em instantes.
error-refused-title = Não é possível fazer isso
error-page-not-found-title = Página não encontrada
error-page-not-found-detail = Não há nenhuma página neste endereço. Ela pode ter sido movida, ou o link pode estar digitado errado.
error-unpublished-title = Este relatório não está publicado
error-unpublished-detail = Os relatórios são publicados depois de aceitos pelo Secretariado do IGF.
error-dashboard-scope = Os painéis abrangem o mundo todo, uma região da ONU, as iniciativas de juventude e cada fórum regional.
error-invitation-unusable = Este convite não pode ser usado
error-unknown-action-title = Ação desconhecida
error-unknown-action-detail = Escolha aceitar, devolver ou reabrir.

## Confirmações

flash-password-reset = Sua senha foi alterada. Entre com a nova senha.
flash-password-changed = Sua senha foi alterada. Suas outras sessões de navegador foram encerradas.
flash-language-saved = Seu idioma foi salvo.
flash-registered = Sua iniciativa está registrada e você é o ponto focal dela. O Secretariado do IGF vai analisá-la para reconhecimento.
flash-member-role = { $email } agora tem o papel: { $role }.
flash-member-removed = O membro foi removido.
flash-invitation-sent = Um convite foi enviado para { $email }.
flash-invitation-revoked = O convite foi revogado.
flash-report-submitted = Seu relatório foi enviado. O Secretariado do IGF vai revisá-lo; você verá a decisão aqui.
flash-draft-saved = Rascunho salvo.
flash-report-done = { $done ->
    [accepted] O relatório foi aceito.
    [returned] O relatório foi devolvido ao seu secretariado.
   *[other] O relatório foi reaberto.
}
flash-status-now = O status agora é: { $status }.
flash-reset-sent = Se houver uma conta com este endereço de e-mail, uma mensagem com um link para escolher uma nova senha está a caminho. O link funciona uma única vez, durante uma hora.

## Problemas exibidos acima de um formulário

problem-sign-in-wrong = O endereço de e-mail ou a senha está incorreto.
problem-correct-fields = Corrija os campos abaixo.
problem-correct-field = Corrija o campo abaixo.
problem-email-taken = Já existe uma conta com este endereço de e-mail: entre com ela.
problem-stale = Outra pessoa salvou isto depois que você abriu. Suas alterações estão abaixo e não foram salvas: compare-as com a versão atual e salve novamente.
problem-count = { $count ->
    [one] { $count } problema precisa da sua atenção antes de salvar.
   *[other] { $count } problemas precisam da sua atenção antes de salvar.
}
problem-nothing-saved = Corrija os campos marcados abaixo; nada foi salvo.
problem-not-submittable = { $count ->
    [one] Seu rascunho foi salvo, mas ainda não pode ser enviado: { $count } problema está listado abaixo.
   *[other] Seu rascunho foi salvo, mas ainda não pode ser enviado: { $count } problemas estão listados abaixo.
}

## Mensagens ao lado de um campo

invalid-sign-in = verifique o endereço de e-mail e a senha
invalid-passwords-differ = as duas senhas são diferentes
invalid-member-email = informe o endereço de e-mail com que a pessoa se cadastrou
invalid-no-account = nenhuma conta tem este endereço de e-mail: peça à pessoa que se cadastre primeiro
invalid-choose-kind = escolha o tipo desta iniciativa
invalid-required = é obrigatório
invalid-listed-twice = aparece duas vezes
invalid-address = não é um endereço válido
invalid-url = não é um endereço da web
invalid-language-tag = não é um código de idioma como en ou pt-BR
invalid-before-start = é anterior ao primeiro dia
invalid-before-term-start = é anterior ao início do mandato
invalid-venue-required = é obrigatório, a menos que o evento tenha sido on-line
invalid-country-required = é obrigatório para uma iniciativa nacional
invalid-region-required = é obrigatório, a menos que a iniciativa seja nacional
invalid-key-message-required = é preciso pelo menos uma mensagem-chave
invalid-text-required = precisa de um texto em pelo menos um idioma
invalid-not-working-language = não é um dos idiomas de trabalho da iniciativa
invalid-whole-number = deve ser um número inteiro, como 120
invalid-common-password = é uma das senhas mais comuns; escolha uma mais difícil de adivinhar
invalid-wrong-password = não é a senha desta conta
invalid-year = não é um ano
invalid-repeated-character = não pode ser um único caractere repetido
invalid-too-long = deve ter no máximo { $max } caracteres
invalid-too-short = deve ter pelo menos { $min } caracteres

## Nomes dos campos na lista de problemas

field-name = nome
field-email = endereço de e-mail
field-password = senha
field-password_again = senha repetida
field-current_password = senha atual
field-new_password = nova senha
field-new_password_again = nova senha repetida
field-slug = endereço curto
field-kind = tipo
field-country = país
field-un_region = região da ONU
field-coverage = países abrangidos
field-description = descrição
field-website = site
field-public_email = e-mail público
field-established_year = ano de criação
field-working_languages = idiomas de trabalho
field-edition = edição
field-start_date = primeiro dia
field-end_date = último dia
field-format = formato
field-venue = local
field-city = cidade
field-languages = idiomas
field-themes = temas
field-participation = participação
field-total = total de participantes
field-key_messages = mensagens-chave
field-recommendations = recomendações
field-sessions = sessões
field-text = texto
field-theme = tema
field-title = título
field-type = tipo
field-addressed_to = destinatário
field-links = links
field-tags = etiquetas
field-comment = comentário
field-reason = motivo
field-status = status
field-user = membro
field-evidence = evidências
field-role = papel
field-term_start = início do mandato
field-term_end = fim do mandato
field-stakeholder_group = grupo de partes interessadas
field-host_organisation = organização anfitriã
field-focal_point = ponto focal

## Gráficos e títulos dos painéis

chart-groups = Participantes por grupo de partes interessadas
chart-gender = Participantes por gênero
chart-themes = Temas, pelo número de iniciativas que os abordaram
dashboard-title-global = Todas as iniciativas do mundo
dashboard-title-region = Região da ONU: { $region }
dashboard-title-kind = Iniciativas: { $kind }
dashboard-title-forum = { $forum }: as iniciativas que contribuem para ele
count-initiatives = { $count ->
    [one] { $count } iniciativa
   *[other] { $count } iniciativas
}

## Página inicial

home-title = Início
home-heading = O registro das iniciativas nacionais, regionais e de juventude do IGF
home-lead = Mais de 160 iniciativas do Fórum de Governança da Internet (NRI) mantêm aqui o seu perfil, o seu comitê organizador e os seus relatórios anuais. O Secretariado do IGF os revisa, e os fóruns regionais leem o que as suas iniciativas relatam.
home-your-initiatives = Suas iniciativas
home-no-role-html = Você ainda não tem nenhum papel em uma iniciativa. Se você coordena uma, <a href="/register">registre-a</a>; se ela já estiver registrada, peça ao ponto focal que adicione você.
home-igf-html = Como Secretariado do IGF: <a href="/review">revisar os relatórios enviados</a>, <a href="/review?status=overdue">ver os relatórios atrasados</a> ou <a href="/review/jobs">verificar as tarefas com falha</a>.
home-find-heading = Encontrar uma iniciativa
home-find-html = O <a href="/initiatives">diretório de iniciativas reconhecidas</a>, por tipo, região e país, com os seus secretariados, comitês e relatórios aceitos.
home-run-heading = Coordena uma iniciativa?
home-run-member-html = <a href="/register">Registre a sua iniciativa</a>, depois mantenha o perfil atualizado e envie o seu relatório anual.
home-run-visitor-html = <a href="/sign-up">Crie uma conta</a> e registre a sua iniciativa, ou <a href="/sign-in">entre</a> para enviar o seu relatório anual.
home-forums-heading = Fóruns regionais
home-forums-html = Veja o que as suas iniciativas relataram em { $year }: <a href="/dashboards">painéis</a> de participação, temas e mensagens-chave, com feeds e CSV.
home-recognised-heading = Iniciativas reconhecidas
home-all-recognised = Todas as iniciativas reconhecidas
home-developers-heading = Para desenvolvedores
home-developers-html = Tudo o que está nestas páginas também está no <a href="/docs">explorador da API</a> (<a href="/api/v1/openapi.json">documento OpenAPI</a>). Os fóruns regionais podem obter os feeds <a href="/api/v1/feeds/global.atom">Atom</a> e <a href="/api/v1/feeds/global.json">JSON</a> ou assinar webhooks.

## Diretório

directory-title = Diretório
directory-heading = Diretório de iniciativas reconhecidas
directory-filter = Filtrar o diretório
directory-any-kind = Qualquer tipo
directory-any-region = Qualquer região
directory-any-country = Qualquer país
directory-caption = Iniciativas reconhecidas
directory-next = Próxima página
directory-none = Nenhuma iniciativa reconhecida corresponde a estes filtros.

## Página pública de uma iniciativa

initiative-since = desde { $year }
initiative-igf-html = Como Secretariado do IGF: <a href="/review/initiatives/{ $slug }">lista de verificação do reconhecimento e decisão sobre o status</a>.
initiative-your-role-html = O seu papel nesta iniciativa: { $role }. <a href="/workspace/{ $slug }">Abrir o espaço de trabalho</a>.
initiative-secretariat = Secretariado
initiative-hosted-by = Sediado por
initiative-supported-by = Com o apoio de
initiative-committee = Comitê organizador
committee-current = { $count ->
    [one] { $count } membro atual.
   *[other] { $count } membros atuais.
}
committee-by-group-caption = Membros do comitê por grupo de partes interessadas
initiative-no-committee = Nenhum membro do comitê listado ainda.
initiative-links = Vínculos com outras iniciativas
initiative-contributes-to = Contribui para:
initiative-reports = Relatórios anuais
initiative-no-report = Nenhum relatório aceito ainda.

## Um relatório

report-title = { $name }: relatório de { $year }
report-heading = { $name }: relatório anual de { $year }
report-accepted-on = Aceito pelo Secretariado do IGF em { $date }.
report-dates = Datas
report-where = Local
report-languages = Idiomas
report-themes = Temas
report-participation = Participação
caption-by-group = Por grupo de partes interessadas
caption-by-gender = Por gênero
report-key-messages = Mensagens-chave
report-recommendations = Recomendações
report-sessions = Sessões
report-links = Links

## Entrar e cadastrar-se

sign-in-title = Entrar
sign-in-button = Entrar
sign-in-forgot = Esqueceu a senha?
sign-in-no-account-html = Ainda não tem conta? <a href="/sign-up">Cadastre-se</a>.
sign-up-title = Cadastro
sign-up-heading = Criar uma conta
sign-up-lead = Para os secretariados das iniciativas nacionais, regionais e de juventude do IGF. Depois de se cadastrar, você pode registrar a sua iniciativa ou ser adicionado a uma pelo ponto focal dela.
sign-up-button = Criar a conta
sign-up-have-account-html = Já tem uma conta? <a href="{ $href }">Entre</a>.

## Página da conta

account-title = Sua conta
account-password-heading = Alterar a sua senha
account-password-button = Alterar a senha
account-password-note = Alterá-la encerra as suas outras sessões de navegador; os seus tokens de API continuam funcionando.
account-sessions-heading = Sessões e tokens de API
account-sessions-lead = Cada navegador em que você entrou e cada token de API que você criou. Encerre os que você não reconhecer.
account-sessions-caption = Sessões e tokens
account-this-browser = (este navegador)
account-never = nunca
account-ended = encerrada em { $date }
account-end = Encerrar
account-language-heading = Idioma das páginas
account-language-lead = As páginas são exibidas neste idioma quando você está conectado, a menos que escolha outro com os links de idioma no topo da página.
account-language-label = Idioma
account-language-auto = O que o meu navegador pedir
account-language-button = Salvar o idioma

## Convites

invitation-title = Convite para { $name }
invitation-lead-html = { $email } foi convidado a participar de <strong>{ $name }</strong> com o papel: { $role }. O convite funciona uma única vez, até { $date }.
invitation-signed-in-as = Você entrou como { $email }.
invitation-accept = Aceitar o convite
invitation-sign-in-html = Para aceitá-lo, <a href="/sign-in?next={ $next }">entre</a> ou <a href="/sign-up?next={ $next }">crie uma conta</a>; depois você volta para cá.
invitation-unusable = Este convite está { $status }: não pode mais ser usado. Peça um novo ao ponto focal da iniciativa.

## Senhas

forgot-title = Esqueceu a senha?
forgot-no-message-html = Nenhuma mensagem? Verifique a pasta de spam, ou <a href="/forgot-password">peça de novo</a> com o endereço com que você se cadastrou.
forgot-back = Voltar para entrar
forgot-lead = Informe o endereço de e-mail da sua conta: enviaremos um link para você escolher uma nova senha.
forgot-button = Enviar-me um link
reset-title = Escolher uma nova senha
reset-button = Definir a nova senha
reset-note = Defini-la encerra todas as suas sessões: todos os navegadores e tokens de API da conta deixam de funcionar.
reset-no-token-html = Esta página precisa do link da mensagem que enviamos. <a href="/forgot-password">Pedir um novo link</a>.

## Registrar uma iniciativa

register-title = Registrar uma iniciativa
register-heading = Registrar a sua iniciativa
register-lead = Você passa a ser o ponto focal: pode adicionar colegas, manter o perfil atualizado e enviar os relatórios anuais. O Secretariado do IGF analisa as novas iniciativas para reconhecimento.
hint-name = Como a iniciativa se chama, por exemplo Liberia Internet Governance Forum.
hint-slug = Letras minúsculas, algarismos e hífens, por exemplo liberia-igf. Aparece nos links e não pode ser alterado depois.
register-region-derived = Deduzida do país
register-button = Registrar

## Espaço de trabalho do secretariado

workspace-title = { $name }: espaço de trabalho
workspace-role = o seu papel: { $role }
workspace-role-igf = Secretariado do IGF
workspace-public-page = página pública
workspace-reports-caption = Relatórios por ano
workspace-not-started = não iniciado
workspace-continue = Continuar o relatório de { $year }
workspace-open = Abrir o relatório de { $year }
workspace-start = Começar o relatório de { $year }
workspace-keep-current = Mantenha a sua iniciativa atualizada
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">Perfil</a>: nome, descrição, site, idiomas
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">Secretariado</a>: organização anfitriã, ponto focal, contatos
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">Comitê organizador</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">Fóruns regionais para os quais contribui</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">Declaração dos princípios de { $year }</a>
workspace-recognition = Critérios de reconhecimento
recognition-all-met = Todos os critérios obrigatórios estão cumpridos.
recognition-some-unmet = Alguns critérios obrigatórios ainda não estão cumpridos.
workspace-members = Membros
workspace-manage-members = Adicionar ou alterar membros
workspace-all-members = Todos os membros e os seus papéis

## Perfil, secretariado, comitê, princípios, membros, fóruns

profile-title = Perfil
profile-saved = Perfil salvo.
profile-button = Salvar o perfil
secretariat-title = Secretariado
secretariat-saved = Secretariado salvo.
label-host = Organização anfitriã
label-host-group = Grupo de partes interessadas do anfitrião
label-hosting-arrangement = Modalidade de acolhimento
label-agreement-date = Data do acordo de acolhimento
hint-focal-email = Visível apenas para os membros e o Secretariado do IGF.
label-contact-emails = E-mails de contato
label-supporting = Organizações apoiadoras
secretariat-button = Salvar o secretariado
committee-title = Comitê organizador
committee-caption = Membros do comitê
committee-not-listed = (não listado publicamente)
committee-add = Adicionar um membro
option-not-given = Não informado
label-term-start = Início do mandato
label-term-end = Fim do mandato
committee-list-publicly = Listar este membro publicamente (nome e organização na página da iniciativa)
committee-button = Adicionar membro
principles-title = Princípios de { $year }
principles-heading = Declaração dos princípios de { $year }
principles-lead = As NRI do IGF seguem cinco princípios. Declare cada um que a sua iniciativa seguiu em { $year } e explique como; são necessárias evidências para cada princípio declarado.
principles-saved = Declaração salva.
principles-followed = Seguimos este princípio em { $year }
principles-evidence = Como (evidências)
principles-evidence-links = Links para as evidências
principles-button = Salvar a declaração
members-title = Membros
members-heading = { $name }: membros
members-lead = Os pontos focais gerenciam a iniciativa e os seus membros; os editores mantêm o perfil e os relatórios atualizados; os leitores podem ver tudo, inclusive os rascunhos.
members-caption = Membros e os seus papéis
members-new-role-for = Novo papel para { $name }
members-change-hidden = o papel de { $name }
members-pending = Convites pendentes
members-invitations-caption = Convites ainda não aceitos
members-revoke-hidden = o convite de { $email }
members-invite-heading = Convidar alguém por e-mail
members-invite-lead = A pessoa recebe um link, válido uma vez por 14 dias, para entrar ou criar uma conta e assumir o papel.
members-invite-button = Enviar o convite
members-add-lead = Para alguém que já tem uma conta (caso contrário, convide-a acima).
links-title = Fóruns regionais
links-heading = { $name }: os fóruns para os quais contribui
links-saved = Salvo. Os painéis e feeds dos fóruns agora contam os seus relatórios aceitos.
links-lead = Os fóruns regionais e sub-regionais veem se os seus relatórios chegaram e contam os seus relatórios aceitos nos painéis e feeds deles.
links-forums = Fóruns
links-no-forum = Nenhum fórum regional está registrado ainda.

## Formulário do relatório anual

report-submitted-times = { $count ->
    [one] enviado { $count } vez
   *[other] enviado { $count } vezes
}
report-returned-heading = O Secretariado do IGF devolveu este relatório
report-returned-fix = Corrija-o e envie-o novamente.
report-with-igf = Este relatório está em revisão pelo Secretariado do IGF; não pode ser alterado até ser aceito ou devolvido.
report-accepted-html = Este relatório foi aceito e publicado na <a href="/initiatives/{ $slug }/reports/{ $year }">página da iniciativa</a>. Para alterá-lo, peça ao Secretariado do IGF que o reabra.
report-form-hint = Salve um rascunho quando quiser; nada é verificado até o envio. Os campos marcados como obrigatórios precisam ser preenchidos para enviar.
report-event = O evento
hint-edition = por exemplo, 11.º IGF da Libéria
label-first-day = Primeiro dia
label-last-day = Último dia
label-venue = Local
hint-venue = Obrigatório, a menos que o evento tenha sido on-line.
label-event-languages = Idiomas do evento
report-themes-discussed = Temas discutidos
label-participants-all = Total de participantes
label-of-online = Dos quais on-line
label-of-youth = Dos quais jovens
report-at-least-one = (pelo menos uma para enviar)
report-key-message-n = Mensagem-chave { $n }
report-new = (nova)
label-message-lang = Mensagem ({ $lang })
report-remove-key-message = Remover esta mensagem-chave
report-recommendation-n = Recomendação { $n }
label-addressed-to = Dirigida ao
option-choose-level = Escolher um nível…
label-recommendation-lang = Recomendação ({ $lang })
report-remove-recommendation = Remover esta recomendação
report-session-n = Sessão { $n }
label-title-lang = Título ({ $lang })
option-no-theme = Sem tema específico
report-remove-session = Remover esta sessão
report-preparation = Preparação
report-open-call = Houve uma chamada aberta de propostas de sessões
label-open-call-date = Data da chamada aberta
label-consultations = Consultas abertas realizadas
label-tags = Etiquetas
hint-tags = Palavras livres separadas por vírgulas.
report-save-draft = Salvar rascunho
report-submit = Enviar ao Secretariado do IGF
history-reviews = Revisões
history-review = { $date }: versão { $version }, { $decision }
history-versions = Versões enviadas
history-version = Versão { $version }, enviada em { $date }
history-not-submitted = Ainda não enviado.

## Páginas do Secretariado do IGF

queue-title = Fila de revisão
queue-filter = Filtrar por situação
label-order = Ordem
queue-due-asc = Prazo, o mais próximo primeiro
queue-due-desc = Prazo, o mais distante primeiro
queue-caption = { $status }: { $count ->
    [one] { $count } relatório
   *[other] { $count } relatórios
}, por prazo
queue-recognition = reconhecimento
queue-times = ({ $count } vezes)
queue-none = Nenhum relatório nesta situação: { $status }.
queue-applicants = Iniciativas aguardando reconhecimento
queue-registered = registrada em { $date }
review-title = Revisão: { $name } { $year }
review-back = Voltar à fila
review-recognition-link = { $name }: reconhecimento
review-heading = { $name }: relatório de { $year }
review-submitted = enviado em { $date }
review-comment = Comentário para o secretariado
review-reason-reopen = Motivo da reabertura
review-comment-hint = Obrigatório ao devolver o relatório: diga o que corrigir.
review-reopen-hint = Obrigatório: o secretariado o vê como o comentário do revisor.
review-accept = Aceitar
review-return = Devolver ao secretariado
review-reopen = Reabrir
review-the-report = O relatório
recognition-title = Reconhecimento: { $name }
recognition-heading = { $name }: reconhecimento
recognition-checklist = Lista de verificação
recognition-some-unmet-now = Alguns critérios obrigatórios não estão cumpridos.
recognition-computed = Calculado em { $date }.
recognition-caption = Critérios de reconhecimento
recognition-advisory = (indicativo)
recognition-decide = Decidir o status
label-new-status = Novo status
label-reason = Motivo
recognition-button = Registrar a decisão
recognition-past = Decisões anteriores
recognition-reports = Relatórios
jobs-title = Tarefas com falha
jobs-heading = Tarefas e entregas com falha
jobs-retried = A tarefa { $id } está de novo na fila.
jobs-background = Tarefas em segundo plano
jobs-caption = Tarefas com falha
jobs-attempts = { $attempts } de { $max }
jobs-retry-hidden = a tarefa { $id }
jobs-none = Nenhuma tarefa com falha.
jobs-deliveries = Entregas de webhooks cuja última tentativa falhou
jobs-deliveries-caption = Entregas com falha
jobs-redeliver-html = Reentregue pela API: <code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = Nenhuma entrega com falha.

## Painéis

dashboards-title = Painéis
dashboards-lead = O que as iniciativas relataram, somado a partir dos relatórios aceitos: participação, temas, mensagens-chave e quem ainda não relatou.
dashboards-worldwide = Mundo todo
dashboards-all = Todas as iniciativas, { $year }
dashboards-youth = Iniciativas de juventude, { $year }
dashboards-by-region = Por região da ONU
dashboards-forums = Fóruns regionais e sub-regionais
dashboards-forums-lead = O painel de cada fórum abrange as iniciativas que declaram contribuir para ele.
dashboard-all = Todos os painéis
dashboard-other-years = Outros anos
dashboard-year = Ano:
dashboard-data = Dados:
dashboard-atom = Feed Atom
dashboard-json-feed = JSON Feed
dashboard-csv = CSV
dashboard-csv-key-messages = mensagens-chave
dashboard-csv-missing = quem falta
dashboard-json = JSON
dashboard-empty = Nada foi agregado para { $year } ainda: nenhum relatório aceito neste âmbito, ou o processamento ainda não foi executado.
dashboard-reported = { $count ->
    [one] { $count } iniciativa relatou
   *[other] { $count } iniciativas relataram
}, de { $total } reconhecidas.
dashboard-updated = Atualizado em { $date }.
dashboard-figures-table = Os números em forma de tabela
dashboard-no-groups = Nenhum relatório deste âmbito trouxe uma divisão por grupo de partes interessadas.
dashboard-no-gender = Nenhum relatório deste âmbito trouxe uma divisão por gênero.
dashboard-no-themes = Nenhum tema relatado.
dashboard-key-messages = Mensagens-chave por tema
dashboard-no-key-messages = Nenhuma mensagem-chave ainda.
dashboard-included = Relatórios incluídos
dashboard-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
dashboard-missing = Ainda sem relatório
dashboard-all-reported = Todas as iniciativas reconhecidas deste âmbito relataram.

## Vocabulários

kind-national = Nacional
kind-regional = Regional
kind-subregional = Sub-regional
kind-youth = Juventude
kind_initiative-national = Iniciativa nacional
kind_initiative-regional = Iniciativa regional
kind_initiative-subregional = Iniciativa sub-regional
kind_initiative-youth = Iniciativa de juventude
region-africa = África
region-asia_pacific = Ásia-Pacífico
region-eastern_europe = Europa Oriental
region-grulac = GRULAC
region-weog = WEOG
status-new = Não iniciado
status-draft = Rascunho
status-submitted = Enviado
status-returned = Devolvido
status-accepted = Aceito
status-overdue = Atrasado
status-unknown = Desconhecido
status-applicant = Candidata
status-recognized = Reconhecida
status-suspended = Suspensa
status-lapsed = Caducada
status-withdrawn = Retirada
status-met = Cumprido
status-not_met = Não cumprido
group-government = Governos
group-private_sector = Setor privado
group-civil_society = Sociedade civil
group-technical_community = Comunidade técnica
group-academia = Academia
group-intergovernmental = Organizações intergovernamentais
committee_role-chair = Presidência
committee_role-co_chair = Copresidência
committee_role-member = Membro
committee_role-focal_point = Ponto focal
committee_role-youth_representative = Representante da juventude
gender-female = Mulheres
gender-male = Homens
gender-other = Outro
gender-undisclosed = Não informado
role-focal_point = Ponto focal
role-editor = Editor
role-viewer = Leitor
theme-access_and_connectivity = Acesso e conectividade
theme-cybersecurity_and_trust = Cibersegurança e confiança
theme-human_rights_and_freedoms = Direitos humanos e liberdades
theme-ai_and_emerging_technologies = IA e tecnologias emergentes
theme-data_governance = Governança de dados
theme-digital_inclusion = Inclusão digital
theme-environment = Meio ambiente
theme-content_governance = Governança de conteúdo
theme-infrastructure_and_critical_resources = Infraestrutura e recursos críticos
theme-capacity_building = Capacitação
theme-internet_fragmentation = Fragmentação da internet
theme-youth_engagement = Engajamento da juventude
theme-gender = Gênero
format-in_person = Presencial
format-hybrid = Híbrido
format-online = On-line
session_type-plenary = Plenária
session_type-panel = Painel
session_type-workshop = Oficina
session_type-side_event = Evento paralelo
level-regional = Nível regional
level-global = Nível global
principle-open_transparent = Aberto e transparente
principle-inclusive = Inclusivo
principle-bottom_up = De baixo para cima
principle-multistakeholder = Multissetorial
principle-non_commercial = Não comercial
decision-edit = editada
decision-submit = enviada
decision-accept = aceita
decision-return = devolvida
decision-reopen = reaberta
link-agenda = Programação
link-full_report = Relatório completo
link-recordings = Gravações
link-photos = Fotos
invitation_status-pending = pendente
invitation_status-accepted = aceito
invitation_status-revoked = revogado
invitation_status-expired = expirado

# Notificações, confirmação do e-mail e cancelamento
account-email-confirmed = (confirmado)
account-email-unconfirmed = (ainda não confirmado)
account-verify-heading = Confirme o seu endereço de e-mail
account-verify-lead = Até seguir o link da mensagem que enviámos para { $email }, o registo não lhe envia notificações. Não recebeu a mensagem?
account-verify-resend = Enviar o link novamente
account-notifications-heading = Notificações por e-mail
account-notifications-legend = Enviar-me um e-mail quando
account-notifications-button = Guardar as escolhas de notificação
account-notifications-note = Só recebe as que dizem respeito às suas funções. Cada mensagem tem também um link que desativa esse tipo.
notification-report_submitted = um relatório é submetido para revisão
notification-report_returned = um relatório é devolvido para alterações
notification-report_accepted = um relatório é aceite
notification-report_reopened = um relatório aceite é reaberto
notification-report_due = um relatório está perto do prazo ou atrasado
notification-new_applicant = uma nova iniciativa se regista
notification-at_risk = uma iniciativa está em risco
flash-notifications-saved = As suas escolhas de notificação foram guardadas.
flash-signed-up = Uma mensagem está a caminho deste endereço. Se o endereço já tinha uma conta, entre com a respetiva palavra-passe ou escolha uma nova em «Esqueceu a palavra-passe?».
flash-verification-sent = Uma mensagem com um link para confirmar o seu endereço de e-mail está a caminho. O link funciona uma vez, durante 48 horas.
verify-title = Confirme o seu endereço de e-mail
verify-done = O seu endereço de e-mail está confirmado. Obrigado.
verify-go-account = Ir para a sua conta
verify-lead = Confirme que este endereço de e-mail é seu, para que o registo lhe possa enviar notificações.
verify-button = Confirmar o meu endereço
verify-ask-again-account-html = <a href="/account">Peça um novo link na página da sua conta</a>.
verify-ask-again-html = Esta página precisa do link da mensagem que enviámos. <a href="/sign-in">Entre</a> para pedir um novo na página da sua conta.
unsubscribe-title = Deixar de receber estes e-mails
unsubscribe-done = Feito: deixará de receber e-mails quando { $what }.
unsubscribe-others = As outras notificações continuam a chegar.
unsubscribe-choose = Escolha o que recebe.
unsubscribe-sign-in = Entre para escolher o que recebe na página da sua conta.
unsubscribe-lead = Seguir este link desativa um tipo de notificação, o da mensagem em que veio, para a conta a que foi enviado. Nada mais muda.
unsubscribe-needs-link = Esta página precisa da ligação da mensagem que enviámos: abra-a a partir do e-mail.
error-unreadable-form = Não foi possível ler o formulário completo. Volte atrás e envie-o novamente.

## phone
report-add-key-message = Adicionar outra mensagem-chave
report-add-recommendation = Adicionar outra recomendação
report-add-session = Adicionar outra sessão
report-add-another-hint = Preencha a entrada vazia. Para adicionar mais antes de guardar, use o botão «Adicionar»: mantém tudo o que escreveu e não guarda nada.
report-added-unsaved = Foi adicionada uma entrada vazia. Nada é guardado até guardar o rascunho ou enviar.
label-find-country = Procurar um país
hint-coverage-checks = Marque cada país abrangido. A lista está por ordem alfabética.
## pages
map-directory-title = Países com uma iniciativa reconhecida
map-dashboard-title = Países das iniciativas cujos relatórios estão incluídos
map-dashboard-heading = De onde vêm os relatórios
map-list = { $count ->
    [one] O país em forma de lista
   *[other] Os { $count } países em forma de lista
}
map-none = Ainda nenhum país.
initiative-social-links = Redes sociais
initiative-youth-track-of = Vertente jovem de
initiative-youth-tracks = Vertentes jovens
initiative-listed-members = Membros que aceitaram ser listados
dashboard-all-of = { $count ->
    [one] Ver em página própria
   *[other] Ver todos os { $count }
}
dashboard-awaiting-count = { $count ->
    [one] Mais um relatório foi submetido e aguarda revisão.
   *[other] Mais { $count } relatórios foram submetidos e aguardam revisão.
}
dashboard-awaiting = Aguardando revisão
dashboard-awaiting-lead = Estas iniciativas submeteram o seu relatório; o Secretariado do IGF ainda não o reviu.
dashboard-none-awaiting = Nenhum relatório aguarda revisão.
dashboard-none-missing = Todas as outras iniciativas reconhecidas deste âmbito submeteram o seu relatório.
dashboard-key-messages-count = { $count ->
    [one] Uma mensagem-chave.
   *[other] { $count } mensagens-chave.
}
dashboard-all-on-theme = { $count ->
    [one] A mensagem-chave sobre este tema
   *[other] Todas as { $count } mensagens-chave sobre este tema
}
dashboard-recommendations = Recomendações
dashboard-addressed-to = Dirigida a: { $level }
dashboard-no-recommendations = Ainda não há recomendações ao nível regional ou global.
dashboard-history = Ao longo dos anos
dashboard-history-caption = Taxa de relatórios e participação por ano
col-reporting = Relataram
col-recognised = Reconhecidas
col-reporting-rate = Taxa de relatórios
chart-reporting-rate = Taxa de relatórios por ano (% das iniciativas reconhecidas)
chart-participants-years = Participantes por ano
dashboard-back = Voltar ao painel de { $year }
dashboard-list-count = { $count ->
    [one] Uma entrada.
   *[other] { $count } entradas.
}
dashboard-list-page = Página { $page } de { $pages }.
dashboard-list-pages = Páginas da lista
dashboard-list-previous = Página anterior
dashboard-list-next = Página seguinte
dashboard-list-contributing = Relatórios incluídos
dashboard-list-awaiting = Aguardando revisão
dashboard-list-missing = Ainda sem relatório
dashboard-list-key_messages = Mensagens-chave
dashboard-list-recommendations = Recomendações
## review-print

version-title = Relatório { $year } de { $name }, versão { $version }
version-heading = { $name }: relatório anual { $year }, versão { $version }
version-back-review = Voltar à revisão deste relatório
version-back-workspace = Voltar ao relatório
version-all = Versões enviadas:
version-changes = O que mudou
version-changes-since = O que mudou desde a versão { $version }
version-first = Esta é a primeira versão enviada: não há uma anterior para comparar.
version-unchanged = Nada mudou desde a versão { $version }.
version-changed-count = { $count ->
    [one] Um campo mudou.
   *[other] { $count } campos mudaram.
}
version-col-field = Campo
version-col-change = Alteração
version-col-before = Versão { $version }
version-col-after = Versão { $version }
version-content = A versão { $version } tal como enviada
version-yes = Sim
version-no = Não
version-open = abrir
version-what-changed = o que mudou
version-submitted-versions = versões enviadas
diff-change-added = Adicionado
diff-change-removed = Removido
diff-change-changed = Alterado
diff-field-edition = Edição
diff-field-start_date = Primeiro dia
diff-field-end_date = Último dia
diff-field-city = Cidade
diff-field-country = País
diff-field-venue = Local
diff-field-format = Formato
diff-field-open_call = Chamada aberta para propostas de sessões
diff-field-open_call_date = Data da chamada aberta
diff-field-consultations = Consultas abertas realizadas
diff-field-participants_total = Participantes no total
diff-field-participants_online = Participantes online
diff-field-participants_youth = Participantes jovens
diff-field-countries_represented = Países representados
diff-field-participants_by_group = Participantes por grupo de partes interessadas
diff-field-participants_by_gender = Participantes por gênero
diff-field-themes = Temas
diff-field-tags = Etiquetas
diff-field-key_messages = Mensagens-chave
diff-field-recommendations = Recomendações
diff-field-sessions = Sessões
diff-field-languages = Idiomas do evento
diff-field-links = Links
compilation-link = Compilação para impressão das mensagens-chave e recomendações
compilation-title = Compilação: { $scope }, { $year }
compilation-heading = { $scope }: mensagens-chave e recomendações, { $year }
compilation-back = Voltar ao painel
compilation-print-hint = Imprima esta página, ou salve-a como PDF, para um documento A4 com uma página por tema.
compilation-participation = Participação
compilation-key-messages = { $count ->
    [one] Uma mensagem-chave
   *[other] { $count } mensagens-chave
}
compilation-addressed-to = Dirigidas a: { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = A comissão organizadora abrange pelo menos três grupos de partes interessadas
criterion-focal_point = Um ponto focal com um e-mail válido
criterion-website = Um sítio web, acessível na última verificação
criterion-principles = Os cinco princípios atestados para o ano corrente ou o anterior
criterion-annual_report = Um relatório anual aceite do último ciclo completo, submetido a tempo
criterion-diversity = Indicativo: diversidade de género e geográfica da comissão

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = nenhum membro do comitê com mandato em curso
evidence-committee-groups = o comitê atual abrange { $count } { $count ->
        [one] grupo de partes interessadas
       *[other] grupos de partes interessadas
    }: { $groups }
evidence-focal-point = ponto focal { $name }, com um endereço de e-mail registrado (a entrega não é testada)
evidence-focal-point-none = nenhum ponto focal designado no secretariado
evidence-focal-point-no-email = o ponto focal { $name } não tem um endereço de e-mail válido
evidence-website-none = nenhum site no perfil
evidence-website-not-checked = { $url } ainda não foi verificado
evidence-website-changed = o site mudou para { $url } desde a última verificação (de { $checked_url })
evidence-website-answered = { $url } respondeu HTTP { $http_status } na verificação de { $checked_at }
evidence-website-no-answer = { $url } não respondeu ({ $error }) na verificação de { $checked_at }
evidence-website-no-answer-without-error = { $url } não respondeu na verificação de { $checked_at }
evidence-principles-attested = os cinco atestados para { $year }
evidence-principles-missing = { $year }: não atestados: { $missing }
evidence-principles-stale = a última atestação é de { $latest }; nenhuma para { $previous } ou { $current }
evidence-principles-none = nenhuma atestação para { $previous } ou { $current }
evidence-report-none = nenhum relatório para { $year }
evidence-report-on-time = o relatório de { $year } foi aceito e enviado no prazo
evidence-report-late = o relatório de { $year } foi enviado pela primeira vez { $days } { $days ->
        [one] dia
       *[other] dias
    } após o prazo
evidence-report-pending = o relatório de { $year } foi enviado no prazo e ainda não foi aceito (situação: { $status })
evidence-report-draft-not-due = o relatório de { $year } é um rascunho, com prazo até { $due }
evidence-report-never-submitted = o relatório de { $year } nunca foi enviado
evidence-diversity = gênero: { $disclosed } de { $members } membros informaram ({ $gender ->
        [met] equilibrado
        [not_met] um gênero ocupa mais de dois terços
       *[unknown] poucas respostas para avaliar
    }); geografia: { $places } { $unit ->
        [cities] cidades representadas
       *[countries] países representados
    } ({ $geography ->
        [met] diversa
        [not_met] um único lugar
       *[unknown] sem dados
    })
evidence-at-risk-not-recognised = não reconhecida, portanto nunca em risco
evidence-at-risk-no-accepted-report = nenhum relatório aceito para { $first } ou { $second }
evidence-at-risk-accepted-reports = relatórios aceitos para { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }, { $year }
scope-year-list = { $scope }, { $year }: { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = deve ter de 2 a 64 caracteres entre a-z, 0-9 e -
invalid-tag-length = deve ter de 1 a 60 caracteres
invalid-network-name = o nome da rede deve ter de 1 a 40 caracteres
invalid-too-many-bytes = não deve ultrapassar { $max } bytes
invalid-not-email = “{ $value }” não é um endereço de e-mail
invalid-not-country = “{ $value }” não é um código de país (duas letras, como LR)
invalid-not-language-tag = “{ $value }” não é uma etiqueta de idioma como en ou pt-BR
invalid-not-web-address = “{ $value }” não é um endereço web (http ou https)
invalid-slug-reserved = “{ $value }” está reservado; escolha outro
invalid-not-year = “{ $value }” não é um ano
invalid-established-year = deve ser um ano de 1995 a { $last }
invalid-outside-year = { $date } está fora do ano do relatório, { $year }
invalid-above-total = soma { $part }, mais do que o total de { $total }
invalid-region-derived = decorre do país para uma iniciativa nacional: { $country } fica em { $region }
invalid-control-single-line = não deve conter caracteres de controle (encontrado U+{ $code }); é um texto de uma linha
invalid-control-characters = não deve conter caracteres de controle além de tabulações e quebras de linha (encontrado U+{ $code })
list-and-more = e mais { $count }
problem-validation = Parte do que foi enviado não é válida.
problem-unauthorized = Entre para fazer isto.
problem-forbidden = As suas funções não permitem isto.
problem-not-found = Não há nada aqui, ou não está visível para você.
problem-concurrent-change = Alguém alterou isto no mesmo momento. Recarregue a página e tente de novo.
problem-contributes-to-cycle = Este vínculo faria uma iniciativa contribuir para si mesma.
problem-delivery-pending = Este envio ainda está sendo tentado; espere até terminar.
problem-email-confirmed = Este endereço de e-mail já está confirmado.
problem-invalid-transition = O estado do relatório não permite isto agora. Recarregue a página para ver o que ele permite.
problem-invitation-pending = Este endereço já tem um convite pendente.
problem-invitation-unusable = Este convite não pode ser usado: expirou, já foi usado ou foi retirado.
problem-last-focal-point = Uma iniciativa deve manter pelo menos um ponto focal.
problem-slug-taken = Este nome curto já é usado por outra iniciativa.
problem-precondition-required = Esta página está desatualizada. Recarregue-a e aplique a sua alteração de novo.
problem-precondition-failed = Alguém alterou isto desde que a página foi mostrada. Recarregue-a e aplique a sua alteração de novo.
problem-payload-too-large = O que foi enviado é grande demais.
problem-unsupported-media-type = O que foi enviado não está num formato que o serviço leia.
problem-rate-limited = Tentativas demais. Espere um momento e tente de novo.
problem-unavailable = O serviço está ocupado. Tente de novo em um momento.
problem-internal = O serviço não conseguiu responder; tente de novo em um momento.
