import { useEffect, useState } from "react";

/**
 * A QR code drawn as one SVG path from uqr's module matrix. uqr is imported here, on first use,
 * so only the enrolment screen downloads it; React builds the SVG, no markup string is injected.
 */
export function QrCode({ text, label, loading }: { text: string; label: string; loading: string }) {
  const [modules, setModules] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let current = true;
    void import("uqr").then(({ encode }) => {
      if (current) setModules(encode(text, { ecc: "M", border: 2 }).data);
    });
    return () => {
      current = false;
    };
  }, [text]);

  if (!modules) return <p className="loading">{loading}</p>;
  const size = modules.length;
  let path = "";
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
