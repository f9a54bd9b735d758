# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# العربية. المعرّفات هي نفسها في en/main.ftl؛ الرسائل التي تنتهي بـ -html
# تحتوي على وسوم: أبقوها كما هي. صيغ الجمع: zero وone وtwo وfew (3–10)
# وmany (11–99) وother (100 وما شابه).

## إطار كل صفحة

site-name = سجل المبادرات الوطنية والإقليمية
skip-link = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-directory = الدليل
nav-dashboards = لوحات المعلومات
nav-review = قائمة المراجعة
nav-jobs = المهام المتعثرة
nav-account = الحساب
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-language = اللغة
footer-about-html = سجل المبادرات الوطنية والإقليمية ودون الإقليمية والشبابية لمنتدى حوكمة الإنترنت (IGF). البيانات متاحة أيضًا عبر <a href="/docs">واجهة البرمجة (API)</a>.

## النماذج والجداول

form-required = (مطلوب)
form-error-prefix = خطأ:
form-choose = اختر…
form-choose-country = اختر بلدًا…
error-summary-title = توجد مشكلة
table-scrolls = جدول، يُمرَّر أفقيًا على الشاشات الصغيرة
back-to-workspace = العودة إلى مساحة العمل
action-remove = إزالة
action-change = تغيير
action-revoke = إلغاء
action-retry = إعادة المحاولة
action-save = حفظ
action-filter = تصفية
action-show = عرض
none = لا يوجد.
none-yet = لا يوجد حتى الآن.
not-given-yet = لم يُحدَّد بعد.
date-range = من { $start } إلى { $end }
history = السجل
label-state = الحالة:
report-due = موعد التسليم { $date }

## تسميات الحقول

label-name = الاسم
label-your-name = اسمك
label-email = عنوان البريد الإلكتروني
label-email-short = البريد الإلكتروني
label-password = كلمة المرور
label-password-again = تأكيد كلمة المرور
label-current-password = كلمة المرور الحالية
label-new-password = كلمة المرور الجديدة
label-new-password-again = تأكيد كلمة المرور الجديدة
label-kind = النوع
label-un-region = منطقة الأمم المتحدة
label-country = البلد
label-country-national = البلد (للمبادرات الوطنية)
label-country-required = البلد (مطلوب)
label-region-regional = منطقة الأمم المتحدة (للمبادرات الإقليمية والشبابية)
label-coverage = النطاق
label-coverage-regional = البلدان المشمولة (للمبادرات الإقليمية)
label-slug = العنوان المختصر
label-acronym = الاختصار
label-description = الوصف
label-description-lang = الوصف ({ $lang })
label-website = الموقع الإلكتروني
label-public-email = البريد الإلكتروني العام
label-established = سنة التأسيس
label-working-languages = لغات العمل
label-city = المدينة
label-focal-point = جهة الاتصال
label-organisation = المنظمة
label-stakeholder-group = فئة أصحاب المصلحة
label-role = الدور
label-gender = النوع الاجتماعي
label-year = السنة
label-status = الوضع:
label-theme = الموضوع
label-type = النوع
label-edition = الدورة
label-format = الشكل
label-participants = المشاركون
label-online = عبر الإنترنت
label-youth = الشباب
label-countries-represented = البلدان الممثلة
hint-password = عشرة أحرف على الأقل، وألا تكون من كلمات المرور الأكثر شيوعًا.
hint-languages = رموز اللغات مفصولة بفواصل، مثل en, ar.
hint-commas = مفصولة بفواصل.

## أعمدة الجداول

col-initiative = المبادرة
col-kind = النوع
col-un-region = منطقة الأمم المتحدة
col-country-coverage = البلد أو النطاق
col-stakeholder-group = فئة أصحاب المصلحة
col-members = الأعضاء
col-group = الفئة
col-gender = النوع الاجتماعي
col-participants = المشاركون
col-name = الاسم
col-created = تاريخ الإنشاء
col-last-used = آخر استخدام
col-expires = تاريخ الانتهاء
col-action = الإجراء
col-actions = الإجراءات
col-year = السنة
col-state = الحالة
col-due = موعد التسليم
col-role = الدور
col-term = مدة العضوية
col-member = العضو
col-since = منذ
col-email = عنوان البريد الإلكتروني
col-sent = تاريخ الإرسال
col-submitted = تاريخ التقديم
col-criterion = المعيار
col-outcome = النتيجة
col-evidence = الأدلة
col-job = المهمة
col-attempts = المحاولات
col-last-error = آخر خطأ
col-updated = آخر تحديث
col-subscription = الاشتراك
col-event = الحدث

## صفحات الخطأ والرفض

error-go-home-html = <a href="/">الانتقال إلى الصفحة الرئيسية</a> أو <a href="/initiatives">تصفح الدليل</a>.
error-expired-title = انتهت صلاحية هذا النموذج
error-expired-detail = لم يُرسَل النموذج من صفحة في هذا الموقع، أو تغيّرت جلستك منذ عرضه. ارجع إلى الصفحة السابقة وأعد تحميلها ثم أرسل النموذج مرة أخرى.
error-render-title = خطأ
error-render-detail = تعذّر عرض هذه الصفحة. سُجِّل الخطأ.
error-not-found-title = غير موجود
error-forbidden-title = غير مسموح
error-forbidden-ask = اطلب دورًا من جهة الاتصال في مبادرتك أو من أمانة منتدى حوكمة الإنترنت.
error-server-title = حدث خطأ ما
error-server-detail = تعذّر على الخدمة الرد؛ حاول مرة أخرى بعد قليل.
error-refused-title = لا يمكن تنفيذ ذلك
error-page-not-found-title = الصفحة غير موجودة
error-page-not-found-detail = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو قد يكون الرابط مكتوبًا بشكل خاطئ.
error-unpublished-title = هذا التقرير غير منشور
error-unpublished-detail = تُنشر التقارير بعد أن تقبلها أمانة منتدى حوكمة الإنترنت.
error-dashboard-scope = تغطي لوحات المعلومات العالم بأسره، ومنطقة من مناطق الأمم المتحدة، والمبادرات الشبابية، وكل منتدى إقليمي.
error-invitation-unusable = لا يمكن استخدام هذه الدعوة
error-unknown-action-title = إجراء غير معروف
error-unknown-action-detail = اختر القبول أو الإعادة أو إعادة الفتح.

## رسائل التأكيد

flash-password-reset = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
flash-password-changed = تم تغيير كلمة المرور. أُنهيت جلساتك الأخرى في المتصفحات.
flash-language-saved = حُفظت لغتك.
flash-registered = سُجّلت مبادرتك وأصبحت جهة الاتصال لها. ستراجعها أمانة منتدى حوكمة الإنترنت لغرض الاعتراف.
flash-member-role = أصبح دور { $email } الآن: { $role }.
flash-member-removed = أُزيل العضو.
flash-invitation-sent = أُرسلت دعوة إلى { $email }.
flash-invitation-revoked = أُلغيت الدعوة.
flash-report-submitted = قُدِّم تقريرك. ستراجعه أمانة منتدى حوكمة الإنترنت، وسترى قرارها هنا.
flash-draft-saved = حُفظت المسودة.
flash-report-done = { $done ->
    [accepted] قُبل التقرير.
    [returned] أُعيد التقرير إلى أمانة المبادرة.
   *[other] أُعيد فتح التقرير.
}
flash-status-now = الوضع الآن: { $status }.
flash-reset-sent = إذا كان هناك حساب بهذا البريد الإلكتروني، فستصله رسالة فيها رابط لاختيار كلمة مرور جديدة. يعمل الرابط مرة واحدة ولمدة ساعة.

