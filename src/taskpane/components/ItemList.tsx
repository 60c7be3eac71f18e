/**
 * A titled list of items, the way the Findings, Compare and Carry-forward views show theirs: a heading with the
 * count, then a plain list named by its title (so `getByRole("list", { name })` finds it) whose items are a line of
 * words, an optional caption (cells, files), optional content of the caller's (a Checkbox) and a row of actions,
 * each item with an accent on its left edge (coloured by severity for findings). With no items it says `empty`,
 * or renders nothing when `empty` is not given.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    wordBreak: "break-word",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    alignSelf: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface Item {
  key: string;
  /** The item's words. */
  text?: React.ReactNode;
  /** A second, smaller line: cells, files, "No cell". */
  detail?: React.ReactNode;
  /** Anything else of the caller's, between the words and the actions (a Checkbox). */
  children?: React.ReactNode;
  /** Buttons, in a wrapping row. */
  actions?: React.ReactNode;
  /** Accent colour of the item's edge. */
  tone?: "error" | "warning" | "info";
}

export interface ItemListProps {
  /** Names the list (its accessible name) and, with the count, its heading. */
  title: string;
  items: readonly Item[];
  /** The heading's words when they are not "title (count)". */
  heading?: React.ReactNode;
  /** What to say when there are no items; without it an empty list renders nothing. */
  empty?: React.ReactNode;
  className?: string;
}

export function ItemList({
  title,
  items,
  heading,
  empty,
  className,
}: ItemListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (items.length === 0 && empty === undefined) return null;
  return (
    <>
      <Subtitle2 as="h2">{heading ?? `${title} (${items.length})`}</Subtitle2>
      {items.length === 0 ? (
        <Caption1>{empty}</Caption1>
      ) : (
        <ul className={mergeClasses(styles.list, className)} aria-label={title}>
          {items.map((item) => (
            <li
              key={item.key}
              className={mergeClasses(styles.item, item.tone && styles[item.tone])}
            >
              {item.text !== undefined && <Body1>{item.text}</Body1>}
              {item.detail !== undefined && <Caption1>{item.detail}</Caption1>}
              {item.children}
              {item.actions !== undefined && <div className={styles.actions}>{item.actions}</div>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
