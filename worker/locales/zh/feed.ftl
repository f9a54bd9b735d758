# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# 订阅源（Atom 与 JSON Feed）自身的文字；参见 worker/locales/en/feed.ftl。

feed-title = NRI 登记册：{ $scope }
feed-scope-global = 所有倡议
feed-scope-youth = 青年倡议
feed-author = NRI 登记册
feed-entry-title = { $initiative } { $year }
feed-held-on = 举办日期：{ $date }。
feed-held-on-in = 举办日期：{ $date }，地点：{ $place }。
feed-held-between = 举办日期：{ $start } 至 { $end }。
feed-held-between-in = 举办日期：{ $start } 至 { $end }，地点：{ $place }。
feed-held-from = 自 { $start } 起举办。
feed-held-from-in = 自 { $start } 起举办，地点：{ $place }。
feed-held-until = 举办至 { $end }。
feed-held-until-in = 举办至 { $end }，地点：{ $place }。
feed-place = { $country }{ $city }
feed-held-in = 举办地点：{ $place }。
feed-key-messages = { $count ->
    [0] 没有关键信息。
   *[other] { $count } 条关键信息。
}

# Names of the UN regions, themes and kinds of initiative, as the pages give them
# (the CSV files name them in English too).
region-africa = 非洲
region-asia_pacific = 亚洲-太平洋
region-eastern_europe = 东欧
region-grulac = 拉丁美洲和加勒比国家组（GRULAC）
region-weog = 西欧和其他国家组（WEOG）
theme-access_and_connectivity = 接入与连通
theme-cybersecurity_and_trust = 网络安全与信任
theme-human_rights_and_freedoms = 人权与自由
theme-ai_and_emerging_technologies = 人工智能与新兴技术
theme-data_governance = 数据治理
theme-digital_inclusion = 数字包容
theme-environment = 环境
theme-content_governance = 内容治理
theme-infrastructure_and_critical_resources = 基础设施与关键资源
theme-capacity_building = 能力建设
theme-internet_fragmentation = 互联网碎片化
theme-youth_engagement = 青年参与
theme-gender = 性别
kind-national = 国家
kind-regional = 区域
kind-subregional = 次区域
kind-youth = 青年
