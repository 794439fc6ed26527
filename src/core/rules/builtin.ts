/**
 * The built-in rule set, written from the owner's own description of the two sides
 * (seed/backoffice-vs-frontoffice.nl.txt, domain.md): front office is work done with customers
 * (serving, selling, advising, reception, the till, complaints, marketing to them); back office is
 * the administrative, legal and support work done without them (bookkeeping, invoices, payroll,
 * tax, HR, contracts and compliance, IT, purchasing and suppliers, filing).
 *
 * Phrases are in English and Dutch; `*` marks where a word may go on (see patterns.ts). Weights:
 * 3 = the word alone settles it (payroll, klacht), 2 = a clear signal, 1-1.5 = a hint that
 * needs company. Counterparts (customer versus supplier, employee) carry the contact tasks.
 */
import type { Level, Rule, RuleSet, Side, SkillId, SkillNeed } from "../types";

/** Rules that name whom the work is with rather than what it is. */
const COUNTERPARTS = new Set(["customer", "public", "suppliers", "internal"]);

function skills(spec: string): SkillNeed[] {
  return spec
    .split(" ")
    .filter((s) => s.length > 0)
    .map((s) => {
      const [skill, level] = s.split(":");
      return { skill: skill as SkillId, level: Number(level ?? 3) as Level };
    });
}

function rule(id: string, side: Side, weight: number, skillSpec: string, phrases: string): Rule {
  return {
    id,
    side,
    weight,
    ...(COUNTERPARTS.has(id) ? { counterpart: true } : {}),
    skills: skills(skillSpec),
    phrases: phrases
      .split(";")
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  };
}

