import { registerSW } from "virtual:pwa-register";

/**
 * The service worker's update state, for the update banner. A new version waits until the person
 * chooses to reload: it is never swapped in under them, and never left unannounced.
 */
type UpdateState = { waiting: boolean; apply: () => void };

let state: UpdateState = { waiting: false, apply: () => {} };
const listeners = new Set<() => void>();

export function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      state = { waiting: true, apply: () => void updateServiceWorker(true) };
      for (const listener of listeners) listener();
    },
    onRegisterError(error: unknown) {
      console.error("Service worker registration failed", error);
    },
  });
}

export function subscribeToUpdates(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateState(): UpdateState {
  return state;
}
