/**
 * The checklist to assess for a workbook the catalog does not know exactly: the workbook's own controls (it is the
 * source of truth for which exist), each enriched by the catalog where its ID matches (applicability, scope
 * questions, points, date rules, evidence expectations). Controls only the workbook has get the generic rules;
 * controls only the catalog has are named once, in one version-difference summary.
 */
import {
  Checklist,
  type ChecklistId,
  type ChecklistInput,
  type Control,
  type ControlInput,
  type ControlPart,
  type Section,
  type SectionInput,
} from "../../checklists/schema";
import { controlKey } from "../answers";
import type { Finding } from "../model";
import { a1 } from "./grid";
import { idKey } from "./idShape";
import type { DerivedControl, DerivedWorkbook } from "./derive";
import { toControl } from "./derive";
import type { SheetMapping } from "./mapping";
import type { WorkbookVersion } from "./version";

export interface CatalogControl {
  part: ControlPart;
  section: Section;
  control: Control;
}

/** The catalog's controls by comparable ID, in catalog order (an ID may be printed in both parts). */
export function catalogIds(checklist: Checklist): Map<string, CatalogControl[]> {
  const map = new Map<string, CatalogControl[]>();
  for (const section of checklist.sections)
    for (const control of section.controls) {
      const key = idKey(control.id);
      const list = map.get(key) ?? [];
      list.push({ part: section.part, section, control });
      map.set(key, list);
    }
  return map;
}

export interface VersionDiff {
  /** Controls the workbook has and the catalog lacks, as printed. */
  added: string[];
  /** Controls the catalog has and the workbook lacks (prerequisites only when the workbook carries any). */
  removed: string[];
  /** Workbook controls the catalog enriched. */
  matched: number;
}

export interface Enriched {
  checklist: Checklist;
  /** The derived sheets with every control keyed as in `checklist`. */
  sheets: SheetMapping[];
  diff: VersionDiff;
}

/** Derived controls keyed as the catalog prints them, or as the workbook does. */
function lookup(
  ids: Map<string, CatalogControl[]>,
  derived: DerivedControl
): CatalogControl | null {
  const found = ids.get(idKey(derived.id));
  if (!found) return null;
  return found.find((c) => c.part === derived.part) ?? (found.length === 1 ? found[0] : null);
}

function uniqueId(taken: Set<string>, id: string): string {
  let out = id;
  for (let i = 2; taken.has(out); i++) out = `${id} (${i})`;
  taken.add(out);
  return out;
}

/**
 * The derived workbook enriched by a catalog checklist of the same programme (or, with none, on its own words).
 * `programme` supplies what a workbook does not print: submission, scope questions, case study count.
 */
