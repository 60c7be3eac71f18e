import { CHECKLISTS } from "../../checklists";
import type { Checklist } from "../../checklists/schema";
import { applicability } from "../../core/applicability";
import { resolveScope } from "../../core/scope";
import type { DeliveryCategory } from "../../checklists/schema";
import { flagString, parseArgs, UsageError, type Command } from "../command";
import { checklistOrUsage } from "../checklistFlag";
import { checkCategory } from "../scopeFlags";

function controlsFor(checklist: Checklist, category: DeliveryCategory | undefined) {
  const scope = resolveScope(checklist.id, { deliveryCategory: category ?? null });
  if (!scope.ok) throw new UsageError(scope.errors.join("; "));
  // Only the category filters here: other scope questions keep their defaults, so no control is hidden by them.
  return applicability(checklist, scope.scope)
    .filter((s) => s.reasonKind !== "category")
    .map(({ control, section }) => ({
      id: control.id,
      part: section.part,
      section: section.id,
      sectionTitle: section.title,
      title: control.title,
      appliesTo: control.appliesTo,
      points: control.points,
      mandatory: control.mandatory,
      perCaseStudy: control.perCaseStudy?.rollup ?? null,
      conditions: control.conditions.map((c) => c.flag),
      segments: control.segments ?? null,
      automatedScan: control.automatedScan,
      rules: control.rules,
    }));
}

export const catalogCommand: Command = {
  name: "catalog",
  summary:
    "List the checklists, or one checklist's controls (only those applying to --category when given).",
  usage: "selfassess catalog [--checklist ID] [--category CATEGORY] [--json]",
  async run(args, io) {
    const parsed = parseArgs(args, ["json"], ["checklist", "category"]);
    if (parsed.positionals.length)
      throw new UsageError(`unexpected argument ${parsed.positionals[0]}`);
    const category = flagString(parsed, "category");
    checkCategory(category);
    const id = flagString(parsed, "checklist");
    const selected = id === undefined ? CHECKLISTS : [checklistOrUsage(id)];
    const listing = selected.map((checklist) => ({
      id: checklist.id,
      title: checklist.title,
      program: checklist.program,
      version: checklist.version,
      published: checklist.published,
      submission: checklist.submission,
      controls: controlsFor(checklist, category as DeliveryCategory | undefined),
    }));
    if (parsed.flags.has("json")) {
      io.stdout(`${JSON.stringify({ checklists: listing }, null, 2)}\n`);
      return 0;
    }
    if (id === undefined) {
      for (const c of listing) {
        io.stdout(
          `${c.id.padEnd(4)} ${c.title} (version ${c.version}): ${c.controls.length} controls${category ? ` for ${category}` : ""}\n`
        );
      }
      return 0;
    }
    const [c] = listing;
    io.stdout(`${c.title}, version ${c.version}${category ? `, controls for ${category}` : ""}\n`);
    let section = "";
    for (const control of c.controls) {
      const heading = `${control.part}/${control.section}`;
      if (heading !== section) {
        section = heading;
        io.stdout(
          `\n${control.section} ${control.sectionTitle}${control.part === "prerequisites" ? " (prerequisites)" : ""}\n`
        );
      }
      const points = control.points
        ? ` [${control.points.notMet}/+${control.points.met}]${control.mandatory ? " mandatory" : ""}`
        : "";
      io.stdout(`  ${control.id.padEnd(10)} ${control.title}${points}\n`);
    }
    io.stdout(`\n${c.controls.length} controls\n`);
    return 0;
  },
};
