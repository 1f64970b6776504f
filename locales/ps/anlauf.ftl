# anlauf — client-facing messages (Pashto).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Phone numbers use no-break spaces between digit groups, so right-to-left text keeps them in order.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = سلام! دا { $org } دی. زه به له تاسو څو لنډې پوښتنې وکړم، څو سم کس له تاسو سره مرسته وکړي. دا خدمت وړیا دی.
ask-language = زه به تاسو ته په { $language } ژبه ولیکم. که بله ژبه غواړئ، دلته یې وټاکئ.
language-keep = ✓ { $language } — ادامه
language-more = نورې ژبې
language-switched = له اوس وروسته به زه تاسو ته په { $language } ژبه ولیکم.
language-offer = تاسو په { $language } ژبه ولیکل. ایا په { $language } ژبه ادامه ورکړو؟
language-offer-yes = په { $language } ژبه ادامه
language-unknown = «{ $tag }» ژبه دلته نشته. تاسو کولای شئ د /language له لارې یوه ژبه وټاکئ.

## Consent

consent-text =
    { $org } هغو خلکو ته وړیا مشوره ورکوي چې آلمان ته راغلي دي. مشوره محرمانه ده: موږ ستاسو معلومات بل هېچا ته نه ورکوو.

    د دې لپاره چې له تاسو سره مرسته وکړو، ستاسو ځوابونه لیکو. یوازې د { $org } مشاوران یې لولي. تاسو هر وخت له موږ غوښتلی شئ چې ستاسو معلومات تاسو ته وښیو یا یې پاک کړو.

    ایا موافق یاست چې ستاسو ځوابونه ولیکو؟
consent-yes = هو، موافق یم
consent-no = نه
consent-declined =
    سمه ده. موږ هېڅ شی نه دی ساتلی.
    تاسو کولای شئ موږ ته زنګ ووهئ یا موږ ته راشئ:
    { $offices }
consent-declined-kept =
    سمه ده. موږ نور هېڅ شی نه لیکو، او هغه څه چې تاسو په دې خبرو کې موږ ته وویل، پاکېږي.
    هغه غوښتنه چې تاسو مخکې موږ ته لېږلې وه، زموږ له مشاورانو سره پاتې کېږي. که غواړئ چې هغه هم پاکه شي، موږ ته زنګ ووهئ یا موږ ته راشئ:
    { $offices }

## Concern

ask-topics = په څه کې مرستې ته اړتیا لرئ؟ تاسو کولای شئ له یوه ډېر ځوابونه وټاکئ. بیا «بشپړ» کېکاږئ.
topic-residence = اوسېدنه او پناه غوښتنه
topic-benefits = ټولنیزې مرستې او د دولت پیسې
topic-work = کار او د کار اجازه
topic-recognition = زما د زده کړې یا دندې د اسنادو منل
topic-education = ښوونځی، مسلکي زده کړه، پوهنتون
topic-language_course = د ادغام کورس او د آلماني ژبې کورس
topic-childcare = وړکتون (Kita) یا ښوونځی ماشوم ته
topic-family = کورنۍ
topic-family_reunification = خپله کورنۍ آلمان ته راوستل
topic-health = روغتیا او رواني فشار
topic-discrimination = تبعیض او نژادپالنه
topic-housing = کور او استوګنه
topic-debts = پورونه او د پیسو ستونزې
topic-return = بېرته تلل یا بل هېواد ته تلل
topic-daily_life = ورځنی ژوند، لیکونه او ادارې
topic-other = بل څه
multi-done = بشپړ ✓
multi-chosen =
    { $count ->
        [0] تر اوسه مو هېڅ نه دي ټاکلي.
        [one] تاسو یو ځواب ټاکلی دی: { $list }
       *[other] تاسو { $count } ځوابونه ټاکلي دي: { $list }
    }
multi-empty = مهرباني وکړئ لږ تر لږه یو ځواب وټاکئ. بیا «بشپړ» کېکاږئ.

## About you

ask-age = تاسو څو کلن یاست؟
age-under_18 = له 18 کلونو کم
age-18_26 = له 18 تر 26 پورې
age-27_64 = له 27 تر 64 پورې
age-65_plus = 65 کلن یا زیات

