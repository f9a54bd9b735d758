# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# Русский. Идентификаторы те же, что в en/main.ftl; в сообщениях с окончанием
# -html есть разметка: сохраняйте теги как есть. Формы множественного числа:
# one (1, 21), few (2–4, 22), many (5–20, 11), other (дроби).

## Рамка каждой страницы

site-name = Реестр NRI
skip-link = Перейти к содержанию
nav-main = Главное меню
nav-directory = Каталог
nav-dashboards = Сводки
nav-review = Очередь проверки
nav-jobs = Сбойные задачи
nav-account = Учётная запись
nav-sign-out = Выйти
nav-sign-in = Войти
nav-sign-up = Зарегистрироваться
nav-language = Язык
footer-about-html = Реестр национальных, региональных, субрегиональных и молодёжных инициатив IGF. Данные также доступны через <a href="/docs">API</a>.

## Формы и таблицы

form-required = (обязательно)
form-error-prefix = Ошибка:
form-choose = Выберите…
form-choose-country = Выберите страну…
error-summary-title = Есть проблема
table-scrolls = Таблица, на маленьких экранах прокручивается по горизонтали
back-to-workspace = Назад в рабочее пространство
action-remove = Удалить
action-change = Изменить
action-revoke = Отозвать
action-retry = Повторить
action-save = Сохранить
action-filter = Отфильтровать
action-show = Показать
none = Нет.
none-yet = Пока нет.
not-given-yet = Пока не указано.
date-range = с { $start } по { $end }
history = История
label-state = Состояние:
report-due = срок: { $date }

## Подписи полей

label-name = Название
label-your-name = Ваше имя
label-email = Адрес электронной почты
label-email-short = Эл. почта
label-password = Пароль
label-password-again = Пароль ещё раз
label-current-password = Текущий пароль
label-new-password = Новый пароль
label-new-password-again = Новый пароль ещё раз
label-kind = Вид
label-un-region = Регион ООН
label-country = Страна
label-country-national = Страна (национальные инициативы)
label-country-required = Страна (обязательно)
label-region-regional = Регион ООН (региональные и молодёжные инициативы)
label-coverage = Охват
label-coverage-regional = Охватываемые страны (региональные инициативы)
label-slug = Короткий адрес
label-acronym = Сокращение
label-description = Описание
label-description-lang = Описание ({ $lang })
label-website = Веб-сайт
label-public-email = Публичный адрес электронной почты
label-established = Год основания
label-working-languages = Рабочие языки
label-city = Город
label-focal-point = Координатор
label-organisation = Организация
label-stakeholder-group = Группа заинтересованных сторон
label-role = Роль
label-gender = Пол
label-year = Год
label-status = Статус:
label-theme = Тема
label-type = Тип
label-edition = Выпуск
label-format = Формат
label-participants = Участники
label-online = Онлайн
label-youth = Молодёжь
label-countries-represented = Представленные страны
hint-password = Не менее 10 символов и не один из самых распространённых паролей.
hint-languages = Коды языков через запятую, например: en, ru.
hint-commas = Через запятую.

## Столбцы таблиц

col-initiative = Инициатива
col-kind = Вид
col-un-region = Регион ООН
col-country-coverage = Страна или охват
col-stakeholder-group = Группа заинтересованных сторон
col-members = Члены
col-group = Группа
col-gender = Пол
col-participants = Участники
col-name = Название
col-created = Создан
col-last-used = Последнее использование
col-expires = Истекает
col-action = Действие
col-actions = Действия
col-year = Год
col-state = Состояние
col-due = Срок
col-role = Роль
col-term = Срок полномочий
col-member = Участник
col-since = С
col-email = Адрес электронной почты
col-sent = Отправлено
col-submitted = Подан
col-criterion = Критерий
col-outcome = Итог
col-evidence = Подтверждение
col-job = Задача
col-attempts = Попытки
col-last-error = Последняя ошибка
col-updated = Обновлено
col-subscription = Подписка
col-event = Событие

## Страницы ошибок и отказы

error-go-home-html = <a href="/">Перейти на главную страницу</a> или <a href="/initiatives">открыть каталог</a>.
error-expired-title = Срок действия формы истёк
error-expired-detail = Форма была отправлена не со страницы этого сайта, или ваш сеанс изменился после её показа. Вернитесь назад, обновите страницу и отправьте форму снова.
error-render-title = Ошибка
error-render-detail = Не удалось показать эту страницу. Ошибка записана в журнал.
error-not-found-title = Не найдено
error-forbidden-title = Нет доступа
error-forbidden-ask = Попросите роль у координатора вашей инициативы или у Секретариата IGF.
error-server-title = Что-то пошло не так
error-server-detail = Сервис не смог ответить; попробуйте ещё раз чуть позже.
error-refused-title = Это действие невозможно
error-page-not-found-title = Страница не найдена
error-page-not-found-detail = По этому адресу нет страницы. Возможно, она перемещена или ссылка набрана с ошибкой.
error-unpublished-title = Этот отчёт не опубликован
error-unpublished-detail = Отчёты публикуются после того, как их примет Секретариат IGF.
error-dashboard-scope = Сводки бывают по всему миру, по региону ООН, по молодёжным инициативам и по каждому региональному форуму.
error-invitation-unusable = Это приглашение нельзя использовать
error-unknown-action-title = Неизвестное действие
error-unknown-action-detail = Выберите: принять, вернуть или открыть повторно.

## Подтверждения

