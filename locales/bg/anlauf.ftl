# anlauf — client-facing messages (Bulgarian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Здравейте! Тук е { $org }. Ще Ви задам няколко кратки въпроса, за да може точният човек да Ви помогне. Това е безплатно.
ask-language = Ще Ви пиша на този език: { $language }. Ако искате друг език, изберете го тук.
language-keep = ✓ { $language } — продължете
language-more = Още езици
language-switched = Отсега нататък ще Ви пиша на този език: { $language }.
language-offer = Вие писахте на този език: { $language }. Да продължим ли на него?
language-offer-yes = Продължете на { $language }
language-unknown = Езикът „{ $tag }“ не е наличен тук. Можете да изберете език с /language.

## Consent

consent-text =
    { $org } дава безплатни съвети на хора, които са дошли да живеят в Германия. Консултацията е поверителна: не даваме Вашите данни на никого.

    За да Ви помогнем, ние записваме Вашите отговори. Само консултантите на { $org } ги четат. Можете по всяко време да ни помолите да Ви покажем Вашите данни или да ги изтрием.

    Давате ли съгласие да запишем Вашите отговори?
consent-yes = Да, давам съгласие
consent-no = Не
consent-declined =
    Добре. Не сме записали нищо.
    Можете също да ни се обадите или да дойдете при нас:
    { $offices }
consent-declined-kept =
    Добре. Няма да записваме нищо повече, а това, което ни казахте в този разговор, се изтрива.
    Запитването, което ни изпратихте по-рано, остава при нашите консултанти. Ако искате да изтрием и него, обадете ни се или елате при нас:
    { $offices }

## Concern

ask-topics = За какво имате нужда от помощ? Можете да изберете повече от едно. После натиснете „Готово“.
topic-residence = Пребиваване и убежище
topic-benefits = Социални помощи и пари от държавата
topic-work = Работа и разрешение за работа
topic-recognition = Признаване на моите дипломи
topic-education = Училище, професия, университет
topic-language_course = Интеграционен курс и курс по немски
topic-childcare = Детска градина (Kita) или училище
topic-family = Семейство
topic-family_reunification = Да доведа семейството си в Германия
topic-health = Здраве и стрес
topic-discrimination = Дискриминация и расизъм
topic-housing = Жилище
topic-debts = Дългове и проблеми с пари
topic-return = Връщане или отиване в друга държава
topic-daily_life = Всекидневие, писма и институции
topic-other = Нещо друго
multi-done = Готово ✓
multi-chosen =
    { $count ->
        [0] Още нищо не сте избрали.
        [one] Избрахте един отговор: { $list }
       *[other] Избрахте { $count } отговора: { $list }
    }
multi-empty = Моля, изберете поне един отговор. После натиснете „Готово“.

## About you

ask-age = На колко години сте?
age-under_18 = Под 18 години
age-18_26 = От 18 до 26
age-27_64 = От 27 до 64
age-65_plus = 65 или повече

ask-arrival = През коя година дойдохте в Германия? Напишете годината, например { $example }.
arrival-born_here = Родих се в Германия
arrival-over_10_years = Преди повече от 10 години

ask-residence = Какъв е Вашият статут на пребиваване? Ако не знаете точно, изберете „Не знам“.
residence-asylum_procedure = Тече процедура за убежище
residence-protection = Имам статут на бежанец или закрила
residence-duldung = Отложена депортация (Duldung)
residence-temporary_protection = Временна закрила (от Украйна)
residence-residence_permit = Друго разрешение за пребиваване
residence-settlement_permit = Разрешение за постоянно пребиваване
residence-eu_citizen = Гражданство на държава от ЕС
residence-german = Германско гражданство
residence-late_repatriate = Преселник (Spätaussiedler), семейство
residence-unknown = Не знам

ask-course = Трябва ли да ходите на интеграционен курс (курс по немски)?
course-obliged = Да, трябва
course-attending = Сега ходя на курс
course-finished = Вече завърших курса
course-no = Не
course-unknown = Не знам

## Urgency

