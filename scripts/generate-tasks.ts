/**
 * A deterministic generator of task rows as small-business owners write them, in Dutch and
 * English: who, their role, the task, and hours per week. Used by the benchmark and for trying the
 * CLI on big sheets. The text is synthetic and must never be used to measure accuracy (the
 * external benchmark in ../shared/benchmark is for that).
 *
 *   node build/node/scripts/generate-tasks.js [rows=1000] [--seed 1] > tasks.csv
 */

import { formatCsv } from "../src/csv/csv";

/** One generated task row. */
export interface GeneratedTask {
  readonly employee: string;
  readonly role: string;
  readonly task: string;
  readonly hours: number;
}

type Lang = "nl" | "en";
type Kind = "front" | "back" | "neutral";

/** A pseudo-random number in [0, 1) from a 32-bit state: mulberry32, small and fast. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Words the templates fill in; `{product}` takes a product, and so on. */
const FILLERS: Readonly<Record<Lang, Readonly<Record<string, readonly string[]>>>> = {
  nl: {
    product: [
      "koffiebonen",
      "printerpapier",
      "shampoo",
      "fietsonderdelen",
      "bloemen",
      "brillen",
      "banden",
      "wijn",
      "tegels",
      "kantoorstoelen",
    ],
    month: [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ],
    quarter: ["Q1", "Q2", "Q3", "Q4", "het eerste kwartaal", "het vierde kwartaal"],
    customer: [
      "vaste klanten",
      "nieuwe klanten",
      "zakelijke klanten",
      "gasten",
      "patiënten",
      "bezoekers",
    ],
    supplier: [
      "de groothandel",
      "de drukker",
      "de leverancier",
      "het koeriersbedrijf",
      "de importeur",
    ],
    channel: ["Instagram", "de website", "Facebook", "de nieuwsbrief", "LinkedIn"],
    day: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  },
  en: {
    product: [
      "coffee beans",
      "printer paper",
      "shampoo",
      "bike parts",
      "flowers",
      "glasses",
      "tyres",
      "wine",
      "tiles",
      "office chairs",
    ],
    month: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    quarter: ["Q1", "Q2", "Q3", "Q4", "the first quarter", "the last quarter"],
    customer: [
      "regular customers",
      "new customers",
      "business clients",
      "guests",
      "patients",
      "visitors",
    ],
    supplier: ["the wholesaler", "the printer", "the supplier", "the courier", "the importer"],
    channel: ["Instagram", "the website", "Facebook", "the newsletter", "LinkedIn"],
    day: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  },
};

const TEMPLATES: Readonly<Record<Lang, Readonly<Record<Kind, readonly string[]>>>> = {
  nl: {
    front: [
      "Klanten te woord staan aan de balie",
      "Klantvragen beantwoorden over {product}",
      "Klachten van {customer} afhandelen",
      "Telefoon aannemen en klanten doorverbinden",
      "Gasten ontvangen bij de receptie",
      "Afspraken inplannen met {customer}",
      "Kassa bedienen op {day}",
      "Advies geven aan {customer} over {product}",
      "Offertes bespreken met {customer}",
      "Posts maken voor {channel} over {product}",
      "Rondleiding geven aan {customer}",
      "Verkoopgesprekken voeren met {customer}",
      "Klanten terugbellen over hun bestelling van {product}",
      "Reserveringen aannemen van {customer}",
      "Nieuwsbrief voor {customer} schrijven",
    ],
    back: [
      "Bel leverancier over levering van {product}",
      "Salarisadministratie {month}",
      "Facturen inboeken over {month}",
      "Btw-aangifte {quarter}",
      "Inkoopfacturen archiveren",
      "Arbeidscontracten opstellen voor nieuwe medewerkers",
      "Bestelling {product} plaatsen bij {supplier}",
      "Urenstaten controleren van {month}",
      "Betalingen aan crediteuren klaarzetten",
      "Netwerk en printers onderhouden",
      "Back-up van de server controleren",
      "Grootboek bijwerken, geen klantcontact",
      "Personeelsdossiers bijwerken",
      "Mail van {supplier} beantwoorden over {product}",
      "Boekhouding {quarter} afsluiten",
    ],
    neutral: [
      "Werkoverleg op {day}",
      "Opruimen",
      "Koffie zetten",
      "Vergadering voorbereiden",
      "Diversen",
    ],
  },
  en: {
    front: [
      "Answer customer questions about {product}",
      "Greet {customer} at the front desk",
      "Handle complaints from {customer}",
      "Answer the phone and route calls",
      "Run the till on {day}",
      "Book appointments for {customer}",
      "Advise {customer} on {product}",
      "Post about {product} on {channel}",
      "Show {customer} around the shop",
      "Follow up sales leads with {customer}",
      "Take reservations from {customer}",
      "Call customers back about their {product} order",
    ],
    back: [
      "Call supplier about delivery of {product}",
      "Payroll for {month}",
      "Post purchase invoices for {month}",
      "VAT return {quarter}",
      "File supplier invoices",
      "Draft employment contracts for new staff",
      "Order {product} from {supplier}",
      "Check timesheets for {month}",
      "Reconcile the bank account",
      "Maintain the network and printers",
      "Update the general ledger, no customer contact",
      "Update personnel files",
      "Email {supplier} about {product}",
    ],
    neutral: ["Team meeting on {day}", "Tidy up", "Make coffee", "Prepare the meeting", "Misc"],
  },
};

