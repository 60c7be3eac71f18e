import { linkDistinct } from "../../../src/core/rules/linkDistinct";
import { linkLoginRequired } from "../../../src/core/rules/linkLoginRequired";
import { linkMalformed } from "../../../src/core/rules/linkMalformed";
import { linkPlaceholder } from "../../../src/core/rules/linkPlaceholder";
import { linkPrivateHost } from "../../../src/core/rules/linkPrivateHost";
import { linkScheme } from "../../../src/core/rules/linkScheme";
import { Finding } from "../../../src/core/model";
import { context, entry, run } from "./rulesFixtures";

const ONCE = context();
const PER_CASE = context({ perCaseStudy: { rollup: "every" }, distinctEvidence: true });

describe("link.scheme", () => {
  it.each([
    ["https://partner.com/x", []],
    ["javascript:alert(1)", [["error", "a script, not a web page"]]],
    ["data:text/html,hi", [["error", "embedded data"]]],
    ["file:///C:/x.pdf", [["error", "a file on one computer"]]],
    ["ftp://files.partner.com/x", [["error", "FTP"]]],
    ["mailto:a@partner.com", [["error", "e-mail address"]]],
    ["http://partner.com/x", [["warning", "uses http"]]],
    [
      "http://partner.com/x\nhttps://partner.com/y\nftp://a.com/z",
      [
        ["warning", "uses http"],
        ["error", "FTP"],
      ],
    ],
    ["www.partner.com", []], // malformed, reported by link.malformed only
    ["http://localhost/x", []], // private host error wins over the http warning
  ])("%j", (links, expected) => {
    const findings = run(linkScheme, ONCE, entry([{ links: [links] }]));
    expect(findings.map((f) => [f.severity, f.rule])).toEqual(
      expected.map(([s]) => [s, "link.scheme"])
    );
    findings.forEach((f, i) => expect(f.message).toContain(expected[i][1]));
  });

  it("suggests the https address", () => {
    const [f] = run(linkScheme, ONCE, entry([{ links: ["http://partner.com/case"] }]));
    expect(f.message).toContain('"http://partner.com/case"');
    expect(f.message).toContain("https://partner.com/case");
  });
});

