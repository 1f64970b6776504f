# anlauf — client-facing messages (Persian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Phone numbers use no-break spaces between digit groups, so right-to-left text keeps them in order.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = سلام! اینجا { $org } است. چند سؤال کوتاه از شما می‌پرسم تا فرد مناسب بتواند به شما کمک کند. این خدمت رایگان است.
ask-language = من به زبان { $language } برای شما می‌نویسم. اگر زبان دیگری را ترجیح می‌دهید، آن را اینجا انتخاب کنید.
language-keep = ✓ { $language } — ادامه
language-more = زبان‌های دیگر
language-switched = از این به بعد به زبان { $language } برای شما می‌نویسم.
language-offer = شما به زبان { $language } نوشتید. آیا به زبان { $language } ادامه دهیم؟
language-offer-yes = ادامه به زبان { $language }
language-unknown = زبان «{ $tag }» اینجا موجود نیست. می‌توانید با /language یک زبان انتخاب کنید.

## Consent

consent-text =
    { $org } به کسانی که به آلمان آمده‌اند، مشاوره رایگان می‌دهد. مشاوره محرمانه است: ما اطلاعات شما را به هیچ کس دیگری نمی‌دهیم.

    برای اینکه بتوانیم به شما کمک کنیم، پاسخ‌های شما را یادداشت می‌کنیم. فقط مشاوران { $org } آن‌ها را می‌خوانند. هر وقت بخواهید، می‌توانید از ما بخواهید اطلاعاتتان را به شما نشان دهیم یا آن‌ها را پاک کنیم.

    آیا موافقید که پاسخ‌های شما را یادداشت کنیم؟
consent-yes = بله، موافقم
consent-no = نه
consent-declined =
    اشکالی ندارد. ما هیچ چیزی ذخیره نکرده‌ایم.
    می‌توانید به ما زنگ بزنید یا به دفتر ما بیایید:
    { $offices }
consent-declined-kept =
    اشکالی ندارد. ما دیگر چیزی یادداشت نمی‌کنیم و آنچه در این گفتگو به ما گفتید پاک می‌شود.
    درخواستی که قبلاً برای ما فرستاده‌اید نزد مشاوران ما می‌ماند. اگر می‌خواهید آن هم پاک شود، به ما زنگ بزنید یا به دفتر ما بیایید:
    { $offices }

## Concern

ask-topics = در چه موردی به کمک نیاز دارید؟ می‌توانید چند مورد را انتخاب کنید. بعد «تمام» را بزنید.
topic-residence = اقامت و پناهندگی
topic-benefits = کمک‌های اجتماعی و پول از دولت
topic-work = کار و اجازه کار
topic-recognition = تأیید رسمی مدارک تحصیلی یا کاری
topic-education = مدرسه/مکتب، آموزش حرفه‌ای، دانشگاه
topic-language_course = کلاس ادغام و کلاس زبان آلمانی
topic-childcare = کودکستان (Kita) یا مدرسه/مکتب فرزندم
topic-family = خانواده
topic-family_reunification = آوردن خانواده‌ام به آلمان
topic-health = سلامتی و فشار روحی
topic-discrimination = تبعیض و نژادپرستی
topic-housing = مسکن
topic-debts = بدهی و مشکلات مالی
topic-return = بازگشت یا رفتن به کشوری دیگر
topic-daily_life = زندگی روزمره، نامه‌ها و اداره‌ها
topic-other = موضوعی دیگر
multi-done = تمام ✓
multi-chosen =
    { $count ->
        [0] هنوز چیزی انتخاب نکرده‌اید.
        [one] یک مورد انتخاب کرده‌اید: { $list }
       *[other] { $count } مورد انتخاب کرده‌اید: { $list }
    }
multi-empty = لطفاً دست‌کم یک پاسخ را انتخاب کنید. بعد «تمام» را بزنید.

## About you

