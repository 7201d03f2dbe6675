import type { DataSource } from 'typeorm';
import { insertAuditRows, type AuditRow } from './audit-trail';

/** The most rows one statement writes; more wait for the next. */
const MAX_ROWS = 500;

/**
 * Writes the trails of a subgraph's requests, those that end while a write is under way together in the next
 * statement: under load, one insert and one commit serve several answers instead of one each. Each request still
 * waits for the statement that carries its rows (the answer leaves after its trail is written), and a failed
 * statement fails every request it carried.
 */
export class AuditWriter {
  private queue: Array<{ rows: AuditRow[]; resolve: () => void; reject: (error: unknown) => void }> = [];
  private writing = false;

  constructor(private readonly db: Pick<DataSource, 'query'>) {}

  write(rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        // The first request waiting, then those that fit with it: a request's rows are never split.
        let taken = 1;
        let rows = this.queue[0]!.rows.length;
        for (; taken < this.queue.length && rows + this.queue[taken]!.rows.length <= MAX_ROWS; taken += 1) rows += this.queue[taken]!.rows.length;
        const batch = this.queue.splice(0, taken);
        try {
          await insertAuditRows(this.db, batch.flatMap((request) => request.rows));
          for (const request of batch) request.resolve();
        } catch (error) {
          for (const request of batch) request.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
