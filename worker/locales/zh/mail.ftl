# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# NRI 登记系统发送的邮件（参见 worker/locales/en/mail.ftl）。

mail-brand = NRI 登记系统
mail-hello = { $name }，您好：
mail-hello-anonymous = 您好：
mail-copy-link = 或将此地址复制到浏览器中：{ $link }
mail-sent-by = 此邮件由 NRI 登记系统（{ $url }）发送。
mail-stop-all = 不再接收此类邮件
mail-signature = NRI 登记系统，{ $url }
mail-within-hours = { $hours ->
   *[other] { $hours } 小时
}
mail-within-days = { $days ->
   *[other] { $days } 天
}
mail-link-once = 此链接只能使用一次。

password-reset-subject = 重置您的 NRI 登记系统密码
password-reset-body = 有人（希望是您本人）请求重置您的 NRI 登记系统账户 { $email } 的密码。如需设置新密码，请在 { $valid_for } 内打开此链接：
password-reset-button = 设置新密码
password-reset-ignore = 如果您没有提出此请求，请忽略此邮件：您的密码不会改变。

email-verification-subject = 确认您在 NRI 登记系统的电子邮件地址
email-verification-body = 有人使用此地址 { $email } 创建了 NRI 登记系统账户。如需确认该地址属于您，请在 { $valid_for } 内打开此链接：
email-verification-button = 确认我的地址
email-verification-after = 在地址得到确认之前，登记系统不会向其发送任何通知；您仍可同时登录。如果您没有创建此账户，请忽略此邮件。

account-exists-subject = 您已拥有 NRI 登记系统账户
account-exists-body = 有人（希望是您本人）刚刚尝试使用此地址 { $email } 创建 NRI 登记系统账户。您已经有一个账户，因此没有创建新账户。
account-exists-sign-in = 登录
account-exists-forgot = 忘记密码？
account-exists-choose = 设置新密码
account-exists-ignore = 如果不是您本人操作，请忽略此邮件：您的账户没有变化。

invitation-subject = 邀请您加入 NRI 登记系统中的 { $initiative }
invitation-body = { $inviter } 邀请您以{ $role }身份加入 NRI 登记系统中的 { $initiative }。如需接受，请在 { $valid_for } 内打开此链接，然后登录或创建账户：
invitation-button = 查看邀请
invitation-ignore = 如果您不知道为何收到此邮件，请忽略。
mail-role-focal_point = 联络人
mail-role-editor = 编辑
mail-role-viewer = 查看者

notice-why-member = 您作为 NRI 登记系统中 { $name } 的联络人或编辑收到此邮件。
notice-why-reviewer = 您作为 NRI 登记系统中 IGF 秘书处的成员收到此邮件。
notice-why-focal-point = 您作为 NRI 登记系统中 { $name } 的联络人收到此邮件。
notice-stop = 在{ $kind }时不再发送邮件
notice-no-comment = （未填写意见）
notice-open-report = 打开报告
notice-review-report = 审核报告
notice-review-initiative = 审核该倡议
notice-open-workspace = 打开工作区
notice-see-published = 查看已发布的报告

notice-submitted-subject = { $name } 已提交 { $year } 年报告供审核
notice-submitted-body = { $name } 已提交 { $year } 年年度报告，正在审核队列中等待：请接受，或退回并说明需要更正之处。

notice-returned-subject = 您的 { $year } 年报告已被退回修改
notice-returned-body = IGF 秘书处已将 { $name } 的 { $year } 年年度报告退回修改。审核人写道：
notice-returned-next = 请更正报告后重新提交。

notice-accepted-subject = 您的 { $year } 年报告已被接受
notice-accepted-body = IGF 秘书处已接受 { $name } 的 { $year } 年年度报告。该报告现已公开，并计入区域和全球汇总。

notice-reopened-subject = 您已被接受的 { $year } 年报告已重新打开
notice-reopened-body = IGF 秘书处重新打开了 { $name } 已被接受的 { $year } 年年度报告，以便更正。给出的理由：
notice-reopened-next = 在重新提交并被接受之前，它不再计入汇总。

notice-due-subject = 提醒：{ $name } 的 { $year } 年报告截止日期为 { $due }
notice-due-body = { $name } 的 { $year } 年年度报告截止日期为 { $due }（活动结束后 90 天），目前尚未提交。
notice-overdue-subject = { $name } 的 { $year } 年报告已逾期
notice-overdue-body = { $name } 的 { $year } 年年度报告截止日期为 { $due }，但尚未提交。IGF 秘书处和区域论坛现在会看到它已逾期。
notice-due-next = 请完成报告并提交审核。

notice-applicant-subject = 新倡议已注册：{ $name }
notice-applicant-body = { $name } 已在 NRI 登记系统注册，正在等待认可。请根据认可标准进行审核并记录决定。

notice-at-risk-subject = { $name } 处于风险中：{ $first } 年和 { $second } 年均无已接受的报告
notice-at-risk-body = { $name } 已获认可，但最近两个周期（{ $first } 年和 { $second } 年）均无已接受的年度报告，因此被标记为处于风险中。
notice-at-risk-reviewer = 此标记仅供参考：不会改变任何状态。
notice-at-risk-member = 提交缺少的报告即可解除标记；IGF 秘书处可以提供帮助。

notice-kind-report_submitted = 有报告提交审核
notice-kind-report_returned = 有报告被退回修改
notice-kind-report_accepted = 有报告被接受
notice-kind-report_reopened = 有已接受的报告被重新打开
notice-kind-report_due = 有报告即将到期或已逾期
notice-kind-new_applicant = 有新倡议注册
notice-kind-at_risk = 有倡议处于风险中
