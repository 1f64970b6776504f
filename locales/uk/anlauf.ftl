# anlauf — client-facing messages (Ukrainian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Вітаємо! Це { $org }. Я поставлю вам кілька коротких запитань, щоб вам допомогла потрібна людина. Це безкоштовно.
ask-language = Я писатиму вам цією мовою: { $language }. Якщо вам зручніша інша мова, виберіть її тут.
language-keep = ✓ { $language } — продовжити
language-more = Інші мови
language-switched = Тепер я писатиму вам цією мовою: { $language }.
language-offer = Ви написали цією мовою: { $language }. Продовжимо цією мовою?
language-offer-yes = Продовжити цією мовою: { $language }
language-unknown = Мови «{ $tag }» тут немає. Ви можете вибрати мову командою /language.

## Consent

consent-text =
    { $org } безкоштовно консультує людей, які переїхали до Німеччини. Консультація конфіденційна: ми нікому не передаємо ваші дані.

    Щоб допомогти вам, ми записуємо ваші відповіді. Їх читають лише консультанти організації { $org }. Ви будь-коли можете попросити нас показати ваші дані або видалити їх.

    Ви згодні, щоб ми записали ваші відповіді?
consent-yes = Так, я даю згоду
consent-no = Ні
consent-declined =
    Добре. Ми нічого не зберегли.
    Ви також можете зателефонувати нам або прийти до нас:
    { $offices }
consent-declined-kept =
    Добре. Ми більше нічого не записуємо, а те, що ви розповіли нам у цій розмові, буде видалено.
    Звернення, яке ви надіслали нам раніше, залишається в наших консультантів. Якщо ви хочете, щоб його теж видалили, зателефонуйте нам або приходьте до нас:
    { $offices }

## Concern

ask-topics = З чим вам потрібна допомога? Можна вибрати кілька варіантів. Потім натисніть «Готово».
topic-residence = Право на перебування і притулок
topic-benefits = Соціальні виплати від держави
topic-work = Робота і дозвіл на роботу
topic-recognition = Визнання атестата чи диплома
topic-education = Школа, профнавчання, університет
topic-language_course = Інтеграційний курс і курс німецької
topic-childcare = Садок (Kita) чи школа для дитини
topic-family = Сім’я
topic-family_reunification = Перевезти сім’ю до Німеччини
topic-health = Здоров’я і стрес
topic-discrimination = Дискримінація і расизм
topic-housing = Житло
topic-debts = Борги та проблеми з грошима
topic-return = Повернення або переїзд в іншу країну
topic-daily_life = Побут, листи й установи
topic-other = Інше
multi-done = Готово ✓
multi-chosen =
    { $count ->
        [0] Ви поки нічого не вибрали.
        [one] Ви вибрали { $count } відповідь: { $list }
        [few] Ви вибрали { $count } відповіді: { $list }
        [many] Ви вибрали { $count } відповідей: { $list }
       *[other] Ви вибрали { $count } відповіді: { $list }
    }
multi-empty = Будь ласка, виберіть хоча б одну відповідь. Потім натисніть «Готово».

## About you

ask-age = Скільки вам років?
age-under_18 = До 18 років
age-18_26 = Від 18 до 26
age-27_64 = Від 27 до 64
age-65_plus = 65 і більше

ask-arrival = У якому році ви приїхали до Німеччини? Напишіть рік, наприклад { $example }.
arrival-born_here = Народився / народилася в Німеччині
arrival-over_10_years = Понад 10 років тому

ask-residence = Який у вас статус перебування? Якщо ви не впевнені, виберіть «Не знаю».
residence-asylum_procedure = Триває процедура притулку
residence-protection = Є статус біженця або захист
residence-duldung = Відстрочка депортації (Duldung)
residence-temporary_protection = Тимчасовий захист (з України)
residence-residence_permit = Інший дозвіл на проживання
residence-settlement_permit = Безстроковий дозвіл на проживання
residence-eu_citizen = Громадянство країни ЄС
residence-german = Громадянство ФРН
residence-late_repatriate = Переселенець (Spätaussiedler) чи член сім’ї
residence-unknown = Не знаю

ask-course = Ви зобов’язані відвідувати інтеграційний курс (курс німецької мови)?
course-obliged = Так, це обов’язково
course-attending = Зараз відвідую курс
course-finished = Курс уже пройдено
course-no = Ні
course-unknown = Не знаю

