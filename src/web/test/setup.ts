import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { installFakeApi } from './fake-api';

// Journeys through several lazy pages need more than the default 1 s per wait on a busy 2-core machine.
configure({ asyncUtilTimeout: 4_000 });

// jsdom lacks APIs that Mantine touches on mount.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Pages built with Mantine load MantineProvider lazily (app/with-mantine.tsx). Importing it here
// once keeps that first import (Mantine's many modules, slow to transform) out of the tests' own
// timeouts, as the browser's cache would after the first visit.
await import('../app/MantineScope');

// jsdom does not implement scrolling.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

// Every test starts with an anonymous visitor and a fake API; tests install their own routes.
beforeEach(() => {
  installFakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});