## المشكلات المعروضة أعلى النموذج

problem-sign-in-wrong = البريد الإلكتروني أو كلمة المرور غير صحيح.
problem-correct-fields = يُرجى تصحيح الحقول أدناه.
problem-correct-field = يُرجى تصحيح الحقل أدناه.
problem-email-taken = يوجد حساب بهذا البريد الإلكتروني: سجّل الدخول بدلًا من ذلك.
problem-stale = حفظ شخص آخر هذه البيانات بعد أن فتحتها. تغييراتك معروضة أدناه ولم تُحفظ: قارنها بالنسخة الحالية ثم احفظ مرة أخرى.
problem-count = { $count ->
    [zero] لا توجد مشكلات.
    [one] توجد مشكلة واحدة يجب حلها قبل الحفظ.
    [two] توجد مشكلتان يجب حلهما قبل الحفظ.
    [few] توجد { $count } مشكلات يجب حلها قبل الحفظ.
    [many] توجد { $count } مشكلة يجب حلها قبل الحفظ.
   *[other] توجد { $count } مشكلة يجب حلها قبل الحفظ.
}
problem-nothing-saved = يُرجى تصحيح الحقول المحددة أدناه؛ لم يُحفظ شيء.
problem-not-submittable = { $count ->
    [zero] حُفظت المسودة، لكن لا يمكن تقديمها بعد.
    [one] حُفظت المسودة، لكن لا يمكن تقديمها بعد: توجد مشكلة واحدة مذكورة أدناه.
    [two] حُفظت المسودة، لكن لا يمكن تقديمها بعد: توجد مشكلتان مذكورتان أدناه.
    [few] حُفظت المسودة، لكن لا يمكن تقديمها بعد: توجد { $count } مشكلات مذكورة أدناه.
    [many] حُفظت المسودة، لكن لا يمكن تقديمها بعد: توجد { $count } مشكلة مذكورة أدناه.
   *[other] حُفظت المسودة، لكن لا يمكن تقديمها بعد: توجد { $count } مشكلة مذكورة أدناه.
}

## الرسائل بجانب الحقول

invalid-sign-in = تحقق من البريد الإلكتروني وكلمة المرور
invalid-passwords-differ = كلمتا المرور غير متطابقتين
invalid-member-email = أدخل البريد الإلكتروني الذي سجّل به الشخص
invalid-no-account = لا يوجد حساب بهذا البريد الإلكتروني: اطلب منه إنشاء حساب أولًا
invalid-choose-kind = اختر نوع هذه المبادرة
invalid-required = مطلوب
invalid-listed-twice = مذكور مرتين
invalid-address = ليس عنوانًا صالحًا
invalid-url = ليس عنوانًا على الويب
invalid-language-tag = ليس رمز لغة مثل en أو pt-BR
invalid-before-start = يسبق اليوم الأول
invalid-before-term-start = يسبق بداية مدة العضوية
invalid-venue-required = مطلوب ما لم يُعقد الحدث عبر الإنترنت
invalid-country-required = مطلوب للمبادرة الوطنية
invalid-region-required = مطلوب ما لم تكن المبادرة وطنية
invalid-key-message-required = يلزم تقديم رسالة رئيسية واحدة على الأقل
invalid-text-required = يحتاج إلى نص بلغة واحدة على الأقل
invalid-not-working-language = ليست من لغات عمل المبادرة
invalid-whole-number = يجب أن يكون عددًا صحيحًا، مثل 120
invalid-common-password = من كلمات المرور الأكثر شيوعًا؛ اختر كلمة يصعب تخمينها
invalid-wrong-password = ليست كلمة مرور هذا الحساب
invalid-year = ليست سنة
invalid-repeated-character = يجب ألا تكون حرفًا واحدًا مكررًا
invalid-too-long = يجب ألا يتجاوز { $max } حرفًا
invalid-too-short = يجب ألا يقل عن { $min } أحرف

## أسماء الحقول في قائمة المشكلات

field-name = الاسم
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-password_again = تأكيد كلمة المرور
field-current_password = كلمة المرور الحالية
field-new_password = كلمة المرور الجديدة
field-new_password_again = تأكيد كلمة المرور الجديدة
field-slug = العنوان المختصر
field-kind = النوع
field-country = البلد
field-un_region = منطقة الأمم المتحدة
field-coverage = البلدان المشمولة
field-description = الوصف
field-website = الموقع الإلكتروني
field-public_email = البريد الإلكتروني العام
field-established_year = سنة التأسيس
field-working_languages = لغات العمل
field-edition = الدورة
field-start_date = اليوم الأول
field-end_date = اليوم الأخير
field-format = الشكل
field-venue = المكان
field-city = المدينة
field-languages = اللغات
field-themes = المواضيع
field-participation = المشاركة
field-total = إجمالي المشاركين
field-key_messages = الرسائل الرئيسية
field-recommendations = التوصيات
field-sessions = الجلسات
field-text = النص
field-theme = الموضوع
field-title = العنوان
field-type = النوع
field-addressed_to = الجهة الموجهة إليها
field-links = الروابط
field-tags = الوسوم
field-comment = التعليق
field-reason = السبب
field-status = الوضع
field-user = العضو
field-evidence = الأدلة
field-role = الدور
field-term_start = بداية المدة
field-term_end = نهاية المدة
field-stakeholder_group = فئة أصحاب المصلحة
field-host_organisation = المنظمة المضيفة
field-focal_point = جهة الاتصال

## الرسوم البيانية وعناوين لوحات المعلومات

chart-groups = المشاركون حسب فئة أصحاب المصلحة
chart-gender = المشاركون حسب النوع الاجتماعي
chart-themes = المواضيع، حسب عدد المبادرات التي تناولتها
dashboard-title-global = جميع المبادرات في العالم
dashboard-title-region = منطقة الأمم المتحدة: { $region }
dashboard-title-kind = المبادرات: { $kind }
dashboard-title-forum = { $forum }: المبادرات التي تسهم فيه
count-initiatives = { $count ->
    [zero] لا توجد مبادرات
    [one] مبادرة واحدة
    [two] مبادرتان
    [few] { $count } مبادرات
    [many] { $count } مبادرة
   *[other] { $count } مبادرة
}

## الصفحة الرئيسية

