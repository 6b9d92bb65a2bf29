import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocation } from "wouter";
import { useI18n } from "../../i18n/use-i18n";
import { api, sendEmpty } from "../../lib/api-client";
import { forgetDevice } from "../../session/sign-out";

/**
 * Deletes the account on the server (every row and file, sessions, shares), then erases this
 * device's copy, and lands on the sign-in screen, which says it is done. Nothing local is
 * touched when the server refuses (wrong password, offline).
 */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: async (password: string) => {
      await sendEmpty(() => api.account.delete.$post({ json: { password } }));
      await forgetDevice(queryClient, locale);
      navigate(`~${ACCOUNT_DELETED_PATH}`, { replace: true });
    },
  });
}

/** Where a deleted account lands: the sign-in screen, with its confirmation. */
export const ACCOUNT_DELETED_PATH = "/sign-in?deleted";
