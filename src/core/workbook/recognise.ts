/**
 * Recognising a self-assessment workbook from its cell values alone: which checklist it is, where each sheet's
 * header is, which column plays which role and which row holds each control. Headers are found by their labels
 * (never by column letter), controls by the catalog's IDs. Nothing here throws: what cannot be recognised becomes a
 * finding naming its sheet and cell, or (no checklist at all) a reason.
 */
import {
  Checklist,
  type ChecklistId,
  type Control,
  type ControlPart,
} from "../../checklists/schema";
import { controlKey } from "../answers";
import { PORTFOLIO_SIGNATURE } from "../exchange/portfolioHeaders";
import type { Finding } from "../model";
import { programList, programName } from "../programNames";
import { deriveWorkbook } from "./derive";
import { enrich, versionDiffFinding, type VersionDiff } from "./enrich";
import { a1, cellText, normLabel, type Grid, type GridSheet } from "./grid";
import {
  findHeader,
  idColumnByData,
  safeSheets,
  scanRows,
  type HeaderFound,
  type RowCandidate,
} from "./header";
import { idGroup, idKey, idShape, looksLikeId } from "./idShape";
import type { Mapping, SheetMapping } from "./mapping";
import { contradictedBy, OWN_SHEETS, persistedCell, readPersisted } from "./persist";
import { readWorkbookVersion, type WorkbookVersion } from "./version";

export { classifyLabel } from "./header";
export { idKey } from "./idShape";

/** A sheet without a header is reported only when it holds at least this many catalog IDs. */
const HEADERLESS_MIN_IDS = 3;

export interface Candidate {
  checklist: ChecklistId;
  /** Distinct catalog IDs of this checklist found in the workbook. */
  found: number;
  /** Distinct IDs the checklist has. */
  total: number;
  titleMatch: boolean;
  score: number;
}

export type RecogniseResult =
  | {
      ok: true;
      mapping: Mapping;
      findings: Finding[];
      candidates: Candidate[];
      /**
       * The checklist to assess: the catalog's (source "catalog", without prerequisites the workbook does not
       * carry), or the workbook's own controls enriched by the catalog ("enriched"), or on their own ("workbook").
       */
      checklist: Checklist;
      /** How the workbook's controls differ from the catalog's. */
      diff: VersionDiff;
      /** The title, version and validity the workbook prints. */
      version: WorkbookVersion;
    }
  | { ok: false; reason: string; candidates: Candidate[] };

export interface RecogniseOptions {
  /** Use this checklist instead of recognising one. */
  checklist?: ChecklistId;
}

interface SheetScan {
  sheet: GridSheet;
  header: HeaderFound | null;
  /** Rows with text in the ID column below the header (or, headerless, in the best ID column). */
  rows: RowCandidate[];
}

const TITLE_PATTERNS: Record<ChecklistId, RegExp> = {
  msp: /managed service provider|\bmsp\b/,
  ato: /authority to operate|\bato on aws\b|\bato\b/,
  dcx: /digital customer experience|\bdcx\b/,
  ftr: /foundational technical review|\bftr\b/,
  ecs: /amazon ecs|elastic container service|\becs delivery\b/,
};

/** Title text: sheet names and the first rows' cells that are not IDs. */
function titleText(sheets: GridSheet[]): string {
  const parts: string[] = [];
  for (const sheet of sheets) {
    parts.push(sheet.name);
    for (let r = 0; r < Math.min(8, sheet.rows.length); r++) {
      for (const value of sheet.rows[r].slice(0, 30)) {
        const text = cellText(value);
        if (text && text.length < 300 && !looksLikeId(idKey(text))) parts.push(text);
      }
    }
  }
  return parts.join(" \n ").toLowerCase();
}

interface CatalogIndex {
  checklist: Checklist;
  /** ID key -> parts holding a control with that ID, in catalog order. */
  ids: Map<string, ControlPart[]>;
  /** ID key -> the control's printed ID, per part. */
  printed: Map<string, string>;
  sectionIds: Set<string>;
  /** Control key -> control. */
  controls: Map<string, Control>;
}

function indexChecklist(checklist: Checklist): CatalogIndex {
  const ids = new Map<string, ControlPart[]>();
  const printed = new Map<string, string>();
  const sectionIds = new Set<string>();
  const controls = new Map<string, Control>();
  for (const section of checklist.sections) {
    sectionIds.add(idKey(section.id));
    for (const control of section.controls) {
      const key = idKey(control.id);
      const parts = ids.get(key) ?? [];
      if (!parts.includes(section.part)) parts.push(section.part);
      ids.set(key, parts);
      printed.set(`${section.part}/${key}`, control.id);
      controls.set(controlKey(section.part, control.id), control);
    }
  }
  return { checklist, ids, printed, sectionIds, controls };
}

