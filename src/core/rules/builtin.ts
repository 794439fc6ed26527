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
import { LEANINGS } from "./leanings";

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
    "customer*; client; clientele; *klant*; guest; *gast; *gasten; *patient*; visitor; " +
      "*bezoeker*; passenger; *passagier*; traveler; traveller; *reiziger*; shopper; consumer; " +
      "consument; caller; diners; homebuyer; koper; kopers; *opdrachtgever*; *toerist*; " +
      "abonnee*; donateur*; afnemer*; particulier*; patron; doelgroep*; target audience*; " +
      "huurder*; tenant; member; leden; borrower*; policyholder*; business owner*; " +
      "small business owner*; ondernemers; claimant*; advertiser*; adverteerder*; subscriber*; " +
      "taxpayer*; belastingplichtige*; depositor*; account holder*; rekeninghouder*; " +
      "homeowner*; huiseigenaar*; attendee*; burgers; inwoners; beller; bellers; verzekerde; " +
      "verzekerden; woningzoekende*; werkzoekende*; echtpar*; gezinnen; families; mr; mrs; " +
      "dhr; mevr; mevrouw; meneer; pupil*; learner*; cursist*; parents; ouders; regulars; " +
      "buyer; buyers; renter*; couples; residents; households; savers; investor*; " +
      "key account*; detaillist*; winkelier*; retailers; bewoner*; verzekeringnemer*; " +
      "zelfstandigen; zzp*; ondernemer; nabestaande*; walk in*; walkin*; inloopklant*; " +
      "starters; geinteresseerde*; geïnteresseerde*; erfgenam*; voorbijganger*; klusser*; " +
      "polishouder*; fam; ftb; dga; sole trader*; eenmanszaak*; directeur grootaandeelhouder*; " +
      "baasje*; filer; filers; licensee*; supporter*; shop owner*; store owner*; " +
      "property owner*"
  ),
  rule(
    "public",
    "front",
    1.5,
    "clarity:3",
    "public; audience*; followers; volgers; publiek*; general public; community; media; " +
      "spokes*; woordvoer*; pers"
  ),
  rule(
    "selling",
    "front",
    2.5,
    "interpersonal:3 questioning:3",
    "sell; sold; sale; upsell*; cross sell*; aftersales*; after sales; deals; deals sluiten; " +
      "verkoop*; *verkoop; verkocht; verkoper*; verkoopt; acquisitie*; " +
      "acquisition of customers; cold call*; koud bellen; telemarket*; canvass*; colport*; " +
      "deal closing; close deals; *verkoopcontract; *verkoopovereenkomst; sales contract*; " +
      "klant* werven; werft klant*; werf klant*; pitch; pitches; pitching; negotiate offer*; " +
      "business development; new business; win* new client*; win* new customer*; " +
      "opdrachtgever* werv*; werf* opdrachtgever*; klant* werv*; objection*; close* sale*; " +
      "closing sales; bd"
  ),
  rule(
    "serving",
    "front",
    2,
    "friendliness:3 patience:2",
    "serve; serveren; serveer*; uitserveren; bedien; bedienen; bediening; wait tables; " +
      "*menu*; gastvr*; gastheer*; hospitality; drinks; drankjes; tafel*; waiter; waitress; " +
      "bartend*; barista; ober"
  ),
  rule(
    "greeting",
    "front",
    2.5,
    "friendliness:3",
    "greet; begroet*; welcome; verwelkom*; welkom; ontvangst gasten; ontvangen gasten; " +
      "host guests"
  ),
  rule(
    "reception",
    "front",
    2.5,
    "friendliness:3 basic-computer:2",
    "reception; receptionist; receptie*; front desk; frontdesk; balie; *balie; loket*; " +
      "inchecken; uitchecken; checkin; check in guests; check out guests; lobby; concierge; " +
      "check in passengers; check in patients"
  ),
  rule(
    "till",
    "front",
    2.5,
    "friendliness:2 basic-computer:2",
    "cashier; *kassier*; caissi*; till; kassa; kassa*; *kassa; afreken*; rekent af; " +
      "point of sale; cash register; ring up; checkout; accept payment*; take payment*; " +
      "betaling* aannemen; pinnen; accept* cash; credit card*; debit card*; creditcard*; " +
      "contactless; contactloos; take deposit*; neemt aanbetaling*; aanbetaling* aannem*; " +
      "wisselgeld terug*; geeft wisselgeld*; verzilver*; settle* bill*; settle* payment*; " +
      "contante betaling*; scan* purchases; scan* items; scan* groceries; scan* merchandise; " +
      "scan* products"
  ),
  rule(
    "complaints",
    "front",
    3,
    "conflict:3 patience:3 listening:3",
    "complain*; klacht*; *klacht*; dissatisf*; ontevreden*; unhappy; angry; boze; escalat*; " +
      "refund*; retour*; return request*; returns request*; process returns; customer returns; " +
      "exchange*; replacement*; satisfaction; tevredenheid*; klaagt; klagen; klaag*; " +
      "billing dispute*; billing question*; billing inquir*"
  ),
  rule(
    "questions",
    "front",
    1.5,
    "questioning:3 listening:3",
    "inquir*; enquir*; question; *vraag; *vragen; wens; wensen; behoefte*; needs; " +
      "informeer*; informeren; informatie geven; inform; dms; dm; verzoek; verzoeken; " +
      "geven informatie; geeft informatie; give information; provide information; woord staan"
  ),
  rule(
    "advice",
    "front",
    2,
    "questioning:3 listening:3 clarity:3",
    "advis*; *adviseur*; *adviseer*; advice; advies*; adviez*; recommend*; aanbevel*; " +
      "aanraden; aanraad*; consult*; counsel*; explain*; uitleg*; toelicht*; voorlicht*; " +
      "goals; doelen; retirees; gepensioneerden; savings; spaargeld; proefrit*; test drive*; " +
      "valuta; currency exchange; paspoort*; *advies*; oriëntatiegesprek*; orientatiegesprek*; " +
      "kennismakingsgesprek*; adviesgesprek*; fact find*; legal clinic*; free consultation*; " +
      "inloopspreekuur*"
  ),
  rule(
    "marketing",
    "front",
    2.5,
    "clarity:3 interpersonal:2",
    "marketing; market; marketeer*; *marketeer*; *marketing*; advert*; advertent*; reclame*; " +
      "promo*; campaign*; campagne*; flyer*; brochure*; folder; nieuwsbrief*; newsletter*; " +
      "social media; socialmedia; instagram*; facebook*; linkedin*; tiktok*; twitter*; " +
      "youtube*; aanbieding*; special offer*; influencer*; branding; brand; publicity; " +
      "public relations; pr; persbericht*; press release*; imago; reputat*; sponsor*; beurs; " +
      "beurzen; trade show*; tradeshow*; exhibit*; event*; evenement*; demonstr*; showroom; " +
      "display*; etalage*; presentat*; presenteer*; presenteren; mailing*; webshop*; banner*; " +
      "open dag*; open day*; recensie*; google review*; online review*; funda; insta; fb; ig; " +
      "socials; social post*; pinterest; strava; reel; reels; review replies; reply* review*; " +
      "respond* review*; reviews beantwoord*; yelp; trustpilot; tripadvisor; checkatrade; " +
      "opentable; poster*; abandoned cart*; ads; google ads; facebook ads; radio; " +
      "window display*; ad copy; copywrit*; *folder; huis aan huis*; huisaanhuis*; " +
      "*werfactie*; ledenwerving*; *beurs; *beurzen; sociale netwerk*; social network*; " +
      "opiniestuk*; persaandacht; *publiciteit*; landingspagina*; zoekmachine*; seo; " +
      "productteksten; aanprijz*; wervende; wervende tekst*; redactie*; persbijeenkomst*; " +
      "persconferentie*; press conference*; blog*; marktplaats; autoscout*; occasion*; " +
      "reporter; reporters; press kit*; fact sheet*; mailer*; reviews; productreview*; " +
      "klantreview*; zoover; demo; speeldemo*; stempelkaart*; bekendmak*; aankondig*; " +
      "opendeurdag*; open deur*; story; stories; schedul* posts; posts inplannen; " +
      "berichten inplannen"
  ),
  rule(
    "relationships",
    "front",
    2,
    "interpersonal:3",
    "relationship*; relatie*; loyal*; klantenbinding; account manag*; accountmanag*; " +
      "goodwill; follow up; nazorg; netwerkborrel*; networking; netwerkbijeenkomst*; " +
      "major account*; intro meeting*; intro mtg; kennismaking*; client lunch*; klantlunch*; " +
      "business lunch*"
  ),
  rule(
    "appointments",
    "front",
    1.5,
    "basic-computer:2",
    "appointment*; afspra*; booking*; reservation*; reserver*; reservering*; intake*; " +
      "*reservering*; appt; appts; book* lesson*; book* table*; cancellation*; annuler*; " +
      "rebook*; omboek*; reminders"
  ),
  rule(
    "taking-orders",
    "front",
    2,
    "basic-computer:2 listening:3",
    "take order*; taking order*; order* opnem*; bestelling* opnem*; neem* bestelling*; " +
      "neemt bestelling*; bestelling* aannem*; order taking; pre order*; preorder*; " +
      "phone order*; telephone order*; neemt *bestelling*; neem* *bestelling*; " +
      "*bestelling* opnem*; nemen bestelling*; nemen *bestelling*"
  ),
  rule(
    "phone-reception",
    "front",
    1.5,
    "clarity:3",
    "answer phone*; answer telephone*; incoming call*; inkomende gesprek*; " +
      "inkomende telefoon*; telefoon opnem*; telefoon aannem*; telefoon beantwoord*; " +
      "telefoontjes; call center; call centre; callcenter; switchboard; route* call*; " +
      "route* incoming call*; incoming telephone call*; incoming phone call*; transfer* call*; " +
      "forward* call*; doorverbind*; verbindt door; inbound call*; call back; ring back; " +
      "callback*; terugbel*; verbindt; binnenkomende gesprek*; binnenkomende telefoon*; " +
      "telefoongesprek*; toll free; information line*; infolijn*"
  ),
  rule(
    "quotes",
    "front",
    1.5,
    "numeracy:2",
    "quotation*; quote; offerte*; prijsopgave*; quote prices; *offerte; *offertes"
  ),
  rule(
    "products",
    "front",
    1,
    "",
    "product; producten; *producten; productinformatie; merchandise; assortiment*; " +
      "goods and services; samples; proeverij*; proefjes; paskamer*; fitting room*; " +
      "winkelvloer; shop floor; sales floor; winkel; dienstverlen*; website*; webpagina*; " +
      "membership*; lidmaatschap*; artikel; artikelen; proefles*; korting; kortingen"
  ),
  rule(
    "viewings",
    "front",
    2,
    "",
    "bezichtig*; rondleid*; tour; showings; house showing*; property showing*; open house; " +
      "open huis; rental*; verhuur*; *verhuur*; room hire; venue hire; car hire; bike hire; " +
      "hire car*; function room*; viewing*; valuation appointment*; market appraisal*; " +
      "leasing; private lease; pakketreis*; rondreis*; *rondreis*; groepsreis*; honeymoon*; " +
      "huwelijksreis*"
  ),
  rule(
    "point-of-sale",
    "front",
    1.5,
    "friendliness:3 basic-computer:2",
    "coupon*; make change; gift wrap*; gift card*; cadeaubon*; cadeaukaart*; " +
      "inpakken cadeau*; loyalty card*; klantenkaart*; spaarkaart*; warranty; warranties; " +
      "garantie*; layaway; counter; counters; rewards; redeem*; inwissel*; cash checks; " +
      "cashes checks; cashing checks; cash cheques; kortingsbon*; spaarpunt*; kortingscode*"
  ),
  rule(
    "sales-work",
    "front",
    1.5,
    "interpersonal:3 questioning:3",
    "solicit*; prospect*; leads; territory; territories; commission*; features; listing*; " +
      "propert*; itinerar*; destination*; fares; booth*; beursstand*; stand bemannen; " +
      "donation*; donor*; fundrais*; journalist*; reporter*; e commerce; ecommerce; " +
      "marketplace*; loan applicant*; loans; loan; hypothe*"
  ),
  rule(
    "hospitality",
    "front",
    1.5,
    "friendliness:3 patience:2",
    "beverage*; schenk*; table; tables; seat; seating; plaats* gasten; bar; room service; " +
      "roomservice; accommodation*; amenit*; lodging; waiting room; wachtkamer*; " +
      "take messages; directions; route uitleggen; wine; wijn*; cocktail*; alcohol*; bride*; " +
      "bruidspa*; wedding*; bruiloft*; hotelkamer*; kamer; kamers; tasting*; pairing*; " +
      "allerg*; gerecht; gerechten; dinner*; diner; party; parties; groups; arriving; " +
      "arrival*; aankomst*; boarding pass*; hotelrekening*; bezienswaardighe*; *specialiteit*; " +
      "dagmenu*; specials; arrangement*; feest; feestje*; feesten; splitst rekening; " +
      "rekening splitsen; split* bill*"
  ),
  rule(
    "front-occupations",
    "front",
    1.5,
    "interpersonal:3",
    "*verkoper*; *receptionist*; *vertegenwoordiger*; *makelaar*; *consulent*; *hostess*; " +
      "*steward*; *ober; *serveerster*; salesperson; sales rep; sales reps; " +
      "sales representative*; representative*; *gastheer*; *gastvrouw*"
  ),
  rule(
    "serving-verbs",
    "front",
    0.75,
    "",
    "help; hulp; verleent service; service verlenen; telefonisch*; provide; bieden; " +
      "aanbied*; diensten; meet; discuss*; describe*; bespre*; online; commerci*; assist*; " +
      "accompany; begeleid*; persuade*; overtuig*; convince; represent*; vertegenwoordig*; " +
      "reach out; benader*; approach*; interact*; respond*; reageer*; reageren; bemiddel*; " +
      "individu*; people; mensen; biedt; bied; present; presents; presenting; options; " +
      "walk* through; suggest*; available; availability; interested; verstrek*; geeft; keuze*; " +
      "apologi*; excuses aanbieden; invite*; uitnodig*; ontvangt"
  ),
  rule(
    "front-office",
    "front",
    3,
    "",
    "front office; frontoffice*; face to face; persoonlijk contact; chat"
  ),
];

