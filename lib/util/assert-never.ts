/** Exhaustiveness check for switches over discriminated unions: a new member becomes a compile error here. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
