# anlauf — client-facing messages (Tigrinya).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = ሰላም! እዚ { $org } እዩ። ቅኑዕ ሰብ ክሕግዘኩም ምእንቲ፡ ገለ ሓጸርቲ ሕቶታት ክሓተኩም እየ። ብናጻ እዩ።
ask-language = ብቋንቋ { $language } ክጽሕፈልኩም እየ። ካልእ ቋንቋ እንተ ደሊኹም፡ ኣብዚ ምረጽዎ።
language-keep = ✓ { $language } — ቀጽሉ
language-more = ካልኦት ቋንቋታት
language-switched = ካብ ሕጂ ንደሓር ብቋንቋ { $language } ክጽሕፈልኩም እየ።
language-offer = ብቋንቋ { $language } ጽሒፍኩም። ብቋንቋ { $language } ንቐጽል ዶ?
language-offer-yes = ብቋንቋ { $language } ንቐጽል
language-unknown = ቋንቋ «{ $tag }» ኣብዚ የለን። ብ /language ቋንቋ ክትመርጹ ትኽእሉ ኢኹም።

## Consent

consent-text =
    { $org } ናብ ጀርመን ንዝመጹ ሰባት ብናጻ ምኽሪ ይህብ። እቲ ምኽሪ ምስጢራዊ እዩ፡ ሓበሬታኹም ንዝኾነ ካልእ ሰብ ኣይንህብን ኢና።

    ክንሕግዘኩም ምእንቲ፡ መልስታትኩም ንጽሕፍ። ንመልስታትኩም ዘንብቡ ኣማኸርቲ { $org } ጥራይ እዮም። ሓበሬታኹም ከነርእየኩም ወይ ክንድምስሶ፡ ኣብ ዝኾነ ግዜ ክትሓቱና ትኽእሉ ኢኹም።

    መልስታትኩም ክንጽሕፍ ትሰማምዑ ዶ?
consent-yes = እወ፡ እሰማማዕ እየ
consent-no = ኣይፋል
consent-declined =
    ጸገም የለን። ዋላ ሓደ ነገር ኣይዓቀብናን።
    ክትድውሉልና ወይ ክትበጽሑና እውን ትኽእሉ ኢኹም:
    { $offices }
consent-declined-kept =
    ጸገም የለን። ካብ ሕጂ ንደሓር ዝኾነ ነገር ኣይንጽሕፍን፡ ኣብዚ ዝርርብ ዝነገርኩምና ድማ ተደምሲሱ እዩ።
    ቅድሚ ሕጂ ዝሰደድኩምልና ሕቶ ኣብ ኣማኸርትና ይጸንሕ። ንሱ እውን ክድምሰስ እንተ ደሊኹም፡ ደውሉልና ወይ ብጽሑና:
    { $offices }

## Concern

ask-topics = ብዛዕባ እንታይ ሓገዝ ትደልዩ? ልዕሊ ሓደ ክትመርጹ ትኽእሉ ኢኹም። ድሕሪኡ «ተወዲኡ» ጸቕጡ።
topic-residence = ፍቓድ መንበሪን ዑቕባን
topic-benefits = ማሕበራዊ ረዲኤትን ገንዘብ መንግስትን
topic-work = ስራሕን ፍቓድ ስራሕን
topic-recognition = ኣፍልጦ ምስክር ወረቐት ትምህርቲ ወይ ሞያ
topic-education = ቤት ትምህርቲ፡ ስልጠና፡ ዩኒቨርሲቲ
topic-language_course = ኮርስ ምውህሃድን ቋንቋ ጀርመንን
topic-childcare = ቦታ ኣብ Kita ወይ ቤት ትምህርቲ ንውላደይ
topic-family = ስድራቤት
topic-family_reunification = ስድራይ ናብ ጀርመን ምምጻእ
topic-health = ጥዕናን ጸቕጢ ኣእምሮን
topic-discrimination = ኣድልዎን ዓሌታውነትን
topic-housing = መንበሪ ገዛ
topic-debts = ዕዳን ጸገም ገንዘብን
topic-return = ምምላስ ወይ ናብ ካልእ ሃገር ምግዓዝ
topic-daily_life = መዓልታዊ ናብራ፡ ደብዳቤታትን ቤት ጽሕፈታትን
topic-other = ካልእ ነገር
multi-done = ተወዲኡ ✓
multi-chosen =
    { $count ->
        [0] ገና ዋላ ሓደ ኣይመረጽኩምን።
        [one] ሓደ መሪጽኩም ኣለኹም: { $list }
       *[other] { $count } መሪጽኩም ኣለኹም: { $list }
    }