home-title = الرئيسية
home-heading = سجل المبادرات الوطنية والإقليمية والشبابية لمنتدى حوكمة الإنترنت
home-lead = تحتفظ هنا أكثر من 160 مبادرة من مبادرات منتدى حوكمة الإنترنت (NRIs) بملفاتها التعريفية ولجانها التنظيمية وتقاريرها السنوية. تراجعها أمانة المنتدى، وتطّلع المنتديات الإقليمية على ما تقدّمه مبادراتها من تقارير.
home-your-initiatives = مبادراتك
home-no-role-html = ليس لديك دور في أي مبادرة بعد. إن كنت تدير مبادرة، <a href="/register">سجّلها</a>؛ وإن كانت مسجلة، فاطلب من جهة الاتصال فيها إضافتك.
home-igf-html = بصفتك أمانة منتدى حوكمة الإنترنت: <a href="/review">راجع التقارير المقدمة</a>، أو <a href="/review?status=overdue">اطّلع على التقارير المتأخرة</a>، أو <a href="/review/jobs">تحقق من المهام المتعثرة</a>.
home-find-heading = ابحث عن مبادرة
home-find-html = <a href="/initiatives">دليل المبادرات المعترف بها</a>، حسب النوع والمنطقة والبلد، مع أماناتها ولجانها وتقاريرها المقبولة.
home-run-heading = هل تدير مبادرة؟
home-run-member-html = <a href="/register">سجّل مبادرتك</a>، ثم حافظ على تحديث ملفها التعريفي وقدّم تقريرك السنوي.
home-run-visitor-html = <a href="/sign-up">أنشئ حسابًا</a> وسجّل مبادرتك، أو <a href="/sign-in">سجّل الدخول</a> لتقديم تقريرك السنوي.
home-forums-heading = المنتديات الإقليمية
home-forums-html = اطّلع على ما أفادت به مبادراتك في عام { $year }: <a href="/dashboards">لوحات معلومات</a> عن المشاركة والمواضيع والرسائل الرئيسية، مع الخلاصات وملفات CSV.
home-recognised-heading = المبادرات المعترف بها
home-all-recognised = جميع المبادرات المعترف بها
home-developers-heading = للمطورين
home-developers-html = كل ما في هذه الصفحات متاح أيضًا في <a href="/docs">مستكشف واجهة البرمجة</a> (<a href="/api/v1/openapi.json">وثيقة OpenAPI</a>). يمكن للمنتديات الإقليمية سحب خلاصات <a href="/api/v1/feeds/global.atom">Atom</a> و<a href="/api/v1/feeds/global.json">JSON</a> أو الاشتراك في خطافات الويب.

## الدليل

directory-title = الدليل
directory-heading = دليل المبادرات المعترف بها
directory-filter = تصفية الدليل
directory-any-kind = أي نوع
directory-any-region = أي منطقة
directory-any-country = أي بلد
directory-caption = المبادرات المعترف بها
directory-next = الصفحة التالية
directory-none = لا توجد مبادرة معترف بها تطابق عوامل التصفية هذه.

## الصفحة العامة للمبادرة

initiative-since = منذ { $year }
initiative-igf-html = بصفتك أمانة منتدى حوكمة الإنترنت: <a href="/review/initiatives/{ $slug }">قائمة التحقق من الاعتراف وقرار الوضع</a>.
initiative-your-role-html = دورك في هذه المبادرة: { $role }. <a href="/workspace/{ $slug }">افتح مساحة عملها</a>.
initiative-secretariat = الأمانة
initiative-hosted-by = الجهة المضيفة
initiative-supported-by = بدعم من
initiative-committee = اللجنة التنظيمية
committee-current = { $count ->
    [zero] لا يوجد أعضاء حاليون.
    [one] عضو حالي واحد.
    [two] عضوان حاليان.
    [few] { $count } أعضاء حاليين.
    [many] { $count } عضوًا حاليًا.
   *[other] { $count } عضو حالي.
}
committee-by-group-caption = أعضاء اللجنة حسب فئة أصحاب المصلحة
initiative-no-committee = لم يُدرج أي عضو في اللجنة بعد.
initiative-links = الروابط مع المبادرات الأخرى
initiative-contributes-to = تسهم في:
initiative-reports = التقارير السنوية
initiative-no-report = لا يوجد تقرير مقبول بعد.

## التقرير

report-title = { $name }: تقرير عام { $year }
report-heading = { $name }: التقرير السنوي لعام { $year }
report-accepted-on = قبلته أمانة منتدى حوكمة الإنترنت في { $date }.
report-dates = التواريخ
report-where = المكان
report-languages = اللغات
report-themes = المواضيع
report-participation = المشاركة
caption-by-group = حسب فئة أصحاب المصلحة
caption-by-gender = حسب النوع الاجتماعي
report-key-messages = الرسائل الرئيسية
report-recommendations = التوصيات
report-sessions = الجلسات
report-links = الروابط

## تسجيل الدخول وإنشاء الحساب

sign-in-title = تسجيل الدخول
sign-in-button = تسجيل الدخول
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-no-account-html = ليس لديك حساب بعد؟ <a href="/sign-up">أنشئ حسابًا</a>.
sign-up-title = إنشاء حساب
sign-up-heading = إنشاء حساب
sign-up-lead = لأمانات المبادرات الوطنية والإقليمية والشبابية لمنتدى حوكمة الإنترنت. بعد إنشاء الحساب يمكنك تسجيل مبادرتك، أو يمكن لجهة الاتصال في مبادرة ما إضافتك إليها.
sign-up-button = إنشاء الحساب
sign-up-have-account-html = لديك حساب بالفعل؟ <a href="{ $href }">سجّل الدخول</a>.

## صفحة الحساب

account-title = حسابك
account-password-heading = تغيير كلمة المرور
account-password-button = تغيير كلمة المرور
account-password-note = تغييرها يُنهي جلساتك الأخرى في المتصفحات؛ أما رموز واجهة البرمجة فتبقى صالحة.
account-sessions-heading = الجلسات ورموز واجهة البرمجة
account-sessions-lead = كل متصفح سجّلت الدخول منه، وكل رمز لواجهة البرمجة أنشأته. أنهِ أي جلسة لا تعرفها.
account-sessions-caption = الجلسات والرموز
account-this-browser = (هذا المتصفح)
account-never = أبدًا
account-ended = أُنهيت في { $date }
account-end = إنهاء
account-language-heading = لغة الصفحات
account-language-lead = تظهر الصفحات بهذه اللغة عندما تكون مسجّل الدخول، ما لم تختر لغة أخرى من روابط اللغات أعلى الصفحة.
account-language-label = اللغة
account-language-auto = كما يطلب متصفحي
account-language-button = حفظ اللغة

## الدعوات

invitation-title = دعوة للانضمام إلى { $name }
invitation-lead-html = { $email } مدعو للانضمام إلى <strong>{ $name }</strong> بالدور: { $role }. تعمل الدعوة مرة واحدة، حتى { $date }.
invitation-signed-in-as = أنت مسجّل الدخول باسم { $email }.
invitation-accept = قبول الدعوة
invitation-sign-in-html = لقبولها، <a href="/sign-in?next={ $next }">سجّل الدخول</a> أو <a href="/sign-up?next={ $next }">أنشئ حسابًا</a>؛ وستعود إلى هنا بعد ذلك.
invitation-unusable = هذه الدعوة { $status }: لم يعد من الممكن استخدامها. اطلب دعوة جديدة من جهة الاتصال في المبادرة.

