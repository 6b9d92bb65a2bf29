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
    onRegisteredSW(_url: string, registration: ServiceWorkerRegistration | undefined) {
      if (registration) checkForUpdates(registration);
    },
    onRegisterError(error: unknown) {
      console.error("Service worker registration failed", error);
    },
  });
}

const updateCheckInterval = 60 * 60 * 1000;

/**
 * The browser looks for a new service worker only on navigation, and an installed app is often
 * left open for days without one: look every hour, and whenever the app comes back to the screen.
 */
function checkForUpdates(registration: ServiceWorkerRegistration) {
  const check = () => {
    if (!navigator.onLine) return;
    // A failed check (server unreachable) changes nothing; the next one tries again.
    registration.update().catch(() => undefined);
  };
  setInterval(check, updateCheckInterval);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
}

export function subscribeToUpdates(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateState(): UpdateState {
  return state;
}
