import { expect, it } from 'vitest';
import { hashBlob } from './hash.ts';

it('names a blob by the SHA-256 of its bytes, in hex', async () => {
  expect(await hashBlob(new Blob(['abc']))).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});