## Urgency

ask-urgent = Чи є у вас зараз щось із цього переліку? Якщо ні, виберіть «Ні».
urgent-deadline = Лист із терміном або загроза депортації
urgent-danger = Насильство, погрози або тяжкий стан здоров’я
urgent-no_shelter = Сьогодні мені ніде ночувати
urgent-no_food = У мене немає грошей на їжу
urgent-no = Ні, нічого з цього
yes = Так
no = Ні
urgent-help =
    Якщо вам зараз загрожує небезпека, телефонуйте:
    Поліція: 110
    Швидка допомога і пожежна служба: 112
    Лікарська чергова служба вночі та у вихідні: 116 117
    Допомога жінкам, які потерпають від насильства (багатьма мовами, безкоштовно, цілодобово): 116 016
    Телефон довіри (безкоштовно, цілодобово): 0800 111 0 111
    У цьому чаті ми не даємо юридичних консультацій. Наші працівники зв’яжуться з вами якнайшвидше.
urgent-letter = Дякуємо. Ми переглянемо ваш лист у першу чергу. Цей чат не надає юридичних консультацій; з вами зв’яжеться консультант.
urgent-first = Дякуємо, що повідомили нам. Наші працівники розглянуть ваше звернення в першу чергу. Цей чат не надає юридичних консультацій; з вами зв’яжеться консультант.
ask-deadline = До якого числа термін? Напишіть дату так: { $example }
deadline-skip = Немає дати або не знаю

## Your own words

ask-own-words = Будь ласка, розкажіть своїми словами, про що йдеться. Можна писати вашою мовою.
skip = Пропустити

## Contact

ask-contact = Як нам з вами зв’язатися?
contact-chat = Тут, у цьому чаті
contact-phone = Телефоном
contact-in_person = Особисто, в офісі
ask-phone = За яким номером нам зателефонувати? Наприклад { $example }
ask-office = Який офіс вам найзручніший?
ask-appointment-languages = Якими мовами ви можете говорити на консультації? Можна вибрати кілька. Потім натисніть «Готово».
office-any = Будь-який
office-hours = Години роботи: { $hours }
office-mitte-directions = Автобус 12 або трамвай 3 до зупинки «Lindenallee». Вхід з двору, 3-й поверх (за німецьким рахунком 2-й). Натисніть дзвінок «Beratung».
office-nord-directions = Трамвай 5 до зупинки «Erlenhof», потім 3 хвилини пішки. Перший поверх, двері з синьою табличкою.
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Нд

## Check and send

summary-intro = Будь ласка, перевірте ваші відповіді:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Усе правильно — надіслати
summary-change = ✎ Змінити відповідь
ask-which-change = Яку відповідь ви хочете змінити?
field-language = Мова
field-topics = Тема звернення
field-age_group = Вік
field-arrival = Приїзд до Німеччини
field-residence = Статус перебування
field-integration_course = Інтеграційний курс
field-urgent = Терміново
field-deadline_date = Термін
field-own_words = Своїми словами
field-contact = Зв’язок
field-phone = Телефон
field-office = Офіс
field-appointment_languages = Мови для консультації
done =
    Дякуємо! Ми отримали ваше звернення.
    Номер вашого звернення: { $reference }
    Будь ласка, збережіть цей номер. Консультант незабаром зв’яжеться з вами.
referral-intro = Ці служби відповідають за ваше питання або теж можуть вам допомогти:
referral-entry = { $kind }: { $name }
referral-phone = Телефон: { $phone }
referral-languages = Мови: { $languages }
referral-kind-youth_migration = Міграційна служба для молоді від 12 до 26 років (Jugendmigrationsdienst)
referral-kind-immigration_office = Відомство у справах іноземців (Ausländerbehörde)
referral-kind-job_centre = Джобцентр (Jobcenter)
referral-kind-social_office = Соціальне відомство (Sozialamt)
referral-kind-integration_course = Організатор інтеграційного курсу
referral-kind-debt_counselling = Консультація щодо боргів
referral-kind-recognition = Консультація щодо визнання атестата чи диплома
referral-kind-health = Консультація щодо здоров’я та психологічна підтримка
referral-kind-return_counselling = Консультація щодо повернення (Rückkehrberatung)
referral-kind-housing_help = Допомога людям без житла
referral-kind-anti_discrimination = Консультація щодо захисту від дискримінації
after-done = Ваше звернення { $reference } вже у нас. Якщо хочете надіслати нове звернення, напишіть /start.