const BACK: readonly Rule[] = [
  rule(
    "bookkeeping",
    "back",
    3,
    "numeracy:3 office-software:3",
    "bookkeep*; *boekhoud*; accounting; accountant; ledger*; grootboek*; journal*; " +
      "journaal*; inboeken; jaarrekening*; jaarafsluit*; annual accounts; " +
      "financial statement*; balance sheet*; profit and loss; winst en verlies; *balans*; " +
      "kasboek*; recordkeep*; memoriaal*; month end; maandafsluit*; kwartaalafsluit*; " +
      "year end closing; year end; year end accounts; management accounts; statutory accounts; " +
      "afboek*; boekt af; bankmutatie*; mutatie*; moneybird; twinfield; snelstart; " +
      "exact online; e boekhouden; xero; quickbooks; boekhoudpakket*; sage accounts; " +
      "*betaling* boeken; consolidatie*; intercompany*; boekjaar*"
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
    "invoice; factu*; *factu*; bill; billing; credit note*; creditnota*; declaratie*; " +
      "declareren; declareer*; declareert; nota; *nota"
  ),
  rule(
    "payroll",
    "back",
    3,
    "numeracy:3 office-software:3",
    "payroll*; salaris*; *salaris*; salary; wage; loon; loon*; *loon; payslip*; pay slip*; " +
      "paycheck*; pay stub*; timesheet*; time sheet*; timekeep*; urenstat*; urenregistrat*; " +
      "uren registreren; overtime; overuren; *verlof*; vakantiegeld; ziekmeld*; verzuim*; " +
      "pension*; pensioen*; compensation; beloning*; tronc; tips split; fooienpot*; " +
      "fooien verdelen; sales commission*; pay* commission*; commission payment*; " +
      "tijdschrijv*; uren schrijven; urenverantwoording*; bestede uren; tijdregistrat*; " +
      "*tijdregistratie*; heffingskorting*; premiepercentage*; tip pool*; tips pool*; " +
      "jaaropgaaf; jaaropgaven; jaaropgave*; starters and leavers; bonus; bonussen; bonuses; " +
      "commission statement*; nmbrs"
  ),
  rule(
    "tax",
    "back",
    3,
    "numeracy:3 filing:3",
    "tax; taxation; aanslag*; belasting*; *belasting*; btw*; vat; aangifte*; fiscal*; " +
      "fiscaal; fiscus; irs; hmrc; paye; self assessment; lodgement*; tax return*; bas; gst; " +
      "icp"
  ),
  rule(
    "finance",
    "back",
    2,
    "numeracy:3 office-software:2",
    "*budget*; *begroting*; forecast*; prognose*; cash flow; cashflow; liquiditeit*; " +
      "reconcil*; aflett*; debiteur*; *debiteur*; crediteur*; *crediteur*; accounts payable; " +
      "accounts receivable; payable*; receivable*; incasso*; aanmaning*; " +
      "betalingsherinnering*; openstaande post*; *audit*; expense*; onkosten*; spreadsheet*; " +
      "bankafschrift*; bank statement*; bankzaken; petty cash; kleine kas; kas; " +
      "trial balance*; books; krediet*; credit; portefeuille*; portfolio*; cheque*; bank rec; " +
      "bank recs; business rates; pay bills; pay invoice*; pay suppliers; rent payment*; " +
      "betaalbatch*; accorder*; betaalrun*; provisie*; afdragen; afdracht*; *afrekening*; " +
      "tussenrekening*; kruispost*; rekening courant*; meerjarenraming*; *raming; *ramingen; " +
      "scenarioanalyse*; effectentransactie*; client account*; clientgelden; derdengelden*; " +
      "pinkosten; transactiekosten; *incasso*; contributie*"
  ),
  rule(
    "numbers",
    "back",
    1,
    "numeracy:3",
    "financ*; cost; kosten*; uitgave*; omzet*; revenue*; profit*; winst*; calculat*; " +
      "bereken*; compute; statistic*; cijfer*; *cijfer*; excel; payment; betaling*; deposit*; " +
      "belegging*; investment*; disburse*; uitbetal*; overboek*; overschrijving*; " +
      "betaalopdracht*; fund; funds; transaction*; transactie*; calc; calcs; kostprijs*; " +
      "kostprijzen; *calculatie*; verkoopprijs*; verkoopprijzen"
  ),
  rule(
    "cash-up",
    "back",
    3.5,
    "numeracy:3",
    "kas* opmak*; kas* tell*; kas* afslui*; kasopmaak*; kasverschil*; dagafsluit*; " +
      "count* cash; count* money; cash count*; balance* cash; cash drawer*; cash up; " +
      "cashing up; night audit; count* till; till count*; balanc* till; balanc* drawer*; " +
      "balanc* register*; close* register*; balanc* receipts; closing report*; maak* kassa; " +
      "maakt kassa; maken kassa; maakte kassa; kasopbrengst*; kasverslag*; kasinhoud*; " +
      "kasrapport*; dagopbrengst*; dagomzet*; cash float; till float; count* register*; " +
      "register drawer*; wrap* coins; count* currency; count* coins; takings; count* float; " +
      "bank* takings; upload* receipts; scan* receipts; bonnetjes; sluit* kassa; kassalade*; " +
      "kasstaat*; tel kas; tellen kas; telt kas; roomt; afroom*; kassastaat*; kassalijst*; " +
      "*kasstaat; pinterminal*; pinbon*; wisselgeld* voorbereid*; bereid* wisselgeld*; " +
      "z read*; x read*; cash sheet*; dagrapport*; dagstaat*; kluis; afstort*; tel kassa; " +
      "telt kassa; tellen kassa; beheer* wisselgeld*; beheert wisselgeld*; " +
      "wisselgeld bestellen; z rapport*; x rapport*; kassaomzet*; kasomzet*; register tape*; " +
      "sales audit*"
  ),
  rule(
    "recruitment",
    "back",
    3,
    "organising:3 correspondence:3",
    "recruit*; werving*; werven; sollicit*; job applicant*; vacan*; vacature*; " +
      "interview* applicant*; interview* candidate*; kandida*; hire; personeel aannemen; " +
      "job interview*; onboard*; inwerk*; human resource*; hr; personeelszak*; " +
      "arbeidscontract*; arbeidsovereenkomst*; employment contract*; employment agreement*; " +
      "cao; ontslag*; dismiss*; termination*; disciplin*; grievance*; labor relations; " +
      "labour relations; background check*; reference check*; screening*; vog; " +
      "functioneringsgesprek*; beoordelingsgesprek*; performance review*; " +
      "performance evaluat*; appraisal*; uitkering*; employee benefit*; candidate*; " +
      "pre employment; employment test*; benefit plan*; benefits package*; benefits enrol*; " +
      "open enrollment; dbs; right to work check*; exitgesprek*; exit interview*; " +
      "afscheidsgesprek*; vetting; police check*; werven selecteren; selectieprocedure*; " +
      "assessment*; capaciteitentest*; oproepkracht*; job fair*; career day*; career fair*; " +
      "banenmarkt*; job advert*; job ads; job board*; careers site*; career site*; " +
      "vacaturetekst*; personeelsadviseur*; hr adviseur*; introductieprogramma*"
  ),
  rule(
    "training",
    "back",
    1.5,
    "organising:3",
    "training*; train; opleid*; cursus*; beoordeling*; functiebeschrijving*; " +
      "job description*; education; continuing education; bijscholing*; nascholing*; " +
      "*educatie*; vakbekwaam*; opleidingsadviseur*; opleidingsbehoefte*; opleidingsplan*; " +
      "*vaardigheden"
  ),
  rule(
    "scheduling-staff",
    "back",
    2.5,
    "organising:3 office-software:2",
    "*rooster*; rota*; work schedule*; staff schedul*; shift schedul*; personeelsplanning; " +
      "shift cover; cover shift*; shift swap*; diensten ruilen; roster*; rostering; timetabl*; " +
      "crew schedul*; bediening inplannen; *personeel inplannen; diensten inplannen; " +
      "roosteren; werkplanning*; dagplanning*; weekplanning*; planbord*; ploegen indelen; " +
      "ploegindeling*"
  ),
  rule(
    "internal",
    "back",
    1.5,
    "",
    "management; manager; managers; directie; leidinggevend*; supervisor*; department*; " +
      "afdeling*; collega*; colleague*; staff; employee*; personnel; personeel*; werknemer*; " +
      "intern; interne; internal; internally; nieuwe *medewerker*; zieke *medewerker*; " +
      "eigen *medewerker*; vertrekkende *medewerker*; new starter*; new hire*; " +
      "nieuwe collega*; ondernemingsraad; werkoverleg*; teamoverleg*; interne nieuwsbrie*; " +
      "internal newsletter*; personeelsblad*; intranet; vrijwilliger*; volunteer*; " +
      "team members; staff member*; user; gebruiker*; executive*; worker*; werkgever*; " +
      "stagiair*; trainee*; apprentice*; eigen organisatie; sales team*; verkoopteam*; " +
      "coworker*; co worker*; begeleiders"
  ),
  rule(
    "legal",
    "back",
    3,
    "organising:3 filing:3",
    "legal; legally; juridi*; law; wetgev*; wettelijk*; regelgev*; regulat*; complian*; " +
      "comply; naleving*; nalev*; avg; gdpr; privacy; licen*; *vergunning*; permit; permits; " +
      "*contract*; *overeenkomst*; agreement*; clause*; clausule*; notari*; notaris*; " +
      "lawsuit*; litigat*; rechtszak*; rechtbank*; *rechtelijk*; investigat*; *claim*; arbo*; " +
      "aansprakelijk*; kvk; kamer van koophandel; subsid*; gemeente*; overheid*; government*; " +
      "jurisprudent*; case law; know your customer; kyc; anti money laundering; witwas*; " +
      "customs; douane*; engagement letter*; conflict check*; lease agreement*; draft* lease*; " +
      "tenancy agreement*; registry; kadast*; rolagenda*; roldatum*; gebruiksrecht*; " +
      "beeldrecht*; auteursrecht*; copyright*; state regulation*; motions; agency; agencies; " +
      "hipaa; finra; ofac; denial*; addend*; referenties; klantacceptatie*; " +
      "cliëntenonderzoek*; clientenonderzoek*; cdd; *deurwaarder*; gerechtelijk*; gerechtshof; " +
      "dagvaard*; *dagvaard*; beslaglegging*; rekest*; betekening*; testament*; nalatenschap*; " +
      "boedel*; tenaamstelling*; rdw; dvla; kenteken*; hpi; aml; id check*; identity check*; " +
      "identiteitscontrole*; risk assessment*; risicoinventaris*; release form*; " +
      "consent form*; lease; solicitor*; wwft; identificatie*; *uittreksel*; conflictcheck*; " +
      "processtuk*; rechtspraak*; proces verbaal; processen verbaal; zitting*; getuige*; " +
      "uitspraak; uitspraken; raad voor rechtsbijstand; toevoeging aanvragen; atol; " +
      "conflict* of interest; court reporter*; rvo; gecombineerde opgave"
  ),
  rule(
    "insurance",
    "back",
    1.5,
    "organising:3 filing:2",
    "insurance; verzeker*; *verzeker*; polis*; schade*; *schade; public liability; " +
      "employers liability; liability insurance; premie; premies; acceptatierichtlijn*"
  ),
  rule("buying", "back", 1.5, "numeracy:2", "purchase; purchases"),
  rule(
    "processing",
    "back",
    1.5,
    "organising:2",
    "process; post; bijhoud*; verwerk*; verify; verifieer*; verificat*; controleer*; " +
      "controleren; aanvra*; approve; approval*; goedkeur*; monitor*; vergader*; machtiging*; " +
      "*aanvraag; *aanvragen; underwrit*; disclosure*; prior authori*; *vergader*; " +
      "rental application*; tenant screening*"
  ),
  rule(
    "safety",
    "back",
    1.5,
    "organising:3",
    "safety; veiligheid*; risk*; risico*; *risico*; certif*; protocol*; procedure*; policy; " +
      "beleid*; haccp; rams; method statement*"
  ),
  rule(
    "filing",
    "back",
    2.5,
    "filing:3 organising:3",
    "file; filing; keep records; maintain records; transcri*; archief*; *archief; *dossier; " +
      "*dossiers; *registratie; *overzicht; *overzichten; archive*; archiv*; archiveer*; " +
      "dossier*; record; document*; paperwork; papierwerk; log; logs; logboek*; registrat*; " +
      "registreer*; registreren; scan*; kopieer*; photocop*; sort*; sorteer*; formulier*; " +
      "orden*; vastleggen; vastgelegd; legt vast; refile*; inschrijving*; *inschrijving*; " +
      "notule*; medical records; patient records; records retention; expiration*; *document; " +
      "*documenten; opiumregister*; handboek*; presentielijst*"
  ),
  rule(
    "data-entry",
    "back",
    2.5,
    "office-software:3",
    "data entry; data; gegevens; *gegevens; *bestand; *bestanden; invoer*; datainvoer*; " +
      "enter* data; database*; bestand*; tekstverwerk*; word processing; typing; typen; " +
      "typewerk; keying; keyed; order entry; coder*; codeer*; coding"
  ),
  rule(
    "reporting",
    "back",
    1.5,
    "office-software:3 organising:3",
    "compile; report; rapport*; rapportage*; verslag*; overzicht*; analy*; notulen; memo*; " +
      "sales report*; verkooprapport*; sales figures; sales data; sales record*; " +
      "verkoopcijfers; *rapport*; *rapportage*; omzetoverzicht*; complaints return*; " +
      "complaints log*; complaints register*; verkoopprognose*; pijplijnrapportage*; " +
      "recap report*; event recap*"
  ),
  rule(
    "correspondence",
    "back",
    2.5,
    "correspondence:3",
    "correspondence; correspondentie; brieven; letters; post sorteren; sort mail; " +
      "incoming mail; inkomende post; verwijsbrie*"
  ),
  rule(
    "it",
    "back",
    3,
    "advanced-it:3 office-software:2",
    "network; networks; netwerk; netwerkbeheer*; netwerkbeveilig*; netwerkverbind*; " +
      "netwerkstoring*; *computernetwerk*; bedrijfsnetwerk*; server; back up*; backup*; " +
      "firewall*; router*; wifi; wi fi; vpn; ict; it support; it systems; it helpdesk; " +
      "it help desk; it desk; hardware; software; computer*; laptop*; printer*; install*; " +
      "configur*; configureer*; systeembeheer*; system administrat*; systems administrat*; " +
      "sysadmin; password*; wachtwoord*; troubleshoot*; storing*; outage*; beveilig*; virus*; " +
      "malware; patch*; cloud; domein*; domain name*; ssl; mfa; two factor; login*; logins; " +
      "user permission*; permissions; user account*; reset*; switches; erp system*; " +
      "access rights; toegangsrecht*; mailbox*; werkplek*; incidentbeheer*; " +
      "incidentmanagement*; incidentmelding*; tweedelijn*; tweede lijn; applicatie*; " +
      "*software; outlook; koppeling*; koppelen; user stor*"
  ),
  rule(
    "suppliers",
    "back",
    2,
    "correspondence:3",
    "supplier*; insurer*; *leverancier*; leveranciers; groothandel; *groothandel; " +
      "groothandels; drukkerij*; drukker; importeur*; fabrikant*; touroperator*; provider*; " +
      "service provider*; vendor*; wholesaler*; distributeur*; distributor*; tour operator*; " +
      "builders merchant*; bouwmaterialenhandel*; geldverstrekker*; carrier*; *vervoerder*; " +
      "rederij*; expediteur*; freight forwarder*; uitgever*; telecomprovider*; maatschappij; " +
      "maatschappijen; verzekeringsmaatschappij*; lender*; verhuurder*"
  ),
  rule(
    "purchasing",
    "back",
    3,
    "numeracy:2 office-software:2",
    "purchase order*; purchasing; procure*; inkoop*; *inkoop*; inkopen; inkoper*; supplies; " +
      "bevoorrad*; tender*; aanbesteding*; offerte* opvrag*; offerte* aanvrag*; " +
      "vraag* offerte*; prijsopgave* opvrag*; vraag* prijsopgave*; request* quot*; " +
      "request* bids; solicit* bids; obtain* bids; obtain* quot*; compar* quot*; " +
      "offertes vergelijken; vergelijk* offerte*; place order*; placing order*; " +
      "plaats* bestelling*; bestelling* plaats*; vragen offerte*; vragen prijsopgave*; " +
      "media buying; mediainkoop*; *inkoopbeurzen; *inkoopbeurs; request* for proposal*; rfp; " +
      "bidder*"
  ),
  rule(
    "ordering",
    "back",
    0.5,
    "basic-computer:2",
    "bestel; bestelt; bestellen; besteld; order; order supplies; reorder*; order parts; " +
      "order materials; order stock; stock order*; supplier order*"
  ),
  rule(
    "stock",
    "back",
    2,
    "organising:3",
    "*voorraad*; inventor*; stock; levering*; goods received; pakbon*; magazijn*; " +
      "warehouse*; verzend*; shipping; levertijd*; leverdat*; receiving; shipment*; " +
      "liquor inventory; retourlijst*; koerier*; courier*; pakketten; pakketje*; parcel*; " +
      "bestelgrens*; bestelgrenzen; bestellijst*; herhaalservice; vrachtbrie*; cmr; derving*"
  ),
  rule(
    "accounts-work",
    "back",
    1.5,
    "numeracy:3 office-software:2",
    "balance; debit*; debet*; accrual*; depreciat*; afschrijving*; activa; passiva; " +
      "bank account*; statement; statements; figures; totals; discrepanc*; deduction*; " +
      "inhouding*; withholding; hours worked; gewerkte uren; charges; fees; overdue; " +
      "achterstallig*; debt; debts; capital; kapitaal"
  ),
  rule(
    "office-work",
    "back",
    1.5,
    "organising:3 office-software:2",
    "input; code data; encode; systeem; systemen; databank*; statistie*; postage; envelop*; " +
      "frankeer*; franker*; poststuk*; aangetekend*; copier*; fax*; office equipment; " +
      "kantoorartikel*; calendar*; agenda*; meetings; orientation*; inspect*; court; trial; " +
      "trials; evidence; witness*; brief; statute*; deposition*; pleading*; subpoena*; " +
      "research*; security; upgrade*; system; systems; technical; prescription*; errors; " +
      "fouten; zakenreis*; dienstreis*; business travel; travel arrangements; crm; markdown*; " +
      "price change*; prijswijziging*; dienstreiz*; zakenreiz*; *systeem; *systemen; " +
      "digitalis*; statistisch*; geheimhouding*; facilitair*; huisvesting*; menuwijziging*; " +
      "tafelindeling*; bezettingsgraad*; vakblad*; abonnement opzeggen; werkorder*; werkbon*; " +
      "kilometerregist*; kilometeradministrat*; rittenregistrat*; banquet event order*"
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
    "prepare*; ensure; ensures; ensuring; zorgen ervoor; zorgt ervoor; waarborg*; verzamel*; " +
      "implement*; toegang*; nageleefd; amounts; bedrag*; opstel*; opstellen; maintain*; " +
      "update*; bijwerk*; review*; enter; entering; organi*; organis*; coordinat*; coordin*; " +
      "voorberei*; onderzoek*; beheer*; beheren; documenteer*; evaluat*; evalue*; stemt af; " +
      "afstemmen; planning; inplannen; draft; drafting; drafted; against; submit*; track; " +
      "tracks; tracking; complete forms; renew*; signed; ondertekend*; indien*; verricht*; " +
      "bewaak*; bewaakt; bewaken; toezicht; verleng*; juistheid; volledigheid; ontbrekend*; " +
      "deadline*; termijnen; pending; flag; flags; batch; batches; index; rejected; afgewezen; " +
      "outgoing; uitgaand*; accuracy; nauwkeurig*; draw up; draws up; drawing up"
  ),
  rule("back-office", "back", 3, "", "back office; backoffice*; *backoffice*"),
];

/**
 * The rules FrontBack ships with, and the word leanings learned under them: used when the workbook
 * has no Rules sheet of its own (a Rules sheet adds to them).
 */
export const BUILTIN_RULES: RuleSet = { rules: [...FRONT, ...BACK], leanings: LEANINGS };
