import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs, one line per event. Never pass request variables, bodies or rows to a log call: they carry personal
 * data. The redaction below is a safety net for the usual suspects, not a licence.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['*.authorization', '*.headers.authorization', '*.variables', '*.password', '*.token', '*.email', '*.nom', '*.prenom'],
      censor: '[masqué]',
    },
  });
}