const FRONT: readonly Rule[] = [
  rule(
    "customer",
    "front",
    2,
    "",
    "customer*; client; clientele; *klant*; guest; *gast; *gasten; *patient*; visitor; *bezoeker*; passenger; *passagier*; " +
      "traveler; traveller; *reiziger*; shopper; consumer; consument; caller; diners; homebuyer; koper; kopers; " +
      "*opdrachtgever*; *toerist*; abonnee*; donateur*; afnemer*; particulier*; patron; doelgroep*; target audience*; huurder*; tenant; member; leden; borrower*; policyholder*"
  ),
  rule(
    "public",
    "front",
    1.5,
    "clarity:3",
    "public; publiek*; general public; community; media; spokes*; woordvoer*; pers"
  ),
  rule(
    "selling",
    "front",
    2.5,
    "interpersonal:3 questioning:3",
    "sell; sold; sale; upsell*; cross sell*; aftersales*; after sales; deals; deals sluiten; verkoop*; *verkoop; verkocht; verkoper*; verkoopt; " +
      "acquisitie*; acquisition of customers; cold call*; koud bellen; telemarket*; canvass*; colport*; deal closing; close deals"
  ),
  rule(
    "serving",
    "front",
    2,
    "friendliness:3 patience:2",
    "serve; serveren; serveer*; uitserveren; bedien; bedienen; bediening; wait tables; *menu*; gastvr*; gastheer*; hospitality; " +
      "drinks; drankjes; tafel*; waiter; waitress; bartend*; barista; ober"
  ),
  rule(
    "greeting",
    "front",
    2.5,
    "friendliness:3",
    "greet; begroet*; welcome; verwelkom*; welkom; ontvangst gasten; ontvangen gasten; host guests"
  ),
  rule(
    "reception",
    "front",
    2.5,
    "friendliness:3 basic-computer:2",
    "reception; receptionist; receptie*; front desk; frontdesk; balie; *balie; loket*; inchecken; uitchecken; checkin; " +
      "check in guests; check out guests; lobby; concierge"
  ),
  rule(
    "till",
    "front",
    2.5,
    "friendliness:2 basic-computer:2",
    "cashier; *kassier*; caissi*; till; kassa; kassa*; *kassa; afreken*; rekent af; point of sale; cash register; ring up; checkout; " +
      "accept payment*; take payment*; betaling* aannemen; pinnen"
  ),
  rule(
    "complaints",
    "front",
    3,
    "conflict:3 patience:3 listening:3",
    "complain*; klacht*; *klacht*; dissatisf*; ontevreden*; unhappy; angry; boze; escalat*; refund*; retour*"
  ),
  rule(
    "questions",
    "front",
    1.5,
    "questioning:3 listening:3",
    "inquir*; enquir*; question; *vraag; *vragen; vraagt; wens; wensen; behoefte*; needs; informeer*; informeren; informatie geven; inform"
  ),
  rule(
    "advice",
    "front",
    2,
    "questioning:3 listening:3 clarity:3",
    "advis*; *adviseur*; *adviseer*; advice; advies*; adviez*; recommend*; aanbevel*; aanraden; aanraad*; consult*; counsel*; explain*; uitleg*; " +
      "toelicht*; voorlicht*"
  ),
  rule(
    "marketing",
    "front",
    2.5,
    "clarity:3 interpersonal:2",
    "marketing; market; marketeer*; *marketeer*; *marketing*; advert*; advertent*; reclame*; promo*; campaign*; campagne*; flyer*; brochure*; folder; " +
      "nieuwsbrief*; newsletter*; social media; socialmedia; instagram*; facebook*; linkedin*; tiktok*; twitter*; youtube*; aanbieding*; special offer*; " +
      "influencer*; branding; brand; publicity; public relations; pr; persbericht*; press release*; imago; reputat*; " +
      "sponsor*; beurs; beurzen; trade show*; tradeshow*; exhibit*; event*; evenement*; demonstr*; showroom; " +
      "display*; etalage*; presentat*; presenteer*; presenteren; mailing*; webshop*"
  ),
  rule(
    "relationships",
    "front",
    2,
    "interpersonal:3",
    "relationship*; relatie*; loyal*; klantenbinding; account manag*; accountmanag*; goodwill; follow up; nazorg"
  ),
  rule(
    "appointments",
    "front",
    1.5,
    "basic-computer:2",
    "appointment*; afspra*; booking*; reservation*; reserver*; reservering*; intake*"
  ),
  rule(
    "taking-orders",
    "front",
    2,
    "basic-computer:2 listening:3",
    "take order*; taking order*; order* opnem*; bestelling* opnem*; neem* bestelling*; neemt bestelling*; bestelling* aannem*; order taking"
  ),
  rule(
    "phone-reception",
    "front",
    1.5,
    "clarity:3",
    "answer phone*; answer telephone*; incoming call*; inkomende gesprek*; inkomende telefoon*; telefoon opnem*; " +
      "telefoon aannem*; telefoon beantwoord*; telefoontjes; call center; call centre; callcenter; switchboard"
  ),
  rule(
    "quotes",
    "front",
    1.5,
    "numeracy:2",
    "quotation*; quote; offerte*; prijsopgave*; quote prices"
  ),
  rule(
    "products",
    "front",
    1,
    "",
    "product; producten; *producten; productinformatie; merchandise; assortiment*; goods and services; samples; proeverij*; " +
      "proefjes; paskamer*; fitting room*; winkelvloer; shop floor; sales floor; winkel; dienstverlen*"
  ),
  rule(
    "viewings",
    "front",
    2,
    "",
    "bezichtig*; rondleid*; tour; showing*; open house; open huis; rental*; verhuur*; *verhuur*"
  ),
  rule(
    "point-of-sale",
    "front",
    1.5,
    "friendliness:3 basic-computer:2",
    "coupon*; make change; gift wrap*; gift card*; cadeaubon*; cadeaukaart*; inpakken cadeau*; loyalty card*; " +
      "klantenkaart*; spaarkaart*; warranty; warranties; garantie*; layaway"
  ),
  rule(
    "sales-work",
    "front",
    1.5,
    "interpersonal:3 questioning:3",
    "solicit*; prospect*; leads; territory; territories; commission*; features; listing*; propert*; " +
      "itinerar*; destination*; fares; booth*; beursstand*; stand bemannen; donation*; donor*; fundrais*; " +
      "journalist*; reporter*; e commerce; ecommerce; marketplace*; loan applicant*; loans; loan; hypothe*"
  ),
  rule(
    "hospitality",
    "front",
    1.5,
    "friendliness:3 patience:2",
    "beverage*; schenk*; table; tables; seat; seating; plaats* gasten; bar; room service; roomservice; " +
      "accommodation*; amenit*; lodging; waiting room; wachtkamer*; take messages; directions; route uitleggen"
  ),
  rule(
    "front-occupations",
    "front",
    1.5,
    "interpersonal:3",
    "*verkoper*; *receptionist*; *vertegenwoordiger*; *makelaar*; *consulent*; *hostess*; *steward*; *ober; " +
      "*serveerster*; salesperson; sales rep*; representative*; *gastheer*; *gastvrouw*"
  ),
  rule(
    "serving-verbs",
    "front",
    0.75,
    "",
    "help; hulp; verleent service; service verlenen; telefonisch*; provide; bieden; aanbied*; diensten; meet with; discuss*; describe*; bespre*; online; commerci*; assist*; attend to; accompany; begeleid*; persuade*; overtuig*; convince; represent*; vertegenwoordig*; " +
      "reach out; benader*; approach*; interact*; respond*; reageer*; reageren; bemiddel*; individu*; people; mensen"
  ),
  rule(
    "front-office",
    "front",
    3,
    "",
    "front office; frontoffice*; face to face; in person; persoonlijk contact; chat"
  ),
];

