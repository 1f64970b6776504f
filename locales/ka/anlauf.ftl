# anlauf — client-facing messages (Georgian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = გამარჯობა! ეს არის { $org }. რამდენიმე მოკლე კითხვას დაგისვამთ, რომ სწორმა ადამიანმა შეძლოს თქვენი დახმარება. ეს უფასოა.
ask-language = მოგწერთ ამ ენაზე: { $language }. თუ სხვა ენა გირჩევნიათ, აქ აირჩიეთ.
language-keep = ✓ { $language } — გაგრძელება
language-more = სხვა ენები
language-switched = ამიერიდან მოგწერთ ამ ენაზე: { $language }.
language-offer = თქვენ დაწერეთ ამ ენაზე: { $language }. გავაგრძელოთ ამ ენაზე?
language-offer-yes = გაგრძელება ამ ენაზე: { $language }
language-unknown = ენა „{ $tag }“ აქ არ არის. შეგიძლიათ აირჩიოთ ენა ბრძანებით /language.

## Consent

consent-text =
    { $org } უფასოდ აკონსულტირებს ადამიანებს, რომლებიც გერმანიაში გადმოსახლდნენ. კონსულტაცია კონფიდენციალურია: თქვენს მონაცემებს არავის გადავცემთ.

    თქვენი დახმარებისთვის ვიწერთ თქვენს პასუხებს. მათ მხოლოდ { $org }-ის კონსულტანტები კითხულობენ. ნებისმიერ დროს შეგიძლიათ მოითხოვოთ თქვენი მონაცემების ნახვა ან წაშლა.

    თანახმა ხართ, რომ ჩავიწეროთ თქვენი პასუხები?
consent-yes = დიახ, თანახმა ვარ
consent-no = არა
consent-declined =
    კარგი. ჩვენ არაფერი შევინახეთ.
    ასევე შეგიძლიათ დაგვირეკოთ ან მოგვაკითხოთ:
    { $offices }
consent-declined-kept =
    კარგი. აღარაფერს ჩავიწერთ და ის, რაც ამ საუბარში გვითხარით, წაიშლება.
    მიმართვა, რომელიც ადრე გამოგვიგზავნეთ, ჩვენს კონსულტანტებთან რჩება. თუ გსურთ, რომ ისიც წაიშალოს, დაგვირეკეთ ან მოგვაკითხეთ:
    { $offices }

## Concern

ask-topics = რაში გჭირდებათ დახმარება? შეგიძლიათ აირჩიოთ რამდენიმე. შემდეგ დააჭირეთ „მზადაა“.
topic-residence = ბინადრობა და თავშესაფარი
topic-benefits = სოციალური დახმარება სახელმწიფოსგან
topic-work = სამუშაო და მუშაობის ნებართვა
topic-recognition = დიპლომის ან ატესტატის აღიარება
topic-education = სკოლა, კოლეჯი, უნივერსიტეტი
topic-language_course = ინტეგრაციის და გერმანული ენის კურსი
topic-childcare = ბაღი (Kita) ან სკოლა ბავშვისთვის
topic-family = ოჯახი
topic-family_reunification = ოჯახის ჩამოყვანა გერმანიაში
topic-health = ჯანმრთელობა და სტრესი
topic-discrimination = დისკრიმინაცია და რასიზმი
topic-housing = საცხოვრებელი
topic-debts = ვალები და ფულის პრობლემები
topic-return = დაბრუნება ან სხვა ქვეყანაში გადასვლა
topic-daily_life = ყოველდღიურობა, წერილები, უწყებები
topic-other = სხვა
multi-done = მზადაა ✓
multi-chosen =
    { $count ->
        [0] ჯერ არაფერი აგირჩევიათ.
        [one] თქვენ აირჩიეთ ერთი პასუხი: { $list }
       *[other] თქვენ აირჩიეთ { $count } პასუხი: { $list }
    }
multi-empty = გთხოვთ, აირჩიოთ ერთი პასუხი მაინც. შემდეგ დააჭირეთ „მზადაა“.

## About you

