/**
 * Reading an evidence link as a partner typed or pasted it, and classifying it the way an AWS reviewer will
 * experience it: can it be opened at all, and can it be opened without a sign-in. Never throws.
 *
 * Classification, in order (the first that applies wins, so one link gets at most one error):
 *   placeholder   "TBD", "N/A", "link", "https://", "your-link-here", lorem ipsum, example.com/.org/.net  (error)
 *   malformed     no scheme ("www.foo.com"), spaces, unparseable                                          (error)
 *   scheme        anything other than http/https: javascript:, data:, file:, ftp:, mailto:, ...             (error)
 *   private-host  localhost, loopback, RFC 1918, link-local, .local/.internal/.corp, single-label hosts    (error)
 *   ok            with two flags a rule may report: `insecure` (http, "use https") and `login` (the service
 *                 name when the host usually requires a sign-in: SharePoint, OneDrive, Google Drive, ...)
 */
import { MET_SPELLINGS, metKey } from "../vocabulary/met";

export type LinkErrorKind = "placeholder" | "malformed" | "scheme" | "private-host";

export interface LinkOk {
  ok: true;
  kind: "ok";
  /** The value as given. */
  input: string;
  /** The value after trimming wrappers (<>, quotes) and trailing punctuation. */
  text: string;
  /** WHATWG-serialised URL. */
  href: string;
  scheme: "http" | "https";
  /** Lower-case host name (punycode for international names, brackets for IPv6). */
  host: string;
  /** http: the link works but should use https. */
  insecure: boolean;
  /** Name of the sign-in service the host belongs to ("SharePoint", "Google Drive"), or null. */
  login: string | null;
  /** Key for duplicate detection: lower-case host, path without trailing slash, query; no scheme or fragment. */
  normalized: string;
}

export interface LinkError {
  ok: false;
  kind: LinkErrorKind;
  input: string;
  text: string;
  /** The scheme, when one could be read ("javascript", "ftp"); null otherwise. */
  scheme: string | null;
  host: string | null;
  /** What is wrong, in plain English, quoting the value. */
  message: string;
  /** How to fix it. */
  hint: string;
}

export type ParsedLink = LinkOk | LinkError;

// ---------------------------------------------------------------------------------------------------------
// Cleaning and splitting

