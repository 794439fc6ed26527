/**
 * The workbook part of the pane: the sheet and columns it will read, the options, the Classify
 * button, progress and the result. It calls the adapter against the host index.ts gives it (Excel,
 * or the demo page's in-browser workbook) and words everything through view-model.ts. Importing
 * this module does nothing; index.ts calls it.
 */

import type { Language } from "../core/types";
import { classifyActiveSheet } from "../excel/classify-sheet";
import type { ClassifySuccess } from "../excel/classify-sheet";
import { FrontBackError } from "../excel/errors";
import type { ExcelHost } from "../excel/excel-api";
import { readTaskSheet } from "../excel/read-task-sheet";
import { createRulesSheet } from "../excel/rules-sheet";
import { activateSheet, createSampleSheet } from "../excel/sample-sheet";
import { createSkillsSheet } from "../excel/skills-sheet";
import { clearError, showError } from "./pane";
import { messagesOf } from "../core/language/languages";
import { choicesFrom, FIELDS, progressView, resultView, sourceView } from "./view-model";
import type { Field } from "./view-model";

const INTRO_SEEN = "frontback.introSeen";

function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const found = doc.getElementById(id);
  if (!(found instanceof type))
    throw new Error(`taskpane.html has no <${type.name}> with id "${id}"`);
  return found;
}

function remembered(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(INTRO_SEEN) === "1";
  } catch {
    return false; // storage blocked: show the intro
  }
}

export interface WorkbookPane {
  setLanguage(lang: Language): void;
  /** Reads the active sheet's headers again and shows what a run would read. */
  refresh(): Promise<void>;
}

