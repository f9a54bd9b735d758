# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Las palabras propias de los canales (Atom y JSON Feed); véase worker/locales/en/feed.ftl.

feed-title = Registro de las NRI: { $scope }
feed-scope-global = todas las iniciativas
feed-scope-youth = iniciativas juveniles
feed-author = Registro de las NRI
feed-entry-title = { $initiative } { $year }
feed-held-on = Celebrado el { $date }.
feed-held-on-in = Celebrado el { $date } en { $place }.
feed-held-between = Celebrado del { $start } al { $end }.
feed-held-between-in = Celebrado del { $start } al { $end } en { $place }.
feed-held-from = Celebrado desde el { $start }.
feed-held-from-in = Celebrado desde el { $start } en { $place }.
feed-held-until = Celebrado hasta el { $end }.
feed-held-until-in = Celebrado hasta el { $end } en { $place }.
feed-place = { $city }, { $country }
feed-held-in = Celebrado en { $place }.
feed-key-messages = { $count ->
    [0] Sin mensajes clave.
    [one] { $count } mensaje clave.
   *[other] { $count } mensajes clave.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = África
region-asia_pacific = Asia-Pacífico
region-eastern_europe = Europa Oriental
region-grulac = GRULAC
region-weog = WEOG
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
kind-national = Nacional
kind-regional = Regional
kind-subregional = Subregional
kind-youth = Juvenil