function scoreCandidates(indexes: CatalogIndex[], scans: SheetScan[], title: string): Candidate[] {
  const found = new Set<string>();
  for (const scan of scans) for (const row of scan.rows) if (row.key) found.add(row.key);
  const idLike = [...found].filter(looksLikeId);
  const titled = indexes
    .map(({ checklist }) => checklist.id)
    .filter((id) => TITLE_PATTERNS[id].test(title));
  return indexes
    .map(({ checklist, ids }) => {
      const hits = [...found].filter((k) => ids.has(k)).length;
      const recall = ids.size ? hits / ids.size : 0;
      const precision = idLike.length ? hits / Math.max(idLike.length, hits) : 0;
      const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
      // A title naming several programmes (a list of workbooks, a cover letter) names none of them.
      const titleMatch = titled.length === 1 && titled[0] === checklist.id;
      return {
        checklist: checklist.id,
        found: hits,
        total: ids.size,
        titleMatch,
        score: Math.round(Math.min(1, f1 + (titleMatch ? 0.25 : 0)) * 1000) / 1000,
      };
    })
    .sort((a, b) => b.score - a.score || b.found - a.found);
}

function finding(
  checklist: ChecklistId,
  severity: Finding["severity"],
  rule: string,
  control: string,
  sheet: string,
  cell: string,
  message: string
): Finding {
  return { checklist, control, field: "id", severity, rule, message, sheet, cell };
}

/** The part a section row names (by section title or ID); null when none or when both parts match. */
function partFromText(index: CatalogIndex, text: string): ControlPart | null {
  const t = normLabel(text);
  if (!t) return null;
  const parts = new Set<ControlPart>();
  for (const section of index.checklist.sections) {
    const title = normLabel(section.title);
    const id = normLabel(section.id);
    if ((title && t.includes(title)) || (id && (t === id || t.startsWith(`${id} `))))
      parts.add(section.part);
  }
  if (parts.size === 1) return [...parts][0];
  if (parts.size === 0 && /prerequisite/.test(t)) return "prerequisites";
  return null;
}

/** The part most of a sheet's unambiguous IDs belong to. */
function majorityPart(index: CatalogIndex, rows: RowCandidate[]): ControlPart | null {
  const counts = new Map<ControlPart, number>();
  for (const row of rows) {
    const parts = index.ids.get(row.key);
    if (parts && parts.length === 1) counts.set(parts[0], (counts.get(parts[0]) ?? 0) + 1);
  }
  let best: ControlPart | null = null;
  for (const [part, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = part;
  return best;
}

/**
 * Which part an ID that several parts use (prerequisite 1.1 and requirement 1.1) belongs to on this row: the part
 * the last section row named, whether the control is answered per case study on a customer sheet, the sheet's
 * majority, and a part not yet taken; ties go to catalog order.
 */
function choosePart(
  index: CatalogIndex,
  parts: ControlPart[],
  key: string,
  at: {
    context: ControlPart | null;
    majority: ControlPart | null;
    caseSheet: boolean;
    taken: (controlKey: string) => boolean;
  }
): ControlPart {
  if (parts.length === 1) return parts[0];
  let best = parts[0];
  let bestScore = -Infinity;
  for (const part of parts) {
    const printed = index.printed.get(`${part}/${key}`) ?? key;
    const control = index.controls.get(controlKey(part, printed));
    let score = 0;
    if (at.context === part) score += 4;
    if (at.majority === part) score += 2;
    if (control && !!control.perCaseStudy === at.caseSheet) score += 3;
    if (at.taken(controlKey(part, printed))) score -= 10;
    if (score > bestScore) {
      best = part;
      bestScore = score;
    }
  }
  return best;
}

/** The programme a workbook names in its title text, when exactly one does. */
function programmeByTitle(catalog: readonly Checklist[], title: string): Checklist | null {
  const hits = catalog.filter((c) => TITLE_PATTERNS[c.id].test(title));
  return hits.length === 1 ? hits[0] : null;
}

/** The programme whose ID prefixes (ECS, SUP, CM...) the workbook's prefixed IDs share most. */
function programmeByPrefix(
  catalog: readonly Checklist[],
  keys: readonly string[]
): Checklist | null {
  const groups = new Set(keys.filter((k) => idShape(k) !== "dotted").map(idGroup));
  let best: Checklist | null = null;
  let bestCount = 0;
  for (const checklist of catalog) {
    const own = new Set(
      checklist.sections
        .flatMap((s) => s.controls.map((c) => idKey(c.id)))
        .filter((k) => idShape(k) !== "dotted")
        .map(idGroup)
    );
    const count = [...groups].filter((g) => own.has(g)).length;
    if (count > bestCount) {
      best = checklist;
      bestCount = count;
    }
  }
  return best;
}

/** The catalog checklist without its prerequisites: official workbooks do not carry them as rows. */
function withoutPrerequisites(checklist: Checklist): Checklist {
  if (!checklist.sections.some((s) => s.part === "prerequisites")) return checklist;
  return Checklist.parse({
    ...checklist,
    sections: checklist.sections.filter((s) => s.part !== "prerequisites"),
  });
}

/** Rows a portfolio's header can be on (the CLI writes it on the first). */
const PORTFOLIO_HEADER_ROWS = 5;

/**
 * The sheet and header row of a portfolio written by `selfassess report` (a row per workbook): its programme and
 * checklist version columns hold names and version numbers, which would otherwise pass for a checklist's title and
 * control IDs.
 */
function portfolioHeader(sheets: readonly GridSheet[]): { sheet: string; cell: string } | null {
  const signature = PORTFOLIO_SIGNATURE.map(normLabel);
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(PORTFOLIO_HEADER_ROWS, sheet.rows.length); r++) {
      const labels = new Set(sheet.rows[r].map((v) => normLabel(cellText(v))));
      if (signature.every((label) => labels.has(label)))
        return { sheet: sheet.name, cell: a1(r, 0) };
    }
  }
  return null;
}

