/** Workbooks of the template family in releases the catalog does not know, built as grids (issue 11). */
import { CATALOG } from "../../../../src/checklists";
import type { CellValue } from "../../../../src/core/model";
import type { Grid } from "../../../../src/core/workbook/grid";
import { sheet } from "./fixtures";

/** The current MSP format: "Technical Validation", ID | Requirement Description | Met? | Partner Response, no points. */
export function mspCurrent(answers: Record<string, CellValue> = {}): Grid {
  const controls: [string, string][] = [
    ["BUS-001", "Mandatory: The partner has a documented business plan for its AWS MSP practice."],
    ["BUS-002", "Recommended: The partner reviews financial health yearly."],
    ["PEO-003", "Mandatory - Staff hold current AWS certifications."],
    ["GOV-002", "Mandatory. Governance processes are documented."],
    ["PLAT-001", "Recommended: A self-service portal is offered to customers."],
    ["SEC-001", "Mandatory: Customer accounts are secured with MFA."],
    ["OPS-013", "Mandatory: Incident management follows a documented process."],
  ];
  const sections: Record<string, string> = {
    "BUS-001": "Business",
    "PEO-003": "People",
    "GOV-002": "Governance",
    "PLAT-001": "Platform",
    "SEC-001": "Security",
    "OPS-013": "Operations",
  };
  const rows: CellValue[][] = [
    ["AWS Managed Service Provider (MSP) Partner Program - Technical Validation"],
    [],
    ["ID", "Requirement Description", "Met?", "Partner Response"],
  ];
  for (const [id, description] of controls) {
    if (sections[id]) rows.push([sections[id]]);
    rows.push([id, description, answers[id] ?? null, answers[id] ? "See our runbook." : null]);
  }
  return {
    sheets: [
      sheet("Introduction", [
        ["AWS Managed Service Provider (MSP) Partner Program Validation Checklist"],
        ["Version 2025.1"],
        ["Validity Period: February 2025-August 2025"],
      ]),
      sheet("Technical Validation", rows),
    ],
  };
}

/** An ECS workbook of a later release: the February 2025 controls plus ECS-024 and ECS-025, no prerequisite rows. */
export function ecsLater(met: CellValue = "Yes"): Grid {
  const ecs = CATALOG.ecs;
  const rows: CellValue[][] = [
    ["Amazon ECS Service Delivery - Customer Examples"],
    ["ID", "Requirement Description", "Customer Reference #1", null, "Customer Reference #2", null],
    [null, null, "Met?", "Partner Response", "Met?", "Partner Response"],
  ];
  for (const section of ecs.sections) {
    if (section.part !== "requirements") continue;
    rows.push([section.id === "ECS" ? "Amazon ECS Expertise" : section.title]);
    for (const control of section.controls)
      rows.push([control.id, control.requirement, met, "Done.", met, "Done."]);
    if (section.id === "ECS") {
      rows.push(["ECS-024", "Service Connect is used between services.", met, "Yes", met, "Yes"]);
      rows.push(["ECS-025", "Task definitions are linted in CI.", met, "Yes", null, null]);
    }
  }
  return {
    sheets: [
      sheet("Introduction", [
        ["Amazon ECS Service Delivery Validation Checklist"],
        ["Validity Period: August 2025-February 2026"],
      ]),
      sheet("Customer Examples", rows, ["C2:D2", "E2:F2"]),
    ],
  };
}
