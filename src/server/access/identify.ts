import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AccessConfig } from '../config.ts';
import { ProxyError } from '../proxy/errors.ts';
import {
  clientAddress,
  trustedProxies,
  type AddressVariables,
  type TrustedProxies,
} from '../proxy/client-address.ts';
import type { SessionStore } from '../state/contracts.ts';
import { credentialOf, type UserDirectory } from './user-directory.ts';
import type { SessionAnswer } from '../../wire/session.ts';

export const SESSION_COOKIE = 'studio_session';
/** Who uses a studio without access control: one designer on their own machine. */
const LOCAL_USER = 'local';
/** Routes anyone may call: the health check and signing in. */
const PUBLIC_PATHS = new Set(['/api/health', '/api/session']);

export type AccessVariables = AddressVariables & { user?: string };

export function accessMode(access: AccessConfig): SessionAnswer['access'] {
  if (access.usersFile) return 'password';
  return access.proxyHeader ? 'proxy' : 'open';
}

export const signInNeeded = (mode: SessionAnswer['access']) =>
  new ProxyError(
    'unauthorized',
    401,
    mode === 'proxy'
      ? 'The studio does not know who you are. Open it through your organisation’s sign-in address.'
      : 'Sign in to use the studio.',
  );

/**
 * Finds the request's user and refuses every `/api` route but health and session without one:
 * the name a trusted reverse proxy put in its header, else a signed-in session, else `local`
 * when the studio has no access control.
 */
export function identify(options: {
  access: AccessConfig;
  sessions: SessionStore;
  users: UserDirectory | undefined;
}): MiddlewareHandler<{ Variables: AccessVariables }> {
  const { access, sessions, users } = options;
  const mode = accessMode(access);
  const trusted = trustedProxies(access.trustedProxies);
  return async (c, next) => {
    const user =
      mode === 'open'
        ? LOCAL_USER
        : (proxyUser(c, access.proxyHeader, trusted) ?? (await sessionUser(c, sessions, users)));
    if (user) c.set('user', user);
    if (!user && !PUBLIC_PATHS.has(c.req.path)) throw signInNeeded(mode);
    return next();
  };
}

function proxyUser(c: Context, header: string | undefined, trusted: TrustedProxies): string | undefined {
  // The header is believed only from the proxy itself, whatever X-Forwarded-For says.
  if (!header || !trusted.has(clientAddress(c))) return undefined;
  const name = c.req.header(header)?.trim();
  return name && name.length <= 254 ? name : undefined;
}

async function sessionUser(
  c: Context,
  sessions: SessionStore,
  users: UserDirectory | undefined,
): Promise<string | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!users || !token) return undefined;
  const session = await sessions.find(token);
  const user = session && users.find(session.name);
  // A user removed from the file, or whose password changed, is signed out at once.
  return user && credentialOf(user) === session.credential ? user.name : undefined;
}
