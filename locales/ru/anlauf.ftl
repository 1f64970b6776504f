# anlauf — client-facing messages (Russian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Здравствуйте! Это { $org }. Я задам вам несколько коротких вопросов, чтобы вам помог нужный человек. Это бесплатно.
ask-language = Я буду писать вам на этом языке: { $language }. Если вам удобнее другой язык, выберите его здесь.
language-keep = ✓ { $language } — продолжить
language-more = Другие языки
language-switched = Теперь я буду писать вам на этом языке: { $language }.
language-offer = Вы написали на языке: { $language }. Продолжим на этом языке?
language-offer-yes = Продолжить на этом языке: { $language }
language-unknown = Языка «{ $tag }» здесь нет. Вы можете выбрать язык командой /language.

## Consent

consent-text =
    { $org } бесплатно консультирует людей, которые переехали в Германию. Консультация конфиденциальна: мы никому не передаём ваши данные.

    Чтобы помочь вам, мы записываем ваши ответы. Их читают только консультанты организации { $org }. Вы можете в любой момент попросить нас показать ваши данные или удалить их.

    Вы согласны, чтобы мы записали ваши ответы?
consent-yes = Да, я даю согласие
consent-no = Нет
consent-declined =
    Хорошо. Мы ничего не сохранили.
    Вы также можете позвонить нам или прийти к нам:
    { $offices }
consent-declined-kept =
    Хорошо. Мы больше ничего не записываем, а то, что вы рассказали нам в этом разговоре, будет удалено.
    Обращение, которое вы отправили нам раньше, остаётся у наших консультантов. Если вы хотите, чтобы его тоже удалили, позвоните нам или приходите к нам:
    { $offices }

## Concern

ask-topics = С чем вам нужна помощь? Можно выбрать несколько вариантов. Потом нажмите «Готово».
topic-residence = Право на пребывание и убежище
topic-benefits = Социальные пособия от государства
topic-work = Работа и разрешение на работу
topic-recognition = Признание аттестата или диплома
topic-education = Школа, профобучение, учёба в вузе
topic-language_course = Интеграционный курс, курс немецкого
topic-childcare = Детсад (Kita) или школа для ребёнка
topic-family = Семья
topic-family_reunification = Перевезти семью в Германию
topic-health = Здоровье и стресс
topic-discrimination = Дискриминация и расизм
topic-housing = Жильё
topic-debts = Долги и проблемы с деньгами
topic-return = Возвращение или переезд в другую страну
topic-daily_life = Быт, письма и учреждения
topic-other = Другое
multi-done = Готово ✓
multi-chosen =
    { $count ->
        [0] Вы пока ничего не выбрали.
        [one] Вы выбрали { $count } ответ: { $list }
        [few] Вы выбрали { $count } ответа: { $list }
        [many] Вы выбрали { $count } ответов: { $list }
       *[other] Вы выбрали { $count } ответа: { $list }
    }
multi-empty = Пожалуйста, выберите хотя бы один ответ. Потом нажмите «Готово».

## About you

ask-age = Сколько вам лет?
age-under_18 = До 18 лет
age-18_26 = От 18 до 26
age-27_64 = От 27 до 64
age-65_plus = 65 и старше

ask-arrival = В каком году вы приехали в Германию? Напишите год, например { $example }.
arrival-born_here = Родился / родилась в Германии
arrival-over_10_years = Больше 10 лет назад

ask-residence = Какой у вас статус пребывания? Если вы не уверены, выберите «Не знаю».
residence-asylum_procedure = Идёт процедура по убежищу
residence-protection = Есть статус беженца или защита
residence-duldung = Отсрочка депортации (Duldung)
residence-temporary_protection = Временная защита (из Украины)
residence-residence_permit = Другой вид на жительство
residence-settlement_permit = Бессрочный вид на жительство
residence-eu_citizen = Гражданство страны ЕС
residence-german = Гражданство ФРГ
residence-late_repatriate = Переселенец (Spätaussiedler) или член семьи
residence-unknown = Не знаю

ask-course = Вы обязаны ходить на интеграционный курс (курс немецкого языка)?
course-obliged = Да, это обязательно
course-attending = Сейчас хожу на курс
course-finished = Курс уже пройден
course-no = Нет
course-unknown = Не знаю

