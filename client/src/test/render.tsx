import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import type { Locale } from "../../../shared/schemas/index";
import { I18nProvider } from "../i18n/i18n-context";
import { createQueryClient } from "../lib/query-client";
import { registerSessionQueries } from "../session/me";

/** Renders a screen with the app's providers, at `path`, in `locale`. */
export function renderScreen(
  screen: ReactNode,
  { path = "/", locale = "fr" }: { path?: string; locale?: Locale } = {},
) {
  const location = memoryLocation({ path, record: true });
  const queryClient = createQueryClient();
  registerSessionQueries(queryClient);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          {screen}
        </Router>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, location, queryClient };
}

/** A fetch answering with `status` and a JSON `body`, recorded for assertions. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}
