import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { registerFeatureMessages } from "../../../shared/i18n/index";
import { featureEn, featureFr } from "../../../shared/i18n/messages/index";

registerFeatureMessages(featureFr, featureEn);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
