# anlauf — client-facing messages (Central Kurdish, Sorani).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Phone numbers use no-break spaces between digit groups, so right-to-left text keeps them in order.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = سڵاو! بەخێربێن بۆ { $org }. چەند پرسیارێکی کورتتان لێ دەکەم، بۆ ئەوەی کەسی گونجاو بتوانێت یارمەتیتان بدات. ئەم خزمەتگوزارییە بێبەرامبەرە.
ask-language = من بە { $language } بۆتان دەنووسم. ئەگەر زمانێکی ترتان پێ باشترە، لێرە هەڵیبژێرن.
language-keep = ✓ { $language } — بەردەوامبوون
language-more = زمانی تر
language-switched = لە ئێستاوە بە { $language } بۆتان دەنووسم.
language-offer = ئێوە بە { $language } نووسیتان. بە { $language } بەردەوام بین؟
language-offer-yes = بەردەوامبوون بە { $language }
language-unknown = زمانی «{ $tag }» لێرە بەردەست نییە. دەتوانن بە /language زمانێک هەڵبژێرن.

## Consent

consent-text =
    { $org } ڕاوێژکاریی بێبەرامبەر پێشکەش بەو کەسانە دەکات کە هاتوونەتە ئەڵمانیا. ڕاوێژکارییەکە نهێنییە: ئێمە زانیارییەکانتان نادەین بە هیچ کەسێکی تر.

    بۆ ئەوەی بتوانین یارمەتیتان بدەین، وەڵامەکانتان دەنووسینەوە. تەنها ڕاوێژکارەکانی { $org } دەیانخوێننەوە. هەر کاتێک بتانەوێت، دەتوانن داوامان لێ بکەن کە زانیارییەکانتان پیشان بدەین یان بیانسڕینەوە.

    ئایا ئێوە ڕازین کە وەڵامەکانتان بنووسینەوە؟
consent-yes = بەڵێ، ڕازیم
consent-no = نەخێر
consent-declined =
    کێشە نییە. هیچ شتێکمان پاشەکەوت نەکردووە.
    هەروەها دەتوانن تەلەفۆنمان بۆ بکەن یان سەردانمان بکەن:
    { $offices }
consent-declined-kept =
    کێشە نییە. چیتر هیچ شتێک تۆمار ناکەین، و ئەوەی لەم گفتوگۆیەدا بە ئێمەتان وت دەسڕدرێتەوە.
    ئەو داواکارییەی کە پێشتر ناردتان بۆ ئێمە، لای ڕاوێژکارەکانمان دەمێنێتەوە. ئەگەر دەتانەوێت ئەویش بسڕدرێتەوە، تەلەفۆنمان بۆ بکەن یان سەردانمان بکەن:
    { $offices }

## Concern

ask-topics = پێویستتان بە یارمەتی لە چ بابەتێکدا هەیە؟ دەتوانن زیاتر لە یەک بابەت هەڵبژێرن. پاشان «تەواو» دابگرن.
topic-residence = مانەوە و پەنابەری
topic-benefits = یارمەتی کۆمەڵایەتی و پارەی دەوڵەت
topic-work = کار و مۆڵەتی کار
topic-recognition = دانپێدانان بە بڕوانامەکانم
topic-education = قوتابخانە، فێربوونی پیشە، زانکۆ
topic-language_course = خولی ئینتیگراسیۆن و خولی ئەڵمانی
topic-childcare = شوێنی Kita یان قوتابخانە بۆ منداڵم
topic-family = خێزان
topic-family_reunification = هێنانی خێزانەکەم بۆ ئەڵمانیا
topic-health = تەندروستی و فشاری دەروونی
topic-discrimination = جیاکاری و ڕەگەزپەرستی
topic-housing = خانوو و نیشتەجێبوون
topic-debts = قەرز و کێشەی پارە
topic-return = گەڕانەوە یان چوون بۆ وڵاتێکی تر
topic-daily_life = ژیانی ڕۆژانە، نامە و فەرمانگەکان
topic-other = شتێکی تر
multi-done = تەواو ✓
multi-chosen =
    { $count ->
        [0] هێشتا هیچتان هەڵنەبژاردووە.
        [one] یەکێکتان هەڵبژاردووە: { $list }
       *[other] { $count } دانەتان هەڵبژاردووە: { $list }
    }
