/** The assessment pipeline (evaluate.ts) and its steps. */
export * from "./evaluate";
export * from "./recognition";
export * from "./scope";
export * from "./placement";
export * from "./fingerprint";
export * from "./snapshot";
export * from "./loadedGrid";
export { readiness, type Readiness, type ReadinessInput } from "../readiness";
