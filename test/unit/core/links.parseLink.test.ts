import fc from "fast-check";
import {
  cleanLinkText,
  loginService,
  normalizeLink,
  parseLink,
  privateHostReason,
  splitLinks,
} from "../../../src/core/links/parseLink";

describe("parseLink: ok links", () => {
  it.each([
    ["https://partner.com/case-study", "https", "partner.com", false],
    ["  https://Partner.COM/Case  ", "https", "partner.com", false],
    ["<https://partner.com/a>", "https", "partner.com", false],
    ['"https://partner.com/a"', "https", "partner.com", false],
    ["\u201chttps://partner.com/a\u201d", "https", "partner.com", false],
    ["https://partner.com/a.", "https", "partner.com", false],
    ["https://partner.com/a),", "https", "partner.com", false],
    ["(https://partner.com/a)", "https", "partner.com", false],
    ["[case study](https://partner.com/a)", "https", "partner.com", false],
    ["http://partner.com/a", "http", "partner.com", true],
    ["https://aws.amazon.com/partners/", "https", "aws.amazon.com", false],
    ["https://münchen.de/x", "https", "xn--mnchen-3ya.de", false],
    ["https://8.8.8.8/report", "https", "8.8.8.8", false],
  ])("%s -> %s %s (insecure %s)", (input, scheme, host, insecure) => {
    const result = parseLink(input);
    expect(result).toMatchObject({ ok: true, kind: "ok", scheme, host, insecure, login: null });
  });

  it("keeps balanced parentheses that belong to the path", () => {
    const result = parseLink("https://en.wikipedia.org/wiki/Foo_(bar)");
    expect(result.ok && result.href).toBe("https://en.wikipedia.org/wiki/Foo_(bar)");
  });

  it("reports the input as given and the cleaned text", () => {
    expect(parseLink(" <https://a.com/x>. ")).toMatchObject({
      input: " <https://a.com/x>. ",
      text: "https://a.com/x",
    });
  });
});

describe("parseLink: errors", () => {
  it.each([
    // [input, kind, scheme]
    ["javascript:alert(1)", "scheme", "javascript"],
    ["JavaScript:void(0)", "scheme", "javascript"],
    ["data:text/html,<b>hi</b>", "scheme", "data"],
    ["file:///C:/evidence/report.pdf", "scheme", "file"],
    ["ftp://files.partner.com/report.pdf", "scheme", "ftp"],
    ["mailto:someone@partner.com", "scheme", "mailto"],
    ["s3://bucket/key", "scheme", "s3"],
    ["www.partner.com/case", "malformed", null],
    ["partner.com/case", "malformed", null],
    ["localhost:3000/x", "malformed", null],
    ["https://partner.com/my case study.pdf", "malformed", null],
    ["see https://partner.com", "malformed", null],
    ["https:/partner.com", "malformed", "https"],
    ["https:partner.com", "malformed", "https"],
    ["https://", "placeholder", null],
    ["http://", "placeholder", null],
    ["https://partner..com", "malformed", "https"],
    ["https://(partner).com", "malformed", "https"],
    ["just some text", "malformed", null],
    ["TBD", "placeholder", null],
    ["todo", "placeholder", null],
    ["N/A", "placeholder", null],
    ["link", "placeholder", null],
    ["URL", "placeholder", null],
    ["<link>", "placeholder", null],
    ["[insert link here]", "placeholder", null],
    ["your-link-here", "placeholder", null],
    ["Lorem ipsum dolor", "placeholder", null],
    ["-", "placeholder", null],
    ["https://example.com/case-study", "placeholder", "https"],
    ["https://www.example.org", "placeholder", "https"],
    ["http://docs.example.net/x", "placeholder", "http"],
    ["https://your-link-here.com", "placeholder", "https"],
    ["https://lorem.ipsum.com/x", "placeholder", "https"],
    ["https://lorem-co.com/x", "placeholder", "https"],
    ["http://localhost:8080/report", "private-host", "http"],
    ["http://127.0.0.1/report", "private-host", "http"],
    ["http://127.8.9.10/", "private-host", "http"],
    ["http://[::1]:8080/", "private-host", "http"],
    ["http://10.1.2.3/", "private-host", "http"],
    ["http://172.16.0.1/", "private-host", "http"],
    ["http://172.31.255.255/", "private-host", "http"],
    ["http://192.168.1.10/", "private-host", "http"],
    ["http://169.254.169.254/latest/meta-data", "private-host", "http"],
    ["https://wiki.corp/page", "private-host", "https"],
    ["https://build.internal/job/1", "private-host", "https"],
    ["https://nas.local/share", "private-host", "https"],
    ["https://intranet/page", "private-host", "https"],
    ["http://0x7f000001/", "private-host", "http"],
    ["http://[fd00::1]/", "private-host", "http"],
    ["http://[fe80::1]/", "private-host", "http"],
  ])("%s -> %s", (input, kind, scheme) => {
    const result = parseLink(input);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ kind, scheme });
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(10);
      expect(result.hint.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ["http://172.15.0.1/", true],
    ["http://172.32.0.1/", true],
    ["http://192.169.0.1/", true],
    ["http://11.0.0.1/", true],
    ["https://localhost.partner.com/", true],
  ])("%s is not private (ok=%s)", (input, ok) => {
    expect(parseLink(input).ok).toBe(ok);
  });

  it("gives a concrete fix for a missing scheme", () => {
    const result = parseLink("www.partner.com/case");
    expect(!result.ok && result.hint).toContain("https://www.partner.com/case");
  });

  it("quotes the value in the message", () => {
    const result = parseLink("ftp://files.partner.com/x");
    expect(!result.ok && result.message).toContain('"ftp://files.partner.com/x"');
  });
});

