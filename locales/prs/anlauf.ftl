# anlauf — client-facing messages (Dari).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Phone numbers use no-break spaces between digit groups, so right-to-left text keeps them in order.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = سلام! اینجا { $org } است. از شما چند سوال کوتاه می‌پرسم تا شخص مناسب بتواند به شما کمک کند. این خدمت رایگان است.
ask-language = من به زبان { $language } برای شما می‌نویسم. اگر زبان دیگری می‌خواهید، آن را اینجا انتخاب کنید.
language-keep = ✓ { $language } — ادامه
language-more = زبان‌های دیگر
language-switched = از این به بعد به زبان { $language } برای شما می‌نویسم.
language-offer = شما به زبان { $language } نوشتید. آیا به زبان { $language } ادامه بدهیم؟
language-offer-yes = ادامه به زبان { $language }
language-unknown = زبان «{ $tag }» اینجا موجود نیست. می‌توانید با /language یک زبان را انتخاب کنید.

## Consent

consent-text =
    { $org } به کسانی که به آلمان آمده‌اند، مشوره رایگان می‌دهد. مشوره محرمانه است: ما معلومات شما را به هیچ کس دیگر نمی‌دهیم.

    برای اینکه به شما کمک کرده بتوانیم، جواب‌های شما را یادداشت می‌کنیم. فقط مشاوران { $org } آن‌ها را می‌خوانند. هر وقت بخواهید، می‌توانید از ما بخواهید که معلومات شما را به شما نشان بدهیم یا آن را پاک کنیم.

    آیا موافق هستید که جواب‌های شما را یادداشت کنیم؟
consent-yes = بلی، موافق هستم
consent-no = نخیر
consent-declined =
    پروا ندارد. ما هیچ چیزی را ذخیره نکرده‌ایم.
    شما همچنان می‌توانید به ما زنگ بزنید یا به دفتر ما بیایید:
    { $offices }
consent-declined-kept =
    پروا ندارد. ما دیگر چیزی یادداشت نمی‌کنیم، و آنچه در این گفتگو به ما گفتید، پاک می‌شود.
    درخواستی که پیشتر برای ما فرستاده‌اید، نزد مشاوران ما می‌ماند. اگر می‌خواهید آن هم پاک شود، به ما زنگ بزنید یا به دفتر ما بیایید:
    { $offices }

## Concern

ask-topics = در کدام موضوع به کمک ضرورت دارید؟ می‌توانید چند موضوع را انتخاب کنید. بعد «تمام» را بزنید.
topic-residence = اقامت و پناهندگی
topic-benefits = کمک‌های اجتماعی و پول دولت
topic-work = کار و اجازه کار
topic-recognition = تأیید اسناد تحصیلی یا مسلکی من
topic-education = مکتب، آموزش مسلکی، پوهنتون
topic-language_course = کورس ادغام و کورس زبان آلمانی
topic-childcare = کودکستان (Kita) یا مکتب برای طفلم
topic-family = خانواده
topic-family_reunification = آوردن خانواده‌ام به آلمان
topic-health = صحت و فشار روحی
topic-discrimination = تبعیض و نژادپرستی
topic-housing = خانه و جای بود و باش
topic-debts = قرض و مشکلات پولی
topic-return = برگشت به وطن یا رفتن به کشور دیگر
topic-daily_life = زندگی روزمره، مکتوب‌ها و ادارات
topic-other = موضوع دیگر
multi-done = تمام ✓
multi-chosen =
    { $count ->
        [0] شما هنوز چیزی را انتخاب نکرده‌اید.
        [one] شما یک مورد را انتخاب کرده‌اید: { $list }
       *[other] شما { $count } مورد را انتخاب کرده‌اید: { $list }
    }
multi-empty = لطفاً اقلاً یک جواب را انتخاب کنید. بعد «تمام» را بزنید.

## About you

