/**
 * The task pane's page: puts the words of the chosen language in place, runs "Try a task" and
 * shows errors. Text goes in through textContent only, so nothing typed or matched can become
 * markup. Importing this module does nothing; index.ts calls it.
 */

import type { Classifier } from "../core/classifier/classifier";
import type { Language } from "../core/types";
import { errorView } from "../shared/error-view";
import { messagesOf } from "../core/language/languages";
import type { PaneMessages } from "../core/language/messages";
import { tryTask } from "./try-task";
import type { TryTaskInput } from "./try-task";

/** What index.ts needs from the page. */
export interface Pane {
  /** Re-words the page, and a shown result, in another language. */
  setLanguage(lang: Language): void;
}

function element<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const found = doc.getElementById(id);
  if (!(found instanceof type)) {
    throw new Error(`taskpane.html has no <${type.name}> with id "${id}"`);
  }
  return found;
}

function isPaneStringKey(key: string, strings: PaneMessages): key is keyof PaneMessages {
  return Object.prototype.hasOwnProperty.call(strings, key);
}

/** Puts the language's words into every element marked data-text / data-placeholder. */
function applyStrings(doc: Document, lang: Language): void {
  const strings = messagesOf(lang).pane;
  doc.documentElement.lang = lang;
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-text]"))) {
    const key = node.dataset.text ?? "";
    const value = isPaneStringKey(key, strings) ? strings[key] : undefined;
    if (typeof value === "string") node.textContent = value;
  }
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-placeholder]"))) {
    const key = node.dataset.placeholder ?? "";
    const value = isPaneStringKey(key, strings) ? strings[key] : undefined;
    if (typeof value === "string") node.setAttribute("placeholder", value);
  }
}

/** Wires the "Try a task" form to the classifier and shows the page in the given language. */
export function createPane(doc: Document, classifier: Classifier, initial: Language): Pane {
  const form = element(doc, "try-form", HTMLFormElement);
  const taskInput = element(doc, "task-text", HTMLTextAreaElement);
  const roleInput = element(doc, "task-role", HTMLInputElement);
  const hint = element(doc, "try-hint", HTMLParagraphElement);
  const result = element(doc, "result", HTMLElement);
  const officeType = element(doc, "result-type", HTMLSpanElement);
  const confidence = element(doc, "result-confidence", HTMLSpanElement);
  const why = element(doc, "result-why", HTMLElement);
  const skills = element(doc, "result-skills", HTMLUListElement);

  let lang = initial;
  let shown: TryTaskInput | undefined;

  /** Shows the answer for a task; false when there was no task to classify. */
  const render = (input: TryTaskInput): boolean => {
    shown = input;
    const view = tryTask(classifier, input, lang);
    if (view.status === "empty") {
      result.hidden = true;
      hint.textContent = view.message;
      hint.hidden = false;
      return false;
    }
    hint.hidden = true;
    officeType.textContent = view.officeTypeLabel;
    officeType.dataset.officeType = view.officeType;
    confidence.textContent = view.confidence;
    why.textContent = view.why;
    const items = view.skills.map((skill) => {
      const item = doc.createElement("li");
      const label = doc.createElement("span");
      label.textContent = skill.label;
      const level = doc.createElement("span");
      level.className = "level";
      level.textContent = skill.level;
      item.append(label, " ", level);
      return item;
    });
    if (items.length === 0) {
      const item = doc.createElement("li");
      item.textContent = view.noSkills;
      items.push(item);
    }
    skills.replaceChildren(...items);
    result.hidden = false;
    return true;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!render({ text: taskInput.value, role: roleInput.value })) taskInput.focus();
  });
  // Enter alone adds a line to a task; Ctrl+Enter (Cmd+Enter on a Mac) classifies it.
  taskInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  applyStrings(doc, lang);
  return {
    setLanguage(next: Language): void {
      lang = next;
      applyStrings(doc, lang);
      if (shown !== undefined) render(shown);
    },
  };
}

/**
 * Shows an error in the pane's one message bar: plain words, the technical part folded away in
 * a <details>. It works before the pane is wired, so even a failure while starting up reaches the
 * owner. Text only, through textContent.
 */
export function showError(doc: Document, lang: Language, error: unknown): void {
  const bar = doc.getElementById("error");
  const message = doc.getElementById("error-message");
  const technical = doc.getElementById("error-technical");
  const details = doc.getElementById("error-details");
  if (bar === null || message === null || technical === null) return;
  const view = errorView(error, lang);
  message.textContent = view.message;
  technical.textContent = view.technical;
  if (details instanceof HTMLDetailsElement) {
    details.open = false;
    details.hidden = view.technical === "";
  }
  bar.hidden = false;
}

/** Hides the message bar. */
export function clearError(doc: Document): void {
  const bar = doc.getElementById("error");
  if (bar !== null) bar.hidden = true;
}
