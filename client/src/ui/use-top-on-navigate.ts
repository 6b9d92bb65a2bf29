import { useEffect } from "react";
import { useLocation } from "wouter";

/** A new screen of a nested section starts at its top (and its h1), not where the last one was scrolled. */
export function useTopOnNavigate() {
  const [location] = useLocation();
  useEffect(() => {
    if (location) window.scrollTo?.(0, 0);
  }, [location]);
}
