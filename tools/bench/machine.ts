import { spawnSync } from "node:child_process";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { resolveChromium } from "../browser/resolve-chromium";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started and ended: how busy the machine was besides us. */
  loadAverage: { start: number; end: number | null };
}

export function describeMachine(): Machine {
  const processors = cpus();
  const version = spawnSync(resolveChromium(), ["--version"], { encoding: "utf8" });
  return {
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: version.status === 0 ? version.stdout.trim() : "unknown",
    loadAverage: { start: loadavg()[0]!, end: null },
  };
}

export function oneLine(machine: Machine): string {
  const load = machine.loadAverage;
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; ${machine.os}; Node ${machine.node}; ` +
    `${machine.chromium}; load average ${load.start.toFixed(2)}→${load.end?.toFixed(2) ?? "?"}`
  );
}
