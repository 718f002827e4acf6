/** Unread counts as the inbox shows them: pills, the page title, the favicon. */

export const APP_TITLE = "Switchboard";

/** "(3) Switchboard", or just the name when nothing is unread. */
export function unreadTitle(total: number): string {
  return total > 0 ? `(${total}) ${APP_TITLE}` : APP_TITLE;
}

/** A pill's text: past `max` the exact number stops helping and starts pushing the layout. */
export function countLabel(count: number, max = 99): string {
  return count > max ? `${max}+` : String(count);
}

export function totalUnread(channels: readonly { unreadCount: number }[]): number {
  return channels.reduce((sum, c) => sum + Math.max(0, c.unreadCount), 0);
}

// The app icon (app/icon.svg) with room for a badge in its top right corner.
const ICON_BASE =
  '<rect width="32" height="32" rx="7" fill="#2563eb"/><path d="M8 10h16v9H14l-4 4v-4H8z" fill="#fff"/>';

/** The favicon with the count on a red dot; the plain icon at zero. */
export function unreadFaviconSvg(count: number): string {
  if (count <= 0) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ICON_BASE}</svg>`;
  const label = countLabel(count, 9);
  const fontSize = label.length > 1 ? 11 : 13;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ICON_BASE}` +
    '<circle cx="23" cy="9" r="9" fill="#dc2626" stroke="#fff" stroke-width="1.5"/>' +
    `<text x="23" y="9" dy="0.35em" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="700" font-size="${fontSize}" fill="#fff">${label}</text>` +
    "</svg>"
  );
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
