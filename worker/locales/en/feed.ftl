# Review: source (English), written by the developers.
# The feeds' own words (Atom and JSON Feed): titles, summaries, and the names of
# themes, UN regions and kinds of initiative, which must read as in
# api/locales/<tag>/main.ftl (a test compares them). The registry's name is the
# pages' `site-name`.

feed-title = NRI Registry: { $scope }
feed-scope-global = all initiatives
feed-scope-youth = youth initiatives
feed-author = NRI Registry
feed-entry-title = { $initiative } { $year }
feed-held-on = Held on { $date }.
feed-held-on-in = Held on { $date } in { $place }.
feed-held-between = Held from { $start } to { $end }.
feed-held-between-in = Held from { $start } to { $end } in { $place }.
feed-held-from = Held from { $start }.
feed-held-from-in = Held from { $start } in { $place }.
feed-held-until = Held until { $end }.
feed-held-until-in = Held until { $end } in { $place }.
feed-place = { $city }, { $country }
feed-held-in = Held in { $place }.
feed-key-messages = { $count ->
    [0] No key messages.
    [one] { $count } key message.
   *[other] { $count } key messages.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = Africa
region-asia_pacific = Asia-Pacific
region-eastern_europe = Eastern Europe
region-grulac = GRULAC
region-weog = WEOG
theme-access_and_connectivity = Access and connectivity
theme-cybersecurity_and_trust = Cybersecurity and trust
theme-human_rights_and_freedoms = Human rights and freedoms
theme-ai_and_emerging_technologies = AI and emerging technologies
theme-data_governance = Data governance
theme-digital_inclusion = Digital inclusion
theme-environment = Environment
theme-content_governance = Content governance
theme-infrastructure_and_critical_resources = Infrastructure and critical resources
theme-capacity_building = Capacity building
theme-internet_fragmentation = Internet fragmentation
theme-youth_engagement = Youth engagement
theme-gender = Gender
kind-national = National
kind-regional = Regional
kind-subregional = Sub-regional
kind-youth = Youth