flash-password-reset = Ваш пароль изменён. Войдите с новым паролем.
flash-password-changed = Ваш пароль изменён. Другие ваши сеансы в браузерах завершены.
flash-language-saved = Язык сохранён.
flash-registered = Ваша инициатива зарегистрирована, и вы её координатор. Секретариат IGF рассмотрит её для признания.
flash-member-role = У { $email } теперь роль: { $role }.
flash-member-removed = Участник удалён.
flash-invitation-sent = Приглашение отправлено на адрес { $email }.
flash-invitation-revoked = Приглашение отозвано.
flash-report-submitted = Ваш отчёт подан. Секретариат IGF его проверит; решение появится здесь.
flash-draft-saved = Черновик сохранён.
flash-report-done = { $done ->
    [accepted] Отчёт принят.
    [returned] Отчёт возвращён секретариату инициативы.
   *[other] Отчёт открыт повторно.
}
flash-status-now = Теперь статус: { $status }.
flash-reset-sent = Если существует учётная запись с этим адресом, на него отправлено письмо со ссылкой для выбора нового пароля. Ссылка действует один раз в течение часа.

## Проблемы над формой

problem-sign-in-wrong = Неверный адрес электронной почты или пароль.
problem-correct-fields = Исправьте поля ниже.
problem-correct-field = Исправьте поле ниже.
problem-email-taken = Учётная запись с этим адресом уже существует: войдите в неё.
problem-stale = Кто-то другой сохранил эти данные после того, как вы их открыли. Ваши изменения приведены ниже и не сохранены: сверьте их с текущей версией и сохраните снова.
problem-count = { $count ->
    [one] { $count } проблема требует внимания, прежде чем можно будет сохранить.
    [few] { $count } проблемы требуют внимания, прежде чем можно будет сохранить.
    [many] { $count } проблем требуют внимания, прежде чем можно будет сохранить.
   *[other] { $count } проблемы требуют внимания, прежде чем можно будет сохранить.
}
problem-nothing-saved = Исправьте отмеченные ниже поля; ничего не сохранено.
problem-not-submittable = { $count ->
    [one] Черновик сохранён, но подать его пока нельзя: ниже указана { $count } проблема.
    [few] Черновик сохранён, но подать его пока нельзя: ниже указаны { $count } проблемы.
    [many] Черновик сохранён, но подать его пока нельзя: ниже указано { $count } проблем.
   *[other] Черновик сохранён, но подать его пока нельзя: ниже указаны { $count } проблемы.
}

## Сообщения рядом с полем

invalid-sign-in = проверьте адрес электронной почты и пароль
invalid-passwords-differ = пароли не совпадают
invalid-member-email = введите адрес, с которым человек зарегистрировался
invalid-no-account = нет учётной записи с этим адресом: попросите человека сначала зарегистрироваться
invalid-choose-kind = выберите вид инициативы
invalid-required = обязательно
invalid-listed-twice = указано дважды
invalid-address = недопустимый адрес
invalid-url = не является веб-адресом
invalid-language-tag = не является кодом языка вида en или pt-BR
invalid-before-start = раньше первого дня
invalid-before-term-start = раньше начала срока полномочий
invalid-venue-required = обязательно, если мероприятие проходило не онлайн
invalid-country-required = обязательно для национальной инициативы
invalid-region-required = обязательно, если инициатива не национальная
invalid-key-message-required = нужно хотя бы одно ключевое послание
invalid-text-required = нужен текст хотя бы на одном языке
invalid-not-working-language = не является рабочим языком инициативы
invalid-whole-number = должно быть целым числом, например 120
invalid-common-password = один из самых распространённых паролей; выберите пароль, который труднее угадать
invalid-wrong-password = не совпадает с паролем этой учётной записи
invalid-year = не является годом
invalid-repeated-character = не может состоять из одного повторяющегося символа
invalid-too-long = не более { $max } символов
invalid-too-short = не менее { $min } символов

## Названия полей в списке проблем

field-name = название
field-email = адрес электронной почты
field-password = пароль
field-password_again = повтор пароля
field-current_password = текущий пароль
field-new_password = новый пароль
field-new_password_again = повтор нового пароля
field-slug = короткий адрес
field-kind = вид
field-country = страна
field-un_region = регион ООН
field-coverage = охватываемые страны
field-description = описание
field-website = веб-сайт
field-public_email = публичный адрес электронной почты
field-established_year = год основания
field-working_languages = рабочие языки
field-edition = выпуск
field-start_date = первый день
field-end_date = последний день
field-format = формат
field-venue = место проведения
field-city = город
field-languages = языки
field-themes = темы
field-participation = участие
field-total = всего участников
field-key_messages = ключевые послания
field-recommendations = рекомендации
field-sessions = сессии
field-text = текст
field-theme = тема
field-title = заголовок
field-type = тип
field-addressed_to = адресат
field-links = ссылки
field-tags = метки
field-comment = комментарий
field-reason = причина
field-status = статус
field-user = участник
field-evidence = подтверждение
field-role = роль
field-term_start = начало срока
field-term_end = конец срока
field-stakeholder_group = группа заинтересованных сторон
field-host_organisation = принимающая организация
field-focal_point = координатор

## Диаграммы и заголовки сводок

chart-groups = Участники по группам заинтересованных сторон
chart-gender = Участники по полу
chart-themes = Темы по числу инициатив, которые их подняли
dashboard-title-global = Все инициативы мира
dashboard-title-region = Регион ООН: { $region }
dashboard-title-kind = Инициативы: { $kind }
dashboard-title-forum = { $forum }: инициативы, которые в него вносят вклад
count-initiatives = { $count ->
    [one] { $count } инициатива
    [few] { $count } инициативы
    [many] { $count } инициатив
   *[other] { $count } инициативы
}

## Главная страница

