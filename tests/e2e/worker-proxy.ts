import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The app behind a pass-through proxy that, once `deploy()` is called, serves a worker changed in
 * one revision, as after a deployment that changed one file. (Playwright's page.route and
 * context.route never see the browser's own fetch of a worker script, so the change is made here.)
 */
export async function proxyWithNewWorker(target: string) {
  const upstream = new URL(target);
  let deployed = false;
  const server = createServer((req, res) => {
    const worker = deployed && (req.url ?? "").startsWith("/sw.js");
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: upstream.host };
    // The whole new body: uncompressed, and never a 304 for the browser's conditional update check.
    if (worker)
      for (const name of ["accept-encoding", "if-none-match", "if-modified-since"]) delete headers[name];
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        if (!worker) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk: string) => (body += chunk));
        answer.on("end", () => {
          const changed = body.replace(/(revision"?:\s*")([^"]+)"/, '$1$2-next"');
          const rest = { ...answer.headers };
          delete rest["content-length"];
          res.writeHead(answer.statusCode ?? 502, rest);
          res.end(changed);
        });
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploy: () => (deployed = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
