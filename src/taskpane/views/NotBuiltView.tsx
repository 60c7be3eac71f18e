import * as React from "react";
import { Body1, Caption1 } from "@fluentui/react-components";
import type { ViewProps } from "./types";

/** Placeholder for a view whose issue has not landed yet: says so plainly instead of pretending. */
export function notBuiltView(label: string, purpose: string): React.ComponentType<ViewProps> {
  function NotBuilt(): React.JSX.Element {
    return (
      <section aria-label={label}>
        <Body1 as="p">{purpose}</Body1>
        <Caption1 as="p">Not built yet.</Caption1>
      </section>
    );
  }
  NotBuilt.displayName = `NotBuilt(${label})`;
  return NotBuilt;
}
