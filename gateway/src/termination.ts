type Listener = (...args: unknown[]) => void;

/**
 * Holds back the SIGTERM/SIGINT listeners that libraries register on their own, so that the process drains first.
 *
 * The Hive Gateway runtime registers, lazily and with no option to turn it off, a listener that disposes the
 * runtime on SIGTERM, which aborts every operation in flight ("the server is shutting down"). A load balancer
 * sends SIGTERM to stop a replica: the requests it still serves must finish. Installed before the runtime is
 * created, this catches those listeners; `runHeldListeners()` calls them once our own drain is done.
 */
export function holdTerminationListeners(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']) {
  const held: Listener[] = [];
  const proc = process as unknown as Record<string, (event: string | symbol, listener: Listener) => NodeJS.Process>;
  const originals = new Map<string, (event: string | symbol, listener: Listener) => NodeJS.Process>();
  for (const method of ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']) {
    const original = proc[method]!.bind(process);
    originals.set(method, original);
    proc[method] = (event: string | symbol, listener: Listener) => {
      if (typeof event === 'string' && signals.includes(event as NodeJS.Signals)) {
        held.push(listener);
        return process;
      }
      return original(event, listener);
    };
  }
  return {
    /** Registers our own handler for the signals, for real. */
    onSignal(handler: (signal: NodeJS.Signals) => void) {
      for (const signal of signals) originals.get('on')!(signal, () => handler(signal));
    },
    /** Calls the held listeners (each once), after the drain. */
    async runHeldListeners(signal: NodeJS.Signals) {
      for (const listener of held.splice(0)) await Promise.resolve(listener(signal)).catch(() => {});
    },
  };
}