export function enrich(
  derived: DerivedWorkbook,
  programme: { id: ChecklistId; catalog: Checklist | null },
  info: WorkbookVersion
): Enriched {
  const catalog = programme.catalog;
  const ids = catalog ? catalogIds(catalog) : new Map<string, CatalogControl[]>();
  const out = new Map<string, SectionInput & { controls: ControlInput[] }>();
  const sectionIds = new Set<string>();
  const rekey = new Map<string, string>();
  const used = new Set<string>();
  const added: string[] = [];
  let matched = 0;
  const scoredCatalog = !!catalog?.scoring;
  const allDerived = derived.sections.flatMap((s) => s.controls);
  const matchCount = allDerived.filter((c) => lookup(ids, c)).length;
  const scored = derived.hasPoints || (scoredCatalog && matchCount * 2 >= allDerived.length);

  const sectionFor = (
    part: ControlPart,
    from: Section | null,
    fallback: { id: string; title: string; kind: Section["kind"] }
  ) => {
    const id = from ? from.id : fallback.id;
    const key = `${part}/${from ? "catalog" : "workbook"}/${id}`;
    let section = out.get(key);
    if (!section) {
      section = {
        id: from ? id : uniqueId(sectionIds, id),
        title: from ? from.title : fallback.title,
        kind: from ? from.kind : fallback.kind,
        part,
        controls: [],
      };
      if (from) sectionIds.add(id);
      out.set(key, section);
    }
    return section;
  };

  for (const section of derived.sections) {
    // Where the catalog files most of this section's known controls: new controls among them go there too.
    const homes = new Map<Section, number>();
    for (const c of section.controls) {
      const cat = lookup(ids, c);
      if (cat && cat.part === section.part)
        homes.set(cat.section, (homes.get(cat.section) ?? 0) + 1);
    }
    const home = [...homes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    for (const c of section.controls) {
      const cat = lookup(ids, c);
      if (cat && !used.has(controlKey(cat.part, cat.control.id))) {
        matched++;
        used.add(controlKey(cat.part, cat.control.id));
        const control: ControlInput = {
          ...cat.control,
          // The workbook's own words on Mandatory/Recommended win over the catalog's reading of its points.
          mandatory: c.stated ? c.stated === "mandatory" : cat.control.mandatory,
          points:
            scored && cat.part === "requirements"
              ? (cat.control.points ?? c.points ?? { met: 0, notMet: 0 })
              : null,
        };
        sectionFor(cat.part, cat.section, section).controls.push(control);
        rekey.set(c.key, controlKey(cat.part, cat.control.id));
        continue;
      }
      added.push(c.id);
      const target = sectionFor(
        section.part,
        home && home.part === section.part ? home : null,
        section
      );
      target.controls.push(toControl(c, scored) as ControlInput);
      rekey.set(c.key, controlKey(section.part, c.id));
    }
  }

  const removed: string[] = [];
  if (catalog) {
    for (const section of catalog.sections) {
      if (section.part === "prerequisites" && !derived.hasPrerequisites) continue;
      for (const control of section.controls)
        if (!used.has(controlKey(section.part, control.id))) removed.push(control.id);
    }
  }

  const maxPoints = [...out.values()]
    .filter((s) => s.part === "requirements")
    .flatMap((s) => s.controls)
    .reduce((sum, c) => sum + (c.points?.met ?? 0), 0);
  const validity = info.validity?.value ?? null;
  const printedVersion =
    info.version?.value ??
    (validity?.from && catalog && added.length + removed.length > 0
      ? monthTitle(validity.from)
      : null);
  const input: ChecklistInput = {
    id: programme.id,
    source: matched > 0 ? "enriched" : "workbook",
    program: catalog?.program ?? info.title?.value ?? programme.id.toUpperCase(),
    title:
      catalog?.title ?? info.title?.value ?? `${programme.id.toUpperCase()} validation checklist`,
    version: printedVersion ?? catalog?.version ?? "as printed in the workbook",
    published: validity?.from ?? catalog?.published ?? "2000-01",
    validity: validity?.text ?? (printedVersion ? null : (catalog?.validity ?? null)),
    submission: catalog?.submission ?? {
      method: "partner-central",
      instructions:
        "Attach the completed self-assessment workbook to the application in AWS Partner Central.",
    },
    caseStudies: catalog?.caseStudies ?? null,
    scopeQuestions: catalog?.scopeQuestions ?? ["plannedSubmissionDate"],
    scoring: scored
      ? (catalog?.scoring ?? {
          max: Math.max(1, maxPoints),
          pass: Math.max(1, Math.ceil(maxPoints * 0.9)),
          mandatoryNotMet: -200,
        })
      : null,
    sections: [...out.values()].filter((s) => s.controls.length > 0),
    notes: catalog?.notes ?? [],
  };
  const checklist = Checklist.parse(input);
  const sheets = derived.sheets.map((m) => ({
    ...m,
    controls: Object.fromEntries(
      Object.entries(m.controls).map(([k, row]) => [rekey.get(k) ?? k, row])
    ),
  }));
  return { checklist, sheets, diff: { added, removed, matched } };
}

function monthTitle(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-US", {
    month: "long",
    timeZone: "UTC",
  });
  return `${name} ${y}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function list(ids: readonly string[], max = 8): string {
  return ids.length <= max
    ? ids.join(", ")
    : `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}

/**
 * The one finding that says how the workbook's controls differ from the catalog's: "this workbook: +2 controls,
 * -0 against the February 2025 catalog". Placed on the first mapped sheet's ID header. Null when they do not differ.
 */
export function versionDiffFinding(
  diff: VersionDiff,
  catalog: Checklist,
  sheets: readonly SheetMapping[]
): Finding | null {
  if (diff.added.length === 0 && diff.removed.length === 0) return null;
  const first = sheets[0];
  const place = first
    ? { sheet: first.sheet, cell: a1(first.headerRow, first.columns.id) }
    : { sheet: "", cell: "A1" };
  const parts = [
    `this workbook: +${diff.added.length} controls, -${diff.removed.length} against the ${catalog.version} catalog`,
  ];
  if (diff.matched === 0 && diff.added.length) {
    parts.push(
      `none of its controls is in the catalog, so all ${diff.added.length} are checked on the workbook's own words with the generic rules: Met answered, evidence links and dates, per-reference roll-up`
    );
  } else {
    if (diff.added.length)
      parts.push(
        `${plural(diff.added.length, "control")} not in the catalog (${list(diff.added)}) ${diff.added.length === 1 ? "is" : "are"} checked with the generic rules: Met answered, evidence links and dates, per-reference roll-up`
      );
    if (diff.removed.length)
      parts.push(
        `${plural(diff.removed.length, "catalog control")} ${diff.removed.length === 1 ? "is" : "are"} not in the workbook (${list(diff.removed)})${diff.added.length ? " and not asked" : ""}`
      );
  }
  // A workbook of the catalog's own release that lacks rows keeps the per-control rule name, so a view that
  // looks for a missing control still finds it; a different release is a version difference.
  const missingOnly = diff.added.length === 0;
  return {
    checklist: catalog.id,
    control:
      diff.added.length + diff.removed.length === 1 ? (diff.added[0] ?? diff.removed[0]) : "",
    field: "id",
    severity: "warning",
    rule: missingOnly ? "workbook.control-missing" : "workbook.version-difference",
    message: `'${place.sheet}'!${place.cell}: ${parts.join("; ")}.`,
    ...place,
  };
}
