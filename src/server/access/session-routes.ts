import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SignInBody, type SessionAnswer } from '../../wire/session.ts';
import type { AccessConfig } from '../config.ts';
import { badRequest, notFound, ProxyError } from '../proxy/errors.ts';
import { jsonOnly } from '../proxy/request-guards.ts';
import type { Spending } from '../proxy/spending.ts';
import type { SharedState } from '../state/contracts.ts';
import { accessMode, SESSION_COOKIE, signInNeeded, type AccessVariables } from './identify.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSignInLimits } from './sign-in-limits.ts';
import { credentialOf, type UserDirectory } from './user-directory.ts';

/** Checked against when the name is unknown, so a wrong name takes as long as a wrong password. */
const DECOY_HASH = hashPassword('decoy password that matches nothing');

const wrongPassword = () =>
  new ProxyError('unauthorized', 401, 'That name and password do not match. Check them and try again.');

/** `GET/POST/DELETE /api/session`: who is signed in, signing in with the users file, signing out. */
export function sessionRoutes(options: {
  access: AccessConfig;
  state: SharedState;
  users: UserDirectory | undefined;
  spending: Spending;
}) {
  const { access, state, users, spending } = options;
  const mode = accessMode(access);
  const limits = createSignInLimits(state, access.signIn);
  const app = new Hono<{ Variables: AccessVariables }>();

  const answer = async (name: string): Promise<SessionAnswer> => ({
    access: mode,
    user: { name },
    spend: await spending.summary(name),
  });

  app.get('/api/session', async (c) => {
    const user = c.get('user');
    if (!user) throw signInNeeded(mode);
    return c.json(await answer(user));
  });

  app.post(
    '/api/session',
    jsonOnly(),
    bodyLimit({
      maxSize: 4096,
      onError: () => {
        throw badRequest('The sign-in request is too large.');
      },
    }),
    async (c) => {
      if (!users)
        throw notFound('This studio has no sign-in of its own. Sign in through your organisation’s address.');
      const parsed = SignInBody.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw badRequest('Send your name and password as JSON: { "name", "password" }.');
      const { name, password } = parsed.data;
      const address = c.get('address');
      await limits.admit(address, name);
      const user = users.find(name);
      const matches = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH));
      if (!user || !matches) throw wrongPassword();
      await limits.succeeded(address, name);
      const session = { name: user.name, credential: credentialOf(user) };
      setCookie(c, SESSION_COOKIE, await state.sessions.create(session), {
        httpOnly: true,
        sameSite: 'Strict',
        secure: isHttps(c),
        path: '/',
        maxAge: Math.floor(access.sessionTtlMs / 1000),
      });
      return c.json(await answer(user.name));
    },
  );

  app.delete('/api/session', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await state.sessions.end(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.body(null, 204);
  });
  return app;
}

/** Behind a TLS-terminating proxy the request arrives as http; the proxy says what the browser used. */
function isHttps(c: Context): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}
