import { CATALOG } from "../../../src/checklists";
import {
  checklistLabel,
  programList,
  programName,
  publishedText,
  scopeSummary,
  sectionLabel,
} from "../../../src/core/labels";

describe("labels: the checklists in their own words", () => {
  it("each checklist's own programme name: ECS by its title, not the umbrella programme", () => {
    expect(programName(CATALOG.ecs)).toBe("Amazon ECS Service Delivery");
    expect(programName(CATALOG.ftr)).toBe("AWS Foundational Technical Review");
    expect(programName(CATALOG.msp)).toBe(CATALOG.msp.program);
  });

  it("a chooser lists the programme and its publication month, never a version code", () => {
    expect(checklistLabel(CATALOG.ftr)).toBe("AWS Foundational Technical Review (October 2021)");
    expect(checklistLabel(CATALOG.ecs)).toBe("Amazon ECS Service Delivery (February 2025)");
    for (const c of Object.values(CATALOG)) {
      expect(checklistLabel(c)).not.toContain("2021_q4_v1");
      expect(checklistLabel(c)).not.toContain("AWS Service Delivery Program");
    }
    expect(publishedText("not a date")).toBe("not a date");
  });

  it("lists programme names, not checklist ids", () => {
    const text = programList(Object.values(CATALOG));
    expect(text).not.toMatch(/\b(ato|dcx|msp|ftr|ecs)\b/);
    expect(text).toContain(" or Amazon ECS Service Delivery");
  });

  it("sections as printed: numbered ones with their number, keyed ones by title alone", () => {
    expect(sectionLabel({ id: "1.0", title: "Health" })).toBe("1.0 Health");
    expect(sectionLabel(CATALOG.ato.sections[0])).toBe(CATALOG.ato.sections[0].title);
    for (const c of Object.values(CATALOG))
      for (const s of c.sections) expect(sectionLabel(s)).not.toMatch(/prereq-|req-/);
  });

  it("a scope in words, never field names or yes/no codes", () => {
    const text = scopeSummary(
      { scopeQuestions: ["deliveryCategory", "saas", "phi", "automatedScanShown"] },
      { deliveryCategory: "customer-deployed", saas: true, phi: false, automatedScanShown: false }
    );
    expect(text).toBe("Delivered as Customer-Deployed; The solution is SaaS");
    expect(text).not.toMatch(/deliveryCategory|saas:|phi:|automatedScanShown/);
    expect(
      scopeSummary(
        { scopeQuestions: ["saas", "phi"] },
        { saas: false, phi: false },
        { allFlags: true }
      )
    ).toMatch(/^Not: solution is SaaS; Not: solution handles/);
  });
});
