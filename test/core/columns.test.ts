import fc from "fast-check";

import { detectColumns } from "../../src/core/columns";
import type { ColumnDetection, ColumnMap } from "../../src/core/columns";

function columnsOf(detection: ColumnDetection): ColumnMap {
  if (detection.status !== "ok") throw new Error(`expected ok, got: ${detection.message}`);
  return detection.columns;
}

function messageOf(detection: ColumnDetection): string {
  if (detection.status !== "not-found") throw new Error("expected not-found");
  return detection.message;
}

describe("detectColumns: the task column", () => {
  it.each([
    ["Task"],
    ["task"],
    ["TAAK"],
    ["Taak:"],
    ["Taak "],
    ["  Taken  "],
    ["Tasks"],
    ["Task description"],
    ["Task-description"],
    ["Omschrijving taak"],
    ["Omschrijving van de taak"],
    ["Taakomschrijving"],
    ["Activiteit"],
    ["Activiteiten"],
    ["Activity"],
    ["Werkzaamheden"],
    ["Omschrijving werkzaamheden"],
    ["To do"],
    ["To-do"],
    ["TODO"],
    ["Klus"],
    ["Omschrijving"],
    ["Beschrijving"],
    ["Description"],
    ["Täák"],
    ["Task (short)"],
    ["Hoofdtaak"],
    ["Task name"],
  ])("finds %j", (header) => {
    expect(columnsOf(detectColumns(["Naam", header, "Uren"])).task).toBe(1);
  });

  it("prefers a header that is a task name to one that only contains it", () => {
    expect(columnsOf(detectColumns(["Taak (oud)", "Taak"])).task).toBe(1);
    expect(columnsOf(detectColumns(["Opmerking bij taak", "Werkzaamheden"])).task).toBe(1);
  });

  it("prefers a specific name to a generic one, whatever the order", () => {
    expect(columnsOf(detectColumns(["Omschrijving", "Taak"])).task).toBe(1);
    expect(columnsOf(detectColumns(["Description", "Task"])).task).toBe(1);
    expect(columnsOf(detectColumns(["Title", "Assigned to", "Task"])).task).toBe(2);
  });

  it("takes the first of two equally good headers", () => {
    expect(columnsOf(detectColumns(["Task", "Taak"])).task).toBe(0);
    expect(columnsOf(detectColumns(["Nr", "Taak", "Taak"])).task).toBe(1);
  });

  it("takes a generic header when nothing better is there", () => {
    expect(columnsOf(detectColumns(["Title", "Assigned to"])).task).toBe(0);
  });

  it("does not take a column merely because a generic word is in it", () => {
    const detection = detectColumns(["Product name", "Start time", "Customer"]);
    expect(detection.status).toBe("not-found");
  });
});

