/**
 * A component whose code is a separate chunk, imported once and retried on failure (core/lazy.ts). Render it inside
 * Suspense: until the chunk is there it suspends on that one load; once the chunk is loaded it renders at once, so
 * after `preload()` has resolved (a preloaded tab, or a test that awaits it) no fallback is shown at all.
 */
import * as React from "react";
import type { ComponentType } from "react";
import { lazy, type LazyOptions } from "../core/lazy";

export interface LazyComponent<P> {
  component: ComponentType<P>;
  /** Starts loading the chunk without rendering it; resolves with the component once loaded. */
  preload: () => Promise<ComponentType<P>>;
}

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options?: LazyOptions
): LazyComponent<P> {
  const chunk = lazy(load, options);
  function Lazy(props: P): React.JSX.Element {
    const Loaded = chunk.now() ?? React.use(chunk.get());
    return <Loaded {...props} />;
  }
  return { component: Lazy, preload: () => chunk.get() };
}
