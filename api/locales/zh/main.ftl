# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# 简体中文。消息标识与 en/main.ftl 相同；以 -html 结尾的消息含有标记，
# 请保留标签原样。中文没有复数变化，只用 other。

## 每个页面的框架

site-name = NRI 登记册
skip-link = 跳到正文
nav-main = 主导航
nav-directory = 名录
nav-dashboards = 数据看板
nav-review = 审核队列
nav-jobs = 失败的任务
nav-account = 账户
nav-sign-out = 退出登录
nav-sign-in = 登录
nav-sign-up = 注册
nav-language = 语言
footer-about-html = 互联网治理论坛（IGF）国家、区域、次区域和青年倡议的登记册。数据也可通过 <a href="/docs">API</a> 获取。

## 表单和表格

form-required = （必填）
form-error-prefix = 错误：
form-choose = 请选择…
form-choose-country = 请选择国家…
error-summary-title = 出现问题
table-scrolls = 表格，在小屏幕上可横向滚动
back-to-workspace = 返回工作区
action-remove = 移除
action-change = 更改
action-revoke = 撤销
action-retry = 重试
action-save = 保存
action-filter = 筛选
action-show = 显示
none = 无。
none-yet = 暂无。
not-given-yet = 尚未填写。
date-range = { $start } 至 { $end }
history = 历史记录
label-state = 状态：
report-due = 截止日期 { $date }

## 字段标签

label-name = 名称
label-your-name = 您的姓名
label-email = 电子邮件地址
label-email-short = 电子邮件
label-password = 密码
label-password-again = 再次输入密码
label-current-password = 当前密码
label-new-password = 新密码
label-new-password-again = 再次输入新密码
label-kind = 类型
label-un-region = 联合国区域
label-country = 国家
label-country-national = 国家（国家倡议）
label-country-required = 国家（必填）
label-region-regional = 联合国区域（区域倡议和青年倡议）
label-coverage = 覆盖范围
label-coverage-regional = 覆盖的国家（区域倡议）
label-slug = 短地址
label-acronym = 缩写
label-description = 简介
label-description-lang = 简介（{ $lang }）
label-website = 网站
label-public-email = 公开电子邮件地址
label-established = 成立年份
label-working-languages = 工作语言
label-city = 城市
label-focal-point = 联络人
label-organisation = 组织
label-stakeholder-group = 利益相关方群体
label-role = 角色
label-gender = 性别
label-year = 年份
label-status = 地位：
label-theme = 主题
label-type = 类型
label-edition = 届次
label-format = 形式
label-participants = 参与者
label-online = 线上
label-youth = 青年
label-countries-represented = 代表的国家数
hint-password = 至少 10 个字符，且不能是最常见的密码之一。
hint-languages = 以逗号分隔的语言代码，例如 en, zh。
hint-commas = 以逗号分隔。

## 表格列

col-initiative = 倡议
col-kind = 类型
col-un-region = 联合国区域
col-country-coverage = 国家或覆盖范围
col-stakeholder-group = 利益相关方群体
col-members = 成员数
col-group = 群体
col-gender = 性别
col-participants = 参与者
col-name = 名称
col-created = 创建时间
col-last-used = 最后使用
col-expires = 到期时间
col-action = 操作
col-actions = 操作
col-year = 年份
col-state = 状态
col-due = 截止日期
col-role = 角色
col-term = 任期
col-member = 成员
col-since = 加入时间
col-email = 电子邮件地址
col-sent = 发送时间
col-submitted = 提交时间
col-criterion = 标准
col-outcome = 结果
col-evidence = 证据
col-job = 任务
col-attempts = 尝试次数
col-last-error = 最近的错误
col-updated = 更新时间
col-subscription = 订阅
col-event = 事件

## 错误页面和拒绝

error-go-home-html = <a href="/">前往首页</a>或<a href="/initiatives">浏览名录</a>。
error-expired-title = 此表单已过期
error-expired-detail = 该表单不是从本网站的页面发送的，或者您的会话在表单显示后已发生变化。请返回、刷新页面后重新发送。
error-render-title = 错误
error-render-detail = 无法显示此页面。错误已记录。
error-not-found-title = 未找到
error-forbidden-title = 不允许
error-forbidden-ask = 请向您所在倡议的联络人或 IGF 秘书处申请角色。
error-server-title = 出错了
error-server-detail = 服务无法响应；请稍后再试。
error-refused-title = 无法执行此操作
error-page-not-found-title = 页面未找到
error-page-not-found-detail = 此地址没有页面。页面可能已移动，或链接输入有误。
error-unpublished-title = 此报告尚未发布
error-unpublished-detail = 报告在 IGF 秘书处接受后才会发布。
error-dashboard-scope = 数据看板涵盖全球、联合国区域、青年倡议以及每个区域论坛。
error-invitation-unusable = 此邀请无法使用
error-unknown-action-title = 未知操作
error-unknown-action-detail = 请选择接受、退回或重新开放。

## 确认信息