ask-age = عمر شما چند سال است؟
age-under_18 = کمتر از 18 سال
age-18_26 = 18 تا 26 سال
age-27_64 = 27 تا 64 سال
age-65_plus = 65 سال یا بیشتر

ask-arrival = در کدام سال به آلمان آمدید؟ سال میلادی را بنویسید، مثلاً { $example }.
arrival-born_here = در آلمان تولد شده‌ام
arrival-over_10_years = بیشتر از 10 سال پیش

ask-residence = وضعیت اقامت شما چیست؟ اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
residence-asylum_procedure = دوسیه پناهندگی‌ام جریان دارد
residence-protection = پناهندگی یا حمایت گرفته‌ام
residence-duldung = توقف موقت دیپورت (Duldung)
residence-temporary_protection = حمایت موقت (از اوکراین)
residence-residence_permit = اجازه اقامت دیگر
residence-settlement_permit = اقامت دایمی
residence-eu_citizen = تبعه یک کشور اتحادیه اروپا
residence-german = تبعه آلمان
residence-late_repatriate = آلمانی‌تبار (Spätaussiedler) یا فامیلش
residence-unknown = نمی‌دانم

ask-course = آیا باید در کورس ادغام (کورس زبان آلمانی) شرکت کنید؟
course-obliged = بلی، باید شرکت کنم
course-attending = حالا در کورس شرکت می‌کنم
course-finished = کورس را تمام کرده‌ام
course-no = نخیر
course-unknown = نمی‌دانم

## Urgency

ask-urgent = آیا همین حالا یکی از این‌ها در مورد شما درست است؟ اگر نه، «نخیر» را انتخاب کنید.
urgent-deadline = مکتوب رسمی با مهلت، یا دیپورت
urgent-danger = خشونت، تهدید یا بحران صحی
urgent-no_shelter = امشب جایی برای خواب ندارم
urgent-no_food = برای غذا پول ندارم
urgent-no = نخیر، هیچ‌کدام
yes = بلی
no = نخیر
urgent-help =
    اگر همین حالا در خطر هستید، لطفاً زنگ بزنید:
    پولیس: 110
    امبولانس و اطفائیه: 112
    داکتر نوکریوال در شب و آخر هفته: 116 117
    کمک برای زنان در برابر خشونت (به زبان‌های زیاد، رایگان، شب و روز): 116 016
    خط کمک در بحران (رایگان، شب و روز): 0800 111 0 111
    این چت مشوره حقوقی نمی‌دهد. همکاران ما پیش از دیگران با شما تماس می‌گیرند.
urgent-help-suicide =
    شما تنها نیستید. لطفاً همین حالا با کسی صحبت کنید:
    خط کمک در بحران (رایگان، بدون ذکر نام، شب و روز): 0800 111 0 111
    اگر همین حالا جان شما در خطر است: 112
urgent-help-violence =
    اگر همین حالا در خطر هستید، به پولیس زنگ بزنید: 110
    کمک برای زنان در برابر خشونت (به زبان‌های زیاد، رایگان، بدون ذکر نام، شب و روز): 116 016
urgent-help-illness =
    در حالت عاجل صحی، به امبولانس زنگ بزنید: 112
    داکتر نوکریوال در شب و آخر هفته: 116 117
urgent-help-homelessness =
    اگر امشب جایی برای خواب ندارید، می‌توانید به این جا بروید:
    { $place }
urgent-help-hunger =
    در این جا غذا توزیع می‌شود:
    { $food }
    کمک عاجل پولی از اداره امور اجتماعی (Sozialamt):
    { $welfare }
