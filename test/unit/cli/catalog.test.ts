import { runCli } from "./run";

describe("selfassess catalog", () => {
  test("lists the five checklists", async () => {
    const { code, stdout } = await runCli(["catalog"]);
    expect(code).toBe(0);
    for (const id of ["ato", "dcx", "msp", "ftr", "ecs"])
      expect(stdout).toMatch(new RegExp(`^${id}\\s`, "m"));
  });

  test("JSON has the documented shape", async () => {
    const { code, stdout } = await runCli(["catalog", "--checklist", "msp", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.checklists).toHaveLength(1);
    const [msp] = json.checklists;
    expect(msp).toMatchObject({ id: "msp", version: "3.1" });
    const first = msp.controls.find(
      (c: { id: string; part: string }) => c.id === "1.1" && c.part === "requirements"
    );
    expect(first).toMatchObject({
      section: "1.0",
      appliesTo: null,
      points: { met: 0, notMet: -200 },
      mandatory: true,
    });
    const met = msp.controls.reduce(
      (sum: number, c: { points: { met: number } | null }) => sum + (c.points?.met ?? 0),
      0
    );
    expect(met).toBe(1000);
  });

  test("--category keeps only the controls applying to it", async () => {
    const all = JSON.parse((await runCli(["catalog", "--checklist", "ato", "--json"])).stdout)
      .checklists[0].controls;
    const cd = JSON.parse(
      (await runCli(["catalog", "--checklist", "ato", "--category", "customer-deployed", "--json"]))
        .stdout
    ).checklists[0].controls;
    expect(cd.length).toBeLessThan(all.length);
    for (const c of cd) if (c.appliesTo) expect(c.appliesTo).toContain("customer-deployed");
  });

  test.each([
    [
      ["catalog", "--checklist", "nope"],
      /unknown checklist "nope". Valid checklists: ato, dcx, msp, ftr, ecs/,
    ],
    [
      ["catalog", "--category", "cloud"],
      /unknown category "cloud". Valid categories: multi-tenant-saas, single-tenant-saas, managed-service, customer-deployed/,
    ],
    [["catalog", "--bogus"], /unknown option --bogus/],
  ])("%p exits 2 with a message listing valid values", async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test("unknown command exits 2", async () => {
    const { code, stderr } = await runCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Commands: catalog, score");
  });
});