ask-urgent = Вярно ли е нещо от това за Вас точно сега? Ако не, изберете „Не“.
urgent-deadline = Писмо със срок или депортиране
urgent-danger = Насилие, заплахи или здравна криза
urgent-no_shelter = Тази нощ нямам къде да спя
urgent-no_food = Нямам пари за храна
urgent-no = Не, нищо от това
yes = Да
no = Не
urgent-help =
    Ако сега сте в опасност, моля, обадете се:
    Полиция: 110
    Бърза помощ и пожарна: 112
    Дежурен лекар нощем и в почивните дни: 116 117
    Помощ за жени срещу насилие (на много езици, безплатно, денем и нощем): 116 016
    Кризисна линия (безплатно, денем и нощем): 0800 111 0 111
    Този чат не дава правни съвети. Нашите служители ще се свържат с Вас с предимство.
urgent-help-suicide =
    Не сте сами. Моля, поговорете с някого още сега:
    Кризисна линия (безплатно, анонимно, денем и нощем): 0800 111 0 111
    Ако сега животът Ви е в опасност: 112
urgent-help-violence =
    Ако сега сте в опасност, обадете се на полицията: 110
    Помощ за жени срещу насилие (на много езици, безплатно, анонимно, денем и нощем): 116 016
urgent-help-illness =
    При спешен медицински случай се обадете на Бърза помощ: 112
    Дежурен лекар нощем и в почивните дни: 116 117
urgent-help-homelessness =
    Ако нямате къде да спите тази нощ, можете да отидете тук:
    { $place }
urgent-help-hunger =
    Тук раздават храна:
    { $food }
    Спешна парична помощ от социалната служба (Sozialamt):
    { $welfare }
urgent-help-footer = Този чат не дава правни съвети. Нашите служители ще се свържат с Вас с предимство.
urgent-letter = Благодарим Ви. Ще разгледаме Вашето писмо с предимство. Този чат не дава правни съвети; консултант ще се свърже с Вас.
urgent-first = Благодарим Ви, че ни казахте. Нашите служители ще разгледат Вашето запитване с предимство. Този чат не дава правни съвети; консултант ще се свърже с Вас.
ask-deadline = До коя дата е срокът? Напишете я така: { $example }
deadline-skip = Няма дата или не знам

## Your own words

ask-own-words = Моля, разкажете ни с Ваши думи за какво става дума. Можете да пишете на Вашия език.
skip = Пропуснете

## Contact

ask-contact = Как да се свържем с Вас?
contact-chat = Тук, в този чат
contact-phone = По телефона
contact-in_person = Лично, в офис
ask-phone = На кой телефонен номер да Ви се обадим? Например { $example }
ask-office = Кой офис е най-удобен за Вас?
ask-appointment-languages = На кои езици можете да говорите на консултацията? Можете да изберете повече от един. После натиснете „Готово“.
office-any = Няма значение
office-hours = Работно време: { $hours }
office-directions-elsewhere = Как да стигнете (на { $language }, защото още не е написано на вашия език): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = Автобус 12 или трамвай 3 до спирка „Lindenallee“. Входът е от двора, 3-ти етаж (в Германия казват 2-ри етаж). Позвънете на звънеца „Beratung“.
office-nord-directions = Трамвай 5 до спирка „Erlenhof“, после 3 минути пеша. На партера (приземния етаж), вратата със синята табела.
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Нд

## Check and send

summary-intro = Моля, проверете отговорите си:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Всичко е вярно — изпратете
summary-change = ✎ Променете отговор
ask-which-change = Кой отговор искате да промените?
field-language = Език
field-topics = Тема
field-age_group = Възраст
field-arrival = Пристигане в Германия
field-residence = Статут на пребиваване
field-integration_course = Интеграционен курс
field-urgent = Спешно
field-deadline_date = Срок
field-own_words = С Ваши думи
field-contact = Контакт
field-phone = Телефон
field-office = Офис
field-appointment_languages = Езици за консултацията
done =
    Благодарим Ви! Получихме Вашето запитване.
    Номерът на Вашето запитване е: { $reference }
    Моля, запазете този номер. Консултант скоро ще се свърже с Вас.