ask-arrival = په کوم کال آلمان ته راغلي یاست؟ میلادي کال ولیکئ، د بېلګې په توګه { $example }.
arrival-born_here = زېږځای مې آلمان دی
arrival-over_10_years = له 10 کلونو ډېر مخکې

ask-residence = ستاسو د اوسېدو حالت څه دی؟ که ډاډه نه یاست، «نه پوهېږم» وټاکئ.
residence-asylum_procedure = د پناه غوښتنې پروسه روانه ده
residence-protection = پناه یا ساتنه مې ترلاسه کړې
residence-duldung = د اخراج ځنډول (Duldung)
residence-temporary_protection = لنډمهاله ساتنه (له اوکراین)
residence-residence_permit = د اوسېدو بله اجازه
residence-settlement_permit = د تل لپاره د اوسېدو اجازه
residence-eu_citizen = د اروپايي ټولنې د یو هېواد تبعه
residence-german = آلماني تبعه
residence-late_repatriate = آلماني‌الاصله (Spätaussiedler) یا کورنۍ
residence-unknown = نه پوهېږم

ask-course = ایا تاسو باید د ادغام کورس (د آلماني ژبې کورس) ته ورشئ؟
course-obliged = هو، باید ورشم
course-attending = اوس کورس ته ځم
course-finished = کورس مې پای ته رسولی
course-no = نه
course-unknown = نه پوهېږم

## Urgency

ask-urgent = ایا همدا اوس له دې ستونزو څخه کومه یوه لرئ؟ که نه، «نه» وټاکئ.
urgent-deadline = لیک چې وروستۍ نېټه لري، یا اخراج (ډیپورټ)
urgent-danger = تاوتریخوالی، ګواښ یا روغتیايي بحران
urgent-no_shelter = نن شپه د ویده کېدو ځای نه لرم
urgent-no_food = د خوړو لپاره پیسې نه لرم
urgent-no = نه، هېڅ یو
yes = هو
no = نه
urgent-help =
    که همدا اوس په خطر کې یاست، مهرباني وکړئ زنګ ووهئ:
    پولیس: 110
    امبولانس او اور وژونکي: 112
    د شپې او د اونۍ په پای کې کشیک ډاکټر: 116 117
    د تاوتریخوالي پر وړاندې د ښځو مرسته (په ډېرو ژبو، وړیا، شپه او ورځ): 116 016
    د بحران کرښه (وړیا، شپه او ورځ): 0800 111 0 111
    دا چټ حقوقي مشوره نه ورکوي. زموږ کارکوونکي به ژر تر ژره له تاسو سره اړیکه ونیسي.
urgent-help-suicide =
    تاسو یوازې نه یاست. مهرباني وکړئ همدا اوس له یو چا سره خبرې وکړئ:
    د بحران کرښه (وړیا، بې له دې چې خپل نوم ووایئ، شپه او ورځ): 0800 111 0 111
    که همدا اوس ستاسو ژوند په خطر کې وي: 112
urgent-help-violence =
    که همدا اوس په خطر کې یاست، پولیسو ته زنګ ووهئ: 110
    د تاوتریخوالي پر وړاندې د ښځو مرسته (په ډېرو ژبو، وړیا، بې له دې چې خپل نوم ووایئ، شپه او ورځ): 116 016
urgent-help-illness =
    په بېړني طبي حالت کې امبولانس ته زنګ ووهئ: 112
    د شپې او د اونۍ په پای کې کشیک ډاکټر: 116 117
urgent-help-homelessness =
    که نن شپه د ویده کېدو ځای نه لرئ، دې ځای ته تللی شئ:
    { $place }
urgent-help-hunger =
    دلته خواړه ورکول کېږي:
    { $food }
    د ټولنیزو چارو له ادارې (Sozialamt) څخه د پیسو بېړنۍ مرسته:
    { $welfare }
