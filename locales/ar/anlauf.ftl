# anlauf — client-facing messages (Arabic).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Phone numbers use no-break spaces between digit groups, so right-to-left text keeps them in order.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = مرحبًا! هنا { $org }. سأطرح عليك بعض الأسئلة القصيرة، حتى يساعدك الشخص المناسب. الخدمة مجانية.
ask-language = سأكتب لك باللغة { $language }. إذا أردت لغة أخرى، يمكنك اختيارها هنا.
language-keep = ✓ { $language } — متابعة
language-more = لغات أخرى
language-switched = من الآن سأكتب لك باللغة { $language }.
language-offer = لقد كتبت باللغة { $language }. هل نتابع باللغة { $language }؟
language-offer-yes = المتابعة باللغة { $language }
language-unknown = اللغة «{ $tag }» غير متوفرة هنا. يمكنك اختيار لغة باستخدام /language.

## Consent

consent-text =
    نحن في { $org } نقدّم استشارات مجانية للأشخاص الذين انتقلوا إلى ألمانيا. الاستشارة سرّية: لا نعطي معلوماتك لأي أحد آخر.

    لكي نساعدك، نكتب إجاباتك. يقرؤها فقط المستشارون في { $org }. يمكنك في أي وقت أن تطلب منا أن نريك بياناتك أو أن نحذفها.

    هل توافق على أن نكتب إجاباتك؟
consent-yes = نعم، أوافق
consent-no = لا
consent-declined =
    لا مشكلة. لم نحفظ أي شيء.
    يمكنك أيضًا الاتصال بنا أو زيارتنا:
    { $offices }
consent-declined-kept =
    لا مشكلة. لن نسجّل أي شيء آخر، وما قلته لنا في هذه المحادثة يُحذف.
    أما الطلب الذي أرسلته إلينا من قبل فيبقى عند مستشارينا. إذا أردت حذفه أيضًا، يمكنك الاتصال بنا أو زيارتنا:
    { $offices }

## Concern

ask-topics = بماذا يمكننا مساعدتك؟ يمكنك اختيار أكثر من موضوع. ثم يُرجى الضغط على «تم».
topic-residence = الإقامة واللجوء
topic-benefits = مساعدات اجتماعية ومال من الدولة
topic-work = العمل وتصريح العمل
topic-recognition = الاعتراف بشهادات المدرسة أو المهنة
topic-education = المدرسة، التدريب المهني، الجامعة
topic-language_course = دورة الاندماج ودورة الألمانية
topic-childcare = روضة (Kita) أو مدرسة لطفلي
topic-family = العائلة
topic-family_reunification = إحضار عائلتي إلى ألمانيا
topic-health = الصحة والضغط النفسي
topic-discrimination = التمييز والعنصرية
topic-housing = السكن
topic-debts = الديون والمشاكل المالية
topic-return = العودة أو الانتقال إلى بلد آخر
topic-daily_life = الحياة اليومية والرسائل والدوائر
topic-other = شيء آخر
multi-done = تم ✓
multi-chosen =
    { $count ->
        [0] لم تختر أي شيء بعد.
        [zero] لم تختر أي شيء بعد.
        [one] اخترت خيارًا واحدًا: { $list }
        [two] اخترت خيارين: { $list }
        [few] اخترت { $count } خيارات: { $list }
        [many] اخترت { $count } خيارًا: { $list }
       *[other] اخترت { $count } خيار: { $list }
    }
multi-empty = يُرجى اختيار إجابة واحدة على الأقل. ثم يُرجى الضغط على «تم».

## About you

ask-age = كم عمرك؟
age-under_18 = أقل من 18
age-18_26 = من 18 إلى 26
age-27_64 = من 27 إلى 64
age-65_plus = 65 أو أكثر

ask-arrival = في أي سنة جئت إلى ألمانيا؟ يُرجى كتابة السنة، مثلًا { $example }.
arrival-born_here = وُلدت في ألمانيا
arrival-over_10_years = قبل أكثر من 10 سنوات

ask-residence = ما هو وضع إقامتك؟ إذا لم يكن ذلك واضحًا، يُرجى اختيار «لا أعرف».
residence-asylum_procedure = طلب اللجوء قيد الدراسة
residence-protection = لجوء أو حماية معترف بها
residence-duldung = وقف الترحيل (Duldung)
residence-temporary_protection = حماية مؤقتة (من أوكرانيا)
residence-residence_permit = تصريح إقامة آخر
residence-settlement_permit = إقامة دائمة
residence-eu_citizen = جنسية دولة من الاتحاد الأوروبي
residence-german = جنسية ألمانية
residence-late_repatriate = عائد من أصل ألماني (Spätaussiedler) أو أسرته
residence-unknown = لا أعرف