referral-intro = Тези места отговарят за Вашия въпрос или също могат да Ви помогнат:
referral-entry = { $kind }: { $name }
referral-phone = Телефон: { $phone }
referral-languages = Езици: { $languages }
referral-kind-youth_migration = Миграционна служба за млади хора от 12 до 26 години (Jugendmigrationsdienst)
referral-kind-immigration_office = Служба за чужденци (Ausländerbehörde)
referral-kind-job_centre = Джобцентър (Jobcenter)
referral-kind-social_office = Социална служба (Sozialamt)
referral-kind-integration_course = Организация за интеграционни курсове
referral-kind-debt_counselling = Консултация при дългове (Schuldnerberatung)
referral-kind-recognition = Консултация за признаване на дипломи
referral-kind-health = Консултация за здраве и психологическа помощ
referral-kind-return_counselling = Консултация за връщане (Rückkehrberatung)
referral-kind-housing_help = Помощ за хора без жилище
referral-kind-anti_discrimination = Консултация срещу дискриминация
after-done = Вашето запитване { $reference } е при нас. Ако искате да изпратите ново запитване, напишете /start.

## Appointment

booking-offer = Свободни часове в { $office } ({ $address }). Изберете час:
booking-interpreter = Никой консултант не говори тези езици: { $languages }. Ще помолим преводач да дойде на консултацията.
booking-urgent = Понеже е спешно, това са най-ранните часове. Ако никой от тях не Ви подхожда, консултант ще се свърже с Вас по-рано.
booking-none = През следващите седмици няма свободен час. Консултант ще се свърже с Вас.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Можете да дойдете и без записан час: { $office }, { $address }, { $hours }.
booking-later = По-късни часове ▸
booking-other-office = Друг офис
booking-skip = Без час, моля, свържете се с мен
booking-skipped = Добре. Консултант ще се свърже с Вас.
booking-format-in_person = лично
booking-format-phone = по телефона
booking-format-video = видеоразговор
booking-hold =
    { $when } с { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Пазя този час за Вас { $minutes } минута. Да го запиша ли?
       *[other] Пазя този час за Вас { $minutes } минути. Да го запиша ли?
    }
booking-confirm = ✓ Да, запишете го
booking-other = Изберете друг час
booking-taken = Съжаляваме, някой друг току-що взе този час. Ето следващите свободни часове.
booking-done =
    Вашият час е записан:
    { $when } с { $counsellor }
    { $office }, { $address } ({ $format })
    Моля, носете паспорт или лична карта, разрешението си за пребиваване и писмата по Вашия въпрос.
    С файла за календар по-долу можете да запазите часа в телефона си.
