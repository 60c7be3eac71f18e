import * as React from "react";
import type { ComponentType } from "react";
import type { ViewProps } from "./types";

/**
 * A view whose code is a separate chunk: `component` is a React.lazy component (render it inside Suspense) and
 * `preload` starts loading the chunk without rendering it. Both share one import, so a preload is never repeated.
 */
export function lazyView(load: () => Promise<ComponentType<ViewProps>>): {
  component: ComponentType<ViewProps>;
  preload: () => Promise<unknown>;
} {
  let loading: Promise<ComponentType<ViewProps>> | undefined;
  const once = (): Promise<ComponentType<ViewProps>> => {
    loading ??= load();
    return loading;
  };
  return {
    component: React.lazy(async () => ({ default: await once() })),
    preload: once,
  };
}
