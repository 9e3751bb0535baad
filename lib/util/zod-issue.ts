/** How a refused payload is named in an error: its first zod issue, where it is and what is wrong. */
import type { z } from "zod";

export function firstIssue(error: z.ZodError, root = "(root)"): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path.join(".") || root, message: issue?.message ?? "invalid" };
}

/** The params of an `http.invalid_body` refusal: which field, and what is wrong with it. */
export function issueParams(error: z.ZodError): { path: string; detail: string } {
  const { path, message } = firstIssue(error);
  return { path, detail: message };
}

/** `path: message`, for errors read by people (a bot profile, an override, a command). */
export function describeIssue(error: z.ZodError, root?: string): string {
  const { path, message } = firstIssue(error, root);
  return `${path}: ${message}`;
}
