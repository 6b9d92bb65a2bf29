import { featureMessagesLoaded, registerFeatureMessages } from "../../../shared/i18n/index";

let loading: Promise<void> | null = null;

/**
 * Fetches the features' messages (their own chunk, precached for offline use) and adds them to
 * the catalogues. Every signed-in screen waits for it, so the shell's first load stays light.
 */
export function loadFeatureMessages(): Promise<void> {
  if (featureMessagesLoaded()) return Promise.resolve();
  loading ??= import("../../../shared/i18n/messages/index").then(
    ({ featureFr, featureEn }) => registerFeatureMessages(featureFr, featureEn),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** A lazily loaded screen module whose messages are ready when it renders. */
export function withFeatureMessages<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadFeatureMessages()]).then(([module]) => module);
}