home-title = Главная
home-heading = Реестр национальных, региональных и молодёжных инициатив IGF
home-lead = Более 160 инициатив Форума по управлению интернетом (NRI) ведут здесь свой профиль, состав организационного комитета и годовые отчёты. Секретариат IGF их проверяет, а региональные форумы читают то, о чём сообщают их инициативы.
home-your-initiatives = Ваши инициативы
home-no-role-html = У вас пока нет роли ни в одной инициативе. Если вы руководите инициативой, <a href="/register">зарегистрируйте её</a>; если она уже зарегистрирована, попросите её координатора добавить вас.
home-igf-html = Для Секретариата IGF: <a href="/review">проверить поданные отчёты</a>, <a href="/review?status=overdue">посмотреть просроченные отчёты</a> или <a href="/review/jobs">проверить сбойные задачи</a>.
home-find-heading = Найти инициативу
home-find-html = <a href="/initiatives">Каталог признанных инициатив</a> по видам, регионам и странам, с их секретариатами, комитетами и принятыми отчётами.
home-run-heading = Руководите инициативой?
home-run-member-html = <a href="/register">Зарегистрируйте свою инициативу</a>, затем поддерживайте её профиль в актуальном состоянии и подавайте годовой отчёт.
home-run-visitor-html = <a href="/sign-up">Создайте учётную запись</a> и зарегистрируйте инициативу или <a href="/sign-in">войдите</a>, чтобы подать годовой отчёт.
home-forums-heading = Региональные форумы
home-forums-html = Посмотрите, о чём сообщили ваши инициативы в { $year } году: <a href="/dashboards">сводки</a> по участию, темам и ключевым посланиям, с лентами и CSV.
home-recognised-heading = Признанные инициативы
home-all-recognised = Все признанные инициативы
home-developers-heading = Для разработчиков
home-developers-html = Всё, что есть на этих страницах, доступно и в <a href="/docs">обозревателе API</a> (<a href="/api/v1/openapi.json">документ OpenAPI</a>). Региональные форумы могут получать ленты <a href="/api/v1/feeds/global.atom">Atom</a> и <a href="/api/v1/feeds/global.json">JSON</a> или подписаться на веб-хуки.

## Каталог

directory-title = Каталог
directory-heading = Каталог признанных инициатив
directory-filter = Фильтр каталога
directory-any-kind = Любой вид
directory-any-region = Любой регион
directory-any-country = Любая страна
directory-caption = Признанные инициативы
directory-next = Следующая страница
directory-none = Ни одна признанная инициатива не соответствует этим фильтрам.

## Публичная страница инициативы

initiative-since = с { $year } года
initiative-igf-html = Для Секретариата IGF: <a href="/review/initiatives/{ $slug }">контрольный список признания и решение о статусе</a>.
initiative-your-role-html = Ваша роль в этой инициативе: { $role }. <a href="/workspace/{ $slug }">Открыть её рабочее пространство</a>.
initiative-secretariat = Секретариат
initiative-hosted-by = Принимающая организация
initiative-supported-by = При поддержке
initiative-committee = Организационный комитет
committee-current = { $count ->
    [one] { $count } действующий член.
    [few] { $count } действующих члена.
    [many] { $count } действующих членов.
   *[other] { $count } действующего члена.
}
committee-by-group-caption = Члены комитета по группам заинтересованных сторон
initiative-no-committee = Члены комитета пока не указаны.
initiative-links = Связи с другими инициативами
initiative-contributes-to = Вносит вклад в:
initiative-reports = Годовые отчёты
initiative-no-report = Принятых отчётов пока нет.

## Отчёт

report-title = { $name }: отчёт за { $year } год
report-heading = { $name }: годовой отчёт за { $year } год
report-accepted-on = Принят Секретариатом IGF { $date }.
report-dates = Даты
report-where = Место
report-languages = Языки
report-themes = Темы
report-participation = Участие
caption-by-group = По группам заинтересованных сторон
caption-by-gender = По полу
report-key-messages = Ключевые послания
report-recommendations = Рекомендации
report-sessions = Сессии
report-links = Ссылки

## Вход и регистрация

sign-in-title = Вход
sign-in-button = Войти
sign-in-forgot = Забыли пароль?
sign-in-no-account-html = Ещё нет учётной записи? <a href="/sign-up">Зарегистрируйтесь</a>.
sign-up-title = Регистрация
sign-up-heading = Создать учётную запись
sign-up-lead = Для секретариатов национальных, региональных и молодёжных инициатив IGF. После регистрации вы можете зарегистрировать свою инициативу или её координатор может добавить вас.
sign-up-button = Создать учётную запись
sign-up-have-account-html = Уже есть учётная запись? <a href="{ $href }">Войдите</a>.

## Страница учётной записи

account-title = Ваша учётная запись
account-password-heading = Сменить пароль
account-password-button = Сменить пароль
account-password-note = Смена пароля завершает другие ваши сеансы в браузерах; токены API продолжают работать.
account-sessions-heading = Сеансы и токены API
account-sessions-lead = Каждый браузер, в котором вы входили, и каждый созданный вами токен API. Завершите те, которые вам незнакомы.
account-sessions-caption = Сеансы и токены
account-this-browser = (этот браузер)
account-never = никогда
account-ended = завершён { $date }
account-end = Завершить
account-language-heading = Язык страниц
account-language-lead = Когда вы вошли в систему, страницы показываются на этом языке, если только вы не выберете другой с помощью ссылок языков вверху страницы.
account-language-label = Язык
account-language-auto = Как просит мой браузер
account-language-button = Сохранить язык

## Приглашения

invitation-title = Приглашение в { $name }
invitation-lead-html = { $email } приглашается в <strong>{ $name }</strong> с ролью: { $role }. Приглашение действует один раз, до { $date }.
invitation-signed-in-as = Вы вошли как { $email }.
invitation-accept = Принять приглашение
invitation-sign-in-html = Чтобы принять его, <a href="/sign-in?next={ $next }">войдите</a> или <a href="/sign-up?next={ $next }">создайте учётную запись</a>; после этого вы вернётесь сюда.
invitation-unusable = Это приглашение { $status }: его больше нельзя использовать. Попросите новое у координатора инициативы.

## Пароли