urgent-help-footer = این چت مشوره حقوقی نمی‌دهد. همکاران ما پیش از دیگران با شما تماس می‌گیرند.
urgent-letter = تشکر. مکتوب شما را پیش از دیگران بررسی می‌کنیم. این چت مشوره حقوقی نمی‌دهد؛ یک مشاور با شما تماس می‌گیرد.
urgent-first = تشکر که به ما گفتید. همکاران ما درخواست شما را پیش از دیگران بررسی می‌کنند. این چت مشوره حقوقی نمی‌دهد؛ یک مشاور با شما تماس می‌گیرد.
ask-deadline = مهلت تا کدام تاریخ است؟ تاریخ را این‌طور بنویسید: { $example }
deadline-skip = تاریخ ندارد یا نمی‌دانم

## Your own words

ask-own-words = لطفاً با کلمات خودتان بگویید که موضوع چیست. می‌توانید به زبان خودتان بنویسید.
skip = بگذریم

## Contact

ask-contact = از کدام راه با شما تماس بگیریم؟
contact-chat = همین‌جا در این چت
contact-phone = از طریق تیلفون
contact-in_person = حضوری در دفتر
ask-phone = به کدام نمبر تیلفون به شما زنگ بزنیم؟ مثلاً { $example }
ask-office = کدام دفتر برای شما بهتر است؟
ask-appointment-languages = در وقت مشوره به کدام زبان‌ها صحبت کرده می‌توانید؟ می‌توانید چند زبان را انتخاب کنید. بعد «تمام» را بزنید.
office-any = فرقی نمی‌کند
office-hours = وقت کار: { $hours }
office-directions-elsewhere = راه رسیدن (به زبان { $language }، چون هنوز به زبان شما نوشته نشده): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = با بس شماره 12 یا ترام شماره 3 تا ایستگاه «Lindenallee» بروید. دروازه ورودی از طرف حویلی است، منزل دوم. زنگ «Beratung» را بزنید.
office-nord-directions = با ترام شماره 5 تا ایستگاه «Erlenhof» بروید، بعد 3 دقیقه پیاده بروید. منزل همکف (Erdgeschoss)، دروازه‌ای که لوحه آبی دارد.
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه

## Check and send

summary-intro = لطفاً جواب‌های خود را بررسی کنید:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ همه درست است — فرستادن
summary-change = ✎ تغییر یک جواب
ask-which-change = کدام جواب را می‌خواهید تغییر بدهید؟
field-language = زبان
field-topics = موضوع
field-age_group = عمر
field-arrival = آمدن به آلمان
field-residence = وضعیت اقامت
field-integration_course = کورس ادغام
field-urgent = عاجل
field-deadline_date = تاریخ مهلت
field-own_words = به کلمات خودتان
field-contact = راه تماس
field-phone = تیلفون
field-office = دفتر
field-appointment_languages = زبان‌ها برای وقت مشوره
done =
    تشکر! درخواست شما به ما رسید.
    نمبر پیگیری شما: { $reference }
    لطفاً این نمبر را نگه دارید. یک مشاور به زودی با شما تماس می‌گیرد.
referral-intro = این ادارات و مراکز مسئول موضوع شما هستند، یا آن‌ها هم به شما کمک کرده می‌توانند:
referral-entry = { $kind }: { $name }
referral-phone = تیلفون: { $phone }
referral-languages = زبان‌ها: { $languages }
referral-kind-youth_migration = خدمات مهاجرت جوانان (Jugendmigrationsdienst)، برای عمر 12 تا 26 سال
referral-kind-immigration_office = اداره اتباع خارجی (Ausländerbehörde)
referral-kind-job_centre = جاب‌سنتر (Jobcenter)
referral-kind-social_office = اداره امور اجتماعی (Sozialamt)
referral-kind-integration_course = مرکز کورس ادغام
referral-kind-debt_counselling = مشوره برای قرض
referral-kind-recognition = مشوره برای تأیید اسناد تحصیلی و مسلکی
referral-kind-health = مشوره صحی و روانی
referral-kind-return_counselling = مشوره برای برگشت (Rückkehrberatung)
referral-kind-housing_help = کمک برای کسانی که خانه ندارند
referral-kind-anti_discrimination = مشوره در برابر تبعیض
after-done = درخواست شما با نمبر { $reference } به ما رسیده است. اگر می‌خواهید درخواست تازه بفرستید، /start را بنویسید.

