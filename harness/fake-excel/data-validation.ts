/**
 * The fake `DataValidation`: the rule of the model's validations where a range lies (list, number, date, time, text
 * length, custom).
 */
import { Rect, columnLetters, intersection, parseAddress, rectAddress } from "./address";
import { FakeClientObject, FakeRequestContext } from "./client-base";
import { invalidArgument } from "./errors";
import { DataValidationModel } from "./model";
import { FakeDataValidationRule, FakeRange, removeRect } from "./range";

export class FakeDataValidation extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly owner: FakeRange
  ) {
    super(context, "DataValidation");
  }

  protected override _bind(): boolean {
    this.owner._target();
    return true;
  }

  protected _scalarNames(): readonly string[] {
    return ["rule", "type", "ignoreBlanks", "errorAlert", "prompt"];
  }

  private _covering(): DataValidationModel | "none" | "mixed" {
    const { sheet, rect } = this.owner._target();
    const hits = sheet.validations.filter((v) => {
      const p = parseAddress(v.ref);
      return p && intersection(p.rect, rect);
    });
    if (hits.length === 0) return "none";
    const full = hits.find((v) => {
      const p = parseAddress(v.ref);
      return (
        p &&
        p.rect.r0 <= rect.r0 &&
        p.rect.c0 <= rect.c0 &&
        p.rect.r1 >= rect.r1 &&
        p.rect.c1 >= rect.c1
      );
    });
    if (full) return full;
    const same = hits.every((h) => h.type === hits[0].type && h.source === hits[0].source);
    return same ? hits[0] : "mixed";
  }

  protected _read(name: string): unknown {
    const v = this._covering();
    switch (name) {
      case "type":
        if (v === "none") return "None";
        if (v === "mixed") return "MixedCriteria";
        return TYPE_NAMES[v.type];
      case "rule":
        return v === "none" || v === "mixed" ? {} : ruleOf(v);
      case "ignoreBlanks":
        return v === "none" || v === "mixed" ? true : v.allowBlank !== false;
      case "errorAlert":
        return v === "none" || v === "mixed"
          ? { showAlert: true, style: "Stop", message: "", title: "" }
          : {
              showAlert: true,
              style: "Stop",
              message: v.errorMessage ?? "",
              title: v.errorTitle ?? "",
            };
      case "prompt":
        return v === "none" || v === "mixed"
          ? { showPrompt: false, message: "", title: "" }
          : { showPrompt: !!v.prompt, message: v.prompt ?? "", title: v.promptTitle ?? "" };
    }
    return undefined;
  }

  get type(): string {
    return this._get("type");
  }
  get rule(): FakeDataValidationRule {
    return this._get("rule");
  }
  set rule(value: FakeDataValidationRule) {
    this._set("rule", value, () => {
      const { sheet, rect } = this.owner._target();
      const model = modelOfRule(value, rect);
      sheet.validations = removeRect(sheet.validations, rect);
      sheet.validations.push(model);
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, () => this._patch((v) => (v.allowBlank = value)));
  }
  get errorAlert(): { showAlert: boolean; style: string; message: string; title: string } {
    return this._get("errorAlert");
  }
  set errorAlert(value: { showAlert?: boolean; style?: string; message?: string; title?: string }) {
    this._set("errorAlert", value, () =>
      this._patch((v) => {
        v.errorMessage = value.message;
        v.errorTitle = value.title;
      })
    );
  }
  get prompt(): { showPrompt: boolean; message: string; title: string } {
    return this._get("prompt");
  }
  set prompt(value: { showPrompt?: boolean; message?: string; title?: string }) {
    this._set("prompt", value, () =>
      this._patch((v) => {
        v.prompt = value.message;
        v.promptTitle = value.title;
      })
    );
  }

  private _patch(f: (v: DataValidationModel) => void): void {
    const { sheet, rect } = this.owner._target();
    for (const v of sheet.validations) {
      const p = parseAddress(v.ref);
      if (p && intersection(p.rect, rect)) f(v);
    }
  }

  clear(): void {
    this._call("clear", () => {
      const { sheet, rect } = this.owner._target();
      sheet.validations = removeRect(sheet.validations, rect);
    });
  }
}

const TYPE_NAMES: Record<DataValidationModel["type"], string> = {
  list: "List",
  whole: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function ruleOf(v: DataValidationModel): FakeDataValidationRule {
  const basic = { formula1: v.source, formula2: v.formula2, operator: v.operator ?? "Between" };
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: v.inCellDropDown !== false, source: v.source } };
    case "whole":
      return { wholeNumber: basic };
    case "decimal":
      return { decimal: basic };
    case "textLength":
      return { textLength: basic };
    case "date":
      return { date: basic };
    case "time":
      return { time: basic };
    case "custom":
      return { custom: { formula: v.source } };
  }
}

function modelOfRule(rule: FakeDataValidationRule, rect: Rect): DataValidationModel {
  const ref = rectAddress(rect);
  if (rule.list) {
    const src = rule.list.source;
    const source =
      typeof src === "string" ? src : `=${src._target().rect ? absolute(src._target().rect) : ""}`;
    return { ref, type: "list", source, inCellDropDown: rule.list.inCellDropDown };
  }
  const basic = (
    type: DataValidationModel["type"],
    b: { formula1: string | number; formula2?: string | number; operator: string }
  ) => ({
    ref,
    type,
    source: String(b.formula1),
    formula2: b.formula2 === undefined ? undefined : String(b.formula2),
    operator: b.operator,
  });
  if (rule.wholeNumber) return basic("whole", rule.wholeNumber);
  if (rule.decimal) return basic("decimal", rule.decimal);
  if (rule.textLength) return basic("textLength", rule.textLength);
  if (rule.date) return basic("date", rule.date);
  if (rule.time) return basic("time", rule.time);
  if (rule.custom) return { ref, type: "custom", source: rule.custom.formula };
  throw invalidArgument("DataValidation.rule", "The data validation rule is empty.");
}

function absolute(rect: Rect): string {
  const a = `$${columnLetters(rect.c0)}$${rect.r0 + 1}`;
  const b = `$${columnLetters(rect.c1)}$${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}
