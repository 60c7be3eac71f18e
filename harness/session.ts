/**
 * The harness session: one fake host installed on `window`, the loaded workbook, and file open/save. DOM-light:
 * only `fetch` and Blob download helpers.
 */
import {
  createFakeHost,
  createWorkbookModel,
  FakeHost,
  FunctionMetadata,
  ThemeName,
} from "./fake-excel";
import type { HarnessApi } from "./harness-api";
import { loadWorkbook, saveWorkbook } from "./xlsx-io";

export const DEFAULT_WORKBOOK = "msp-sample.xlsx";
const SAMPLE_NAME = /^[A-Za-z0-9_.-]+\.xlsx$/;

export interface HarnessSession {
  readonly host: FakeHost;
  readonly api: HarnessApi;
  workbookName: string;
  loadError: string | undefined;
  openSample(name: string): Promise<void>;
  openBytes(bytes: ArrayBuffer, name: string): Promise<void>;
  download(): Promise<void>;
}

export function readQuery(search: string): { workbook: string; theme: ThemeName } {
  const params = new URLSearchParams(search);
  const requested = params.get("workbook") ?? DEFAULT_WORKBOOK;
  const workbook = SAMPLE_NAME.test(requested) ? requested : DEFAULT_WORKBOOK;
  return { workbook, theme: params.get("theme") === "dark" ? "dark" : "light" };
}

export function createSession(target: Window): HarnessSession {
  const query = readQuery(target.location.search);
  const { host } = createFakeHost(createWorkbookModel(["Sheet1"]), { theme: query.theme });
  host.install(target);

  const session: HarnessSession = {
    host,
    api: undefined as unknown as HarnessApi,
    workbookName: query.workbook,
    loadError: undefined,
    async openSample(name: string) {
      if (!SAMPLE_NAME.test(name)) throw new Error(`Not a sample workbook name: ${name}`);
      const res = await fetch(`samples/${name}`);
      if (!res.ok) throw new Error(`Could not fetch samples/${name}: HTTP ${res.status}`);
      await session.openBytes(await res.arrayBuffer(), name);
    },
    async openBytes(bytes: ArrayBuffer, name: string) {
      const model = await loadWorkbook(bytes);
      session.workbookName = name;
      session.loadError = undefined;
      host.loadModel(model);
    },
    async download() {
      const bytes = await saveWorkbook(host.model);
      const blob = new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = target.document.createElement("a");
      a.href = url;
      a.download = session.workbookName.replace(/\.xlsx$/i, "") + "-edited.xlsx";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };

  const ready = (async () => {
    try {
      const meta = await fetch("functions.json").catch(() => undefined);
      if (meta?.ok) {
        const json = (await meta.json()) as { functions?: FunctionMetadata[] };
        if (Array.isArray(json.functions)) host.setFunctionMetadata({ functions: json.functions });
      }
    } catch {
      // functions.json is optional: without it arguments are passed positionally.
    }
    try {
      await session.openSample(query.workbook);
    } catch (e) {
      session.loadError = e instanceof Error ? e.message : String(e);
      host.engine.notify();
    }
  })();
  host.delayReady(ready);

  const api: HarnessApi = {
    host,
    ready,
    get workbookName() {
      return session.workbookName;
    },
    get syncCount() {
      return host.syncCount;
    },
    getValue: (sheet, address) => host.getValue(sheet, address),
    getValues: (sheet, address) => host.getValues(sheet, address),
    getFormula: (sheet, address) => host.getFormula(sheet, address),
    userEdit: (sheet, address, value) => host.userEdit(sheet, address, value),
    userSelect: (sheet, address) => host.userSelect(sheet, address),
    idle: () => host.idle(),
    sheetNames: () => host.model.sheets.map((s) => s.name),
    model: () => host.model,
    openSample: (name) => session.openSample(name),
    openBytes: (bytes, name = "workbook.xlsx") => session.openBytes(bytes, name),
    saveBytes: () => saveWorkbook(host.model),
    setTheme: (theme) => host.setTheme(theme),
  };
  (session as { api: HarnessApi }).api = api;
  target.__harness = api;
  return session;
}