## كلمات المرور

forgot-title = هل نسيت كلمة المرور؟
forgot-no-message-html = لم تصلك رسالة؟ تحقق من مجلد الرسائل غير المرغوب فيها، أو <a href="/forgot-password">اطلب مرة أخرى</a> بالعنوان الذي سجّلت به.
forgot-back = العودة إلى تسجيل الدخول
forgot-lead = أدخل البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-button = أرسل لي رابطًا
reset-title = اختر كلمة مرور جديدة
reset-button = تعيين كلمة المرور الجديدة
reset-note = تعيينها يُخرجك من كل مكان: تتوقف جميع المتصفحات ورموز واجهة البرمجة الخاصة بالحساب عن العمل.
reset-no-token-html = تحتاج هذه الصفحة إلى الرابط الموجود في الرسالة التي أرسلناها. <a href="/forgot-password">اطلب رابطًا جديدًا</a>.

## تسجيل مبادرة

register-title = تسجيل مبادرة
register-heading = سجّل مبادرتك
register-lead = ستصبح جهة الاتصال لها: يمكنك إضافة زملاء، والحفاظ على تحديث ملفها التعريفي، وتقديم تقاريرها السنوية. تراجع أمانة منتدى حوكمة الإنترنت المبادرات الجديدة لغرض الاعتراف.
hint-name = كما تسمي المبادرة نفسها، مثل Liberia Internet Governance Forum.
hint-slug = أحرف لاتينية صغيرة وأرقام وشرطات، مثل liberia-igf. يظهر في الروابط ولا يمكن تغييره لاحقًا.
register-region-derived = تُستنتج من البلد
register-button = تسجيل

## مساحة عمل الأمانة

workspace-title = { $name }: مساحة العمل
workspace-role = دورك: { $role }
workspace-role-igf = أمانة منتدى حوكمة الإنترنت
workspace-public-page = الصفحة العامة
workspace-reports-caption = التقارير حسب السنة
workspace-not-started = لم يبدأ
workspace-continue = متابعة تقرير عام { $year }
workspace-open = فتح تقرير عام { $year }
workspace-start = بدء تقرير عام { $year }
workspace-keep-current = حافظ على تحديث بيانات مبادرتك
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">الملف التعريفي</a>: الاسم والوصف والموقع الإلكتروني واللغات
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">الأمانة</a>: المنظمة المضيفة وجهة الاتصال وبيانات التواصل
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">اللجنة التنظيمية</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">المنتديات الإقليمية التي تسهم فيها</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">إقرار المبادئ لعام { $year }</a>
workspace-recognition = معايير الاعتراف
recognition-all-met = جميع المعايير المطلوبة مستوفاة.
recognition-some-unmet = بعض المعايير المطلوبة غير مستوفاة بعد.
workspace-members = الأعضاء
workspace-manage-members = إضافة الأعضاء أو تغييرهم
workspace-all-members = جميع الأعضاء وأدوارهم

## الملف التعريفي والأمانة واللجنة والمبادئ والأعضاء والمنتديات

profile-title = الملف التعريفي
profile-saved = حُفظ الملف التعريفي.
profile-button = حفظ الملف التعريفي
secretariat-title = الأمانة
secretariat-saved = حُفظت بيانات الأمانة.
label-host = المنظمة المضيفة
label-host-group = فئة أصحاب المصلحة للجهة المضيفة
label-hosting-arrangement = ترتيبات الاستضافة
label-agreement-date = تاريخ اتفاق الاستضافة
hint-focal-email = لا يراه إلا الأعضاء وأمانة منتدى حوكمة الإنترنت.
label-contact-emails = عناوين البريد الإلكتروني للتواصل
label-supporting = المنظمات الداعمة
secretariat-button = حفظ بيانات الأمانة
committee-title = اللجنة التنظيمية
committee-caption = أعضاء اللجنة
committee-not-listed = (غير معروض للعموم)
committee-add = إضافة عضو
option-not-given = غير محدد
label-term-start = بداية المدة
label-term-end = نهاية المدة
committee-list-publicly = عرض هذا العضو للعموم (الاسم والمنظمة في صفحة المبادرة)
committee-button = إضافة العضو
principles-title = المبادئ لعام { $year }
principles-heading = إقرار المبادئ لعام { $year }
principles-lead = تتبع مبادرات منتدى حوكمة الإنترنت خمسة مبادئ. أقِرّ بكل مبدأ اتبعته مبادرتك في عام { $year } واشرح كيف؛ تلزم أدلة لكل مبدأ مُقَرّ به.
principles-saved = حُفظ الإقرار.
principles-followed = اتبعنا هذا المبدأ في عام { $year }
principles-evidence = كيف (الأدلة)
principles-evidence-links = روابط إلى الأدلة
principles-button = حفظ الإقرار
members-title = الأعضاء
members-heading = { $name }: الأعضاء
members-lead = تدير جهات الاتصال المبادرة وأعضاءها؛ ويحافظ المحررون على تحديث الملف التعريفي والتقارير؛ ويمكن للقرّاء الاطلاع على كل شيء، بما في ذلك المسودات.
members-caption = الأعضاء وأدوارهم
members-new-role-for = دور جديد لـ { $name }
members-change-hidden = دور { $name }
members-pending = الدعوات المعلّقة
members-invitations-caption = الدعوات التي لم تُقبل بعد
members-revoke-hidden = دعوة { $email }
members-invite-heading = دعوة شخص عبر البريد الإلكتروني
members-invite-lead = يتلقى رابطًا يعمل مرة واحدة لمدة 14 يومًا، لتسجيل الدخول أو إنشاء حساب وتولي الدور.
members-invite-button = إرسال الدعوة
members-add-lead = لشخص لديه حساب بالفعل (وإلا فادعه أعلاه).
links-title = المنتديات الإقليمية
links-heading = { $name }: المنتديات التي تسهم فيها
links-saved = حُفظ. تحتسب لوحات معلومات المنتديات وخلاصاتها الآن تقاريرك المقبولة.
links-lead = ترى المنتديات الإقليمية ودون الإقليمية ما إذا كانت تقاريرك قد وصلت، وتحتسب تقاريرك المقبولة في لوحات معلوماتها وخلاصاتها.
links-forums = المنتديات
links-no-forum = لم يُسجَّل أي منتدى إقليمي بعد.

## نموذج التقرير السنوي

