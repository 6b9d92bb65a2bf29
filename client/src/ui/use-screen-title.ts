import { useEffect } from "react";

/** Names the browser tab after the screen, so each screen has its own page title. */
export function useScreenTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Skillfolio`;
  }, [title]);
}
