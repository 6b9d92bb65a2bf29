import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type LoginRequest, userResponseSchema } from "../../../../shared/schemas/index";
import { useI18n } from "../../i18n/use-i18n";
import { api, send } from "../../lib/api-client";
import { meQueryKey } from "../../session/me";

export async function signIn(credentials: LoginRequest) {
  const { user } = await send(
    () => api.auth.login.$post({ json: credentials }),
    userResponseSchema,
  );
  return user;
}

/** Signing in also brings back the language saved on the account. */
export function useSignIn() {
  const queryClient = useQueryClient();
  const { setLocale } = useI18n();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
      setLocale(user.locale);
    },
  });
}