## Appointment

booking-offer = Вільний час для консультації: { $office } ({ $address }). Виберіть час:
booking-interpreter = Жоден консультант не говорить цими мовами: { $languages }. Ми запросимо на консультацію перекладача.
booking-urgent = Ваша справа термінова, тому тут найближчий вільний час. Якщо нічого не підходить, консультант зв’яжеться з вами раніше.
booking-none = У найближчі тижні вільного часу немає. Консультант зв’яжеться з вами.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Ви також можете прийти без запису: { $office }, { $address }, { $hours }.
booking-later = Пізніший час ▸
booking-other-office = Інший офіс
booking-skip = Без запису, зв’яжіться зі мною
booking-skipped = Добре. Консультант зв’яжеться з вами.
booking-format-in_person = особисто
booking-format-phone = телефоном
booking-format-video = відеодзвінок
booking-hold =
    { $when }, консультант: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Я притримаю для вас цей час на { $minutes } хвилину. Записати вас?
        [few] Я притримаю для вас цей час на { $minutes } хвилини. Записати вас?
        [many] Я притримаю для вас цей час на { $minutes } хвилин. Записати вас?
       *[other] Я притримаю для вас цей час на { $minutes } хвилини. Записати вас?
    }
booking-confirm = ✓ Так, записати
booking-other = Вибрати інший час
booking-taken = Вибачте, цей час щойно зайняв хтось інший. Ось наступний вільний час.
booking-done =
    Вас записано:
    { $when }, консультант: { $counsellor }
    { $office }, { $address } ({ $format })
    Будь ласка, візьміть із собою паспорт або посвідчення особи, дозвіл на проживання та листи щодо вашого питання.
    За допомогою файлу календаря нижче ви можете зберегти цей запис у телефоні.
booking-with-interpreter = На консультації буде перекладач. Мова: { $language }.
booking-event = Консультація, { $org }
booking-reminder = Нагадування про запис: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }). Якщо ви не можете прийти, будь ласка, напишіть /appointment.
appointment-none = У вас поки немає запису на консультацію. Щоб надіслати звернення, напишіть /start.
appointment-show = Ваш запис: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Скасувати запис
appointment-reschedule = Вибрати інший час
appointment-keep = Залишити запис
appointment-cancelled = Ваш запис скасовано. Якщо хочете записатися знову, напишіть /appointment.
waitlist-join = Додати в список очікування
waitlist-joined = Ви в списку очікування. Щойно з’явиться вільний час, який вам підходить, я напишу вам тут.
waitlist-offer = Для вас звільнився час для консультації: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }). Я притримаю його для вас до цього терміну: { $until }. Записати вас?
after-booked = Вас записано на консультацію: { $when }, консультант: { $counsellor }, офіс: { $office }. Номер вашого звернення: { $reference }. Якщо хочете надіслати нове звернення, напишіть /start.

## Navigation and help

nav-back = ◀ Назад
nav-restart = ↺ Почати знову
confirm-restart = Почати знову? Відповіді, які ви вже дали, буде видалено.
confirm-restart-yes = Так, видалити й почати знову
confirm-restart-no = Ні, продовжити
help =
    Я ставлю вам кілька запитань і передаю ваші відповіді консультантові.
    /start — почати спочатку
    /back — повернутися до попереднього запитання
    /language — змінити мову
    /appointment — переглянути, перенести або скасувати запис
    /mydata — переглянути, що ми про вас зберегли
    /delete — видалити всі ваші дані, які зберігаються в нас
    /help — показати цю довідку
cmd-start = Почати спочатку
cmd-help = Допомога
cmd-language = Змінити мову
cmd-back = Повернутися до попереднього запитання
cmd-appointment = Мій запис
terminal-hint = Введіть номер відповіді або напишіть свою відповідь. Команди: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Вибачте, я не розумію цю відповідь. Будь ласка, виберіть один із варіантів.
error-empty = Ваше повідомлення порожнє. Будь ласка, напишіть відповідь.
error-too-long =
    { $max ->
        [one] Ваш текст задовгий. Можна написати максимум { $max } символ.
        [few] Ваш текст задовгий. Можна написати максимум { $max } символи.
        [many] Ваш текст задовгий. Можна написати максимум { $max } символів.
       *[other] Ваш текст задовгий. Можна написати максимум { $max } символу.
    }