ask-course = هل يجب عليك حضور دورة الاندماج (دورة اللغة الألمانية)؟
course-obliged = نعم، يجب عليّ ذلك
course-attending = أحضر الدورة الآن
course-finished = أنهيت الدورة
course-no = لا
course-unknown = لا أعرف

## Urgency

ask-urgent = هل ينطبق عليك الآن أحد هذه الأمور؟ إذا لم ينطبق عليك أيّ منها، يُرجى اختيار «لا».
urgent-deadline = رسالة فيها موعد نهائي، أو خطر الترحيل
urgent-danger = عنف أو تهديد أو أزمة صحية
urgent-no_shelter = ليس لديّ مكان أنام فيه الليلة
urgent-no_food = ليس لديّ مال لشراء الطعام
urgent-no = لا، لا شيء من هذا
yes = نعم
no = لا
urgent-help =
    إذا كنت في خطر الآن، يُرجى الاتصال بهذه الأرقام:
    الشرطة: 110
    الإسعاف والإطفاء: 112
    الطبيب المناوب في الليل وعطلة نهاية الأسبوع: 116 117
    مساعدة النساء ضد العنف (بلغات كثيرة، مجانًا، ليلًا ونهارًا): 116 016
    خط الأزمات (مجانًا، ليلًا ونهارًا): 0800 111 0 111
    هذه المحادثة لا تقدّم استشارة قانونية. سيتواصل معك موظفونا في أقرب وقت.
urgent-help-suicide =
    لست وحدك. يُرجى التحدّث مع شخص ما الآن:
    خط الأزمات (مجانًا، دون ذكر الاسم، ليلًا ونهارًا): 0800 111 0 111
    إذا كانت حياتك في خطر الآن: 112
urgent-help-violence =
    إذا كنت في خطر الآن، يُرجى الاتصال بالشرطة: 110
    مساعدة النساء ضد العنف (بلغات كثيرة، مجانًا، دون ذكر الاسم، ليلًا ونهارًا): 116 016
urgent-help-illness =
    في حالة طوارئ طبية، يُرجى الاتصال بالإسعاف: 112
    الطبيب المناوب في الليل وعطلة نهاية الأسبوع: 116 117
urgent-help-homelessness =
    إذا لم يكن لديك مكان للنوم الليلة، يمكنك الذهاب إلى هذا المكان:
    { $place }
urgent-help-hunger =
    يُوزَّع الطعام هنا:
    { $food }
    مساعدة مالية طارئة من مكتب الشؤون الاجتماعية (Sozialamt):
    { $welfare }
urgent-help-footer = هذه المحادثة لا تقدّم استشارة قانونية. سيتواصل معك موظفونا في أقرب وقت.
urgent-letter = شكرًا. سنهتمّ برسالتك قبل الطلبات الأخرى. هذه المحادثة لا تقدّم استشارة قانونية، وسيتواصل معك أحد المستشارين.
urgent-first = شكرًا لأنك أخبرتنا. سيهتمّ موظفونا بطلبك قبل الطلبات الأخرى. هذه المحادثة لا تقدّم استشارة قانونية، وسيتواصل معك أحد المستشارين.
ask-deadline = ما هو تاريخ الموعد النهائي؟ يُرجى كتابته هكذا: { $example }
deadline-skip = لا يوجد تاريخ أو لا أعرف

## Your own words

ask-own-words = يُرجى أن تشرح لنا موضوعك بكلماتك. يمكنك الكتابة بلغتك.
skip = تخطّي

## Contact

ask-contact = كيف نتواصل معك؟
contact-chat = هنا في هذه المحادثة
contact-phone = عبر الهاتف
contact-in_person = شخصيًا في أحد المكاتب
ask-phone = على أي رقم هاتف يمكننا الاتصال بك؟ مثلًا { $example }
ask-office = أي مكتب هو الأنسب لك؟
ask-appointment-languages = ما اللغات التي يمكنك التحدث بها في الموعد؟ يمكنك اختيار أكثر من لغة. ثم يُرجى الضغط على «تم».
office-any = لا أفضّل مكتبًا معيّنًا
office-hours = ساعات العمل: { $hours }
office-directions-elsewhere = كيف تصل إلى هناك (باللغة { $language }، لأنها غير مكتوبة بلغتك بعد): { $text }
office-mitte-directions = يمكن الوصول بالحافلة رقم 12 أو الترام رقم 3 حتى محطة «Lindenallee». المدخل من الفناء، الطابق الثاني. يُرجى الضغط على جرس «Beratung».
office-nord-directions = اركب الترام رقم 5 حتى محطة «Erlenhof»، ثم امشِ 3 دقائق. الطابق الأرضي، الباب الذي عليه لافتة زرقاء.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

