# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# As palavras próprias dos feeds (Atom e JSON Feed); ver worker/locales/en/feed.ftl.

feed-title = Registro das NRI: { $scope }
feed-scope-global = todas as iniciativas
feed-scope-youth = iniciativas de juventude
feed-author = Registro das NRI
feed-entry-title = { $initiative } { $year }
feed-held-on = Realizado em { $date }.
feed-held-on-in = Realizado em { $date } em { $place }.
feed-held-between = Realizado de { $start } a { $end }.
feed-held-between-in = Realizado de { $start } a { $end } em { $place }.
feed-held-from = Realizado a partir de { $start }.
feed-held-from-in = Realizado a partir de { $start } em { $place }.
feed-held-until = Realizado até { $end }.
feed-held-until-in = Realizado até { $end } em { $place }.
feed-place = { $city }, { $country }
feed-held-in = Realizado em { $place }.
feed-key-messages = { $count ->
    [0] Sem mensagens-chave.
    [one] { $count } mensagem-chave.
   *[other] { $count } mensagens-chave.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = África
region-asia_pacific = Ásia-Pacífico
region-eastern_europe = Europa Oriental
region-grulac = GRULAC
region-weog = WEOG
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
kind-national = Nacional
kind-regional = Regional
kind-subregional = Sub-regional
kind-youth = Juventude