ask-age = რამდენი წლის ხართ?
age-under_18 = 18 წლამდე
age-18_26 = 18-დან 26-მდე
age-27_64 = 27-დან 64-მდე
age-65_plus = 65 ან მეტი

ask-arrival = რომელ წელს ჩამოხვედით გერმანიაში? დაწერეთ წელი, მაგალითად { $example }.
arrival-born_here = გერმანიაში დავიბადე
arrival-over_10_years = 10 წელზე მეტი ხნის წინ

ask-residence = რა ბინადრობის სტატუსი გაქვთ? თუ დარწმუნებული არ ხართ, აირჩიეთ „არ ვიცი“.
residence-asylum_procedure = თავშესაფრის პროცედურა მიმდინარეობს
residence-protection = ლტოლვილის ან დაცვის სტატუსი მაქვს
residence-duldung = დეპორტაციის შეჩერება (Duldung)
residence-temporary_protection = დროებითი დაცვა (უკრაინიდან)
residence-residence_permit = სხვა ბინადრობის ნებართვა
residence-settlement_permit = მუდმივი ბინადრობის ნებართვა
residence-eu_citizen = ევროკავშირის ქვეყნის მოქალაქე
residence-german = გერმანიის მოქალაქე
residence-late_repatriate = რეპატრიანტი (Spätaussiedler) ან მისი ოჯახი
residence-unknown = არ ვიცი

ask-course = ვალდებული ხართ, დაესწროთ ინტეგრაციის კურსს (გერმანული ენის კურსს)?
course-obliged = დიახ, ვალდებული ვარ
course-attending = ახლა დავდივარ კურსზე
course-finished = კურსი დავამთავრე
course-no = არა
course-unknown = არ ვიცი

## Urgency

ask-urgent = ახლა რომელიმე ამათგანი გეხებათ? თუ არა, აირჩიეთ „არა“.
urgent-deadline = ვადიანი წერილი ან დეპორტაციის საფრთხე
urgent-danger = ძალადობა, მუქარა ან ჯანმრთელობის კრიზისი
urgent-no_shelter = ამაღამ დასაძინებელი ადგილი არ მაქვს
urgent-no_food = საკვებისთვის ფული არ მაქვს
urgent-no = არა, არცერთი ამათგანი
yes = დიახ
no = არა
urgent-help =
    თუ ახლა საფრთხე გემუქრებათ, დარეკეთ:
    პოლიცია: 110
    სასწრაფო დახმარება და სახანძრო: 112
    მორიგე ექიმი ღამით და შაბათ-კვირას: 116 117
    დახმარება ძალადობის მსხვერპლ ქალებს (ბევრ ენაზე, უფასოდ, დღე და ღამე): 116 016
    კრიზისული ცხელი ხაზი (უფასოდ, დღე და ღამე): 0800 111 0 111
    ეს ჩატი იურიდიულ რჩევას არ იძლევა. ჩვენი თანამშრომლები პირველ რიგში დაგიკავშირდებიან.
urgent-letter = გმადლობთ. თქვენს წერილს პირველ რიგში განვიხილავთ. ეს ჩატი იურიდიულ რჩევას არ იძლევა; კონსულტანტი დაგიკავშირდებათ.
urgent-first = გმადლობთ, რომ გვითხარით. ჩვენი თანამშრომლები თქვენს მიმართვას პირველ რიგში განიხილავენ. ეს ჩატი იურიდიულ რჩევას არ იძლევა; კონსულტანტი დაგიკავშირდებათ.
ask-deadline = როდემდეა ვადა? დაწერეთ თარიღი ასე: { $example }
deadline-skip = თარიღი არ არის ან არ ვიცი

## Your own words

ask-own-words = გთხოვთ, საკუთარი სიტყვებით აღწეროთ, რას ეხება საქმე. შეგიძლიათ თქვენს ენაზე დაწეროთ.
skip = გამოტოვება

## Contact