forgot-title = Забыли пароль?
forgot-no-message-html = Письмо не пришло? Проверьте папку «Спам» или <a href="/forgot-password">запросите снова</a> с адресом, указанным при регистрации.
forgot-back = Вернуться ко входу
forgot-lead = Укажите адрес электронной почты вашей учётной записи: мы пришлём ссылку для выбора нового пароля.
forgot-button = Прислать ссылку
reset-title = Выберите новый пароль
reset-button = Установить новый пароль
reset-note = После этого вы выйдете отовсюду: все браузеры и токены API этой учётной записи перестанут работать.
reset-no-token-html = Для этой страницы нужна ссылка из нашего письма. <a href="/forgot-password">Запросить новую ссылку</a>.

## Регистрация инициативы

register-title = Регистрация инициативы
register-heading = Зарегистрируйте свою инициативу
register-lead = Вы станете её координатором: сможете добавлять коллег, поддерживать профиль в актуальном состоянии и подавать годовые отчёты. Секретариат IGF рассматривает новые инициативы для признания.
hint-name = Как называет себя инициатива, например Liberia Internet Governance Forum.
hint-slug = Строчные латинские буквы, цифры и дефисы, например liberia-igf. Используется в ссылках и потом не меняется.
register-region-derived = Определяется по стране
register-button = Зарегистрировать

## Рабочее пространство секретариата

workspace-title = { $name }: рабочее пространство
workspace-role = ваша роль: { $role }
workspace-role-igf = Секретариат IGF
workspace-public-page = публичная страница
workspace-reports-caption = Отчёты по годам
workspace-not-started = не начат
workspace-continue = Продолжить отчёт за { $year } год
workspace-open = Открыть отчёт за { $year } год
workspace-start = Начать отчёт за { $year } год
workspace-keep-current = Поддерживайте данные инициативы в актуальном состоянии
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">Профиль</a>: название, описание, веб-сайт, языки
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">Секретариат</a>: принимающая организация, координатор, контакты
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">Организационный комитет</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">Региональные форумы, в которые она вносит вклад</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">Подтверждение принципов за { $year } год</a>
workspace-recognition = Критерии признания
recognition-all-met = Все обязательные критерии выполнены.
recognition-some-unmet = Некоторые обязательные критерии пока не выполнены.
workspace-members = Участники
workspace-manage-members = Добавить или изменить участников
workspace-all-members = Все участники и их роли

## Профиль, секретариат, комитет, принципы, участники, форумы

profile-title = Профиль
profile-saved = Профиль сохранён.
profile-button = Сохранить профиль
secretariat-title = Секретариат
secretariat-saved = Секретариат сохранён.
label-host = Принимающая организация
label-host-group = Группа заинтересованных сторон принимающей организации
label-hosting-arrangement = Порядок размещения
label-agreement-date = Дата соглашения о размещении
hint-focal-email = Видно только участникам и Секретариату IGF.
label-contact-emails = Контактные адреса электронной почты
label-supporting = Поддерживающие организации
secretariat-button = Сохранить секретариат
committee-title = Организационный комитет
committee-caption = Члены комитета
committee-not-listed = (не показывается публично)
committee-add = Добавить участника
option-not-given = Не указано
label-term-start = Начало срока
label-term-end = Конец срока
committee-list-publicly = Показывать этого члена публично (имя и организация на странице инициативы)
committee-button = Добавить
principles-title = Принципы, { $year }
principles-heading = Подтверждение принципов за { $year } год
principles-lead = NRI следуют пяти принципам IGF. Подтвердите каждый принцип, которому ваша инициатива следовала в { $year } году, и опишите как; для каждого подтверждённого принципа нужно подтверждение.
principles-saved = Подтверждение сохранено.
principles-followed = Мы следовали этому принципу в { $year } году
principles-evidence = Как (подтверждение)
principles-evidence-links = Ссылки на подтверждения
principles-button = Сохранить подтверждение
members-title = Участники
members-heading = { $name }: участники
members-lead = Координаторы управляют инициативой и её участниками; редакторы поддерживают профиль и отчёты; читатели видят всё, включая черновики.
members-caption = Участники и их роли
members-new-role-for = Новая роль для { $name }
members-change-hidden = роль { $name }
members-pending = Ожидающие приглашения
members-invitations-caption = Ещё не принятые приглашения
members-revoke-hidden = приглашение для { $email }
members-invite-heading = Пригласить по электронной почте
members-invite-lead = Человек получит ссылку, действующую один раз в течение 14 дней, чтобы войти или создать учётную запись и получить роль.
members-invite-button = Отправить приглашение
members-add-lead = Для того, у кого уже есть учётная запись (иначе пригласите его выше).
links-title = Региональные форумы
links-heading = { $name }: форумы, в которые она вносит вклад
links-saved = Сохранено. Сводки и ленты форумов теперь учитывают ваши принятые отчёты.
links-lead = Региональные и субрегиональные форумы видят, поданы ли ваши отчёты, и учитывают принятые отчёты в своих сводках и лентах.
links-forums = Форумы
links-no-forum = Ни один региональный форум пока не зарегистрирован.

## Форма годового отчёта

