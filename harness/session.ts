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
import { documentUrl, savedName, stashedFile, stashFile, type Requested } from "./documentSwitch";
import type { HarnessApi } from "./harness-api";
import { loadWorkbook, saveWorkbook } from "./xlsx-io";

export const DEFAULT_WORKBOOK = "msp-sample.xlsx";
const SAMPLE_NAME = /^[A-Za-z0-9_.-]+\.xlsx$/;

export interface HarnessSession {
  readonly host: FakeHost;
  readonly api: HarnessApi;
  workbookName: string;
  loadError: string | undefined;
  /** Opens a bundled sample as a new document: the page, and the task pane with it, start again on it. */
  openSample(name: string): Promise<void>;
  /** Opens a picked file as a new document (handed to the next page load through sessionStorage). */
  openBytes(bytes: ArrayBuffer, name: string): Promise<void>;
  /** The file name Save downloads. */
  readonly saveName: string;
  download(): Promise<void>;
}

export function readQuery(search: string): {
  workbook: string;
  file: string | undefined;
  theme: ThemeName;
} {
  const params = new URLSearchParams(search);
  const requested = params.get("workbook") ?? DEFAULT_WORKBOOK;
  const workbook = SAMPLE_NAME.test(requested) ? requested : DEFAULT_WORKBOOK;
  const file = params.get("file") ?? undefined;
  return { workbook, file, theme: params.get("theme") === "dark" ? "dark" : "light" };
}

export function createSession(target: Window): HarnessSession {
  const query = readQuery(target.location.search);
  const { host } = createFakeHost(createWorkbookModel(["Sheet1"]), { theme: query.theme });
  host.install(target);

  const load = async (bytes: ArrayBuffer, name: string): Promise<void> => {
    const model = await loadWorkbook(bytes);
    session.workbookName = name;
    session.loadError = undefined;
    host.loadModel(model);
  };
  const fetchSample = async (name: string): Promise<ArrayBuffer> => {
    if (!SAMPLE_NAME.test(name)) throw new Error(`Not a sample workbook name: ${name}`);
    const res = await fetch(`samples/${name}`);
    if (!res.ok) throw new Error(`Could not fetch samples/${name}: HTTP ${res.status}`);
    return res.arrayBuffer();
  };
  const reopen = (requested: Requested): Promise<void> => {
    target.location.assign(documentUrl(target.location.href, requested));
    return Promise.resolve();
  };

  const session: HarnessSession = {
    host,
    api: undefined as unknown as HarnessApi,
    workbookName: query.file ?? query.workbook,
    loadError: undefined,
    async openSample(name: string) {
      if (!SAMPLE_NAME.test(name)) throw new Error(`Not a sample workbook name: ${name}`);
      await reopen({ kind: "sample", name });
    },
    async openBytes(bytes: ArrayBuffer, name: string) {
      // Refuse what cannot be read before leaving the current document.
      await loadWorkbook(bytes.slice(0));
      stashFile(target.sessionStorage, name, bytes);
      await reopen({ kind: "file", name });
    },
    get saveName() {
      return savedName(session.workbookName);
    },
    async download() {
      const bytes = await saveWorkbook(host.model);
      const blob = new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = target.document.createElement("a");
      a.href = url;
      a.download = session.saveName;
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
      const picked = query.file ? stashedFile(target.sessionStorage, query.file) : undefined;
      if (query.file && !picked)
        throw new Error(`${query.file} is no longer available; open it again with "Open file…".`);
      if (picked && query.file) await load(picked, query.file);
      else await load(await fetchSample(query.workbook), query.workbook);
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