ask-contact = როგორ დაგიკავშირდეთ?
contact-chat = აქ, ამ ჩატში
contact-phone = ტელეფონით
contact-in_person = პირადად, ოფისში
ask-phone = რომელ ნომერზე დაგირეკოთ? მაგალითად { $example }
ask-office = რომელი ოფისია თქვენთვის ყველაზე მოსახერხებელი?
ask-appointment-languages = რომელ ენებზე შეგიძლიათ საუბარი კონსულტაციაზე? შეგიძლიათ აირჩიოთ რამდენიმე. შემდეგ დააჭირეთ „მზადაა“.
office-any = ნებისმიერი
office-hours = სამუშაო საათები: { $hours }
office-mitte-directions = მე-12 ავტობუსით ან მე-3 ტრამვაით მიდით გაჩერებამდე „Lindenallee“. შესასვლელი ეზოშია, მე-3 სართული (გერმანული თვლით მე-2). დააჭირეთ ზარს „Beratung“.
office-nord-directions = მე-5 ტრამვაით მიდით გაჩერებამდე „Erlenhof“, შემდეგ 3 წუთი ფეხით. პირველი სართული, კარი ლურჯი აბრით.
weekday-mon = ორშაბათი
weekday-tue = სამშაბათი
weekday-wed = ოთხშაბათი
weekday-thu = ხუთშაბათი
weekday-fri = პარასკევი
weekday-sat = შაბათი
weekday-sun = კვირა

## Check and send

summary-intro = გთხოვთ, შეამოწმოთ თქვენი პასუხები:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ ყველაფერი სწორია — გაგზავნა
summary-change = ✎ პასუხის შეცვლა
ask-which-change = რომელი პასუხის შეცვლა გსურთ?
field-language = ენა
field-topics = თქვენი საკითხი
field-age_group = ასაკი
field-arrival = გერმანიაში ჩამოსვლა
field-residence = ბინადრობის სტატუსი
field-integration_course = ინტეგრაციის კურსი
field-urgent = სასწრაფო
field-deadline_date = ვადა
field-own_words = თქვენი სიტყვებით
field-contact = კონტაქტი
field-phone = ტელეფონი
field-office = ოფისი
field-appointment_languages = კონსულტაციის ენები
done =
    გმადლობთ! თქვენი მიმართვა მივიღეთ.
    თქვენი მიმართვის ნომერია: { $reference }
    გთხოვთ, შეინახოთ ეს ნომერი. კონსულტანტი მალე დაგიკავშირდებათ.
referral-intro = ეს დაწესებულებები პასუხისმგებელია თქვენს საკითხზე, ან მათაც შეუძლიათ დაგეხმაროთ:
referral-entry = { $kind }: { $name }
referral-phone = ტელეფონი: { $phone }
referral-languages = ენები: { $languages }
referral-kind-youth_migration = ახალგაზრდების მიგრაციის სამსახური 12-დან 26 წლამდე (Jugendmigrationsdienst)
referral-kind-immigration_office = უცხოელთა სამსახური (Ausländerbehörde)
referral-kind-job_centre = დასაქმების ცენტრი (Jobcenter)
referral-kind-social_office = სოციალური სამსახური (Sozialamt)
referral-kind-integration_course = ინტეგრაციის კურსის ორგანიზატორი
referral-kind-debt_counselling = კონსულტაცია ვალების შესახებ
referral-kind-recognition = კონსულტაცია დიპლომის ან ატესტატის აღიარებაზე
referral-kind-health = ჯანმრთელობისა და ფსიქოსოციალური კონსულტაცია
referral-kind-return_counselling = კონსულტაცია დაბრუნების შესახებ (Rückkehrberatung)
referral-kind-housing_help = დახმარება ადამიანებს, რომლებსაც საცხოვრებელი არ აქვთ
referral-kind-anti_discrimination = კონსულტაცია დისკრიმინაციის წინააღმდეგ
after-done = თქვენი მიმართვა { $reference } ჩვენთანაა. თუ ახალი მიმართვის გაგზავნა გსურთ, დაწერეთ /start.

## Appointment

