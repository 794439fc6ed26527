/** Everything FrontBack says, writes and reads in Dutch. */

import type { Messages } from "./messages";

const SKILL_EXAMPLE =
  "gebruik de naam of id van een vaardigheid, bijv. Geduld / Patience / patience";

const FIELD_WORDS = {
  employee: "medewerker",
  role: "functie",
  hours: "uren",
  override: "handmatige keuze",
};

const SKILLS: Messages["skills"] = {
  interpersonal: "Interpersoonlijke vaardigheden",
  clarity: "Duidelijk communiceren",
  listening: "Actief luisteren",
  friendliness: "Vriendelijkheid",
  patience: "Geduld",
  questioning: "Vraagtechnieken",
  conflict: "Conflicthantering",
  "basic-computer": "Basisvaardigheden computer",
  correspondence: "Mondelinge en schriftelijke communicatie",
  numeracy: "Cijfermatig inzicht",
  organising: "Organisatievermogen",
  filing: "Nauwkeurig en tijdig archiveren",
  "office-software": "Kantoor- en boekhoudsoftware",
  "advanced-it": "Geavanceerde IT-kennis",
};

export const nl: Messages = {
  locale: "nl-NL",
  csvDelimiter: ";",
  officeTypes: { front: "Frontoffice", back: "Backoffice", unclear: "Onduidelijk" },
  columns: {
    officeType: "Officetype",
    confidence: "Zekerheid",
    why: "Waarom",
    skills: "Benodigde vaardigheden",
    gap: "Vaardigheidstekort",
    override: "Handmatig",
  },
  skills: SKILLS,

  levels: ["geen", "basis", "werkniveau", "goed", "expert"],
  why: {
    override: "Handmatig",
    sides: { front: "Frontoffice", back: "Backoffice" },
    negated: "ontkend",
    role: "functie",
    learned: "geleerd",
    noReasons: "Geen front- of backofficewoorden gevonden",
    cancelOut: " — signalen heffen elkaar op",
    invalidOverride: (value) =>
      `Handmatige waarde "${value}" niet begrepen: schrijf Frontoffice of Backoffice`,
  },
  gap: {
    needs: "nodig",
    has: "heeft",
    notRated: "Niet beoordeeld",
    none: "Geen",
    notInMatrix: "Niet in vaardighedenmatrix",
  },
  summary: {
    title: "FrontBack overzicht",
    officeType: "Officetype",
    tasks: "Taken",
    hours: { none: "Uren", week: "Uren per week", month: "Uren per maand" },
    total: "Totaal",
    employee: "Medewerker",
    hoursOn: (side) => `Uren ${side.toLowerCase()}`,
    largestGaps: "Grootste vaardigheidstekorten",
    skill: "Vaardigheid",
    tasksNeeding: "Taken die het nodig hebben",
    peopleShort: "Mensen met tekort",
    rewrittenNote:
      "FrontBack schrijft dit blad elke keer opnieuw; bewaar uw eigen aantekeningen op een ander blad.",
  },
  sheets: {
    rules: "Regels",
    skills: "Vaardigheden",
    skillsAliases: ["Vaardighedenmatrix"],
    summary: "FrontBack overzicht",
    tasks: "Taken",
  },
  charts: {
    shareOfTasks: "Taken: frontoffice en backoffice",
    shareOfHours: "Uren: frontoffice en backoffice",
    hoursPerEmployee: "Uren per medewerker, frontoffice en backoffice",
    topEmployees: (count) => `Uren per medewerker, frontoffice en backoffice (top ${count})`,
    peopleShort: "Mensen met een tekort per vaardigheid",
    tasksNeeding: "Taken per benodigde vaardigheid",
  },
  skipped: {
    number: "Overgeslagen: de taakcel bevat een getal of datum, geen taakomschrijving",
    boolean: "Overgeslagen: de taakcel bevat WAAR of ONWAAR, geen taakomschrijving",
    error: "Overgeslagen: de taakcel toont een fout",
    other: "Overgeslagen: de taakcel bevat geen tekst die FrontBack kan lezen",
  },
  stops: {
    protectedSheet: (sheet) =>
      `Het blad "${sheet}" is beveiligd, dus FrontBack kan daar geen resultaten schrijven. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en start FrontBack opnieuw. Er is niets gewijzigd.`,
    protectedWorkbook:
      "De structuur van de werkmap is beveiligd, dus FrontBack kan zijn blad niet toevoegen. Hef de beveiliging op (Controleren > Werkmap beveiligen) en start FrontBack opnieuw. Er is niets gewijzigd.",
    emptySheet: (sheet) =>
      `Het blad "${sheet}" is leeg. Zet de kolomnamen in de eerste rij, met "Taak" (of "Task") boven de taken, en daaronder één taak per rij.`,
    noTasks: (sheet) =>
      `Het blad "${sheet}" heeft een kopregel maar nog geen taken eronder. Zet onder de kopregel één taak per rij en start FrontBack opnieuw.`,
    noEmployeeColumn:
      'FrontBack vond geen medewerkerkolom, dus kan het geen mensen voor een vaardighedenblad opsommen. Noem de kolom met de namen "Medewerker" (of "Employee"), of kies hem.',
    headerTaken: (column, header) =>
      `Uw kolom ${column} heet "${header}", een naam die FrontBack gebruikt voor een kolom die het zelf schrijft. FrontBack schrijft niet over uw kolommen heen, dus het is gestopt: geef die kolom een andere naam (of verwijder hem als een eerdere FrontBack hem maakte) en start FrontBack opnieuw. Er is niets gewijzigd.`,
    dataInTheWay: (address) =>
      `Er staan gegevens rechts van uw tabel (${address}). Als FrontBack zijn kolommen aan de tabel toevoegt, schuiven die cellen op, dus FrontBack is gestopt. Verplaats ze en start FrontBack opnieuw. Er is niets gewijzigd.`,
    noRoom:
      "Rechts van uw gegevens is geen ruimte voor de kolommen van FrontBack: de laatste kolom van het blad is in gebruik. Verplaats uw gegevens naar links en start FrontBack opnieuw. Er is niets gewijzigd.",
    rulesSheetBroken: (sheet, detail) =>
      `Het regelsblad "${sheet}" van FrontBack is niet te lezen: ${detail} Herstel de eerste rij, of verwijder het blad om de ingebouwde regels te gebruiken. Er is niets gewijzigd.`,
  },
  notices: {
    notOurRules: (sheet) =>
      `Het blad "${sheet}" is geen regelsblad van FrontBack (geen kolommen Kant en Zinnen), dus de ingebouwde regels zijn gebruikt.`,
    noDropDowns:
      "Deze Excel kan geen keuzelijsten toevoegen (daarvoor is Excel 2019 of Microsoft 365 nodig), dus de cellen hebben er geen; de waarden intypen werkt hetzelfde.",
    invalidOverrides: (count, example) =>
      `${count} handmatige cel(len) werden niet begrepen (bijvoorbeeld "${example}"), dus de woorden van de taak beslisten; schrijf Frontoffice of Backoffice, of laat de cel leeg.`,
    skipped: (count) =>
      `${count} taakcel(len) bevatten geen tekst (een getal, datum, WAAR/ONWAAR of een fout) en zijn overgeslagen; de kolom Waarom zegt welke.`,
    renamedSummary: (wanted, used) =>
      `Een blad met de naam "${wanted}" is niet van FrontBack, dus het overzicht staat op "${used}".`,
  },
  officeErrors: {
    cellEditMode:
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc om het bewerken af te ronden en start FrontBack opnieuw.",
    accessDenied:
      "Excel stond de wijziging niet toe: het blad of de werkmap is misschien beveiligd of alleen-lezen geopend. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of open een bewerkbare kopie en start FrontBack opnieuw.",
    notFound:
      "Een blad, tabel of naam waarmee FrontBack bezig was, verdween tijdens het werk (verwijderd of hernoemd). Start FrontBack opnieuw.",
    rejected:
      "Excel weigerde wat FrontBack daar wilde schrijven, vaak door samengevoegde cellen, een filter of een tabel die in de weg staat. Maak de samenvoeging ongedaan of wis het filter en start FrontBack opnieuw.",
    tooLarge:
      "Het blad is te groot om in één keer door te geven (Excel op het web beperkt elke uitwisseling tot 5 MB). Probeer Excel op de computer, of verdeel de taken over twee bladen.",
    unsupported:
      "Deze versie van Excel mist iets wat FrontBack nodig heeft. FrontBack werkt in Excel 2016 of later, Microsoft 365 en Excel op het web: werk Excel bij en probeer het opnieuw.",
    unexpected:
      "Er ging iets onverwachts mis, dus FrontBack is gestopt. Uw eigen cellen zijn zoals u ze achterliet. Probeer het opnieuw; gebeurt het weer, stuur dan de technische details hieronder naar wie FrontBack ondersteunt.",
  },
  partlyWritten:
    "FrontBack had al een deel van de resultaten geschreven toen dit gebeurde, dus sommige rijen tonen misschien resultaten van een eerdere keer; start FrontBack opnieuw om het af te maken.",
  columnDetection: {
    noHeaderRow:
      'Het blad heeft geen kopregel. Zet de kolomnamen in de eerste rij, met "Taak" (of "Task") boven de taken.',
    noTaskColumn: (seen) =>
      `Geen takenkolom gevonden. Gevonden kolomkoppen: ${seen}. Noem de kolom met de taken "Taak" (of "Task"), of kies hem.`,
    chosenMissing: (chosen, seen) =>
      `De gekozen takenkolom "${chosen}" staat niet in de kopregel. Gevonden kolomkoppen: ${seen}. Kies een van deze, of geef de kolom die naam.`,
    chosenIsResult: (chosen) =>
      `"${chosen}" is een kolom die FrontBack zelf schrijft, dus daar staan geen taken in. Kies de kolom met de taken.`,
    andMore: (listed, more) => `${listed} en nog ${more}`,
    optionalMissing: (field, chosen) =>
      `De gekozen ${FIELD_WORDS[field]}kolom "${chosen}" staat niet in de kopregel. Kies een andere kolom, of geen.`,
    taskTaken: (field, chosen) =>
      `"${chosen}" is al de takenkolom, dus het kan niet ook de ${FIELD_WORDS[field]}kolom zijn. Kies een andere kolom.`,
  },
  matrix: {
    employeeHeader: "Medewerker",
    problems: {
      "empty-sheet": () =>
        "Het vaardighedenblad is leeg: zet Medewerker en de namen van de vaardigheden in rij 1, en daaronder één rij per medewerker met niveaus van 0 (geen) tot 4 (expert).",
      "empty-header": () =>
        "Rij 1 van het vaardighedenblad is leeg: zet Medewerker en de namen van de vaardigheden in rij 1, boven de niveaus.",
      "no-employee-column": () =>
        "Geen medewerkerkolom gevonden: voeg een kolom Medewerker (of Employee) toe met de naam van elke persoon.",
      "unknown-skill-column": ({ label }) =>
        `Kolom "${label}" is geen bekende vaardigheid: ${SKILL_EXAMPLE}`,
      "second-skill-column": ({ label, skill, first }) =>
        `Kolom "${label}" is een tweede kolom voor ${SKILLS[skill]} (de eerste is "${first}"): alleen de eerste telt, dus voeg ze samen tot één kolom.`,
      "no-skill-columns": () =>
        `Geen vaardigheidskolommen gevonden in rij 1: zet boven elke kolom een vaardigheid; ${SKILL_EXAMPLE}.`,
      "no-name": ({ row, nameHeader }) =>
        `Rij ${row} heeft geen naam van een medewerker: typ de naam in kolom "${nameHeader}", of verwijder de rij.`,
      "repeated-employee": ({ row, name, firstRow }) =>
        `Rij ${row}: ${name} staat al op rij ${firstRow}, dus deze rij telt niet. Houd één rij per medewerker.`,
      "bad-level": ({ row, label, cell }) =>
        `Rij ${row}, kolom "${label}": ${cell ?? "Deze waarde"} is geen niveau; gebruik een heel getal van 0 (geen) tot 4 (expert), of laat de cel leeg als er geen beoordeling is.`,
      "unnamed-column": ({ letter }) =>
        `Kolom ${letter} heeft niveaus maar geen kop, dus telt niet: typ de vaardigheid in rij 1; ${SKILL_EXAMPLE}.`,
      "no-employees": () =>
        "Het vaardighedenblad heeft nog geen medewerkers: voeg onder rij 1 één rij per medewerker toe.",
    },
  },
  ruleSheet: {
    headers: {
      id: "Id",
      side: "Kant",
      phrases: "Zinnen",
      weight: "Gewicht",
      skills: "Vaardigheden",
      counterpart: "Tegenpartij",
    },
    yes: "ja",
    problems: {
      "no-header": ({ seen }) =>
        `De eerste rij moet de regelkolommen Kant en Zinnen noemen (Side, Phrases); niet verplicht: Id, Gewicht, Vaardigheden, Tegenpartij. Gevonden kolomkoppen: ${seen.join(", ") || "geen"}.`,
      "learned-id": ({ id }) =>
        `de id "${id}" is gereserveerd voor de geleerde woorden in de kolom Waarom; geef de regel een andere id`,
      "bad-side": ({ value }) =>
        `de kant moet Frontoffice of Backoffice zijn (of front / back), niet "${value}"`,
      "no-phrases": () => "er staan geen zinnen in: schrijf er een of meer, gescheiden door ;",
      "empty-phrase": () => "een zin is leeg",
      "misplaced-star": ({ part }) =>
        `zin "${part}": een * mag alleen aan het begin of eind van een woord staan`,
      "no-letters": ({ part }) => `zin "${part}" heeft geen letters of cijfers`,
      "bad-weight": ({ value, max }) =>
        `het gewicht moet een getal van 0 tot ${max} zijn, niet "${value}"`,
      "unknown-skill": ({ name }) =>
        `"${name}" is geen vaardigheid uit de lijst (gebruik een id zoals conflict of een naam zoals Geduld / Patience)`,
      "bad-level": ({ name, value }) =>
        `het niveau van "${name}" moet een heel getal van 0 tot 4 zijn, niet "${value}"`,
      "bad-counterpart": ({ value }) =>
        `tegenpartij moet ja of nee zijn (yes / no), niet "${value}"`,
      "duplicate-id": ({ id }) => `de id "${id}" komt twee keer voor; geef elke regel een eigen id`,
    },
    row: (row, detail) => `Rij ${row}: ${detail}.`,
    rowIgnored: (problem) => `${problem} Deze rij wordt niet gebruikt.`,
    empty: "het is leeg.",
  },
  pane: {
    title: "FrontBack",
    introWhat:
      "FrontBack deelt de taken van uw team in als frontoffice of backoffice, en zegt waarom.",
    introSkills:
      "Het toont ook welke vaardigheden elke taak vraagt, zodat u ziet wie u moet opleiden of aannemen.",
    taskLabel: "Taak",
    taskPlaceholder: "bijv. Vragen van klanten aan de balie beantwoorden",
    roleLabel: "Functie (niet verplicht)",
    rolePlaceholder: "bijv. Receptionist",
    classify: "Indelen",
    confidence: "Zekerheid",
    why: "Waarom",
    skillsNeeded: "Benodigde vaardigheden",
    noSkills: "Geen bijzondere vaardigheden gevonden voor deze taak.",
    emptyTask: "Typ eerst een taak en kies dan Indelen.",
    errorIntro:
      "Er ging iets mis. Sluit FrontBack en open het opnieuw; gebeurt het weer, geef dan deze melding door:",
    trySample: "Probeer het met voorbeeldgegevens",
    sampleAdded:
      "Voorbeeldbladen toegevoegd. Kies Taken indelen om FrontBack aan het werk te zien.",
    sourceHeading: "Wat FrontBack leest",
    refresh: "Blad opnieuw lezen",
    columnsHeading: "Kolommen",
    fieldTask: "Taak",
    fieldEmployee: "Medewerker",
    fieldRole: "Functie",
    fieldHours: "Uren",
    noColumn: "(geen)",
    optionsHeading: "Opties",
    optionRules:
      "Een regelsblad met de ingebouwde regels toevoegen, om aan te passen (een regelsblad in de werkmap wordt altijd gebruikt)",
    optionSkills: "De vaardighedenmatrix maken voor de gevonden medewerkers",
    optionSummary: "Het overzichtsblad met grafieken maken",
    classifyTasks: "Taken indelen",
    working: "Bezig…",
    resultHeading: "Resultaat",
    side: "Kant",
    tasks: "Taken",
    hours: "Uren",
    total: "Totaal",
    gapsHeading: "Grootste tekorten aan vaardigheden",
    noGaps:
      "Geen tekorten gevonden. FrontBack vergelijkt de taken met een vaardighedenblad, als de werkmap er een heeft.",
    openSummary: "Overzichtsblad openen",
    notesHeading: "Het bekijken waard",
    details: "Technische details",
    dismiss: "Sluiten",
    tryOneHeading: "Probeer één taak",
  },
  runView: {
    sheet: (name) => `Blad "${name}"`,
    table: (name) => `tabel "${name}"`,
    rows: (count, formatted) => `${formatted} ${count === 1 ? "rij" : "rijen"}`,
    progress: { reading: "Taken lezen", writing: "Resultaten schrijven", finishing: "Klaar" },
    progressOf: (done, all) => `${done} van ${all} rijen`,
    peopleShort: (skill, count) =>
      `${skill}: ${count} ${count === 1 ? "persoon" : "mensen"} met een tekort`,
    classified: (_count, formatted, sheet) => `${formatted} taken ingedeeld op blad "${sheet}".`,
    commandDone: (sheet, counts) => `FrontBack heeft de taken op "${sheet}" ingedeeld: ${counts}.`,
  },
  sample: {
    sheet: "Voorbeeldtaken",
    headers: ["Taak", "Medewerker", "Functie", "Uren per week"],
    tasks: [
      [
        "Klanten aan de balie ontvangen en hun vragen beantwoorden",
        "Anna",
        "Verkoopmedewerker",
        12,
      ],
      ["Klachten van klanten telefonisch en per e-mail afhandelen", "Anna", "Verkoopmedewerker", 4],
      ["Klanten adviseren welk product bij hen past", "Ben", "Verkoopmedewerker", 10],
      ["De kassa bedienen en betalingen aannemen", "Ben", "Verkoopmedewerker", 8],
      ["Inkoopfacturen van leveranciers verwerken in de boekhouding", "Carla", "Officemanager", 6],
      ["De maandelijkse salarisadministratie voorbereiden", "Carla", "Officemanager", 4],
      [
        "Arbeidscontracten archiveren en het personeelsdossier bijhouden",
        "Carla",
        "Officemanager",
        3,
      ],
      ["Voorraad bestellen bij leveranciers", "Dev", "Filiaalmanager", 5],
      ["Het netwerk van de winkel beheren en de server back-uppen", "Dev", "Filiaalmanager", 2],
      [
        "Aanbiedingen op sociale media zetten en berichten van klanten beantwoorden",
        "Dev",
        "Filiaalmanager",
        3,
      ],
      ["De btw-aangifte voorbereiden voor de accountant", "Carla", "Officemanager", 2],
      ["Het magazijn schoonmaken", "Ben", "Verkoopmedewerker", 2],
    ],
  },
  demo: {
    more: (count) => `… en nog ${count.toLocaleString("nl-NL")} rijen`,
    sheets: "Bladen",
    paneTitle: "Taakvenster van FrontBack",
    blankSheet: "Blad1",
    largeSheet: "Alle taken",
    rota: { sheet: "Rooster", headers: ["Naam", "Dag", "Begin"], days: ["maandag", "dinsdag"] },
  },
  words: {
    stopWords:
      "de het een der des den van voor met aan op in bij naar over om te die dat deze dit er " +
      "hun ons onze je jouw uw zijn haar mijn ers",
    negations: "zonder geen niet nooit",
    clauseBreaks: "en maar dan",
    contactVerbs:
      "bel bellen belt gebeld mailen mailt gemaild contacteer contacteren contacteert schrijf " +
      "schrijven beantwoord beantwoorden beantwoordt spreek spreken spreekt informeer " +
      "informeren informeert adviseer adviseren adviseert help helpen helpt begeleid " +
      "begeleiden begeleidt ontvang ontvangen ontvangt bezoek bezoeken bezoekt vertel " +
      "vertellen vertelt vraag vragen toon tonen toont leg uitleggen overleg overleggen " +
      "overlegt onderhandel onderhandelen onderhandelt communiceer communiceren communiceert " +
      "benader benaderen benadert ondersteun ondersteunen ondersteunt bedien bedienen bedient " +
      "verwijs verwijzen verwijst instrueer instrueren instrueert licht lichten lichtte legt " +
      "leggen bijpraten praat",
    detailMarkers: "bijvoorbeeld zoals waaronder inclusief",
    topicMarkers: "over omtrent inzake betreffende aangaande ivm mbt",
    withWords: "met",
    employeeHeaders: "medewerker medewerkers werknemer werknemers naam persoon",
    yes: "ja j waar",
    no: "nee onwaar",
    headerFillers: "de het een van",
    periodWords: "per wekelijks mnd maand maanden maandelijks",
    weekWords: "wekelijks wekelijkse",
    monthWords: "mnd maand maanden maandelijks maandelijkse",
    compoundHeads: "omschrijving beschrijving naam titel tekst lijst",
    columnHeaders: {
      task: {
        strong: [
          "taak",
          "taken",
          "taakomschrijving",
          "omschrijving taak",
          "omschrijving taken",
          "taakbeschrijving",
          "beschrijving taak",
          "taaknaam",
          "naam taak",
          "activiteit",
          "activiteiten",
          "werkzaamheden",
          "werkzaamheid",
          "omschrijving werkzaamheden",
          "te doen",
          "klus",
          "klussen",
          "opdracht",
          "opdrachten",
          "bezigheden",
        ],
        generic: [
          "omschrijving",
          "beschrijving",
          "titel",
          "onderwerp",
          "wat",
          "werk",
          "actie",
          "acties",
        ],
        tails: ["taak", "taken", "klus", "klussen", "activiteit", "activiteiten", "werkzaamheden"],
      },
      employee: {
        strong: [
          "medewerker",
          "medewerkers",
          "naam medewerker",
          "medewerkersnaam",
          "werknemer",
          "werknemers",
          "naam werknemer",
          "personeelslid",
          "teamlid",
          "collega",
          "toegewezen aan",
          "uitgevoerd door",
          "gedaan door",
          "uitvoerder",
          "verantwoordelijke",
          "eigenaar",
          "taakeigenaar",
          "door wie",
        ],
        generic: ["naam", "volledige naam", "wie", "door", "persoon", "lid"],
        tails: ["medewerker", "medewerkers", "werknemer", "werknemers", "collega"],
      },
      role: {
        strong: [
          "functie",
          "functies",
          "functietitel",
          "functienaam",
          "functieomschrijving",
          "rol",
          "rollen",
          "positie",
          "beroep",
        ],
        generic: ["baan"],
        tails: ["functie"],
      },
      hours: {
        strong: [
          "uren",
          "uur",
          "aantal uren",
          "werkuren",
          "weekuren",
          "maanduren",
          "contracturen",
          "arbeidsuren",
          "manuren",
          "tijdsbesteding",
          "tijdbesteding",
          "bestede tijd",
        ],
        generic: ["tijd", "duur", "u"],
        tails: [],
      },
      override: {
        strong: [
          "handmatig",
          "handmatige",
          "handmatige keuze",
          "handmatig type",
          "correctie",
          "geforceerd",
        ],
        generic: ["keuze", "eigen keuze"],
        tails: [],
      },
    },
    ruleHeaders: {
      id: ["id", "regel", "naam"],
      side: ["kant"],
      phrases: ["zinnen", "zin", "woorden", "trefwoorden"],
      weight: ["gewicht"],
      skills: ["vaardigheden"],
      counterpart: ["tegenpartij"],
    },
    overrides: {
      front: ["frontoffice", "voorkant"],
      back: ["backoffice", "achterkant"],
    },
  },
};
