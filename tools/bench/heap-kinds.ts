import type { MeasuredPage } from "./bench-browser";

/** Bytes of the page's JS heap by V8 node type ("code", "object", "hidden", "string", ...). */
export type HeapKinds = Record<string, number>;

interface SnapshotMeta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
}

/**
 * Takes a heap snapshot (which collects garbage first) and sums the objects' own sizes by type, so
 * growth can be told apart: compiled code and inline-cache feedback that V8 adds as functions warm
 * up and that stops growing, against objects that something keeps alive.
 */
export async function heapByKind(measured: MeasuredPage): Promise<HeapKinds> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }): void => {
    chunks.push(chunk);
  };
  measured.cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  try {
    await measured.cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    measured.cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  }
  const snapshot = JSON.parse(chunks.join("")) as { snapshot: { meta: SnapshotMeta }; nodes: number[] };
  return sumByType(snapshot.snapshot.meta, snapshot.nodes);
}

export function sumByType(meta: SnapshotMeta, nodes: readonly number[]): HeapKinds {
  const width = meta.node_fields.length;
  const typeField = meta.node_fields.indexOf("type");
  const sizeField = meta.node_fields.indexOf("self_size");
  if (typeField === -1 || sizeField === -1) throw new Error("heap snapshot without type or self_size");
  const typeNames = meta.node_types[0];
  const kinds: HeapKinds = {};
  for (let offset = 0; offset < nodes.length; offset += width) {
    const name = typeNames[nodes[offset + typeField]!] ?? "unknown";
    kinds[name] = (kinds[name] ?? 0) + nodes[offset + sizeField]!;
  }
  return kinds;
}
