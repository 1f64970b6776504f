# anlauf — client-facing messages (Spanish).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = ¡Hola! Somos { $org }. Le voy a hacer algunas preguntas cortas para que la persona adecuada pueda ayudarle. Es gratis.
ask-language = Le voy a escribir en { $language }. Si prefiere otro idioma, elíjalo aquí.
language-keep = ✓ { $language } — continúe
language-more = Más idiomas
language-switched = A partir de ahora le voy a escribir en { $language }.
language-offer = Usted escribió en { $language }. ¿Seguimos en { $language }?
language-offer-yes = Continúe en { $language }
language-unknown = El idioma «{ $tag }» no está disponible aquí. Puede elegir un idioma con /language.

## Consent

consent-text =
    { $org } da asesoría gratis a las personas que han venido a vivir a Alemania. La asesoría es confidencial: no damos su información a nadie más.

    Para ayudarle, anotamos sus respuestas. Solo las leen los asesores y las asesoras de { $org }. Puede pedirnos en cualquier momento que le mostremos sus datos o que los borremos.

    ¿Está de acuerdo con que anotemos sus respuestas?
consent-yes = Sí, estoy de acuerdo
consent-no = No
consent-declined =
    Está bien. No hemos guardado nada.
    También puede llamarnos o visitarnos:
    { $offices }
consent-declined-kept =
    Está bien. No vamos a anotar nada más, y lo que nos contó en esta conversación se borra.
    La solicitud que nos envió antes sigue con nuestros asesores y asesoras. Si quiere que también se borre, llámenos o visítenos:
    { $offices }

## Concern

ask-topics = ¿Con qué necesita ayuda? Puede elegir más de una respuesta. Después toque «Listo».
topic-residence = Residencia y asilo
topic-benefits = Ayudas sociales y dinero del Estado
topic-work = Trabajo y permiso de trabajo
topic-recognition = Reconocimiento de mis títulos
topic-education = Escuela, formación, estudios
topic-language_course = Curso de integración y de alemán
topic-childcare = Kita o escuela para mi hijo/a
topic-family = Familia
topic-family_reunification = Traer a mi familia a Alemania
topic-health = Salud y estrés
topic-discrimination = Discriminación y racismo
topic-housing = Vivienda
topic-debts = Deudas y problemas de dinero
topic-return = Regresar o mudarme a otro país
topic-daily_life = Vida diaria, cartas y trámites
topic-other = Otra cosa
multi-done = Listo ✓
multi-chosen =
    { $count ->
        [0] Todavía no ha elegido nada.
        [one] Ha elegido una respuesta: { $list }
        [many] Ha elegido { $count } de respuestas: { $list }
       *[other] Ha elegido { $count } respuestas: { $list }
    }
multi-empty = Por favor, elija al menos una respuesta. Después toque «Listo».

## About you

ask-age = ¿Cuántos años tiene?
age-under_18 = Menos de 18
age-18_26 = De 18 a 26
age-27_64 = De 27 a 64
age-65_plus = 65 o más

ask-arrival = ¿En qué año llegó a Alemania? Escriba el año, por ejemplo { $example }.
arrival-born_here = Nací en Alemania
arrival-over_10_years = Hace más de 10 años

ask-residence = ¿Qué estatus de residencia tiene? Si no lo sabe con seguridad, elija «No lo sé».
residence-asylum_procedure = Procedimiento de asilo en curso
residence-protection = Refugio o protección reconocidos
residence-duldung = Deportación suspendida (Duldung)
residence-temporary_protection = Protección temporal (de Ucrania)
residence-residence_permit = Otro permiso de residencia
residence-settlement_permit = Residencia permanente
residence-eu_citizen = Ciudadanía de un país de la UE
residence-german = Ciudadanía alemana
residence-late_repatriate = Repatriado/a (Spätaussiedler), familia
residence-unknown = No lo sé

ask-course = ¿Tiene que hacer un curso de integración (curso de alemán)?
course-obliged = Sí, tengo que hacerlo
course-attending = Lo estoy haciendo ahora
course-finished = Ya lo terminé
course-no = No
course-unknown = No lo sé

## Urgency

ask-urgent = ¿Le pasa ahora mismo alguna de estas cosas? Si no, elija «No».
urgent-deadline = Carta oficial con plazo o deportación
urgent-danger = Violencia, amenazas o crisis médica
urgent-no_shelter = No tengo dónde dormir esta noche
urgent-no_food = No tengo dinero para comida
urgent-no = No, nada de esto
yes = Sí
no = No
urgent-help =
    Si está en peligro ahora mismo, llame por favor:
    Policía: 110
    Ambulancia y bomberos: 112
    Médico de guardia de noche y el fin de semana: 116 117
    Ayuda para mujeres contra la violencia (muchos idiomas, gratis, de día y de noche): 116 016
    Línea de crisis (gratis, de día y de noche): 0800 111 0 111
    Este chat no da asesoría legal. Nuestro equipo se pondrá en contacto con usted con prioridad.
