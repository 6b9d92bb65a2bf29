/** A form-level message: an error read out at once (role=alert) or a quiet confirmation. */
export function FormMessage({
  kind,
  children,
}: {
  kind: "error" | "success";
  children: string | null;
}) {
  if (!children) return null;
  return (
    <p className={`form-message form-message-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}
