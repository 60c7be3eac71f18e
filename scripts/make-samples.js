#!/usr/bin/env node
/**
 * Generates the bundled sample workbooks, one per programme: samples/{msp,ato,dcx,ftr,ecs}-sample.xlsx.
 *
 * Each sample is the workbook `selfassess new` creates (the same layout, src/core/workbook/layout.ts, and the same
 * ExcelJS writer, src/cli/xlsx/writeWorkbook.ts, compiled into dist-cli/), half filled in the way a partner in the
 * middle of an assessment leaves it: about half the controls answered Yes with a response, evidence links and
 * as-of dates, some No with the reason, a few N/A where the checklist allows it, the rest blank, and two mistakes a
 * newcomer learns to fix: a placeholder link ("TBD") and an evidence date older than the checklist accepts.
 * The choices depend only on the control (a hash of its key) and the fixed dates below, so every run writes the
 * same cells.
 * Usage: node scripts/make-samples.js [outDir]   (builds dist-cli first when it is missing)
 */
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist-cli");
/** The day the samples were "created", their planned submission, and the workbook's timestamps. */
const CREATED = "2025-10-01";
const PLANNED = "2025-12-15";
const NOW = new Date(Date.UTC(2025, 9, 1, 9, 0, 0));
const PROGRAMMES = ["msp", "ato", "dcx", "ftr", "ecs"];
/** Scope answers a typical partner of each programme gives (the rest are the checklist's defaults). */
const SCOPES = {
  msp: { reseller: true, renewal: false, caseStudyCount: 3 },
  ato: { deliveryCategory: "multi-tenant-saas" },
  dcx: { deliveryCategory: "multi-tenant-saas", dcxSegment: "digital-commerce" },
  ftr: { saas: true, phi: false },
  ecs: { wellArchitectedReview: false },
};

function compiled() {
  const layoutJs = path.join(DIST, "core", "workbook", "layout.js");
  if (!fs.existsSync(layoutJs)) {
    const r = spawnSync(process.execPath, [path.join(__dirname, "build-cli.js")], {
      stdio: "inherit",
      cwd: ROOT,
    });
    if (r.status !== 0) throw new Error("npm run build:cli failed; the samples need dist-cli/");
  }
  return {
    CATALOG: require(path.join(DIST, "checklists")).CATALOG,
    Scope: require(path.join(DIST, "core", "model")).Scope,
    layout: require(layoutJs),
    writeWorkbook: require(path.join(DIST, "cli", "xlsx", "writeWorkbook")).writeWorkbook,
  };
}

