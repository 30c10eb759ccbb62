import type { Variant } from "./bench-browser";
import { STORM_NODES } from "./mutation-storm";
import type { PageSample } from "./page-sample";
import type { BenchResults } from "./results";
import { pairedDifferences, pairedRatios, type Summary, summarise } from "./stats";

/** Samples of each variant, index i of each taken in the same repetition on the same portal. */
export type PairedSamples = Record<Variant, PageSample[]>;

type Aggregated = Pick<BenchResults, "load" | "heapAfterLoad" | "routeChange" | "storm">;

function perVariant(samples: PairedSamples, pick: (sample: PageSample) => number): Record<Variant, Summary> {
  return {
    A: summarise(samples.A.map(pick)),
    N: summarise(samples.N.map(pick)),
    E: summarise(samples.E.map(pick)),
  };
}

function addedOverA(values: Record<Variant, number[]>): { N: Summary; E: Summary } {
  return {
    N: summarise(pairedDifferences(values.N, values.A)),
    E: summarise(pairedDifferences(values.E, values.A)),
  };
}

function column(samples: PairedSamples, pick: (sample: PageSample) => number[]): Record<Variant, number[]> {
  return { A: samples.A.flatMap(pick), N: samples.N.flatMap(pick), E: samples.E.flatMap(pick) };
}

/**
 * `nonePageTaskMs`: TaskDuration of each variant's loads of the none pages, taken side by side apart
 * from the repetitions (side-by-side-loads.ts).
 */
export function aggregate(samples: PairedSamples, nonePageTaskMs: Record<Variant, number[]>): Aggregated {
  const count = samples.A.length;
  if (count === 0 || samples.N.length !== count || samples.E.length !== count) {
    throw new Error(`unpaired samples: A ${samples.A.length}, N ${samples.N.length}, E ${samples.E.length}`);
  }
  const task = column(samples, (sample) => [sample.taskMs]);
  const addedTaskMs = addedOverA(task);
  // The change that brought the banner in waited for its script: not a same-frame change (route-changes.ts).
  const changes = samples.E.flatMap((sample) => sample.routeChanges).filter((change) => !change.loadsBanner);
  const sameFrame = samples.E.flatMap((sample) => sample.routeChanges.map((change) => !change.loadsBanner));
  const timed = changes.filter((change) => change.framesLate !== null);
  const byMechanism: Record<string, Summary> = {};
  for (const mechanism of new Set(timed.map((change) => change.mechanism))) {
    byMechanism[mechanism] = summarise(
      timed.filter((change) => change.mechanism === mechanism).map((change) => change.framesLate!),
    );
  }
  const seenToRendered = changes.flatMap((change) =>
    change.seenToRenderedMs === null ? [] : [change.seenToRenderedMs],
  );
  const recalcAll = column(samples, (sample) => sample.routeChanges.map((change) => change.recalcStyleMs));
  const recalc = {
    A: recalcAll.A.filter((_, index) => sameFrame[index]),
    N: recalcAll.N.filter((_, index) => sameFrame[index]),
    E: recalcAll.E.filter((_, index) => sameFrame[index]),
  };
  const firstBanner = samples.E.flatMap((sample) =>
    sample.firstBannerMs === null ? [] : [sample.firstBannerMs],
  );
  const bannerLoaded = samples.E.flatMap((sample) =>
    sample.bannerLoadedMs === null ? [] : [sample.bannerLoadedMs],
  );
  const stormTask = column(samples, (sample) => [sample.storm.taskMs]);
  return {
    load: {
      taskMs: perVariant(samples, (sample) => sample.taskMs),
      scriptMs: perVariant(samples, (sample) => sample.scriptMs),
      addedTaskMs,
      addedScriptMs: addedOverA(column(samples, (sample) => [sample.scriptMs])),
      addedLoadPartsMs: {
        compileMs: addedOverA(column(samples, (sample) => [sample.loadParts.compileMs])),
        recalcStyleMs: addedOverA(column(samples, (sample) => [sample.loadParts.recalcStyleMs])),
        layoutMs: addedOverA(column(samples, (sample) => [sample.loadParts.layoutMs])),
        otherMs: addedOverA(column(samples, (sample) => [sample.loadParts.otherMs])),
      },
      addedTaskMsOnNonePages: nonePageTaskMs.A.length > 0 ? addedOverA(nonePageTaskMs) : null,
      bannerLoadedMs: bannerLoaded.length > 0 ? summarise(bannerLoaded) : null,
      firstBannerMs: firstBanner.length > 0 ? summarise(firstBanner) : null,
      taskVsControl: addedTaskMs.N.median > 0 ? addedTaskMs.E.median / addedTaskMs.N.median : null,
    },
    heapAfterLoad: {
      bytes: perVariant(samples, (sample) => sample.heapBytes),
      addedBytes: addedOverA(column(samples, (sample) => [sample.heapBytes])),
    },
    routeChange: {
      changes: changes.length,
      bannerLoads: sameFrame.filter((same) => !same).length,
      missed: changes.length - timed.length,
      framesLate: timed.length > 0 ? summarise(timed.map((change) => change.framesLate!)) : null,
      framesLateByMechanism: byMechanism,
      seenToRenderedMs: seenToRendered.length > 0 ? summarise(seenToRendered) : null,
      recalcStyleMs: {
        A: summarise(recalc.A),
        N: summarise(recalc.N),
        E: summarise(recalc.E),
      },
      addedRecalcStyleMs: addedOverA(recalc),
    },
    storm: {
      nodes: STORM_NODES,
      taskMs: perVariant(samples, (sample) => sample.storm.taskMs),
      ratio: {
        N: summarise(pairedRatios(stormTask.N, stormTask.A)),
        E: summarise(pairedRatios(stormTask.E, stormTask.A)),
      },
    },
  };
}
