/** Test-only: one request the fuzzer sends, with a label that says what is wrong with it. */
export type FuzzCase = {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
};
