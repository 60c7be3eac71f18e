/** The engine's public surface: pure functions over the catalog. */
export * from "./model";
export * from "./answers";
export * from "./scope";
export * from "./labels";
export * from "./applicability";
export * from "./rollup";
export * from "./scoring";
export * from "./assess";
export type { ControlRule, RuleContext } from "./rules/types";
export * from "./answersFile";
export * from "./scorePlan";
