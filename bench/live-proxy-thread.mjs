// The chaos run's proxy (tests/live/proxy.mjs) on a thread of its own, so the bench's main thread
// (the schedule, the faults) and the proxy never wait on each other; its event-loop delay is kept.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { startProxy } from "../tests/live/proxy.mjs";

const proxy = await startProxy(workerData.port, workerData.upstreams);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
parentPort.on("message", async (m) => {
  let result = null;
  if (m.type === "drop") result = proxy.dropStreams(m.fraction, new RegExp(m.match));
  if (m.type === "delay") result = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  if (m.type === "reset") delay.reset();
  if (m.type === "close") await proxy.close();
  parentPort.postMessage({ id: m.id, result });
});
parentPort.postMessage({ id: "ready" });
