import "fake-indexeddb/auto";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { registerFeatureMessages } from "../../../shared/i18n/index";
import { featureEn, featureFr } from "../../../shared/i18n/messages/index";

registerFeatureMessages(featureFr, featureEn);

// findBy* and waitFor wait for a real condition; their limit only bounds a failure. The default
// second is shorter than a render takes when both cores are busy (CI runs the suite under load).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