export function createWorkbookPane(
  doc: Document,
  host: ExcelHost,
  initial: Language,
  storage?: Storage
): WorkbookPane {
  const intro = byId(doc, "intro", HTMLElement);
  const where = byId(doc, "source-where", HTMLParagraphElement);
  const selects = Object.fromEntries(
    FIELDS.map((field) => [field, byId(doc, `field-${field}`, HTMLSelectElement)])
  ) as Record<Field, HTMLSelectElement>;
  const optionRules = byId(doc, "option-rules", HTMLInputElement);
  const optionSkills = byId(doc, "option-skills", HTMLInputElement);
  const optionSummary = byId(doc, "option-summary", HTMLInputElement);
  const classifyButton = byId(doc, "classify-sheet", HTMLButtonElement);
  const sampleButton = byId(doc, "try-sample", HTMLButtonElement);
  const refreshButton = byId(doc, "refresh", HTMLButtonElement);
  const progressArea = byId(doc, "progress-area", HTMLDivElement);
  const progress = byId(doc, "progress", HTMLProgressElement);
  const progressText = byId(doc, "progress-text", HTMLParagraphElement);
  const status = byId(doc, "status", HTMLParagraphElement);
  const resultArea = byId(doc, "run-result", HTMLElement);
  const headline = byId(doc, "result-headline", HTMLParagraphElement);
  const resultHeading = byId(doc, "result-heading", HTMLHeadingElement);
  const hoursHead = byId(doc, "hours-head", HTMLTableCellElement);
  const rows = byId(doc, "result-rows", HTMLTableSectionElement);
  const gaps = byId(doc, "result-gaps", HTMLUListElement);
  const notes = byId(doc, "result-notes", HTMLDivElement);
  const notices = byId(doc, "result-notices", HTMLUListElement);
  const openSummary = byId(doc, "open-summary", HTMLButtonElement);
  const dismiss = byId(doc, "error-dismiss", HTMLButtonElement);

  let lang = initial;
  let detected: Record<Field, string> = { task: "", employee: "", role: "", hours: "" };
  let lastResult: ClassifySuccess | undefined;
  let summarySheet: string | undefined;
  let busy = false;
  intro.hidden = remembered(storage);
  byId(doc, "workbook", HTMLDivElement).hidden = false;
  sampleButton.hidden = false;

  const chosen = (): Record<Field, string> =>
    Object.fromEntries(FIELDS.map((field) => [field, selects[field].value])) as Record<
      Field,
      string
    >;

  const fillSelects = (headers: readonly string[], selected: Record<Field, string>): void => {
    for (const field of FIELDS) {
      const select = selects[field];
      const none = doc.createElement("option");
      none.value = "";
      none.textContent = messagesOf(lang).pane.noColumn;
      const options = headers.map((header) => {
        const option = doc.createElement("option");
        option.value = header;
        option.textContent = header;
        return option;
      });
      select.replaceChildren(
        ...(field === "task" && selected.task !== "" ? [] : [none]),
        ...options
      );
      select.value = selected[field];
      select.disabled = headers.length === 0;
    }
  };

  const setBusy = (on: boolean): void => {
    busy = on;
    for (const button of [classifyButton, sampleButton, refreshButton, openSummary])
      button.disabled = on;
    doc.body.setAttribute("aria-busy", String(on));
  };

  const refresh = async (): Promise<void> => {
    const info = await readTaskSheet({ lang }, host);
    if (info.status === "error") {
      where.textContent = "";
      showError(doc, lang, info.error);
      detected = { task: "", employee: "", role: "", hours: "" };
      fillSelects([], detected);
      return;
    }
    const view = sourceView(info, lang);
    where.textContent = view.where;
    // A sheet a run would stop on says so in the one message bar, before the owner tries.
    if (info.problem !== undefined) {
      showError(doc, lang, new FrontBackError("no-task-column", info.problem));
    }
    detected = { ...view.selected };
    fillSelects(view.headers, view.selected);
  };

  const showResult = (result: ClassifySuccess): void => {
    const view = resultView(result, lang);
    headline.textContent = view.headline;
    hoursHead.hidden = !view.hasHours;
    rows.replaceChildren(
      ...view.lines.map((line) => {
        const row = doc.createElement("tr");
        row.dataset.side = line.side;
        const label = doc.createElement("th");
        label.scope = "row";
        label.textContent = line.label;
        const tasks = doc.createElement("td");
        tasks.textContent = line.tasks;
        row.append(label, tasks);
        if (view.hasHours) {
          const hours = doc.createElement("td");
          hours.textContent = line.hours ?? "";
          row.append(hours);
        }
        return row;
      })
    );
    const gapItems = view.gaps.map((text) => {
      const item = doc.createElement("li");
      item.textContent = text;
      return item;
    });
    if (view.gapsNote !== undefined) {
      const item = doc.createElement("li");
      item.className = "note";
      item.textContent = view.gapsNote;
      gapItems.push(item);
    }
    gaps.replaceChildren(...gapItems);
    notices.replaceChildren(
      ...view.notices.map((text) => {
        const item = doc.createElement("li");
        item.textContent = text;
        return item;
      })
    );
    notes.hidden = view.notices.length === 0;
    summarySheet = view.summarySheet;
    openSummary.hidden = summarySheet === undefined;
    resultArea.hidden = false;
  };

  const classify = async (): Promise<void> => {
    clearError(doc);
    status.textContent = messagesOf(lang).pane.working;
    resultArea.hidden = true;
    const columns = choicesFrom(detected, chosen());
    if (optionRules.checked) {
      const rules = await createRulesSheet({ lang }, host);
      if (rules.status === "error") return showError(doc, lang, rules.error);
    }
    if (optionSkills.checked) {
      const skills = await createSkillsSheet({ lang, columns }, host);
      if (skills.status === "error") return showError(doc, lang, skills.error);
    }
    progress.value = 0;
    progressText.textContent = "";
    progressArea.hidden = false;
    const result = await classifyActiveSheet(
      {
        lang,
        columns,
        summary: optionSummary.checked,
        onProgress: (step) => {
          const view = progressView(step, lang);
          progress.value = view.value;
          progressText.textContent = view.text;
        },
      },
      host
    );
    progressArea.hidden = true;
    if (result.status === "error") {
      showError(doc, lang, result.error);
      if (result.error.code === "no-task-column") selects.task.focus();
      return;
    }
    lastResult = result;
    showResult(result);
    // The result is below the fold of a narrow pane: bring it into view and move focus there,
    // so keyboard and screen-reader users land on it too.
    resultHeading.focus({ preventScroll: true });
    resultArea.scrollIntoView?.({ block: "start", behavior: "smooth" });
    try {
      storage?.setItem(INTRO_SEEN, "1");
    } catch {
      // storage blocked: the intro shows again next time, which is harmless
    }
  };

  /** Runs one action at a time; whatever it throws reaches the message bar. */
  const guarded = (action: () => Promise<void>) => (): void => {
    if (busy) return;
    setBusy(true);
    action()
      .catch((error: unknown) => showError(doc, lang, error))
      .finally(() => {
        setBusy(false);
        if (status.textContent === messagesOf(lang).pane.working) status.textContent = "";
      });
  };

  classifyButton.addEventListener("click", guarded(classify));
  refreshButton.addEventListener(
    "click",
    guarded(async () => {
      clearError(doc);
      await refresh();
    })
  );
  sampleButton.addEventListener(
    "click",
    guarded(async () => {
      clearError(doc);
      const sample = await createSampleSheet({ lang }, host);
      if (sample.status === "error") return showError(doc, lang, sample.error);
      await refresh();
      status.textContent = messagesOf(lang).pane.sampleAdded;
      classifyButton.focus();
    })
  );
  openSummary.addEventListener(
    "click",
    guarded(async () => {
      if (summarySheet === undefined) return;
      const shown = await activateSheet(summarySheet, host);
      if (shown.status === "error") showError(doc, lang, shown.error);
    })
  );
  dismiss.addEventListener("click", () => {
    clearError(doc);
    classifyButton.focus();
  });

  return {
    setLanguage(next: Language): void {
      lang = next;
      if (lastResult !== undefined) showResult(lastResult);
      guarded(refresh)();
    },
    refresh: async () => {
      setBusy(true);
      try {
        await refresh();
      } finally {
        setBusy(false);
      }
    },
  };
}