multi-empty = تکایە لانیکەم یەک وەڵام هەڵبژێرن. پاشان «تەواو» دابگرن.

## About you

ask-age = تەمەنتان چەندە؟
age-under_18 = کەمتر لە 18 ساڵ
age-18_26 = 18 تا 26 ساڵ
age-27_64 = 27 تا 64 ساڵ
age-65_plus = 65 ساڵ یان زیاتر

ask-arrival = لە چ ساڵێکدا هاتنە ئەڵمانیا؟ ساڵەکە بنووسن، بۆ نموونە { $example }.
arrival-born_here = لە ئەڵمانیا لەدایک بووم
arrival-over_10_years = زیاتر لە 10 ساڵ لەمەوبەر

ask-residence = دۆخی مانەوەتان چییە؟ ئەگەر دڵنیا نین، «نازانم» هەڵبژێرن.
residence-asylum_procedure = داواکاری پەنابەریم لە کاردایە
residence-protection = وەک پەنابەر یان پارێزراو ناسراوم
residence-duldung = دواخستنی دیپۆرتکردن (Duldung)
residence-temporary_protection = پاراستنی کاتی (لە ئۆکرانیاوە)
residence-residence_permit = جۆرێکی تری مۆڵەتی مانەوە
residence-settlement_permit = مۆڵەتی مانەوەی هەمیشەیی
residence-eu_citizen = هاووڵاتی وڵاتێکی یەکێتی ئەوروپا
residence-german = هاووڵاتی ئەڵمانی
residence-late_repatriate = ئەڵمانیی گەڕاوە (Spätaussiedler)، خێزان
residence-unknown = نازانم

ask-course = ئایا دەبێت بەشداری خولی ئینتیگراسیۆن (خولی زمانی ئەڵمانی) بکەن؟
course-obliged = بەڵێ، دەبێت بەشداری بکەم
course-attending = ئێستا بەشداری دەکەم
course-finished = تەواوم کردووە
course-no = نەخێر
course-unknown = نازانم

## Urgency

ask-urgent = ئایا ئێستا یەکێک لەمانە بۆ ئێوە ڕاستە؟ ئەگەر نا، «نەخێر» هەڵبژێرن.
urgent-deadline = نامەیەک بە دوا وادەوە، یان دیپۆرت
urgent-danger = توندوتیژی، هەڕەشە، قەیرانی تەندروستی
urgent-no_shelter = ئەمشەو هیچ شوێنێکم نییە بۆ خەوتن
urgent-no_food = پارەم نییە بۆ خواردن
urgent-no = نەخێر، هیچ کامیان
yes = بەڵێ
no = نەخێر
urgent-help =
    ئەگەر ئێستا لە مەترسیدان، تکایە پەیوەندی بکەن بەم ژمارانە:
    پۆلیس: 110
    ئەمبولانس و ئاگرکوژێنەوە: 112
    پزیشکی نۆبەتدار بۆ شەو و کۆتایی هەفتە: 116 117
    یارمەتی بۆ ژنان دژی توندوتیژی (بە چەندین زمان، بێبەرامبەر، شەو و ڕۆژ): 116 016
    هێڵی قەیران (بێبەرامبەر، شەو و ڕۆژ): 0800 111 0 111
    ئەم چاتە ڕاوێژی یاسایی نادات. کارمەندەکانمان بە پێشینە پەیوەندیتان پێوە دەکەن.
urgent-help-suicide =
    ئێوە تەنیا نین. تکایە ئێستا لەگەڵ کەسێک قسە بکەن:
    هێڵی قەیران (بێبەرامبەر، بێ ناو، شەو و ڕۆژ): 0800 111 0 111
    ئەگەر ئێستا ژیانتان لە مەترسیدایە: 112
urgent-help-violence =
    ئەگەر ئێستا لە مەترسیدان، پەیوەندی بە پۆلیسەوە بکەن: 110
    یارمەتی بۆ ژنان دژی توندوتیژی (بە چەندین زمان، بێبەرامبەر، بێ ناو، شەو و ڕۆژ): 116 016