urgent-help-footer = دا چټ حقوقي مشوره نه ورکوي. زموږ کارکوونکي به ژر تر ژره له تاسو سره اړیکه ونیسي.
urgent-letter = مننه. موږ به ستاسو لیک له نورو مخکې وګورو. دا چټ حقوقي مشوره نه ورکوي؛ یو مشاور به له تاسو سره اړیکه ونیسي.
urgent-first = مننه چې موږ ته مو وویل. زموږ کارکوونکي به ستاسو غوښتنه له نورو مخکې وګوري. دا چټ حقوقي مشوره نه ورکوي؛ یو مشاور به له تاسو سره اړیکه ونیسي.
ask-deadline = وروستۍ نېټه کومه ده؟ داسې یې ولیکئ: { $example }
deadline-skip = نېټه نشته یا نه پوهېږم

## Your own words

ask-own-words = مهرباني وکړئ په خپلو خبرو موږ ته ووایئ چې موضوع څه ده. تاسو کولای شئ په خپله ژبه ولیکئ.
skip = پرېږدئ

## Contact

ask-contact = موږ له تاسو سره څنګه اړیکه ونیسو؟
contact-chat = همدلته په دې چټ کې
contact-phone = د تلیفون له لارې
contact-in_person = په دفتر کې مخامخ
ask-phone = په کومه تلیفون شمېره تاسو ته زنګ وهلی شو؟ د بېلګې په توګه { $example }
ask-office = کوم دفتر ستاسو لپاره ښه دی؟
ask-appointment-languages = د مشورې په ناسته کې په کومو ژبو خبرې کولای شئ؟ تاسو کولای شئ له یوې ډېرې ژبې وټاکئ. بیا «بشپړ» کېکاږئ.
office-any = فرق نه کوي
office-hours = د کار وخت: { $hours }
office-directions-elsewhere = هلته د رسېدو لاره (په { $language } ژبه، ځکه چې لا ستاسو په ژبه نه ده لیکل شوې): { $text }
office-mitte-directions = د 12 نمبر بس یا د 3 نمبر ټرام سره د «Lindenallee» تمځای ته ولاړ شئ. د ننوتلو دروازه په انګړ کې ده، دوهم پوړ. د «Beratung» زنګ ووهئ.
office-nord-directions = د 5 نمبر ټرام سره د «Erlenhof» تمځای ته ولاړ شئ، بیا 3 دقیقې پلي ولاړ شئ. ځمکنی پوړ، هغه دروازه چې آبي لوحه لري.
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه

## Check and send

summary-intro = مهرباني وکړئ خپل ځوابونه وګورئ:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ ټول سم دي — ولېږئ
summary-change = ✎ یو ځواب بدلول
ask-which-change = کوم ځواب بدلول غواړئ؟
field-language = ژبه
field-topics = موضوع
field-age_group = عمر
field-arrival = آلمان ته راتګ
field-residence = د اوسېدو حالت
field-integration_course = د ادغام کورس
field-urgent = بېړنی
field-deadline_date = وروستۍ نېټه
field-own_words = ستاسو په خبرو
field-contact = اړیکه
field-phone = تلیفون
field-office = دفتر
field-appointment_languages = د مشورې د ناستې ژبې
done =
    مننه! ستاسو غوښتنه موږ ته راورسېده.
    ستاسو د غوښتنې شمېره دا ده: { $reference }
    مهرباني وکړئ دا شمېره وساتئ. یو مشاور به ژر له تاسو سره اړیکه ونیسي.
referral-intro = دا ځایونه ستاسو د موضوع مسؤل دي، یا هم له تاسو سره مرسته کولای شي:
referral-entry = { $kind }: { $name }
referral-phone = تلیفون: { $phone }
referral-languages = ژبې: { $languages }
referral-kind-youth_migration = د ځوانانو د مهاجرت خدمت (Jugendmigrationsdienst)، له 12 تر 26 کلنۍ پورې
referral-kind-immigration_office = د بهرنیانو اداره (Ausländerbehörde)
referral-kind-job_centre = جاب سنټر (Jobcenter)
referral-kind-social_office = د ټولنیزو چارو اداره (Sozialamt)
referral-kind-integration_course = هغه ځای چې د ادغام کورس ورکوي
referral-kind-debt_counselling = د پورونو په اړه مشوره
referral-kind-recognition = د اسنادو د منلو په اړه مشوره
referral-kind-health = روغتیايي او رواني مشوره
referral-kind-return_counselling = د بېرته ستنېدو مشوره (Rückkehrberatung)
referral-kind-housing_help = د بې کوره خلکو لپاره مرسته
referral-kind-anti_discrimination = د تبعیض پر ضد مشوره
after-done = ستاسو غوښتنه { $reference } موږ ته رسېدلې ده. که نوې غوښتنه لېږل غواړئ، /start ولیکئ.