multi-empty = በጃኹም እንተ ወሓደ ሓደ መልሲ ምረጹ። ድሕሪኡ «ተወዲኡ» ጸቕጡ።

## About you

ask-age = ዕድሜኹም ክንደይ እዩ?
age-under_18 = ትሕቲ 18
age-18_26 = ካብ 18 ክሳብ 26
age-27_64 = ካብ 27 ክሳብ 64
age-65_plus = 65 ወይ ልዕሊኡ

ask-arrival = ኣብ ኣየናይ ዓመት ናብ ጀርመን መጺኹም? ነቲ ዓመት ጽሓፉ፡ ንኣብነት { $example }።
arrival-born_here = ኣብ ጀርመን እየ ተወሊደ
arrival-over_10_years = ቅድሚ ልዕሊ 10 ዓመት

ask-residence = ናይ መንበሪ ኩነታትኩም እንታይ እዩ? ርግጸኛታት እንተ ዘይኮንኩም፡ «ኣይፈልጥን» ምረጹ።
residence-asylum_procedure = ሕቶ ዑቕባ ኣብ መስርሕ ኣሎ
residence-protection = ኣፍልጦ ስደተኛ ወይ ሓለዋ ረኺበ
residence-duldung = ግዝያዊ ምእጋድ ምምላስ (Duldung)
residence-temporary_protection = ግዝያዊ ሓለዋ (ካብ ዩክሬን)
residence-residence_permit = ካልእ ፍቓድ መንበሪ
residence-settlement_permit = ቀዋሚ ፍቓድ መንበሪ
residence-eu_citizen = ዜጋ ሃገር ሕብረት ኤውሮጳ
residence-german = ዜጋ ጀርመን
residence-late_repatriate = Spätaussiedler ወይ ስድራ ቤት
residence-unknown = ኣይፈልጥን

ask-course = ኮርስ ምውህሃድ (ኮርስ ቋንቋ ጀርመን) ክትካፈሉ ግዴታ ኣለኩም ዶ?
course-obliged = እወ፡ ግዴታ ኣለኒ
course-attending = ሕጂ ይካፈል ኣለኹ
course-finished = ወዲአዮ ኣለኹ
course-no = ኣይፋል
course-unknown = ኣይፈልጥን

## Urgency

ask-urgent = ሕጂ ካብዞም ዝስዕቡ ሓደ ይምልከተኩም ዶ? እንተ ዘይኮይኑ፡ «ኣይፋል» ምረጹ።
urgent-deadline = ገደብ ግዜ ዘለዎ ደብዳቤ፡ ወይ ብግዲ ምምላስ
urgent-danger = ዓመጽ፡ ምፍርራሕ ወይ ሓደገኛ ኩነታት ጥዕና
urgent-no_shelter = ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብለይን
urgent-no_food = ንመግቢ ዝኸውን ገንዘብ የብለይን
urgent-no = ኣይፋል፡ ካብዚ ሓደ እውን የለን
yes = እወ
no = ኣይፋል
urgent-help =
    ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፡ በጃኹም ደውሉ:
    ፖሊስ: 110
    ኣምቡላንስን ክፍሊ መጥፋእቲ ሓዊን: 112
    ሓኪም ናይ ለይትን ቀዳመ-ሰንበትን (Ärztlicher Bereitschaftsdienst): 116 117
    ሓገዝ ንደቂ ኣንስትዮ ኣንጻር ዓመጽ (ብብዙሕ ቋንቋታት፡ ብናጻ፡ ለይትን መዓልትን): 116 016
    ተሌፎን ሓገዝ ኣብ ግዜ ቅልውላው (ብናጻ፡ ለይትን መዓልትን): 0800 111 0 111
    እዚ ቻት ሕጋዊ ምኽሪ ኣይህብን። ሰራሕተኛታትና ቀዳምነት ሂቦም ምሳኹም ክራኸቡ እዮም።
