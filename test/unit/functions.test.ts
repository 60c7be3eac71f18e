import * as fs from "fs";
import * as path from "path";
import { ADDIN_VERSION, version } from "../../src/functions/functions";

describe("MSP.VERSION", () => {
  it("returns the version in package.json", () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")
    ) as {
      version: string;
    };
    expect(version()).toBe(pkg.version);
    expect(ADDIN_VERSION).toBe(pkg.version);
  });
});