flash-password-reset = 您的密码已更改。请使用新密码登录。
flash-password-changed = 您的密码已更改。您在其他浏览器中的会话已结束。
flash-language-saved = 您的语言设置已保存。
flash-registered = 您的倡议已登记，您是其联络人。IGF 秘书处将对其进行认可审查。
flash-member-role = { $email } 现在的角色：{ $role }。
flash-member-removed = 成员已移除。
flash-invitation-sent = 邀请已发送至 { $email }。
flash-invitation-revoked = 邀请已撤销。
flash-report-submitted = 您的报告已提交。IGF 秘书处将进行审核；您将在此处看到其决定。
flash-draft-saved = 草稿已保存。
flash-report-done = { $done ->
    [accepted] 报告已接受。
    [returned] 报告已退回给其秘书处。
   *[other] 报告已重新开放。
}
flash-status-now = 现在的地位：{ $status }。
flash-reset-sent = 如果有账户使用此电子邮件地址，一封包含设置新密码链接的邮件正在发送。该链接仅可使用一次，有效期一小时。

## 表单上方显示的问题

problem-sign-in-wrong = 电子邮件地址或密码不正确。
problem-correct-fields = 请更正下列字段。
problem-correct-field = 请更正下列字段。
problem-email-taken = 已有账户使用此电子邮件地址：请直接登录。
problem-stale = 在您打开后，其他人已保存了此内容。您的更改显示在下方，尚未保存：请与当前版本核对后再次保存。
problem-count = { $count ->
   *[other] 保存前需要处理 { $count } 个问题。
}
problem-nothing-saved = 请更正下方标出的字段；未保存任何内容。
problem-not-submittable = { $count ->
   *[other] 草稿已保存，但还不能提交：下方列出了 { $count } 个问题。
}

## 字段旁的信息

invalid-sign-in = 请检查电子邮件地址和密码
invalid-passwords-differ = 两次输入的密码不一致
invalid-member-email = 请输入对方注册时使用的电子邮件地址
invalid-no-account = 没有账户使用此电子邮件地址：请先请对方注册
invalid-choose-kind = 请选择此倡议的类型
invalid-required = 为必填项
invalid-listed-twice = 重复列出
invalid-address = 不是有效的地址
invalid-url = 不是网址
invalid-language-tag = 不是语言代码（如 en 或 pt-BR）
invalid-before-start = 早于第一天
invalid-before-term-start = 早于任期开始日期
invalid-venue-required = 除非活动在线上举行，否则为必填项
invalid-country-required = 国家倡议必须填写
invalid-region-required = 非国家倡议必须填写
invalid-key-message-required = 至少需要一条关键信息
invalid-text-required = 至少需要一种语言的文本
invalid-not-working-language = 不是该倡议的工作语言
invalid-whole-number = 必须是整数，例如 120
invalid-common-password = 是最常见的密码之一；请选择更难猜的密码
invalid-wrong-password = 不是此账户的密码
invalid-year = 不是年份
invalid-repeated-character = 不能是同一个字符的重复
invalid-too-long = 最多 { $max } 个字符
invalid-too-short = 至少 { $min } 个字符

## 问题列表中的字段名称

field-name = 名称
field-email = 电子邮件地址
field-password = 密码
field-password_again = 确认密码
field-current_password = 当前密码
field-new_password = 新密码
field-new_password_again = 确认新密码
field-slug = 短地址
field-kind = 类型
field-country = 国家
field-un_region = 联合国区域
field-coverage = 覆盖的国家
field-description = 简介
field-website = 网站
field-public_email = 公开电子邮件地址
field-established_year = 成立年份
field-working_languages = 工作语言
field-edition = 届次
field-start_date = 第一天
field-end_date = 最后一天
field-format = 形式
field-venue = 会场
field-city = 城市
field-languages = 语言
field-themes = 主题
field-participation = 参与情况
field-total = 参与者总数
field-key_messages = 关键信息
field-recommendations = 建议
field-sessions = 会议
field-text = 文本
field-theme = 主题
field-title = 标题
field-type = 类型
field-addressed_to = 对象
field-links = 链接
field-tags = 标签
field-comment = 意见
field-reason = 理由
field-status = 地位
field-user = 成员
field-evidence = 证据
field-role = 角色
field-term_start = 任期开始
field-term_end = 任期结束
field-stakeholder_group = 利益相关方群体
field-host_organisation = 主办组织
field-focal_point = 联络人

## 图表和看板标题

chart-groups = 按利益相关方群体划分的参与者
chart-gender = 按性别划分的参与者
chart-themes = 主题，按提出该主题的倡议数量排列
dashboard-title-global = 全球所有倡议
dashboard-title-region = 联合国区域：{ $region }
dashboard-title-kind = 倡议：{ $kind }
dashboard-title-forum = { $forum }：为其作出贡献的倡议
count-initiatives = { $count ->
   *[other] { $count } 个倡议
}

## 首页

