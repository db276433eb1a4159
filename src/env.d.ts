/// <reference types="vite/client" />

/** The build's label (date, or what ETABLI_BUILD_LABEL set), injected by vite's `define`. */
declare const __BUILD_LABEL__: string;

interface ImportMetaEnv {
  /** "true" registers the service worker in dev. */
  readonly VITE_DEV_SW?: string;
}