report-submitted-times = { $count ->
    [zero] لم يُقدَّم
    [one] قُدِّم مرة واحدة
    [two] قُدِّم مرتين
    [few] قُدِّم { $count } مرات
    [many] قُدِّم { $count } مرة
   *[other] قُدِّم { $count } مرة
}
report-returned-heading = أعادت أمانة منتدى حوكمة الإنترنت هذا التقرير
report-returned-fix = صحّحه وقدّمه مرة أخرى.
report-with-igf = هذا التقرير قيد المراجعة لدى أمانة منتدى حوكمة الإنترنت؛ ولا يمكن تغييره حتى تقبله أو تعيده.
report-accepted-html = قُبل هذا التقرير ونُشر في <a href="/initiatives/{ $slug }/reports/{ $year }">صفحة المبادرة</a>. لتغييره، اطلب من أمانة منتدى حوكمة الإنترنت إعادة فتحه.
report-form-hint = احفظ مسودة في أي وقت؛ لا يُتحقق من الاكتمال إلا عند التقديم. يجب ملء الحقول المعلّمة بأنها مطلوبة للتقديم.
report-event = الحدث
hint-edition = مثل: الدورة الحادية عشرة لمنتدى ليبيريا
label-first-day = اليوم الأول
label-last-day = اليوم الأخير
label-venue = المكان
hint-venue = مطلوب ما لم يُعقد الحدث عبر الإنترنت.
label-event-languages = لغات الحدث
report-themes-discussed = المواضيع التي نوقشت
label-participants-all = إجمالي المشاركين
label-of-online = منهم عبر الإنترنت
label-of-youth = منهم من الشباب
report-at-least-one = (واحدة على الأقل للتقديم)
report-key-message-n = الرسالة الرئيسية { $n }
report-new = (جديدة)
label-message-lang = الرسالة ({ $lang })
report-remove-key-message = إزالة هذه الرسالة الرئيسية
report-recommendation-n = التوصية { $n }
label-addressed-to = موجهة إلى
option-choose-level = اختر مستوى…
label-recommendation-lang = التوصية ({ $lang })
report-remove-recommendation = إزالة هذه التوصية
report-session-n = الجلسة { $n }
label-title-lang = العنوان ({ $lang })
option-no-theme = دون موضوع محدد
report-remove-session = إزالة هذه الجلسة
report-preparation = التحضير
report-open-call = أُطلقت دعوة مفتوحة لتقديم مقترحات الجلسات
label-open-call-date = تاريخ الدعوة المفتوحة
label-consultations = المشاورات المفتوحة المعقودة
label-tags = الوسوم
hint-tags = كلمات حرة مفصولة بفواصل.
report-save-draft = حفظ المسودة
report-submit = تقديم إلى أمانة منتدى حوكمة الإنترنت
history-reviews = المراجعات
history-review = { $date }: النسخة { $version }، { $decision }
history-versions = النسخ المقدمة
history-version = النسخة { $version }، قُدّمت في { $date }
history-not-submitted = لم يُقدَّم بعد.

## صفحات أمانة منتدى حوكمة الإنترنت

queue-title = قائمة المراجعة
queue-filter = التصفية حسب الحالة
label-order = الترتيب
queue-due-asc = موعد التسليم، الأقرب أولًا
queue-due-desc = موعد التسليم، الأبعد أولًا
queue-caption = { $status }: { $count ->
    [zero] لا توجد تقارير
    [one] تقرير واحد
    [two] تقريران
    [few] { $count } تقارير
    [many] { $count } تقريرًا
   *[other] { $count } تقرير
}، حسب موعد التسليم
queue-recognition = الاعتراف
queue-times = ({ $count ->
    [zero] لا مرات
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
})
queue-none = لا توجد تقارير في هذه الحالة: { $status }.
queue-applicants = المبادرات التي تنتظر الاعتراف
queue-registered = سُجّلت في { $date }
review-title = المراجعة: { $name } { $year }
review-back = العودة إلى القائمة
review-recognition-link = { $name }: الاعتراف
review-heading = { $name }: تقرير عام { $year }
review-submitted = قُدّم في { $date }
review-comment = تعليق إلى الأمانة
review-reason-reopen = سبب إعادة الفتح
review-comment-hint = مطلوب عند إعادة التقرير: اذكر ما يجب تصحيحه.
review-reopen-hint = مطلوب: تراه الأمانة بوصفه تعليق المراجع.
review-accept = قبول
review-return = إعادة إلى الأمانة
review-reopen = إعادة الفتح
review-the-report = التقرير
recognition-title = الاعتراف: { $name }
recognition-heading = { $name }: الاعتراف
recognition-checklist = قائمة التحقق
recognition-some-unmet-now = بعض المعايير المطلوبة غير مستوفاة.
recognition-computed = حُسبت في { $date }.
recognition-caption = معايير الاعتراف
recognition-advisory = (استرشادي)
recognition-decide = تحديد الوضع
label-new-status = الوضع الجديد
label-reason = السبب
recognition-button = تسجيل القرار
recognition-past = القرارات السابقة
recognition-reports = التقارير
jobs-title = المهام المتعثرة
jobs-heading = المهام وعمليات التسليم المتعثرة
jobs-retried = أُعيدت المهمة { $id } إلى قائمة الانتظار.
jobs-background = مهام الخلفية
jobs-caption = المهام المتعثرة
jobs-attempts = { $attempts } من { $max }
jobs-retry-hidden = المهمة { $id }
jobs-none = لا توجد مهام متعثرة.
jobs-deliveries = عمليات تسليم خطافات الويب التي فشلت محاولتها الأخيرة
jobs-deliveries-caption = عمليات التسليم الفاشلة
jobs-redeliver-html = أعد التسليم عبر واجهة البرمجة: <code dir="ltr">POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = لا توجد عمليات تسليم فاشلة.

## لوحات المعلومات

dashboards-title = لوحات المعلومات
dashboards-lead = ما أفادت به المبادرات، مجمّعًا من التقارير المقبولة: المشاركة، والمواضيع، والرسائل الرئيسية، ومن لم يقدّم تقريره بعد.
dashboards-worldwide = العالم بأسره
dashboards-all = جميع المبادرات، { $year }
dashboards-youth = المبادرات الشبابية، { $year }
dashboards-by-region = حسب منطقة الأمم المتحدة
dashboards-forums = المنتديات الإقليمية ودون الإقليمية
dashboards-forums-lead = تغطي لوحة معلومات كل منتدى المبادرات التي تعلن أنها تسهم فيه.
dashboard-all = جميع لوحات المعلومات
dashboard-other-years = سنوات أخرى
dashboard-year = السنة:
dashboard-data = البيانات:
dashboard-atom = خلاصة Atom
dashboard-json-feed = خلاصة JSON
dashboard-csv = CSV
dashboard-csv-key-messages = الرسائل الرئيسية
dashboard-csv-missing = من لم يقدّم تقريره
dashboard-json = JSON
dashboard-empty = لم يُجمَّع شيء لعام { $year } بعد: لا يوجد تقرير مقبول في هذا النطاق، أو لم تُنفَّذ المعالجة بعد.
dashboard-reported = { $count ->
    [zero] لم تقدّم أي مبادرة تقريرًا
    [one] قدّمت مبادرة واحدة تقريرها
    [two] قدّمت مبادرتان تقريريهما
    [few] قدّمت { $count } مبادرات تقاريرها
    [many] قدّمت { $count } مبادرة تقاريرها
   *[other] قدّمت { $count } مبادرة تقاريرها
}، من أصل { $total } معترف بها.
dashboard-updated = آخر تحديث { $date }.
dashboard-figures-table = الأرقام في جدول
dashboard-no-groups = لم يقدّم أي تقرير في هذا النطاق توزيعًا حسب فئة أصحاب المصلحة.
dashboard-no-gender = لم يقدّم أي تقرير في هذا النطاق توزيعًا حسب النوع الاجتماعي.
dashboard-no-themes = لم يُذكر أي موضوع.
dashboard-key-messages = الرسائل الرئيسية حسب الموضوع
dashboard-no-key-messages = لا توجد رسائل رئيسية بعد.
dashboard-included = التقارير المشمولة
dashboard-participants = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
dashboard-missing = لم تقدّم تقاريرها بعد
dashboard-all-reported = قدّمت جميع المبادرات المعترف بها في هذا النطاق تقاريرها.

