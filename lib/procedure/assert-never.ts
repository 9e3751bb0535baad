/** Exhaustiveness guard for `switch` statements over discriminated unions. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