urgent-help-illness =
    لە حاڵەتی فریاکەوتنی پزیشکیدا، پەیوەندی بە ئەمبولانسەوە بکەن: 112
    پزیشکی نۆبەتدار بۆ شەو و کۆتایی هەفتە: 116 117
urgent-help-homelessness =
    ئەگەر ئەمشەو شوێنێکتان نییە بۆ خەوتن، دەتوانن بچنە ئێرە:
    { $place }
urgent-help-hunger =
    لێرە خواردن دابەش دەکرێت:
    { $food }
    یارمەتی دارایی بەپەلە لە فەرمانگەی کاروباری کۆمەڵایەتی (Sozialamt):
    { $welfare }
urgent-help-footer = ئەم چاتە ڕاوێژی یاسایی نادات. کارمەندەکانمان بە پێشینە پەیوەندیتان پێوە دەکەن.
urgent-letter = سوپاس. بە پێشینە سەیری نامەکەتان دەکەین. ئەم چاتە ڕاوێژی یاسایی نادات؛ ڕاوێژکارێک پەیوەندیتان پێوە دەکات.
urgent-first = سوپاس کە ئەمەتان پێ وتین. کارمەندەکانمان بە پێشینە سەیری داواکارییەکەتان دەکەن. ئەم چاتە ڕاوێژی یاسایی نادات؛ ڕاوێژکارێک پەیوەندیتان پێوە دەکات.
ask-deadline = دوا وادەکە چ ڕێکەوتێکە؟ بەم شێوەیە بینووسن: { $example }
deadline-skip = ڕێکەوت نییە یان نازانم

## Your own words

ask-own-words = تکایە بە وشەی خۆتان پێمان بڵێن بابەتەکە چییە. دەتوانن بە زمانی خۆتان بنووسن.
skip = تێپەڕاندن

## Contact

ask-contact = چۆن پەیوەندیتان پێوە بکەین؟
contact-chat = لێرە، لەم چاتەدا
contact-phone = بە تەلەفۆن
contact-in_person = ڕووبەڕوو لە نووسینگەیەک
ask-phone = بە چ ژمارەیەکی تەلەفۆن دەتوانین پەیوەندیتان پێوە بکەین؟ بۆ نموونە { $example }
ask-office = کام نووسینگە بۆ ئێوە باشترە؟
ask-appointment-languages = لە چاوپێکەوتندا بە چ زمانێک دەتوانن قسە بکەن؟ دەتوانن زیاتر لە یەک زمان هەڵبژێرن. پاشان «تەواو» دابگرن.
office-any = جیاوازی نییە
office-hours = کاتی کار: { $hours }
office-directions-elsewhere = چۆن بگەیتە ئەوێ (بە { $language }، چونکە هێشتا بە زمانەکەی تۆ نەنووسراوە): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = بە پاسی ژمارە 12 یان ترامی ژمارە 3 بڕۆن بۆ وێستگەی «Lindenallee». دەروازەکە لە حەوشەکەدایە، نهۆمی دووەم. زەنگی «Beratung» لێبدەن.
office-nord-directions = بە ترامی ژمارە 5 بڕۆن بۆ وێستگەی «Erlenhof»، پاشان 3 خولەک بە پێ. نهۆمی زەوی، ئەو دەرگایەی تابلۆیەکی شینی پێوەیە.
weekday-mon = دووشەممە
weekday-tue = سێشەممە
weekday-wed = چوارشەممە
weekday-thu = پێنجشەممە
weekday-fri = هەینی
weekday-sat = شەممە
weekday-sun = یەکشەممە

## Check and send