error-number-invalid = Будь ласка, напишіть рік чотирма цифрами, наприклад { $example }.
error-number-range = Будь ласка, напишіть рік від { $min } до { $max }.
error-date-invalid = Я не можу прочитати цю дату. Будь ласка, напишіть її так: { $example }
error-date-nonexistent = Такої дати не існує. Будь ласка, перевірте день і місяць.
error-date-range = Будь ласка, напишіть дату від { $min } до { $max }.
error-phone-invalid = Це не схоже на номер телефону. Будь ласка, напишіть лише цифри, наприклад { $example }
error-stale = На це запитання ви вже відповіли. Ось поточне запитання:
error-already-answered = Ви вже відповіли на це запитання.
error-or-choose = Або виберіть одну з відповідей нижче.
error-unsupported =
    { $kind ->
        [voice] Я не можу слухати голосові повідомлення. Будь ласка, напишіть відповідь текстом.
        [photo] Тут я не можу переглядати фото. Будь ласка, не надсилайте листи чи документи в цей чат. Консультант перегляне їх разом з вами. Будь ласка, напишіть відповідь текстом.
        [document] Тут я не можу відкривати файли. Будь ласка, не надсилайте листи чи документи в цей чат. Консультант перегляне їх разом з вами. Будь ласка, напишіть відповідь текстом.
        [sticker] Дякую! Будь ласка, напишіть відповідь текстом або натисніть кнопку.
        [location] Дякую, але мені не потрібне ваше місцезнаходження. Будь ласка, напишіть відповідь текстом або натисніть кнопку.
        [contact] Будь ласка, не надсилайте сюди контакти. Напишіть відповідь текстом або натисніть кнопку.
       *[other] Я розумію лише текст і кнопки. Будь ласка, напишіть відповідь текстом.
    }
error-edited = Ви змінили попереднє повідомлення. Я читаю лише нові повідомлення. Якщо якась відповідь неправильна, ви зможете змінити її в кінці, перед надсиланням.
error-private-only = Я спілкуюся лише в особистих чатах, щоб захистити ваші дані. Будь ласка, напишіть мені особисто.
error-state-reset = Вибачте, наша розмова перервалася. Нам потрібно почати спочатку.
error-temporary = Вибачте, виникла технічна проблема. Будь ласка, спробуйте ще раз через кілька хвилин. Усе, що ви надіслали раніше, збережено.

## Messages from staff

staff-says = Повідомлення від { $org } щодо вашого звернення { $reference }:
template-bring-documents = Будь ласка, візьміть із собою на консультацію документи: паспорт або посвідчення особи, документ про перебування та всі листи від установ щодо вашого питання.
template-call-us = Будь ласка, зателефонуйте нам: { $office }, { $phone }. Назвіть номер вашого звернення: { $reference }.
template-appointment-moved = Ваш запис перенесено. Новий час: { $when }, консультант: { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Видалити мої дані
delete-confirm =
    Видалити все, що ми про вас зберегли? Це ваші відповіді та ваші звернення; якщо у вас є записи на консультацію, ми їх скасуємо. Для нашої статистики залишиться лише число — без жодних відомостей про вас.
    Відновити дані потім буде неможливо.
delete-yes = Так, видалити все
delete-no = Ні, нічого не видаляти
delete-kept = Добре, ми нічого не видалили.
delete-done = Готово: ми видалили ваші дані. Якщо ви напишете нам знову, ми почнемо спочатку.
cmd-mydata = Мої збережені дані
mydata-intro = Ось що ми про вас зберегли:
mydata-none = У нас немає жодних збережених даних про вас.
mydata-consent = Згоду надано { $date } (версія тексту { $version })
mydata-language = Мова: { $language }
mydata-draft = Відповіді, які ви вже дали (ще не надіслані):
mydata-request = Звернення { $reference } від { $date }: { $status ->
    [new] отримано
    [closed] закрито
   *[other] розглядається
}
mydata-appointment = Запис на { $when }: { $status ->
    [held] попередньо зарезервовано
    [cancelled] скасовано
    [no_show] пропущено
   *[booked] підтверджено
}
mydata-file = Те саме у вигляді файлу (JSON), щоб ви могли зберегти його в себе. Командою /delete ви видалите все.
