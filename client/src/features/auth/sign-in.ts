import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod/mini";
import { type LoginRequest, type User, userResponseSchema } from "../../../../shared/schemas/index";
import type { secondFactorFieldsSchema } from "../../../../shared/schemas/sharing";
import { useI18n } from "../../i18n/use-i18n";
import { api, send } from "../../lib/api-client";
import { meQueryKey } from "../../session/me";

/** Email and password, and for an account with a second factor, its code or a recovery code. */
export type SignInCredentials = LoginRequest & z.infer<typeof secondFactorFieldsSchema>;

export async function signIn(credentials: SignInCredentials): Promise<User> {
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