## المفردات

kind-national = وطنية
kind-regional = إقليمية
kind-subregional = دون إقليمية
kind-youth = شبابية
kind_initiative-national = مبادرة وطنية
kind_initiative-regional = مبادرة إقليمية
kind_initiative-subregional = مبادرة دون إقليمية
kind_initiative-youth = مبادرة شبابية
region-africa = أفريقيا
region-asia_pacific = آسيا والمحيط الهادئ
region-eastern_europe = أوروبا الشرقية
region-grulac = GRULAC
region-weog = WEOG
status-new = لم يبدأ
status-draft = مسودة
status-submitted = مقدَّم
status-returned = معاد
status-accepted = مقبول
status-overdue = متأخر
status-unknown = غير معروف
status-applicant = مقدِّمة طلب
status-recognized = معترف بها
status-suspended = معلّقة
status-lapsed = منتهية
status-withdrawn = منسحبة
status-met = مستوفى
status-not_met = غير مستوفى
group-government = الحكومات
group-private_sector = القطاع الخاص
group-civil_society = المجتمع المدني
group-technical_community = المجتمع التقني
group-academia = الأوساط الأكاديمية
group-intergovernmental = المنظمات الحكومية الدولية
committee_role-chair = الرئيس
committee_role-co_chair = الرئيس المشارك
committee_role-member = عضو
committee_role-focal_point = جهة الاتصال
committee_role-youth_representative = ممثل الشباب
gender-female = إناث
gender-male = ذكور
gender-other = آخر
gender-undisclosed = غير مُفصح عنه
role-focal_point = جهة الاتصال
role-editor = محرر
role-viewer = قارئ
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
format-in_person = حضوري
format-hybrid = مختلط
format-online = عبر الإنترنت
session_type-plenary = جلسة عامة
session_type-panel = حلقة نقاش
session_type-workshop = ورشة عمل
session_type-side_event = فعالية جانبية
level-regional = المستوى الإقليمي
level-global = المستوى العالمي
principle-open_transparent = الانفتاح والشفافية
principle-inclusive = الشمول
principle-bottom_up = النهج التصاعدي من القاعدة
principle-multistakeholder = تعدد أصحاب المصلحة
principle-non_commercial = الطابع غير التجاري
decision-edit = عُدّلت
decision-submit = قُدّمت
decision-accept = قُبلت
decision-return = أُعيدت
decision-reopen = أُعيد فتحها
link-agenda = جدول الأعمال
link-full_report = التقرير الكامل
link-recordings = التسجيلات
link-photos = الصور
invitation_status-pending = معلّقة
invitation_status-accepted = مقبولة
invitation_status-revoked = ملغاة
invitation_status-expired = منتهية الصلاحية

# الإشعارات وتأكيد البريد الإلكتروني وإلغاء الاشتراك
account-email-confirmed = (مؤكَّد)
account-email-unconfirmed = (غير مؤكَّد بعد)
account-verify-heading = أكِّد عنوان بريدك الإلكتروني
account-verify-lead = إلى أن تتبع الرابط في الرسالة التي أرسلناها إلى { $email }، لن يرسل السجل إليه أي إشعارات. لم تصلك الرسالة؟
account-verify-resend = أرسل الرابط مرة أخرى
account-notifications-heading = الإشعارات بالبريد الإلكتروني
account-notifications-legend = راسلني عندما
account-notifications-button = احفظ خيارات الإشعارات
account-notifications-note = لا تتلقى إلا ما يخص أدوارك. وتتضمن كل رسالة أيضًا رابطًا يوقف هذا النوع من الإشعارات.
notification-report_submitted = يُقدَّم تقرير للمراجعة
notification-report_returned = يُعاد تقرير لإجراء تعديلات
notification-report_accepted = يُقبَل تقرير
notification-report_reopened = يُعاد فتح تقرير مقبول
notification-report_due = يقترب موعد تقرير أو يتأخر
notification-new_applicant = تسجِّل مبادرة جديدة
notification-at_risk = تصبح مبادرة معرَّضة للخطر
flash-notifications-saved = حُفظت خيارات الإشعارات.
flash-signed-up = رسالة في طريقها إلى هذا العنوان. إذا كان للعنوان حساب من قبل، فسجِّل الدخول بكلمة مروره أو اختر كلمة مرور جديدة عبر «هل نسيت كلمة المرور؟».
flash-verification-sent = رسالة تتضمن رابطًا لتأكيد عنوان بريدك الإلكتروني في طريقها إليك. يعمل الرابط مرة واحدة، لمدة 48 ساعة.
verify-title = أكِّد عنوان بريدك الإلكتروني
verify-done = تم تأكيد عنوان بريدك الإلكتروني. شكرًا لك.
verify-go-account = انتقل إلى حسابك
verify-lead = أكِّد أن عنوان البريد الإلكتروني هذا يخصك، ليتمكن السجل من إرسال الإشعارات إليك.
verify-button = أكِّد عنواني
verify-ask-again-account-html = <a href="/account">اطلب رابطًا جديدًا من صفحة حسابك</a>.
verify-ask-again-html = تحتاج هذه الصفحة إلى الرابط الوارد في الرسالة التي أرسلناها. <a href="/sign-in">سجِّل الدخول</a> لطلب رابط جديد من صفحة حسابك.
unsubscribe-title = أوقف هذه الرسائل
unsubscribe-done = تم: لن تتلقى بعد الآن رسائل عندما { $what }.
unsubscribe-others = تستمر الإشعارات الأخرى في الوصول.
unsubscribe-choose = اختر ما تتلقاه.
unsubscribe-sign-in = سجِّل الدخول لتختار ما تتلقاه من صفحة حسابك.
unsubscribe-lead = اتباع هذا الرابط يوقف نوعًا واحدًا من الإشعارات، وهو نوع الرسالة التي جاء فيها، للحساب الذي أُرسل إليه. ولا يتغير شيء آخر.
unsubscribe-needs-link = تحتاج هذه الصفحة إلى الرابط الوارد في الرسالة التي أرسلناها: افتحها من البريد الإلكتروني.
error-unreadable-form = تعذّرت قراءة النموذج كاملًا. ارجع وأرسله مرة أخرى.