urgent-help-suicide =
    No está solo/a. Por favor, hable ahora con alguien:
    Línea de crisis (gratis, anónima, de día y de noche): 0800 111 0 111
    Si su vida está en peligro ahora mismo: 112
urgent-help-violence =
    Si está en peligro ahora mismo, llame a la policía: 110
    Ayuda para mujeres contra la violencia (muchos idiomas, gratis, anónima, de día y de noche): 116 016
urgent-help-illness =
    En una emergencia médica, llame a una ambulancia: 112
    Médico de guardia de noche y el fin de semana: 116 117
urgent-help-homelessness =
    Si esta noche no tiene dónde dormir, puede ir a este lugar:
    { $place }
urgent-help-hunger =
    Aquí se reparte comida:
    { $food }
    Ayuda económica urgente de la oficina de asistencia social:
    { $welfare }
urgent-help-footer = Este chat no da asesoría legal. Nuestro equipo se pondrá en contacto con usted con prioridad.
urgent-letter = Gracias. Vamos a revisar su carta con prioridad. Este chat no da asesoría legal; un asesor o una asesora se pondrá en contacto con usted.
urgent-first = Gracias por decírnoslo. Nuestro equipo va a revisar su solicitud con prioridad. Este chat no da asesoría legal; un asesor o una asesora se pondrá en contacto con usted.
ask-deadline = ¿Qué día termina el plazo? Escríbalo así: { $example }
deadline-skip = Sin fecha o no lo sé

## Your own words

ask-own-words = Por favor, cuéntenos con sus propias palabras de qué se trata. Puede escribir en su idioma.
skip = Prefiero no responder

## Contact

ask-contact = ¿Cómo prefiere que le contactemos?
contact-chat = Aquí, en este chat
contact-phone = Por teléfono
contact-in_person = En persona, en una oficina
ask-phone = ¿A qué número de teléfono podemos llamarle? Por ejemplo { $example }
ask-office = ¿Qué oficina le queda mejor?
ask-appointment-languages = ¿En qué idiomas puede hablar en una cita? Puede elegir más de uno. Después toque «Listo».
office-any = Sin preferencia
office-hours = Abierto: { $hours }
office-directions-elsewhere = Cómo llegar (en { $language }, porque aún no está escrito en su idioma): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = Autobús 12 o tranvía 3 hasta «Lindenallee». La entrada está en el patio, 2.º piso; toque el timbre «Beratung».
office-nord-directions = Tranvía 5 hasta «Erlenhof», después 3 minutos a pie. Planta baja, la puerta con el letrero azul.
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mié.
weekday-thu = jue.
weekday-fri = vie.
weekday-sat = sáb.
weekday-sun = dom.

## Check and send

summary-intro = Por favor, revise sus respuestas:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Todo está bien — envíelo
summary-change = ✎ Quiero cambiar una respuesta
ask-which-change = ¿Qué respuesta quiere cambiar?
field-language = Idioma
field-topics = Temas
field-age_group = Edad
field-arrival = Llegada a Alemania
field-residence = Estatus de residencia
field-integration_course = Curso de integración
field-urgent = Urgente
field-deadline_date = Plazo
field-own_words = Con sus palabras
field-contact = Contacto
field-phone = Teléfono
field-office = Oficina
field-appointment_languages = Idiomas para la cita
done =
    ¡Gracias! Hemos recibido su solicitud.
    Su número de referencia es: { $reference }
    Por favor, guarde este número. Un asesor o una asesora se pondrá en contacto con usted pronto.
referral-intro = Estos servicios se encargan de su asunto, o también pueden ayudarle:
referral-entry = { $kind }: { $name }
referral-phone = Teléfono: { $phone }
referral-languages = Idiomas: { $languages }
referral-kind-youth_migration = Servicio de migración para jóvenes de 12 a 26 años (Jugendmigrationsdienst)
referral-kind-immigration_office = Oficina de extranjería (Ausländerbehörde)
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Oficina de asistencia social (Sozialamt)
referral-kind-integration_course = Centro de cursos de integración
referral-kind-debt_counselling = Asesoría sobre deudas (Schuldnerberatung)
referral-kind-recognition = Asesoría sobre el reconocimiento de títulos
referral-kind-health = Asesoría de salud y apoyo psicosocial
referral-kind-return_counselling = Asesoría para el regreso (Rückkehrberatung)
referral-kind-housing_help = Ayuda para personas sin vivienda
referral-kind-anti_discrimination = Asesoría contra la discriminación
after-done = Ya tenemos su solicitud { $reference }. Si quiere enviar una nueva solicitud, escriba /start.