urgent-help-suicide =
    በይንኹም ኣይኮንኩምን። በጃኹም ሕጂ ምስ ሓደ ሰብ ተዛረቡ:
    ተሌፎን ሓገዝ ኣብ ግዜ ቅልውላው (ብናጻ፡ ስምኩም ከይሃብኩም፡ ለይትን መዓልትን): 0800 111 0 111
    ሕጂ ህይወትኩም ኣብ ሓደጋ እንተ ሃልዩ: 112
urgent-help-violence =
    ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፡ ንፖሊስ ደውሉ: 110
    ሓገዝ ንደቂ ኣንስትዮ ኣንጻር ዓመጽ (ብብዙሕ ቋንቋታት፡ ብናጻ፡ ስምኩም ከይሃብኩም፡ ለይትን መዓልትን): 116 016
urgent-help-illness =
    ኣብ ህጹጽ ሕክምናዊ ኩነታት፡ ንኣምቡላንስ ደውሉ: 112
    ሓኪም ናይ ለይትን ቀዳመ-ሰንበትን (Ärztlicher Bereitschaftsdienst): 116 117
urgent-help-homelessness =
    ሎሚ ለይቲ መደቀሲ ቦታ እንተ ዘይብልኩም፡ ናብዚ ቦታ ክትከዱ ትኽእሉ ኢኹም:
    { $place }
urgent-help-hunger =
    ኣብዚ ቦታ መግቢ ይዕደል:
    { $food }
    ህጹጽ ሓገዝ ገንዘብ ካብ ቤት ጽሕፈት ማሕበራዊ ረዲኤት (Sozialamt):
    { $welfare }
urgent-help-footer = እዚ ቻት ሕጋዊ ምኽሪ ኣይህብን። ሰራሕተኛታትና ቀዳምነት ሂቦም ምሳኹም ክራኸቡ እዮም።
urgent-letter = የቐንየልና። ንደብዳቤኹም ቀዳምነት ሂብና ክንርእዮ ኢና። እዚ ቻት ሕጋዊ ምኽሪ ኣይህብን፡ ኣማኸርትና ምሳኹም ክራኸቡ እዮም።
urgent-first = ስለ ዝሓበርኩምና የቐንየልና። ሰራሕተኛታትና ንሕቶኹም ቀዳምነት ሂቦም ክርእይዎ እዮም። እዚ ቻት ሕጋዊ ምኽሪ ኣይህብን፡ ኣማኸርትና ምሳኹም ክራኸቡ እዮም።
ask-deadline = ናይ መወዳእታ ዕለት (ገደብ ግዜ) መዓስ እዩ? ከምዚ ጽሓፍዎ: { $example }
deadline-skip = ዕለት የለን ወይ ኣይፈልጥን

## Your own words

ask-own-words = በጃኹም ጉዳይኩም እንታይ ምዃኑ ብናይ ገዛእ ርእስኹም ቃላት ንገሩና። ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም።
skip = ሕለፍዎ

## Contact

