// A small reverse proxy for the live-class tests and `npm run bench:live`, as nginx would be in front
// of one or more instances: streams pass through unbuffered; with several upstreams each request goes
// to the next one that is up (round robin), and a refused connection marks an upstream down for a
// moment and sends the request on to the next (nginx's `proxy_next_upstream error`): a POST only when
// nothing reached the dead upstream (connection refused), a GET or HEAD on any error before the
// answer began. With no upstream left it answers 502. Answers other than streams are read whole before
// they are passed on, so one cut off by a dying upstream becomes a 502. Plain JavaScript, so the bench (plain Node) and
// the tests (TypeScript, through tests/live/proxy.d.mts) share it. Loopback only.
import { createServer, request as httpRequest } from "node:http";

const DOWN_MS = 1000;

/**
 * @param {number} port
 * @param {number | number[]} upstreams
 */
export function startProxy(port, upstreams) {
  const ports = Array.isArray(upstreams) ? upstreams : [upstreams];
  const downUntil = new Map();
  /** Open event streams (responses with `text/event-stream`), each with its request's path. */
  const streams = new Set();
  let next = 0;

  const pick = (tried) => {
    const now = Date.now();
    for (let k = 0; k < ports.length; k++) {
      const p = ports[(next + k) % ports.length];
      if (!tried.has(p) && (downUntil.get(p) ?? 0) <= now) {
        next = (next + k + 1) % ports.length;
        return p;
      }
    }
    // Every upstream marked down: try one not tried yet anyway (it may be back).
    return ports.find((p) => !tried.has(p));
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("error", () => res.destroy());
    req.on("end", () => forward(req, res, Buffer.concat(chunks), new Set()));
  });

  /** 502 while nothing of the answer has been sent; else the connection is cut. */
  function badGateway(res) {
    if (res.writableEnded) return;
    if (res.headersSent || res.destroyed) return res.destroy();
    res.writeHead(502, { "content-type": "text/plain" });
    res.end("Bad Gateway");
  }

  function forward(req, res, body, tried) {
    const upstream = pick(tried);
    if (upstream === undefined) return badGateway(res);
    tried.add(upstream);
    let answered = false;
    const up = httpRequest(
      { host: "127.0.0.1", port: upstream, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        answered = true;
        const isStream = /text\/event-stream/.test(String(upRes.headers["content-type"] ?? ""));
        if (!isStream) {
          // An answer that is not a stream is read whole before any of it is sent (nginx buffers
          // it too): an upstream that dies mid-answer gives the client a clean 502, not a cut.
          const chunks = [];
          upRes.on("data", (c) => chunks.push(c));
          upRes.on("end", () => {
            if (res.destroyed) return;
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            res.end(Buffer.concat(chunks));
          });
          upRes.on("aborted", () => badGateway(res));
          upRes.on("error", () => badGateway(res));
          return;
        }
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        const entry = { path: req.url ?? "", upstream, cut: () => res.destroy() };
        streams.add(entry);
        res.on("close", () => streams.delete(entry));
        upRes.pipe(res);
        upRes.on("error", () => res.destroy());
        upRes.on("aborted", () => res.destroy());
      },
    );
    up.on("error", (error) => {
      if (answered) return badGateway(res);
      const refused = /** @type {NodeJS.ErrnoException} */ (error).code === "ECONNREFUSED";
      if (refused) downUntil.set(upstream, Date.now() + DOWN_MS);
      const again = refused || req.method === "GET" || req.method === "HEAD";
      if (again && !res.destroyed && tried.size < ports.length) return forward(req, res, body, tried);
      badGateway(res);
    });
    res.on("close", () => up.destroy());
    up.end(body);
  }

  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        /** Open event streams through the proxy (optionally only those whose path matches). */
        streamCount: (match) => [...streams].filter((s) => !match || match.test(s.path)).length,
        /**
         * Cuts `fraction` of the open event streams whose path matches, chosen at random, as a network
         * would (the client sees its connection end mid-stream); returns how many.
         */
        dropStreams(fraction, match) {
          const open = [...streams].filter((s) => !match || match.test(s.path));
          const n = Math.round(open.length * fraction);
          for (let i = open.length - 1; i > 0; i--) {
            const j = Math.floor(Math.random() * (i + 1));
            [open[i], open[j]] = [open[j], open[i]];
          }
          for (const s of open.slice(0, n)) s.cut();
          return n;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
