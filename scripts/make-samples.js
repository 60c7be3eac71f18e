#!/usr/bin/env node
/**
 * Generates samples/msp-sample.xlsx: a small workbook in the layout of the official AWS partner program
 * self-assessment family (Introduction sheet without a header; checklist sheet with a banner row, a header on row 3,
 * section rows and control rows, Met? answers with a Yes/No/N/A list validation).
 * Usage: node scripts/make-samples.js [outDir]
 */
"use strict";
const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");

const TITLE = "AWS MSP Partner Program Validation Checklist v3.1";
const HEADER = [
  "ID",
  "Requirement Description",
  "Met?",
  "Partner Response",
  "Subtract if Does Not Meet Capability",
  "Add if Does Meet Capability",
];

/** ["id title", requirement, subtract, add, met, response]; a row without requirement is a section row. */
const ROWS = [
  ["1.0 Business Health"],
  [
    "1.1 Financial Health",
    "Partner regularly assesses financial health of their business including Altman's Z-Score, Dun and Bradstreet " +
      "(D&B) Paydex Score, D&B Rating, D&B Financial Stress Score, D&B Supplier Evaluation Risk Rating, or equivalent.",
    -200,
    0,
    "Yes",
    "D&B report FY2024 attached; quarterly review by CFO.",
  ],
  [
    "1.2 Financial Planning and Reporting",
    "Partner has processes in place for financial planning, including forecasting, budgeting, and review of financial " +
      "metrics and reports.",
    -200,
    0,
    "Yes",
    "",
  ],
  [
    "1.3 Risk and Mitigation Plans",
    "Areas of business risk are outlined with documented mitigation plans. This may include financial risks, age and " +
      "maturity of business, planning for rapid growth, assumption or loss of large deals/customers, etc.",
    -200,
    0,
    "",
    "",
  ],
  [
    "1.4 Succession Planning",
    "Partner has a succession plan in place to address loss of key leadership personnel related to their AWS MSP " +
      "Practice.",
    0,
    20,
    "No",
    "Plan in draft, due next quarter.",
  ],
  [
    "1.5 Employee Satisfaction",
    "Partner has the ability to objectively capture employee satisfaction data. This is done via formal survey process " +
      "on at least an annual basis.",
    0,
    20,
    "",
    "",
  ],
  [
    "1.6 Validation of Customer References",
    "Partner has ≥ 3 AWS Customer References including at least 1 that is publicly referenceable.",
    -200,
    0,
    "",
    "",
  ],
  ["2.0 Partner Capabilities Overview"],
  [
    "2.1 Company Overview",
    "Partner has a company overview presentation to set the stage for customer conversations as applicable to their " +
      "AWS MSP practice, in addition to demonstration capabilities.",
    0,
    20,
    "Yes",
    "",
  ],
  [
    "2.2 Next Generation Managed Service Viewpoint",
    "Partner publicizes how managed services are different in an AWS environment vs. traditional on premise or " +
      "hosted managed services with emphasis on automation enabled by DevOps practices.",
    0,
    40,
    "",
    "",
  ],
  ["3.0 AWS Knowledge"],
  [
    "3.1 AWS Services and Features",
    "For each of the fundamental AWS services, Partner provides examples of customer solutions leveraging the " +
      "service and demonstrates expertise in its features.",
    -200,
    0,
    "",
    "",
  ],
  ["4.0 Business Management"],
  [
    "4.1 Resource/Capacity Planning",
    "Partner determines and provides resources needed for business demand, including resources related to personnel " +
      "and infrastructure.",
    0,
    10,
    "N/A",
    "",
  ],
  [
    "4.2.1 Job Roles/Staffing",
    "Partner has an overview of the job roles within their company, supporting the AWS business.",
    0,
    10,
    "",
    "",
  ],
  [
    "4.2.3 ITIL Certification",
    "Partner has at least one person at a leadership position certified to ITIL Foundation or above.",
    0,
    10,
    "",
    "",
  ],
  ["4.5 AWS Support Plan", "Partner has an AWS Support plan in place.", -200, 0, "", ""],
];

