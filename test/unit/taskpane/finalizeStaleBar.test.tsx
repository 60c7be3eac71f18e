/** @jest-environment jsdom */
/** The live header's "Changed since finalize" note: shown only when the snapshot says so, one click finalizes. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FinalizeStaleBar } from "../../../src/taskpane/components/FinalizeStaleBar";
import { createFakePort } from "./fakePort";

const inTheme = (node: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

test("renders nothing while the finalize is current or absent", () => {
  const port = createFakePort();
  const { container } = inTheme(
    <>
      <FinalizeStaleBar port={port} snapshot={{ finalized: null }} />
      <FinalizeStaleBar port={port} snapshot={{ finalized: { at: "2025-11-01", stale: false } }} />
    </>
  );
  expect(container.textContent).toBe("");
});

test("says when it was finalized and finalizes again in one click", async () => {
  const port = createFakePort();
  inTheme(
    <FinalizeStaleBar port={port} snapshot={{ finalized: { at: "2025-11-01", stale: true } }} />
  );
  expect(screen.getByText("Changed since finalize on 2025-11-01")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Finalize again" }));
  await waitFor(() => expect(port.finalized).toBe(1));
  await waitFor(() => expect(screen.getByRole("button", { name: "Finalize again" })).toBeTruthy());
});