home-title = 首页
home-heading = 互联网治理论坛国家、区域和青年倡议登记册
home-lead = 160 多个互联网治理论坛倡议（NRI）在此维护其简介、组委会和年度报告。IGF 秘书处对其进行审核，区域论坛查阅其所属倡议的报告内容。
home-your-initiatives = 您的倡议
home-no-role-html = 您尚未在任何倡议中担任角色。如果您负责一个倡议，请<a href="/register">进行登记</a>；如果它已经登记，请让其联络人添加您。
home-igf-html = 作为 IGF 秘书处：<a href="/review">审核已提交的报告</a>、<a href="/review?status=overdue">查看逾期报告</a>，或<a href="/review/jobs">检查失败的任务</a>。
home-find-heading = 查找倡议
home-find-html = <a href="/initiatives">已认可倡议名录</a>，可按类型、区域和国家查找，并列出其秘书处、委员会和已接受的报告。
home-run-heading = 您负责一个倡议？
home-run-member-html = <a href="/register">登记您的倡议</a>，然后保持其简介最新并提交年度报告。
home-run-visitor-html = <a href="/sign-up">创建账户</a>并登记您的倡议，或<a href="/sign-in">登录</a>以提交年度报告。
home-forums-heading = 区域论坛
home-forums-html = 查看您的倡议在 { $year } 年报告的内容：关于参与情况、主题和关键信息的<a href="/dashboards">数据看板</a>，并提供订阅源和 CSV。
home-recognised-heading = 已认可的倡议
home-all-recognised = 所有已认可的倡议
home-developers-heading = 面向开发者
home-developers-html = 这些页面上的所有内容也可在 <a href="/docs">API 浏览器</a>（<a href="/api/v1/openapi.json">OpenAPI 文档</a>）中找到。区域论坛可以获取 <a href="/api/v1/feeds/global.atom">Atom</a> 和 <a href="/api/v1/feeds/global.json">JSON 订阅源</a>，或订阅 Webhook。

## 名录

directory-title = 名录
directory-heading = 已认可倡议名录
directory-filter = 筛选名录
directory-any-kind = 任何类型
directory-any-region = 任何区域
directory-any-country = 任何国家
directory-caption = 已认可的倡议
directory-next = 下一页
directory-none = 没有符合这些筛选条件的已认可倡议。

## 倡议的公开页面

initiative-since = 始于 { $year } 年
initiative-igf-html = 作为 IGF 秘书处：<a href="/review/initiatives/{ $slug }">认可核对清单和地位决定</a>。
initiative-your-role-html = 您在此倡议中的角色：{ $role }。<a href="/workspace/{ $slug }">打开其工作区</a>。
initiative-secretariat = 秘书处
initiative-hosted-by = 主办方
initiative-supported-by = 支持方
initiative-committee = 组委会
committee-current = { $count ->
   *[other] 现有成员 { $count } 名。
}
committee-by-group-caption = 按利益相关方群体划分的委员会成员
initiative-no-committee = 尚未列出委员会成员。
initiative-links = 与其他倡议的联系
initiative-contributes-to = 为以下论坛作出贡献：
initiative-reports = 年度报告
initiative-no-report = 尚无已接受的报告。

## 报告

report-title = { $name } { $year } 年报告
report-heading = { $name }：{ $year } 年年度报告
report-accepted-on = IGF 秘书处于 { $date } 接受。
report-dates = 日期
report-where = 地点
report-languages = 语言
report-themes = 主题
report-participation = 参与情况
caption-by-group = 按利益相关方群体
caption-by-gender = 按性别
report-key-messages = 关键信息
report-recommendations = 建议
report-sessions = 会议
report-links = 链接

## 登录和注册

sign-in-title = 登录
sign-in-button = 登录
sign-in-forgot = 忘记密码？
sign-in-no-account-html = 还没有账户？<a href="/sign-up">注册</a>。
sign-up-title = 注册
sign-up-heading = 创建账户
sign-up-lead = 面向 IGF 国家、区域和青年倡议的秘书处。注册后，您可以登记您的倡议，或由倡议的联络人将您添加进去。
sign-up-button = 创建账户
sign-up-have-account-html = 已有账户？<a href="{ $href }">登录</a>。

## 账户页面

account-title = 您的账户
account-password-heading = 更改密码
account-password-button = 更改密码
account-password-note = 更改密码会结束您在其他浏览器中的会话；您的 API 令牌仍然有效。
account-sessions-heading = 会话和 API 令牌
account-sessions-lead = 您登录过的每个浏览器以及您创建的每个 API 令牌。请结束任何您不认识的会话。
account-sessions-caption = 会话和令牌
account-this-browser = （此浏览器）
account-never = 从未
account-ended = 已于 { $date } 结束
account-end = 结束
account-language-heading = 页面语言
account-language-lead = 您登录后，页面将使用此语言显示，除非您通过页面顶部的语言链接选择其他语言。
account-language-label = 语言
account-language-auto = 按浏览器的设置
account-language-button = 保存语言

## 邀请

invitation-title = 加入 { $name } 的邀请
invitation-lead-html = { $email } 受邀加入 <strong>{ $name }</strong>，角色：{ $role }。此邀请仅可使用一次，有效期至 { $date }。
invitation-signed-in-as = 您当前以 { $email } 的身份登录。
invitation-accept = 接受邀请
invitation-sign-in-html = 要接受邀请，请<a href="/sign-in?next={ $next }">登录</a>或<a href="/sign-up?next={ $next }">创建账户</a>；之后您将回到此页面。
invitation-unusable = 此邀请{ $status }：已无法使用。请向倡议的联络人索取新的邀请。

## 密码