## Check and send

summary-intro = يُرجى مراجعة إجاباتك:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ كل شيء صحيح — إرسال
summary-change = ✎ تغيير إجابة
ask-which-change = أي إجابة نغيّر؟
field-language = اللغة
field-topics = الموضوع
field-age_group = العمر
field-arrival = القدوم إلى ألمانيا
field-residence = وضع الإقامة
field-integration_course = دورة الاندماج
field-urgent = مستعجل
field-deadline_date = الموعد النهائي
field-own_words = بكلماتك
field-contact = التواصل
field-phone = الهاتف
field-office = المكتب
field-appointment_languages = لغات الموعد
done =
    شكرًا! وصلنا طلبك.
    رقم طلبك هو: { $reference }
    يُرجى الاحتفاظ بهذا الرقم. سيتواصل معك أحد المستشارين قريبًا.
referral-intro = هذه الجهات مسؤولة عن موضوعك، أو يمكنها أيضًا مساعدتك:
referral-entry = { $kind }: { $name }
referral-phone = الهاتف: { $phone }
referral-languages = اللغات: { $languages }
referral-kind-youth_migration = خدمة الهجرة للشباب (Jugendmigrationsdienst)، للأعمار من 12 إلى 26
referral-kind-immigration_office = دائرة الأجانب (Ausländerbehörde)
referral-kind-job_centre = مركز العمل (Jobcenter)
referral-kind-social_office = مكتب الشؤون الاجتماعية (Sozialamt)
referral-kind-integration_course = جهة تقدّم دورات الاندماج
referral-kind-debt_counselling = استشارة الديون
referral-kind-recognition = استشارة حول الاعتراف بالشهادات
referral-kind-health = استشارة صحية ونفسية
referral-kind-return_counselling = استشارة العودة (Rückkehrberatung)
referral-kind-housing_help = مساعدة للأشخاص الذين ليس لديهم سكن
referral-kind-anti_discrimination = استشارة ضد التمييز
after-done = طلبك { $reference } وصل إلينا. إذا أردت إرسال طلب جديد، يُرجى كتابة /start.

## Appointment

booking-offer = مواعيد متاحة في { $office } ({ $address }). يُرجى اختيار موعد:
booking-interpreter = لا يوجد لدينا مستشار يتحدث { $languages }. سنطلب من مترجم أن يحضر الموعد معك.
booking-urgent = لأن أمرك مستعجل، هذه أقرب المواعيد. إذا لم يناسبك أي منها، سيتواصل معك أحد المستشارين في وقت أقرب.
booking-none = لا يوجد موعد متاح في الأسابيع القادمة. سيتواصل معك أحد المستشارين.
booking-slot = { $when }، { $counsellor } ({ $format })
booking-walk-in = يمكنك أيضًا الحضور بدون موعد: { $office }، { $address }، { $hours }.
booking-later = مواعيد لاحقة ◂
booking-other-office = مكتب آخر
booking-skip = لا أريد موعدًا، تواصلوا معي
booking-skipped = حسنًا. سيتواصل معك أحد المستشارين.
booking-format-in_person = حضوريًا
booking-format-phone = عبر الهاتف
booking-format-video = مكالمة فيديو
booking-hold =
    { $when } مع { $counsellor }
    { $office }، { $address } ({ $format })
    { $minutes ->
        [zero] سأحتفظ لك بهذا الموعد لمدة { $minutes } دقيقة. هل أحجزه لك؟
        [one] سأحتفظ لك بهذا الموعد لمدة دقيقة واحدة. هل أحجزه لك؟
        [two] سأحتفظ لك بهذا الموعد لمدة دقيقتين. هل أحجزه لك؟
        [few] سأحتفظ لك بهذا الموعد لمدة { $minutes } دقائق. هل أحجزه لك؟
        [many] سأحتفظ لك بهذا الموعد لمدة { $minutes } دقيقة. هل أحجزه لك؟
       *[other] سأحتفظ لك بهذا الموعد لمدة { $minutes } دقيقة. هل أحجزه لك؟
    }