ask-contact = ብኸመይ ምሳኹም ንራኸብ?
contact-chat = ኣብዚ ቻት
contact-phone = ብተሌፎን
contact-in_person = ብኣካል ኣብ ቤት ጽሕፈት
ask-phone = ኣብ ኣየናይ ቁጽሪ ተሌፎን ክንድውለልኩም ንኽእል? ንኣብነት { $example }
ask-office = ኣየናይ ቤት ጽሕፈት ይሓይሸኩም?
ask-appointment-languages = ኣብ ቆጸራ ብኣየኖት ቋንቋታት ክትዛረቡ ትኽእሉ? ልዕሊ ሓደ ክትመርጹ ትኽእሉ ኢኹም። ድሕሪኡ «ተወዲኡ» ጸቕጡ።
office-any = ዝኾነ ይኹን
office-hours = ክፉት: { $hours }
office-directions-elsewhere = ከመይ ከም እትበጽሑ (ብ{ $language }፡ ገና ብቋንቋኹም ስለ ዘይተጻሕፈ): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = ኣውቶቡስ 12 ወይ ትራም 3 ክሳብ «Lindenallee»። እቲ መእተዊ ኣብ ግቢ እዩ፡ 2ይ ደርቢ፡ ደወል «Beratung» ጸቕጡ።
office-nord-directions = ትራም 5 ክሳብ «Erlenhof»፡ ድሕሪኡ 3 ደቒቕ ብእግሪ። ታሕተዋይ ደርቢ፡ እቲ ሰማያዊ ምልክት ዘለዎ ማዕጾ።
weekday-mon = ሰኑ
weekday-tue = ሰሉ
weekday-wed = ረቡ
weekday-thu = ሓሙ
weekday-fri = ዓር
weekday-sat = ቀዳ
weekday-sun = ሰን

## Check and send

summary-intro = በጃኹም መልስታትኩም ኣረጋግጹ:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ ኩሉ ቅኑዕ እዩ — ስደዱ
summary-change = ✎ መልሲ ቀይሩ
ask-which-change = ኣየናይ መልሲ ክትቕይሩ ትደልዩ?
field-language = ቋንቋ
field-topics = ጉዳይ
field-age_group = ዕድመ
field-arrival = ናብ ጀርመን ዝመጻእኩምሉ
field-residence = ኩነታት መንበሪ
field-integration_course = ኮርስ ምውህሃድ
field-urgent = ህጹጽ
field-deadline_date = ናይ መወዳእታ ዕለት
field-own_words = ብቓላትኩም
field-contact = ርክብ
field-phone = ተሌፎን
field-office = ቤት ጽሕፈት
field-appointment_languages = ቋንቋታት ንቆጸራ
done =
    የቐንየልና! ሕቶኹም በጺሑና ኣሎ።
    ቁጽሪ መወከሲኹም: { $reference }
    በጃኹም ነዚ ቁጽሪ ሓዝዎ። ኣማኸርትና ቀልጢፎም ምሳኹም ክራኸቡ እዮም።
referral-intro = እዞም ዝስዕቡ ቦታታት ንጉዳይኩም ሓላፍነት ኣለዎም፡ ወይ ድማ ክሕግዙኹም ይኽእሉ እዮም:
referral-entry = { $kind }: { $name }
referral-phone = ተሌፎን: { $phone }
referral-languages = ቋንቋታት: { $languages }
referral-kind-youth_migration = ኣገልግሎት ስደት ንመንእሰያት (ካብ 12 ክሳብ 26 ዓመት)
referral-kind-immigration_office = ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde)
referral-kind-job_centre = ማእከል ስራሕ (Jobcenter)
referral-kind-social_office = ቤት ጽሕፈት ማሕበራዊ ረዲኤት (Sozialamt)
referral-kind-integration_course = ወሃቢ ኮርስ ምውህሃድ
referral-kind-debt_counselling = ምኽሪ ዕዳ (Schuldnerberatung)
referral-kind-recognition = ምኽሪ ብዛዕባ ኣፍልጦ ምስክር ወረቐታት
referral-kind-health = ምኽሪ ጥዕናን ስነ-ልቦናን
referral-kind-return_counselling = ምኽሪ ብዛዕባ ምምላስ (Rückkehrberatung)
referral-kind-housing_help = ሓገዝ ንገዛ ዘይብሎም ሰባት
referral-kind-anti_discrimination = ምኽሪ ኣንጻር ኣድልዎ
after-done = ሕቶኹም { $reference } ኣባና ኣሎ። ሓድሽ ሕቶ ክትሰዱ እንተ ደሊኹም፡ /start ጽሓፉ።

