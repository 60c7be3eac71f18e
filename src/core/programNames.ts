/**
 * Programme, checklist and section names as people read them. No imports: the task pane's initial scripts (the
 * live header) use these without pulling the catalog or zod in; `labels.ts` re-exports them with the other labels.
 */

/** What labels need of a checklist: its catalog fields. */
export interface ChecklistNames {
  id: string;
  program: string;
  title: string;
  version: string;
  published: string;
}

/**
 * The checklist's own programme name as people know it. Most catalog `program` fields are that name; the ECS
 * checklist belongs to the umbrella "AWS Service Delivery Program", so its name comes from its title
 * ("Amazon ECS Service Delivery Validation Checklist" -> "Amazon ECS Service Delivery").
 */
export function programName(checklist: ChecklistNames): string {
  if (/service delivery program/i.test(checklist.program)) {
    const fromTitle = checklist.title
      .replace(/\s*(?:Partner\s+)?Validation Checklist\s*$/i, "")
      .trim();
    if (fromTitle) return fromTitle;
  }
  return checklist.program;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "published October 2021" from "2021-10" or "2021-10-14"; the text as is when it is not such a date. */
export function publishedText(published: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(published);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : published;
}

/**
 * A checklist as a chooser lists it: programme name and when the checklist was published, never an internal
 * version code ("AWS Foundational Technical Review (October 2021)", not "(2021_q4_v1)").
 */
export function checklistLabel(checklist: ChecklistNames): string {
  return `${programName(checklist)} (${publishedText(checklist.published)})`;
}

/** The programme names of several checklists, for messages ("MSP, ATO…" becomes the names people know). */
export function programList(checklists: readonly ChecklistNames[]): string {
  const names = checklists.map(programName);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/**
 * A section as the checklist prints it: "1.0 Application Migration" where the checklist numbers its sections, the
 * title alone where the catalog's id is only a key ("prereq-1.0", "req-documentation", "P").
 */
export function sectionLabel(section: { id: string; title: string }): string {
  return /^\d+(?:\.\d+)*$/.test(section.id) ? `${section.id} ${section.title}` : section.title;
}
