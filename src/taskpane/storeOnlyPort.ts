/**
 * Until `createAssessmentPort` is exported by src/excel, the pane still shows the live assessment read from the
 * shared store; every operation that would change the workbook rejects with a message saying so (shown in the
 * shell's MessageBar), never silently.
 */
import type { AssessmentStore } from "../excel/assessmentStore";
import type { AssessmentPort } from "../excel/port";

export function storeOnlyPort(store: AssessmentStore): AssessmentPort {
  const unavailable = (what: string) => (): Promise<never> =>
    Promise.reject(new Error(`${what} is not available yet: this build has no workbook writer.`));
  return {
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    refresh: () => store.refresh(),
    createAssessment: unavailable("Creating an assessment"),
    saveScope: unavailable("Saving the scope"),
    saveMapping: unavailable("Saving the column roles"),
    writeAnswers: unavailable("Writing answers"),
    undoLastWrite: unavailable("Undo"),
    selectControl: unavailable("Selecting a row"),
    goToCell: unavailable("Going to a cell"),
    onControlSelected: () => () => undefined,
    readReview: unavailable("Reading the review"),
    saveReview: unavailable("Saving the review"),
    finalize: unavailable("Finalizing"),
    unfinalize: unavailable("Unfinalizing"),
  };
}
