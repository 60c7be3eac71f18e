/** Request context, client objects, load/sync machinery shared by the fake Excel objects. */
import type { FakeExcelEngine } from "./engine";
import {
  FakeOfficeError,
  invalidArgument,
  invalidObjectPath,
  notImplemented,
  payloadTooLarge,
  propertyNotLoaded,
  valueNotLoaded,
} from "./errors";

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] };

interface QueuedOperation {
  location: string;
  run: () => void;
  bytes: number;
}

/** Names that must never trip the "not implemented" guard (promise checks, jest, React, JSON). */
const INTROSPECTION = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "constructor",
  "inspect",
  "toString",
  "valueOf",
  "length",
  "prototype",
]);

function guard<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (
        typeof prop === "string" &&
        !(prop in obj) &&
        /^[a-z]/.test(prop) &&
        !INTROSPECTION.has(prop)
      ) {
        throw notImplemented(`${typeName}.${prop}`);
      }
      return Reflect.get(obj, prop, receiver);
    },
  });
}

export class FakeRequestContext {
  /** Number of `sync()` calls on this context. */
  syncCount = 0;
  /** Number of operations queued on this context (all syncs). */
  operationCount = 0;
  /** True after the owning `Excel.run` batch finished: further queued operations fail like Office.js. */
  closed = false;
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  private queue: QueuedOperation[] = [];
  private workbookObject: unknown;

  constructor(
    readonly engine: FakeExcelEngine,
    private readonly workbookFactory: (ctx: FakeRequestContext) => unknown
  ) {}

  /** The workbook object (typed by the caller through the Excel.RequestContext cast). */
  get workbook(): unknown {
    if (!this.workbookObject) this.workbookObject = this.workbookFactory(this);
    return this.workbookObject;
  }

  get application(): unknown {
    return (this.workbook as { application: unknown }).application;
  }

  /** Operations queued and not yet synced. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(location: string, run: () => void, payload?: unknown): void {
    if (this.closed) throw invalidObjectPath(location);
    let bytes = 64;
    if (payload !== undefined) bytes += JSON.stringify(payload)?.length ?? 0;
    this.queue.push({ location, run, bytes });
    this.operationCount += 1;
    this.engine.operationCount += 1;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    this.syncCount += 1;
    this.engine.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    // A round trip: let other microtasks run first, like the real host.
    await Promise.resolve();
    const totalBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (
      ops.length > this.engine.options.maxOperationsPerSync ||
      totalBytes > this.engine.options.maxPayloadBytes
    ) {
      throw payloadTooLarge();
    }
    let error: unknown;
    for (const op of ops) {
      try {
        op.run();
      } catch (e) {
        if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation)
          e.debugInfo.errorLocation = op.location;
        error = e;
        break;
      }
    }
    this.engine.recalculateIfDirty();
    this.engine.notify();
    void this.engine.flushEvents();
    if (this.engine.options.syncWaitsForAsyncFunctions) await this.engine.settleFunctions();
    if (error !== undefined) throw error;
    return passThroughValue;
  }
}

/** Base class of all fake client objects: load/sync semantics and PropertyNotLoaded errors. */
export abstract class FakeClientObject {
  protected readonly _loaded = new Map<string, unknown>();
  /** Whether a null object (from a ...OrNullObject method) resolved to nothing; undefined until synced. */
  protected _nullState: boolean | undefined;
  protected readonly _nullable: boolean;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly _typeName: string,
    nullable = false
  ) {
    this._nullable = nullable;
    if (!nullable) this._nullState = false;
    return guard(this, _typeName);
  }

  /** Scalar properties that `load()` can fetch. */
  protected abstract _scalarNames(): readonly string[];
  /** Reads a scalar property from the model (at sync). */
  protected abstract _read(name: string): unknown;
  /** Navigation properties (sub-objects) for "format/fill/color" style loads. */
  protected _nav(_name: string): FakeClientObject | undefined {
    return undefined;
  }
  /** Binds the object to its model target at sync; throws ItemNotFound (or returns false for null objects). */
  protected _bind(): boolean {
    return true;
  }

  /** Binds the object at sync, recording whether it is a null object. Returns false for null objects. */
  _resolve(): boolean {
    const found = this._bind();
    if (!found && !this._nullable)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    this._nullState = !found;
    return found;
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this._nullState;
  }

  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as T;
  }

  /** Queues a property write; the local copy is readable at once (as in Office.js). */
  protected _set(name: string, value: unknown, apply: () => void): void {
    this._loaded.set(name, value);
    this.context.enqueue(
      `${this._typeName}.${name}`,
      () => {
        if (this._resolve()) apply();
      },
      value
    );
  }

  /** Queues a method call (applied at sync, in order). */
  protected _call(method: string, apply: () => void, payload?: unknown): void {
    this.context.enqueue(
      `${this._typeName}.${method}`,
      () => {
        if (this._resolve()) apply();
      },
      payload
    );
  }

  /** Queues an early existence check (getItem, getRange...): a missing item rejects the next sync. */
  protected _queueBind(location: string): void {
    this.context.enqueue(location, () => {
      this._resolve();
    });
  }

  load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this.context.enqueue(`${this._typeName}.load`, () => this._doLoad(paths));
    return this;
  }

  /** Performs a load at sync. */
  _doLoad(paths: string[] | undefined): void {
    if (!this._resolve()) return;
    const names = paths ?? [...this._scalarNames()];
    const byNav = new Map<string, string[] | undefined>();
    for (const p of names) {
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      const rest = slash < 0 ? undefined : p.slice(slash + 1);
      if (this._scalarNames().includes(head) && rest === undefined) {
        this._loaded.set(head, this._read(head));
        continue;
      }
      const nav = this._nav(head);
      if (!nav)
        throw invalidArgument(
          `${this._typeName}.load`,
          `Cannot find the property '${head}' on ${this._typeName}.`
        );
      const list = byNav.get(head);
      if (rest === undefined) byNav.set(head, undefined);
      else if (!byNav.has(head) || list) byNav.set(head, [...(list ?? []), rest]);
    }
    for (const [head, sub] of byNav) this._nav(head)?._doLoad(sub);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

export function parseLoadOption(option?: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const split = (v: string | string[]): string[] =>
    (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
  if (typeof option === "string" || Array.isArray(option)) return split(option);
  const out = option.select !== undefined ? split(option.select) : [];
  if (option.expand !== undefined) out.push(...split(option.expand));
  return out.length ? out : undefined;
}

/** OfficeExtension.ClientResult: `value` is readable after sync. */
export class FakeClientResult<T> {
  private _value: T | undefined;
  private _ready = false;

  get value(): T {
    if (!this._ready) throw valueNotLoaded();
    return this._value as T;
  }

  _resolve(value: T): void {
    this._value = value;
    this._ready = true;
  }
}

/** The engine behind a request context (every client object reaches the model through it). */
export function engineOf(ctx: FakeRequestContext): FakeExcelEngine {
  return ctx.engine;
}