booking-offer = თავისუფალი დრო კონსულტაციისთვის: { $office } ({ $address }). აირჩიეთ დრო:
booking-interpreter = არცერთი კონსულტანტი არ საუბრობს ამ ენებზე: { $languages }. კონსულტაციაზე თარჯიმანს მოვიწვევთ.
booking-urgent = თქვენი საკითხი სასწრაფოა, ამიტომ აქ არის უახლოესი თავისუფალი დრო. თუ არცერთი არ გაწყობთ, კონსულტანტი უფრო ადრე დაგიკავშირდებათ.
booking-none = უახლოეს კვირებში თავისუფალი დრო არ არის. კონსულტანტი დაგიკავშირდებათ.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = შეგიძლიათ ჩაწერის გარეშეც მოხვიდეთ: { $office }, { $address }, { $hours }.
booking-later = უფრო გვიანი დრო ▸
booking-other-office = სხვა ოფისი
booking-skip = ჩაწერის გარეშე, დამიკავშირდით
booking-skipped = კარგი. კონსულტანტი დაგიკავშირდებათ.
booking-format-in_person = პირადად
booking-format-phone = ტელეფონით
booking-format-video = ვიდეოზარი
booking-hold =
    { $when }, კონსულტანტი: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] ეს დრო თქვენთვის { $minutes } წუთით არის დაჯავშნილი. ჩაგწეროთ?
       *[other] ეს დრო თქვენთვის { $minutes } წუთით არის დაჯავშნილი. ჩაგწეროთ?
    }
booking-confirm = ✓ დიახ, ჩამწერეთ
booking-other = სხვა დროის არჩევა
booking-taken = ბოდიში, ეს დრო ახლახან სხვამ დაიკავა. აი, შემდეგი თავისუფალი დრო.
booking-done =
    თქვენ ჩაწერილი ხართ:
    { $when }, კონსულტანტი: { $counsellor }
    { $office }, { $address } ({ $format })
    გთხოვთ, თან წამოიღოთ პასპორტი ან პირადობის მოწმობა, ბინადრობის ნებართვა და თქვენს საკითხთან დაკავშირებული წერილები.
    ქვემოთ მოცემული კალენდრის ფაილით შეგიძლიათ კონსულტაციის დრო ტელეფონში შეინახოთ.
booking-with-interpreter = კონსულტაციას თარჯიმანი დაესწრება. ენა: { $language }.
booking-event = კონსულტაცია, { $org }
booking-reminder = შეხსენება თქვენი კონსულტაციის შესახებ: { $when }, კონსულტანტი: { $counsellor }, { $office }, { $address } ({ $format }). თუ ვერ მოხვალთ, გთხოვთ, დაწეროთ /appointment.
appointment-none = ჩვენთან ჯერ არ ხართ ჩაწერილი. მიმართვის გასაგზავნად დაწერეთ /start.
appointment-show = თქვენი კონსულტაცია: { $when }, კონსულტანტი: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = კონსულტაციის გაუქმება
appointment-reschedule = სხვა დროის არჩევა
appointment-keep = ასე დარჩეს
appointment-cancelled = თქვენი ჩაწერა გაუქმებულია. თუ ახალი ჩაწერა გსურთ, დაწერეთ /appointment.
waitlist-join = ჩამწერეთ მოლოდინის სიაში
waitlist-joined = თქვენ მოლოდინის სიაში ხართ. როგორც კი შესაფერისი დრო გათავისუფლდება, აქ მოგწერთ.
waitlist-offer = თქვენთვის გათავისუფლდა დრო კონსულტაციისთვის: { $when }, კონსულტანტი: { $counsellor }, { $office }, { $address } ({ $format }). ეს დრო თქვენთვის დაჯავშნილია ამ ვადამდე: { $until }. ჩაგწეროთ?
after-booked = თქვენ ჩაწერილი ხართ კონსულტაციაზე: { $when }, კონსულტანტი: { $counsellor }, ოფისი: { $office }. თქვენი მიმართვის ნომერი: { $reference }. თუ ახალი მიმართვის გაგზავნა გსურთ, დაწერეთ /start.

