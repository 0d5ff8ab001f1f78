import * as z from 'zod/mini';

/**
 * `GET /api/session`: who the studio takes the browser to be and what they spent today.
 * `access` says how users are known: `open` (no sign-in; everyone counts as `local`),
 * `password` (the studio's own sign-in) or `proxy` (a trusted reverse proxy names them).
 */
export const SessionAnswer = z.object({
  access: z.enum(['open', 'password', 'proxy']),
  user: z.object({ name: z.string() }),
  spend: z.object({
    /** Credits spent today (UTC day). */
    today: z.number(),
    /** The daily budget in credits; null when there is none. */
    budget: z.nullable(z.number()),
    /** When today's spend goes back to 0, as an ISO time. */
    resetsAt: z.string(),
  }),
});
export type SessionAnswer = z.infer<typeof SessionAnswer>;

/** `POST /api/session`: sign in with the name and password from the studio's users file. */
export const SignInBody = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export type SignInBody = z.infer<typeof SignInBody>;
