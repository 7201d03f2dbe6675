import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the gateway-to-subgraph tests put in front of a subgraph: a plain HTTP server that decides, request by request,
 * to cut, hold or forward. `forward` passes one request on to the subgraph at `target` untouched (the body already
 * read, or still to stream) and streams its answer back.
 */
export function forward(target: string, req: IncomingMessage, res: ServerResponse, body?: Buffer): void {
  const url = new URL(target);
  const upstream = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

/** Listens on a free loopback port and resolves the GraphQL URL the gateway should call there. */
export const listenForGateway = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)));
