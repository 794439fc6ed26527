/**
 * The proxy objects of the fake: the members of the Excel JavaScript API that FrontBack uses
 * (src/excel/excel-api.ts), each behaving as its reference page says (learn.microsoft.com/
 * javascript/api/excel/excel.<class>). Methods and property writes queue commands; `load`
 * queues a read whose values become readable after `sync`; reading anything else throws
 * PropertyNotLoaded. `...OrNullObject` methods give objects whose `isNullObject` is known after
 * `sync`; using a null object for anything but `load` and `isNullObject` fails at sync, since the
 * reference does not say what Excel does then and the adapter must not rely on it.
 *
 * This module holds what every proxy shares; each family of classes has its own module beside
 * it (workbook, worksheets, ranges and their formats, conditional formats, data validation,
 * tables, names, charts).
 */

import { officeError, propertyNotLoaded } from "./errors";
import { jsonBytes } from "./session";
import type { FakeSession } from "./session";

export type Getters<T> = Readonly<Record<string, (target: T) => unknown>>;

/** What every proxy shares: resolution in queue order, load, isNullObject, null-object strictness. */
export abstract class Proxy<T extends object> {
  private resolved = false;
  private target: T | null = null;
  private nullKnown: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  protected constructor(
    protected readonly session: FakeSession,
    private readonly className: string,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
    navigation?: { readonly location: string; readonly args: unknown }
  ) {
    if (navigation !== undefined) {
      session.command(navigation.location, navigation.args, () => {
        const target = this.resolve(navigation.location);
        session.stage(() => (this.nullKnown = target === null));
      });
    }
  }

  /** The properties `load` can read, and how. */
  protected abstract getters(): Getters<T>;

  /** The object in the model, found once, at the first command that needs it. */
  protected resolve(location: string): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
      if (this.target === null && !this.orNull) throw officeError("ItemNotFound", location);
    }
    return this.target;
  }

  /** The object, which must exist: a null object cannot be used. */
  protected live(location: string): T {
    const target = this.resolve(location);
    if (target === null) {
      throw officeError("InvalidOperation", location, "The object is a null object.");
    }
    return target;
  }

  /** Resolved already, as items of a loaded collection are. */
  protected preset(target: T): void {
    this.target = target;
    this.resolved = true;
    this.nullKnown = false;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.className, "isNullObject");
    return this.nullKnown;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.className, property);
    return this.loaded.get(property) as V;
  }

  /** Items of a collection arrive loaded with the properties asked for. */
  protected presetLoaded(values: ReadonlyMap<string, unknown>): void {
    for (const [key, value] of values) this.loaded.set(key, value);
  }

  load(propertyNames: string): this {
    const names = propertyNames
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    const location = `${this.className}.load`;
    this.session.command(location, names, () => {
      const target = this.resolve(location);
      if (target === null) {
        this.session.stage(() => (this.nullKnown = true));
        return 0;
      }
      const values = this.readProperties(target, names, location);
      this.session.stage(() => {
        this.nullKnown = false;
        for (const [key, value] of values) this.loaded.set(key, value);
      });
      return jsonBytes(Object.fromEntries(values));
    });
    return this;
  }

  protected readProperties(
    target: T,
    names: readonly string[],
    location: string
  ): Map<string, unknown> {
    const getters = this.getters();
    const values = new Map<string, unknown>();
    for (const name of names) {
      const getter = getters[name];
      if (getter === undefined) {
        throw officeError(
          "InvalidArgument",
          location,
          `The fake has no loadable property '${name}'.`
        );
      }
      values.set(name, getter(target));
    }
    return values;
  }
}

/** A collection: `load("items/a, items/b")` gives `items`, each with a and b loaded. */
export abstract class CollectionProxy<
  T extends object,
  Item extends object,
  ItemProxy,
> extends Proxy<T> {
  private loadedItems: ItemProxy[] | undefined;

  protected abstract list(target: T): Item[];
  protected abstract itemProxy(
    item: Item
  ): ItemProxy & { presetItem(values: Map<string, unknown>): void };
  protected abstract itemGetters(): Getters<Item>;

  protected getters(): Getters<T> {
    return {};
  }

  get items(): ItemProxy[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.constructor.name, "items");
    return this.loadedItems;
  }

  override load(propertyNames: string): this {
    const names = propertyNames.split(",").map((name) => name.trim());
    const location = `${this.constructor.name}.load`;
    this.session.command(location, names, () => {
      const target = this.live(location);
      const getters = this.itemGetters();
      const fields = names.map((name) => {
        const field = name.startsWith("items/") ? name.slice("items/".length) : undefined;
        if (field === undefined || getters[field] === undefined) {
          throw officeError("InvalidArgument", location, `The fake cannot load '${name}'.`);
        }
        return field;
      });
      const rows = this.list(target).map((item) => {
        const values = new Map<string, unknown>();
        for (const field of fields) values.set(field, getters[field](item));
        return { item, values };
      });
      this.session.stage(() => {
        this.loadedItems = rows.map(({ item, values }) => {
          const proxy = this.itemProxy(item);
          proxy.presetItem(values);
          return proxy;
        });
      });
      return jsonBytes(rows.map(({ values }) => Object.fromEntries(values)));
    });
    return this;
  }
}
