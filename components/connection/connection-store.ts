import { createStore } from "zustand/vanilla";
import type { ConnectionStatus } from "@/lib/client/connection";

export interface ConnectionState {
  status: ConnectionStatus;
  serverVersion: string | null;
  serverProtocol: number | null;
  /** Round-trip time of the last ping, in ms. */
  latency: number | null;
  setStatus(status: ConnectionStatus, detail?: { serverProtocol?: number; serverVersion?: string }): void;
  setLatency(latency: number): void;
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;

export function createConnectionStore() {
  return createStore<ConnectionState>()((set) => ({
    status: "connecting",
    serverVersion: null,
    serverProtocol: null,
    latency: null,
    setStatus: (status, detail) =>
      set((state) => ({
        status,
        serverVersion: detail?.serverVersion ?? state.serverVersion,
        serverProtocol: detail?.serverProtocol ?? state.serverProtocol,
        latency: status === "connected" ? state.latency : null,
      })),
    setLatency: (latency) => set({ latency }),
  }));
}
