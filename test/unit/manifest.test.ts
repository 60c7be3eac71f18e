import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

// The same checks `npm run validate` runs, plus direct assertions on the parsed structure.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the checker is a CommonJS script shared with npm run validate
const { checkManifest } = require("../../scripts/lib/manifest-check.js") as {
  checkManifest: (xml: string, options?: { checkDist?: boolean }) => { problems: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with webpack.config.js (CommonJS)
const { manifestTransform } = require("../../scripts/lib/manifest-url.js") as {
  manifestTransform: (baseUrl: string | undefined) => (content: Buffer) => string;
};

const ROOT = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
  xml
) as Node;
const app = parsed.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const host = (overrides.Hosts as Node).Host as Node;
const resources = overrides.Resources as Node;

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function resource(group: string, id: string): string | undefined {
  const items = list(
    (resources[group] as Node)[
      group === "bt:Images" ? "bt:Image" : group === "bt:Urls" ? "bt:Url" : "bt:String"
    ] as Node[]
  );
  return items.find((item) => item["@id"] === id)?.["@DefaultValue"] as string | undefined;
}

describe("manifest.xml", () => {
  it("passes every structural check of npm run validate", () => {
    expect(checkManifest(xml, { checkDist: false }).problems).toEqual([]);
  });

  it("is a Workbook task pane add-in asking for ReadWriteDocument only", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("declares the minimum requirement sets", () => {
    const sets = list(((app.Requirements as Node).Sets as Node).Set as Node[]);
    const byName = Object.fromEntries(sets.map((s) => [s["@Name"], s["@MinVersion"]]));
    expect(byName).toEqual({
      ExcelApi: "1.10",
      CustomFunctionsRuntime: "1.3",
      SharedRuntime: "1.1",
    });
  });

  it("runs task pane, functions and commands in one long-lived shared runtime", () => {
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime).toEqual({ "@resid": "Taskpane.Url", "@lifetime": "long" });
    const cf = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    expect(((cf.Page as Node).SourceLocation as Node)["@resid"]).toBe("Taskpane.Url");
    expect(((host.DesktopFormFactor as Node).FunctionFile as Node)["@resid"]).toBe("Taskpane.Url");
  });

  it("names the custom functions namespace MSP and points at the generated metadata", () => {
    const cf = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(resource("bt:ShortStrings", (cf.Namespace as Node)["@resid"] as string)).toBe("MSP");
    const metadata = ((cf.Metadata as Node).SourceLocation as Node)["@resid"] as string;
    expect(resource("bt:Urls", metadata)).toBe("https://localhost:3000/functions.json");
  });

  it("puts a button that opens the task pane on the Home tab", () => {
    const surface = (host.DesktopFormFactor as Node).ExtensionPoint as Node;
    const tab = surface.OfficeTab as Node;
    expect(tab["@id"]).toBe("TabHome");
    const control = (tab.Group as Node).Control as Node;
    expect(control["@xsi:type"]).toBe("Button");
    expect((control.Action as Node)["@xsi:type"]).toBe("ShowTaskpane");
  });

  it("flags a broken manifest", () => {
    const broken = xml
      .replace('resid="Taskpane.Url" lifetime="long"', 'resid="Nope.Url" lifetime="short"')
      .replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadDocument</Permissions>"
      )
      .replace('DefaultValue="MSP"', 'DefaultValue="CONTOSO"')
      .replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html");
    const problems = checkManifest(broken, { checkDist: false }).problems.join("\n");
    expect(problems).toMatch(/Nope\.Url.*does not resolve/);
    expect(problems).toMatch(/lifetime is short/);
    expect(problems).toMatch(/Permissions must be exactly ReadWriteDocument/);
    expect(problems).toMatch(/namespace is CONTOSO/);
    expect(problems).toMatch(/not https: http:\/\/localhost:3000\/taskpane.html/);
  });
});

describe("production URL substitution (webpack manifest transform)", () => {
  it("rewrites every dev URL to ADDIN_PUBLIC_URL", () => {
    const out = manifestTransform("https://addin.example.com/selfassess/")(Buffer.from(xml));
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://addin.example.com/selfassess/taskpane.html"');
    expect(out).toContain("<AppDomain>https://addin.example.com</AppDomain>");
    expect(
      checkManifest(out, { checkDist: false }).problems.filter((p) => !/icon/.test(p))
    ).toEqual([]);
  });

  it("fails the build when there is nothing to substitute", () => {
    const noDevUrls = xml.split("https://localhost:3000/").join("https://elsewhere.example/");
    expect(() => manifestTransform("https://addin.example.com/")(Buffer.from(noDevUrls))).toThrow(
      /contains no "https:\/\/localhost:3000\/"/
    );
  });

  it("keeps the dev URLs when ADDIN_PUBLIC_URL is not set", () => {
    expect(manifestTransform(undefined)(Buffer.from(xml))).toBe(xml);
  });
});
