import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOG } from "../../../src/checklists";
import { runCli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "selfassess-score-"));
function answersFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const mspControls = CATALOG.msp.sections
  .filter((s) => s.part === "requirements")
  .flatMap((s) => s.controls);
const prerequisites = CATALOG.msp.sections
  .filter((s) => s.part === "prerequisites")
  .flatMap((s) => s.controls);
const allMet: Record<string, string> = Object.fromEntries([
  ...mspControls.map((c) => [c.id, "Yes"]),
  ...prerequisites.map((c) => [`prerequisites/${c.id}`, "Yes"]),
]);

describe("selfassess score", () => {
  test("MSP all met: 1000, pass, JSON shape", async () => {
    const file = answersFile("all.json", allMet);
    const { code, stdout } = await runCli([
      "score",
      "--checklist",
      "msp",
      "--answers",
      file,
      "--as-of",
      "2025-11-01",
      "--json",
    ]);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      checklist: "msp",
      total: 1000,
      max: 1000,
      pass: true,
      mandatoryFailed: [],
      unanswered: [],
    });
    expect(json.sections.length).toBe(
      CATALOG.msp.sections.filter((s) => s.part === "requirements").length
    );
    expect(json.sections[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      total: expect.any(Number),
      max: expect.any(Number),
    });
    expect(Array.isArray(json.findings)).toBe(true);
    expect(code).toBe(
      json.findings.some((f: { severity: string }) => f.severity === "error") ? 1 : 0
    );
  });

  test("each mandatory failure alone scores 800", async () => {
    const mandatory = mspControls.filter((c) => c.mandatory);
    expect(mandatory.length).toBeGreaterThan(0);
    for (const c of mandatory) {
      const file = answersFile(`m-${c.id}.json`, { ...allMet, [c.id]: "no" });
      const json = JSON.parse(
        (await runCli(["score", "--checklist", "msp", "--answers", file, "--json"])).stdout
      );
      expect([c.id, json.total, json.pass, json.mandatoryFailed]).toEqual([
        c.id,
        800,
        false,
        [c.id],
      ]);
    }
  });

  test("non-reseller: 4.5 and section 5 are granted", async () => {
    const withoutBilling = Object.fromEntries(
      Object.entries(allMet).filter(([id]) => id !== "4.5" && !id.startsWith("5."))
    );
    const file = answersFile("nr.json", withoutBilling);
    const reseller = JSON.parse(
      (await runCli(["score", "--checklist", "msp", "--answers", file, "--json"])).stdout
    );
    const nonReseller = JSON.parse(
      (await runCli(["score", "--checklist", "msp", "--answers", file, "--non-reseller", "--json"]))
        .stdout
    );
    expect(reseller.total).toBeLessThan(1000);
    expect(nonReseller.total).toBe(1000);
  });

  test("text output names the score and what to fix", async () => {
    const file = answersFile(
      "half.json",
      Object.fromEntries(mspControls.slice(0, 20).map((c) => [c.id, "yes"]))
    );
    const { stdout } = await runCli(["score", "--checklist", "msp", "--answers", file]);
    expect(stdout).toMatch(/^MSP score -?\d+ \/ 1000 \(pass mark 900\): FAIL/);
    expect(stdout).toContain("What to fix to pass");
  });

  test("other checklists report Met counts per section and readiness", async () => {
    const file = answersFile("ato.json", { "1.1": "Yes" });
    const json = JSON.parse(
      (
        await runCli([
          "score",
          "--checklist",
          "ato",
          "--answers",
          file,
          "--category",
          "customer-deployed",
          "--json",
        ])
      ).stdout
    );
    expect(json.total).toBeUndefined();
    expect(json.ready).toBe(false);
    expect(json.sections[0]).toEqual(
      expect.objectContaining({
        applicable: expect.any(Number),
        met: expect.any(Number),
        answered: expect.any(Number),
      })
    );
  });

  test.each([
    ["malformed JSON", "bad.json", "{ not json", /is not valid JSON/],
    [
      "unknown IDs",
      "unknown.json",
      { "9.99": "yes", "1.1": "yes" },
      /unknown control IDs for the AWS Managed Service Provider \(MSP\) Partner Program: 9.99/,
    ],
    [
      "unreadable Met",
      "maybe.json",
      { "1.1": "maybe" },
      /1.1: "maybe" is not Yes, No, N\/A or blank/,
    ],
  ])("%s: exit 2 with a clear message", async (_label, name, content, message) => {
    const file = answersFile(name, content);
    const { code, stderr } = await runCli(["score", "--checklist", "msp", "--answers", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test("--locale reads text dates that are otherwise ambiguous", async () => {
    const file = answersFile("dates.json", { "1.1": { met: "yes", dates: ["03/04/2025"] } });
    const rules = async (...extra: string[]) =>
      JSON.parse(
        (
          await runCli([
            "score",
            "--checklist",
            "msp",
            "--answers",
            file,
            "--as-of",
            "2025-11-01",
            "--json",
            ...extra,
          ])
        ).stdout
      )
        .findings.filter((f: { control: string }) => f.control === "1.1")
        .map((f: { rule: string }) => f.rule);
    expect(await rules()).toContain("date.ambiguous");
    expect(await rules("--locale", "en-GB")).not.toContain("date.ambiguous");
  });

  test("bad --as-of is a usage error", async () => {
    const file = answersFile("ok.json", {});
    const { code, stderr } = await runCli([
      "score",
      "--checklist",
      "msp",
      "--answers",
      file,
      "--as-of",
      "01/11/2025",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--as-of");
  });
});
