/**
 * Custom functions, namespace MSP (declared in manifest.xml). Each function is a thin delegate declared with JSDoc;
 * custom-functions-metadata-plugin generates functions.json from these comments at build time and appends the
 * `CustomFunctions.associate` calls to the bundled copy of this file, so the source itself has no side effects and
 * jest imports it as plain functions.
 *
 * The live functions (all but VERSION, and SCORE given ranges) are streaming: each invocation subscribes to the
 * runtime's shared assessment store (src/excel/assessmentStore.ts), sets a result whenever the workbook's
 * assessment changes, and unsubscribes in `onCanceled`. The logic is in ./compute.ts.
 *
 * As a user types them:
 *   =MSP.SCORE()                    total of the mapped MSP assessment, out of MSP.MAX()
 *   =MSP.SCORE("4.0") / (4)         one section's total
 *   =MSP.SCORE(C5:C40, A5:A40)      pure: Met? cells + ID cells scored with the catalog's points (no scope waivers)
 *   =MSP.MAX() / MSP.MAX("4.0")     the maximum (1000) / a section's maximum
 *   =MSP.PASS()                     TRUE at 900 or more with no Mandatory Action Item failed
 *   =MSP.MANDATORY()                failed Mandatory Action Items' IDs, one per row (spills); one "" row when none
 *   =MSP.MET("1.1")                 "Yes", "No", "N/A" or "" (blank), rolled up over case studies
 *   =MSP.PROGRESS() / ("4.0")       answered / applicable, 0..1 (1 when nothing applies)
 *   =MSP.APPLIES("4.5")             TRUE when the control is asked for the workbook's scope
 *   =MSP.STATUS()                   "Ready", "Ready, 2 warnings" or e.g. "3 errors, 2 warnings, 12 unanswered"
 * MET, PROGRESS, APPLIES and STATUS work for every checklist; SCORE, MAX, PASS and MANDATORY need an MSP one.
 * IDs are text ("1.10" typed as a number would read 1.1); "prerequisites/1.1" picks a part when IDs repeat.
 */
import type { AssessmentSnapshot, AssessmentStore } from "../excel/assessmentStore";
import { lazy } from "../core/lazy";
import type { Computed, FunctionError, LiveView } from "./compute";

/**
 * The catalog, core and the store are one async chunk (./runtime.ts), loaded on the first call of a function that
 * needs them (VERSION does not): the page's initial scripts only register the functions.
 */
type Runtime = typeof import("./runtime");
const runtime = lazy(() => import("./runtime"));

/** The add-in's version; test/unit/functions.test.ts pins it to package.json's "version". */
export const ADDIN_VERSION = "0.1.0";

/**
 * Returns the version of the Self-Assessment Assistant add-in.
 * @customfunction VERSION
 * @returns The add-in version, e.g. "0.1.0".
 */
export function version(): string {
  return ADDIN_VERSION;
}

function toError(error: FunctionError): CustomFunctions.Error {
  const code =
    error.code === "notAvailable"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

function resultOf<T>(computed: Computed<T>): T | CustomFunctions.Error {
  return computed.ok ? computed.value : toError(computed);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `use` once the runtime chunk is there; a chunk that cannot load gives #N/A with the reason. */
function withRuntime<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  use: (rt: Runtime) => void
): void {
  runtime.get().then(use, (error: unknown) => {
    invocation.setResult(
      toError({
        ok: false,
        code: "notAvailable",
        message: `Could not load the add-in: ${messageOf(error)}`,
      })
    );
  });
}

/**
 * Streams `compute` over the shared store: one result per changed assessment (an unchanged result is not set
 * again), released when Excel cancels the invocation (the formula is deleted or its arguments change).
 */
function live<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (rt: Runtime, view: LiveView) => Computed<T>
): void {
  let cancelled = false;
  let unsubscribe: (() => void) | undefined;
  invocation.onCanceled = () => {
    cancelled = true;
    unsubscribe?.();
  };
  withRuntime(invocation, (rt) => {
    if (cancelled) return;
    let last: string | null = null;
    const push = (snapshot: AssessmentSnapshot): void => {
      if (snapshot.state === "loading") return; // Excel shows #BUSY! until the first read lands
      const computed = compute(rt, snapshot);
      const key = JSON.stringify(computed);
      if (key === last) return;
      last = key;
      invocation.setResult(resultOf(computed));
    };
    let store: AssessmentStore;
    try {
      store = rt.getAssessmentStore();
    } catch (error) {
      invocation.setResult(toError(rt.failure("notAvailable", messageOf(error))));
      return;
    }
    unsubscribe = store.subscribe(push);
    push(store.getSnapshot());
  });
}