## Appointment

booking-offer = وقت‌های خالی در { $office } ({ $address }). یک وقت را انتخاب کنید:
booking-interpreter = هیچ یک از مشاوران ما به { $languages } صحبت نمی‌کند. از یک ترجمان می‌خواهیم که در وقت مشوره حاضر باشد.
booking-urgent = چون موضوع شما عاجل است، این‌ها زودترین وقت‌ها هستند. اگر هیچ‌کدام برای شما مناسب نیست، یک مشاور زودتر با شما تماس می‌گیرد.
booking-none = در چند هفته آینده وقت خالی نیست. یک مشاور با شما تماس می‌گیرد.
booking-slot = { $when }، { $counsellor } ({ $format })
booking-walk-in = می‌توانید بدون وقت قبلی هم بیایید: { $office }، { $address }، { $hours }.
booking-later = وقت‌های بعدی ◂
booking-other-office = دفتر دیگر
booking-skip = وقت نمی‌خواهم، با من تماس بگیرید
booking-skipped = بسیار خوب. یک مشاور با شما تماس می‌گیرد.
booking-format-in_person = حضوری
booking-format-phone = تیلفونی
booking-format-video = تماس ویدیویی
booking-hold =
    { $when } با { $counsellor }
    { $office }، { $address } ({ $format })
    { $minutes ->
        [one] این وقت را برای { $minutes } دقیقه برای شما نگه می‌دارم. آیا آن را برای شما ثبت کنم؟
       *[other] این وقت را برای { $minutes } دقیقه برای شما نگه می‌دارم. آیا آن را برای شما ثبت کنم؟
    }
booking-confirm = ✓ بلی، ثبت شود
booking-other = انتخاب وقت دیگر
booking-taken = معذرت می‌خواهیم، همین حالا شخص دیگری این وقت را گرفت. این‌ها وقت‌های خالی بعدی هستند.
booking-done =
    وقت شما ثبت شد:
    { $when } با { $counsellor }
    { $office }، { $address } ({ $format })
    لطفاً پاسپورت یا تذکره (کارت هویت)، اجازه اقامت و مکتوب‌های مربوط به موضوع خود را با خود بیاورید.
    با فایل تقویم زیر می‌توانید این وقت را در مبایل خود ذخیره کنید.
booking-with-interpreter = یک ترجمان زبان { $language } هم در وقت مشوره حاضر خواهد بود.
booking-event = وقت مشوره، { $org }
booking-reminder = یادآوری: وقت مشوره شما { $when } با { $counsellor } است، { $office }، { $address } ({ $format }). اگر آمده نمی‌توانید، لطفاً /appointment را بنویسید.
appointment-none = شما هنوز نزد ما وقت مشوره ندارید. برای فرستادن درخواست، /start را بنویسید.
appointment-show = وقت مشوره شما: { $when } با { $counsellor }، { $office }، { $address } ({ $format }).
appointment-cancel = لغو وقت مشوره
appointment-reschedule = انتخاب وقت دیگر
appointment-keep = این وقت بماند
appointment-cancelled = وقت مشوره شما لغو شد. اگر وقت تازه می‌خواهید، /appointment را بنویسید.
waitlist-join = مرا در لست انتظار بگذارید
waitlist-joined = شما در لست انتظار هستید. به مجردی که یک وقت مناسب خالی شود، همین‌جا برای شما پیام می‌فرستم.
waitlist-offer = یک وقت برای شما خالی شد: { $when } با { $counsellor }، { $office }، { $address } ({ $format }). این وقت را تا { $until } برای شما نگه می‌دارم. آیا آن را برای شما ثبت کنم؟
after-booked = وقت مشوره شما { $when } با { $counsellor } در { $office } است. نمبر پیگیری شما: { $reference }. اگر می‌خواهید درخواست تازه بفرستید، /start را بنویسید.

