# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Les mots propres des fils (Atom et JSON Feed) ; voir worker/locales/en/feed.ftl.

feed-title = Registre des NRI : { $scope }
feed-scope-global = toutes les initiatives
feed-scope-youth = initiatives jeunesse
feed-author = Registre des NRI
feed-entry-title = { $initiative } { $year }
feed-held-on = Tenu le { $date }.
feed-held-on-in = Tenu le { $date } à { $place }.
feed-held-between = Tenu du { $start } au { $end }.
feed-held-between-in = Tenu du { $start } au { $end } à { $place }.
feed-held-from = Tenu à partir du { $start }.
feed-held-from-in = Tenu à partir du { $start } à { $place }.
feed-held-until = Tenu jusqu’au { $end }.
feed-held-until-in = Tenu jusqu’au { $end } à { $place }.
feed-place = { $city }, { $country }
feed-held-in = Tenu à { $place }.
feed-key-messages = { $count ->
    [0] Aucun message clé.
    [one] { $count } message clé.
   *[other] { $count } messages clés.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = Afrique
region-asia_pacific = Asie-Pacifique
region-eastern_europe = Europe orientale
region-grulac = GRULAC
region-weog = WEOG
theme-access_and_connectivity = Accès et connectivité
theme-cybersecurity_and_trust = Cybersécurité et confiance
theme-human_rights_and_freedoms = Droits humains et libertés
theme-ai_and_emerging_technologies = IA et technologies émergentes
theme-data_governance = Gouvernance des données
theme-digital_inclusion = Inclusion numérique
theme-environment = Environnement
theme-content_governance = Gouvernance des contenus
theme-infrastructure_and_critical_resources = Infrastructures et ressources critiques
theme-capacity_building = Renforcement des capacités
theme-internet_fragmentation = Fragmentation de l'Internet
theme-youth_engagement = Engagement des jeunes
theme-gender = Genre
kind-national = National
kind-regional = Régional
kind-subregional = Sous-régional
kind-youth = Jeunesse