/**
 * The MSP score: of the whole mapped assessment, of one section, or of explicit ranges.
 * With no argument or a section ("4.0" or 4) it follows the mapped workbook and updates as answers change. With two
 * ranges it scores those cells alone: each ID in id_range that is an MSP requirement scores its catalog points by the
 * Met? cell in the same position of met_range (Yes: add; No or blank: subtract; N/A where allowed: add).
 * @customfunction SCORE
 * @param [section_or_met_range] A section such as "4.0" or 4; or, with id_range, the Met? cells.
 * @param [id_range] The control ID cells, the same size as met_range.
 * @param invocation Streaming invocation.
 */
export function score(
  section_or_met_range: unknown[][],
  id_range: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  withRuntime(invocation, (rt) => {
    if (!rt.isOmitted(id_range)) {
      const msp = rt.getChecklist("msp");
      const computed = msp
        ? rt.scoreRanges(msp, section_or_met_range, id_range)
        : rt.failure("notAvailable", "The MSP checklist is not in the catalog");
      invocation.setResult(resultOf(computed));
      return;
    }
    const first = section_or_met_range;
    if (Array.isArray(first) && first.flat().length > 1) {
      invocation.setResult(
        toError(
          rt.failure(
            "invalidValue",
            'Give the ID range too: MSP.SCORE(met_range, id_range), or one section such as "4.0"'
          )
        )
      );
      return;
    }
    live(invocation, (r, view) => r.scoreOf(view, first));
  });
}

/**
 * The maximum MSP score (1000), or one section's maximum.
 * @customfunction MAX
 * @param [section] A section such as "4.0" or 4.
 * @param invocation Streaming invocation.
 */
export function max(
  section: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  live(invocation, (rt, view) => rt.maxOf(view, section));
}

/**
 * TRUE when the MSP assessment passes: 900 or more and no Mandatory Action Item failed.
 * @customfunction PASS
 * @param invocation Streaming invocation.
 */
export function pass(invocation: CustomFunctions.StreamingInvocation<boolean>): void {
  live(invocation, (rt, view) => rt.passOf(view));
}

/**
 * The IDs of the failed Mandatory Action Items, one per row (spills); a single empty row when none fails.
 * @customfunction MANDATORY
 * @param invocation Streaming invocation.
 */
export function mandatory(invocation: CustomFunctions.StreamingInvocation<string[][]>): void {
  live(invocation, (rt, view) => rt.mandatoryOf(view));
}

/**
 * A control's answer: "Yes", "No", "N/A" or "" (blank), rolled up over case studies.
 * @customfunction MET
 * @param id The control ID as printed, e.g. "1.1".
 * @param invocation Streaming invocation.
 */
export function met(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live(invocation, (rt, view) => rt.metOf(view, id));
}

/**
 * The share of applicable controls answered, 0 to 1, overall or for one section.
 * @customfunction PROGRESS
 * @param [section] A section such as "4.0" or 4.
 * @param invocation Streaming invocation.
 */
export function progress(
  section: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  live(invocation, (rt, view) => rt.progressOf(view, section));
}

/**
 * TRUE when the control is asked for the workbook's scope, FALSE when it is excluded or its points are granted.
 * @customfunction APPLIES
 * @param id The control ID as printed, e.g. "4.5".
 * @param invocation Streaming invocation.
 */
export function applies(
  id: unknown,
  invocation: CustomFunctions.StreamingInvocation<boolean>
): void {
  live(invocation, (rt, view) => rt.appliesOf(view, id));
}

/**
 * Where the assessment stands: "Ready", or the errors, warnings and unanswered controls in the way.
 * @customfunction STATUS
 * @param invocation Streaming invocation.
 */
export function status(invocation: CustomFunctions.StreamingInvocation<string>): void {
  live(invocation, (rt, view) => rt.statusOf(view));
}