## Urgency

ask-urgent = Есть ли у вас сейчас что-то из этого списка? Если нет, выберите «Нет».
urgent-deadline = Письмо со сроком или угроза депортации
urgent-danger = Насилие, угрозы или острые проблемы здоровья
urgent-no_shelter = Сегодня мне негде ночевать
urgent-no_food = У меня нет денег на еду
urgent-no = Нет, ничего из этого
yes = Да
no = Нет
urgent-help =
    Если вам сейчас угрожает опасность, звоните:
    Полиция: 110
    Скорая помощь и пожарные: 112
    Дежурная врачебная служба ночью и в выходные: 116 117
    Помощь женщинам при насилии (на многих языках, бесплатно, круглосуточно): 116 016
    Телефон доверия (бесплатно, круглосуточно): 0800 111 0 111
    В этом чате мы не даём юридических консультаций. Наши сотрудники свяжутся с вами как можно скорее.
urgent-letter = Спасибо. Мы посмотрим ваше письмо в первую очередь. Этот чат не даёт юридических консультаций; с вами свяжется консультант.
urgent-first = Спасибо, что сообщили нам. Наши сотрудники рассмотрят ваше обращение в первую очередь. Этот чат не даёт юридических консультаций; с вами свяжется консультант.
ask-deadline = До какого числа срок? Напишите дату так: { $example }
deadline-skip = Нет даты или не знаю

## Your own words

ask-own-words = Пожалуйста, расскажите своими словами, в чём дело. Можно писать на вашем языке.
skip = Пропустить

## Contact

ask-contact = Как нам с вами связаться?
contact-chat = Здесь, в этом чате
contact-phone = По телефону
contact-in_person = Лично, в офисе
ask-phone = По какому номеру нам позвонить? Например { $example }
ask-office = Какой офис вам удобнее всего?
ask-appointment-languages = На каких языках вы можете говорить на консультации? Можно выбрать несколько. Потом нажмите «Готово».
office-any = Любой подойдёт
office-hours = Часы работы: { $hours }
office-mitte-directions = Автобус 12 или трамвай 3 до остановки «Lindenallee». Вход со двора, 3-й этаж (по немецкому счёту 2-й). Нажмите звонок «Beratung».
office-nord-directions = Трамвай 5 до остановки «Erlenhof», потом 3 минуты пешком. Первый этаж, дверь с синей табличкой.
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Вс

## Check and send

summary-intro = Пожалуйста, проверьте ваши ответы:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Всё верно — отправить
summary-change = ✎ Изменить ответ
ask-which-change = Какой ответ вы хотите изменить?
field-language = Язык
field-topics = Тема обращения
field-age_group = Возраст
field-arrival = Приезд в Германию
field-residence = Статус пребывания
field-integration_course = Интеграционный курс
field-urgent = Срочно
field-deadline_date = Срок
field-own_words = Своими словами
field-contact = Связь
field-phone = Телефон
field-office = Офис
field-appointment_languages = Языки для консультации
done =
    Спасибо! Мы получили ваше обращение.
    Номер вашего обращения: { $reference }
    Пожалуйста, сохраните этот номер. Консультант скоро свяжется с вами.
referral-intro = Эти службы отвечают за ваш вопрос или тоже могут вам помочь:
referral-entry = { $kind }: { $name }
referral-phone = Телефон: { $phone }
referral-languages = Языки: { $languages }
referral-kind-youth_migration = Миграционная служба для молодёжи от 12 до 26 лет (Jugendmigrationsdienst)
referral-kind-immigration_office = Ведомство по делам иностранцев (Ausländerbehörde)
referral-kind-job_centre = Джобцентр (Jobcenter)
referral-kind-social_office = Социальное ведомство (Sozialamt)
referral-kind-integration_course = Организатор интеграционного курса
referral-kind-debt_counselling = Консультация по долгам
referral-kind-recognition = Консультация по признанию аттестата или диплома
referral-kind-health = Консультация по здоровью и психологическая поддержка
referral-kind-return_counselling = Консультация по возвращению (Rückkehrberatung)
referral-kind-housing_help = Помощь людям без жилья
referral-kind-anti_discrimination = Консультация по защите от дискриминации
after-done = Ваше обращение { $reference } уже у нас. Если хотите отправить новое обращение, напишите /start.

