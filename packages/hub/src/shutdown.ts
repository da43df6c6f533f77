/** Graceful shutdown: on SIGINT or SIGTERM, stop taking requests, drain, close the database, exit. */
export function closeOnSignals(close: () => Promise<void>, log: (message: string) => void): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    const force = setTimeout(() => {
      log('still busy after 10 s: exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    close().then(
      () => process.exit(0),
      (error) => {
        log(`error while stopping: ${error}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
