const keys = new WeakMap<object, number>();
let next = 1;

/** A stable number for an object's identity, for effect keys (a mask is too big to compare by value). */
export function objectKey(object: object): number {
  let key = keys.get(object);
  if (key === undefined) {
    key = next++;
    keys.set(object, key);
  }
  return key;
}