## Appointment

booking-offer = Свободное время для консультации: { $office } ({ $address }). Выберите время:
booking-interpreter = Ни один консультант не говорит на этих языках: { $languages }. Мы пригласим на консультацию переводчика.
booking-urgent = Ваше дело срочное, поэтому здесь самое раннее свободное время. Если ничего не подходит, консультант свяжется с вами раньше.
booking-none = В ближайшие недели свободного времени нет. Консультант свяжется с вами.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Вы также можете прийти без записи: { $office }, { $address }, { $hours }.
booking-later = Более позднее время ▸
booking-other-office = Другой офис
booking-skip = Без записи, свяжитесь со мной
booking-skipped = Хорошо. Консультант свяжется с вами.
booking-format-in_person = лично
booking-format-phone = по телефону
booking-format-video = видеозвонок
booking-hold =
    { $when }, консультант: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Я придержу для вас это время на { $minutes } минуту. Записать вас?
        [few] Я придержу для вас это время на { $minutes } минуты. Записать вас?
        [many] Я придержу для вас это время на { $minutes } минут. Записать вас?
       *[other] Я придержу для вас это время на { $minutes } минуты. Записать вас?
    }
booking-confirm = ✓ Да, записать
booking-other = Выбрать другое время
booking-taken = Извините, это время только что занял кто-то другой. Вот следующее свободное время.
booking-done =
    Вы записаны:
    { $when }, консультант: { $counsellor }
    { $office }, { $address } ({ $format })
    Пожалуйста, возьмите с собой паспорт или удостоверение личности, вид на жительство и письма по вашему вопросу.
    С помощью файла календаря ниже вы можете сохранить эту запись в телефоне.
booking-with-interpreter = На консультации будет переводчик. Язык: { $language }.
booking-event = Консультация, { $org }
booking-reminder = Напоминание о записи: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }). Если вы не можете прийти, пожалуйста, напишите /appointment.
appointment-none = У вас пока нет записи на консультацию. Чтобы отправить обращение, напишите /start.
appointment-show = Ваша запись: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Отменить запись
appointment-reschedule = Выбрать другое время
appointment-keep = Оставить запись
appointment-cancelled = Ваша запись отменена. Если хотите записаться снова, напишите /appointment.
waitlist-join = Добавить меня в лист ожидания
waitlist-joined = Вы в листе ожидания. Как только появится свободное время, которое вам подходит, я напишу вам здесь.
waitlist-offer = Для вас освободилось время для консультации: { $when }, консультант: { $counsellor }, { $office }, { $address } ({ $format }). Я придержу его для вас до этого срока: { $until }. Записать вас?
after-booked = Вы записаны на консультацию: { $when }, консультант: { $counsellor }, офис: { $office }. Номер вашего обращения: { $reference }. Если хотите отправить новое обращение, напишите /start.

## Navigation and help

nav-back = ◀ Назад
nav-restart = ↺ Начать заново
confirm-restart = Начать заново? Ответы, которые вы уже дали, будут удалены.
confirm-restart-yes = Да, удалить и начать заново
confirm-restart-no = Нет, продолжить
help =
    Я задаю вам несколько вопросов и передаю ваши ответы консультанту.
    /start — начать сначала
    /back — вернуться к предыдущему вопросу
    /language — сменить язык
    /appointment — посмотреть, перенести или отменить запись
    /mydata — посмотреть, что мы о вас сохранили
    /delete — удалить все ваши данные, которые хранятся у нас
    /help — показать эту справку
cmd-start = Начать сначала
cmd-help = Помощь
cmd-language = Сменить язык
cmd-back = Вернуться к предыдущему вопросу
cmd-appointment = Моя запись
terminal-hint = Введите номер ответа или напишите свой ответ. Команды: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Извините, я не понимаю этот ответ. Пожалуйста, выберите один из вариантов.
error-empty = Ваше сообщение пустое. Пожалуйста, напишите ответ.
error-too-long =
    { $max ->
        [one] Ваш текст слишком длинный. Можно написать максимум { $max } символ.
        [few] Ваш текст слишком длинный. Можно написать максимум { $max } символа.
        [many] Ваш текст слишком длинный. Можно написать максимум { $max } символов.
       *[other] Ваш текст слишком длинный. Можно написать максимум { $max } символа.
    }