const WRAPPERS: [string, string][] = [
  ["<", ">"],
  ['"', '"'],
  ["'", "'"],
  ["\u201c", "\u201d"],
  ["\u2018", "\u2019"],
  ["`", "`"],
  ["(", ")"],
  ["[", "]"],
];

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Trim whitespace, surrounding <>/quotes/brackets, and trailing sentence punctuation. */
export function cleanLinkText(input: string): string {
  let text = input.replace(/[\u00a0\u200b\u2000-\u200a\u202f\u3000\ufeff]/g, " ").trim();
  for (let guard = 0; guard < 10; guard++) {
    const before = text;
    // Markdown link [label](url) -> url
    const md = /^\[[^\]]*\]\(([^()\s]+)\)$/.exec(text);
    if (md) text = md[1];
    for (const [open, close] of WRAPPERS) {
      if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) {
        text = text.slice(open.length, text.length - close.length).trim();
      }
    }
    // Leading quote/bracket without a partner, e.g. <https://a.com
    text = text.replace(/^[<"'\u201c\u2018`]+/, "");
    // Trailing punctuation; a ")" or "]" stays when balanced inside the URL (Wikipedia-style paths).
    text = text.replace(/[.,;:!?>"'\u201d\u2019`]+$/, "");
    while (
      (text.endsWith(")") && count(text, ")") > count(text, "(")) ||
      (text.endsWith("]") && count(text, "]") > count(text, "["))
    ) {
      text = text.slice(0, -1);
    }
    text = text.trim();
    if (text === before) break;
  }
  return text;
}

/** Splitting a links cell into its links is the multi-value splitter's job (one set of rules for every reader). */
export { splitLinks } from "../vocabulary/multiValue";

// ---------------------------------------------------------------------------------------------------------
// Classification data

const PLACEHOLDER_WORDS = new Set([
  "tbd",
  "tba",
  "tbc",
  "todo",
  "to do",
  // "N/A" in every spelling a Met? cell accepts
  ...MET_SPELLINGS.na.map(metKey),
  "none",
  "nil",
  "null",
  "undefined",
  "-",
  "--",
  "?",
  "...",
  "x",
  "xx",
  "xxx",
  "link",
  "links",
  "url",
  "urls",
  "here",
  "link here",
  "url here",
  "insert link",
  "insert link here",
  "insert url",
  "add link",
  "paste link here",
  "your link",
  "your link here",
  "your-link-here",
  "your_link_here",
  "yourlinkhere",
  "coming soon",
  "pending",
  "placeholder",
  "http",
  "https",
  "http:",
  "https:",
  "http://",
  "https://",
  "www",
  "www.",
]);

const PLACEHOLDER_HOSTS = ["example.com", "example.org", "example.net", "example.edu", "example"];
const PLACEHOLDER_HOST_WORDS =
  /(^|[.-])(your-?(link|url|site|domain|company|website)(-here)?|link-?here|url-?here|lorem|ipsum|placeholder|tbd|todo)([.-]|$)/;

const PRIVATE_SUFFIXES = [
  "localhost",
  "local",
  "internal",
  "corp",
  "lan",
  "intranet",
  "localdomain",
  "home.arpa",
  "home",
  "test",
  "invalid",
];

interface LoginHost {
  service: string;
  /** Host names; a host matches when equal to one or a subdomain of one. */
  domains: string[];
}

/** Hosts that usually need a sign-in (or an explicit share) before a reviewer outside the company can read. */
export const LOGIN_HOSTS: readonly LoginHost[] = [
  { service: "SharePoint", domains: ["sharepoint.com", "sharepoint.us", "sharepoint-df.com"] },
  { service: "OneDrive", domains: ["onedrive.live.com", "1drv.ms", "onedrive.com"] },
  { service: "Microsoft Teams", domains: ["teams.microsoft.com", "teams.live.com"] },
  { service: "Google Drive", domains: ["drive.google.com"] },
  { service: "Google Docs", domains: ["docs.google.com"] },
  { service: "Box", domains: ["box.com", "app.box.com"] },
  { service: "Dropbox", domains: ["dropbox.com", "db.tt"] },
  { service: "Confluence", domains: ["atlassian.net"] },
  { service: "Notion", domains: ["notion.so"] },
  { service: "Quip", domains: ["quip.com", "quip-amazon.com"] },
];

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function loginService(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (const entry of LOGIN_HOSTS) {
    if (entry.domains.some((d) => hostMatches(h, d))) return entry.service;
  }
  return null;
}

function ipv4Octets(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** Why a host cannot be reached from outside the partner's network, or null when it can (as far as we know). */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") return "it has no host name";
  const v4 = ipv4Octets(host);
  if (v4) {
    const [a, b] = v4;
    if (a === 127) return "it is this computer's own loopback address";
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
      return "it is a private network address";
    }
    if (a === 169 && b === 254) return "it is a link-local address";
    if (a === 0) return "it is not a routable address";
    if (a === 100 && b >= 64 && b <= 127) return "it is a carrier-internal address";
    return null;
  }
  if (host.startsWith("[")) {
    const v6 = host.slice(1, -1);
    if (v6 === "::1" || v6 === "::") return "it is this computer's own loopback address";
    if (/^f[cd][0-9a-f]{0,2}:/.test(v6)) return "it is a private network address";
    if (/^fe[89ab][0-9a-f]?:/.test(v6)) return "it is a link-local address";
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
    if (mapped) return privateHostReason(mapped[1]);
    const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
    if (mappedHex) {
      const hi = parseInt(mappedHex[1], 16);
      const lo = parseInt(mappedHex[2], 16);
      return privateHostReason(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return null;
  }
  if (!host.includes(".")) {
    return host === "localhost"
      ? "it is this computer (localhost)"
      : "it is a single-word host name that only resolves inside a company network";
  }
  for (const suffix of PRIVATE_SUFFIXES) {
    if (hostMatches(host, suffix)) {
      return suffix === "localhost"
        ? "it is this computer (localhost)"
        : `".${suffix}" host names only resolve inside a private network`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------

function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;
}

function error(
  input: string,
  text: string,
  kind: LinkErrorKind,
  message: string,
  hint: string,
  scheme: string | null = null,
  host: string | null = null
): LinkError {
  return { ok: false, kind, input, text, scheme, host, message, hint };
}

const HTTPS_HINT = "Paste the full address, starting with https://.";

function isPlaceholderText(text: string): boolean {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (PLACEHOLDER_WORDS.has(t)) return true;
  if (/^(https?:\/\/)?(www\.)?$/.test(t)) return true;
  if (!/^[a-z][a-z0-9+.-]*:/.test(t) && /lorem|ipsum/.test(t)) return true;
  if (/^[\s.\-_x?*#]+$/.test(t)) return true;
  if (/^(tbd|tba|todo|to be (provided|added|confirmed|determined|shared))\b/.test(t)) return true;
  if (/^(insert|add|paste|enter|put) (the |a |your )?(link|url|address)\b/.test(t)) return true;
  if (/^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/.test(t)) return true; // <link>, [URL], {link}
  return false;
}

function parseUnsafe(input: string): ParsedLink {
  const text = cleanLinkText(input);
  if (text === "") {
    return error(input, text, "malformed", "The link is empty.", HTTPS_HINT);
  }
  const shown = quote(text);
  if (isPlaceholderText(text)) {
    return error(
      input,
      text,
      "placeholder",
      `${shown} is a placeholder, not a link.`,
      "Replace it with the address of the evidence, starting with https://."
    );
  }
  if (/\s/.test(text)) {
    return error(
      input,
      text,
      "malformed",
      `${shown} contains spaces, so it is not a single link.`,
      "Put only the address in the cell (one per line for several links); if the address itself has spaces, copy it from the browser's address bar, which encodes them."
    );
  }
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  // "www.foo.com:8080/x" and "localhost:3000" look like a scheme to a URL parser; they are missing one.
  const looksLikeHostPort =
    schemeMatch !== null &&
    (/\./.test(schemeMatch[1]) || /^[a-z][a-z0-9+.-]*:\d+(\/|$)/i.test(text));
  if (!schemeMatch || looksLikeHostPort) {
    const guess = /^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)+(\/|:|$))/i.test(text)
      ? ` Write it as https://${text}.`
      : "";
    return error(
      input,
      text,
      "malformed",
      `${shown} is not a complete link: it has no https:// in front.`,
      `${HTTPS_HINT}${guess}`
    );
  }
  const scheme = schemeMatch[1].toLowerCase();
  if (scheme !== "http" && scheme !== "https") {
    const what: Record<string, string> = {
      javascript: "a script, not a web page",
      vbscript: "a script, not a web page",
      data: "embedded data, not a web page",
      file: "a file on one computer, which nobody else can open",
      ftp: "an FTP address, which browsers no longer open",
      mailto: "an e-mail address, not a web page",
      tel: "a phone number, not a web page",
    };
    return error(
      input,
      text,
      "scheme",
      `${shown} is ${what[scheme] ?? `a "${scheme}:" link, not a web page`}.`,
      "Give a web address starting with https:// that a reviewer can open in a browser.",
      scheme
    );
  }
  if (!/^https?:\/\/[^/\\]/i.test(text)) {
    return error(
      input,
      text,
      "malformed",
      `${shown} is not a complete link: it should start with ${scheme}:// followed by the site name.`,
      HTTPS_HINT,
      scheme
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return error(
      input,
      text,
      "malformed",
      `${shown} is not a valid web address.`,
      "Copy the address from the browser's address bar and paste it here.",
      scheme
    );
  }
  const host = url.hostname.toLowerCase();
  const validHost =
    /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?$/.test(host) ||
    /^\[[0-9a-f:.]+\]$/.test(host);
  if (!validHost) {
    return error(
      input,
      text,
      "malformed",
      `${shown} has no valid site name.`,
      HTTPS_HINT,
      scheme,
      host
    );
  }
  const bare = host.replace(/\.$/, "");
  if (PLACEHOLDER_HOSTS.some((d) => hostMatches(bare, d)) || PLACEHOLDER_HOST_WORDS.test(bare)) {
    return error(
      input,
      text,
      "placeholder",
      `${shown} points to ${bare}, a placeholder address.`,
      "Replace it with the real address of the evidence.",
      scheme,
      bare
    );
  }
  const privateReason = privateHostReason(bare);
  if (privateReason) {
    return error(
      input,
      text,
      "private-host",
      `${shown} cannot be opened by an AWS reviewer: ${privateReason}.`,
      "Publish the evidence where the reviewer can reach it, or attach it to the submission, and link to that.",
      scheme,
      bare
    );
  }
  const path = url.pathname.replace(/\/+$/, "");
  return {
    ok: true,
    kind: "ok",
    input,
    text,
    href: url.href,
    scheme: scheme as "http" | "https",
    host: bare,
    insecure: scheme === "http",
    login: loginService(bare),
    normalized: `${bare}${url.port ? `:${url.port}` : ""}${path}${url.search}`,
  };
}

/** Parse and classify one link. Never throws. */
export function parseLink(input: unknown): ParsedLink {
  let raw = "";
  try {
    raw =
      typeof input === "string"
        ? input
        : input === null || input === undefined
          ? ""
          : String(input);
    return parseUnsafe(raw);
  } catch {
    return error(raw, raw, "malformed", `${quote(raw)} is not a valid web address.`, HTTPS_HINT);
  }
}

/** Duplicate-detection key of a link (see LinkOk.normalized), or null when the link does not parse. */
export function normalizeLink(input: string): string | null {
  const parsed = parseLink(input);
  return parsed.ok ? parsed.normalized : null;
}