booking-confirm = ✓ نعم، احجزه
booking-other = اختيار موعد آخر
booking-taken = عذرًا، حجز شخص آخر هذا الموعد قبل قليل. هذه هي المواعيد المتاحة التالية.
booking-done =
    تم حجز موعدك:
    { $when } مع { $counsellor }
    { $office }، { $address } ({ $format })
    يُرجى إحضار جواز السفر أو بطاقة الهوية، وتصريح الإقامة، والرسائل المتعلقة بموضوعك.
    يمكنك حفظ الموعد في هاتفك باستخدام ملف التقويم أدناه.
booking-with-interpreter = سيحضر الموعد مترجم للغة { $language }.
booking-event = موعد استشارة، { $org }
booking-reminder = تذكير بموعدك: { $when } مع { $counsellor }، { $office }، { $address } ({ $format }). إذا لم تستطع الحضور، يُرجى كتابة /appointment.
appointment-none = ليس لديك موعد معنا حتى الآن. لإرسال طلب، يُرجى كتابة /start.
appointment-show = موعدك: { $when } مع { $counsellor }، { $office }، { $address } ({ $format }).
appointment-cancel = إلغاء الموعد
appointment-reschedule = اختيار موعد آخر
appointment-keep = الإبقاء على الموعد
appointment-cancelled = تم إلغاء موعدك. إذا أردت موعدًا جديدًا، يُرجى كتابة /appointment.
waitlist-join = ضعني في قائمة الانتظار
waitlist-joined = أنت الآن في قائمة الانتظار. عندما يتوفر موعد مناسب، سأكتب لك هنا.
waitlist-offer = توفر لك موعد: { $when } مع { $counsellor }، { $office }، { $address } ({ $format }). سأحتفظ لك بهذا الموعد حتى { $until }. هل أحجزه لك؟
after-booked = موعدك يوم { $when } مع { $counsellor } في { $office }. رقم طلبك: { $reference }. إذا أردت إرسال طلب جديد، يُرجى كتابة /start.

## Navigation and help

nav-back = ▶ رجوع
nav-restart = ↺ البدء من جديد
confirm-restart = هل نبدأ من جديد؟ ستُحذف كل إجاباتك السابقة.
confirm-restart-yes = نعم، احذف وابدأ من جديد
confirm-restart-no = لا، أريد المتابعة
help =
    أطرح عليك بعض الأسئلة، ثم أرسل إجاباتك إلى أحد المستشارين.
    /start — البدء من البداية
    /back — الرجوع إلى السؤال السابق
    /language — تغيير اللغة
    /appointment — عرض موعدك أو تغييره أو إلغاؤه
    /mydata — عرض ما حفظناه عنك
    /delete — حذف كل بياناتك لدينا
    /help — عرض هذه المساعدة
cmd-start = البدء من البداية
cmd-help = مساعدة
cmd-language = تغيير اللغة
cmd-back = الرجوع إلى السؤال السابق
cmd-appointment = موعدي
terminal-hint = يُرجى كتابة رقم الإجابة أو كتابة الإجابة. الأوامر: /back، /start، /language، /help.

## When something does not fit

error-not-an-option = عذرًا، لم أفهم ذلك. يُرجى اختيار إحدى الإجابات.
error-empty = رسالتك فارغة. يُرجى كتابة إجابتك.
error-too-long =
    { $max ->
        [zero] نصّك طويل جدًا. يُرجى كتابة { $max } حرف على الأكثر.
        [one] نصّك طويل جدًا. يُرجى كتابة حرف واحد على الأكثر.
        [two] نصّك طويل جدًا. يُرجى كتابة حرفين على الأكثر.
        [few] نصّك طويل جدًا. يُرجى كتابة { $max } أحرف على الأكثر.
        [many] نصّك طويل جدًا. يُرجى كتابة { $max } حرفًا على الأكثر.
       *[other] نصّك طويل جدًا. يُرجى كتابة { $max } حرف على الأكثر.
    }