describe("link.malformed", () => {
  it.each([
    ["https://partner.com", 0],
    ["www.partner.com/case", 1],
    ["partner.com", 1],
    ["https://partner.com/my case.pdf", 1],
    ["https://a.com\nwww.b.com\nc.com", 2],
    ["https:/partner.com", 1],
    ["TBD", 0],
    ["", 0],
  ])("%j -> %i", (links, count) => {
    const findings = run(linkMalformed, ONCE, entry([{ links: [links] }]));
    expect(findings).toHaveLength(count);
    findings.forEach((f) => {
      expect(f).toMatchObject({ rule: "link.malformed", severity: "error", field: "links" });
      expect(f.message).toMatch(/^Evidence link "/);
    });
  });

  it("tells the partner how to fix a missing scheme", () => {
    const [f] = run(linkMalformed, ONCE, entry([{ links: ["www.partner.com/case"] }]));
    expect(f.message).toContain("https://www.partner.com/case");
  });
});

describe("link.placeholder", () => {
  it.each([
    ["TBD", 1],
    ["N/A", 1],
    ["todo", 1],
    ["link", 1],
    ["https://", 1],
    ["your-link-here", 1],
    ["https://example.com/case-study", 1],
    ["Lorem ipsum", 1],
    ["https://partner.com/case", 0],
    ["TBD\nhttps://partner.com\nhttps://example.org", 2],
  ])("%j -> %i", (links, count) => {
    const findings = run(linkPlaceholder, ONCE, entry([{ links: [links] }]));
    expect(findings).toHaveLength(count);
    findings.forEach((f) =>
      expect(f).toMatchObject({ rule: "link.placeholder", severity: "error" })
    );
  });
});

describe("link.private-host", () => {
  it.each([
    ["http://localhost:3000/report", 1],
    ["http://127.0.0.1/x", 1],
    ["http://[::1]/x", 1],
    ["https://10.0.0.5/x", 1],
    ["https://172.20.1.1/x", 1],
    ["https://192.168.0.10/x", 1],
    ["http://169.254.169.254/x", 1],
    ["https://wiki.corp/x", 1],
    ["https://jenkins.internal/x", 1],
    ["https://nas.local/x", 1],
    ["https://172.32.0.1/x", 0],
    ["https://partner.com/x", 0],
  ])("%j -> %i", (links, count) => {
    const findings = run(linkPrivateHost, ONCE, entry([{ links: [links] }]));
    expect(findings).toHaveLength(count);
    findings.forEach((f) => {
      expect(f).toMatchObject({ rule: "link.private-host", severity: "error" });
      expect(f.message).toContain("AWS reviewer");
    });
  });
});

describe("link.login-required", () => {
  it.each([
    [false, "https://contoso.sharepoint.com/sites/x", "info"],
    [true, "https://contoso.sharepoint.com/sites/x", "warning"],
    [true, "https://1drv.ms/w/abc", "warning"],
    [false, "https://docs.google.com/document/d/x", "info"],
    [true, "https://drive.google.com/file/d/x", "warning"],
    [true, "https://app.box.com/s/x", "warning"],
    [true, "https://www.dropbox.com/s/x", "warning"],
    [true, "https://partner.atlassian.net/wiki/x", "warning"],
    [true, "https://www.notion.so/x", "warning"],
    [true, "https://quip.com/x", "warning"],
    [true, "https://teams.microsoft.com/l/x", "warning"],
    [true, "https://partner.com/case", null],
  ])("public=%s %s -> %s", (publicEvidence, link, severity) => {
    const findings = run(
      linkLoginRequired,
      context({ publicEvidence }),
      entry([{ links: [link] }])
    );
    expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
    findings.forEach((f) => expect(f.rule).toBe("link.login-required"));
  });

  it("says what to do, differently for public and private evidence", () => {
    const link = "https://contoso.sharepoint.com/sites/x";
    const [pub] = run(
      linkLoginRequired,
      context({ publicEvidence: true }),
      entry([{ links: [link] }])
    );
    const [priv] = run(linkLoginRequired, context(), entry([{ links: [link] }]));
    expect(pub.message).toContain("SharePoint");
    expect(pub.message).toContain("public page");
    expect(priv.message).toContain("anyone with the link");
  });
});

describe("link.duplicate", () => {
  it("is silent unless the control asks for distinct evidence", () => {
    const e = entry([{ links: ["https://a.com/x\nhttps://a.com/x"] }]);
    expect(run(linkDistinct, ONCE, e)).toEqual([]);
  });

  it.each([
    // [answers' links, expected [caseStudy, fragment][]]
    [[["https://a.com/x"], ["https://b.com/y"]], []],
    [[["https://a.com/x"], ["https://a.com/x"]], [[2, "case study #1"]]],
    [[["https://A.com/x/"], ["https://a.com/x#top"]], [[2, "case study #1"]]],
    [[["http://a.com/x"], ["https://a.com/x"]], [[2, "case study #1"]]],
    [[["https://a.com/X"], ["https://a.com/x"]], []], // paths are case-sensitive
    [[["https://a.com/x?id=1"], ["https://a.com/x?id=2"]], []],
    [[["https://a.com/x\nhttps://a.com/x"]], [[1, "given twice"]]],
    [
      [["https://a.com/x"], ["https://b.com/y"], ["https://b.com/y", "https://a.com/x"]],
      [
        [3, "case study #2"],
        [3, "case study #1"],
      ],
    ],
    [[["TBD"], ["TBD"]], []], // placeholders are reported by link.placeholder, not as duplicates
  ])("%j", (links, expected) => {
    const findings = run(linkDistinct, PER_CASE, entry(links.map((l) => ({ links: l }))));
    expect(findings.map((f) => f.caseStudy)).toEqual(expected.map(([c]) => c));
    findings.forEach((f, i) => {
      expect(f).toMatchObject({ rule: "link.duplicate", severity: "warning", field: "links" });
      expect(f.message).toContain(expected[i][1]);
    });
  });

  it("works on a control answered once (no caseStudy in the finding)", () => {
    const ctx = context({ distinctEvidence: true });
    const findings = linkDistinct(ctx, entry([{ links: ["https://a.com", "https://a.com/"] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0].caseStudy).toBeUndefined();
    expect(findings[0].message).toContain("given twice");
  });
});

describe("link findings carry identity and cell", () => {
  it("copies sheet and cell from entry.cells and is a valid Finding", () => {
    const ctx = context({ id: "2.1", perCaseStudy: { rollup: "every" } });
    const e = entry(
      [{ links: ["https://a.com"] }, { links: ["TBD"] }],
      [{}, { links: { sheet: "Prerequisites", cell: "F12" } }]
    );
    const [f] = linkPlaceholder(ctx, e);
    expect(f).toEqual({
      checklist: "ato",
      control: "2.1",
      caseStudy: 2,
      field: "links",
      severity: "error",
      rule: "link.placeholder",
      message: expect.stringContaining('"TBD"'),
      sheet: "Prerequisites",
      cell: "F12",
    });
    expect(Finding.safeParse(f).success).toBe(true);
  });

  it("leaves sheet and cell out when there is no reference", () => {
    const [f] = linkPlaceholder(
      ONCE,
      entry([{ links: ["TBD"] }], [{ dates: { sheet: "S", cell: "A1" } }])
    );
    expect(f.sheet).toBeUndefined();
    expect(f.cell).toBeUndefined();
    expect(f.caseStudy).toBeUndefined();
  });
});
