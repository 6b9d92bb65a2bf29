import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type UpdateMeRequest, userResponseSchema } from "../../../shared/schemas/index";
import { api, send } from "../lib/api-client";
import { meQueryKey } from "./me";

export async function updateMe(changes: UpdateMeRequest) {
  const { user } = await send(() => api.auth.me.$patch({ json: changes }), userResponseSchema);
  return user;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