ask-age = چند سال دارید؟
age-under_18 = زیر 18 سال
age-18_26 = 18 تا 26 سال
age-27_64 = 27 تا 64 سال
age-65_plus = 65 سال یا بیشتر

ask-arrival = در چه سالی به آلمان آمدید؟ سال میلادی را بنویسید، مثلاً { $example }.
arrival-born_here = در آلمان به دنیا آمده‌ام
arrival-over_10_years = بیش از 10 سال پیش

ask-residence = وضعیت اقامت شما چیست؟ اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
residence-asylum_procedure = پرونده پناهندگی‌ام در جریان است
residence-protection = پناهندگی یا حمایت گرفته‌ام
residence-duldung = تعلیق اخراج (Duldung)
residence-temporary_protection = حمایت موقت (از اوکراین)
residence-residence_permit = اجازه اقامت دیگر
residence-settlement_permit = اقامت دائم
residence-eu_citizen = شهروند یک کشور اتحادیه اروپا
residence-german = شهروند آلمان
residence-late_repatriate = آلمانی‌تبار (Spätaussiedler) یا خانواده‌اش
residence-unknown = نمی‌دانم

ask-course = آیا باید در کلاس ادغام (کلاس زبان آلمانی) شرکت کنید؟
course-obliged = بله، باید شرکت کنم
course-attending = الان در کلاس شرکت می‌کنم
course-finished = کلاس را تمام کرده‌ام
course-no = نه
course-unknown = نمی‌دانم

## Urgency

ask-urgent = آیا همین الان یکی از این موارد درباره شما درست است؟ اگر نه، «نه» را انتخاب کنید.
urgent-deadline = نامه‌ای با مهلت، یا خطر اخراج (دیپورت)
urgent-danger = خشونت، تهدید یا بحران سلامتی
urgent-no_shelter = امشب جایی برای خوابیدن ندارم
urgent-no_food = پولی برای خرید غذا ندارم
urgent-no = نه، هیچ‌کدام
yes = بله
no = نه
urgent-help =
    اگر همین الان در خطر هستید، لطفاً زنگ بزنید:
    پلیس: 110
    آمبولانس و آتش‌نشانی: 112
    پزشک کشیک در شب و آخر هفته: 116 117
    کمک به زنان در برابر خشونت (به زبان‌های زیاد، رایگان، شبانه‌روزی): 116 016
    خط بحران (رایگان، شبانه‌روزی): 0800 111 0 111
    این چت مشاوره حقوقی نمی‌دهد. همکاران ما هر چه زودتر با شما تماس می‌گیرند.
urgent-help-suicide =
    شما تنها نیستید. لطفاً همین الان با کسی صحبت کنید:
    خط بحران (رایگان، ناشناس، شبانه‌روزی): 0800 111 0 111
    اگر همین الان جان شما در خطر است: 112
urgent-help-violence =
    اگر همین الان در خطر هستید، به پلیس زنگ بزنید: 110
    کمک به زنان در برابر خشونت (به زبان‌های زیاد، رایگان، ناشناس، شبانه‌روزی): 116 016
urgent-help-illness =
    در شرایط اورژانسی پزشکی، به آمبولانس زنگ بزنید: 112
    پزشک کشیک در شب و آخر هفته: 116 117
urgent-help-homelessness =
    اگر امشب جایی برای خوابیدن ندارید، می‌توانید به این مکان بروید:
    { $place }
urgent-help-hunger =
    در این مکان غذا توزیع می‌شود:
    { $food }
    کمک مالی فوری از اداره امور اجتماعی (Sozialamt):
    { $welfare }
