import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** HMAC signatures for image URLs, with a secret that lives as long as the simulator. */
export class UrlSigner {
  private readonly secret = randomBytes(32);

  /** The query of a URL for `path` that works until `expires` (unix seconds). */
  query(path: string, expires: number): string {
    return `expires=${expires}&sig=${this.signature(path, expires)}`;
  }

  verify(path: string, expires: string | undefined, sig: string | undefined, nowSeconds: number): boolean {
    if (!expires || !sig || !/^\d+$/.test(expires)) return false;
    const wanted = Buffer.from(this.signature(path, Number(expires)), 'hex');
    const given = Buffer.from(sig, 'hex');
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return false;
    return nowSeconds <= Number(expires);
  }

  private signature(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('hex');
  }
}
