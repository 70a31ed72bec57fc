export interface Fault {
  at: number;
  what: "kill" | "pg-restart" | "listen" | "drop";
  label: string;
}

interface Window {
  n: number;
  p95: number;
  p99: number;
}

export interface ChaosReport {
  engine: "postgres" | "pglite";
  instances: number;
  streams: number;
  rounds: number;
  seconds: number;
  acked: number;
  lost: number;
  twice: number;
  gaps: number;
  doubledFrames: number;
  windows: {
    label: string;
    atS: number;
    detail: string | null;
    back: number;
    streams: number;
    slowestBackMs: number;
    /** Streams that also had an event frame within 15 s (the next event may come later). */
    withEvent: number;
    slowestEventMs: number;
    before: Window;
    during: Window;
    after: Window;
  }[];
  errors: [string, number][];
  generatorP99: number;
  mainP99: number;
  proxyP99: number;
  output: string;
}

export function schedule(engine: "postgres" | "pglite", gapS?: number): Fault[];

export function runChaos(o: {
  engine: "postgres" | "pglite";
  ports: number[];
  proxyPort: number;
  pgPort?: number;
  classes: number;
  students: number;
  threads: number;
  faults?: Fault[];
  /** Rounds go on this long after the last fault is over (30 s), and at least `minRounds` (1). */
  tailS?: number;
  minRounds?: number;
  spreadMs?: number;
  /** PostgreSQL: the killed instance starts again this long after the kill (10 s). */
  restartAfterS?: number;
  dataDir: string;
  nodeOptions?: string;
  log?: (m: string) => void;
}): Promise<ChaosReport>;

export function chaosTable(r: ChaosReport): string;