/** FNV-1a 32-bit of a string, in [0, 100): the control's fixed "die roll". */
function roll(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

/** An ISO date `days` before CREATED (evidence is dated before the workbook was filled in). */
function daysBefore(days) {
  const [y, m, d] = CREATED.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/** What a partner would type as Partner Response for a control answered Yes. */
function responseFor(control) {
  const label = control.responseLabel || "";
  if (/RPO and RTO/i.test(label)) return "RPO 1 hour, RTO 4 hours";
  if (/^RPO$/i.test(label)) return "1 hour";
  if (/^RTO$/i.test(label)) return "4 hours";
  if (/date/i.test(label)) return daysBefore(120);
  if (/number of customers/i.test(label)) return "12";
  if (/delivery category/i.test(label)) return "Digital Commerce; Multi-tenant SaaS";
  return `${control.title}: see the linked evidence; owner named in the document.`;
}

/** How many links and dates a control asks for (a min-count rule asks for several). */
function evidenceCount(control) {
  const count = (control.rules || []).find((r) => r.kind === "min-count");
  return count ? count.count : 1;
}

function linkFor(programme, control, i) {
  const host = control.publicEvidence
    ? "https://www.anycompany.com/customers"
    : `https://docs.anycompany.com/aws-${programme}/evidence`;
  return `${host}/${slug(control.id)}-${slug(control.title)}${i > 0 ? `-${i + 1}` : ""}`;
}

/**
 * The answer the sample holds for one control, or null to leave it blank. `lines` is the number of customer
 * references answering it: their shared Evidence links / dates cells hold one line per reference, in order.
 */
function plan(programme, control, state, lines) {
  const r = roll(`${programme}/${control.key}`);
  if (r < 52) {
    const n = Math.max(evidenceCount(control), lines);
    const links = [];
    const dates = [];
    for (let i = 0; i < n; i++) {
      links.push(linkFor(programme, control, i));
      dates.push(daysBefore(40 + 45 * i + (r % 20)));
    }
    if (!state.placeholder) {
      // Mistake 1: the link is still the placeholder the partner meant to replace.
      state.placeholder = control.id;
      links[0] = "TBD";
    } else if (!state.aged && (control.rules || []).some((x) => x.kind === "max-age")) {
      // Mistake 2: an evidence date older than the checklist accepts.
      state.aged = control.id;
      dates[0] = "2022-03-15";
    }
    return { met: "Yes", response: responseFor(control), links, dates };
  }
  if (r < 67) return { met: "No", response: "Not in place yet; planned for next quarter." };
  if (r < 72 && control.naAllowed)
    return { met: "N/A", response: "Does not apply to our delivery model." };
  return null;
}

/** Column index by header label in the sheet's first header row. */
function columns(sheet, HEADER) {
  const headers = sheet.rows.filter((r) => r.kind === "header");
  const at = (label) => {
    for (const h of headers) {
      const cell = h.cells.find((c) => c.value === label);
      if (cell) return cell.col;
    }
    return -1;
  };
  const refs = [];
  if (headers.length > 1) {
    const below = headers[1].cells.filter((c) => c.value === HEADER.met).map((c) => c.col);
    for (const col of below) refs.push({ met: col, response: col + 1 });
  } else refs.push({ met: at(HEADER.met), response: at(HEADER.response) });
  return { refs, links: at(HEADER.links), dates: at(HEADER.dates) };
}

function setCell(row, col, fields) {
  const cell = row.cells.find((c) => c.col === col);
  if (cell) Object.assign(cell, fields);
  else row.cells.push({ col, ...fields });
}

/** Fills the layout's input cells; returns what it did, for the tests and the log. */
function fill(programme, checklist, layout, HEADER) {
  const controls = new Map();
  for (const section of checklist.sections)
    for (const control of section.controls)
      controls.set(`${section.part}/${control.id}`, {
        ...control,
        key: `${section.part}/${control.id}`,
      });
  const state = { placeholder: null, aged: null, yes: 0, no: 0, na: 0, blank: 0 };
  for (const sheet of layout.sheets) {
    if (sheet.kind !== "checklist" && sheet.kind !== "customers") continue;
    const cols = columns(sheet, HEADER);
    for (const row of sheet.rows) {
      if (row.kind !== "control" || row.hidden) continue;
      const control = controls.get(row.control);
      if (!control) continue;
      const answer = plan(programme, control, state, cols.refs.length);
      if (!answer) {
        state.blank++;
        continue;
      }
      state[answer.met === "Yes" ? "yes" : answer.met === "No" ? "no" : "na"]++;
      for (const ref of cols.refs) {
        setCell(row, ref.met, { value: answer.met });
        setCell(row, ref.response, { value: answer.response });
      }
      if (answer.links) setCell(row, cols.links, { value: answer.links.join("\n") });
      if (answer.dates) {
        if (answer.dates.length === 1)
          setCell(row, cols.dates, { value: null, date: answer.dates[0] });
        else setCell(row, cols.dates, { value: answer.dates.join("\n") });
      }
    }
  }
  return state;
}

/** The same parts with a fixed date on every zip entry, so a rerun writes the same bytes (git sees no change). */
async function stableZip(bytes) {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(source.files)) {
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: NOW, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function makeSample(programme, outFile, lib = compiled()) {
  const checklist = lib.CATALOG[programme];
  const scope = lib.Scope.parse({
    checklist: programme,
    plannedSubmissionDate: PLANNED,
    ...SCOPES[programme],
  });
  const layout = lib.layout.buildLayout(checklist, scope, { today: CREATED });
  const summary = fill(programme, checklist, layout, lib.layout.HEADER);
  const bytes = await stableZip(await lib.writeWorkbook(layout, NOW));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return { file: outFile, ...summary };
}

async function main() {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(ROOT, "samples");
  const lib = compiled();
  for (const programme of PROGRAMMES) {
    const s = await makeSample(programme, path.join(outDir, `${programme}-sample.xlsx`), lib);
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), s.file)}: ${s.yes} Yes, ${s.no} No, ${s.na} N/A, ${s.blank} blank; ` +
        `placeholder link on ${s.placeholder}, aged date on ${s.aged}\n`
    );
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(1);
  });
}

module.exports = { makeSample, PROGRAMMES, CREATED, PLANNED };
