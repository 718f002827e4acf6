import { svgDataUrl, unreadFaviconSvg, unreadTitle } from "@/lib/format/unread";

/*
 * The tab's title and icon carry the unread total, so an agent working in another tab sees it.
 * Next renders its own <title> and icon <link>, and may render them again on navigation; these
 * functions are idempotent so they can be re-applied whenever the head changes.
 */

const ORIGINAL = "data-original-href";

export function applyTitle(total: number): void {
  const title = unreadTitle(total);
  if (document.title !== title) document.title = title;
}

export function applyFavicon(total: number): void {
  const href = total > 0 ? svgDataUrl(unreadFaviconSvg(total)) : null;
  let links = Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]'));
  if (links.length === 0 && href) {
    const link = document.createElement("link");
    link.rel = "icon";
    document.head.appendChild(link);
    links = [link];
  }
  for (const link of links) {
    if (!link.hasAttribute(ORIGINAL)) link.setAttribute(ORIGINAL, link.getAttribute("href") ?? "");
    const wanted = href ?? link.getAttribute(ORIGINAL) ?? "";
    if (link.getAttribute("href") !== wanted) {
      link.setAttribute("href", wanted);
      if (href) link.type = "image/svg+xml";
    }
  }
}