## Navigation and help

nav-back = ◀ უკან
nav-restart = ↺ ხელახლა დაწყება
confirm-restart = თავიდან დავიწყოთ? თქვენი აქამდე გაცემული პასუხები წაიშლება.
confirm-restart-yes = დიახ, წაშლა და თავიდან დაწყება
confirm-restart-no = არა, გაგრძელება
help =
    რამდენიმე კითხვას გისვამთ და თქვენს პასუხებს კონსულტანტს ვუგზავნი.
    /start — თავიდან დაწყება
    /back — წინა კითხვაზე დაბრუნება
    /language — ენის შეცვლა
    /appointment — კონსულტაციის დროის ნახვა, შეცვლა ან გაუქმება
    /mydata — ჩვენთან შენახული თქვენი მონაცემების ნახვა
    /delete — ჩვენთან შენახული თქვენი ყველა მონაცემის წაშლა
    /help — ამ დახმარების ჩვენება
cmd-start = თავიდან დაწყება
cmd-help = დახმარება
cmd-language = ენის შეცვლა
cmd-back = წინა კითხვაზე დაბრუნება
cmd-appointment = ჩემი კონსულტაცია
terminal-hint = აკრიფეთ პასუხის ნომერი ან დაწერეთ თქვენი პასუხი. ბრძანებები: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = ბოდიში, ეს ვერ გავიგე. გთხოვთ, აირჩიოთ ერთ-ერთი პასუხი.
error-empty = თქვენი შეტყობინება ცარიელი იყო. გთხოვთ, დაწეროთ პასუხი.
error-too-long =
    { $max ->
        [one] თქვენი ტექსტი ძალიან გრძელია. გთხოვთ, დაწეროთ მაქსიმუმ { $max } სიმბოლო.
       *[other] თქვენი ტექსტი ძალიან გრძელია. გთხოვთ, დაწეროთ მაქსიმუმ { $max } სიმბოლო.
    }
error-number-invalid = გთხოვთ, წელი დაწეროთ 4 ციფრით, მაგალითად { $example }.
error-number-range = გთხოვთ, დაწეროთ წელი { $min }-დან { $max }-მდე.
error-date-invalid = ეს თარიღი ვერ წავიკითხე. გთხოვთ, დაწეროთ ასე: { $example }
error-date-nonexistent = ასეთი თარიღი არ არსებობს. გთხოვთ, შეამოწმოთ დღე და თვე.
error-date-range = გთხოვთ, დაწეროთ თარიღი { $min }-დან { $max }-მდე.
error-phone-invalid = ეს ტელეფონის ნომერს არ ჰგავს. გთხოვთ, დაწეროთ მხოლოდ ციფრები, მაგალითად { $example }
error-stale = ამ კითხვას უკვე უპასუხეთ. აი, მიმდინარე კითხვა:
error-already-answered = ამ კითხვას უკვე უპასუხეთ.
error-or-choose = ან აირჩიეთ ერთ-ერთი პასუხი ქვემოთ.
error-unsupported =
    { $kind ->
        [voice] ხმოვანი შეტყობინებების მოსმენა არ შემიძლია. გთხოვთ, პასუხი ტექსტით დაწეროთ.
        [photo] აქ ფოტოების ნახვა არ შემიძლია. გთხოვთ, ამ ჩატში წერილები ან დოკუმენტები არ გამოგზავნოთ. კონსულტანტი მათ თქვენთან ერთად ნახავს. გთხოვთ, პასუხი ტექსტით დაწეროთ.
        [document] აქ ფაილების გახსნა არ შემიძლია. გთხოვთ, ამ ჩატში წერილები ან დოკუმენტები არ გამოგზავნოთ. კონსულტანტი მათ თქვენთან ერთად ნახავს. გთხოვთ, პასუხი ტექსტით დაწეროთ.
        [sticker] გმადლობთ! გთხოვთ, პასუხი ტექსტით დაწეროთ ან ღილაკები გამოიყენოთ.
        [location] გმადლობთ, მაგრამ თქვენი მდებარეობა არ მჭირდება. გთხოვთ, პასუხი ტექსტით დაწეროთ ან ღილაკები გამოიყენოთ.
        [contact] გთხოვთ, აქ კონტაქტები არ გამოგზავნოთ. პასუხი ტექსტით დაწერეთ ან ღილაკები გამოიყენეთ.
       *[other] მხოლოდ ტექსტი და ღილაკები მესმის. გთხოვთ, პასუხი ტექსტით დაწეროთ.
    }