## Appointment

booking-offer = ክፉታት ቆጸራታት ኣብ { $office } ({ $address })። ግዜ ምረጹ:
booking-interpreter = ካብ ኣማኸርትና { $languages } ዝዛረብ የለን። ኣብቲ ቆጸራ ተርጓሚ ክሳተፍ ክንሓትት ኢና።
booking-urgent = ህጹጽ ስለ ዝኾነ፡ እዚኦም እቶም ዝቐደሙ ግዜታት እዮም። ዋላ ሓደ እንተ ዘይጥዕመኩም፡ ኣማኸርትና ቀልጢፎም ምሳኹም ክራኸቡ እዮም።
booking-none = ኣብዞም ዝመጽኡ ሰሙናት ክፉት ቆጸራ የለን። ኣማኸርትና ምሳኹም ክራኸቡ እዮም።
booking-slot = { $when }፡ { $counsellor } ({ $format })
booking-walk-in = ብዘይ ቆጸራ እውን ክትመጹ ትኽእሉ ኢኹም: { $office }፡ { $address }፡ { $hours }።
booking-later = ዝቕጽሉ ግዜታት ▸
booking-other-office = ካልእ ቤት ጽሕፈት
booking-skip = ቆጸራ ኣይደልን፡ በጃኹም ተራኸቡኒ
booking-skipped = ሕራይ። ኣማኸርትና ምሳኹም ክራኸቡ እዮም።
booking-format-in_person = ብኣካል
booking-format-phone = ብተሌፎን
booking-format-video = ብቪድዮ
booking-hold =
    { $when } ምስ { $counsellor }
    { $office }፡ { $address } ({ $format })
    { $minutes ->
        [one] ነዚ ግዜ ን{ $minutes } ደቒቕ ሒዘልኩም ኣለኹ። ከረጋግጸልኩም ዶ?
       *[other] ነዚ ግዜ ን{ $minutes } ደቒቕ ሒዘልኩም ኣለኹ። ከረጋግጸልኩም ዶ?
    }
booking-confirm = ✓ እወ፡ ኣረጋግጽዎ
booking-other = ካልእ ግዜ ምረጹ
booking-taken = ይቕሬታ፡ ነዚ ግዜ ሕጂ ካልእ ሰብ ወሲድዎ። እዚኦም ዝቕጽሉ ክፉታት ግዜታት እዮም።
booking-done =
    ቆጸራኹም ተመዝጊቡ ኣሎ:
    { $when } ምስ { $counsellor }
    { $office }፡ { $address } ({ $format })
    በጃኹም ፓስፖርትኩም ወይ መንነት ወረቐትኩም፡ ፍቓድ መንበሪኹምን ብዛዕባ ጉዳይኩም ዘለዉ ደብዳቤታትን ሒዝኩም ምጹ።
    ብእቲ ኣብ ታሕቲ ዘሎ ፋይል ካላንደር፡ ነቲ ቆጸራ ኣብ ተሌፎንኩም ክትዕቅብዎ ትኽእሉ ኢኹም።
