import { userInfo } from "node:os";

/**
 * `DATABASE_URL` with libpq's default user: a URL that names no user (`postgres://127.0.0.1:5432/test`)
 * connects as the operating system's user, as `psql` does. node-postgres takes the user from `PGUSER`
 * or `USER` instead, and fails ("no PostgreSQL user name specified") where neither is set (a service,
 * a container, CI). A URL that names its user, or any `PGUSER`/`USER`, is left as it is; so is a value
 * that is not a URL (the connection then reports it).
 */
export function withDefaultUser(url: string): string {
  if (process.env.PGUSER || process.env.USER) return url;
  try {
    const u = new URL(url);
    if (u.username) return url;
    u.username = encodeURIComponent(userInfo().username);
    return u.toString();
  } catch {
    return url;
  }
}
