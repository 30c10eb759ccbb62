import type { Verdict } from "../../src/verdict";
import type { Variant } from "./bench-browser";
import type { BudgetResult } from "./budgets";
import type { ClassifierResult } from "./classifier-throughput";
import type { InjectedFile, InjectedSize } from "./content-script-size";
import type { Machine } from "./machine";
import type { ScriptBreakdown } from "./module-sizes";
import type { LoadParts } from "./page-sample";
import type { BenchPortal } from "./route-plan";
import type { SoakResult } from "./soak";
import type { Summary } from "./stats";

/** Compared against A, sample by sample: what the control extension and ours add. */
export interface Added {
  N: Summary;
  E: Summary;
}

/** What `npm run bench` writes to bench/results.json. Times in ms, sizes in bytes. */
export interface BenchResults {
  date: string;
  commit: string | null;
  /** Uncommitted changes in the tree that was measured. */
  dirty: boolean;
  command: string;
  machine: Machine;
  durationS: number;
  repetitions: number;
  portals: BenchPortal[];
  build: { dir: string; rebuilt: boolean; reason: string };
  routePlans: Record<BenchPortal, { routes: number; verdicts: Verdict[]; missingVerdicts: Verdict[] }>;
  load: {
    taskMs: Record<Variant, Summary>;
    scriptMs: Record<Variant, Summary>;
    addedTaskMs: Added;
    addedScriptMs: Added;
    addedLoadPartsMs: Record<keyof LoadParts, Added>;
    /** Added TaskDuration on loads of `none` pages, loaded apart from the repetitions; null if the bench has none. */
    addedTaskMsOnNonePages: Added | null;
    /** Content script start to the banner script running, E on pages that are not none (absent before). */
    bannerLoadedMs?: Summary | null;
    /** Content script start to the first visible banner, E on pages that are not none (absent before). */
    firstBannerMs?: Summary | null;
    /** median(E − A) / median(N − A) of TaskDuration; null when the control adds nothing measurable. */
    taskVsControl: number | null;
  };
  heapAfterLoad: { bytes: Record<Variant, Summary>; addedBytes: Added };
  routeChange: {
    /** Route changes timed in E. */
    changes: number;
    /** Changes from a page without a banner yet that brought the banner script in: left out (absent before). */
    bannerLoads?: number;
    /** Changes whose `data-verdict` never changed. */
    missed: number;
    /** Null when no change was seen at all. */
    framesLate: Summary | null;
    framesLateByMechanism: Record<string, Summary>;
    seenToRenderedMs: Summary | null;
    recalcStyleMs: Record<Variant, Summary>;
    addedRecalcStyleMs: Added;
  };
  storm: {
    nodes: number;
    taskMs: Record<Variant, Summary>;
    /** Per sample X / A of TaskDuration. */
    ratio: Added;
  };
  /** What a page gets before its first banner: the manifest's content scripts. */
  size: InjectedSize;
  /** The banner script the background injects on the first verdict that is not none (absent before). */
  bannerScript?: InjectedFile | null;
  /** The first script by source module (absent before). */
  firstScriptModules?: ScriptBreakdown;
  soak: Record<BenchPortal, { A: SoakResult; E: SoakResult }>;
  classifier: ClassifierResult;
  budgets: BudgetResult[];
}