booking-with-interpreter = ተርጓሚ ቋንቋ { $language } ክሳተፍ እዩ።
booking-event = ቆጸራ ምኽሪ፡ { $org }
booking-reminder = መዘኻኸሪ: ቆጸራኹም { $when } ምስ { $counsellor }፡ { $office }፡ { $address } ({ $format }) እዩ። ክትመጹ እንተ ዘይክኢልኩም፡ በጃኹም /appointment ጽሓፉ።
appointment-none = ገና ምሳና ቆጸራ የብልኩምን። ሕቶ ክትሰዱ፡ /start ጽሓፉ።
appointment-show = ቆጸራኹም: { $when } ምስ { $counsellor }፡ { $office }፡ { $address } ({ $format })።
appointment-cancel = ቆጸራ ሰርዙ
appointment-reschedule = ካልእ ግዜ ምረጹ
appointment-keep = ሓዝዎ
appointment-cancelled = ቆጸራኹም ተሰሪዙ ኣሎ። ሓድሽ ቆጸራ እንተ ደሊኹም፡ /appointment ጽሓፉ።
waitlist-join = ኣብ ዝርዝር ተጸበይቲ ኣእትዉኒ
waitlist-joined = ኣብ ዝርዝር ተጸበይቲ ኣቲኹም ኣለኹም። ዝሰማማዓኩም ቆጸራ ክፉት ምስ ኮነ፡ ኣብዚ ክጽሕፈልኩም እየ።
waitlist-offer = ንዓኹም ቆጸራ ተኸፊቱ ኣሎ: { $when } ምስ { $counsellor }፡ { $office }፡ { $address } ({ $format })። ክሳብ { $until } ሒዘልኩም ኣለኹ። ከረጋግጸልኩም ዶ?
after-booked = ቆጸራኹም { $when } ምስ { $counsellor } ኣብ { $office } እዩ። ቁጽሪ መወከሲኹም: { $reference }። ሓድሽ ሕቶ ክትሰዱ እንተ ደሊኹም፡ /start ጽሓፉ።

## Navigation and help

nav-back = ◀ ንድሕሪት
nav-restart = ↺ ካብ መጀመርታ
confirm-restart = ካብ መጀመርታ ክንጅምር ዶ? ክሳብ ሕጂ ዝሃብኩምዎም መልስታት ክድምሰሱ እዮም።
confirm-restart-yes = እወ፡ ደምሲስኩም ካብ ሓድሽ ጀምሩ
confirm-restart-no = ኣይፋል፡ ቀጽሉ
help =
    ገለ ሕቶታት እሓተኩም፡ መልስታትኩም ድማ ናብ ኣማኸርትና እሰዶ።
    /start — ካብ መጀመርታ ምጅማር
    /back — ናብ ዝሓለፈ ሕቶ ምምላስ
    /language — ቋንቋ ምቕያር
    /appointment — ቆጸራኹም ምርኣይ፡ ምቕያር ወይ ምስራዝ
    /mydata — ብዛዕባኹም ዝዓቀብናዮ ምርኣይ
    /delete — ኣባና ዘሎ ኩሉ ሓበሬታኹም ምድምሳስ
    /help — ነዚ ሓገዝ ምርኣይ
cmd-start = ካብ መጀመርታ ምጅማር
cmd-help = ሓገዝ
cmd-language = ቋንቋ ምቕያር
cmd-back = ናብ ዝሓለፈ ሕቶ ምምላስ
cmd-appointment = ቆጸራይ
terminal-hint = ቁጽሪ ናይ ሓደ መልሲ ጽሓፉ፡ ወይ መልስኹም ጽሓፉ። ትእዛዛት: /back, /start, /language, /help

## When something does not fit

error-not-an-option = ይቕሬታ፡ ኣይተረድኣንን። በጃኹም ካብቶም መልስታት ሓደ ምረጹ።
error-empty = መልእኽትኹም ባዶ እዩ ነይሩ። በጃኹም መልስኹም ጽሓፉ።
error-too-long =
    { $max ->
        [one] ጽሑፍኩም ኣዝዩ ነዊሕ እዩ። በጃኹም ክሳብ { $max } ፊደል ጥራይ ጽሓፉ።
       *[other] ጽሑፍኩም ኣዝዩ ነዊሕ እዩ። በጃኹም ክሳብ { $max } ፊደላት ጥራይ ጽሓፉ።
    }
