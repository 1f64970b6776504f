# anlauf — client-facing messages (English).
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Hello! This is { $org }. I will ask you a few short questions, so that the right person can help you. It is free.
ask-language = I will write to you in { $language }. If you prefer another language, choose it here.
language-keep = ✓ { $language } — continue
language-more = More languages
language-switched = From now on I will write to you in { $language }.
language-offer = You wrote in { $language }. Shall we continue in { $language }?
language-offer-yes = Continue in { $language }
language-unknown = The language “{ $tag }” is not available here. You can choose a language with /language.

## Consent

consent-text =
    { $org } gives free advice to people who have moved to Germany. The advice is confidential: we do not give your information to anyone else.

    To help you, we write down your answers. Only the counsellors of { $org } read them. You can ask us at any time to show you your data or to delete it.

    Do you agree that we write down your answers?
consent-yes = Yes, I agree
consent-no = No
consent-declined =
    That is fine. We have not saved anything.
    You can also call us or visit us:
    { $offices }
consent-declined-kept =
    That is fine. We will not record anything more, and what you told us in this conversation is deleted.
    The request you sent us earlier stays with our counsellors. If you want it deleted too, call us or visit us:
    { $offices }

## Concern

ask-topics = What do you need help with? You can choose more than one. Then press “Done”.
topic-residence = Residence and asylum
topic-benefits = Social benefits and money from the state
topic-work = Work and work permit
topic-recognition = Recognition of my school or job certificates
topic-education = School, training, studies
topic-language_course = Integration course and German course
topic-childcare = Kita place or school place for my child
topic-family = Family
topic-family_reunification = Bringing my family to Germany
topic-health = Health and stress
topic-discrimination = Discrimination and racism
topic-housing = Housing
topic-debts = Debts and money problems
topic-return = Going back or moving to another country
topic-daily_life = Daily life, letters and offices
topic-other = Something else
multi-done = Done ✓
multi-chosen =
    { $count ->
        [0] You have not chosen anything yet.
        [one] You have chosen one: { $list }
       *[other] You have chosen { $count }: { $list }
    }
multi-empty = Please choose at least one answer. Then press “Done”.

## About you

ask-age = How old are you?
age-under_18 = Under 18
age-18_26 = 18 to 26
age-27_64 = 27 to 64
age-65_plus = 65 or older

ask-arrival = In which year did you come to Germany? Write the year, for example { $example }.
arrival-born_here = I was born in Germany
arrival-over_10_years = More than 10 years ago

ask-residence = What residence status do you have? If you are not sure, choose “I don't know”.
residence-asylum_procedure = Asylum procedure is running
residence-protection = Recognised as refugee or protected
residence-duldung = Toleration (Duldung)
residence-temporary_protection = Temporary protection (from Ukraine)
residence-residence_permit = Other residence permit
residence-settlement_permit = Permanent settlement permit
residence-eu_citizen = Citizen of an EU country
residence-german = German citizen
residence-late_repatriate = Late repatriate (Spätaussiedler), family
residence-unknown = I don't know

ask-course = Do you have to attend an integration course (German course)?
course-obliged = Yes, I have to
course-attending = I am attending one now
course-finished = I have finished it
course-no = No
course-unknown = I don't know

## Urgency

ask-urgent = Is one of these true for you right now? If not, choose “No”.
urgent-deadline = A letter with a deadline, or deportation
urgent-danger = Violence, threats or a health crisis
urgent-no_shelter = I have nowhere to sleep tonight
urgent-no_food = I have no money for food
urgent-no = No, nothing of this
yes = Yes
no = No
urgent-help =
    If you are in danger right now, please call:
    Police: 110
    Ambulance and fire brigade: 112
    Doctor on call at night and weekend: 116 117
    Help for women against violence (many languages, free, day and night): 116 016
    Crisis line (free, day and night): 0800 111 0 111
    This chat gives no legal advice. Our staff will contact you first.
urgent-help-suicide =
    You are not alone. Please talk to someone now:
    Crisis line (free, anonymous, day and night): 0800 111 0 111
    If your life is in danger right now: 112
urgent-help-violence =
    If you are in danger right now, call the police: 110
    Help for women against violence (many languages, free, anonymous, day and night): 116 016
urgent-help-illness =
    In a medical emergency, call the ambulance: 112
    Doctor on call at night and at the weekend: 116 117
urgent-help-homelessness =
    If you have nowhere to sleep tonight, you can go here:
    { $place }
urgent-help-hunger =
    Food is given out here:
    { $food }
    Emergency help with money from the social welfare office:
    { $welfare }