report-submitted-times = { $count ->
    [one] подан { $count } раз
    [few] подан { $count } раза
    [many] подан { $count } раз
   *[other] подан { $count } раза
}
report-returned-heading = Секретариат IGF вернул этот отчёт
report-returned-fix = Исправьте его и подайте снова.
report-with-igf = Этот отчёт на проверке в Секретариате IGF; его нельзя изменить, пока его не примут или не вернут.
report-accepted-html = Этот отчёт принят и опубликован на <a href="/initiatives/{ $slug }/reports/{ $year }">странице инициативы</a>. Чтобы изменить его, попросите Секретариат IGF открыть его повторно.
report-form-hint = Сохраняйте черновик когда угодно; полнота проверяется только при подаче. Поля с пометкой «обязательно» нужно заполнить для подачи.
report-event = Мероприятие
hint-edition = например, 11-й IGF Либерии
label-first-day = Первый день
label-last-day = Последний день
label-venue = Место проведения
hint-venue = Обязательно, если мероприятие проходило не онлайн.
label-event-languages = Языки мероприятия
report-themes-discussed = Обсуждавшиеся темы
label-participants-all = Всего участников
label-of-online = Из них онлайн
label-of-youth = Из них молодёжь
report-at-least-one = (для подачи нужно хотя бы одно)
report-key-message-n = Ключевое послание { $n }
report-new = (новое)
label-message-lang = Послание ({ $lang })
report-remove-key-message = Удалить это ключевое послание
report-recommendation-n = Рекомендация { $n }
label-addressed-to = Адресовано
option-choose-level = Выберите уровень…
label-recommendation-lang = Рекомендация ({ $lang })
report-remove-recommendation = Удалить эту рекомендацию
report-session-n = Сессия { $n }
label-title-lang = Заголовок ({ $lang })
option-no-theme = Без определённой темы
report-remove-session = Удалить эту сессию
report-preparation = Подготовка
report-open-call = Был открытый конкурс предложений сессий
label-open-call-date = Дата открытого конкурса
label-consultations = Проведено открытых консультаций
label-tags = Метки
hint-tags = Произвольные слова через запятую.
report-save-draft = Сохранить черновик
report-submit = Подать в Секретариат IGF
history-reviews = Проверки
history-review = { $date }: версия { $version }, { $decision }
history-versions = Поданные версии
history-version = Версия { $version }, подана { $date }
history-not-submitted = Ещё не подан.

## Страницы Секретариата IGF

queue-title = Очередь проверки
queue-filter = Фильтр по состоянию
label-order = Порядок
queue-due-asc = По сроку, сначала ближайшие
queue-due-desc = По сроку, сначала поздние
queue-caption = { $status }: { $count ->
    [one] { $count } отчёт
    [few] { $count } отчёта
    [many] { $count } отчётов
   *[other] { $count } отчёта
}, по сроку
queue-recognition = признание
queue-times = ({ $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
})
queue-none = Нет отчётов в этом состоянии: { $status }.
queue-applicants = Инициативы, ожидающие признания
queue-registered = зарегистрирована { $date }
review-title = Проверка: { $name }, { $year }
review-back = Назад к очереди
review-recognition-link = { $name }: признание
review-heading = { $name }: отчёт за { $year } год
review-submitted = подан { $date }
review-comment = Комментарий для секретариата
review-reason-reopen = Причина повторного открытия
review-comment-hint = Обязательно при возврате отчёта: укажите, что исправить.
review-reopen-hint = Обязательно: секретариат увидит это как комментарий проверяющего.
review-accept = Принять
review-return = Вернуть секретариату
review-reopen = Открыть повторно
review-the-report = Отчёт
recognition-title = Признание: { $name }
recognition-heading = { $name }: признание
recognition-checklist = Контрольный список
recognition-some-unmet-now = Некоторые обязательные критерии не выполнены.
recognition-computed = Рассчитано { $date }.
recognition-caption = Критерии признания
recognition-advisory = (рекомендательный)
recognition-decide = Решение о статусе
label-new-status = Новый статус
label-reason = Причина
recognition-button = Записать решение
recognition-past = Прошлые решения
recognition-reports = Отчёты
jobs-title = Сбойные задачи
jobs-heading = Сбойные задачи и доставки
jobs-retried = Задача { $id } снова в очереди.
jobs-background = Фоновые задачи
jobs-caption = Сбойные задачи
jobs-attempts = { $attempts } из { $max }
jobs-retry-hidden = задачу { $id }
jobs-none = Сбойных задач нет.
jobs-deliveries = Доставки веб-хуков, последняя попытка которых не удалась
jobs-deliveries-caption = Неудачные доставки
jobs-redeliver-html = Повторная доставка через API: <code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = Неудачных доставок нет.

## Сводки

dashboards-title = Сводки
dashboards-lead = О чём сообщили инициативы, по данным принятых отчётов: участие, темы, ключевые послания и кто ещё не отчитался.
dashboards-worldwide = Весь мир
dashboards-all = Все инициативы, { $year }
dashboards-youth = Молодёжные инициативы, { $year }
dashboards-by-region = По регионам ООН
dashboards-forums = Региональные и субрегиональные форумы
dashboards-forums-lead = Сводка каждого форума охватывает инициативы, которые заявляют, что вносят в него вклад.
dashboard-all = Все сводки
dashboard-other-years = Другие годы
dashboard-year = Год:
dashboard-data = Данные:
dashboard-atom = Лента Atom
dashboard-json-feed = JSON Feed
dashboard-csv = CSV
dashboard-csv-key-messages = ключевые послания
dashboard-csv-missing = кто не отчитался
dashboard-json = JSON
dashboard-empty = За { $year } год пока ничего не сведено: в этой области нет принятых отчётов, или обработка ещё не выполнялась.
dashboard-reported = { $count ->
    [one] Отчиталась { $count } инициатива
    [few] Отчитались { $count } инициативы
    [many] Отчитались { $count } инициатив
   *[other] Отчитались { $count } инициативы
} из { $total } признанных.
dashboard-updated = Обновлено { $date }.
dashboard-figures-table = Данные в виде таблицы
dashboard-no-groups = Ни один отчёт в этой области не содержит разбивки по группам заинтересованных сторон.
dashboard-no-gender = Ни один отчёт в этой области не содержит разбивки по полу.
dashboard-no-themes = Темы не указаны.
dashboard-key-messages = Ключевые послания по темам
dashboard-no-key-messages = Ключевых посланий пока нет.
dashboard-included = Учтённые отчёты
dashboard-participants = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
dashboard-missing = Ещё не отчитались
dashboard-all-reported = Все признанные инициативы этой области отчитались.