## Navigation and help

nav-back = ▶ برگشت
nav-restart = ↺ شروع دوباره
confirm-restart = دوباره از اول شروع کنیم؟ جواب‌هایی که تا حالا داده‌اید، پاک می‌شوند.
confirm-restart-yes = بلی، پاک شود و از نو شروع شود
confirm-restart-no = نخیر، ادامه
help =
    من از شما چند سوال می‌پرسم و جواب‌های شما را برای یک مشاور می‌فرستم.
    /start — شروع از اول
    /back — برگشت به سوال قبلی
    /language — تغییر زبان
    /appointment — دیدن، تغییر یا لغو وقت مشوره
    /mydata — دیدن آنچه در مورد شما ذخیره کرده‌ایم
    /delete — پاک کردن همه معلومات شما نزد ما
    /help — نشان دادن این رهنمایی
cmd-start = شروع از اول
cmd-help = رهنمایی
cmd-language = تغییر زبان
cmd-back = برگشت به سوال قبلی
cmd-appointment = وقت مشوره من
terminal-hint = نمبر یک جواب را تایپ کنید، یا جواب خود را بنویسید. دستورها: /back، /start، /language، /help.

## When something does not fit

error-not-an-option = معذرت می‌خواهم، نفهمیدم. لطفاً یکی از جواب‌ها را انتخاب کنید.
error-empty = پیام شما خالی بود. لطفاً جواب خود را بنویسید.
error-too-long =
    { $max ->
        [one] متن شما بسیار طولانی است. لطفاً حد اکثر { $max } حرف بنویسید.
       *[other] متن شما بسیار طولانی است. لطفاً حد اکثر { $max } حرف بنویسید.
    }
error-number-invalid = لطفاً سال را با 4 رقم بنویسید، مثلاً { $example }.
error-number-range = لطفاً سالی بین { $min } و { $max } بنویسید.
error-date-invalid = این تاریخ را خوانده نتوانستم. لطفاً آن را این‌طور بنویسید: { $example }
error-date-nonexistent = این تاریخ وجود ندارد. لطفاً روز و ماه را بررسی کنید.
error-date-range = لطفاً تاریخی بین { $min } و { $max } بنویسید.
error-phone-invalid = این به نمبر تیلفون شباهت ندارد. لطفاً فقط رقم‌ها را بنویسید، مثلاً { $example }
error-stale = به این سوال قبلاً جواب داده‌اید. سوال فعلی این است:
error-already-answered = شما قبلاً به این سوال جواب داده‌اید.
error-or-choose = یا یکی از جواب‌های پایین را انتخاب کنید.
error-unsupported =
    { $kind ->
        [voice] من پیام صوتی را شنیده نمی‌توانم. لطفاً جواب خود را به شکل متن بنویسید.
        [photo] من اینجا عکس را دیده نمی‌توانم. لطفاً مکتوب‌ها یا اسناد را در این چت نفرستید. یک مشاور آن‌ها را همراه شما می‌بیند. لطفاً جواب خود را به شکل متن بنویسید.
        [document] من اینجا فایل را باز کرده نمی‌توانم. لطفاً مکتوب‌ها یا اسناد را در این چت نفرستید. یک مشاور آن‌ها را همراه شما می‌بیند. لطفاً جواب خود را به شکل متن بنویسید.
        [sticker] تشکر! لطفاً جواب خود را به شکل متن بنویسید یا از دکمه‌ها استفاده کنید.
        [location] تشکر، اما به موقعیت (لوکیشن) شما ضرورت ندارم. لطفاً جواب خود را به شکل متن بنویسید یا از دکمه‌ها استفاده کنید.
        [contact] لطفاً اینجا شماره تماس اشخاص (کانتکت) را نفرستید. لطفاً جواب خود را به شکل متن بنویسید یا از دکمه‌ها استفاده کنید.
       *[other] من فقط متن و دکمه‌ها را خوانده می‌توانم. لطفاً جواب خود را به شکل متن بنویسید.
    }
