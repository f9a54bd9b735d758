# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# رسائل سجل مبادرات NRI (انظر worker/locales/en/mail.ftl).

mail-brand = سجل مبادرات NRI
mail-hello = مرحبًا { $name }،
mail-hello-anonymous = مرحبًا،
mail-copy-link = أو انسخ هذا العنوان في متصفحك: { $link }
mail-sent-by = أُرسلت هذه الرسالة من سجل مبادرات NRI على { $url }.
mail-stop-all = إيقاف تلقي هذه الرسائل
mail-signature = سجل مبادرات NRI، { $url }
mail-within-hours = { $hours ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
}
mail-within-days = { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}
mail-link-once = يعمل الرابط مرة واحدة فقط.

password-reset-subject = إعادة تعيين كلمة مرور سجل مبادرات NRI
password-reset-body = طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك في سجل مبادرات NRI، { $email }. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $valid_for }:
password-reset-button = اختيار كلمة مرور جديدة
password-reset-ignore = إن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.

email-verification-subject = أكّد عنوان بريدك الإلكتروني لسجل مبادرات NRI
email-verification-body = أُنشئ حساب في سجل مبادرات NRI بهذا العنوان، { $email }. لتأكيد أن العنوان لك، افتح هذا الرابط خلال { $valid_for }:
email-verification-button = تأكيد عنواني
email-verification-after = إلى أن يُؤكَّد العنوان، لا يرسل إليه السجل أي إشعارات؛ ويمكنك تسجيل الدخول في الأثناء. إن لم تنشئ هذا الحساب، فتجاهل هذه الرسالة.

account-exists-subject = لديك حساب في سجل مبادرات NRI بالفعل
account-exists-body = حاول أحدهم (ونأمل أن تكون أنت) للتو إنشاء حساب في سجل مبادرات NRI بهذا العنوان، { $email }. لديك حساب بالفعل، لذا لم يُنشأ شيء.
account-exists-sign-in = تسجيل الدخول
account-exists-forgot = هل نسيت كلمة المرور؟
account-exists-choose = اختر كلمة جديدة
account-exists-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: حسابك لم يتغير.

invitation-subject = أنت مدعو إلى { $initiative } في سجل مبادرات NRI
invitation-body = يدعوك { $inviter } للانضمام إلى { $initiative } في سجل مبادرات NRI بصفة { $role }. للقبول، افتح هذا الرابط خلال { $valid_for }، ثم سجّل الدخول أو أنشئ حسابًا:
invitation-button = عرض الدعوة
invitation-ignore = إن كنت لا تعرف سبب تلقيك هذه الرسالة، فتجاهلها.
mail-role-focal_point = جهة الاتصال
mail-role-editor = محرر
mail-role-viewer = قارئ

notice-why-member = تتلقى هذه الرسالة بصفتك جهة اتصال أو محررًا لـ { $name } في سجل مبادرات NRI.
notice-why-reviewer = تتلقى هذه الرسالة بصفتك عضوًا في أمانة منتدى حوكمة الإنترنت في سجل مبادرات NRI.
notice-why-focal-point = تتلقى هذه الرسالة بصفتك جهة الاتصال لـ { $name } في سجل مبادرات NRI.
notice-stop = إيقاف الرسائل عندما { $kind }
notice-no-comment = (لم يُقدَّم أي تعليق)
notice-open-report = فتح التقرير
notice-review-report = مراجعة التقرير
notice-review-initiative = مراجعة المبادرة
notice-open-workspace = فتح مساحة العمل
notice-see-published = عرض التقرير المنشور

notice-submitted-subject = قدّمت { $name } تقريرها لعام { $year } للمراجعة
notice-submitted-body = قدّمت { $name } تقريرها السنوي لعام { $year }. وهو ينتظر في قائمة المراجعة: اقبله، أو أعِده مع بيان ما يجب تصحيحه.

notice-returned-subject = أُعيد تقريرك لعام { $year } لإجراء تعديلات
notice-returned-body = أعادت أمانة منتدى حوكمة الإنترنت التقرير السنوي لعام { $year } الخاص بـ { $name } لإجراء تعديلات. كتب المراجع:
notice-returned-next = صحّح التقرير وقدّمه مرة أخرى.

notice-accepted-subject = قُبل تقريرك لعام { $year }
notice-accepted-body = قبلت أمانة منتدى حوكمة الإنترنت التقرير السنوي لعام { $year } الخاص بـ { $name }. أصبح الآن علنيًا ويُحتسب في التجميعات الإقليمية والعالمية.

notice-reopened-subject = أُعيد فتح تقريرك المقبول لعام { $year }
notice-reopened-body = أعادت أمانة منتدى حوكمة الإنترنت فتح التقرير السنوي المقبول لعام { $year } الخاص بـ { $name } حتى يمكن تصحيحه. السبب المذكور:
notice-reopened-next = لم يعد يُحتسب في التجميعات إلى أن يُقدَّم ويُقبل مجددًا.

notice-due-subject = تذكير: موعد تقرير { $name } لعام { $year } هو { $due }
notice-due-body = موعد تقديم التقرير السنوي لعام { $year } الخاص بـ { $name } هو { $due } (بعد 90 يومًا من انتهاء الفعالية)، ولم يُقدَّم بعد.
notice-overdue-subject = تأخر تقرير { $name } لعام { $year }
notice-overdue-body = كان موعد تقديم التقرير السنوي لعام { $year } الخاص بـ { $name } هو { $due } ولم يُقدَّم. وهو يظهر الآن متأخرًا لأمانة منتدى حوكمة الإنترنت والمنتديات الإقليمية.
notice-due-next = أكمل التقرير وقدّمه للمراجعة.

notice-applicant-subject = سُجّلت مبادرة جديدة: { $name }
notice-applicant-body = سُجّلت { $name } في سجل مبادرات NRI وتنتظر الاعتراف. راجعها وفق معايير الاعتراف وسجّل قرارًا.

notice-at-risk-subject = { $name } معرّضة للخطر: لا تقرير مقبول لعام { $first } ولا لعام { $second }
notice-at-risk-body = { $name } معترف بها لكن ليس لديها تقرير سنوي مقبول لأي من الدورتين الأخيرتين ({ $first } و{ $second })، لذا وُسمت بأنها معرّضة للخطر.
notice-at-risk-reviewer = هذا الوسم استشاري: لا يغيّر أي حالة.
notice-at-risk-member = يرفع تقديمُ التقارير الناقصة هذا الوسم؛ ويمكن لأمانة منتدى حوكمة الإنترنت المساعدة.

notice-kind-report_submitted = يُقدَّم تقرير للمراجعة
notice-kind-report_returned = يُعاد تقرير لإجراء تعديلات
notice-kind-report_accepted = يُقبل تقرير
notice-kind-report_reopened = يُعاد فتح تقرير مقبول
notice-kind-report_due = يقترب موعد تقرير أو يتأخر
notice-kind-new_applicant = تُسجَّل مبادرة جديدة
notice-kind-at_risk = تكون مبادرة معرّضة للخطر