## Словари

kind-national = Национальная
kind-regional = Региональная
kind-subregional = Субрегиональная
kind-youth = Молодёжная
kind_initiative-national = Национальная инициатива
kind_initiative-regional = Региональная инициатива
kind_initiative-subregional = Субрегиональная инициатива
kind_initiative-youth = Молодёжная инициатива
region-africa = Африка
region-asia_pacific = Азиатско-Тихоокеанский регион
region-eastern_europe = Восточная Европа
region-grulac = ГРУЛАК
region-weog = ЗЕОГ
status-new = Не начат
status-draft = Черновик
status-submitted = Подан
status-returned = Возвращён
status-accepted = Принят
status-overdue = Просрочен
status-unknown = Неизвестно
status-applicant = Заявитель
status-recognized = Признана
status-suspended = Приостановлена
status-lapsed = Утратила статус
status-withdrawn = Отозвана
status-met = Выполнен
status-not_met = Не выполнен
group-government = Правительства
group-private_sector = Частный сектор
group-civil_society = Гражданское общество
group-technical_community = Техническое сообщество
group-academia = Научное сообщество
group-intergovernmental = Межправительственные организации
committee_role-chair = Председатель
committee_role-co_chair = Сопредседатель
committee_role-member = Член
committee_role-focal_point = Координатор
committee_role-youth_representative = Представитель молодёжи
gender-female = Женщины
gender-male = Мужчины
gender-other = Другое
gender-undisclosed = Не указано
role-focal_point = Координатор
role-editor = Редактор
role-viewer = Читатель
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
format-in_person = Очно
format-hybrid = Гибридно
format-online = Онлайн
session_type-plenary = Пленарное заседание
session_type-panel = Панельная дискуссия
session_type-workshop = Семинар
session_type-side_event = Параллельное мероприятие
level-regional = Региональный уровень
level-global = Глобальный уровень
principle-open_transparent = Открытость и прозрачность
principle-inclusive = Инклюзивность
principle-bottom_up = Принцип «снизу вверх»
principle-multistakeholder = Многосторонность
principle-non_commercial = Некоммерческий характер
decision-edit = изменена
decision-submit = подана
decision-accept = принята
decision-return = возвращена
decision-reopen = открыта повторно
link-agenda = Программа
link-full_report = Полный отчёт
link-recordings = Записи
link-photos = Фотографии
invitation_status-pending = ожидает ответа
invitation_status-accepted = принято
invitation_status-revoked = отозвано
invitation_status-expired = просрочено

# Уведомления, подтверждение адреса и отписка
account-email-confirmed = (подтверждён)
account-email-unconfirmed = (ещё не подтверждён)
account-verify-heading = Подтвердите адрес электронной почты
account-verify-lead = Пока вы не перейдёте по ссылке из письма, отправленного на { $email }, реестр не будет присылать на этот адрес уведомления. Письмо не пришло?
account-verify-resend = Отправить ссылку ещё раз
account-notifications-heading = Уведомления по электронной почте
account-notifications-legend = Писать мне, когда
account-notifications-button = Сохранить настройки уведомлений
account-notifications-note = Вы получаете только те, что касаются ваших ролей. В каждом письме также есть ссылка, отключающая уведомления этого вида.
notification-report_submitted = отчёт подан на рассмотрение
notification-report_returned = отчёт возвращён на доработку
notification-report_accepted = отчёт принят
notification-report_reopened = принятый отчёт открыт повторно
notification-report_due = срок отчёта скоро истекает или истёк
notification-new_applicant = регистрируется новая инициатива
notification-at_risk = инициатива находится под угрозой
flash-notifications-saved = Настройки уведомлений сохранены.
flash-signed-up = На этот адрес отправлено письмо. Если у адреса уже была учётная запись, войдите с её паролем или задайте новый через «Забыли пароль?».
flash-verification-sent = Письмо со ссылкой для подтверждения адреса электронной почты уже в пути. Ссылка действует один раз в течение 48 часов.
verify-title = Подтвердите адрес электронной почты
verify-done = Ваш адрес электронной почты подтверждён. Спасибо.
verify-go-account = Перейти к учётной записи
verify-lead = Подтвердите, что этот адрес электронной почты принадлежит вам, чтобы реестр мог присылать вам уведомления.
verify-button = Подтвердить мой адрес
verify-ask-again-account-html = <a href="/account">Запросите новую ссылку на странице учётной записи</a>.
verify-ask-again-html = Для этой страницы нужна ссылка из отправленного нами письма. <a href="/sign-in">Войдите</a>, чтобы запросить новую на странице учётной записи.
unsubscribe-title = Больше не присылать эти письма
unsubscribe-done = Готово: вы больше не будете получать письма, когда { $what }.
unsubscribe-others = Остальные уведомления по-прежнему приходят.
unsubscribe-choose = Выберите, что получать.
unsubscribe-sign-in = Войдите, чтобы выбрать, что получать, на странице учётной записи.
unsubscribe-lead = Переход по этой ссылке отключает один вид уведомлений — вид письма, в котором она пришла, — для учётной записи, которой оно было отправлено. Больше ничего не меняется.
unsubscribe-needs-link = Этой странице нужна ссылка из отправленного нами письма: откройте её из письма.
error-unreadable-form = Не удалось прочитать форму целиком. Вернитесь назад и отправьте её ещё раз.