error-edited = شما یک پیام قبلی را تغییر دادید. من فقط پیام‌های تازه را می‌خوانم. اگر جوابی غلط بود، می‌توانید آن را در آخر، پیش از فرستادن، تغییر بدهید.
error-private-only = برای حفظ حریم خصوصی شما، فقط در چت خصوصی صحبت می‌کنم. لطفاً مستقیم به من پیام بفرستید.
error-state-reset = معذرت می‌خواهم، نمی‌دانم گفتگوی ما تا کجا رسیده بود. باید دوباره از اول شروع کنیم.
error-temporary = معذرت می‌خواهم، یک مشکل تخنیکی پیش آمده است. لطفاً چند دقیقه بعد دوباره کوشش کنید. چیزهایی که پیشتر فرستاده‌اید، از بین نرفته‌اند.
error-not-processed = معذرت می‌خواهم، به خاطر یک مشکل تخنیکی نتوانستم به آخرین پیام شما رسیدگی کنم. این پیام ذخیره شده است تا همکاران ما آن را ببینند. می‌توانید ادامه بدهید: جواب خود را دوباره بفرستید، یا برای شروع از اول /start را بنویسید.

## Messages from staff

staff-says = پیام از طرف { $org } در مورد درخواست شما با نمبر { $reference }:
template-bring-documents = لطفاً این اسناد را با خود به وقت مشوره بیاورید: پاسپورت یا تذکره، سند اقامت، و همه مکتوب‌هایی که از ادارات در مورد سوال خود گرفته‌اید.
template-call-us = لطفاً به ما زنگ بزنید: { $office }، { $phone }. لطفاً نمبر پیگیری خود را به ما بگویید: { $reference }.
template-appointment-moved = وقت مشوره شما تغییر کرد. وقت جدید: { $when } با { $counsellor }، { $office }، { $address }.

## The client's rights

cmd-delete = پاک کردن معلومات من
delete-confirm =
    آیا هر چیزی را که در مورد شما ذخیره کرده‌ایم، پاک کنیم؟ این شامل جواب‌ها و درخواست‌های شما می‌شود؛ اگر وقت مشوره گرفته‌اید، آن را لغو می‌کنیم. فقط یک عدد برای آمار ما باقی می‌ماند، بدون هیچ معلوماتی در مورد شما.
    این کار را دوباره برگردانده نمی‌توانیم.
delete-yes = بلی، همه چیز پاک شود
delete-no = نخیر، هیچ چیز پاک نشود
delete-kept = بسیار خوب، ما هیچ چیزی را پاک نکردیم.
delete-done = انجام شد: معلومات شما را پاک کردیم. اگر دوباره برای ما بنویسید، از نو شروع می‌کنیم.
cmd-mydata = معلومات ذخیره‌شده من
mydata-intro = این‌ها چیزهایی است که در مورد شما ذخیره کرده‌ایم:
mydata-none = ما هیچ چیزی در مورد شما ذخیره نکرده‌ایم.
mydata-consent = شما به تاریخ { $date } موافقت کردید (نسخه متن { $version })
mydata-language = زبان: { $language }
mydata-draft = جواب‌های شما تا حالا (هنوز فرستاده نشده):
mydata-request = درخواست { $reference } به تاریخ { $date }: { $status ->
    [new] به ما رسیده
    [closed] بسته شده
   *[other] در حال بررسی
}
mydata-appointment = وقت مشوره { $when }: { $status ->
    [held] موقتاً نگه داشته شده
    [cancelled] لغو شده
    [no_show] حاضر نشدید
   *[booked] ثبت شده
}
mydata-file = همین معلومات در یک فایل (JSON)، تا نزد خودتان نگه دارید. با /delete همه چیز پاک می‌شود.
