/** A module constant: a regex literal makes a RegExp object on every call (once per web link). */
const BARE_ADDRESS = /^\s*https?:\/\/([^\s/?#:@]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?\s*$/i;

/**
 * An email address written as a web link: `http://anna@shop.example.org`. The
 * part before `@` is read as a user name and the browser opens the domain's
 * web site. Only the bare form counts (a user name, no password, port, path,
 * query or fragment, and a host with a dot), so a deliberate
 * `https://user@host/path` is not one. Returns the address, or null.
 */
export function emailInWebLink(href: string): string | null {
  const m = BARE_ADDRESS.exec(href);
  if (!m) return null;
  return `${m[1] ?? ''}@${m[2] ?? ''}`;
}