const INTRO = [
  "Purpose of this Document",
  "The AWS Managed Service Provider (MSP) Partner Program Validation Checklist is intended for APN Partners who are " +
    "interested in applying for the Managed Service Program.",
  "Partners should fill out this checklist based on their own assessment of capabilities; the assessment will serve " +
    "as the basis for discussion during the Partner capabilities audit.",
  "",
  "Scoring",
  "The maximum possible score achievable is 1000 points, with 900 points or greater required to attain AWS MSP " +
    "Partner Program status. Subtract the negative scores for requirements not met; add the positive scores for " +
    "requirements met.",
];

async function makeMspSample(outFile) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Self-Assessment Assistant (scripts/make-samples.js)";

  const intro = wb.addWorksheet("Introduction");
  intro.getColumn(1).width = 120;
  INTRO.forEach((text, i) => {
    const cell = intro.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0 || text === "Scoring") cell.font = { bold: true, size: 14 };
  });

  const ws = wb.addWorksheet("MSP Checklist", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 70;
  ws.getColumn(3).width = 10;
  ws.getColumn(4).width = 45;
  ws.getColumn(5).width = 16;
  ws.getColumn(6).width = 16;

  ws.mergeCells("A1:F1");
  const banner = ws.getCell("A1");
  banner.value = TITLE;
  banner.font = { bold: true, size: 16, color: { argb: "FFFFFFFF" } };
  banner.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF232F3E" } };

  ws.getRow(3).values = HEADER;
  ws.getRow(3).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF9900" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });

  let row = 4;
  for (const [id, requirement, subtract, add, met, response] of ROWS) {
    const r = ws.getRow(row);
    if (requirement === undefined) {
      // Section row: "1.0 Business Health" in the ID column, requirement empty.
      r.getCell(1).value = id;
      r.getCell(1).font = { bold: true };
      for (let c = 1; c <= 6; c++) {
        r.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
      }
    } else {
      // Control row: the bare ID ("1.1", kept as text) and "Title — requirement" in the description.
      const [, controlId, title] = /^(\S+)\s+(.*)$/.exec(id);
      r.getCell(1).value = controlId;
      r.getCell(2).value = `${title} — ${requirement}`;
      r.getCell(2).alignment = { wrapText: true, vertical: "top" };
      if (met) r.getCell(3).value = met;
      if (response) r.getCell(4).value = response;
      r.getCell(5).value = subtract;
      r.getCell(6).value = add;
      r.getCell(5).numFmt = "0";
      r.getCell(6).numFmt = "0";
    }
    row += 1;
  }
  const last = row - 1;
  ws.dataValidations.add(`C4:C${last}`, {
    type: "list",
    allowBlank: true,
    formulae: ['"Yes,No,N/A"'],
    showErrorMessage: true,
    errorTitle: "Met?",
    error: "Choose Yes, No or N/A.",
  });

  const total = last + 2;
  ws.getCell(`A${total}`).value = "Self-assessed points";
  ws.getCell(`A${total}`).font = { bold: true };
  ws.getCell(`E${total}`).value = { formula: `SUMPRODUCT((C4:C${last}="No")*E4:E${last})` };
  ws.getCell(`F${total}`).value = { formula: `SUMPRODUCT((C4:C${last}="Yes")*F4:F${last})` };

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await wb.xlsx.writeFile(outFile);
  return outFile;
}

async function main() {
  const outDir = process.argv[2]
    ? path.resolve(process.argv[2])
    : path.join(__dirname, "..", "samples");
  const file = await makeMspSample(path.join(outDir, "msp-sample.xlsx"));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(1);
  });
}

module.exports = { makeMspSample, TITLE, HEADER, ROWS };
