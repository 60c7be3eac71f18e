/**
 * The fake `CommentCollection` and `Comment` (ExcelApi 1.10: `add(cellAddress, content)`); xlsx-io keeps them as
 * notes.
 */
import { Rect, cellAddress, parseAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeRequestContext, engineOf } from "./client-base";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { SheetModel, findSheetByName, newId } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

export class FakeCommentCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | undefined
  ) {
    super(context, "CommentCollection");
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  private _all(): { sheet: SheetModel; id: string }[] {
    const sheets = this.worksheet ? [this.worksheet._sheet()] : engineOf(this.context).model.sheets;
    return sheets.flatMap((sheet) => sheet.comments.map((c) => ({ sheet, id: c.id })));
  }
  override _doLoad(paths: string[] | undefined): void {
    const sub = paths?.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = this._all().map(({ id }) => {
      const c = new FakeComment(this.context, { id });
      c._doLoad(sub && sub.length ? sub : undefined);
      return c;
    });
    this._loaded.set("items", items);
  }
  get items(): FakeComment[] {
    return this._get("items");
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", () => result._resolve(this._all().length));
    return result;
  }
  add(cellAddress: FakeRange | string, content: string, _contentType?: string): FakeComment {
    const holder: { id?: string } = {};
    this._call(
      "add",
      () => {
        const engine = engineOf(this.context);
        let sheet: SheetModel | undefined;
        let rect: Rect | undefined;
        if (typeof cellAddress === "string") {
          const p = parseAddress(cellAddress);
          sheet = p?.sheet ? findSheetByName(engine.model, p.sheet) : this.worksheet?._sheet();
          rect = p?.rect;
        } else {
          const t = cellAddress._target();
          sheet = t.sheet;
          rect = t.rect;
        }
        if (!sheet || !rect) throw invalidArgument("CommentCollection.add");
        if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) {
          throw invalidArgument(
            "CommentCollection.add",
            "A comment can only be added to a single cell."
          );
        }
        const address = cellAddressOf(rect);
        if (sheet.comments.some((c) => c.address === address))
          throw invalidOperation("CommentCollection.add");
        const id = newId();
        sheet.comments.push({ id, address, content, author: "Harness User" });
        holder.id = id;
      },
      content
    );
    return new FakeComment(this.context, holder);
  }
}

function cellAddressOf(rect: Rect): string {
  return cellAddress(rect.r0, rect.c0);
}

export class FakeComment extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly holder: { id?: string }
  ) {
    super(context, "Comment");
  }
  private _find(): { sheet: SheetModel; index: number } {
    for (const sheet of engineOf(this.context).model.sheets) {
      const index = sheet.comments.findIndex((c) => c.id === this.holder.id);
      if (index >= 0) return { sheet, index };
    }
    throw itemNotFound("Comment");
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "content", "authorName", "resolved"];
  }
  protected _read(name: string): unknown {
    const { sheet, index } = this._find();
    const c = sheet.comments[index];
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    if (name === "authorName") return c.author ?? "";
    return c.resolved === true;
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  set content(value: string) {
    this._set("content", value, () => {
      const { sheet, index } = this._find();
      sheet.comments[index].content = value;
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(value: boolean) {
    this._set("resolved", value, () => {
      const { sheet, index } = this._find();
      sheet.comments[index].resolved = value;
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, index } = this._find();
      const p = parseAddress(sheet.comments[index].address);
      return p ? { sheet, rect: p.rect } : undefined;
    });
  }
  delete(): void {
    this._call("delete", () => {
      const { sheet, index } = this._find();
      sheet.comments.splice(index, 1);
    });
  }
}