describe("parseLink: hosts behind a login", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/x/doc.docx", "SharePoint"],
    ["https://contoso-my.sharepoint.com/personal/a", "SharePoint"],
    ["https://onedrive.live.com/?id=1", "OneDrive"],
    ["https://1drv.ms/w/s!abc", "OneDrive"],
    ["https://drive.google.com/file/d/abc/view", "Google Drive"],
    ["https://docs.google.com/document/d/abc", "Google Docs"],
    ["https://app.box.com/s/abc", "Box"],
    ["https://box.com/s/abc", "Box"],
    ["https://www.dropbox.com/s/abc/x.pdf", "Dropbox"],
    ["https://partner.atlassian.net/wiki/spaces/X", "Confluence"],
    ["https://www.notion.so/partner/page", "Notion"],
    ["https://quip.com/abc", "Quip"],
    ["https://teams.microsoft.com/l/file/abc", "Microsoft Teams"],
  ])("%s -> %s", (input, service) => {
    expect(parseLink(input)).toMatchObject({ ok: true, login: service });
  });

  it.each(["https://sharepointguide.com/x", "https://notbox.com/x", "https://google.com/drive"])(
    "%s is not a login host",
    (input) => {
      expect(parseLink(input)).toMatchObject({ ok: true, login: null });
    }
  );

  it("loginService matches subdomains only on a label boundary", () => {
    expect(loginService("x.sharepoint.com")).toBe("SharePoint");
    expect(loginService("xsharepoint.com")).toBeNull();
  });
});

describe("privateHostReason", () => {
  it.each([
    ["localhost", true],
    ["printer.local", true],
    ["8.8.8.8", false],
    ["aws.amazon.com", false],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
  ])("%s private=%s", (host, isPrivate) => {
    expect(privateHostReason(host) !== null).toBe(isPrivate);
  });
});

