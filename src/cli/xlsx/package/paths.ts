/**
 * Part names and relationship targets. A target is either absolute from the package root ("/xl/worksheets/
 * sheet1.xml", which openpyxl writes) or relative to the folder of the part owning the relationship
 * ("worksheets/sheet1.xml", which Excel writes); both must resolve to the same zip entry.
 */

/** The folder of a part ("xl/workbook.xml" -> "xl"; a root part -> ""). */
export function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** The relationships part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels"). */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ""}_rels/${name}.rels`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The zip entry a relationship target of `source` points to (no leading "/", ".." resolved). */
export function resolveTarget(source: string, target: string): string {
  const raw = target.split("#")[0].replace(/\\/g, "/");
  const joined = raw.startsWith("/") ? raw.slice(1) : `${folderOf(source)}/${raw}`;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(decodeSegment(segment));
  }
  return out.join("/");
}

/** The target, relative to `source`'s folder, for a new relationship to `part`. */
export function relativeTarget(source: string, part: string): string {
  const folder = folderOf(source);
  return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
}
