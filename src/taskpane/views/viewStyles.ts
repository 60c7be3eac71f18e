/**
 * The look every view shares: a root that stacks its blocks in one column spaced by the gap, and a wrapping line of
 * buttons, badges or fields. Views add only what is theirs with their own makeStyles.
 */
import { makeResetStyles, makeStyles, tokens } from "@fluentui/react-components";

const useRootClassName = makeResetStyles({
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalM,
  // The column gap spaces the blocks: paragraphs and headings keep no margins of their own.
  "& p, & h2, & h3, & h4": { marginTop: 0, marginBottom: 0 },
  // A native select is as wide as its longest option and a field as wide as its content: in a 320 px pane both
  // shrink to the column instead (the checklist select overflowed by 128 px), and long words wrap.
  minWidth: 0,
  overflowWrap: "anywhere",
  "& .fui-Field, & .fui-Select, & .fui-Input, & .fui-Textarea": { minWidth: 0, maxWidth: "100%" },
  "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
});

const useShared = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export function useViewStyles(): { root: string; line: string } {
  return { root: useRootClassName(), line: useShared().line };
}