/** Recognises the checklist and maps every sheet that holds its controls. */
export function recognise(
  grid: Grid,
  catalog: readonly Checklist[],
  options: RecogniseOptions = {}
): RecogniseResult {
  const sheets = safeSheets(grid);
  const portfolio = options.checklist ? null : portfolioHeader(sheets);
  if (portfolio)
    return {
      ok: false,
      reason: `this is a portfolio of assessments (a row per workbook, as \`selfassess report\` writes it; header at '${portfolio.sheet}'!${portfolio.cell}), not a checklist: open one of the workbooks it lists`,
      candidates: [],
    };
  const indexes = catalog.map(indexChecklist);
  const known = new Set<string>();
  for (const index of indexes) for (const key of index.ids.keys()) known.add(key);
  const isId = (key: string) => known.has(key) || looksLikeId(key);

  const scans: SheetScan[] = [];
  for (const sheet of sheets) {
    if (OWN_SHEETS.includes(sheet.name)) continue;
    const header = findHeader(sheet, isId);
    if (header) {
      scans.push({
        sheet,
        header,
        rows: scanRows(
          sheet,
          header.row + header.rows,
          header.columns.id,
          header.columns.requirement
        ),
      });
    } else {
      const col = idColumnByData(sheet, 0, (k) => known.has(k));
      const rows =
        col === null ? [] : scanRows(sheet, 0, col, null).filter((r) => known.has(r.key));
      scans.push({ sheet, header: null, rows });
    }
  }

  const version = readWorkbookVersion({ sheets });
  const title = `${titleText(sheets)} \n ${(version.title?.value ?? "").toLowerCase()}`;
  const candidates = scoreCandidates(indexes, scans, title);
  const saved = readPersisted({ sheets });
  // The SelfAssess sheet is trusted only while the content agrees with it (persist.ts contradictedBy).
  const contradiction = options.checklist ? null : contradictedBy(saved, candidates);
  const persisted = contradiction ? null : saved;
  const forced = options.checklist ?? persisted?.checklist;
  let chosen: CatalogIndex | undefined;
  if (forced) chosen = indexes.find((i) => i.checklist.id === forced);
  else {
    const best = candidates[0];
    if (best && best.found > 0 && (best.score >= 0.15 || best.titleMatch))
      chosen = indexes.find((i) => i.checklist.id === best.checklist);
  }
  const refuse = (): RecogniseResult => {
    const names = sheets.map((s) => `'${s.name}'`).join(", ") || "(no sheets)";
    const reason =
      forced && !chosen
        ? `the workbook names checklist "${forced}", which is not in the catalog`
        : `no recognisable checklist: found no control IDs of ${programList(catalog)} under a header on sheets ${names}`;
    return { ok: false, reason, candidates };
  };
  if (forced && !chosen) return refuse();

  const contradicted = (read: Checklist): Finding[] => {
    if (!contradiction || !saved) return [];
    const named = catalog.find((c) => c.id === saved.checklist);
    return [
      finding(
        read.id,
        "warning",
        "workbook.selfassess-contradicted",
        "",
        "SelfAssess",
        persistedCell({ sheets }, "checklist"),
        `The hidden SelfAssess sheet says this is the ${named?.title ?? saved.checklist.toUpperCase()}, but the sheets hold the control IDs of the ${read.title}, so the workbook is read as the ${read.title}. Its saved scope is not used.`
      ),
    ];
  };

  const headerless = (index: CatalogIndex | null, checklist: Checklist): Finding[] =>
    scans
      .filter((scan) => !scan.header)
      .flatMap((scan) => {
        const hits = index ? scan.rows.filter((r) => index.ids.has(r.key)) : [];
        if (hits.length < HEADERLESS_MIN_IDS) return [];
        const name = scan.sheet.name;
        return [
          finding(
            checklist.id,
            "error",
            "workbook.header-missing",
            "",
            name,
            "A1",
            `Sheet '${name}' holds ${hits.length} control IDs of the ${programName(checklist)} but no header row with ID and Met? (or Partner Response) columns, so its answers cannot be read.`
          ),
        ];
      });

  if (chosen) {
    const catalogPath = mapByCatalog(chosen, scans);
    if (catalogPath.unknown === 0) {
      const findings = [
        ...contradicted(chosen.checklist),
        ...headerless(chosen, chosen.checklist),
        ...catalogPath.findings,
      ];
      const sheetMappings = catalogPath.sheets;
      const hasPrerequisites = sheetMappings.some((m) =>
        Object.keys(m.controls).some((k) => k.startsWith("prerequisites/"))
      );
      const checklist = hasPrerequisites
        ? chosen.checklist
        : withoutPrerequisites(chosen.checklist);
      const removed: string[] = [];
      if (sheetMappings.length > 0) {
        for (const section of checklist.sections)
          for (const control of section.controls)
            if (!catalogPath.seen.has(controlKey(section.part, control.id)))
              removed.push(control.id);
      }
      const diff: VersionDiff = { added: [], removed, matched: catalogPath.seen.size };
      const summary = versionDiffFinding(diff, chosen.checklist, sheetMappings);
      if (summary) findings.push(summary);
      noSheetFinding(findings, sheetMappings, sheets, chosen.checklist);
      const best = candidates.find((c) => c.checklist === chosen.checklist.id);
      const mapping: Mapping = {
        version: 1,
        checklist: chosen.checklist.id,
        checklistVersion:
          persisted?.checklist === chosen.checklist.id ? persisted.checklistVersion : null,
        recognisedBy:
          persisted?.checklist === chosen.checklist.id && !options.checklist
            ? "selfassess-sheet"
            : "ids-and-title",
        confidence: best ? best.score : 0,
        sheets: sheetMappings,
      };
      return { ok: true, mapping, findings, candidates, checklist, diff, version };
    }
  }

  // The workbook has controls the catalog does not know (a later release, another format): the workbook's rows
  // are the checklist, enriched by the catalog where IDs match.
  const index = chosen ?? null;
  const derivedKeys = scans.flatMap((scan) => (scan.header ? scan.rows.map((r) => r.key) : []));
  const programme =
    index?.checklist ??
    programmeByTitle(catalog, title) ??
    programmeByPrefix(catalog, derivedKeys.filter(looksLikeId));
  if (!programme) return refuse();
  const programmeIndex = index ?? indexChecklist(programme);
  const derived = deriveWorkbook(sheets, {
    skipSheets: OWN_SHEETS,
    checklist: programme.id,
    partOf: (key, context, caseSheet) => {
      const parts = programmeIndex.ids.get(key);
      if (!parts) return null;
      return choosePart(programmeIndex, parts, key, {
        context,
        majority: null,
        caseSheet,
        taken: () => false,
      });
    },
  });
  const controlCount = derived.sections.reduce((n, s) => n + s.controls.length, 0);
  if (controlCount === 0) return refuse();
  const enriched = enrich(derived, { id: programme.id, catalog: programme }, version);
  const findings: Finding[] = [
    ...contradicted(programme),
    ...headerless(index, programme),
    ...derived.findings,
  ];
  const addedSet = new Set(enriched.diff.added);
  for (const section of derived.sections)
    for (const control of section.controls) {
      if (!addedSet.has(control.id) || enriched.diff.matched === 0) continue;
      findings.push(
        finding(
          programme.id,
          "warning",
          "workbook.unknown-id",
          control.id,
          control.sheet,
          control.cell,
          `'${control.sheet}'!${control.cell}: ${control.id} is not a control of ${programme.title} ${programme.version}; it is read from the workbook and checked with the generic rules (Met answered, evidence links and dates${control.perCaseStudy ? ", every customer reference" : ""}).`
        )
      );
    }
  const summary = versionDiffFinding(enriched.diff, programme, enriched.sheets);
  if (summary) findings.push(summary);
  const mapping: Mapping = {
    version: 1,
    checklist: programme.id,
    checklistVersion: persisted?.checklist === programme.id ? persisted.checklistVersion : null,
    recognisedBy: "workbook-rows",
    confidence: Math.round((enriched.diff.matched / Math.max(1, controlCount)) * 1000) / 1000,
    sheets: enriched.sheets,
  };
  return {
    ok: true,
    mapping,
    findings,
    candidates,
    checklist: enriched.checklist,
    diff: enriched.diff,
    version,
  };
}