urgent-help-footer = این چت مشاوره حقوقی نمی‌دهد. همکاران ما هر چه زودتر با شما تماس می‌گیرند.
urgent-letter = ممنون. نامه شما را زودتر از بقیه بررسی می‌کنیم. این چت مشاوره حقوقی نمی‌دهد؛ یک مشاور با شما تماس می‌گیرد.
urgent-first = ممنون که به ما گفتید. همکاران ما درخواست شما را زودتر از بقیه بررسی می‌کنند. این چت مشاوره حقوقی نمی‌دهد؛ یک مشاور با شما تماس می‌گیرد.
ask-deadline = مهلت تا چه تاریخی است؟ آن را این‌طور بنویسید: { $example }
deadline-skip = تاریخ ندارد یا نمی‌دانم

## Your own words

ask-own-words = لطفاً با کلمات خودتان بگویید موضوع چیست. می‌توانید به زبان خودتان بنویسید.
skip = رد شدن

## Contact

ask-contact = چطور با شما تماس بگیریم؟
contact-chat = همین‌جا در این چت
contact-phone = تلفنی
contact-in_person = حضوری در دفتر
ask-phone = با چه شماره‌ای می‌توانیم به شما زنگ بزنیم؟ مثلاً { $example }
ask-office = کدام دفتر برای شما بهتر است؟
ask-appointment-languages = در جلسه مشاوره به چه زبان‌هایی می‌توانید صحبت کنید؟ می‌توانید چند زبان را انتخاب کنید. بعد «تمام» را بزنید.
office-any = فرقی نمی‌کند
office-hours = ساعت کاری: { $hours }
office-directions-elsewhere = راه رسیدن (به زبان { $language }، چون هنوز به زبان شما نوشته نشده است): { $text }
office-mitte-directions = با اتوبوس شماره 12 یا تراموای شماره 3 تا ایستگاه «Lindenallee» بروید. ورودی از حیاط است، طبقه دوم. زنگ «Beratung» را بزنید.
office-nord-directions = با تراموای شماره 5 تا ایستگاه «Erlenhof» بروید، بعد 3 دقیقه پیاده بروید. طبقه همکف، دری که تابلوی آبی دارد.
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه

## Check and send

summary-intro = لطفاً پاسخ‌های خود را بررسی کنید:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ همه درست است — ارسال
summary-change = ✎ تغییر یک پاسخ
ask-which-change = کدام پاسخ را می‌خواهید تغییر دهید؟
field-language = زبان
field-topics = موضوع
field-age_group = سن
field-arrival = آمدن به آلمان
field-residence = وضعیت اقامت
field-integration_course = کلاس ادغام
field-urgent = فوری
field-deadline_date = تاریخ مهلت
field-own_words = با کلمات خودتان
field-contact = راه تماس
field-phone = تلفن
field-office = دفتر
field-appointment_languages = زبان‌های جلسه مشاوره
done =
    ممنون! درخواست شما به دست ما رسید.
    شماره پیگیری شما: { $reference }
    لطفاً این شماره را نگه دارید. یک مشاور به‌زودی با شما تماس می‌گیرد.
referral-intro = این اداره‌ها و مراکز مسئول موضوع شما هستند، یا آن‌ها هم می‌توانند به شما کمک کنند:
referral-entry = { $kind }: { $name }
referral-phone = تلفن: { $phone }
referral-languages = زبان‌ها: { $languages }
referral-kind-youth_migration = خدمات مهاجرت جوانان (Jugendmigrationsdienst)، برای سن 12 تا 26 سال
referral-kind-immigration_office = اداره اتباع خارجی (Ausländerbehörde)
referral-kind-job_centre = جاب‌سنتر (Jobcenter)
referral-kind-social_office = اداره امور اجتماعی (Sozialamt)
referral-kind-integration_course = آموزشگاه کلاس ادغام
referral-kind-debt_counselling = مشاوره بدهی
referral-kind-recognition = مشاوره برای تأیید رسمی مدارک
referral-kind-health = مشاوره سلامت جسمی و روحی
referral-kind-return_counselling = مشاوره بازگشت (Rückkehrberatung)
referral-kind-housing_help = کمک به کسانی که خانه ندارند
referral-kind-anti_discrimination = مشاوره در برابر تبعیض
after-done = درخواست شما با شماره { $reference } به دست ما رسیده است. اگر می‌خواهید درخواست تازه‌ای بفرستید، /start را بنویسید.