summary-intro = تکایە وەڵامەکانتان بپشکنن:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ هەمووی ڕاستە — ناردن
summary-change = ✎ گۆڕینی وەڵامێک
ask-which-change = دەتانەوێت کام وەڵام بگۆڕن؟
field-language = زمان
field-topics = بابەت
field-age_group = تەمەن
field-arrival = هاتن بۆ ئەڵمانیا
field-residence = دۆخی مانەوە
field-integration_course = خولی ئینتیگراسیۆن
field-urgent = بەپەلە
field-deadline_date = دوا وادە
field-own_words = بە وشەی خۆتان
field-contact = پەیوەندی
field-phone = تەلەفۆن
field-office = نووسینگە
field-appointment_languages = زمانەکانی چاوپێکەوتن
done =
    سوپاس! داواکارییەکەتان گەیشت بە ئێمە.
    ژمارەی بەدواداچوونتان ئەمەیە: { $reference }
    تکایە ئەم ژمارەیە بپارێزن. ڕاوێژکارێک بەم زووانە پەیوەندیتان پێوە دەکات.
referral-intro = ئەم شوێنانە بەرپرسی بابەتەکەتانن، یان ئەوانیش دەتوانن یارمەتیتان بدەن:
referral-entry = { $kind }: { $name }
referral-phone = تەلەفۆن: { $phone }
referral-languages = زمانەکان: { $languages }
referral-kind-youth_migration = خزمەتگوزاری کۆچی گەنجان (Jugendmigrationsdienst)، بۆ تەمەنی 12 تا 26 ساڵ
referral-kind-immigration_office = فەرمانگەی بیانییەکان (Ausländerbehörde)
referral-kind-job_centre = ناوەندی کار (Jobcenter)
referral-kind-social_office = فەرمانگەی کاروباری کۆمەڵایەتی (Sozialamt)
referral-kind-integration_course = دامەزراوەی خولی ئینتیگراسیۆن
referral-kind-debt_counselling = ڕاوێژکاری قەرز
referral-kind-recognition = ڕاوێژکاری بۆ دانپێدانان بە بڕوانامەکان
referral-kind-health = ڕاوێژکاری تەندروستی و دەروونی
referral-kind-return_counselling = ڕاوێژکاری گەڕانەوە (Rückkehrberatung)
referral-kind-housing_help = یارمەتی بۆ ئەو کەسانەی خانوویان نییە
referral-kind-anti_discrimination = ڕاوێژکاری دژی جیاکاری
after-done = داواکارییەکەتان ({ $reference }) لای ئێمەیە. ئەگەر دەتانەوێت داواکارییەکی نوێ بنێرن، /start بنووسن.

## Appointment

booking-offer = کاتی بەتاڵ لە { $office } ({ $address }). کاتێک هەڵبژێرن:
booking-interpreter = هیچ ڕاوێژکارێکمان بە { $languages } قسە ناکات. داوا لە وەرگێڕێک دەکەین کە بەشداری چاوپێکەوتنەکە بکات.
booking-urgent = چونکە بابەتەکە بەپەلەیە، ئەمانە زووترین کاتەکانن. ئەگەر هیچیان بۆتان گونجاو نەبوو، ڕاوێژکارێک زووتر پەیوەندیتان پێوە دەکات.
booking-none = لە چەند هەفتەی داهاتوودا هیچ کاتێکی بەتاڵ نییە. ڕاوێژکارێک پەیوەندیتان پێوە دەکات.
booking-slot = { $when }، { $counsellor } ({ $format })
booking-walk-in = دەتوانن بەبێ کاتی پێشوەختەش بێن: { $office }، { $address }، { $hours }.
booking-later = کاتەکانی دواتر ◂
booking-other-office = نووسینگەیەکی تر
booking-skip = کاتم ناوێت، پەیوەندیم پێوە بکەن
booking-skipped = باشە. ڕاوێژکارێک پەیوەندیتان پێوە دەکات.
booking-format-in_person = ڕووبەڕوو
booking-format-phone = بە تەلەفۆن
booking-format-video = پەیوەندی ڤیدیۆیی
booking-hold =
    { $when } لەگەڵ { $counsellor }
    { $office }، { $address } ({ $format })
    { $minutes ->
        [one] ئەم کاتە بۆ ماوەی { $minutes } خولەک بۆتان ڕادەگرم. بۆتان تۆمار بکەم؟
       *[other] ئەم کاتە بۆ ماوەی { $minutes } خولەک بۆتان ڕادەگرم. بۆتان تۆمار بکەم؟
    }
