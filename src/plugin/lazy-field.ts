/**
 * A property whose value is read when asked for (from a file the build keeps, say), and
 * a plain field once something sets it (a test, an edit). One descriptor serves every
 * object it is defined on.
 */
export function lazyField<T extends object>(
  name: string,
  read: (owner: T) => unknown,
): PropertyDescriptor {
  return {
    get(this: T): unknown {
      return read(this);
    },
    set(this: T, value: unknown): void {
      Object.defineProperty(this, name, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  };
}