## phone
report-add-key-message = Добавить ещё одно ключевое положение
report-add-recommendation = Добавить ещё одну рекомендацию
report-add-session = Добавить ещё одну сессию
report-add-another-hint = Заполните пустую запись. Чтобы добавить ещё до сохранения, нажмите кнопку «Добавить»: всё введённое сохранится на странице, но ничего не будет записано.
report-added-unsaved = Добавлена пустая запись. Ничего не сохраняется, пока вы не сохраните черновик или не отправите отчёт.
label-find-country = Найти страну
hint-coverage-checks = Отметьте каждую охватываемую страну. Список упорядочен по алфавиту.
## pages
map-directory-title = Страны с признанной инициативой
map-dashboard-title = Страны инициатив, отчёты которых учтены
map-dashboard-heading = Откуда поступают отчёты
map-list = { $count ->
    [one] { $count } страна списком
    [few] { $count } страны списком
   *[other] { $count } стран списком
}
map-none = Пока ни одной страны.
initiative-social-links = Социальные сети
initiative-youth-track-of = Молодёжное направление инициативы
initiative-youth-tracks = Молодёжные направления
initiative-listed-members = Члены, согласившиеся на публикацию имени
dashboard-all-of = { $count ->
    [one] Показать все ({ $count })
   *[other] Показать все ({ $count })
}
dashboard-awaiting-count = { $count ->
    [one] Ещё { $count } отчёт подан и ожидает рассмотрения.
    [few] Ещё { $count } отчёта поданы и ожидают рассмотрения.
   *[other] Ещё { $count } отчётов поданы и ожидают рассмотрения.
}
dashboard-awaiting = Ожидают рассмотрения
dashboard-awaiting-lead = Эти инициативы подали отчёт; Секретариат IGF его ещё не рассмотрел.
dashboard-none-awaiting = Нет отчётов, ожидающих рассмотрения.
dashboard-none-missing = Все остальные признанные инициативы в этой области подали отчёт.
dashboard-key-messages-count = { $count ->
    [one] { $count } ключевое сообщение.
    [few] { $count } ключевых сообщения.
   *[other] { $count } ключевых сообщений.
}
dashboard-all-on-theme = { $count ->
    [one] Все ключевые сообщения по этой теме ({ $count })
   *[other] Все ключевые сообщения по этой теме ({ $count })
}
dashboard-recommendations = Рекомендации
dashboard-addressed-to = Адресат: { $level }
dashboard-no-recommendations = Рекомендаций региональному или глобальному уровню пока нет.
dashboard-history = По годам
dashboard-history-caption = Доля отчитавшихся и участие по годам
col-reporting = Отчитались
col-recognised = Признаны
col-reporting-rate = Доля отчитавшихся
chart-reporting-rate = Доля отчитавшихся по годам (% признанных инициатив)
chart-participants-years = Участники по годам
dashboard-back = Назад к панели за { $year }
dashboard-list-count = { $count ->
    [one] { $count } запись.
    [few] { $count } записи.
   *[other] { $count } записей.
}
dashboard-list-page = Страница { $page } из { $pages }.
dashboard-list-pages = Страницы списка
dashboard-list-previous = Предыдущая страница
dashboard-list-next = Следующая страница
dashboard-list-contributing = Учтённые отчёты
dashboard-list-awaiting = Ожидают рассмотрения
dashboard-list-missing = Ещё не отчитались
dashboard-list-key_messages = Ключевые сообщения
dashboard-list-recommendations = Рекомендации
## review-print

