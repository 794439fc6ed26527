/**
 * Defined names (Excel.NamedItemCollection, Excel.NamedItem), of the workbook or of one sheet:
 * FrontBack marks what it owns with them. A new name follows Excel's rules (at most 255
 * characters, no cell reference such as A1 or R1C1).
 */

import type { NamedItemApi, NamedItemCollectionApi, RangeApi } from "../excel/excel-api";
import { officeError } from "./errors";
import type { NameModel, SheetModel } from "./model";
import { CollectionProxy, Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { RangeProxy } from "./range-proxy";
import type { FakeSession } from "./session";

interface NameTarget {
  readonly name: NameModel;
}

function isValidName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

export class NamedItemCollectionProxy
  extends CollectionProxy<{ scope: string | undefined }, NameTarget, NamedItemProxy>
  implements NamedItemCollectionApi
{
  constructor(session: FakeSession, scope: () => SheetModel | undefined) {
    super(session, "NamedItemCollection", () => ({ scope: scope()?.id }));
  }

  protected list(target: { scope: string | undefined }): NameTarget[] {
    return this.session.model.names
      .filter((name) => name.scopeSheetId === target.scope)
      .map((name) => ({ name }));
  }

  protected itemProxy(target: NameTarget): NamedItemProxy {
    const proxy = new NamedItemProxy(this.session, () => target);
    proxy.presetTarget(target);
    return proxy;
  }

  protected itemGetters(): Getters<NameTarget> {
    return this.nameGetters();
  }

  nameGetters(): Getters<NameTarget> {
    const model = this.session.model;
    return {
      name: ({ name }) => name.name,
      type: ({ name }) => (name.target === undefined ? "Error" : "Range"),
      formula: ({ name }) => model.nameFormula(name),
      value: ({ name }) => (name.target === undefined ? "#REF!" : model.nameFormula(name).slice(1)),
      comment: ({ name }) => name.comment,
    };
  }

  add(name: string, reference: RangeApi | string, comment?: string): unknown {
    const location = "NamedItemCollection.add";
    this.session.requireApi("1.4", location);
    this.session.command(
      location,
      [name, typeof reference === "string" ? reference : null, comment ?? null],
      () => {
        const { scope } = this.live(location);
        if (!isValidName(name))
          throw officeError("InvalidArgument", location, `"${name}" is not a valid name.`);
        if (!(reference instanceof RangeProxy)) {
          throw officeError(
            "InvalidArgument",
            location,
            "The fake takes a Range as the reference."
          );
        }
        const target = reference.targetFor(location);
        const taken = this.session.model.names.some(
          (n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase()
        );
        if (taken) throw officeError("ItemAlreadyExists", location);
        this.session.model.names.push({
          name,
          scopeSheetId: scope,
          target: { sheetId: target.sheet.id, rect: target.rect },
          comment: comment ?? "",
        });
      }
    );
    return undefined;
  }

  getItem(name: string): NamedItemProxy {
    const location = "NamedItemCollection.getItem";
    return new NamedItemProxy(
      this.session,
      () => {
        const { scope } = this.live(location);
        const found = this.session.model.names.find(
          (n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase()
        );
        return found === undefined ? null : { name: found };
      },
      { location, args: name }
    );
  }
}

class NamedItemProxy extends Proxy<NameTarget> implements NamedItemApi {
  constructor(
    session: FakeSession,
    resolver: () => NameTarget | null,
    navigation?: { location: string; args: unknown }
  ) {
    super(session, "NamedItem", resolver, false, navigation);
  }

  presetTarget(target: NameTarget): void {
    this.preset(target);
  }

  presetItem(values: Map<string, unknown>): void {
    this.presetLoaded(values);
  }

  protected getters(): Getters<NameTarget> {
    const model = this.session.model;
    return {
      name: ({ name }) => name.name,
      type: ({ name }) => (name.target === undefined ? "Error" : "Range"),
      formula: ({ name }) => model.nameFormula(name),
    };
  }

  get name(): string {
    return this.read("name");
  }

  get type(): string {
    return this.read("type");
  }

  get formula(): unknown {
    return this.read("formula");
  }

  delete(): void {
    const location = "NamedItem.delete";
    this.session.requireApi("1.4", location);
    this.session.command(location, null, () => {
      const { name } = this.live(location);
      this.session.model.names = this.session.model.names.filter((n) => n !== name);
    });
  }
}