booking-confirm = ✓ بەڵێ، تۆمار بکرێت
booking-other = هەڵبژاردنی کاتێکی تر
booking-taken = ببورن، کەسێکی تر ئێستا ئەم کاتەی گرت. ئەمانە کاتە بەتاڵەکانی دواترن.
booking-done =
    چاوپێکەوتنەکەتان تۆمار کرا:
    { $when } لەگەڵ { $counsellor }
    { $office }، { $address } ({ $format })
    تکایە پاسپۆرت یان کارتی ناسنامە، مۆڵەتی مانەوە و ئەو نامانەی پەیوەندییان بە بابەتەکەتانەوە هەیە لەگەڵ خۆتان بهێنن.
    بەم فایلی ڕۆژژمێرەی خوارەوە دەتوانن چاوپێکەوتنەکە لە مۆبایلەکەتاندا پاشەکەوت بکەن.
booking-with-interpreter = وەرگێڕێک بۆ زمانی { $language } بەشداری دەکات.
booking-event = چاوپێکەوتنی ڕاوێژکاری، { $org }
booking-reminder = بیرخستنەوە: چاوپێکەوتنێکتان هەیە لە { $when } لەگەڵ { $counsellor }، { $office }، { $address } ({ $format }). ئەگەر ناتوانن بێن، تکایە /appointment بنووسن.
appointment-none = هێشتا هیچ چاوپێکەوتنێکتان لەگەڵ ئێمە نییە. بۆ ناردنی داواکاری، /start بنووسن.
appointment-show = چاوپێکەوتنەکەتان: { $when } لەگەڵ { $counsellor }، { $office }، { $address } ({ $format }).
appointment-cancel = هەڵوەشاندنەوەی چاوپێکەوتن
appointment-reschedule = هەڵبژاردنی کاتێکی تر
appointment-keep = هێشتنەوەی چاوپێکەوتن
appointment-cancelled = چاوپێکەوتنەکەتان هەڵوەشایەوە. ئەگەر چاوپێکەوتنێکی نوێتان دەوێت، /appointment بنووسن.
waitlist-join = بمخەنە لیستی چاوەڕوانییەوە
waitlist-joined = ئێوە لە لیستی چاوەڕوانیدان. هەر کە کاتێکی گونجاو بەتاڵ بوو، لێرە بۆتان دەنووسم.
waitlist-offer = کاتێک بۆتان بەتاڵ بوو: { $when } لەگەڵ { $counsellor }، { $office }، { $address } ({ $format }). تا { $until } بۆتانی ڕادەگرم. بۆتان تۆمار بکەم؟
after-booked = کاتی چاوپێکەوتنەکەتان: { $when } لەگەڵ { $counsellor } لە { $office }. ژمارەی بەدواداچوونتان: { $reference }. ئەگەر دەتانەوێت داواکارییەکی نوێ بنێرن، /start بنووسن.

## Navigation and help

nav-back = ▶ گەڕانەوە
nav-restart = ↺ دەستپێکردنەوە
confirm-restart = لە سەرەتاوە دەست پێ بکەینەوە؟ ئەو وەڵامانەی تا ئێستا داوتانە دەسڕدرێنەوە.
confirm-restart-yes = بەڵێ، سڕینەوە و دەستپێکردنەوە
confirm-restart-no = نەخێر، بەردەوامبوون
help =
    من چەند پرسیارێکتان لێ دەکەم و وەڵامەکانتان بۆ ڕاوێژکارێک دەنێرم.
    /start — دەستپێکردن لە سەرەتاوە
    /back — گەڕانەوە بۆ پرسیاری پێشوو
    /language — گۆڕینی زمان
    /appointment — بینین، گواستنەوە یان هەڵوەشاندنەوەی چاوپێکەوتنەکەتان
    /mydata — بینینی ئەوەی دەربارەی ئێوە پاشەکەوتمان کردووە
    /delete — سڕینەوەی هەموو زانیارییەکانتان لای ئێمە
    /help — پیشاندانی ئەم ڕێنماییە
