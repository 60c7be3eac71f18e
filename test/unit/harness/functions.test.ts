import { createFakeHost, createWorkbookModel } from "../../../harness/fake-excel";

function setup() {
  const bundle = createFakeHost(createWorkbookModel(["Sheet1", "Data"]));
  return bundle;
}

describe("MSP custom functions", () => {
  test("a registered function computes, and recomputes after a userEdit of a referenced cell", async () => {
    const { CustomFunctions, host } = setup();
    const calls: unknown[][] = [];
    CustomFunctions.associate("SCORE", (answers: unknown, points: unknown) => {
      calls.push([answers, points]);
      const a = answers as string[][];
      const p = points as number[][];
      return a.reduce((sum, row, i) => sum + (row[0] === "Yes" ? p[i][0] : 0), 0);
    });
    await host.userEdit("Sheet1", "A1:B3", [
      ["Yes", 10],
      ["No", 20],
      ["", 40],
    ]);
    await host.userEdit("Sheet1", "D1", "=MSP.SCORE(A1:A3, B1:B3)");
    expect(host.getValue("Sheet1", "D1")).toBe(10);
    expect(calls).toEqual([
      [
        [["Yes"], ["No"], [""]],
        [[10], [20], [40]],
      ],
    ]);
    await host.userEdit("Sheet1", "A3", "Yes");
    expect(host.getValue("Sheet1", "D1")).toBe(50);
    // Unrelated edits do not call the function again.
    await host.userEdit("Sheet1", "F9", "unrelated");
    expect(calls).toHaveLength(2);
  });

  test("scalars, strings, booleans, single-cell refs, cross-sheet refs and omitted arguments", async () => {
    const { CustomFunctions, host } = setup();
    let received: unknown[] = [];
    CustomFunctions.associate("ECHO", (...args: unknown[]) => {
      received = args.slice(0, -1);
      return "ok";
    });
    await host.userEdit("Data", "B2", 5);
    await host.userEdit("Sheet1", "A1", '=msp.echo(1.5, "txt", TRUE, Data!B2, , Data!B2:B3)');
    expect(host.getValue("Sheet1", "A1")).toBe("ok");
    expect(received).toEqual([1.5, "txt", true, 5, null, [[5], [""]]]);
  });

  test("the invocation carries the address and the function name", async () => {
    const { CustomFunctions, host } = setup();
    let invocation: CustomFunctions.Invocation | undefined;
    CustomFunctions.associate("WHERE", (inv: CustomFunctions.Invocation) => {
      invocation = inv;
      return inv.address ?? "";
    });
    host.setFunctionMetadata([{ id: "WHERE", parameters: [] }]);
    await host.userEdit("Sheet1", "C3", "=MSP.WHERE()");
    expect(host.getValue("Sheet1", "C3")).toBe("Sheet1!C3");
    expect(invocation?.functionName).toBe("MSP.WHERE");
  });

  test("metadata pads optional parameters with null before the invocation", async () => {
    const { CustomFunctions, host } = setup();
    let args: unknown[] = [];
    CustomFunctions.associate("OPT", (...a: unknown[]) => {
      args = a;
      return 1;
    });
    host.setFunctionMetadata({
      functions: [
        {
          id: "OPT",
          parameters: [
            { name: "a" },
            { name: "b", optional: true },
            { name: "m", dimensionality: "matrix", optional: true },
          ],
        },
      ],
    });
    await host.userEdit("Sheet1", "A1", "=MSP.OPT(3)");
    expect(args.slice(0, 3)).toEqual([3, null, null]);
    expect(args[3]).toMatchObject({ address: "Sheet1!A1" });
  });

  test("errors show as #N/A / #VALUE! with their message", async () => {
    const { CustomFunctions, host } = setup();
    CustomFunctions.associate("NA", () => {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "No such control");
    });
    CustomFunctions.associate(
      "BAD",
      () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Bad input")
    );
    CustomFunctions.associate("CRASH", () => {
      throw new Error("bug");
    });
    await host.userEdit("Sheet1", "A1:C1", [["=MSP.NA()", "=MSP.BAD()", "=MSP.CRASH()"]]);
    expect(host.getValues("Sheet1", "A1:C1")).toEqual([["#N/A", "#VALUE!", "#VALUE!"]]);
    expect(host.getErrorMessage("Sheet1", "A1")).toBe("No such control");
    expect(host.getErrorMessage("Sheet1", "B1")).toBe("Bad input");
    await host.userEdit("Sheet1", "D1", "=MSP.UNKNOWN()");
    expect(host.getValue("Sheet1", "D1")).toBe("#NAME?");
  });

  test("2-D results spill; a blocked spill shows #SPILL!", async () => {
    const { CustomFunctions, host } = setup();
    CustomFunctions.associate("GRID", () => [
      [1, 2],
      [3, 4],
    ]);
    await host.userEdit("Sheet1", "B2", "=MSP.GRID()");
    expect(host.getValues("Sheet1", "B2:C3")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    await host.userEdit("Sheet1", "C3", "x");
    expect(host.getValue("Sheet1", "B2")).toBe("#SPILL!");
    expect(host.getValue("Sheet1", "C2")).toBe("");
    await host.userEdit("Sheet1", "C3", "");
    expect(host.getValues("Sheet1", "B2:C3")).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test("async functions resolve into the cell (sync waits for them)", async () => {
    const { CustomFunctions, host } = setup();
    CustomFunctions.associate("LATER", async (x: unknown) => {
      await new Promise((r) => setTimeout(r, 5));
      return Number(x) * 2;
    });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").formulas = [[21, "=MSP.LATER(A1)"]];
      await context.sync();
      const r = ws.getRange("B1").load("values");
      await context.sync();
      expect(r.values).toEqual([[42]]);
    });
  });

  test("streaming: setResult updates the cell, dependents recompute, onCanceled when the cell is cleared", async () => {
    const { CustomFunctions, host } = setup();
    let push: ((v: number) => void) | undefined;
    let canceled = 0;
    CustomFunctions.associate(
      "TICK",
      (start: unknown, invocation: CustomFunctions.StreamingInvocation<number>) => {
        let n = Number(start);
        invocation.setResult(n);
        push = (v) => {
          n = v;
          invocation.setResult(n);
        };
        invocation.onCanceled = () => {
          canceled += 1;
        };
      }
    );
    host.setFunctionMetadata([
      { id: "TICK", parameters: [{ name: "start" }], options: { stream: true } },
    ]);
    await host.userEdit("Sheet1", "A1", "=MSP.TICK(1)");
    await host.userEdit("Sheet1", "B1", "=A1*10");
    expect(host.getValues("Sheet1", "A1:B1")).toEqual([[1, 10]]);
    push?.(7);
    await host.idle();
    expect(host.getValues("Sheet1", "A1:B1")).toEqual([[7, 70]]);
    expect(canceled).toBe(0);
    await host.userEdit("Sheet1", "A1", "");
    expect(canceled).toBe(1);
    push?.(9);
    await host.idle();
    expect(host.getValue("Sheet1", "A1")).toBe("");
  });

  test("streaming: changing an argument cancels the old invocation and starts a new one", async () => {
    const { CustomFunctions, host } = setup();
    const started: unknown[] = [];
    let canceled = 0;
    CustomFunctions.associate(
      "WATCH",
      (x: unknown, invocation: CustomFunctions.StreamingInvocation<string>) => {
        started.push(x);
        invocation.setResult(`watching ${String(x)}`);
        invocation.onCanceled = () => {
          canceled += 1;
        };
      }
    );
    await host.userEdit("Sheet1", "A1", "a");
    await host.userEdit("Sheet1", "B1", "=MSP.WATCH(A1)");
    await host.userEdit("Sheet1", "A1", "b");
    await host.idle();
    expect(started).toEqual(["a", "b"]);
    expect(canceled).toBe(1);
    expect(host.getValue("Sheet1", "B1")).toBe("watching b");
  });

  test("cells read from a file keep their cached value until the function is registered", async () => {
    const model = createWorkbookModel(["Sheet1"]);
    model.sheets[0].cells.A1 = { value: "cached", formula: "=MSP.LATE()", cached: true };
    model.sheets[0].cells.A2 = { value: 99, formula: "=XLOOKUP(1,B:B,C:C)", cached: true };
    model.sheets[0].cells.A3 = { value: "", formula: "=XLOOKUP(1,B:B,C:C)" };
    const { CustomFunctions, host } = createFakeHost(model);
    expect(host.getValues("Sheet1", "A1:A3")).toEqual([["cached"], [99], ["#UNSUPPORTED"]]);
    CustomFunctions.associate("LATE", () => "fresh");
    await host.idle();
    expect(host.getValue("Sheet1", "A1")).toBe("fresh");
  });
});
