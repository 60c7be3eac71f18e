/**
 * The portfolio's column headers (`selfassess report DIR --out portfolio.xlsx`). No imports: recognition reads them
 * to tell a portfolio (a row per workbook) from a checklist, without pulling the portfolio's builders in.
 */
export const PORTFOLIO_HEADERS = {
  attention: "Needs attention",
  partner: "Partner",
  programme: "Programme",
  version: "Checklist version",
  versionCheck: "Version check",
  validity: "Validity",
  score: "Score",
  max: "Max",
  pass: "Pass",
  met: "Met",
  asked: "Asked",
  open: "Open items",
  errors: "Errors",
  warnings: "Warnings",
  ready: "Ready to submit",
  approval: "Approval",
  approvedOn: "Approved on",
  finalized: "Last finalized",
  file: "File",
} as const;

/**
 * The headers only a portfolio row has together: a checklist has a Met? column and may name its programme, but
 * never a row holding a workbook's programme, checklist version and file name side by side.
 */
export const PORTFOLIO_SIGNATURE: readonly string[] = [
  PORTFOLIO_HEADERS.programme,
  PORTFOLIO_HEADERS.version,
  PORTFOLIO_HEADERS.file,
  PORTFOLIO_HEADERS.attention,
];