## Appointment

booking-offer = په { $office } ({ $address }) کې خالي وختونه. یو وخت وټاکئ:
booking-interpreter = زموږ هېڅ مشاور په { $languages } خبرې نه شي کولای. موږ به له یوه ژباړونکي وغواړو چې ناستې ته راشي.
booking-urgent = ځکه چې ستاسو کار بېړنی دی، دا تر ټولو نږدې وختونه دي. که هېڅ یو یې تاسو ته مناسب نه وي، یو مشاور به ژر له تاسو سره اړیکه ونیسي.
booking-none = په راتلونکو اونیو کې خالي وخت نشته. یو مشاور به له تاسو سره اړیکه ونیسي.
booking-slot = { $when }، { $counsellor } ({ $format })
booking-walk-in = تاسو کولای شئ بې له وخت اخیستلو هم راشئ: { $office }، { $address }، { $hours }.
booking-later = راتلونکي وختونه ◂
booking-other-office = بل دفتر
booking-skip = وخت نه غواړم، اړیکه راسره ونیسئ
booking-skipped = سمه ده. یو مشاور به له تاسو سره اړیکه ونیسي.
booking-format-in_person = مخامخ
booking-format-phone = د تلیفون له لارې
booking-format-video = ویډیو کال
booking-hold =
    { $when } له { $counsellor } سره
    { $office }، { $address } ({ $format })
    { $minutes ->
        [one] زه دا وخت { $minutes } دقیقه ستاسو لپاره ساتم. ایا ستاسو لپاره یې ثبت کړم؟
       *[other] زه دا وخت { $minutes } دقیقې ستاسو لپاره ساتم. ایا ستاسو لپاره یې ثبت کړم؟
    }
booking-confirm = ✓ هو، ثبت دې شي
booking-other = بل وخت ټاکل
booking-taken = بښنه غواړو، همدا اوس بل چا دا وخت ونیو. دا راتلونکي خالي وختونه دي.
booking-done =
    ستاسو وخت ثبت شو:
    { $when } له { $counsellor } سره
    { $office }، { $address } ({ $format })
    مهرباني وکړئ خپل پاسپورټ یا د پېژندنې کارت، د اوسېدو اجازه او د خپلې موضوع اړوند لیکونه له ځانه سره راوړئ.
    د لاندې تقویم فایل په مرسته کولای شئ دا وخت په خپل موبایل کې وساتئ.
booking-with-interpreter = د { $language } ژبې یو ژباړونکی به هم راشي.
booking-event = د مشورې وخت، { $org }
booking-reminder = یادونه: ستاسو د مشورې وخت { $when } دی، له { $counsellor } سره، { $office }، { $address } ({ $format }). که راتلای نه شئ، مهرباني وکړئ /appointment ولیکئ.
appointment-none = تاسو تر اوسه له موږ سره د مشورې وخت نه لرئ. د غوښتنې لېږلو لپاره /start ولیکئ.
appointment-show = ستاسو د مشورې وخت: { $when } له { $counsellor } سره، { $office }، { $address } ({ $format }).
appointment-cancel = د مشورې وخت لغوه کول
appointment-reschedule = بل وخت ټاکل
appointment-keep = دا وخت ساتل
appointment-cancelled = ستاسو د مشورې وخت لغوه شو. که نوی وخت غواړئ، /appointment ولیکئ.
waitlist-join = ما د انتظار په لیست کې ولیکئ
waitlist-joined = تاسو د انتظار په لیست کې یاست. کله چې مناسب وخت خالي شي، زه به تاسو ته همدلته ولیکم.
waitlist-offer = ستاسو لپاره یو وخت خالي شو: { $when } له { $counsellor } سره، { $office }، { $address } ({ $format }). زه دا وخت تر { $until } پورې ستاسو لپاره ساتم. ایا ستاسو لپاره یې ثبت کړم؟
after-booked = ستاسو د مشورې وخت { $when } دی، له { $counsellor } سره، په { $office } کې. ستاسو د غوښتنې شمېره: { $reference }. که نوې غوښتنه لېږل غواړئ، /start ولیکئ.