/** Roles and the side their tasks lean to; a person's tasks mostly, not always, match their role. */
const ROLES: Readonly<Record<Lang, readonly { readonly role: string; readonly side: Kind }[]>> = {
  nl: [
    { role: "Receptionist", side: "front" },
    { role: "Verkoopmedewerker", side: "front" },
    { role: "Kassamedewerker", side: "front" },
    { role: "Klantenservicemedewerker", side: "front" },
    { role: "Kapper", side: "front" },
    { role: "Boekhouder", side: "back" },
    { role: "Administratief medewerker", side: "back" },
    { role: "HR-medewerker", side: "back" },
    { role: "Inkoper", side: "back" },
    { role: "Eigenaar", side: "neutral" },
  ],
  en: [
    { role: "Receptionist", side: "front" },
    { role: "Sales assistant", side: "front" },
    { role: "Cashier", side: "front" },
    { role: "Customer service", side: "front" },
    { role: "Bookkeeper", side: "back" },
    { role: "Office manager", side: "back" },
    { role: "HR officer", side: "back" },
    { role: "Buyer", side: "back" },
    { role: "Owner", side: "neutral" },
  ],
};

const FIRST_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  nl: [
    "Anna",
    "Bram",
    "Daan",
    "Eva",
    "Fleur",
    "Joost",
    "Lotte",
    "Mila",
    "Noah",
    "Sanne",
    "Sem",
    "Tess",
  ],
  en: [
    "Alice",
    "Ben",
    "Chloe",
    "Dan",
    "Emma",
    "Finn",
    "Grace",
    "Harry",
    "Isla",
    "Jack",
    "Kate",
    "Liam",
  ],
};
const LAST_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  nl: [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "de Boer",
    "Mulder",
    "Bos",
    "Peters",
    "van Dijk",
  ],
  en: [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Clarke",
    "Walker",
    "Wright",
    "Hall",
  ],
};

interface Person {
  readonly lang: Lang;
  readonly name: string;
  readonly role: string;
  readonly side: Kind;
}

/** About one person per 25 rows, as in a real sheet, so that per-employee work stays realistic. */
function team(rows: number, random: () => number): Person[] {
  const size = Math.min(2000, Math.max(3, Math.ceil(rows / 25)));
  const used = new Map<string, number>();
  return Array.from({ length: size }, () => {
    // Six in ten teams write Dutch, like the owners FrontBack is for.
    const lang: Lang = random() < 0.6 ? "nl" : "en";
    const { role, side } = pick(random, ROLES[lang]);
    const name = `${pick(random, FIRST_NAMES[lang])} ${pick(random, LAST_NAMES[lang])}`;
    // Two people of the same name are told apart as owners do, by a number.
    const seen = (used.get(name) ?? 0) + 1;
    used.set(name, seen);
    return { lang, name: seen === 1 ? name : `${name} ${seen}`, role, side };
  });
}

/** The kind of the next task: mostly the person's own side, sometimes the other, now and then neither. */
function taskKind(person: Person, random: () => number): Kind {
  const r = random();
  if (r < 0.1) return "neutral";
  if (person.side === "neutral") return r < 0.55 ? "front" : "back";
  const other: Kind = person.side === "front" ? "back" : "front";
  return r < 0.8 ? person.side : other;
}

function fill(template: string, lang: Lang, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const options = FILLERS[lang][name];
    return options === undefined ? whole : pick(random, options);
  });
}

/**
 * `n` task rows from `seed`: the same arguments always give the same rows. About 45% front,
 * 45% back and 10% neutral tasks, in Dutch (about 60%) and English; hours per week from 0.5 to 16
 * in half hours.
 */
export function generateTasks(n: number, seed: number): GeneratedTask[] {
  const random = mulberry32(seed);
  const count = Math.max(0, Math.floor(n));
  const people = team(count, random);
  const rows: GeneratedTask[] = new Array<GeneratedTask>(count);
  for (let i = 0; i < count; i++) {
    const person = pick(random, people);
    const template = pick(random, TEMPLATES[person.lang][taskKind(person, random)]);
    rows[i] = {
      employee: person.name,
      role: person.role,
      task: fill(template, person.lang, random),
      hours: (1 + Math.floor(random() * 32)) / 2,
    };
  }
  return rows;
}

/** The header {@link toCsv} writes: names that column detection finds in English. */
export const GENERATED_HEADER: readonly string[] = ["Employee", "Role", "Task", "Hours per week"];

/** Rows as CSV text (comma-separated, RFC 4180 quoting, CRLF), with {@link GENERATED_HEADER}. */
export function toCsv(rows: readonly GeneratedTask[]): string {
  const table: string[][] = [[...GENERATED_HEADER]];
  for (const row of rows) table.push([row.employee, row.role, row.task, String(row.hours)]);
  return formatCsv(table, ",");
}

function main(argv: readonly string[]): void {
  const seedAt = argv.indexOf("--seed");
  const seed = seedAt === -1 ? 1 : Number(argv[seedAt + 1]);
  const positional = argv.filter((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--seed");
  const n = positional.length > 0 ? Number(positional[0]) : 1000;
  if (!Number.isFinite(n) || n < 0 || !Number.isFinite(seed)) {
    process.stderr.write("Usage: generate-tasks [rows] [--seed N] > tasks.csv\n");
    process.exitCode = 2;
    return;
  }
  process.stdout.write(toCsv(generateTasks(n, seed)));
}

if (require.main === module) main(process.argv.slice(2));
