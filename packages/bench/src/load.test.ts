import { describe, expect, it } from 'vitest';
import { closedLoop } from './load';

describe('closedLoop', () => {
  it('counts from the end of the warm-up: onRecording sees the warm-up done, operationsSent what followed', async () => {
    let sent = 0;
    let atRecording = -1;
    const result = await closedLoop({
      connections: 3,
      warmupSeconds: 0.05,
      seconds: 0.1,
      send: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        sent += 1;
        return sent % 7 === 0 ? 'HTTP 500: boom' : true;
      },
      onRecording: () => (atRecording = sent),
    });
    expect(atRecording).toBeGreaterThan(0);
    expect(result.operationsSent).toBe(sent - atRecording);
    expect(result.requests).toBe(result.operationsSent);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.firstError).toBe('HTTP 500: boom');
  });
});