error-number-invalid = Пожалуйста, напишите год четырьмя цифрами, например { $example }.
error-number-range = Пожалуйста, напишите год от { $min } до { $max }.
error-date-invalid = Я не могу прочитать эту дату. Пожалуйста, напишите её так: { $example }
error-date-nonexistent = Такой даты нет. Пожалуйста, проверьте день и месяц.
error-date-range = Пожалуйста, напишите дату от { $min } до { $max }.
error-phone-invalid = Это не похоже на номер телефона. Пожалуйста, напишите только цифры, например { $example }
error-stale = На этот вопрос вы уже ответили. Вот текущий вопрос:
error-already-answered = Вы уже ответили на этот вопрос.
error-or-choose = Или выберите один из ответов ниже.
error-unsupported =
    { $kind ->
        [voice] Я не могу слушать голосовые сообщения. Пожалуйста, напишите ответ текстом.
        [photo] Здесь я не могу смотреть фото. Пожалуйста, не присылайте письма или документы в этот чат. Консультант посмотрит их вместе с вами. Пожалуйста, напишите ответ текстом.
        [document] Здесь я не могу открывать файлы. Пожалуйста, не присылайте письма или документы в этот чат. Консультант посмотрит их вместе с вами. Пожалуйста, напишите ответ текстом.
        [sticker] Спасибо! Пожалуйста, напишите ответ текстом или нажмите на кнопку.
        [location] Спасибо, но мне не нужно ваше местоположение. Пожалуйста, напишите ответ текстом или нажмите на кнопку.
        [contact] Пожалуйста, не присылайте сюда контакты. Напишите ответ текстом или нажмите на кнопку.
       *[other] Я понимаю только текст и кнопки. Пожалуйста, напишите ответ текстом.
    }
error-edited = Вы изменили старое сообщение. Я читаю только новые сообщения. Если какой-то ответ неверный, вы сможете изменить его в конце, перед отправкой.
error-private-only = Я общаюсь только в личных чатах, чтобы защитить ваши данные. Пожалуйста, напишите мне лично.
error-state-reset = Извините, наш разговор прервался. Нам нужно начать сначала.
error-temporary = Извините, возникла техническая проблема. Пожалуйста, попробуйте ещё раз через несколько минут. Всё, что вы отправили раньше, сохранено.

## Messages from staff

staff-says = Сообщение от { $org } по вашему обращению { $reference }:
template-bring-documents = Пожалуйста, возьмите с собой на консультацию документы: паспорт или удостоверение личности, документ о пребывании и все письма от ведомств по вашему вопросу.
template-call-us = Пожалуйста, позвоните нам: { $office }, { $phone }. Назовите номер вашего обращения: { $reference }.
template-appointment-moved = Ваша запись перенесена. Новое время: { $when }, консультант: { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Удалить мои данные
delete-confirm =
    Удалить всё, что мы о вас сохранили? Это ваши ответы и ваши обращения; если у вас есть записи на консультацию, мы их отменим. Для нашей статистики останется только число — без каких-либо сведений о вас.
    Восстановить данные потом будет нельзя.
delete-yes = Да, удалить всё
delete-no = Нет, ничего не удалять
delete-kept = Хорошо, мы ничего не удалили.
delete-done = Готово: мы удалили ваши данные. Если вы напишете нам снова, мы начнём сначала.
cmd-mydata = Мои сохранённые данные
mydata-intro = Вот что мы о вас сохранили:
mydata-none = У нас нет никаких сохранённых данных о вас.
mydata-consent = Согласие дано { $date } (версия текста { $version })
mydata-language = Язык: { $language }
mydata-draft = Ответы, которые вы уже дали (ещё не отправлены):
mydata-request = Обращение { $reference } от { $date }: { $status ->
    [new] получено
    [closed] закрыто
   *[other] в работе
}
mydata-appointment = Запись на { $when }: { $status ->
    [held] предварительно зарезервирована
    [cancelled] отменена
    [no_show] пропущена
   *[booked] подтверждена
}
mydata-file = То же самое в виде файла (JSON), чтобы вы могли сохранить его у себя. Командой /delete вы удалите всё.
