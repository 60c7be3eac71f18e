/**
 * The workbook's version and validity, as the pipeline reports them (issue 11, item 6): a lapsed validity, a
 * release other than the one the tool's rules are for, and the one summary of controls added or dropped. The Start
 * view shows each in full; the live header shows one short badge.
 */
import * as React from "react";
import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/model";

/** The findings about the workbook's release, by rule, in the order they are shown (core/workbook/version.ts, enrich.ts). */
export const VERSION_RULES = [
  "version.lapsed",
  "version.differs",
  "workbook.version-difference",
] as const;
type VersionRule = (typeof VERSION_RULES)[number];

const TITLES: Record<VersionRule, string> = {
  "version.lapsed": "This version of the checklist has lapsed",
  "version.differs": "Another version than the one this tool knows",
  "workbook.version-difference": "Controls differ from the known version",
};

export function versionFindings(findings: readonly Finding[]): Finding[] {
  const order = (f: Finding) => VERSION_RULES.indexOf(f.rule as VersionRule);
  return findings.filter((f) => order(f) >= 0).sort((a, b) => order(a) - order(b));
}

/** The message without its leading "'Sheet'!A1: " (the place is shown apart). */
function body(finding: Finding): string {
  return finding.message.replace(/^'[^']*(?:''[^']*)*'![A-Z]+\d+:\s*/, "");
}

function where(finding: Finding): string {
  return finding.sheet && finding.cell ? ` (${finding.sheet}, cell ${finding.cell})` : "";
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** One message bar per version finding; nothing when the workbook is the known, current version. */
export function VersionNotice({
  findings,
  className,
}: {
  findings: readonly Finding[];
  className?: string;
}): React.JSX.Element | null {
  const styles = useStyles();
  const shown = versionFindings(findings);
  if (!shown.length) return null;
  return (
    <div className={mergeClasses(styles.root, className)} aria-label="Checklist version">
      {shown.map((f, i) => (
        <MessageBar
          key={`${f.rule}-${i}`}
          intent={f.severity === "info" ? "info" : "warning"}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>{TITLES[f.rule as VersionRule]}</MessageBarTitle>
            {body(f)}
            {where(f)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

/** The live header's short form: the most pressing version finding as a badge, its message as the tooltip. */
export function VersionBadge({
  findings,
}: {
  findings: readonly Finding[];
}): React.JSX.Element | null {
  const first = versionFindings(findings)[0];
  if (!first) return null;
  const label =
    first.rule === "version.lapsed"
      ? first.severity === "info"
        ? "Version in grace period"
        : "Version lapsed"
      : "Other version";
  return (
    <Badge
      appearance="tint"
      color={first.severity === "info" ? "informative" : "warning"}
      title={body(first)}
      aria-label={`${label}: ${body(first)}`}
    >
      {label}
    </Badge>
  );
}
