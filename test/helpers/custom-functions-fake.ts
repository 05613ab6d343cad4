// The CustomFunctions global as Excel's runtime provides it, enough for the wrappers in
// src/functions: an Error class the specs can recognise and the error codes.
export class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = { invalidValue: '#VALUE!', invalidNumber: '#NUM!' };
const g = globalThis as { CustomFunctions?: unknown };

/** Installs the fake; the returned function puts back whatever was there. */
export function installCustomFunctions(): () => void {
  const saved = g.CustomFunctions;
  g.CustomFunctions = { associate: () => undefined, Error: FakeCfError, ErrorCode: ERROR_CODES };
  return () => {
    g.CustomFunctions = saved;
  };
}

/** Runs `f` on a CustomFunctionsRuntime 1.1 host, which has no CustomFunctions.Error. */
export async function withoutErrorClass<T>(f: () => T | Promise<T>): Promise<T> {
  const full = g.CustomFunctions;
  g.CustomFunctions = { associate: () => undefined, ErrorCode: ERROR_CODES };
  try {
    return await f();
  } finally {
    g.CustomFunctions = full;
  }
}
