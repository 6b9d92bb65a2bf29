import { useMutation } from "@tanstack/react-query";
import type { ChangePasswordRequest } from "../../../../shared/schemas/index";
import { api, sendEmpty } from "../../lib/api-client";

export async function changePassword(request: ChangePasswordRequest) {
  await sendEmpty(() => api.auth.password.$post({ json: request }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