booking-with-interpreter = Ще дойде преводач за този език: { $language }.
booking-event = Консултация, { $org }
booking-reminder = Напомняне: Вашият час е на { $when } с { $counsellor }, { $office }, { $address } ({ $format }). Ако не можете да дойдете, моля, напишете /appointment.
appointment-none = Още нямате записан час при нас. За да изпратите запитване, напишете /start.
appointment-show = Вашият час: { $when } с { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Отменете часа
appointment-reschedule = Изберете друг час
appointment-keep = Запазете часа
appointment-cancelled = Вашият час е отменен. Ако искате нов час, напишете /appointment.
waitlist-join = Запишете ме в списъка за чакане
waitlist-joined = Вие сте в списъка за чакане. Щом се освободи подходящ час, ще Ви пиша тук.
waitlist-offer = Освободи се час за Вас: { $when } с { $counsellor }, { $office }, { $address } ({ $format }). Пазя го за Вас до { $until }. Да го запиша ли?
after-booked = Вашият час е на { $when } с { $counsellor } в { $office }. Номер на запитването: { $reference }. Ако искате да изпратите ново запитване, напишете /start.

## Navigation and help

nav-back = ◀ Назад
nav-restart = ↺ Започнете отначало
confirm-restart = Да започнем ли отначало? Досегашните Ви отговори ще бъдат изтрити.
confirm-restart-yes = Да, изтрийте и започнете отначало
confirm-restart-no = Не, продължете
help =
    Задавам Ви няколко въпроса и изпращам отговорите Ви на консултант.
    /start — започнете отначало
    /back — върнете се към предишния въпрос
    /language — сменете езика
    /appointment — вижте, преместете или отменете Вашия час
    /mydata — вижте какво сме запазили за Вас
    /delete — изтрийте всичките си данни при нас
    /help — вижте тази помощ
cmd-start = Започнете отначало
cmd-help = Помощ
cmd-language = Сменете езика
cmd-back = Върнете се към предишния въпрос
cmd-appointment = Моят час
terminal-hint = Напишете номера на отговора или напишете отговора си. Команди: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Съжалявам, не разбрах това. Моля, изберете един от отговорите.
error-empty = Съобщението Ви беше празно. Моля, напишете отговора си.
error-too-long =
    { $max ->
        [one] Текстът Ви е твърде дълъг. Моля, напишете най-много { $max } знак.
       *[other] Текстът Ви е твърде дълъг. Моля, напишете най-много { $max } знака.
    }
error-number-invalid = Моля, напишете годината с 4 цифри, например { $example }.
error-number-range = Моля, напишете година между { $min } и { $max }.
error-date-invalid = Не можах да прочета тази дата. Моля, напишете я така: { $example }
error-date-nonexistent = Тази дата не съществува. Моля, проверете деня и месеца.
error-date-range = Моля, напишете дата между { $min } и { $max }.
error-phone-invalid = Това не прилича на телефонен номер. Моля, напишете само цифрите, например { $example }
error-stale = На този въпрос вече е отговорено. Ето сегашния въпрос:
error-already-answered = Вече отговорихте на този въпрос.
error-or-choose = Или изберете един от отговорите по-долу.
error-unsupported =
    { $kind ->
        [voice] Не мога да слушам гласови съобщения. Моля, напишете отговора си като текст.
        [photo] Тук не мога да гледам снимки. Моля, не изпращайте писма или документи в този чат. Консултант ще ги разгледа заедно с Вас. Моля, напишете отговора си като текст.
        [document] Тук не мога да отварям файлове. Моля, не изпращайте писма или документи в този чат. Консултант ще ги разгледа заедно с Вас. Моля, напишете отговора си като текст.
        [sticker] Благодаря! Моля, напишете отговора си като текст или използвайте бутоните.
        [location] Благодаря, но не ми трябва Вашето местоположение. Моля, напишете отговора си като текст или използвайте бутоните.
        [contact] Моля, не изпращайте контакти тук. Моля, напишете отговора си като текст или използвайте бутоните.
       *[other] Мога да чета само текст и бутони. Моля, напишете отговора си като текст.
    }
error-edited = Вие променихте по-старо съобщение. Чета само нови съобщения. Ако някой отговор е грешен, можете да го промените накрая, преди да изпратите.
error-private-only = Говоря само в лични чатове, за да пазя Вашата лична информация. Моля, пишете ми директно.
error-state-reset = Съжалявам, изгубих нишката на нашия разговор. Трябва да започнем отначало.
error-temporary = Съжалявам, има технически проблем. Моля, опитайте отново след няколко минути. Нищо от това, което изпратихте преди, не е изгубено.
error-not-processed = Съжалявам, заради технически проблем не успях да обработя последното Ви съобщение. Запазихме го, за да го прегледа нашият екип. Можете да продължите: изпратете отговора си отново или напишете /start, за да започнете отначало.

## Messages from staff

staff-says = Съобщение от { $org } за Вашето запитване { $reference }:
template-bring-documents = Моля, носете документите си на консултацията: паспорт или лична карта, документа си за пребиваване и всички писма от институции по Вашия въпрос.
template-call-us = Моля, обадете ни се: { $office }, { $phone }. Моля, кажете ни номера на Вашето запитване: { $reference }.
template-appointment-moved = Вашият час е преместен. Новият час: { $when } с { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Изтрийте моите данни
delete-confirm =
    Да изтрием ли всичко, което сме запазили за Вас? Това са Вашите отговори и Вашите запитвания; ще отменим и всички часове, които сте записали. За нашата статистика остава само едно число, без нищо за Вас.
    Това не може да се върне назад.
delete-yes = Да, изтрийте всичко
delete-no = Не, не изтривайте нищо
delete-kept = Добре, не изтрихме нищо.
delete-done = Готово: изтрихме Вашите данни. Ако ни пишете отново, ще започнем отначало.
cmd-mydata = Моите запазени данни
mydata-intro = Ето какво сме запазили за Вас:
mydata-none = Нямаме нищо запазено за Вас.
mydata-consent = Съгласие, дадено на { $date } (версия на текста { $version })
mydata-language = Език: { $language }
mydata-draft = Досегашните Ви отговори (още не са изпратени):
mydata-request = Запитване { $reference } от { $date }: { $status ->
    [new] получено
    [closed] приключено
   *[other] в процес на работа
}
mydata-appointment = Час на { $when }: { $status ->
    [held] запазен временно
    [cancelled] отменен
    [no_show] пропуснат
   *[booked] записан
}
mydata-file = Същото като файл (JSON), за да го запазите при себе си. С /delete изтривате всичко.
