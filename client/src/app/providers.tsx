import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Locale } from "../../../shared/schemas/index";
import { I18nProvider } from "../i18n/i18n-context";

export function Providers({
  queryClient,
  locale,
  children,
}: {
  queryClient: QueryClient;
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