urgent-help-footer = This chat gives no legal advice. Our staff will contact you first.
urgent-letter = Thank you. We will look at your letter first. This chat gives no legal advice; a counsellor will contact you.
urgent-first = Thank you for telling us. Our staff will look at your request first. This chat gives no legal advice; a counsellor will contact you.
ask-deadline = What date is the deadline? Write it like this: { $example }
deadline-skip = No date or I don't know

## Your own words

ask-own-words = Please tell us in your own words what it is about. You can write in your language.
skip = Skip

## Contact

ask-contact = How should we contact you?
contact-chat = Here in this chat
contact-phone = By phone
contact-in_person = In person at an office
ask-phone = Which phone number can we call? For example { $example }
ask-office = Which office is best for you?
ask-appointment-languages = In which languages can you talk at an appointment? You can choose more than one. Then press “Done”.
office-any = No preference
office-hours = Open: { $hours }
office-directions-elsewhere = How to get there (in { $language }, as it is not written in your language yet): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = Bus 12 or tram 3 to “Lindenallee”. The entrance is in the courtyard, 2nd floor, ring the bell “Beratung”.
office-nord-directions = Tram 5 to “Erlenhof”, then 3 minutes on foot. Ground floor, the door with the blue sign.
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## Check and send

summary-intro = Please check your answers:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Everything is right — send
summary-change = ✎ Change an answer
ask-which-change = Which answer do you want to change?
field-language = Language
field-topics = Concern
field-age_group = Age
field-arrival = Came to Germany
field-residence = Residence status
field-integration_course = Integration course
field-urgent = Urgent
field-deadline_date = Deadline
field-own_words = In your words
field-contact = Contact
field-phone = Phone
field-office = Office
field-appointment_languages = Languages for the appointment
done =
    Thank you! We have received your request.
    Your reference number is: { $reference }
    Please keep this number. A counsellor will contact you soon.
referral-intro = These places are responsible for your concern, or can help you as well:
referral-entry = { $kind }: { $name }
referral-phone = Phone: { $phone }
referral-languages = Languages: { $languages }
referral-kind-youth_migration = Youth migration service (for ages 12 to 26)
referral-kind-immigration_office = Immigration office
referral-kind-job_centre = Job centre
referral-kind-social_office = Social welfare office
referral-kind-integration_course = Integration course provider
referral-kind-debt_counselling = Debt counselling
referral-kind-recognition = Advice on the recognition of certificates
referral-kind-health = Health and psychosocial advice
referral-kind-return_counselling = Return counselling
referral-kind-housing_help = Help for people without a flat
referral-kind-anti_discrimination = Advice against discrimination
after-done = Your request { $reference } is with us. If you want to send a new request, write /start.

## Appointment

booking-offer = Free appointments at { $office } ({ $address }). Choose a time:
booking-interpreter = No counsellor speaks { $languages }. We will ask an interpreter to join the appointment.
booking-urgent = Because it is urgent, these are the earliest times. If none of them fits, a counsellor will contact you sooner.
booking-none = There is no free appointment in the next weeks. A counsellor will contact you.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = You can also come without an appointment: { $office }, { $address }, { $hours }.
booking-later = Later times ▸
booking-other-office = Another office
booking-skip = No appointment, please contact me
booking-skipped = All right. A counsellor will contact you.
booking-format-in_person = in person
booking-format-phone = by phone
booking-format-video = video call
booking-hold =
    { $when } with { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] I am keeping this time for you for { $minutes } minute. Shall I book it?
       *[other] I am keeping this time for you for { $minutes } minutes. Shall I book it?
    }
booking-confirm = ✓ Yes, book it
booking-other = Choose another time
booking-taken = Sorry, someone else has just taken this time. Here are the next free times.
booking-done =
    Your appointment is booked:
    { $when } with { $counsellor }
    { $office }, { $address } ({ $format })
    Please bring your passport or ID card, your residence permit and the letters about your concern.
    With the calendar file below you can save the appointment in your phone.
