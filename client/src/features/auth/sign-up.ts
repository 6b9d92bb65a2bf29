import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SignupRequest, userResponseSchema } from "../../../../shared/schemas/index";
import { api, send } from "../../lib/api-client";
import { meQueryKey } from "../../session/me";

export async function signUp(account: SignupRequest) {
  const { user } = await send(() => api.auth.signup.$post({ json: account }), userResponseSchema);
  return user;
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
