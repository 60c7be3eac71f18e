import { splitDates as ruleSplitDates } from "../../../../src/core/dates/parseDate";
import { splitLinks as parserSplitLinks } from "../../../../src/core/links/parseLink";
import { splitDateValues, splitLinks } from "../../../../src/core/vocabulary/multiValue";
import {
  readAnswers,
  splitLinks as readerSplitLinks,
} from "../../../../src/core/workbook/readAnswers";
import { linkMalformed } from "../../../../src/core/rules";
import { recognise } from "../../../../src/core/workbook/recognise";
import type { Grid } from "../../../../src/core/workbook/grid";
import { CATALOG_MINI, mini, sheet } from "../workbook/fixtures";
import { context } from "../rulesFixtures";

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

function readRow(links: string, dates: string | number | null) {
  const grid: Grid = {
    sheets: [sheet("MSP Checklist", [header, ["1.1", "x", "Yes", "We do", links, dates, 0, 10]])],
  };
  const result = recognise(grid, CATALOG_MINI, { checklist: "msp" });
  if (!result.ok) throw new Error(result.reason);
  return readAnswers(grid, result.mapping, mini).entries[0].answers[0];
}

test("the reader, the link parser and the rules share one link splitter", () => {
  expect(readerSplitLinks).toBe(splitLinks);
  expect(parserSplitLinks).toBe(splitLinks);
});

test.each([
  ["a.com/my file.pdf", ["a.com/my file.pdf"]],
  ["https://a.com/my file.pdf", ["https://a.com/my file.pdf"]],
  [
    "https://a.com/x\nhttps://b.com/y\r\nhttps://c.com/z",
    ["https://a.com/x", "https://b.com/y", "https://c.com/z"],
  ],
  [
    "https://a.com/x; https://b.com/y;https://c.com/z",
    ["https://a.com/x", "https://b.com/y", "https://c.com/z"],
  ],
  ["https://a.com/x, https://b.com/y", ["https://a.com/x", "https://b.com/y"]],
  ["https://a.com/x https://b.com/y", ["https://a.com/x", "https://b.com/y"]],
  ["see https://a.com/x", ["see", "https://a.com/x"]],
])("a links cell %j is read as %j", (cell, expected) => {
  expect(readRow(cell, null).links).toEqual(expected);
});

test("a links cell with a space in an address reaches the rules whole and is reported as malformed", () => {
  const answer = readRow("https://a.com/my file.pdf", null);
  expect(answer.links).toEqual(["https://a.com/my file.pdf"]);
  const findings = linkMalformed(context(), { part: "requirements", id: "1.1", answers: [answer] });
  expect(findings).toEqual([
    expect.objectContaining({
      rule: "link.malformed",
      message: expect.stringContaining("contains spaces"),
    }),
  ]);
});

test.each([
  ["2025-01-10\n2025-06-12", ["2025-01-10", "2025-06-12"]],
  ["2025-01-10; 2025-06-12;2025-07-01", ["2025-01-10", "2025-06-12", "2025-07-01"]],
  ["2025-01-10, 2025-06-12", ["2025-01-10", "2025-06-12"]],
  ["March 4, 2025", ["March 4, 2025"]],
  ["March 4, 2025\nApril 1, 2025", ["March 4, 2025", "April 1, 2025"]],
  ["", []],
  [45000, [45000]],
])("a dates cell %j is read as %j", (cell, expected) => {
  expect(readRow("", cell).dates).toEqual(expected);
});

test("the rules' date splitter is the same splitter (and keeps a cell without pieces as it is)", () => {
  const options = { date1904: false, locale: null };
  for (const cell of ["2025-01-10, 2025-06-12", "March 4, 2025; 2025-01-01", "x\ny"])
    expect(ruleSplitDates(cell, options)).toEqual(
      splitDateValues(cell, (p) => /^\d{4}-\d\d-\d\d$/.test(p) || p.startsWith("March"))
    );
  expect(ruleSplitDates(null, options)).toEqual([null]);
  expect(ruleSplitDates("", options)).toEqual([""]);
});