## Navigation and help

nav-back = ▶ شاته
nav-restart = ↺ له سره پیل
confirm-restart = ایا غواړئ له سره پیل وکړئ؟ ستاسو تر اوسه ورکړل شوي ځوابونه به پاک شي.
confirm-restart-yes = هو، پاکول او له سره پیل
confirm-restart-no = نه، ادامه
help =
    زه له تاسو څو پوښتنې کوم او ستاسو ځوابونه یو مشاور ته لېږم.
    /start — له پیله پیل کول
    /back — مخکنۍ پوښتنې ته بېرته تلل
    /language — ژبه بدلول
    /appointment — خپل وخت لیدل، بدلول یا لغوه کول
    /mydata — هغه څه لیدل چې موږ ستاسو په اړه ساتلي دي
    /delete — خپل هغه ټول معلومات پاکول چې له موږ سره دي
    /help — دا لارښود ښودل
cmd-start = له پیله پیل کول
cmd-help = لارښود
cmd-language = ژبه بدلول
cmd-back = مخکنۍ پوښتنې ته بېرته تلل
cmd-appointment = زما د مشورې وخت
terminal-hint = د یو ځواب شمېره ولیکئ، یا خپل ځواب ولیکئ. امرونه: /back، /start، /language، /help.

## When something does not fit

error-not-an-option = بښنه غواړم، پوه نه شوم. مهرباني وکړئ له ځوابونو څخه یو وټاکئ.
error-empty = ستاسو پیغام خالي و. مهرباني وکړئ خپل ځواب ولیکئ.
error-too-long =
    { $max ->
        [one] ستاسو متن ډېر اوږد دی. مهرباني وکړئ تر ډېره { $max } توری ولیکئ.
       *[other] ستاسو متن ډېر اوږد دی. مهرباني وکړئ تر ډېره { $max } توري ولیکئ.
    }
error-number-invalid = مهرباني وکړئ کال په 4 عددونو ولیکئ، د بېلګې په توګه { $example }.
error-number-range = مهرباني وکړئ د { $min } او { $max } ترمنځ یو کال ولیکئ.
error-date-invalid = دا نېټه مې ونه شوای لوستلای. مهرباني وکړئ داسې یې ولیکئ: { $example }
error-date-nonexistent = دا نېټه نشته. مهرباني وکړئ ورځ او میاشت وګورئ.
error-date-range = مهرباني وکړئ د { $min } او { $max } ترمنځ یوه نېټه ولیکئ.
error-phone-invalid = دا د تلیفون شمېره نه ښکاري. مهرباني وکړئ یوازې عددونه ولیکئ، د بېلګې په توګه { $example }
error-stale = دې پوښتنې ته مو مخکې ځواب ورکړی دی. اوسنۍ پوښتنه دا ده:
error-already-answered = تاسو دې پوښتنې ته مخکې ځواب ورکړی دی.
error-or-choose = یا لاندې له ځوابونو څخه یو وټاکئ.
error-unsupported =
    { $kind ->
        [voice] زه غږیز پیغامونه نه شم اورېدلای. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ.
        [photo] زه دلته انځورونه نه شم لیدلای. مهرباني وکړئ لیکونه یا اسناد په دې چټ کې مه لېږئ. یو مشاور به یې له تاسو سره یوځای وګوري. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ.
        [document] زه دلته فایلونه نه شم پرانیستلای. مهرباني وکړئ لیکونه یا اسناد په دې چټ کې مه لېږئ. یو مشاور به یې له تاسو سره یوځای وګوري. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ.
        [sticker] مننه! مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ یا تڼۍ وکاروئ.
        [location] مننه، خو ستاسو ځای ته اړتیا نه لرم. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ یا تڼۍ وکاروئ.
        [contact] مهرباني وکړئ دلته د نورو کسانو شمېرې (کانټکټ) مه لېږئ. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ یا تڼۍ وکاروئ.
       *[other] زه یوازې لیکلی متن او تڼۍ لوستلی شم. مهرباني وکړئ خپل ځواب په لیکلي ډول ولیکئ.
    }