describe("detectColumns: employee, role, hours and override", () => {
  it.each([
    ["Medewerker"],
    ["medewerkers"],
    ["Werknemer"],
    ["Naam"],
    ["Name"],
    ["Naam medewerker"],
    ["Naam van de medewerker"],
    ["Medewerkersnaam"],
    ["Employee"],
    ["Employee name"],
    ["Assigned to"],
    ["Assigned-To"],
    ["Toegewezen aan"],
    ["Uitgevoerd door"],
    ["Wie"],
    ["Who"],
    ["Task owner"],
    ["Verantwoordelijke"],
    ["Teamlid"],
  ])("finds the employee in %j", (header) => {
    expect(columnsOf(detectColumns(["Taak", header])).employee).toBe(1);
  });

  it.each([
    ["Functie"],
    ["functie:"],
    ["Functietitel"],
    ["Rol"],
    ["Role"],
    ["Job title"],
    ["JOB TITLE"],
    ["Positie"],
    ["Position"],
    ["Beroep"],
    ["Functie medewerker"],
  ])("finds the role in %j", (header) => {
    expect(columnsOf(detectColumns(["Taak", "Naam", header])).role).toBe(2);
  });

  it.each([
    ["Uren", undefined],
    ["Hours", undefined],
    ["Uren p/w", "week"],
    ["Uren p.w.", "week"],
    ["Uren pw", "week"],
    ["Uren per week", "week"],
    ["Hours per week", "week"],
    ["Hours/week", "week"],
    ["Hours / Week", "week"],
    ["Weekuren", "week"],
    ["Uren (wekelijks)", "week"],
    ["Hrs/wk", "week"],
    ["Hours/month", "month"],
    ["Hours per month", "month"],
    ["Uren per maand", "month"],
    ["Uren p/m", "month"],
    ["Uren maandelijks", "month"],
    ["Maanduren", "month"],
    ["Uur", undefined],
    ["Tijd", undefined],
    ["Tijdsbesteding", undefined],
    ["Aantal uren", undefined],
    ["Per week", "week"],
  ])("finds the hours in %j with unit %j", (header, unit) => {
    const detection = detectColumns(["Taak", header]);
    expect(columnsOf(detection).hours).toBe(1);
    expect(detection.status === "ok" ? detection.hoursUnit : "none").toBe(unit);
  });

  it.each([["Override"], ["Handmatig"], ["Correctie"], ["Manual override"], ["Handmatige keuze"]])(
    "finds the override in %j",
    (header) => {
      expect(columnsOf(detectColumns(["Taak", header])).override).toBe(1);
    }
  );

  it("maps a full Dutch sheet", () => {
    const detection = detectColumns(["Medewerker", "Functie", "Taak", "Uren p/w", "Handmatig"]);
    expect(detection).toEqual({
      status: "ok",
      columns: { task: 2, employee: 0, role: 1, hours: 3, override: 4 },
      hoursUnit: "week",
      headers: ["Medewerker", "Functie", "Taak", "Uren p/w", "Handmatig"],
    });
  });

  it("maps a full English sheet with its own wording", () => {
    const detection = detectColumns([
      "Assigned to",
      "Job title",
      "Task description",
      "Hours/month",
      "Override",
    ]);
    expect(detection).toEqual({
      status: "ok",
      columns: { task: 2, employee: 0, role: 1, hours: 3, override: 4 },
      hoursUnit: "month",
      headers: ["Assigned to", "Job title", "Task description", "Hours/month", "Override"],
    });
  });

  it("leaves out the optional columns it does not find", () => {
    const detection = detectColumns(["Taak", "Klant", "Prioriteit"]);
    expect(detection).toEqual({
      status: "ok",
      columns: { task: 0 },
      headers: ["Taak", "Klant", "Prioriteit"],
    });
  });

  it("uses each column for one field only", () => {
    // "Task owner" names the employee exactly, so it is not also taken as the task.
    expect(columnsOf(detectColumns(["Task owner", "Task"]))).toEqual({ task: 1, employee: 0 });
    // With nothing better, a column that mentions two fields goes to the field it ends on.
    expect(columnsOf(detectColumns(["Task hours", "Activity"]))).toEqual({ task: 1, hours: 0 });
    const map = columnsOf(detectColumns(["Task", "Task"]));
    expect(map).toEqual({ task: 0 });
  });

  it("reads a header with line breaks and odd spacing", () => {
    const map = columnsOf(detectColumns(["  Naam\nmedewerker ", "Taak\t", "Uren\r\nper  week"]));
    expect(map).toEqual({ task: 1, employee: 0, hours: 2 });
  });

  it("skips cells that are not text", () => {
    const detection = detectColumns([null, 42, undefined, "Taak", { a: 1 }, true]);
    expect(detection).toEqual({
      status: "ok",
      columns: { task: 3 },
      headers: ["", "42", "", "Taak", "", "TRUE"],
    });
  });

  it("does not read Dutch words that merely end like a field as that field", () => {
    // "Facturen" ends in "uren", "Controle"-like words end in "rol": neither is hours or role.
    expect(columnsOf(detectColumns(["Taak", "Facturen", "Kleuren", "Quality control"]))).toEqual({
      task: 0,
    });
  });
});

describe("detectColumns: FrontBack's own result columns", () => {
  it.each([
    ["Office type"],
    ["Officetype"],
    ["Confidence"],
    ["Zekerheid"],
    ["Why"],
    ["Waarom"],
    ["Skills needed"],
    ["Benodigde vaardigheden"],
    ["Skill gap"],
    ["Vaardigheidstekort"],
  ])("never takes %j as a column", (header) => {
    const detection = detectColumns(["Taak", header]);
    expect(columnsOf(detection)).toEqual({ task: 0 });
  });

  it("finds the owner's columns again after FrontBack added its own", () => {
    const headers = [
      "Naam",
      "Functie",
      "Taak",
      "Officetype",
      "Zekerheid",
      "Waarom",
      "Benodigde vaardigheden",
      "Vaardigheidstekort",
    ];
    expect(columnsOf(detectColumns(headers))).toEqual({ task: 2, employee: 0, role: 1 });
  });

  it("refuses a result column chosen as the task column", () => {
    const message = messageOf(detectColumns(["Taak", "Why"], { task: "why" }));
    expect(message).toContain('"why"');
    expect(message).toContain("FrontBack writes");
  });
});

