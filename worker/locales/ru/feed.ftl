# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Собственные слова лент (Atom и JSON Feed); см. worker/locales/en/feed.ftl.

feed-title = Реестр NRI: { $scope }
feed-scope-global = все инициативы
feed-scope-youth = молодёжные инициативы
feed-author = Реестр NRI
feed-entry-title = { $initiative } { $year }
feed-held-on = Проведено { $date }.
feed-held-on-in = Проведено { $date }, место: { $place }.
feed-held-between = Проведено с { $start } по { $end }.
feed-held-between-in = Проведено с { $start } по { $end }, место: { $place }.
feed-held-from = Проводится с { $start }.
feed-held-from-in = Проводится с { $start }, место: { $place }.
feed-held-until = Проведено до { $end }.
feed-held-until-in = Проведено до { $end }, место: { $place }.
feed-place = { $city }, { $country }
feed-held-in = Место проведения: { $place }.
feed-key-messages = { $count ->
    [0] Нет ключевых посланий.
    [one] { $count } ключевое послание.
    [few] { $count } ключевых послания.
   *[many] { $count } ключевых посланий.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = Африка
region-asia_pacific = Азиатско-Тихоокеанский регион
region-eastern_europe = Восточная Европа
region-grulac = ГРУЛАК
region-weog = ЗЕОГ
theme-access_and_connectivity = Доступ и подключение
theme-cybersecurity_and_trust = Кибербезопасность и доверие
theme-human_rights_and_freedoms = Права и свободы человека
theme-ai_and_emerging_technologies = ИИ и новые технологии
theme-data_governance = Управление данными
theme-digital_inclusion = Цифровая инклюзия
theme-environment = Окружающая среда
theme-content_governance = Регулирование контента
theme-infrastructure_and_critical_resources = Инфраструктура и критически важные ресурсы
theme-capacity_building = Развитие потенциала
theme-internet_fragmentation = Фрагментация интернета
theme-youth_engagement = Вовлечение молодёжи
theme-gender = Гендер
kind-national = Национальная
kind-regional = Региональная
kind-subregional = Субрегиональная
kind-youth = Молодёжная