cmd-start = دەستپێکردن لە سەرەتاوە
cmd-help = ڕێنمایی
cmd-language = گۆڕینی زمان
cmd-back = گەڕانەوە بۆ پرسیاری پێشوو
cmd-appointment = چاوپێکەوتنەکەم
terminal-hint = ژمارەی وەڵامێک بنووسن، یان وەڵامەکەتان بنووسن. فەرمانەکان: /back، /start، /language، /help.

## When something does not fit

error-not-an-option = ببورن، تێنەگەیشتم. تکایە یەکێک لە وەڵامەکان هەڵبژێرن.
error-empty = پەیامەکەتان بەتاڵ بوو. تکایە وەڵامەکەتان بنووسن.
error-too-long =
    { $max ->
        [one] دەقەکەتان زۆر درێژە. تکایە لە { $max } پیت زیاتر مەنووسن.
       *[other] دەقەکەتان زۆر درێژە. تکایە لە { $max } پیت زیاتر مەنووسن.
    }
error-number-invalid = تکایە ساڵەکە بە 4 ژمارە بنووسن، بۆ نموونە { $example }.
error-number-range = تکایە ساڵێک لە نێوان { $min } و { $max } بنووسن.
error-date-invalid = نەمتوانی ئەم ڕێکەوتە بخوێنمەوە. تکایە بەم شێوەیە بینووسن: { $example }
error-date-nonexistent = ئەم ڕێکەوتە بوونی نییە. تکایە ڕۆژ و مانگەکە بپشکنن.
error-date-range = تکایە ڕێکەوتێک لە نێوان { $min } و { $max } بنووسن.
error-phone-invalid = ئەمە لە ژمارەی تەلەفۆن ناچێت. تکایە تەنها ژمارەکان بنووسن، بۆ نموونە { $example }
error-stale = ئەم پرسیارە پێشتر وەڵام دراوەتەوە. پرسیاری ئێستا ئەمەیە:
error-already-answered = پێشتر وەڵامی ئەو پرسیارەتان داوەتەوە.
error-or-choose = یان یەکێک لەم وەڵامانەی خوارەوە هەڵبژێرن.
error-unsupported =
    { $kind ->
        [voice] ناتوانم گوێ لە پەیامی دەنگی بگرم. تکایە وەڵامەکەتان بە نووسین بنێرن.
        [photo] لێرە ناتوانم سەیری وێنە بکەم. تکایە نامە یان بەڵگەنامە لەم چاتەدا مەنێرن. ڕاوێژکارێک لەگەڵ خۆتاندا سەیریان دەکات. تکایە وەڵامەکەتان بە نووسین بنێرن.
        [document] لێرە ناتوانم فایل بکەمەوە. تکایە نامە یان بەڵگەنامە لەم چاتەدا مەنێرن. ڕاوێژکارێک لەگەڵ خۆتاندا سەیریان دەکات. تکایە وەڵامەکەتان بە نووسین بنێرن.
        [sticker] سوپاس! تکایە وەڵامەکەتان بە نووسین بنێرن یان دوگمەکان بەکاربهێنن.
        [location] سوپاس، بەڵام پێویستم بە شوێنەکەتان نییە. تکایە وەڵامەکەتان بە نووسین بنێرن یان دوگمەکان بەکاربهێنن.
        [contact] تکایە لێرە ژمارەی پەیوەندی کەسانی تر مەنێرن. تکایە وەڵامەکەتان بە نووسین بنێرن یان دوگمەکان بەکاربهێنن.
       *[other] تەنها دەتوانم دەق و دوگمەکان بخوێنمەوە. تکایە وەڵامەکەتان بە نووسین بنێرن.
    }