## Appointment

booking-offer = Citas libres en { $office } ({ $address }). Elija una hora:
booking-interpreter = Ningún asesor ni asesora habla { $languages }. Vamos a pedir que un o una intérprete participe en la cita.
booking-urgent = Como es urgente, estas son las primeras horas libres. Si ninguna le va bien, un asesor o una asesora se pondrá en contacto con usted antes.
booking-none = No hay citas libres en las próximas semanas. Un asesor o una asesora se pondrá en contacto con usted.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = También puede venir sin cita: { $office }, { $address }, { $hours }.
booking-later = Horas más tarde ▸
booking-other-office = Otra oficina
booking-skip = Sin cita, contáctenme por favor
booking-skipped = De acuerdo. Un asesor o una asesora se pondrá en contacto con usted.
booking-format-in_person = en persona
booking-format-phone = por teléfono
booking-format-video = por videollamada
booking-hold =
    { $when } con { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Le guardo esta hora durante { $minutes } minuto. ¿La reservo?
        [many] Le guardo esta hora durante { $minutes } de minutos. ¿La reservo?
       *[other] Le guardo esta hora durante { $minutes } minutos. ¿La reservo?
    }
booking-confirm = ✓ Sí, resérvela
booking-other = Quiero otra hora
booking-taken = Lo siento, otra persona acaba de reservar esta hora. Estas son las próximas horas libres.
booking-done =
    Su cita está reservada:
    { $when } con { $counsellor }
    { $office }, { $address } ({ $format })
    Por favor, traiga su pasaporte o documento de identidad, su permiso de residencia y las cartas oficiales sobre su asunto.
    Con el archivo de calendario de abajo puede guardar la cita en su teléfono.
