import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  recoveryCodesResponseSchema,
  totpSetupResponseSchema,
} from "../../../../shared/schemas/sharing";
import { api, send } from "../../lib/api-client";
import { meQueryKey } from "../../session/me";

const json = { headers: { "Content-Type": "application/json" } };

/** A fresh secret (not active until a code confirms it), given the operator's enrolment code. */
export function useTotpSetup() {
  return useMutation({
    mutationFn: (enrolmentCode: string) =>
      send(
        () => api.auth.totp.setup.$post({ json: { enrolmentCode } }, json),
        totpSetupResponseSchema,
      ),
  });
}

/** Confirms enrolment with a code (and uses the enrolment code up); answers the recovery codes. */
export function useTotpEnable() {
  return useMutation({
    mutationFn: ({ code, enrolmentCode }: { code: string; enrolmentCode: string }) =>
      send(
        () => api.auth.totp.enable.$post({ json: { code, enrolmentCode } }),
        recoveryCodesResponseSchema,
      ).then((body) => body.recoveryCodes),
  });
}

/**
 * After the recovery codes were shown: this session has passed the second factor. The user is
 * asked again rather than patched, so the router follows the server's word.
 */
export function useFinishEnrolment() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}
