/**
 * Small closed word lists of English and Dutch that shape how rule phrases are read: words that
 * carry no signal, negations and their limits, and the verbs of contacting someone.
 */

/** Words that carry no signal and do not break a phrase: "answer the phone" = "answer phone". */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those its their our your his her my to for of from with about at on in into by as " +
    "de het een der des den van voor met aan op in bij naar over om te die dat deze dit er hun ons onze je jouw " +
    "uw zijn haar mijn s ers"
  ).split(" ")
);

/** Words that turn what follows around: "no customer contact", "zonder klantcontact". */
export const NEGATIONS: ReadonlySet<string> = new Set(
  "no not without never non none zonder geen niet nooit".split(" ")
);

/** Words that end a negation's reach: "no calls, but e-mail customers". */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(
  "and or but plus then en maar dan".split(" ")
);

/**
 * Verbs of contacting or serving someone: the first thing named after one is who the work is
 * with ("bel leverancier", "explain the policy to clients" reads "explain ... clients").
 */
export const CONTACT_VERBS: ReadonlySet<string> = new Set(
  (
    "call calls calling called phone phones phoning phoned email emails emailing emailed e mail mails mailing " +
    "contact contacts contacting contacted write writes writing reply replies answer answers answering " +
    "inform informs informing informed explain explains explaining explained advise advises advising advised " +
    "recommend recommends help helps helping assist assists assisting guide guides guiding meet meets meeting " +
    "interview interviews interviewing serve serves serving greet greets greeting visit visits visiting tell " +
    "tells ask asks asking show shows showing quote quotes quoting consult consults consulting counsel counsels " +
    "counseling counselling negotiate negotiates negotiating confer confers conferring notify notifies notifying " +
    "instruct instructs instructing talk talks talking speak speaks speaking communicate communicates " +
    "communicating correspond corresponds corresponding liaise liaises liaising refer refers referring " +
    "support supports supporting walk walks walking ring rings ringing rang chase chases chasing " +
    "bel bellen belt gebeld mailen mailt gemaild contacteer contacteren contacteert schrijf schrijven " +
    "beantwoord beantwoorden beantwoordt spreek spreken spreekt informeer informeren informeert adviseer " +
    "adviseren adviseert help helpen helpt begeleid begeleiden begeleidt ontvang ontvangen ontvangt bezoek " +
    "bezoeken bezoekt vertel vertellen vertelt vraag vragen toon tonen toont leg uitleggen overleg overleggen " +
    "overlegt onderhandel onderhandelen onderhandelt communiceer communiceren communiceert benader benaderen " +
    "benadert ondersteun ondersteunen ondersteunt bedien bedienen bedient verwijs verwijzen verwijst " +
    "instrueer instrueren instrueert licht lichten lichtte legt leggen bijpraten praat"
  ).split(" ")
);

/**
 * Words that start examples: "prepare documents, such as invoices and claims". What follows
 * illustrates the job; the words before say what it is.
 */
export const DETAIL_MARKERS: ReadonlySet<string> = new Set(
  "such including includes eg bijvoorbeeld zoals waaronder inclusief".split(" ")
);

/**
 * Words that say what a contact is about: "advise clients about tax and payroll", "klanten
 * informeren over de btw". What follows them is the topic, not the job.
 */
export const TOPIC_MARKERS: ReadonlySet<string> = new Set(
  "about regarding concerning re over omtrent inzake betreffende aangaande ivm mbt".split(" ")
);

/**
 * Words that name whom the work is done with: "overleg met leveranciers", "meet with clients",
 * "take orders from customers".
 */
export const WITH_WORDS: ReadonlySet<string> = new Set(["with", "w", "met", "from"]);