## Appointment

booking-offer = وقت‌های خالی در { $office } ({ $address }). یک وقت انتخاب کنید:
booking-interpreter = هیچ‌کدام از مشاوران ما به { $languages } صحبت نمی‌کنند. از یک مترجم می‌خواهیم که در جلسه مشاوره حاضر باشد.
booking-urgent = چون موضوع شما فوری است، این‌ها زودترین وقت‌ها هستند. اگر هیچ‌کدام برای شما مناسب نیست، یک مشاور زودتر با شما تماس می‌گیرد.
booking-none = در چند هفته آینده وقت خالی نیست. یک مشاور با شما تماس می‌گیرد.
booking-slot = { $when }، { $counsellor } ({ $format })
booking-walk-in = می‌توانید بدون وقت قبلی هم مراجعه کنید: { $office }، { $address }، { $hours }.
booking-later = وقت‌های بعدی ◂
booking-other-office = دفتر دیگر
booking-skip = وقت نمی‌خواهم، با من تماس بگیرید
booking-skipped = بسیار خوب. یک مشاور با شما تماس می‌گیرد.
booking-format-in_person = حضوری
booking-format-phone = تلفنی
booking-format-video = تماس تصویری
booking-hold =
    { $when } با { $counsellor }
    { $office }، { $address } ({ $format })
    { $minutes ->
        [one] این وقت را { $minutes } دقیقه برای شما نگه می‌دارم. آن را برای شما ثبت کنم؟
       *[other] این وقت را { $minutes } دقیقه برای شما نگه می‌دارم. آن را برای شما ثبت کنم؟
    }
booking-confirm = ✓ بله، ثبت شود
booking-other = انتخاب وقت دیگر
booking-taken = متأسفیم، همین الان کس دیگری این وقت را گرفت. این‌ها وقت‌های خالی بعدی هستند.
booking-done =
    وقت شما ثبت شد:
    { $when } با { $counsellor }
    { $office }، { $address } ({ $format })
    لطفاً پاسپورت یا کارت شناسایی، اجازه اقامت و نامه‌های مربوط به موضوع خود را همراه بیاورید.
    با فایل تقویم زیر می‌توانید این وقت را در موبایل خود ذخیره کنید.
booking-with-interpreter = یک مترجم { $language } هم در جلسه حاضر خواهد بود.
booking-event = وقت مشاوره، { $org }
booking-reminder = یادآوری وقت مشاوره: { $when } با { $counsellor }، { $office }، { $address } ({ $format }). اگر نمی‌توانید بیایید، لطفاً /appointment را بنویسید.
appointment-none = شما هنوز پیش ما وقت مشاوره ندارید. برای فرستادن درخواست، /start را بنویسید.
appointment-show = وقت مشاوره شما: { $when } با { $counsellor }، { $office }، { $address } ({ $format }).
appointment-cancel = لغو وقت مشاوره
appointment-reschedule = انتخاب وقت دیگر
appointment-keep = نگه داشتن این وقت
appointment-cancelled = وقت مشاوره شما لغو شد. اگر وقت تازه‌ای می‌خواهید، /appointment را بنویسید.
waitlist-join = مرا در لیست انتظار بگذارید
waitlist-joined = شما در لیست انتظار هستید. به محض این‌که یک وقت مناسب خالی شود، همین‌جا به شما پیام می‌دهم.
waitlist-offer = یک وقت برای شما خالی شد: { $when } با { $counsellor }، { $office }، { $address } ({ $format }). این وقت را تا { $until } برای شما نگه می‌دارم. آن را برای شما ثبت کنم؟
after-booked = وقت مشاوره شما { $when } با { $counsellor } در { $office } است. شماره پیگیری شما: { $reference }. اگر می‌خواهید درخواست تازه‌ای بفرستید، /start را بنویسید.

