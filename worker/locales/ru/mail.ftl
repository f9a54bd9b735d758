# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Письма реестра NRI (см. worker/locales/en/mail.ftl).

mail-brand = Реестр NRI
mail-hello = Здравствуйте, { $name }!
mail-hello-anonymous = Здравствуйте!
mail-copy-link = Или скопируйте этот адрес в браузер: { $link }
mail-sent-by = Это сообщение отправлено реестром NRI, { $url }.
mail-stop-all = Не получать эти сообщения
mail-signature = Реестр NRI, { $url }
mail-within-hours = { $hours ->
    [one] { $hours } часа
   *[other] { $hours } часов
}
mail-within-days = { $days ->
    [one] { $days } дня
   *[other] { $days } дней
}
mail-link-once = Ссылка действует один раз.

password-reset-subject = Сброс пароля в реестре NRI
password-reset-body = Кто-то (надеемся, что вы) попросил сбросить пароль вашей учётной записи в реестре NRI, { $email }. Чтобы выбрать новый пароль, откройте эту ссылку в течение { $valid_for }:
password-reset-button = Выбрать новый пароль
password-reset-ignore = Если вы этого не просили, не обращайте внимания на это сообщение: пароль останется прежним.

email-verification-subject = Подтвердите адрес электронной почты для реестра NRI
email-verification-body = С этим адресом, { $email }, создана учётная запись в реестре NRI. Чтобы подтвердить, что адрес ваш, откройте эту ссылку в течение { $valid_for }:
email-verification-button = Подтвердить адрес
email-verification-after = Пока адрес не подтверждён, реестр не отправляет на него уведомления; войти при этом можно. Если вы не создавали эту учётную запись, не обращайте внимания на это сообщение.

account-exists-subject = У вас уже есть учётная запись в реестре NRI
account-exists-body = Кто-то (надеемся, что вы) только что попытался создать учётную запись в реестре NRI с этим адресом, { $email }. Она у вас уже есть, поэтому ничего не создано.
account-exists-sign-in = Войти
account-exists-forgot = Забыли пароль?
account-exists-choose = Выбрать новый
account-exists-ignore = Если это были не вы, не обращайте внимания на это сообщение: ваша учётная запись не изменилась.

invitation-subject = Вас приглашают в { $initiative } в реестре NRI
invitation-body = { $inviter } приглашает вас присоединиться к { $initiative } в реестре NRI в роли «{ $role }». Чтобы принять приглашение, откройте эту ссылку в течение { $valid_for }, затем войдите или создайте учётную запись:
invitation-button = Открыть приглашение
invitation-ignore = Если вы не знаете, почему получили это письмо, не обращайте на него внимания.
mail-role-focal_point = координатор
mail-role-editor = редактор
mail-role-viewer = читатель

notice-why-member = Вы получаете это как координатор или редактор { $name } в реестре NRI.
notice-why-reviewer = Вы получаете это как сотрудник Секретариата IGF в реестре NRI.
notice-why-focal-point = Вы получаете это как координатор { $name } в реестре NRI.
notice-stop = Не присылать письма, когда { $kind }
notice-no-comment = (комментарий не оставлен)
notice-open-report = Открыть отчёт
notice-review-report = Рассмотреть отчёт
notice-review-initiative = Рассмотреть инициативу
notice-open-workspace = Открыть рабочее пространство
notice-see-published = Открыть опубликованный отчёт

notice-submitted-subject = { $name } подала отчёт за { $year } год на рассмотрение
notice-submitted-body = { $name } подала годовой отчёт за { $year } год. Он ждёт в очереди на рассмотрение: примите его или верните с указанием, что исправить.

notice-returned-subject = Ваш отчёт за { $year } год возвращён на доработку
notice-returned-body = Секретариат IGF вернул годовой отчёт { $name } за { $year } год на доработку. Рецензент написал:
notice-returned-next = Исправьте отчёт и подайте его снова.

notice-accepted-subject = Ваш отчёт за { $year } год принят
notice-accepted-body = Секретариат IGF принял годовой отчёт { $name } за { $year } год. Теперь он открыт для всех и учитывается в региональных и глобальных сводках.

notice-reopened-subject = Ваш принятый отчёт за { $year } год открыт снова
notice-reopened-body = Секретариат IGF снова открыл принятый годовой отчёт { $name } за { $year } год, чтобы его можно было исправить. Указанная причина:
notice-reopened-next = Он не учитывается в сводках, пока не будет снова подан и принят.

notice-due-subject = Напоминание: отчёт { $name } за { $year } год нужно подать до { $due }
notice-due-body = Годовой отчёт { $name } за { $year } год нужно подать до { $due } (через 90 дней после окончания мероприятия), а он ещё не подан.
notice-overdue-subject = Отчёт { $name } за { $year } год просрочен
notice-overdue-body = Годовой отчёт { $name } за { $year } год нужно было подать до { $due }, но он не подан. Теперь Секретариат IGF и региональные форумы видят его как просроченный.
notice-due-next = Заполните отчёт и подайте его на рассмотрение.

notice-applicant-subject = Зарегистрирована новая инициатива: { $name }
notice-applicant-body = { $name } зарегистрировалась в реестре NRI и ждёт признания. Проверьте её по критериям признания и запишите решение.

notice-at-risk-subject = { $name } под угрозой: нет принятого отчёта ни за { $first }, ни за { $second }
notice-at-risk-body = { $name } признана, но не имеет принятого годового отчёта ни за один из двух последних циклов ({ $first } и { $second }), поэтому отмечена как находящаяся под угрозой.
notice-at-risk-reviewer = Отметка носит рекомендательный характер: она не меняет статус.
notice-at-risk-member = Подача недостающих отчётов снимает отметку; Секретариат IGF может помочь.

notice-kind-report_submitted = отчёт подан на рассмотрение
notice-kind-report_returned = отчёт возвращён на доработку
notice-kind-report_accepted = отчёт принят
notice-kind-report_reopened = принятый отчёт открыт снова
notice-kind-report_due = приближается или прошёл срок подачи отчёта
notice-kind-new_applicant = регистрируется новая инициатива
notice-kind-at_risk = инициатива под угрозой