forgot-title = 忘记密码？
forgot-no-message-html = 没有收到邮件？请检查垃圾邮件文件夹，或使用您注册时的地址<a href="/forgot-password">再次申请</a>。
forgot-back = 返回登录
forgot-lead = 请输入您账户的电子邮件地址：我们将向您发送一个设置新密码的链接。
forgot-button = 给我发送链接
reset-title = 设置新密码
reset-button = 设置新密码
reset-note = 设置后您将在所有地方退出登录：该账户的所有浏览器会话和 API 令牌都将失效。
reset-no-token-html = 此页面需要我们发送的邮件中的链接。<a href="/forgot-password">申请新链接</a>。

## 登记倡议

register-title = 登记倡议
register-heading = 登记您的倡议
register-lead = 您将成为其联络人：可以添加同事、保持其简介最新并提交其年度报告。IGF 秘书处将对新倡议进行认可审查。
hint-name = 倡议对自身的称呼，例如 Liberia Internet Governance Forum。
hint-slug = 小写字母、数字和连字符，例如 liberia-igf。它会出现在链接中，之后无法更改。
register-region-derived = 根据国家推断
register-button = 登记

## 秘书处工作区

workspace-title = { $name }：工作区
workspace-role = 您的角色：{ $role }
workspace-role-igf = IGF 秘书处
workspace-public-page = 公开页面
workspace-reports-caption = 按年份列出的报告
workspace-not-started = 未开始
workspace-continue = 继续填写 { $year } 年报告
workspace-open = 打开 { $year } 年报告
workspace-start = 开始填写 { $year } 年报告
workspace-keep-current = 保持您的倡议信息最新
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">简介</a>：名称、简介、网站、语言
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">秘书处</a>：主办组织、联络人、联系方式
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">组委会</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">其所贡献的区域论坛</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">{ $year } 年原则声明</a>
workspace-recognition = 认可标准
recognition-all-met = 所有必需标准均已满足。
recognition-some-unmet = 部分必需标准尚未满足。
workspace-members = 成员
workspace-manage-members = 添加或更改成员
workspace-all-members = 所有成员及其角色

## 简介、秘书处、委员会、原则、成员、论坛

profile-title = 简介
profile-saved = 简介已保存。
profile-button = 保存简介
secretariat-title = 秘书处
secretariat-saved = 秘书处信息已保存。
label-host = 主办组织
label-host-group = 主办方的利益相关方群体
label-hosting-arrangement = 主办安排
label-agreement-date = 主办协议日期
hint-focal-email = 仅成员和 IGF 秘书处可见。
label-contact-emails = 联系电子邮件地址
label-supporting = 支持组织
secretariat-button = 保存秘书处信息
committee-title = 组委会
committee-caption = 委员会成员
committee-not-listed = （不公开列出）
committee-add = 添加成员
option-not-given = 未填写
label-term-start = 任期开始
label-term-end = 任期结束
committee-list-publicly = 公开列出此成员（在倡议页面上显示姓名和组织）
committee-button = 添加成员
principles-title = { $year } 年原则
principles-heading = { $year } 年原则声明
principles-lead = IGF 的 NRI 遵循五项原则。请声明您的倡议在 { $year } 年遵循的每一项原则并说明如何遵循；每项声明的原则都需要提供证据。
principles-saved = 声明已保存。
principles-followed = 我们在 { $year } 年遵循了此原则
principles-evidence = 如何遵循（证据）
principles-evidence-links = 证据链接
principles-button = 保存声明
members-title = 成员
members-heading = { $name }：成员
members-lead = 联络人管理倡议及其成员；编辑负责保持简介和报告最新；查看者可以阅读所有内容，包括草稿。
members-caption = 成员及其角色
members-new-role-for = { $name } 的新角色
members-change-hidden = { $name } 的角色
members-pending = 待处理的邀请
members-invitations-caption = 尚未接受的邀请
members-revoke-hidden = 发给 { $email } 的邀请
members-invite-heading = 通过电子邮件邀请他人
members-invite-lead = 对方会收到一个链接，14 天内可使用一次，用于登录或创建账户并获得该角色。
members-invite-button = 发送邀请
members-add-lead = 适用于已有账户的人（否则请在上方邀请）。
links-title = 区域论坛
links-heading = { $name }：其所贡献的论坛
links-saved = 已保存。论坛的数据看板和订阅源现在会计入您已接受的报告。
links-lead = 区域和次区域论坛可以看到您的报告是否已提交，并将您已接受的报告计入其数据看板和订阅源。
links-forums = 论坛
links-no-forum = 尚未登记任何区域论坛。

## 年度报告表单