version-title = Отчёт { $name } за { $year } год, версия { $version }
version-heading = { $name }: годовой отчёт за { $year } год, версия { $version }
version-back-review = Вернуться к рассмотрению этого отчёта
version-back-workspace = Вернуться к отчёту
version-all = Представленные версии:
version-changes = Что изменилось
version-changes-since = Что изменилось после версии { $version }
version-first = Это первая представленная версия: сравнивать не с чем.
version-unchanged = После версии { $version } ничего не изменилось.
version-changed-count = { $count ->
    [one] Изменилось { $count } поле.
    [few] Изменилось { $count } поля.
    [many] Изменилось { $count } полей.
   *[other] Изменилось { $count } поля.
}
version-col-field = Поле
version-col-change = Изменение
version-col-before = Версия { $version }
version-col-after = Версия { $version }
version-content = Версия { $version } в представленном виде
version-yes = Да
version-no = Нет
version-open = открыть
version-what-changed = что изменилось
version-submitted-versions = представленные версии
diff-change-added = Добавлено
diff-change-removed = Удалено
diff-change-changed = Изменено
diff-field-edition = Выпуск
diff-field-start_date = Первый день
diff-field-end_date = Последний день
diff-field-city = Город
diff-field-country = Страна
diff-field-venue = Место проведения
diff-field-format = Формат
diff-field-open_call = Открытый приём предложений сессий
diff-field-open_call_date = Дата открытого приёма
diff-field-consultations = Проведено открытых консультаций
diff-field-participants_total = Всего участников
diff-field-participants_online = Участников онлайн
diff-field-participants_youth = Молодых участников
diff-field-countries_represented = Представлено стран
diff-field-participants_by_group = Участники по группам заинтересованных сторон
diff-field-participants_by_gender = Участники по полу
diff-field-themes = Темы
diff-field-tags = Метки
diff-field-key_messages = Ключевые послания
diff-field-recommendations = Рекомендации
diff-field-sessions = Сессии
diff-field-languages = Языки мероприятия
diff-field-links = Ссылки
compilation-link = Сборник ключевых посланий и рекомендаций для печати
compilation-title = Сборник: { $scope }, { $year }
compilation-heading = { $scope }: ключевые послания и рекомендации, { $year }
compilation-back = Вернуться к панели
compilation-print-hint = Распечатайте эту страницу или сохраните её в PDF: получится документ формата A4, по странице на тему.
compilation-participation = Участие
compilation-key-messages = { $count ->
    [one] { $count } ключевое послание
    [few] { $count } ключевых послания
    [many] { $count } ключевых посланий
   *[other] { $count } ключевого послания
}
compilation-addressed-to = Адресаты: { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = Оргкомитет охватывает не менее трёх групп заинтересованных сторон
criterion-focal_point = Координатор с действующим адресом электронной почты
criterion-website = Веб-сайт, доступный при последней проверке
criterion-principles = Все пять принципов подтверждены за текущий или прошлый год
criterion-annual_report = Принятый годовой отчёт за последний завершённый цикл, поданный в срок
criterion-diversity = Рекомендательно: гендерное и географическое разнообразие комитета

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = нет членов комитета с действующим сроком полномочий
evidence-committee-groups = нынешний комитет охватывает { $count } { $count ->
        [one] группу заинтересованных сторон
        [few] группы заинтересованных сторон
       *[other] групп заинтересованных сторон
    }: { $groups }
evidence-focal-point = координатор { $name }, адрес электронной почты указан (доставка не проверяется)
evidence-focal-point-none = в секретариате не назван координатор
evidence-focal-point-no-email = у координатора { $name } нет действительного адреса электронной почты
evidence-website-none = в профиле нет веб-сайта
evidence-website-not-checked = { $url } ещё не проверялся
evidence-website-changed = веб-сайт изменился на { $url } после последней проверки (проверялся { $checked_url })
evidence-website-answered = { $url } ответил HTTP { $http_status } при проверке { $checked_at }
evidence-website-no-answer = { $url } не ответил ({ $error }) при проверке { $checked_at }
evidence-website-no-answer-without-error = { $url } не ответил при проверке { $checked_at }
evidence-principles-attested = все пять подтверждены за { $year }
evidence-principles-missing = { $year }: не подтверждены: { $missing }
evidence-principles-stale = последнее подтверждение — за { $latest }; за { $previous } и { $current } нет
evidence-principles-none = нет подтверждения за { $previous } или { $current }
evidence-report-none = нет отчёта за { $year }
evidence-report-on-time = отчёт за { $year } принят и представлен в срок
evidence-report-late = отчёт за { $year } впервые представлен через { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    } после срока
evidence-report-pending = отчёт за { $year } представлен в срок и ещё не принят (статус: { $status })
evidence-report-draft-not-due = отчёт за { $year } — черновик, срок до { $due }
evidence-report-never-submitted = отчёт за { $year } так и не был представлен
evidence-diversity = пол: указали { $disclosed } из { $members } членов ({ $gender ->
        [met] сбалансировано
        [not_met] один пол занимает более двух третей мест
       *[unknown] слишком мало данных для оценки
    }); география: представлено { $unit ->
        [cities] городов
       *[countries] стран
    }: { $places } ({ $geography ->
        [met] разнообразно
        [not_met] только одно место
       *[unknown] нет данных
    })
evidence-at-risk-not-recognised = не признана, поэтому не может быть под угрозой
evidence-at-risk-no-accepted-report = нет принятого отчёта ни за { $first }, ни за { $second }
evidence-at-risk-accepted-reports = принятые отчёты за { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }, { $year }
scope-year-list = { $scope }, { $year }: { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = должно содержать от 2 до 64 символов из a-z, 0-9 и -
invalid-tag-length = должно содержать от 1 до 60 символов
invalid-network-name = название сети должно содержать от 1 до 40 символов
invalid-too-many-bytes = не должно превышать { $max } байт
invalid-not-email = «{ $value }» — не адрес электронной почты
invalid-not-country = «{ $value }» — не код страны (две буквы, например LR)
invalid-not-language-tag = «{ $value }» — не языковой тег вроде en или pt-BR
invalid-not-web-address = «{ $value }» — не веб-адрес (http или https)
invalid-slug-reserved = «{ $value }» зарезервировано; выберите другое
invalid-not-year = «{ $value }» — не год
invalid-established-year = должен быть год от 1995 до { $last }
invalid-outside-year = { $date } — вне года отчёта ({ $year })
invalid-above-total = в сумме { $part }, больше общего числа { $total }
invalid-region-derived = для национальной инициативы определяется страной: { $country } относится к региону { $region }
invalid-control-single-line = не должно содержать управляющих символов (найден U+{ $code }); это однострочный текст
invalid-control-characters = не должно содержать управляющих символов, кроме табуляции и переводов строки (найден U+{ $code })
list-and-more = и ещё { $count }
problem-validation = Часть отправленного недействительна.
problem-unauthorized = Войдите, чтобы сделать это.
problem-forbidden = Ваши роли этого не позволяют.
problem-not-found = Здесь ничего нет, или это вам не видно.
problem-concurrent-change = Кто-то изменил это в тот же момент. Обновите страницу и попробуйте снова.
problem-contributes-to-cycle = Эта связь заставила бы инициативу вносить вклад в саму себя.
problem-delivery-pending = Эта доставка ещё выполняется; дождитесь её окончания.
problem-email-confirmed = Этот адрес электронной почты уже подтверждён.
problem-invalid-transition = Состояние отчёта сейчас этого не позволяет. Обновите страницу, чтобы увидеть, что возможно.
problem-invitation-pending = Для этого адреса уже есть ожидающее приглашение.
problem-invitation-unusable = Это приглашение нельзя использовать: оно истекло, уже использовано или отозвано.
problem-last-focal-point = У инициативы должно остаться хотя бы одно контактное лицо.
problem-slug-taken = Это краткое имя уже занято другой инициативой.
problem-precondition-required = Эта страница устарела. Обновите её и внесите изменение снова.
problem-precondition-failed = Кто-то изменил это после показа страницы. Обновите её и внесите изменение снова.
problem-payload-too-large = Отправленное слишком велико.
problem-unsupported-media-type = Отправленное не в том формате, который читает сервис.
problem-rate-limited = Слишком много попыток. Подождите немного и попробуйте снова.
problem-unavailable = Сервис занят. Попробуйте снова через минуту.
problem-internal = Сервис не смог ответить; попробуйте снова через минуту.
