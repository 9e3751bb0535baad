// Runs a program in the foreground of this one: the signals that stop `npm start` (Ctrl-C, `kill`,
// a process manager) are passed on to it, so the server shuts down as it does on its own (sockets
// closed, database flushed) instead of being left running on its port when only this process was
// told to stop; this process then exits as the program did.
import { spawn } from "node:child_process";

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];

export function runChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  child.on("error", (error) => {
    console.error(`could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    for (const s of FORWARDED) process.off(s, forward);
    // Killed by a signal: end the same way (with our handlers gone, its default action applies).
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 0);
  });
  return child;
}