report-submitted-times = { $count ->
   *[other] 已提交 { $count } 次
}
report-returned-heading = IGF 秘书处退回了此报告
report-returned-fix = 请更正后再次提交。
report-with-igf = 此报告正在由 IGF 秘书处审核；在其接受或退回之前无法更改。
report-accepted-html = 此报告已被接受，并已发布在<a href="/initiatives/{ $slug }/reports/{ $year }">倡议页面</a>上。如需更改，请让 IGF 秘书处重新开放。
report-form-hint = 您可以随时保存草稿；提交前不会检查完整性。标记为必填的字段在提交时必须填写。
report-event = 活动
hint-edition = 例如：第 11 届利比里亚 IGF
label-first-day = 第一天
label-last-day = 最后一天
label-venue = 会场
hint-venue = 除非活动在线上举行，否则为必填项。
label-event-languages = 活动语言
report-themes-discussed = 讨论的主题
label-participants-all = 参与者总数
label-of-online = 其中线上参与
label-of-youth = 其中青年
report-at-least-one = （提交时至少需要一条）
report-key-message-n = 关键信息 { $n }
report-new = （新）
label-message-lang = 信息（{ $lang }）
report-remove-key-message = 移除此关键信息
report-recommendation-n = 建议 { $n }
label-addressed-to = 对象
option-choose-level = 请选择层级…
label-recommendation-lang = 建议（{ $lang }）
report-remove-recommendation = 移除此建议
report-session-n = 会议 { $n }
label-title-lang = 标题（{ $lang }）
option-no-theme = 无特定主题
report-remove-session = 移除此会议
report-preparation = 筹备
report-open-call = 曾公开征集会议提案
label-open-call-date = 公开征集日期
label-consultations = 举行的公开磋商次数
label-tags = 标签
hint-tags = 以逗号分隔的自由词语。
report-save-draft = 保存草稿
report-submit = 提交给 IGF 秘书处
history-reviews = 审核记录
history-review = { $date }：第 { $version } 版，{ $decision }
history-versions = 已提交的版本
history-version = 第 { $version } 版，提交于 { $date }
history-not-submitted = 尚未提交。

## IGF 秘书处的页面

queue-title = 审核队列
queue-filter = 按状态筛选
label-order = 排序
queue-due-asc = 截止日期，最早的在前
queue-due-desc = 截止日期，最晚的在前
queue-caption = { $status }：{ $count ->
   *[other] { $count } 份报告
}，按截止日期排序
queue-recognition = 认可
queue-times = （{ $count } 次）
queue-none = 没有处于此状态的报告：{ $status }。
queue-applicants = 等待认可的倡议
queue-registered = 登记于 { $date }
review-title = 审核：{ $name } { $year }
review-back = 返回队列
review-recognition-link = { $name }：认可
review-heading = { $name }：{ $year } 年报告
review-submitted = 提交于 { $date }
review-comment = 给秘书处的意见
review-reason-reopen = 重新开放的理由
review-comment-hint = 退回报告时必填：请说明需要更正的内容。
review-reopen-hint = 必填：秘书处会将其视为审核人的意见。
review-accept = 接受
review-return = 退回给秘书处
review-reopen = 重新开放
review-the-report = 报告
recognition-title = 认可：{ $name }
recognition-heading = { $name }：认可
recognition-checklist = 核对清单
recognition-some-unmet-now = 部分必需标准未满足。
recognition-computed = 计算于 { $date }。
recognition-caption = 认可标准
recognition-advisory = （参考性）
recognition-decide = 决定地位
label-new-status = 新地位
label-reason = 理由
recognition-button = 记录决定
recognition-past = 以往的决定
recognition-reports = 报告
jobs-title = 失败的任务
jobs-heading = 失败的任务和投递
jobs-retried = 任务 { $id } 已重新排队。
jobs-background = 后台任务
jobs-caption = 失败的任务
jobs-attempts = { $attempts } / { $max }
jobs-retry-hidden = 任务 { $id }
jobs-none = 没有失败的任务。
jobs-deliveries = 最后一次尝试失败的 Webhook 投递
jobs-deliveries-caption = 失败的投递
jobs-redeliver-html = 通过 API 重新投递：<code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>。
jobs-no-deliveries = 没有失败的投递。

## 数据看板

dashboards-title = 数据看板
dashboards-lead = 根据已接受的报告汇总各倡议报告的内容：参与情况、主题、关键信息，以及尚未提交报告的倡议。
dashboards-worldwide = 全球
dashboards-all = 所有倡议，{ $year }
dashboards-youth = 青年倡议，{ $year }
dashboards-by-region = 按联合国区域
dashboards-forums = 区域和次区域论坛
dashboards-forums-lead = 每个论坛的数据看板涵盖声明为其作出贡献的倡议。
dashboard-all = 所有数据看板
dashboard-other-years = 其他年份
dashboard-year = 年份：
dashboard-data = 数据：
dashboard-atom = Atom 订阅源
dashboard-json-feed = JSON Feed
dashboard-csv = CSV
dashboard-csv-key-messages = 关键信息
dashboard-csv-missing = 尚未提交者
dashboard-json = JSON
dashboard-empty = { $year } 年尚未汇总任何内容：此范围内没有已接受的报告，或后台处理尚未运行。
dashboard-reported = { $count ->
   *[other] 已有 { $count } 个倡议提交报告
}，已认可的共 { $total } 个。
dashboard-updated = 更新于 { $date }。
dashboard-figures-table = 以表格形式显示数据
dashboard-no-groups = 此范围内没有报告提供按利益相关方群体的细分数据。
dashboard-no-gender = 此范围内没有报告提供按性别的细分数据。
dashboard-no-themes = 未报告任何主题。
dashboard-key-messages = 按主题列出的关键信息
dashboard-no-key-messages = 尚无关键信息。
dashboard-included = 纳入的报告
dashboard-participants = { $count ->
   *[other] { $count } 名参与者
}
dashboard-missing = 尚未提交报告
dashboard-all-reported = 此范围内所有已认可的倡议均已提交报告。

