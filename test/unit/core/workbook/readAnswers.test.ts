import { readAnswers, splitDates, splitLinks } from "../../../../src/core/workbook/readAnswers";
import { recognise } from "../../../../src/core/workbook/recognise";
import type { Grid } from "../../../../src/core/workbook/grid";
import { CATALOG_MINI, mini, sheet } from "./fixtures";

function mapped(grid: Grid) {
  const result = recognise(grid, CATALOG_MINI, { checklist: "msp" });
  if (!result.ok) throw new Error(result.reason);
  return readAnswers(grid, result.mapping, mini);
}

const header = [
  "ID",
  "Requirement Description",
  "Met?",
  "Partner Response",
  "Evidence links",
  "Evidence dates",
  "Subtract if Does Not Meet Capability",
  "Add if Does Meet Capability",
];

test("an unreadable Met value is an error naming sheet and cell; the answer counts as blank", () => {
  const rows: (string | number | null)[][] = [["banner"], header];
  for (let i = 2; i < 11; i++) rows.push([]);
  rows.push(["1.1", "x", "Maybe", "", "", "", 0, 10]);
  const grid = { sheets: [sheet("MSP Checklist", rows)] };
  const read = mapped(grid);
  expect(read.findings).toEqual([
    expect.objectContaining({
      rule: "workbook.met-unreadable",
      severity: "error",
      sheet: "MSP Checklist",
      cell: "C12",
      control: "1.1",
      message: expect.stringContaining("'MSP Checklist'!C12"),
    }),
  ]);
  expect(read.entries[0]).toMatchObject({
    part: "requirements",
    id: "1.1",
    answers: [{ met: "blank" }],
  });
});

test("answers, links, dates and cells; workbook points override the catalog", () => {
  const when = new Date(Date.UTC(2025, 0, 31));
  const grid: Grid = {
    sheets: [
      sheet("MSP Checklist", [
        header,
        ["1.1", "x", " yes ", "We assess", "https://a.example/x, https://b.example/y", when, 0, 10],
        ["1.2", "x", "N/A", "Not relevant", "", "2025-01-01\n2025-02-01", "200", 25],
      ]),
    ],
  };
  grid.sheets[0].hyperlinks = { E3: "https://c.example/z" };
  const read = mapped(grid);
  const [a, b] = read.entries;
  expect(a.answers[0]).toMatchObject({
    met: "yes",
    response: "We assess",
    links: ["https://a.example/x", "https://b.example/y"],
    dates: [when],
  });
  expect(a.cells?.[0]).toMatchObject({
    met: { sheet: "MSP Checklist", cell: "C2" },
    links: { sheet: "MSP Checklist", cell: "E2" },
  });
  expect(b.answers[0]).toMatchObject({
    met: "na",
    naReason: "Not relevant",
    links: ["https://c.example/z"],
    dates: ["2025-01-01", "2025-02-01"],
  });
  // 1.2: +25 / -200 in the workbook (a positive subtract value is read as subtracted), +20 / -200 in the catalog.
  expect([...read.pointOverrides]).toEqual([["requirements/1.2", { met: 25, notMet: -200 }]]);
  expect(read.findings).toEqual([
    expect.objectContaining({
      rule: "workbook.points-differ",
      severity: "info",
      sheet: "MSP Checklist",
      cell: "H3",
    }),
  ]);
});

test("per case study answers from the customer groups; shared evidence lines go one per customer", () => {
  const grid: Grid = {
    sheets: [
      sheet("Customer Examples", [
        [
          "ID",
          "Requirement",
          "Customer Reference #1",
          null,
          "Customer Reference #2",
          null,
          "Evidence links",
          "Evidence dates",
          "Add if Does Meet Capability",
        ],
        [null, null, "Met?", "Partner Response", "Met?", "Partner Response"],
        [
          "2.1",
          "x",
          "Yes",
          "Acme",
          "no",
          "Beta",
          "https://a.example\nhttps://b.example",
          "2025-01-01\n2025-02-02",
          "abc",
        ],
      ]),
    ],
  };
  const read = mapped(grid);
  const entry = read.entries[0];
  expect(entry.answers.map((a) => [a.met, a.response, a.links, a.dates])).toEqual([
    ["yes", "Acme", ["https://a.example"], ["2025-01-01"]],
    ["no", "Beta", ["https://b.example"], ["2025-02-02"]],
  ]);
  expect(entry.cells?.map((c) => c.met?.cell)).toEqual(["C3", "E3"]);
  expect(read.findings).toEqual([
    expect.objectContaining({ rule: "workbook.points-unreadable", cell: "I3" }),
  ]);
});

test("splitting cells", () => {
  expect(splitLinks(" a ; b,c\nd ")).toEqual(["a", "b", "c", "d"]);
  expect(splitDates(45000)).toEqual([45000]);
  expect(splitDates("")).toEqual([]);
  expect(splitDates("2025-01-01; 2025-02-01")).toEqual(["2025-01-01", "2025-02-01"]);
});