error-edited = ئێوە پەیامێکی پێشووتان گۆڕی. من تەنها پەیامە نوێیەکان دەخوێنمەوە. ئەگەر وەڵامێک هەڵە بوو، دەتوانن لە کۆتاییدا، پێش ناردن، بیگۆڕن.
error-private-only = بۆ پاراستنی تایبەتمەندیتان، تەنها لە چاتی تایبەتدا قسە دەکەم. تکایە ڕاستەوخۆ بۆ من بنووسن.
error-state-reset = ببورن، نازانم گفتوگۆکەمان گەیشتبووە کوێ. دەبێت لە سەرەتاوە دەست پێ بکەینەوە.
error-temporary = ببورن، کێشەیەکی تەکنیکی هەیە. تکایە دوای چەند خولەکێک دووبارە هەوڵ بدەنەوە. هیچ شتێک لەوەی پێشتر ناردووتانە ون نەبووە.
error-not-processed = ببورن، بەهۆی کێشەیەکی تەکنیکییەوە نەمتوانی مامەڵە لەگەڵ دوایین پەیامەکەتان بکەم. پەیامەکەمان هەڵگرتووە بۆ ئەوەی کارمەندەکانمان سەیری بکەن. دەتوانن بەردەوام بن: وەڵامەکەتان دووبارە بنێرنەوە، یان /start بنووسن بۆ ئەوەی لە سەرەتاوە دەست پێ بکەنەوە.

## Messages from staff

staff-says = پەیام لە لایەن { $org } دەربارەی داواکاریی { $reference }:
template-bring-documents = تکایە ئەم بەڵگەنامانە بۆ چاوپێکەوتنەکە لەگەڵ خۆتان بهێنن: پاسپۆرت یان کارتی ناسنامە، بەڵگەی مانەوە، و هەموو ئەو نامانەی لە فەرمانگەکانەوە دەربارەی پرسیارەکەتان بۆتان هاتووە.
template-call-us = تکایە تەلەفۆنمان بۆ بکەن: { $office }، { $phone }. تکایە ژمارەی بەدواداچوونتان پێمان بڵێن: { $reference }.
template-appointment-moved = کاتی چاوپێکەوتنەکەتان گۆڕدرا. کاتی نوێ: { $when } لەگەڵ { $counsellor }، { $office }، { $address }.

## The client's rights

cmd-delete = سڕینەوەی زانیارییەکانم
delete-confirm =
    هەموو ئەو شتانەی دەربارەی ئێوە پاشەکەوتمان کردووە بسڕینەوە؟ ئەمە وەڵام و داواکارییەکانتانیش دەگرێتەوە؛ هەر چاوپێکەوتنێکیش کە تۆمارتان کردبێت هەڵیدەوەشێنینەوە. تەنها ژمارەیەک بۆ ئامارەکانمان دەمێنێتەوە، بێ هیچ زانیارییەک دەربارەی ئێوە.
    دواتر ناتوانین ئەمە بگەڕێنینەوە.
delete-yes = بەڵێ، هەموو شتێک بسڕنەوە
delete-no = نەخێر، هیچ مەسڕنەوە
delete-kept = باشە، هیچ شتێکمان نەسڕیوەتەوە.
delete-done = تەواو: زانیارییەکانتانمان سڕییەوە. ئەگەر دووبارە بۆمان بنووسن، لە سەرەتاوە دەست پێ دەکەینەوە.
cmd-mydata = زانیارییە پاشەکەوتکراوەکانم
mydata-intro = ئەمە ئەوەیە کە دەربارەی ئێوە پاشەکەوتمان کردووە:
mydata-none = هیچ شتێکمان دەربارەی ئێوە پاشەکەوت نەکردووە.
mydata-consent = ڕەزامەندی دراوە لە ڕێکەوتی { $date } (وەشانی دەق { $version })
mydata-language = زمان: { $language }
mydata-draft = وەڵامەکانتان تا ئێستا (هێشتا نەنێردراون):
mydata-request = داواکاری { $reference } لە ڕێکەوتی { $date }: { $status ->
    [new] گەیشتووە
    [closed] داخراوە
   *[other] کاری لەسەر دەکرێت
}
mydata-appointment = چاوپێکەوتنی { $when }: { $status ->
    [held] بۆتان ڕاگیراوە
    [cancelled] هەڵوەشاوەتەوە
    [no_show] ئامادە نەبوون
   *[booked] تۆمارکراوە
}
mydata-file = هەمان زانیاری وەک فایلێک (JSON) بۆ ئەوەی لای خۆتان بیپارێزن. بە /delete هەموو شتێک دەسڕنەوە.