## 词汇

kind-national = 国家
kind-regional = 区域
kind-subregional = 次区域
kind-youth = 青年
kind_initiative-national = 国家倡议
kind_initiative-regional = 区域倡议
kind_initiative-subregional = 次区域倡议
kind_initiative-youth = 青年倡议
region-africa = 非洲
region-asia_pacific = 亚洲-太平洋
region-eastern_europe = 东欧
region-grulac = 拉丁美洲和加勒比国家组（GRULAC）
region-weog = 西欧和其他国家组（WEOG）
status-new = 未开始
status-draft = 草稿
status-submitted = 已提交
status-returned = 已退回
status-accepted = 已接受
status-overdue = 已逾期
status-unknown = 未知
status-applicant = 申请中
status-recognized = 已认可
status-suspended = 已暂停
status-lapsed = 已失效
status-withdrawn = 已撤回
status-met = 已满足
status-not_met = 未满足
group-government = 政府
group-private_sector = 私营部门
group-civil_society = 民间社会
group-technical_community = 技术社群
group-academia = 学术界
group-intergovernmental = 政府间组织
committee_role-chair = 主席
committee_role-co_chair = 联合主席
committee_role-member = 成员
committee_role-focal_point = 联络人
committee_role-youth_representative = 青年代表
gender-female = 女性
gender-male = 男性
gender-other = 其他
gender-undisclosed = 未透露
role-focal_point = 联络人
role-editor = 编辑
role-viewer = 查看者
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
format-in_person = 线下
format-hybrid = 线上线下结合
format-online = 线上
session_type-plenary = 全体会议
session_type-panel = 专题讨论
session_type-workshop = 研讨会
session_type-side_event = 边会
level-regional = 区域层面
level-global = 全球层面
principle-open_transparent = 开放透明
principle-inclusive = 包容
principle-bottom_up = 自下而上
principle-multistakeholder = 多利益相关方
principle-non_commercial = 非商业性
decision-edit = 已编辑
decision-submit = 已提交
decision-accept = 已接受
decision-return = 已退回
decision-reopen = 已重新开放
link-agenda = 议程
link-full_report = 完整报告
link-recordings = 录像
link-photos = 照片
invitation_status-pending = 待处理
invitation_status-accepted = 已被接受
invitation_status-revoked = 已被撤销
invitation_status-expired = 已过期

# 通知、电子邮件地址确认与退订
account-email-confirmed = （已确认）
account-email-unconfirmed = （尚未确认）
account-verify-heading = 确认您的电子邮件地址
account-verify-lead = 在您点击我们发送到 { $email } 的邮件中的链接之前，登记系统不会向该地址发送任何通知。没有收到邮件？
account-verify-resend = 重新发送链接
account-notifications-heading = 电子邮件通知
account-notifications-legend = 在以下情况给我发邮件
account-notifications-button = 保存通知选择
account-notifications-note = 您只会收到与您的角色相关的通知。每封邮件中还有一个链接，可以关闭该类通知。
notification-report_submitted = 有报告提交审核
notification-report_returned = 有报告被退回修改
notification-report_accepted = 有报告被接受
notification-report_reopened = 已接受的报告被重新开放
notification-report_due = 报告即将到期或已逾期
notification-new_applicant = 有新倡议注册
notification-at_risk = 有倡议面临风险
flash-notifications-saved = 您的通知选择已保存。
flash-signed-up = 一封邮件正在发往此地址。如果该地址已有账户，请用其密码登录，或通过“忘记密码？”设置新密码。
flash-verification-sent = 一封含有确认电子邮件地址链接的邮件正在发送。该链接只能使用一次，48 小时内有效。
verify-title = 确认您的电子邮件地址
verify-done = 您的电子邮件地址已确认。谢谢。
verify-go-account = 前往您的账户
verify-lead = 请确认此电子邮件地址属于您，以便登记系统向您发送通知。
verify-button = 确认我的地址
verify-ask-again-account-html = <a href="/account">在您的账户页面申请新链接</a>。
verify-ask-again-html = 此页面需要我们所发邮件中的链接。<a href="/sign-in">登录</a>后可在账户页面申请新链接。
unsubscribe-title = 停止接收这些邮件
unsubscribe-done = 已完成：当{ $what }时，您将不再收到邮件。
unsubscribe-others = 其他通知仍会照常发送。
unsubscribe-choose = 选择您要接收的内容。
unsubscribe-sign-in = 登录后可在账户页面选择您要接收的内容。
unsubscribe-lead = 点击此链接会为收件账户关闭一类通知，即该链接所在邮件的类别。其他设置不变。
unsubscribe-needs-link = 此页面需要我们所发邮件中的链接：请从邮件中打开。
error-unreadable-form = 无法完整读取该表单。请返回并重新提交。