booking-with-interpreter = An interpreter for { $language } will join.
booking-event = Counselling appointment, { $org }
booking-reminder = Reminder: your appointment is on { $when } with { $counsellor }, { $office }, { $address } ({ $format }). If you cannot come, please write /appointment.
appointment-none = You have no appointment with us yet. To send a request, write /start.
appointment-show = Your appointment: { $when } with { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Cancel the appointment
appointment-reschedule = Choose another time
appointment-keep = Keep it
appointment-cancelled = Your appointment is cancelled. If you want a new one, write /appointment.
waitlist-join = Put me on the waiting list
waitlist-joined = You are on the waiting list. As soon as a fitting appointment is free, I will write to you here.
waitlist-offer = An appointment has become free for you: { $when } with { $counsellor }, { $office }, { $address } ({ $format }). I am keeping it for you until { $until }. Shall I book it?
after-booked = Your appointment is on { $when } with { $counsellor } at { $office }. Your reference number: { $reference }. If you want to send a new request, write /start.

## Navigation and help

nav-back = ◀ Back
nav-restart = ↺ Start over
confirm-restart = Start again? Your answers so far will be deleted.
confirm-restart-yes = Yes, delete and start again
confirm-restart-no = No, continue
help =
    I ask you a few questions and send your answers to a counsellor.
    /start — start from the beginning
    /back — go back to the previous question
    /language — change the language
    /appointment — see, move or cancel your appointment
    /mydata — see what we have stored about you
    /delete — delete all your data with us
    /help — show this help
cmd-start = Start from the beginning
cmd-help = Help
cmd-language = Change the language
cmd-back = Go back to the previous question
cmd-appointment = My appointment
terminal-hint = Type the number of an answer, or write your answer. Commands: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Sorry, I did not understand that. Please choose one of the answers.
error-empty = Your message was empty. Please write your answer.
error-too-long =
    { $max ->
        [one] Your text is too long. Please write at most { $max } character.
       *[other] Your text is too long. Please write at most { $max } characters.
    }
error-number-invalid = Please write the year with 4 digits, for example { $example }.
error-number-range = Please write a year between { $min } and { $max }.
error-date-invalid = I could not read this date. Please write it like this: { $example }
error-date-nonexistent = This date does not exist. Please check the day and the month.
error-date-range = Please write a date between { $min } and { $max }.
error-phone-invalid = This does not look like a phone number. Please write only the digits, for example { $example }
error-stale = This question is already answered. Here is the current question:
error-already-answered = You have already answered that question.
error-or-choose = Or choose one of the answers below.
error-unsupported =
    { $kind ->
        [voice] I cannot listen to voice messages. Please write your answer as text.
        [photo] I cannot look at photos here. Please do not send letters or documents in this chat. A counsellor will look at them with you. Please write your answer as text.
        [document] I cannot open files here. Please do not send letters or documents in this chat. A counsellor will look at them with you. Please write your answer as text.
        [sticker] Thank you! Please write your answer as text or use the buttons.
        [location] Thank you, but I do not need your location. Please write your answer as text or use the buttons.
        [contact] Please do not send contacts here. Please write your answer as text or use the buttons.
       *[other] I can only read text and buttons. Please write your answer as text.
    }
error-edited = You changed an earlier message. I only read new messages. If an answer was wrong, you can change it at the end, before sending.
error-private-only = I only talk in private chats, to protect your privacy. Please write to me directly.
error-state-reset = Sorry, I lost track of our conversation. We have to start again from the beginning.
error-temporary = Sorry, there is a technical problem. Please try again in a few minutes. Nothing you sent before is lost.
error-not-processed = Sorry, a technical problem kept me from handling your last message. It has been kept for our team to look at. You can go on: send your answer again, or /start to begin anew.

## Messages from staff

staff-says = Message from { $org } about your request { $reference }:
template-bring-documents = Please bring your documents to your appointment: your passport or ID, your residence document, and all letters from offices about your question.
template-call-us = Please call us: { $office }, { $phone }. Please tell us your reference { $reference }.
template-appointment-moved = Your appointment has moved. The new time: { $when } with { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Delete my data
delete-confirm =
    Should we delete everything we have stored about you? This includes your answers and your requests; we cancel any appointments you have booked. Only a count without anything about you stays, for our statistics.
    This cannot be undone.
delete-yes = Yes, delete everything
delete-no = No, delete nothing
delete-kept = All right, we have deleted nothing.
delete-done = Done: we have deleted your data. If you write to us again, we will start afresh.
cmd-mydata = My stored data
mydata-intro = This is what we have stored about you:
mydata-none = We have nothing stored about you.
mydata-consent = Consent given on { $date } (text version { $version })
mydata-language = Language: { $language }
mydata-draft = Your answers so far (not sent yet):
mydata-request = Request { $reference } of { $date }: { $status ->
    [new] received
    [closed] closed
   *[other] being worked on
}
mydata-appointment = Appointment { $when }: { $status ->
    [held] reserved
    [cancelled] cancelled
    [no_show] missed
   *[booked] booked
}
mydata-file = The same as a file (JSON) for your records. With /delete you erase everything.