error-number-invalid = በጃኹም ነቲ ዓመት ብ4 ኣሃዛት ጽሓፉ፡ ንኣብነት { $example }።
error-number-range = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ዓመት ጽሓፉ።
error-date-invalid = ነዚ ዕለት ከንብቦ ኣይከኣልኩን። በጃኹም ከምዚ ጽሓፍዎ: { $example }
error-date-nonexistent = እዚ ዕለት እዚ የለን። በጃኹም ነቲ መዓልትን ወርሕን ደጊምኩም ርኣይዎ።
error-date-range = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ዕለት ጽሓፉ።
error-phone-invalid = እዚ ቁጽሪ ተሌፎን ኣይመስልን። በጃኹም ኣሃዛት ጥራይ ጽሓፉ፡ ንኣብነት { $example }
error-stale = እዚ ሕቶ ድሮ መልሲ ረኺቡ እዩ። እቲ ሕጂ ዘሎ ሕቶ እዚ እዩ:
error-already-answered = ነዚ ሕቶ ድሮ መሊስኩምዎ ኢኹም።
error-or-choose = ወይ ካብቶም ኣብ ታሕቲ ዘለዉ መልስታት ሓደ ምረጹ።
error-unsupported =
    { $kind ->
        [voice] ናይ ድምጺ መልእኽቲ ክሰምዕ ኣይክእልን። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ።
        [photo] ኣብዚ ስእልታት ክርኢ ኣይክእልን። በጃኹም ኣብዚ ቻት ደብዳቤታት ወይ ሰነዳት ኣይትስደዱ። ኣማኸርትና ምሳኹም ክርእይዎም እዮም። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ።
        [document] ኣብዚ ፋይላት ክኸፍት ኣይክእልን። በጃኹም ኣብዚ ቻት ደብዳቤታት ወይ ሰነዳት ኣይትስደዱ። ኣማኸርትና ምሳኹም ክርእይዎም እዮም። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ።
        [sticker] የቐንየልና! በጃኹም መልስኹም ብጽሑፍ ጽሓፉ፡ ወይ ካብቶም ኣብ ታሕቲ ዘለዉ መልስታት ምረጹ።
        [location] የቐንየልና፡ ግን ቦታኹም ኣየድልየንን። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ፡ ወይ ካብቶም ኣብ ታሕቲ ዘለዉ መልስታት ምረጹ።
        [contact] በጃኹም ኣብዚ ኣድራሻታት ሰባት (contacts) ኣይትስደዱ። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ፡ ወይ ካብቶም ኣብ ታሕቲ ዘለዉ መልስታት ምረጹ።
       *[other] ጽሑፍን መልስታት ምምራጽን ጥራይ እየ ክንብብ ዝኽእል። በጃኹም መልስኹም ብጽሑፍ ጽሓፉ።
    }
error-edited = ዝቐደመ መልእኽቲ ቀይርኩም። ኣነ ሓደሽቲ መልእኽትታት ጥራይ እየ ዘንብብ። ሓደ መልሲ ጌጋ እንተ ነይሩ፡ ኣብ መወዳእታ፡ ቅድሚ ምስዳድ ክትቕይርዎ ትኽእሉ ኢኹም።
error-private-only = ብሕታውነትኩም ንምሕላው፡ ኣብ ውልቃዊ ቻት ጥራይ እየ ዝዛረብ። በጃኹም ብቐጥታ ጽሓፉለይ።
error-state-reset = ይቕሬታ፡ ናይ ዝርርብና መስመር ጠፊኡኒ። ካብ መጀመርታ ክንጅምር ኣለና።
error-temporary = ይቕሬታ፡ ቴክኒካዊ ጸገም ኣሎ። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ። ቅድሚ ሕጂ ዝሰደድኩምዎ ዋላ ሓንቲ ኣይጠፍአን።
error-not-processed = ይቕሬታ፡ ብሰንኪ ቴክኒካዊ ጸገም ናይ መወዳእታ መልእኽትኹም ክሰርሕ ኣይከኣልኩን። ሰራሕተኛታትና ክርእይዎ ዓቂብናዮ ኣለና። ክትቕጽሉ ትኽእሉ ኢኹም፡ መልስኹም እንደገና ስደዱ፡ ወይ ካብ መጀመርታ ንምጅማር /start ጽሓፉ።

