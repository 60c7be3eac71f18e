/** Fake `Office` (common API subset) and `CustomFunctions` globals. */
import { CustomFunctionImpl, FakeCustomFunctionError, FakeExcelEngine } from "./engine";

export type ThemeName = "light" | "dark";

export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
  themeId: string;
}

export const THEMES: Record<ThemeName, FakeOfficeTheme> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
    themeId: "Colorful",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3B3B3B",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
    themeId: "Black",
  },
};

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type AsyncCallback<T> = (result: FakeAsyncResult<T>) => void;

function callbackOf<T>(a: unknown, b: unknown): AsyncCallback<T> | undefined {
  if (typeof a === "function") return a as AsyncCallback<T>;
  if (typeof b === "function") return b as AsyncCallback<T>;
  return undefined;
}

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

/** Requirement sets reported as supported (highest version). */
export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  ExcelApi: "1.12",
  CustomFunctionsRuntime: "1.3",
  SharedRuntime: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
};

function versionAtMost(wanted: string, have: string): boolean {
  const w = wanted.split(".").map(Number);
  const h = have.split(".").map(Number);
  for (let i = 0; i < Math.max(w.length, h.length); i++) {
    const a = w[i] ?? 0;
    const b = h[i] ?? 0;
    if (a !== b) return a < b;
  }
  return true;
}

export interface FakeOfficeOptions {
  platform?: keyof typeof PlatformType;
  theme?: ThemeName;
  requirementSets?: Record<string, string>;
}

export function createOffice(options: FakeOfficeOptions = {}) {
  const platform = options.platform ?? "OfficeOnline";
  const requirementSets = { ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets };
  const themeHandlers: ((args: unknown) => void)[] = [];
  const actions = new Map<string, (event: unknown) => unknown>();
  const info = { host: HostType.Excel, platform };
  const context = {
    host: HostType.Excel,
    platform,
    displayLanguage: "en-US",
    contentLanguage: "en-US",
    officeTheme: { ...THEMES[options.theme ?? "light"] },
    document: {
      url: "https://harness.local/Workbook.xlsx",
      addHandlerAsync(
        eventType: string,
        handler: (args: unknown) => void,
        opts?: unknown,
        callback?: unknown
      ): void {
        if (eventType === "officeThemeChanged") themeHandlers.push(handler);
        const cb = callbackOf<void>(opts, callback);
        queueMicrotask(() => cb?.({ status: "succeeded", value: undefined }));
      },
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const have = requirementSets[name];
        if (have === undefined) return false;
        return minVersion === undefined ? true : versionAtMost(String(minVersion), have);
      },
    },
  };
  let ready = false;
  let gate: Promise<unknown> = Promise.resolve();
  const office = {
    HostType,
    PlatformType,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      OfficeThemeChanged: "officeThemeChanged",
    },
    context,
    onReady(
      callback?: (info: { host: string; platform: string }) => void
    ): Promise<{ host: string; platform: string }> {
      return gate.then(
        () => {
          ready = true;
          callback?.(info);
          return info;
        },
        () => {
          ready = true;
          callback?.(info);
          return info;
        }
      );
    },
    get isReady(): boolean {
      return ready;
    },
    actions: {
      associate(name: string, fn: (event: unknown) => unknown): void {
        actions.set(name, fn);
      },
    },
    addin: {
      showAsTaskpane: (): Promise<void> => Promise.resolve(),
      hide: (): Promise<void> => Promise.resolve(),
      setStartupBehavior: (): Promise<void> => Promise.resolve(),
      getStartupBehavior: (): Promise<string> => Promise.resolve("none"),
    },
  };
  return {
    office,
    actions,
    /** Office.onReady resolves only after `promise` settles (the harness loads the workbook first). */
    delayReady(promise: Promise<unknown>): void {
      const previous = gate;
      gate = Promise.allSettled([previous, promise]);
    },
    setTheme(theme: ThemeName): void {
      Object.assign(context.officeTheme, THEMES[theme]);
      for (const h of themeHandlers)
        h({ type: "officeThemeChanged", officeTheme: { ...context.officeTheme } });
    },
  };
}

export const CustomFunctionsErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function createCustomFunctions(engine: FakeExcelEngine) {
  return {
    associate(
      idOrMappings: string | Record<string, CustomFunctionImpl>,
      fn?: CustomFunctionImpl
    ): void {
      if (typeof idOrMappings === "string") {
        if (!fn) throw new Error("CustomFunctions.associate: missing function.");
        engine.associate(idOrMappings, fn);
      } else {
        for (const [id, f] of Object.entries(idOrMappings)) engine.associate(id, f);
      }
    },
    Error: FakeCustomFunctionError,
    ErrorCode: CustomFunctionsErrorCode,
  };
}