## phone
report-add-key-message = 再添加一条关键信息
report-add-recommendation = 再添加一条建议
report-add-session = 再添加一个会议
report-add-another-hint = 请填写空白条目。如需在保存前添加更多，请使用“添加”按钮：它会保留您输入的全部内容，但不会保存任何内容。
report-added-unsaved = 已添加一个空白条目。在您保存草稿或提交之前，不会保存任何内容。
label-find-country = 查找国家
hint-coverage-checks = 勾选所覆盖的每个国家。列表按字母顺序排列。
## pages
map-directory-title = 有获认可倡议的国家
map-dashboard-title = 报告已纳入的倡议所在国家
map-dashboard-heading = 报告来自哪里
map-list = { $count ->
   *[other] 以列表显示这 { $count } 个国家
}
map-none = 暂无国家。
initiative-social-links = 社交媒体
initiative-youth-track-of = 青年分支所属
initiative-youth-tracks = 青年分支
initiative-listed-members = 同意公开姓名的成员
dashboard-all-of = { $count ->
   *[other] 查看全部 { $count } 项
}
dashboard-awaiting-count = { $count ->
   *[other] 另有 { $count } 份报告已提交，正在等待审核。
}
dashboard-awaiting = 等待审核
dashboard-awaiting-lead = 这些倡议已提交报告；IGF 秘书处尚未审核。
dashboard-none-awaiting = 没有等待审核的报告。
dashboard-none-missing = 此范围内其他所有获认可的倡议均已提交报告。
dashboard-key-messages-count = { $count ->
   *[other] 共 { $count } 条关键信息。
}
dashboard-all-on-theme = { $count ->
   *[other] 此主题的全部 { $count } 条关键信息
}
dashboard-recommendations = 建议
dashboard-addressed-to = 提交对象：{ $level }
dashboard-no-recommendations = 尚无面向区域或全球层面的建议。
dashboard-history = 历年情况
dashboard-history-caption = 各年度报告率与参与情况
col-reporting = 已报告
col-recognised = 获认可
col-reporting-rate = 报告率
chart-reporting-rate = 各年度报告率（占获认可倡议的百分比）
chart-participants-years = 各年度参与者
dashboard-back = 返回 { $year } 年的仪表板
dashboard-list-count = { $count ->
   *[other] 共 { $count } 项。
}
dashboard-list-page = 第 { $page } 页，共 { $pages } 页。
dashboard-list-pages = 列表分页
dashboard-list-previous = 上一页
dashboard-list-next = 下一页
dashboard-list-contributing = 已纳入的报告
dashboard-list-awaiting = 等待审核
dashboard-list-missing = 尚未报告
dashboard-list-key_messages = 关键信息
dashboard-list-recommendations = 建议
## review-print