describe("detectColumns: a task column chosen by the owner", () => {
  it("uses the chosen column, compared with case and punctuation folded", () => {
    const map = columnsOf(detectColumns(["Wat", "Taak", "Naam"], { task: "wat:" }));
    expect(map).toEqual({ task: 0, employee: 2 });
  });

  it("still finds the other columns around the chosen one", () => {
    const map = columnsOf(detectColumns(["Klus", "Medewerker", "Uren p/w"], { task: "KLUS" }));
    expect(map).toEqual({ task: 0, employee: 1, hours: 2 });
  });

  it("lets the chosen column win over a detected one", () => {
    expect(columnsOf(detectColumns(["Taak", "Notitie"], { task: "Notitie" })).task).toBe(1);
  });

  it("ignores an empty choice", () => {
    expect(columnsOf(detectColumns(["Taak"], { task: "  " })).task).toBe(0);
  });

  it("names a chosen column that is not there", () => {
    const detection = detectColumns(["Naam", "Uren"], { task: "Klusjes" });
    expect(detection.status === "not-found" && detection.seen).toEqual(["Naam", "Uren"]);
    expect(messageOf(detection)).toContain('"Klusjes"');
    expect(messageOf(detection)).toContain('Headers seen: "Naam", "Uren"');
  });
});

describe("detectColumns: when there is no task column", () => {
  it("lists the headers seen and says what to do", () => {
    expect(detectColumns(["Name", "Hours"])).toEqual({
      status: "not-found",
      message:
        'No task column found. Headers seen: "Name", "Hours". Name the column with the tasks "Task" (or "Taak"), or choose it.',
      seen: ["Name", "Hours"],
    });
  });

  it("says so in Dutch when asked", () => {
    const message = messageOf(detectColumns(["Naam", "Uren"], { lang: "nl" }));
    expect(message).toContain("Geen takenkolom gevonden");
    expect(message).toContain('"Naam", "Uren"');
  });

  it("lists a long header row shortly", () => {
    const headers = Array.from({ length: 30 }, (_, i) => `Kolom ${i + 1}`);
    const message = messageOf(detectColumns(headers));
    expect(message).toContain('"Kolom 12"');
    expect(message).not.toContain('"Kolom 13"');
    expect(message).toContain("and 18 more");
  });

  it.each([[[]], [["", "  ", null]]])("reports a missing header row for %j", (headers) => {
    const message = messageOf(detectColumns(headers));
    expect(message).toMatch(/^The sheet has no header row/);
  });
});

describe("detectColumns: properties", () => {
  const headerCell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "Taak",
      "Task",
      "Naam",
      "Functie",
      "Uren p/w",
      "Override",
      "Why",
      "Omschrijving",
      "Task hours",
      "Medewerkersnaam"
    ),
    fc.anything()
  );

  it("never throws, and every index it returns is in range and distinct", () => {
    fc.assert(
      fc.property(
        fc.array(headerCell, { maxLength: 12 }),
        fc.option(fc.string()),
        (headers, task) => {
          const detection = detectColumns(headers, task === null ? {} : { task });
          if (detection.status === "not-found") {
            expect(detection.seen).toHaveLength(headers.length);
            return;
          }
          const indexes = Object.values(detection.columns);
          expect(new Set(indexes).size).toBe(indexes.length);
          for (const index of indexes) {
            expect(Number.isInteger(index)).toBe(true);
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThan(headers.length);
          }
          expect(detection.headers).toHaveLength(headers.length);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("does not depend on case or accents", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          ["Taak", "Medewerker", "Functie", "Uren p/w", "Handmatig", "Opmerking"],
          {
            minLength: 1,
          }
        ),
        (headers) => {
          const shouted = headers.map((header) => header.toUpperCase().replace(/A/g, "Á"));
          const plain = detectColumns(headers);
          const folded = detectColumns(shouted);
          expect(folded.status).toBe(plain.status);
          if (plain.status === "ok" && folded.status === "ok") {
            expect(folded.columns).toEqual(plain.columns);
            expect(folded.hoursUnit).toBe(plain.hoursUnit);
          }
        }
      )
    );
  });
});
