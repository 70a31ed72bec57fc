import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { classLinkAt, placeAt, type PhoneEvent } from "@/lib/live/phone-state";

/**
 * The page of the class this tab shows, and the links on it, as events for the phone's state
 * machine: where the router is (`arrived`), and a tap on a link, which inside the class stays in it
 * (`classLinkAt`): a quote opens over the page, a step or the class's page is moved to once it
 * answers (never to a browser error page). The links keep their ordinary address for a new tab.
 */
export function usePhonePage(dispatch: (event: PhoneEvent) => void) {
  const pathname = usePathname();
  useEffect(() => {
    dispatch({ type: "arrived", place: placeAt(pathname) });
  }, [pathname, dispatch]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target) return;
      const url = new URL(link.href);
      const sameLocale = url.pathname.split("/")[1] === window.location.pathname.split("/")[1];
      if (url.origin !== window.location.origin || !sameLocale || url.search) return;
      const opens = classLinkAt(url.pathname, url.hash);
      if (!opens) return;
      event.preventDefault();
      dispatch(
        opens.kind === "quote"
          ? { type: "quote-opened", quoteId: opens.quoteId }
          : { type: "place-asked", to: opens.to },
      );
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [dispatch]);
}
