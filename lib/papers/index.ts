/** lib/papers — working papers written together (docs/working-papers.md). Pure: no I/O. */
export * from "./doc";
export * from "./ops";
export * from "./phrases";
export * from "./convert";
export * from "./warnings";
export * from "./validate";
export * from "./sync";
