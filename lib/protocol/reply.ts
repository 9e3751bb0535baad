/** Every command is answered with one of these: a result, or an error with a stable code. */
export interface ProtocolError {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export type Reply<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ProtocolError };

export type Ack<T extends object = object> = (reply: Reply<T>) => void;

export function ok<T extends object>(value: T): { ok: true } & T {
  return { ok: true, ...value };
}

export function fail(code: string, message: string, params?: Record<string, string | number>): { ok: false; error: ProtocolError } {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}