## Navigation and help

nav-back = ▶ برگشت
nav-restart = ↺ شروع دوباره
confirm-restart = دوباره از اول شروع کنیم؟ پاسخ‌هایی که تا الان داده‌اید پاک می‌شوند.
confirm-restart-yes = بله، پاک کردن و شروع دوباره
confirm-restart-no = نه، ادامه
help =
    من از شما چند سؤال می‌پرسم و پاسخ‌های شما را برای یک مشاور می‌فرستم.
    /start — شروع از اول
    /back — برگشت به سؤال قبلی
    /language — تغییر زبان
    /appointment — دیدن، تغییر یا لغو وقت مشاوره
    /mydata — دیدن آنچه درباره شما ذخیره کرده‌ایم
    /delete — پاک کردن همه اطلاعات شما نزد ما
    /help — نشان دادن این راهنما
cmd-start = شروع از اول
cmd-help = راهنما
cmd-language = تغییر زبان
cmd-back = برگشت به سؤال قبلی
cmd-appointment = وقت مشاوره من
terminal-hint = شماره یک پاسخ را تایپ کنید، یا پاسخ خود را بنویسید. دستورها: /back، /start، /language، /help.

## When something does not fit

error-not-an-option = ببخشید، متوجه نشدم. لطفاً یکی از پاسخ‌ها را انتخاب کنید.
error-empty = پیام شما خالی بود. لطفاً پاسخ خود را بنویسید.
error-too-long =
    { $max ->
        [one] متن شما خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
       *[other] متن شما خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
    }
error-number-invalid = لطفاً سال را با 4 رقم بنویسید، مثلاً { $example }.
error-number-range = لطفاً سالی بین { $min } و { $max } بنویسید.
error-date-invalid = نتوانستم این تاریخ را بخوانم. لطفاً آن را این‌طور بنویسید: { $example }
error-date-nonexistent = این تاریخ وجود ندارد. لطفاً روز و ماه را بررسی کنید.
error-date-range = لطفاً تاریخی بین { $min } و { $max } بنویسید.
error-phone-invalid = این شبیه شماره تلفن نیست. لطفاً فقط رقم‌ها را بنویسید، مثلاً { $example }
error-stale = به این سؤال قبلاً پاسخ داده‌اید. سؤال فعلی این است:
error-already-answered = شما قبلاً به این سؤال پاسخ داده‌اید.
error-or-choose = یا یکی از پاسخ‌های پایین را انتخاب کنید.
error-unsupported =
    { $kind ->
        [voice] من نمی‌توانم پیام صوتی را گوش کنم. لطفاً پاسخ خود را به صورت متن بنویسید.
        [photo] من اینجا نمی‌توانم عکس ببینم. لطفاً نامه‌ها یا مدارک را در این چت نفرستید. یک مشاور همراه شما آن‌ها را نگاه می‌کند. لطفاً پاسخ خود را به صورت متن بنویسید.
        [document] من اینجا نمی‌توانم فایل باز کنم. لطفاً نامه‌ها یا مدارک را در این چت نفرستید. یک مشاور همراه شما آن‌ها را نگاه می‌کند. لطفاً پاسخ خود را به صورت متن بنویسید.
        [sticker] ممنون! لطفاً پاسخ خود را به صورت متن بنویسید یا از دکمه‌ها استفاده کنید.
        [location] ممنون، اما به موقعیت مکانی شما نیازی ندارم. لطفاً پاسخ خود را به صورت متن بنویسید یا از دکمه‌ها استفاده کنید.
        [contact] لطفاً اینجا مخاطب (شماره تماس کسی) نفرستید. لطفاً پاسخ خود را به صورت متن بنویسید یا از دکمه‌ها استفاده کنید.
       *[other] من فقط می‌توانم متن و دکمه‌ها را بخوانم. لطفاً پاسخ خود را به صورت متن بنویسید.
    }
