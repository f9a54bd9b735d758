# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# كلمات القنوات نفسها (Atom وJSON Feed)؛ انظر worker/locales/en/feed.ftl.

feed-title = سجل المبادرات الوطنية والإقليمية: { $scope }
feed-scope-global = جميع المبادرات
feed-scope-youth = المبادرات الشبابية
feed-author = سجل المبادرات الوطنية والإقليمية
feed-entry-title = { $initiative } { $year }
feed-held-on = عُقد في { $date }.
feed-held-on-in = عُقد في { $date } في { $place }.
feed-held-between = عُقد من { $start } إلى { $end }.
feed-held-between-in = عُقد من { $start } إلى { $end } في { $place }.
feed-held-from = عُقد ابتداءً من { $start }.
feed-held-from-in = عُقد ابتداءً من { $start } في { $place }.
feed-held-until = عُقد حتى { $end }.
feed-held-until-in = عُقد حتى { $end } في { $place }.
feed-place = { $city }، { $country }
feed-held-in = عُقد في { $place }.
feed-key-messages = { $count ->
    [0] لا توجد رسائل رئيسية.
    [zero] لا توجد رسائل رئيسية.
    [one] رسالة رئيسية واحدة.
    [two] رسالتان رئيسيتان.
    [few] { $count } رسائل رئيسية.
    [many] { $count } رسالة رئيسية.
   *[other] { $count } رسالة رئيسية.
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = أفريقيا
region-asia_pacific = آسيا والمحيط الهادئ
region-eastern_europe = أوروبا الشرقية
region-grulac = GRULAC
region-weog = WEOG
theme-access_and_connectivity = النفاذ والاتصال
theme-cybersecurity_and_trust = الأمن السيبراني والثقة
theme-human_rights_and_freedoms = حقوق الإنسان والحريات
theme-ai_and_emerging_technologies = الذكاء الاصطناعي والتقنيات الناشئة
theme-data_governance = حوكمة البيانات
theme-digital_inclusion = الشمول الرقمي
theme-environment = البيئة
theme-content_governance = حوكمة المحتوى
theme-infrastructure_and_critical_resources = البنية التحتية والموارد الحيوية
theme-capacity_building = بناء القدرات
theme-internet_fragmentation = تجزؤ الإنترنت
theme-youth_engagement = إشراك الشباب
theme-gender = النوع الاجتماعي
kind-national = وطنية
kind-regional = إقليمية
kind-subregional = دون إقليمية
kind-youth = شبابية
