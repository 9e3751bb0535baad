/** Bumped on any incompatible change; a client on another version is refused at the handshake. */
export const PROTOCOL_VERSION = 1;