error-edited = شما یک پیام قبلی را تغییر دادید. من فقط پیام‌های جدید را می‌خوانم. اگر پاسخی اشتباه بود، می‌توانید آن را در پایان، پیش از ارسال، تغییر دهید.
error-private-only = برای حفظ حریم خصوصی شما، فقط در چت خصوصی صحبت می‌کنم. لطفاً مستقیم به من پیام بدهید.
error-state-reset = ببخشید، نمی‌دانم گفتگوی ما به کجا رسیده بود. باید دوباره از اول شروع کنیم.
error-temporary = ببخشید، یک مشکل فنی پیش آمده است. لطفاً چند دقیقه دیگر دوباره امتحان کنید. چیزهایی که قبلاً فرستاده‌اید از بین نرفته‌اند.
error-not-processed = ببخشید، به خاطر یک مشکل فنی نتوانستم به آخرین پیام شما رسیدگی کنم. این پیام ذخیره شده است تا همکاران ما آن را بررسی کنند. می‌توانید ادامه دهید: پاسخ خود را دوباره بفرستید، یا برای شروع از اول /start را بنویسید.

## Messages from staff

staff-says = پیام از طرف { $org } درباره درخواست شما با شماره { $reference }:
template-bring-documents = لطفاً این مدارک را با خود به جلسه مشاوره بیاورید: پاسپورت یا کارت شناسایی، مدرک اقامت، و همه نامه‌هایی که از اداره‌ها درباره موضوع خود گرفته‌اید.
template-call-us = لطفاً به ما زنگ بزنید: { $office }، { $phone }. لطفاً شماره پیگیری خود را به ما بگویید: { $reference }.
template-appointment-moved = وقت مشاوره شما تغییر کرد. وقت جدید: { $when } با { $counsellor }، { $office }، { $address }.

## The client's rights

cmd-delete = پاک کردن اطلاعات من
delete-confirm =
    آیا هر چیزی را که درباره شما ذخیره کرده‌ایم پاک کنیم؟ این شامل پاسخ‌ها و درخواست‌های شما می‌شود؛ اگر وقت مشاوره ثبت کرده‌اید، آن را لغو می‌کنیم. فقط یک عدد برای آمار ما باقی می‌ماند، بدون هیچ اطلاعاتی درباره شما.
    این کار قابل برگشت نیست.
delete-yes = بله، همه چیز پاک شود
delete-no = نه، هیچ چیز پاک نشود
delete-kept = بسیار خوب، ما هیچ چیزی را پاک نکرده‌ایم.
delete-done = انجام شد: اطلاعات شما را پاک کردیم. اگر دوباره برای ما بنویسید، از اول شروع می‌کنیم.
cmd-mydata = اطلاعات ذخیره‌شده من
mydata-intro = این‌ها چیزهایی است که درباره شما ذخیره کرده‌ایم:
mydata-none = ما هیچ چیزی درباره شما ذخیره نکرده‌ایم.
mydata-consent = شما در تاریخ { $date } موافقت کردید (نسخه متن { $version })
mydata-language = زبان: { $language }
mydata-draft = پاسخ‌های شما تا الان (هنوز فرستاده نشده):
mydata-request = درخواست { $reference } به تاریخ { $date }: { $status ->
    [new] به دست ما رسیده
    [closed] تمام شده
   *[other] در حال بررسی
}
mydata-appointment = وقت مشاوره { $when }: { $status ->
    [held] موقتاً نگه داشته شده
    [cancelled] لغو شده
    [no_show] حاضر نشدید
   *[booked] ثبت شده
}
mydata-file = همین اطلاعات در یک فایل (JSON)، تا نزد خودتان نگه دارید. با /delete همه چیز پاک می‌شود.