## phone
report-add-key-message = إضافة رسالة رئيسية أخرى
report-add-recommendation = إضافة توصية أخرى
report-add-session = إضافة جلسة أخرى
report-add-another-hint = املأ الإدخال الفارغ. لإضافة المزيد قبل الحفظ، استخدم زر «إضافة»: فهو يحتفظ بكل ما كتبته ولا يحفظ شيئًا.
report-added-unsaved = أُضيف إدخال فارغ. لا يُحفظ شيء حتى تحفظ المسودة أو ترسلها.
label-find-country = البحث عن بلد
hint-coverage-checks = ضع علامة على كل بلد مشمول. القائمة مرتبة أبجديًا.
## pages
map-directory-title = البلدان التي لديها مبادرة معترف بها
map-dashboard-title = بلدان المبادرات التي أُدرجت تقاريرها
map-dashboard-heading = من أين تأتي التقارير
map-list = { $count ->
   *[other] البلدان ({ $count }) في قائمة
}
map-none = لا يوجد أي بلد بعد.
initiative-social-links = وسائل التواصل الاجتماعي
initiative-youth-track-of = المسار الشبابي لـ
initiative-youth-tracks = المسارات الشبابية
initiative-listed-members = الأعضاء الذين وافقوا على ذكر أسمائهم
dashboard-all-of = { $count ->
   *[other] عرض الكل ({ $count })
}
dashboard-awaiting-count = { $count ->
   *[other] تقارير أخرى مقدَّمة تنتظر المراجعة: { $count }.
}
dashboard-awaiting = في انتظار المراجعة
dashboard-awaiting-lead = قدّمت هذه المبادرات تقاريرها، ولم تراجعها أمانة منتدى حوكمة الإنترنت بعد.
dashboard-none-awaiting = لا يوجد تقرير في انتظار المراجعة.
dashboard-none-missing = قدّمت جميع المبادرات المعترف بها الأخرى في هذا النطاق تقاريرها.
dashboard-key-messages-count = { $count ->
   *[other] عدد الرسائل الرئيسية: { $count }.
}
dashboard-all-on-theme = { $count ->
   *[other] كل الرسائل الرئيسية حول هذا الموضوع ({ $count })
}
dashboard-recommendations = التوصيات
dashboard-addressed-to = موجّهة إلى: { $level }
dashboard-no-recommendations = لا توجد بعد توصيات موجّهة إلى المستوى الإقليمي أو العالمي.
dashboard-history = على مرّ السنين
dashboard-history-caption = معدّل تقديم التقارير والمشاركة في كل سنة
col-reporting = قدّمت تقريرًا
col-recognised = معترف بها
col-reporting-rate = معدّل تقديم التقارير
chart-reporting-rate = معدّل تقديم التقارير في كل سنة (٪ من المبادرات المعترف بها)
chart-participants-years = المشاركون في كل سنة
dashboard-back = العودة إلى لوحة عام { $year }
dashboard-list-count = { $count ->
   *[other] عدد العناصر: { $count }.
}
dashboard-list-page = الصفحة { $page } من { $pages }.
dashboard-list-pages = صفحات القائمة
dashboard-list-previous = الصفحة السابقة
dashboard-list-next = الصفحة التالية
dashboard-list-contributing = التقارير المدرجة
dashboard-list-awaiting = في انتظار المراجعة
dashboard-list-missing = لم تقدّم تقريرًا بعد
dashboard-list-key_messages = الرسائل الرئيسية
dashboard-list-recommendations = التوصيات
## review-print