function noSheetFinding(
  findings: Finding[],
  sheetMappings: readonly SheetMapping[],
  sheets: readonly GridSheet[],
  checklist: Checklist
): void {
  if (sheetMappings.length > 0 || findings.some((f) => f.rule === "workbook.header-missing"))
    return;
  const first = sheets[0]?.name ?? "Sheet1";
  findings.push(
    finding(
      checklist.id,
      "error",
      "workbook.header-missing",
      "",
      first,
      "A1",
      `No sheet has a header row with ID and Met? (or Partner Response) columns above control IDs of the ${programName(checklist)}.`
    )
  );
}

interface CatalogMapped {
  sheets: SheetMapping[];
  findings: Finding[];
  /** Control keys found, with where. */
  seen: Map<string, { sheet: string; cell: string; caseSheet: boolean }>;
  /** ID-shaped rows that are no control of the catalog checklist (a different release). */
  unknown: number;
}

/** Maps the sheets' rows by the catalog checklist's IDs (the five catalog releases, exactly as before). */
function mapByCatalog(index: CatalogIndex, scans: readonly SheetScan[]): CatalogMapped {
  const checklistId = index.checklist.id;
  const findings: Finding[] = [];
  const sheetMappings: SheetMapping[] = [];
  const seen = new Map<string, { sheet: string; cell: string; caseSheet: boolean }>();
  let unknown = 0;
  for (const scan of scans) {
    const { sheet, header } = scan;
    if (!header) continue;
    const controls: Record<string, number> = {};
    const sections: { row: number; text: string }[] = [];
    let context: ControlPart | null = /prereq/i.test(sheet.name) ? "prerequisites" : null;
    const caseSheet = header.columns.caseStudies.length > 0;
    const majority = majorityPart(index, scan.rows);
    for (const row of scan.rows) {
      const cell = a1(row.row, header.columns.id);
      const parts = index.ids.get(row.key);
      if (!parts) {
        if (row.requirementEmpty || index.sectionIds.has(row.key)) {
          sections.push({ row: row.row, text: row.raw });
          context = partFromText(index, row.raw) ?? context;
        } else if (looksLikeId(row.key)) {
          unknown++;
        }
        continue;
      }
      const part = choosePart(index, parts, row.key, {
        context,
        majority,
        caseSheet,
        taken: (k) => k in controls || seen.has(k),
      });
      const key = controlKey(part, index.printed.get(`${part}/${row.key}`) ?? row.key);
      const first = seen.get(key);
      if (first) {
        const control = index.controls.get(key);
        const overview = control?.perCaseStudy && first.caseSheet !== caseSheet;
        if (overview) {
          // A per-case-study control listed on an overview sheet and on a customer sheet: the customer sheet answers it.
          if (caseSheet) {
            const previous = sheetMappings.find((m) => m.sheet === first.sheet);
            if (previous) delete previous.controls[key];
            controls[key] = row.row;
            seen.set(key, { sheet: sheet.name, cell, caseSheet });
          }
          continue;
        }
        findings.push(
          finding(
            checklistId,
            "warning",
            "workbook.duplicate-id",
            row.raw,
            sheet.name,
            cell,
            `'${sheet.name}'!${cell}: control ${row.raw} appears again (first at '${first.sheet}'!${first.cell}); only the first row is read.`
          )
        );
        continue;
      }
      controls[key] = row.row;
      seen.set(key, { sheet: sheet.name, cell, caseSheet });
    }
    if (Object.keys(controls).length === 0) continue;
    sheetMappings.push({
      sheet: sheet.name,
      headerRow: header.row,
      headerRows: header.rows,
      columns: header.columns,
      controls,
      sections,
      ...(header.ambiguous.length ? { ambiguous: header.ambiguous } : {}),
    });
  }
  return { sheets: sheetMappings, findings, seen, unknown };
}
