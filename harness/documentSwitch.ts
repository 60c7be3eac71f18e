/**
 * Opening another workbook in the harness is opening a new document in Excel: the page (and with it the task pane,
 * its store and its chunks) starts again on the new workbook, so nothing of the previous workbook's score or
 * findings can survive. A bundled sample is named in the URL (?workbook=); a file the user picked is handed over in
 * sessionStorage (?file= names it) because a reload cannot carry the bytes.
 */

/** The bundled samples the chooser offers, in the order shown. */
export const SAMPLES: readonly { file: string; label: string }[] = [
  { file: "msp-sample.xlsx", label: "MSP sample (Managed Service Provider)" },
  { file: "ato-sample.xlsx", label: "ATO sample (AWS Partner Solutions)" },
  { file: "dcx-sample.xlsx", label: "DCX sample (Digital Customer Experience)" },
  { file: "ftr-sample.xlsx", label: "FTR sample (Foundational Technical Review)" },
  { file: "ecs-sample.xlsx", label: "ECS sample (Amazon ECS Service Delivery)" },
];

const STASH_KEY = "harness.openedFile";

/** What the page should open, read from its URL. */
export type Requested = { kind: "sample"; name: string } | { kind: "file"; name: string };

/** The URL that opens `requested`, keeping the page's other parameters (the theme). */
export function documentUrl(current: string, requested: Requested): string {
  const url = new URL(current);
  url.searchParams.delete("workbook");
  url.searchParams.delete("file");
  url.searchParams.set(requested.kind === "sample" ? "workbook" : "file", requested.name);
  return url.toString();
}

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let text = "";
  for (let i = 0; i < view.length; i += 0x8000)
    text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out.buffer;
}

/** Keeps a picked file for the next page load; throws a readable error when the browser has no room for it. */
export function stashFile(storage: Storage, name: string, bytes: ArrayBuffer): void {
  try {
    storage.setItem(STASH_KEY, JSON.stringify({ name, data: toBase64(bytes) }));
  } catch {
    throw new Error(
      `${name} is too large for the harness to reopen (${Math.round(bytes.byteLength / 1024)} KB); open a smaller workbook.`
    );
  }
}

/** The stashed file when it is the one named; it stays stashed so a reload of the page opens it again. */
export function stashedFile(storage: Storage, name: string): ArrayBuffer | undefined {
  const raw = storage.getItem(STASH_KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { name?: unknown; data?: unknown };
    if (parsed.name !== name || typeof parsed.data !== "string") return undefined;
    return fromBase64(parsed.data);
  } catch {
    return undefined;
  }
}

/** The name a Save downloads: the workbook's own name with "-edited" before the extension. */
export function savedName(workbookName: string): string {
  return `${workbookName.replace(/\.xlsx$/i, "")}-edited.xlsx`;
}
