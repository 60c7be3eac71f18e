/** The fake `ChartCollection` and `Chart` (kept in the model; not written to .xlsx). */
import { qualifiedAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeRequestContext } from "./client-base";
import { itemNotFound } from "./errors";
import { newId } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

export class FakeChartCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, "ChartCollection");
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  override _doLoad(paths: string[] | undefined): void {
    const sheet = this.worksheet._sheet();
    const sub = paths?.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = sheet.charts.map((c) => {
      const chart = new FakeChart(this.context, this.worksheet, { id: c.id });
      chart._doLoad(sub && sub.length ? sub : undefined);
      return chart;
    });
    this._loaded.set("items", items);
  }
  get items(): FakeChart[] {
    return this._get("items");
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", () => result._resolve(this.worksheet._sheet().charts.length));
    return result;
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const holder: { id?: string } = {};
    this._call("add", () => {
      const sheet = this.worksheet._sheet();
      const src = sourceData._target();
      const id = newId();
      sheet.charts.push({
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: qualifiedAddress(src.sheet.name, src.rect),
        seriesBy: seriesBy ?? "Auto",
      });
      holder.id = id;
    });
    return new FakeChart(this.context, this.worksheet, holder);
  }
  getItem(name: string): FakeChart {
    const holder: { id?: string } = {};
    this._call("getItem", () => {
      const c = this.worksheet._sheet().charts.find((x) => x.name === name);
      if (!c) throw itemNotFound("ChartCollection.getItem");
      holder.id = c.id;
    });
    return new FakeChart(this.context, this.worksheet, holder);
  }
}

export class FakeChart extends FakeClientObject {
  readonly title: { text: string; visible: boolean };
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    private readonly holder: { id?: string }
  ) {
    super(context, "Chart");
    let text = "";
    const self = this;
    this.title = {
      visible: true,
      get text() {
        return text;
      },
      set text(v: string) {
        text = v;
        context.enqueue("Chart.title.text", () => {
          self._chart().title = v;
        });
      },
    };
  }
  _chart(): NonNullable<ReturnType<FakeChart["_find"]>> {
    const c = this._find();
    if (!c) throw itemNotFound("Chart");
    return c;
  }
  private _find() {
    return this.worksheet._sheet().charts.find((c) => c.id === this.holder.id);
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "name", "chartType"];
  }
  protected _read(name: string): unknown {
    const c = this._chart();
    return name === "id" ? c.id : name === "name" ? c.name : c.type;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      this._chart().name = value;
    });
  }
  get chartType(): string {
    return this._get("chartType");
  }
  setPosition(_startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this._call("setPosition", () => undefined);
  }
  delete(): void {
    this._call("delete", () => {
      const sheet = this.worksheet._sheet();
      sheet.charts = sheet.charts.filter((c) => c.id !== this.holder.id);
    });
  }
}