error-number-invalid = يُرجى كتابة السنة من 4 أرقام، مثلًا { $example }.
error-number-range = يُرجى كتابة سنة بين { $min } و{ $max }.
error-date-invalid = لم أستطع قراءة هذا التاريخ. يُرجى كتابته هكذا: { $example }
error-date-nonexistent = هذا التاريخ غير موجود. يُرجى التأكد من اليوم والشهر.
error-date-range = يُرجى كتابة تاريخ بين { $min } و{ $max }.
error-phone-invalid = هذا لا يبدو رقم هاتف. يُرجى كتابة الأرقام فقط، مثلًا { $example }
error-stale = تمّت الإجابة على هذا السؤال من قبل. هذا هو السؤال الحالي:
error-already-answered = لقد أجبت على هذا السؤال من قبل.
error-or-choose = أو يُرجى اختيار إحدى الإجابات في الأسفل.
error-unsupported =
    { $kind ->
        [voice] لا أستطيع الاستماع إلى الرسائل الصوتية. يُرجى كتابة إجابتك كرسالة نصية.
        [photo] لا أستطيع مشاهدة الصور هنا. يُرجى عدم إرسال الرسائل الرسمية أو الوثائق في هذه المحادثة. سيطّلع عليها أحد المستشارين معك. يُرجى كتابة إجابتك كرسالة نصية.
        [document] لا أستطيع فتح الملفات هنا. يُرجى عدم إرسال الرسائل الرسمية أو الوثائق في هذه المحادثة. سيطّلع عليها أحد المستشارين معك. يُرجى كتابة إجابتك كرسالة نصية.
        [sticker] شكرًا! يُرجى كتابة إجابتك كرسالة نصية أو استخدام الأزرار.
        [location] شكرًا، لكنني لا أحتاج إلى موقعك. يُرجى كتابة إجابتك كرسالة نصية أو استخدام الأزرار.
        [contact] يُرجى عدم إرسال جهات اتصال هنا. يُرجى كتابة إجابتك كرسالة نصية أو استخدام الأزرار.
       *[other] أستطيع قراءة النصوص والأزرار فقط. يُرجى كتابة إجابتك كرسالة نصية.
    }
error-edited = لقد غيّرت رسالة سابقة. أنا أقرأ الرسائل الجديدة فقط. إذا كانت إحدى الإجابات خاطئة، يمكنك تغييرها في النهاية، قبل الإرسال.
error-private-only = أتحدث فقط في المحادثات الخاصة، لحماية خصوصيتك. يُرجى مراسلتي مباشرة.
error-state-reset = عذرًا، لم أعد أعرف أين وصلنا في محادثتنا. علينا أن نبدأ من جديد من البداية.
error-temporary = عذرًا، هناك مشكلة تقنية. يُرجى المحاولة مرة أخرى بعد بضع دقائق. لم يضِع شيء مما أرسلته من قبل.
error-not-processed = عذرًا، بسبب مشكلة تقنية لم أتمكّن من معالجة رسالتك الأخيرة. لقد حفظناها ليطّلع عليها فريقنا. يمكنك المتابعة: يُرجى إرسال إجابتك مرة أخرى، أو كتابة /start للبدء من جديد.

## Messages from staff

staff-says = رسالة من { $org } بخصوص طلبك { $reference }:
template-bring-documents = يُرجى إحضار أوراقك إلى الموعد: جواز السفر أو بطاقة الهوية، ووثيقة الإقامة، وكل الرسائل التي وصلتك من الدوائر الرسمية بخصوص موضوعك.
template-call-us = يُرجى الاتصال بنا: { $office }، { $phone }. ويُرجى ذكر رقم طلبك: { $reference }.
template-appointment-moved = تم تغيير موعدك. الموعد الجديد: { $when } مع { $counsellor }، { $office }، { $address }.

## The client's rights

cmd-delete = حذف بياناتي
delete-confirm =
    هل نحذف كل ما حفظناه عنك؟ يشمل ذلك إجاباتك وطلباتك، وسنلغي أي موعد حجزته. لن يبقى إلا عدد في إحصاءاتنا لا يتضمّن أي معلومات عنك.
    لا يمكن التراجع عن ذلك.
delete-yes = نعم، احذفوا كل شيء
delete-no = لا، لا تحذفوا شيئًا
delete-kept = حسنًا، لم نحذف أي شيء.
delete-done = تم: لقد حذفنا بياناتك. إذا كتبت لنا مرة أخرى، سنبدأ من جديد.
cmd-mydata = بياناتي المحفوظة
mydata-intro = هذا ما حفظناه عنك:
mydata-none = ليس لدينا أي شيء محفوظ عنك.
mydata-consent = تمّت الموافقة بتاريخ { $date } (نسخة النص { $version })
mydata-language = اللغة: { $language }
mydata-draft = إجاباتك حتى الآن (لم تُرسَل بعد):
mydata-request = الطلب { $reference } بتاريخ { $date }: { $status ->
    [new] وصل إلينا
    [closed] مُغلق
   *[other] قيد المعالجة
}
mydata-appointment = الموعد { $when }: { $status ->
    [held] محجوز مؤقتًا
    [cancelled] ملغى
    [no_show] لم يتم الحضور
   *[booked] محجوز
}
mydata-file = المعلومات نفسها في ملف (JSON) للاحتفاظ بها لديك. يمكنك حذف كل شيء باستخدام /delete.