error-edited = თქვენ შეცვალეთ წინა შეტყობინება. მე მხოლოდ ახალ შეტყობინებებს ვკითხულობ. თუ რომელიმე პასუხი არასწორია, შეგიძლიათ შეცვალოთ ბოლოს, გაგზავნამდე.
error-private-only = თქვენი პირადი მონაცემების დასაცავად მხოლოდ პირად ჩატებში ვსაუბრობ. გთხოვთ, პირადად მომწეროთ.
error-state-reset = ბოდიში, ჩვენი საუბარი შეწყდა. თავიდან უნდა დავიწყოთ.
error-temporary = ბოდიში, ტექნიკური პრობლემაა. გთხოვთ, რამდენიმე წუთში კიდევ სცადოთ. ის, რაც ადრე გამოგზავნეთ, არ დაკარგულა.

## Messages from staff

staff-says = { $org } გწერთ თქვენი მიმართვის ({ $reference }) შესახებ:
template-bring-documents = გთხოვთ, კონსულტაციაზე თან წამოიღოთ ეს დოკუმენტები: პასპორტი ან პირადობის მოწმობა, ბინადრობის დოკუმენტი და უწყებებიდან მიღებული ყველა წერილი თქვენს საკითხზე.
template-call-us = გთხოვთ, დაგვირეკოთ: { $office }, { $phone }. გვითხარით თქვენი მიმართვის ნომერი: { $reference }.
template-appointment-moved = თქვენი კონსულტაციის დრო შეიცვალა. ახალი დრო: { $when }, კონსულტანტი: { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = ჩემი მონაცემების წაშლა
delete-confirm =
    წავშალოთ ყველაფერი, რაც თქვენ შესახებ შევინახეთ? ეს არის თქვენი პასუხები და თქვენი მიმართვები; თუ კონსულტაციაზე ხართ ჩაწერილი, ჩაწერას გავაუქმებთ. ჩვენი სტატისტიკისთვის დარჩება მხოლოდ რიცხვი, რომელიც თქვენ შესახებ არაფერს ამბობს.
    ამის შემდეგ მონაცემების აღდგენა შეუძლებელი იქნება.
delete-yes = დიახ, ყველაფერი წაშალეთ
delete-no = არა, არაფერი წაშალოთ
delete-kept = კარგი, არაფერი წაგვიშლია.
delete-done = მზადაა: თქვენი მონაცემები წავშალეთ. თუ ისევ მოგვწერთ, თავიდან დავიწყებთ.
cmd-mydata = ჩემი შენახული მონაცემები
mydata-intro = აი, რა შევინახეთ თქვენ შესახებ:
mydata-none = თქვენ შესახებ არაფერი გვაქვს შენახული.
mydata-consent = თანხმობის მიცემის თარიღი: { $date } (ტექსტის ვერსია: { $version })
mydata-language = ენა: { $language }
mydata-draft = თქვენი აქამდე გაცემული პასუხები (ჯერ არ არის გაგზავნილი):
mydata-request = მიმართვა { $reference } ({ $date }): { $status ->
    [new] მიღებულია
    [closed] დასრულებულია
   *[other] განიხილება
}
mydata-appointment = კონსულტაცია { $when }: { $status ->
    [held] დაჯავშნილია, ჯერ არ არის დადასტურებული
    [cancelled] გაუქმებულია
    [no_show] გაცდენილია
   *[booked] ჩაწერილი ხართ
}
mydata-file = იგივე ფაილის სახით (JSON), თქვენთვის შესანახად. ბრძანებით /delete ყველაფერს წაშლით.