## Messages from staff

staff-says = መልእኽቲ ካብ { $org } ብዛዕባ ሕቶኹም { $reference }:
template-bring-documents = በጃኹም ንቆጸራኹም ሰነዳትኩም ሒዝኩም ምጹ: ፓስፖርት ወይ መንነት ወረቐት፡ ሰነድ መንበሪኹም፡ ከምኡ'ውን ብዛዕባ ሕቶኹም ካብ ቤት ጽሕፈታት ዝመጽኡኹም ኩሎም ደብዳቤታት።
template-call-us = በጃኹም ደውሉልና: { $office }፡ { $phone }። በጃኹም ቁጽሪ መወከሲኹም { $reference } ንገሩና።
template-appointment-moved = ቆጸራኹም ተቐይሩ ኣሎ። እቲ ሓድሽ ግዜ: { $when } ምስ { $counsellor }፡ { $office }፡ { $address }።

## The client's rights

cmd-delete = ሓበሬታይ ምድምሳስ
delete-confirm =
    ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክንድምስሶ ዶ? እዚ መልስታትኩምን ሕቶታትኩምን የጠቓልል፡ ዝሓዝኩምዎም ቆጸራታት እውን ክንስርዞም ኢና። ንስታቲስቲክስና ጥራይ፡ ብዛዕባኹም ዋላ ሓንቲ ዘይሓዘ ቁጽሪ ይተርፍ።
    እዚ ምድምሳስ ክቕልበስ ኣይክእልን።
delete-yes = እወ፡ ኩሉ ደምስሱ
delete-no = ኣይፋል፡ ዋላ ሓንቲ ኣይትደምስሱ
delete-kept = ሕራይ፡ ዋላ ሓንቲ ኣይደምሰስናን።
delete-done = ተወዲኡ: ሓበሬታኹም ደምሲስናዮ ኣለና። እንደገና እንተ ጺሒፍኩምልና፡ ካብ ሓድሽ ክንጅምር ኢና።
cmd-mydata = ዝተዓቀበ ሓበሬታይ
mydata-intro = ብዛዕባኹም ዝዓቀብናዮ እዚ እዩ:
mydata-none = ብዛዕባኹም ዝዓቀብናዮ ዋላ ሓንቲ የለን።
mydata-consent = ስምምዕ ዝሃብኩምሉ ዕለት { $date } (ስሪት ጽሑፍ { $version })
mydata-language = ቋንቋ: { $language }
mydata-draft = ክሳብ ሕጂ ዝሃብኩምዎም መልስታት (ገና ኣይተሰደዱን):
mydata-request = ሕቶ { $reference } ናይ { $date }: { $status ->
    [new] በጺሑ
    [closed] ተዛዚሙ
   *[other] ይስራሓሉ ኣሎ
}
mydata-appointment = ቆጸራ { $when }: { $status ->
    [held] ተታሒዙ
    [cancelled] ተሰሪዙ
    [no_show] ኣይተሳተፍኩምን
   *[booked] ተመዝጊቡ
}
mydata-file = እዚ ሓበሬታ እዚ ከም ፋይል (JSON)፡ ንመዝገብኩም። ብ /delete ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።