version-title = تقرير { $name } لعام { $year }، النسخة { $version }
version-heading = { $name }: التقرير السنوي لعام { $year }، النسخة { $version }
version-back-review = العودة إلى مراجعة هذا التقرير
version-back-workspace = العودة إلى التقرير
version-all = النسخ المقدمة:
version-changes = ما الذي تغيّر
version-changes-since = ما الذي تغيّر منذ النسخة { $version }
version-first = هذه أول نسخة مقدمة: لا توجد نسخة سابقة للمقارنة بها.
version-unchanged = لم يتغيّر شيء منذ النسخة { $version }.
version-changed-count = { $count ->
    [zero] لم يتغيّر أي حقل.
    [one] تغيّر حقل واحد.
    [two] تغيّر حقلان.
    [few] تغيّرت { $count } حقول.
    [many] تغيّر { $count } حقلًا.
   *[other] تغيّر { $count } حقل.
}
version-col-field = الحقل
version-col-change = التغيير
version-col-before = النسخة { $version }
version-col-after = النسخة { $version }
version-content = النسخة { $version } كما قُدّمت
version-yes = نعم
version-no = لا
version-open = فتح
version-what-changed = ما الذي تغيّر
version-submitted-versions = النسخ المقدمة
diff-change-added = أُضيف
diff-change-removed = أُزيل
diff-change-changed = عُدّل
diff-field-edition = الدورة
diff-field-start_date = اليوم الأول
diff-field-end_date = اليوم الأخير
diff-field-city = المدينة
diff-field-country = البلد
diff-field-venue = المكان
diff-field-format = الشكل
diff-field-open_call = دعوة مفتوحة لتقديم مقترحات الجلسات
diff-field-open_call_date = تاريخ الدعوة المفتوحة
diff-field-consultations = المشاورات المفتوحة المعقودة
diff-field-participants_total = مجموع المشاركين
diff-field-participants_online = المشاركون عبر الإنترنت
diff-field-participants_youth = المشاركون الشباب
diff-field-countries_represented = البلدان الممثلة
diff-field-participants_by_group = المشاركون حسب فئة أصحاب المصلحة
diff-field-participants_by_gender = المشاركون حسب النوع الاجتماعي
diff-field-themes = المواضيع
diff-field-tags = الوسوم
diff-field-key_messages = الرسائل الرئيسية
diff-field-recommendations = التوصيات
diff-field-sessions = الجلسات
diff-field-languages = لغات الفعالية
diff-field-links = الروابط
compilation-link = مجموعة قابلة للطباعة من الرسائل الرئيسية والتوصيات
compilation-title = مجموعة: { $scope }، { $year }
compilation-heading = { $scope }: الرسائل الرئيسية والتوصيات، { $year }
compilation-back = العودة إلى لوحة المعلومات
compilation-print-hint = اطبع هذه الصفحة أو احفظها بصيغة PDF للحصول على مستند بحجم A4 بصفحة لكل موضوع.
compilation-participation = المشاركة
compilation-key-messages = { $count ->
    [zero] لا توجد رسائل رئيسية
    [one] رسالة رئيسية واحدة
    [two] رسالتان رئيسيتان
    [few] { $count } رسائل رئيسية
    [many] { $count } رسالة رئيسية
   *[other] { $count } رسالة رئيسية
}
compilation-addressed-to = موجهة إلى: { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = تضم اللجنة المنظمة ثلاث فئات على الأقل من أصحاب المصلحة
criterion-focal_point = جهة اتصال لديها بريد إلكتروني صالح
criterion-website = موقع إلكتروني يمكن الوصول إليه عند آخر فحص
criterion-principles = المبادئ الخمسة كلها مُقرّة للعام الحالي أو السابق
criterion-annual_report = تقرير سنوي مقبول لآخر دورة مكتملة، قُدّم في موعده
criterion-diversity = استشاري: التنوع الجنساني والجغرافي في اللجنة

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = لا يوجد أعضاء في اللجنة بولاية سارية
evidence-committee-groups = تشمل اللجنة الحالية { $count ->
        [zero] لا مجموعات
        [one] مجموعة واحدة
        [two] مجموعتين
        [few] { $count } مجموعات
       *[other] { $count } مجموعة
    } من أصحاب المصلحة: { $groups }
evidence-focal-point = جهة الاتصال { $name }، مع عنوان بريد إلكتروني مسجل (لم يُختبر وصول الرسائل)
evidence-focal-point-none = لم تُسمَّ جهة اتصال في الأمانة
evidence-focal-point-no-email = ليس لجهة الاتصال { $name } عنوان بريد إلكتروني صالح
evidence-website-none = لا يوجد موقع ويب في الملف التعريفي
evidence-website-not-checked = لم يُفحص { $url } بعد
evidence-website-changed = تغيّر الموقع إلى { $url } منذ آخر فحص (لـ { $checked_url })
evidence-website-answered = أجاب { $url } بـ HTTP { $http_status } عند فحصه في { $checked_at }
evidence-website-no-answer = لم يُجب { $url } ({ $error }) عند فحصه في { $checked_at }
evidence-website-no-answer-without-error = لم يُجب { $url } عند فحصه في { $checked_at }
evidence-principles-attested = أُقرّت المبادئ الخمسة كلها لعام { $year }
evidence-principles-missing = { $year }: غير مُقرّة: { $missing }
evidence-principles-stale = آخر إقرار لعام { $latest }؛ لا شيء لعام { $previous } أو { $current }
evidence-principles-none = لا إقرار لعام { $previous } أو { $current }
evidence-report-none = لا تقرير لعام { $year }
evidence-report-on-time = قُبل تقرير عام { $year } وقُدّم في موعده
evidence-report-late = قُدّم تقرير عام { $year } لأول مرة بعد الموعد بـ { $days ->
        [zero] صفر يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }
evidence-report-pending = قُدّم تقرير عام { $year } في موعده ولم يُقبل بعد (الحالة: { $status })
evidence-report-draft-not-due = تقرير عام { $year } مسودة، وموعده { $due }
evidence-report-never-submitted = لم يُقدَّم تقرير عام { $year } قط
evidence-diversity = النوع الاجتماعي: أفصح { $disclosed } من { $members } عضوًا ({ $gender ->
        [met] متوازن
        [not_met] نوع واحد يشغل أكثر من الثلثين
       *[unknown] عدد الإفصاحات قليل للحكم
    })؛ الجغرافيا: { $places } { $unit ->
        [cities] مدن ممثلة
       *[countries] بلدان ممثلة
    } ({ $geography ->
        [met] متنوعة
        [not_met] مكان واحد
       *[unknown] لا بيانات
    })
evidence-at-risk-not-recognised = غير معترف بها، فلا تكون معرضة للخطر
evidence-at-risk-no-accepted-report = لا تقرير مقبول لعام { $first } أو { $second }
evidence-at-risk-accepted-reports = تقارير مقبولة لعام { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }، { $year }
scope-year-list = { $scope }، { $year }: { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = يجب أن يتكون من 2 إلى 64 حرفًا من a-z و0-9 و-
invalid-tag-length = يجب أن يتكون من 1 إلى 60 حرفًا
invalid-network-name = يجب أن يتكون اسم الشبكة من 1 إلى 40 حرفًا
invalid-too-many-bytes = يجب ألا يتجاوز { $max } بايت
invalid-not-email = «{ $value }» ليس عنوان بريد إلكتروني
invalid-not-country = «{ $value }» ليس رمز بلد (حرفان، مثل LR)
invalid-not-language-tag = «{ $value }» ليس وسم لغة مثل en أو pt-BR
invalid-not-web-address = «{ $value }» ليس عنوان ويب (http أو https)
invalid-slug-reserved = «{ $value }» محجوز؛ اختر غيره
invalid-not-year = «{ $value }» ليس سنة
invalid-established-year = يجب أن يكون سنة من 1995 إلى { $last }
invalid-outside-year = يقع { $date } خارج سنة التقرير، { $year }
invalid-above-total = مجموعه { $part }، أكثر من الإجمالي { $total }
invalid-region-derived = يُستمد من البلد للمبادرة الوطنية: { $country } في { $region }
invalid-control-single-line = يجب ألا يحتوي على محارف تحكم (وُجد U+{ $code })؛ هذا نص من سطر واحد
invalid-control-characters = يجب ألا يحتوي على محارف تحكم غير الجدولة وفواصل الأسطر (وُجد U+{ $code })
list-and-more = و{ $count } أخرى
problem-validation = بعض ما أُرسل غير صالح.
problem-unauthorized = سجّل الدخول للقيام بذلك.
problem-forbidden = أدوارك لا تسمح بذلك.
problem-not-found = لا يوجد شيء هنا، أو أنه غير مرئي لك.
problem-concurrent-change = غيّر شخص آخر هذا في اللحظة نفسها. أعد تحميل الصفحة وحاول مرة أخرى.
problem-contributes-to-cycle = هذا الرابط سيجعل المبادرة تسهم في نفسها.
problem-delivery-pending = لا تزال محاولة هذا الإرسال جارية؛ انتظر حتى تنتهي.
problem-email-confirmed = عنوان البريد الإلكتروني هذا مؤكَّد بالفعل.
problem-invalid-transition = حالة التقرير لا تسمح بذلك الآن. أعد تحميل الصفحة لترى ما تسمح به.
problem-invitation-pending = لهذا العنوان دعوة قيد الانتظار بالفعل.
problem-invitation-unusable = لا يمكن استخدام هذه الدعوة: انتهت صلاحيتها أو استُخدمت أو سُحبت.
problem-last-focal-point = يجب أن تحتفظ المبادرة بجهة اتصال واحدة على الأقل.
problem-slug-taken = هذا الاسم المختصر مستخدم بالفعل لمبادرة أخرى.
problem-precondition-required = هذه الصفحة قديمة. أعد تحميلها وطبّق تغييرك مرة أخرى.
problem-precondition-failed = غيّر شخص آخر هذا منذ عرض الصفحة. أعد تحميلها وطبّق تغييرك مرة أخرى.
problem-payload-too-large = ما أُرسل كبير جدًا.
problem-unsupported-media-type = ما أُرسل ليس بصيغة تقرؤها الخدمة.
problem-rate-limited = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
problem-unavailable = الخدمة مشغولة. حاول مرة أخرى بعد قليل.
problem-internal = تعذّر على الخدمة الرد؛ حاول مرة أخرى بعد قليل.