error-edited = تاسو یو مخکینی پیغام بدل کړ. زه یوازې نوي پیغامونه لولم. که کوم ځواب غلط و، تاسو کولای شئ هغه په پای کې، له لېږلو مخکې، بدل کړئ.
error-private-only = زه یوازې په شخصي چټونو کې خبرې کوم، څو ستاسو محرمیت خوندي وي. مهرباني وکړئ ماته مستقیم ولیکئ.
error-state-reset = بښنه غواړم، نه پوهېږم چې زموږ خبرې چېرته ورسېدې. باید بیا له پیله پیل وکړو.
error-temporary = بښنه غواړم، یوه تخنیکي ستونزه شته. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ. هغه څه چې مو مخکې لېږلي، له منځه نه دي تللي.
error-not-processed = بښنه غواړم، د یوې تخنیکي ستونزې له امله ستاسو وروستي پیغام ته رسېدګي ونه شوه. دا پیغام خوندي شوی دی، څو زموږ کارکوونکي یې وګوري. تاسو کولای شئ دوام ورکړئ: خپل ځواب بیا ولېږئ، یا /start ولیکئ چې له سره پیل وکړئ.

## Messages from staff

staff-says = د { $org } پیغام، ستاسو د غوښتنې { $reference } په اړه:
template-bring-documents = مهرباني وکړئ خپل اسناد د مشورې ناستې ته له ځانه سره راوړئ: پاسپورټ یا د پېژندنې کارت، د اوسېدو سند، او د ادارو ټول هغه لیکونه چې ستاسو د موضوع اړوند دي.
template-call-us = مهرباني وکړئ موږ ته زنګ ووهئ: { $office }، { $phone }. موږ ته خپله د غوښتنې شمېره ووایئ: { $reference }.
template-appointment-moved = ستاسو د مشورې وخت بدل شو. نوی وخت: { $when } له { $counsellor } سره، { $office }، { $address }.

## The client's rights

cmd-delete = زما معلومات پاکول
delete-confirm =
    ایا هغه ټول څه پاک کړو چې موږ ستاسو په اړه ساتلي دي؟ په دې کې ستاسو ځوابونه او غوښتنې شامل دي؛ که تاسو د مشورې وخت ثبت کړی وي، هغه به لغوه کړو. زموږ د احصایې لپاره یوازې یوه شمېره پاتې کېږي چې ستاسو په اړه هېڅ معلومات نه لري.
    دا کار بېرته نه شي ګرځول کېدای.
delete-yes = هو، ټول پاک کړئ
delete-no = نه، هېڅ شی مه پاکوئ
delete-kept = سمه ده، موږ هېڅ شی نه دی پاک کړی.
delete-done = ترسره شو: موږ ستاسو معلومات پاک کړل. که بیا موږ ته ولیکئ، له سره به پیل وکړو.
cmd-mydata = زما ساتل شوي معلومات
mydata-intro = دا هغه څه دي چې موږ ستاسو په اړه ساتلي دي:
mydata-none = موږ ستاسو په اړه هېڅ شی نه دی ساتلی.
mydata-consent = تاسو په { $date } موافقه ورکړې ده (د متن نسخه { $version })
mydata-language = ژبه: { $language }
mydata-draft = ستاسو تر اوسه ورکړل شوي ځوابونه (لا نه دي لېږل شوي):
mydata-request = غوښتنه { $reference } د { $date } نېټې: { $status ->
    [new] موږ ته رسېدلې
    [closed] پای ته رسېدلې
   *[other] کار پرې روان دی
}
mydata-appointment = د مشورې وخت { $when }: { $status ->
    [held] لنډمهاله ساتل شوی
    [cancelled] لغوه شوی
    [no_show] تاسو نه یاست راغلي
   *[booked] ثبت شوی
}
mydata-file = همدا معلومات د فایل (JSON) په بڼه، څو یې له ځانه سره وساتئ. د /delete له لارې تاسو هر څه پاکولای شئ.