describe("normalizeLink", () => {
  it.each([
    ["https://Partner.com/Case/", "partner.com/Case"],
    ["https://partner.com/case#section", "partner.com/case"],
    ["http://partner.com/case", "partner.com/case"],
    ["https://partner.com/case?id=1", "partner.com/case?id=1"],
    ["https://partner.com", "partner.com"],
    ["https://partner.com:8443/x", "partner.com:8443/x"],
    ["TBD", null],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeLink(input)).toBe(expected);
  });
});

describe("cleanLinkText", () => {
  it.each([
    ["  https://a.com  ", "https://a.com"],
    ["<https://a.com>", "https://a.com"],
    ["'https://a.com'", "https://a.com"],
    ["https://a.com/x!?", "https://a.com/x"],
    ["https://a.com/x)", "https://a.com/x"],
    ["https://a.com/x_(y)", "https://a.com/x_(y)"],
    ["\u00a0https://a.com\u200b", "https://a.com"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanLinkText(input)).toBe(expected);
  });
});

describe("splitLinks", () => {
  it.each([
    ["https://a.com", ["https://a.com"]],
    ["https://a.com\nhttps://b.com", ["https://a.com", "https://b.com"]],
    ["https://a.com\r\n\r\nhttps://b.com\n", ["https://a.com", "https://b.com"]],
    [
      "https://a.com, https://b.com; https://c.com",
      ["https://a.com", "https://b.com", "https://c.com"],
    ],
    ["https://a.com https://b.com", ["https://a.com", "https://b.com"]],
    ["https://a.com   www.b.com", ["https://a.com", "www.b.com"]],
    ["https://a.com/my file.pdf", ["https://a.com/my file.pdf"]],
    ["see https://a.com", ["see", "https://a.com"]],
    ["", []],
    ["  \n ; , ", []],
  ])("%j", (input, expected) => {
    expect(splitLinks(input)).toEqual(expected);
  });

  it("returns [] for non-strings", () => {
    expect(splitLinks(undefined)).toEqual([]);
    expect(splitLinks(42)).toEqual([]);
  });
});

describe("parseLink properties", () => {
  it("never throws, on any string or value", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything()),
        (value) => {
          const result = parseLink(value);
          expect(typeof result.ok).toBe("boolean");
        }
      ),
      { numRuns: 500 }
    );
  });

  it("never throws on URL-like strings", () => {
    const urlish = fc
      .array(
        fc.constantFrom(
          "https://",
          "http://",
          "www.",
          "a",
          ".",
          "/",
          ":",
          "[",
          "]",
          "::1",
          "%",
          "@",
          "?",
          "#",
          " ",
          "\\",
          "xn--",
          "127.0.0.1",
          "com",
          "(",
          ")",
          "<",
          ">"
        ),
        { maxLength: 12 }
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(urlish, (value) => {
        expect(() => parseLink(value)).not.toThrow();
        expect(() => splitLinks(value)).not.toThrow();
      }),
      { numRuns: 1000 }
    );
  });

  const label = fc
    .stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,8})?$/)
    .filter((l) => !/^(example|lorem|ipsum|placeholder|tbd|todo|localhost)$/.test(l));
  const tld = fc.constantFrom("com", "org", "net", "io", "de", "co.uk", "dev", "cloud");
  const path = fc.array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/), { maxLength: 4 });

  it("any https URL built from valid host labels parses ok, with that host", () => {
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 4 }),
        tld,
        path,
        (labels, t, segments) => {
          const host = `${labels.join(".")}.${t}`;
          fc.pre(!/(^|\.)example\.(com|org|net)$/.test(host));
          const url = `https://${host}/${segments.join("/")}`;
          const result = parseLink(url);
          expect(result).toMatchObject({ ok: true, scheme: "https", host, insecure: false });
        }
      )
    );
  });

  it("splitting links joined by any separator gives them back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, tld), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("\n", ", ", ";", " ", "\r\n", " ; "),
        (hosts, sep) => {
          const links = hosts.map(([l, t]) => `https://${l}.${t}/x`);
          expect(splitLinks(links.join(sep))).toEqual(links);
        }
      )
    );
  });
});