version-title = { $name } { $year } 年报告，第 { $version } 版
version-heading = { $name }：{ $year } 年度报告，第 { $version } 版
version-back-review = 返回本报告的审核
version-back-workspace = 返回报告
version-all = 已提交的版本：
version-changes = 变更内容
version-changes-since = 自第 { $version } 版以来的变更
version-first = 这是第一个提交的版本：没有更早的版本可供比较。
version-unchanged = 自第 { $version } 版以来没有任何变更。
version-changed-count = { $count ->
   *[other] 有 { $count } 个字段发生变更。
}
version-col-field = 字段
version-col-change = 变更
version-col-before = 第 { $version } 版
version-col-after = 第 { $version } 版
version-content = 第 { $version } 版（提交时的内容）
version-yes = 是
version-no = 否
version-open = 打开
version-what-changed = 变更内容
version-submitted-versions = 已提交的版本
diff-change-added = 新增
diff-change-removed = 删除
diff-change-changed = 修改
diff-field-edition = 届次
diff-field-start_date = 第一天
diff-field-end_date = 最后一天
diff-field-city = 城市
diff-field-country = 国家
diff-field-venue = 地点
diff-field-format = 形式
diff-field-open_call = 公开征集会议提案
diff-field-open_call_date = 公开征集日期
diff-field-consultations = 举行的公开磋商次数
diff-field-participants_total = 参与者总数
diff-field-participants_online = 在线参与者
diff-field-participants_youth = 青年参与者
diff-field-countries_represented = 代表国家数
diff-field-participants_by_group = 按利益相关方群体划分的参与者
diff-field-participants_by_gender = 按性别划分的参与者
diff-field-themes = 主题
diff-field-tags = 标签
diff-field-key_messages = 关键信息
diff-field-recommendations = 建议
diff-field-sessions = 会议
diff-field-languages = 活动语言
diff-field-links = 链接
compilation-link = 关键信息和建议的可打印汇编
compilation-title = 汇编：{ $scope }，{ $year }
compilation-heading = { $scope }：关键信息和建议，{ $year }
compilation-back = 返回仪表板
compilation-print-hint = 打印本页或另存为 PDF，即可得到每个主题一页的 A4 文档。
compilation-participation = 参与情况
compilation-key-messages = { $count ->
   *[other] { $count } 条关键信息
}
compilation-addressed-to = 对象：{ $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = 组委会至少涵盖三个利益相关方群体
criterion-focal_point = 有可用电子邮件地址的联络人
criterion-website = 网站在最近一次检查时可以访问
criterion-principles = 本年度或上一年度已声明全部五项原则
criterion-annual_report = 上一个完整周期的年度报告已被接受且按时提交
criterion-diversity = 参考项：委员会的性别和地域多样性

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = 没有任期内的委员会成员
evidence-committee-groups = 现任委员会涵盖 { $count } 个利益相关方群体：{ $groups }
evidence-focal-point = 联络人 { $name }，已登记电子邮件地址（未测试能否送达）
evidence-focal-point-none = 秘书处未指定联络人
evidence-focal-point-no-email = 联络人 { $name } 没有有效的电子邮件地址
evidence-website-none = 简介中没有网站
evidence-website-not-checked = { $url } 尚未检查
evidence-website-changed = 自上次检查（{ $checked_url }）以来，网站已改为 { $url }
evidence-website-answered = { $url } 在 { $checked_at } 检查时返回 HTTP { $http_status }
evidence-website-no-answer = { $url } 在 { $checked_at } 检查时没有响应（{ $error }）
evidence-website-no-answer-without-error = { $url } 在 { $checked_at } 检查时没有响应
evidence-principles-attested = { $year } 年五项原则均已声明
evidence-principles-missing = { $year } 年：未声明：{ $missing }
evidence-principles-stale = 最近的声明为 { $latest } 年；{ $previous } 年和 { $current } 年均无
evidence-principles-none = { $previous } 年和 { $current } 年均无声明
evidence-report-none = 没有 { $year } 年的报告
evidence-report-on-time = { $year } 年的报告已按时提交并被接受
evidence-report-late = { $year } 年的报告在截止日期后 { $days } 天才首次提交
evidence-report-pending = { $year } 年的报告已按时提交，尚未被接受（状态：{ $status }）
evidence-report-draft-not-due = { $year } 年的报告是草稿，截止日期为 { $due }
evidence-report-never-submitted = { $year } 年的报告从未提交
evidence-diversity = 性别：{ $members } 名成员中 { $disclosed } 名已填写（{ $gender ->
        [met] 均衡
        [not_met] 某一性别占三分之二以上
       *[unknown] 填写人数太少，无法判断
    }）；地域：代表了 { $places } 个{ $unit ->
        [cities] 城市
       *[countries] 国家
    }（{ $geography ->
        [met] 多样
        [not_met] 仅一处
       *[unknown] 无数据
    }）
evidence-at-risk-not-recognised = 未获认可，因此不存在风险
evidence-at-risk-no-accepted-report = { $first } 年和 { $second } 年均无被接受的报告
evidence-at-risk-accepted-reports = 已接受报告的年份：{ $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }（{ $year } 年）
scope-year-list = { $scope }（{ $year } 年）：{ $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = 必须为 2 到 64 个字符，只能使用 a-z、0-9 和 -
invalid-tag-length = 必须为 1 到 60 个字符
invalid-network-name = 网络名称必须为 1 到 40 个字符
invalid-too-many-bytes = 不得超过 { $max } 字节
invalid-not-email = “{ $value }”不是电子邮件地址
invalid-not-country = “{ $value }”不是国家代码（两个字母，如 LR）
invalid-not-language-tag = “{ $value }”不是语言标签（如 en 或 pt-BR）
invalid-not-web-address = “{ $value }”不是网址（http 或 https）
invalid-slug-reserved = “{ $value }”已被保留，请另选一个
invalid-not-year = “{ $value }”不是年份
invalid-established-year = 必须是 1995 到 { $last } 之间的年份
invalid-outside-year = { $date } 不在报告年份 { $year } 之内
invalid-above-total = 合计 { $part }，超过总数 { $total }
invalid-region-derived = 国家级倡议的区域由国家决定：{ $country } 属于{ $region }
invalid-control-single-line = 不得包含控制字符（发现 U+{ $code }）；这是单行文本
invalid-control-characters = 除制表符和换行符外不得包含控制字符（发现 U+{ $code }）
list-and-more = 及其他 { $count } 个
problem-validation = 所发送的部分内容无效。
problem-unauthorized = 请登录后再进行此操作。
problem-forbidden = 您的角色不允许此操作。
problem-not-found = 此处没有内容，或您无权查看。
problem-concurrent-change = 有人在同一时刻更改了此内容。请重新加载页面后再试。
problem-contributes-to-cycle = 此链接会使一项倡议向其自身提供输入。
problem-delivery-pending = 此投递仍在尝试中，请等待其结束。
problem-email-confirmed = 此电子邮件地址已确认。
problem-invalid-transition = 报告当前的状态不允许此操作。请重新加载页面查看可进行的操作。
problem-invitation-pending = 此地址已有一份待处理的邀请。
problem-invitation-unusable = 此邀请无法使用：已过期、已被使用或已被撤回。
problem-last-focal-point = 一项倡议必须至少保留一名联络人。
problem-slug-taken = 此简称已被另一项倡议使用。
problem-precondition-required = 此页面已过时。请重新加载并再次进行更改。
problem-precondition-failed = 自页面显示以来已有人更改了此内容。请重新加载并再次进行更改。
problem-payload-too-large = 所发送的内容过大。
problem-unsupported-media-type = 所发送内容的格式无法被服务读取。
problem-rate-limited = 尝试次数过多。请稍候再试。
problem-unavailable = 服务繁忙。请稍后再试。
problem-internal = 服务未能响应，请稍后再试。