booking-with-interpreter = Participará un o una intérprete de { $language }.
booking-event = Cita de asesoría, { $org }
booking-reminder = Recordatorio de su cita: { $when } con { $counsellor }, { $office }, { $address } ({ $format }). Si no puede venir, escriba /appointment, por favor.
appointment-none = Todavía no tiene ninguna cita con nosotros. Para enviar una solicitud, escriba /start.
appointment-show = Su cita: { $when } con { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Quiero cancelar la cita
appointment-reschedule = Quiero otra hora
appointment-keep = Mantengo la cita
appointment-cancelled = Su cita está cancelada. Si quiere una nueva, escriba /appointment.
waitlist-join = Póngame en la lista de espera
waitlist-joined = Está en la lista de espera. En cuanto haya una cita libre que le convenga, le escribiré aquí.
waitlist-offer = Hay una cita libre para usted: { $when } con { $counsellor }, { $office }, { $address } ({ $format }). Se la guardo hasta { $until }. ¿La reservo?
after-booked = Su cita: { $when } con { $counsellor } en { $office }. Su número de referencia: { $reference }. Si quiere enviar una nueva solicitud, escriba /start.

## Navigation and help

nav-back = ◀ Atrás
nav-restart = ↺ Desde el principio
confirm-restart = ¿Quiere empezar de nuevo? Se borrarán las respuestas que ha dado hasta ahora.
confirm-restart-yes = Sí, borre todo y empecemos
confirm-restart-no = No, continúe
help =
    Le hago algunas preguntas y envío sus respuestas a un asesor o una asesora.
    /start — empiece desde el principio
    /back — vuelva a la pregunta anterior
    /language — cambie el idioma
    /appointment — vea, cambie o cancele su cita
    /mydata — vea lo que tenemos guardado sobre usted
    /delete — borre todos los datos que tenemos de usted
    /help — vea esta ayuda
cmd-start = Empiece desde el principio
cmd-help = Ayuda
cmd-language = Cambie el idioma
cmd-back = Vuelva a la pregunta anterior
cmd-appointment = Mi cita
terminal-hint = Escriba el número de una respuesta, o escriba su respuesta. Comandos: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Lo siento, no le entendí. Por favor, elija una de las respuestas.
error-empty = Su mensaje estaba vacío. Por favor, escriba su respuesta.
error-too-long =
    { $max ->
        [one] Su texto es demasiado largo. Por favor, escriba como máximo { $max } carácter.
        [many] Su texto es demasiado largo. Por favor, escriba como máximo { $max } de caracteres.
       *[other] Su texto es demasiado largo. Por favor, escriba como máximo { $max } caracteres.
    }
error-number-invalid = Por favor, escriba el año con 4 números, por ejemplo { $example }.
error-number-range = Por favor, escriba un año entre { $min } y { $max }.
error-date-invalid = No pude leer esta fecha. Por favor, escríbala así: { $example }
error-date-nonexistent = Esta fecha no existe. Por favor, revise el día y el mes.
error-date-range = Por favor, escriba una fecha entre { $min } y { $max }.
error-phone-invalid = Esto no parece un número de teléfono. Por favor, escriba solo los números, por ejemplo { $example }
error-stale = Esta pregunta ya tiene respuesta. Esta es la pregunta actual:
error-already-answered = Usted ya respondió esa pregunta.
error-or-choose = O elija una de las respuestas de abajo.
error-unsupported =
    { $kind ->
        [voice] No puedo escuchar mensajes de voz. Por favor, escriba su respuesta como texto.
        [photo] Aquí no puedo ver fotos. Por favor, no envíe cartas oficiales ni documentos en este chat. Un asesor o una asesora los revisará con usted. Por favor, escriba su respuesta como texto.
        [document] Aquí no puedo abrir archivos. Por favor, no envíe cartas oficiales ni documentos en este chat. Un asesor o una asesora los revisará con usted. Por favor, escriba su respuesta como texto.
        [sticker] ¡Gracias! Por favor, escriba su respuesta como texto o use los botones.
        [location] Gracias, pero no necesito su ubicación. Por favor, escriba su respuesta como texto o use los botones.
        [contact] Por favor, no envíe contactos aquí. Escriba su respuesta como texto o use los botones.
       *[other] Solo puedo leer texto y botones. Por favor, escriba su respuesta como texto.
    }
error-edited = Usted cambió un mensaje anterior. Solo leo los mensajes nuevos. Si una respuesta estaba mal, puede cambiarla al final, antes de enviarla.
error-private-only = Solo hablo en chats privados, para proteger su privacidad. Por favor, escríbame directamente.
error-state-reset = Lo siento, perdí el hilo de nuestra conversación. Tenemos que empezar otra vez desde el principio.
error-temporary = Lo siento, hay un problema técnico. Por favor, inténtelo de nuevo en unos minutos. No se ha perdido nada de lo que envió antes.
error-not-processed = Lo siento, por un problema técnico no pude procesar su último mensaje. Lo hemos guardado para que nuestro equipo lo revise. Puede continuar: envíe su respuesta de nuevo o escriba /start para empezar desde el principio.

## Messages from staff

staff-says = Mensaje de { $org } sobre su solicitud { $reference }:
template-bring-documents = Por favor, traiga sus documentos a la cita: su pasaporte o documento de identidad, su documento de residencia y todas las cartas oficiales sobre su consulta.
template-call-us = Por favor, llámenos: { $office }, { $phone }. Díganos su número de referencia { $reference }.
template-appointment-moved = Su cita ha cambiado. La nueva hora: { $when } con { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Quiero borrar mis datos
delete-confirm =
    ¿Quiere que borremos todo lo que tenemos guardado sobre usted? Esto incluye sus respuestas y sus solicitudes; cancelaremos las citas que haya reservado. Solo queda un número para nuestras estadísticas, sin nada sobre usted.
    Esto no se puede deshacer.
delete-yes = Sí, bórrenlo todo
delete-no = No, no borren nada
delete-kept = De acuerdo, no hemos borrado nada.
delete-done = Listo: hemos borrado sus datos. Si nos vuelve a escribir, empezaremos de nuevo.
cmd-mydata = Mis datos guardados
mydata-intro = Esto es lo que tenemos guardado sobre usted:
mydata-none = No tenemos nada guardado sobre usted.
mydata-consent = Consentimiento dado el { $date } (versión del texto: { $version })
mydata-language = Idioma: { $language }
mydata-draft = Sus respuestas hasta ahora (todavía sin enviar):
mydata-request = Solicitud { $reference } del { $date }: { $status ->
    [new] recibida
    [closed] cerrada
   *[other] en trámite
}
mydata-appointment = Cita del { $when }: { $status ->
    [held] guardada para usted
    [cancelled] cancelada
    [no_show] usted no vino
   *[booked] reservada
}
mydata-file = Lo mismo en un archivo (JSON) para que lo guarde. Con /delete lo borra todo.