const BACK: readonly Rule[] = [
  rule(
    "bookkeeping",
    "back",
    3,
    "numeracy:3 office-software:3",
    "bookkeep*; *boekhoud*; accounting; accountant; ledger*; grootboek*; journal*; journaal*; inboeken; jaarrekening*; " +
      "jaarafsluit*; annual accounts; financial statement*; balance sheet*; profit and loss; winst en verlies; *balans*; " +
      "kasboek*; recordkeep*; memoriaal*"
  ),
  rule(
    "administration",
    "back",
    2.5,
    "organising:3 office-software:2",
    "*administratie*; administrat*; admin"
  ),
  rule(
    "invoicing",
    "back",
    3,
    "numeracy:3 office-software:2",
    "invoice; factu*; *factu*; bill; billing; credit note*; creditnota*; declaratie*; declareren"
  ),
  rule(
    "payroll",
    "back",
    3,
    "numeracy:3 office-software:3",
    "payroll*; salaris*; *salaris*; salary; wage; loon; loon*; *loon; payslip*; pay slip*; paycheck*; pay stub*; " +
      "timesheet*; time sheet*; timekeep*; urenstat*; urenregistrat*; uren registreren; overtime; overuren; verlof*; " +
      "vakantiegeld; ziekmeld*; verzuim*; pension*; pensioen*; compensation; beloning*"
  ),
  rule(
    "tax",
    "back",
    3,
    "numeracy:3 filing:3",
    "tax; taxation; belasting*; *belasting*; btw*; vat; aangifte*; fiscal*; fiscaal; fiscus; irs"
  ),
  rule(
    "finance",
    "back",
    2,
    "numeracy:3 office-software:2",
    "budget*; begroting*; forecast*; prognose*; cash flow; cashflow; liquiditeit*; reconcil*; aflett*; " +
      "debiteur*; *debiteur*; crediteur*; *crediteur*; accounts payable; accounts receivable; payable*; receivable*; " +
      "incasso*; aanmaning*; betalingsherinnering*; openstaande post*; audit*; expense*; onkosten*; spreadsheet*; " +
      "bankafschrift*; bank statement*; bankzaken; petty cash; kleine kas; kas; trial balance*; books; krediet*; credit; " +
      "portefeuille*; portfolio*; cheque*"
  ),
  rule(
    "numbers",
    "back",
    1,
    "numeracy:3",
    "financ*; cost; kosten*; uitgave*; omzet*; revenue*; profit*; winst*; calculat*; bereken*; compute; statistic*; " +
      "cijfer*; *cijfer*; excel; payment; betaling*; deposit*; belegging*; investment*; disburse*; uitbetal*; overboek*; overschrijving*; betaalopdracht*; fund; funds; transaction*; transactie*"
  ),
  rule(
    "cash-up",
    "back",
    3.5,
    "numeracy:3",
    "kas* opmak*; kas* tell*; kas* afslui*; kasopmaak*; kasverschil*; dagafsluit*; count* cash; count* money; " +
      "cash count*; balance* cash; cash drawer*; cash up; cashing up; night audit"
  ),
  rule(
    "recruitment",
    "back",
    3,
    "organising:3 correspondence:3",
    "recruit*; werving*; werven; sollicit*; job applicant*; vacan*; vacature*; interview* applicant*; interview* candidate*; kandida*; hire; personeel aannemen; job interview*; " +
      "onboard*; inwerk*; human resource*; hr; personeelszak*; arbeidscontract*; arbeidsovereenkomst*; " +
      "employment contract*; employment agreement*; cao; ontslag*; dismiss*; termination*; disciplin*; grievance*; " +
      "labor relations; labour relations; background check*; reference check*; screening*; vog; " +
      "functioneringsgesprek*; beoordelingsgesprek*; performance review*; performance evaluat*; appraisal*; " +
      "uitkering*; employee benefit*"
  ),
  rule(
    "training",
    "back",
    1.5,
    "organising:3",
    "training*; train; opleid*; cursus*; beoordeling*; functiebeschrijving*; job description*"
  ),
  rule(
    "scheduling-staff",
    "back",
    2.5,
    "organising:3 office-software:2",
    "*rooster*; rota*; work schedule*; staff schedul*; shift schedul*; personeelsplanning"
  ),
  rule(
    "internal",
    "back",
    1.5,
    "",
    "management; manager; managers; directie; leidinggevend*; supervisor*; department*; afdeling*; collega*; colleague*; " +
      "staff; employee*; personnel; personeel*; werknemer*; intern*; team members; user; gebruiker*; executive*; worker*; werkgever*"
  ),
  rule(
    "legal",
    "back",
    3,
    "organising:3 filing:3",
    "legal; legally; juridi*; law; wetgev*; wettelijk*; regelgev*; regulat*; complian*; comply; naleving*; nalev*; avg; " +
      "gdpr; privacy; licen*; vergunning*; permit; permits; *contract*; *overeenkomst*; agreement*; clause*; clausule*; " +
      "notari*; notaris*; lawsuit*; litigat*; rechtszak*; rechtbank*; *rechtelijk*; investigat*; *claim*; arbo*; " +
      "aansprakelijk*; kvk; kamer van koophandel; subsid*; gemeente*; overheid*; government*"
  ),
  rule(
    "insurance",
    "back",
    1.5,
    "organising:3 filing:2",
    "insurance; verzeker*; *verzeker*; polis*; schade*; *schade"
  ),
  rule("buying", "back", 1.5, "numeracy:2", "purchase; purchases"),
  rule(
    "processing",
    "back",
    1.5,
    "organising:2",
    "process; post; bijhoud*; verwerk*; verify; verifieer*; verificat*; controleer*; controleren; aanvra*; approve; approval*; goedkeur*; " +
      "monitor*; vergader*"
  ),
  rule(
    "safety",
    "back",
    1.5,
    "organising:3",
    "safety; veiligheid*; risk*; risico*; *risico*; certif*; protocol*; procedure*; policy; beleid*"
  ),
  rule(
    "filing",
    "back",
    2.5,
    "filing:3 organising:3",
    "file; filing; keep records; maintain records; transcri*; archief*; *archief; *dossier; *dossiers; *registratie; " +
      "*overzicht; *overzichten; archive*; archiv*; archiveer*; dossier*; record; document*; paperwork; papierwerk; " +
      "log; logs; logboek*; registrat*; registreer*; registreren; scan*; kopieer*; photocop*; sort*; sorteer*; formulier*; orden*"
  ),
  rule(
    "data-entry",
    "back",
    2.5,
    "office-software:3",
    "data entry; data; gegevens; *gegevens; *bestand; *bestanden; invoer*; datainvoer*; enter* data; database*; bestand*; tekstverwerk*; word processing; " +
      "typing; typen; typewerk"
  ),
  rule(
    "reporting",
    "back",
    1.5,
    "office-software:3 organising:3",
    "compile; report; rapport*; rapportage*; verslag*; overzicht*; analy*; notulen; memo*"
  ),
  rule(
    "correspondence",
    "back",
    2.5,
    "correspondence:3",
    "correspondence; correspondentie; brieven; letters; post sorteren; sort mail; incoming mail; inkomende post"
  ),
  rule(
    "it",
    "back",
    3,
    "advanced-it:3 office-software:2",
    "network; netwerk*; server; back up*; backup*; firewall*; router*; wifi; wi fi; vpn; ict; it support; it systems; " +
      "it helpdesk; it help desk; it desk; hardware; software; computer*; laptop*; printer*; install*; configur*; " +
      "configureer*; systeembeheer*; system administrat*; systems administrat*; sysadmin; password*; wachtwoord*; " +
      "troubleshoot*; storing*; outage*; beveilig*; virus*; malware; patch*; cloud; domein*"
  ),
  rule(
    "suppliers",
    "back",
    2,
    "correspondence:3",
    "supplier*; *leverancier*; leveranciers; vendor*; groothandel*; wholesaler*; distributeur*; distributor*"
  ),
  rule(
    "purchasing",
    "back",
    3,
    "numeracy:2 office-software:2",
    "purchase order*; purchasing; procure*; inkoop*; *inkoop*; inkopen; inkoper*; supplies; bevoorrad*; tender*; " +
      "aanbesteding*"
  ),
  rule(
    "ordering",
    "back",
    1,
    "basic-computer:2",
    "bestel; bestelt; bestellen; besteld; order supplies; reorder*"
  ),
  rule(
    "stock",
    "back",
    2,
    "organising:3",
    "*voorraad*; inventor*; stock; levering*; goods received; pakbon*; magazijn*; warehouse*; verzend*; shipping"
  ),
  rule(
    "accounts-work",
    "back",
    1.5,
    "numeracy:3 office-software:2",
    "balance; debit*; debet*; accrual*; depreciat*; afschrijving*; activa; passiva; bank account*; statement; " +
      "statements; figures; totals; discrepanc*; deduction*; inhouding*; withholding; hours worked; gewerkte uren; " +
      "charges; fees; overdue; achterstallig*; debt; debts; capital; kapitaal"
  ),
  rule(
    "office-work",
    "back",
    1.5,
    "organising:3 office-software:2",
    "input; code data; encode; systeem; systemen; databank*; statistie*; postage; envelop*; frankeer*; copier*; fax*; office equipment; kantoorartikel*; " +
      "calendar*; agenda*; meetings; orientation*; inspect*; court; trial; trials; evidence; witness*; brief; " +
      "statute*; deposition*; pleading*; subpoena*; research*; security; upgrade*; system; systems; technical; " +
      "prescription*; errors; fouten"
  ),
  rule(
    "back-occupations",
    "back",
    1.5,
    "organising:3",
    "*secretar*; *secretaresse*; *griffier*; *controller*; *jurist*; *accountant*; " +
      "*boekhouder*; *administrateur*; clerk*; *klerk*"
  ),
  rule(
    "office-verbs",
    "back",
    0.75,
    "organising:2",
    "prepare*; ensure; ensures; ensuring; zorgen ervoor; zorgt ervoor; waarborg*; verzamel*; implement*; toegang*; nageleefd; amounts; bedrag*; opstel*; opstellen; maintain*; update*; bijwerk*; review*; enter; entering; organi*; organis*; " +
      "coordinat*; coordin*; voorberei*; onderzoek*; beheer*; beheren; documenteer*; evaluat*; evalue*; stemt af; afstemmen; planning; inplannen"
  ),
  rule("back-office", "back", 3, "", "back office; backoffice*; *backoffice*"),
];

/** The rules FrontBack ships with: used when the workbook has no Rules sheet of its own. */
export const BUILTIN_RULES: RuleSet = { rules: [...FRONT, ...BACK] };
