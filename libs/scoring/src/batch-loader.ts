/**
 * Groups the lookups that concurrent jobs make in the same tick into one
 * query (`WHERE id = ANY($1)`): with 64 jobs in flight, one round trip instead
 * of 64. Each caller gets its own row, or null.
 */
export class BatchLoader<V> {
  private pending = new Map<string, Array<{ resolve: (v: V | null) => void; reject: (e: unknown) => void }>>();
  private scheduled = false;

  constructor(
    private readonly loadMany: (keys: string[]) => Promise<Map<string, V>>,
    private readonly maxBatch = 500,
  ) {}

  load(key: string): Promise<V | null> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(key);
      if (waiting) waiting.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (this.pending.size >= this.maxBatch) void this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size === 0) return;
    try {
      const found = await this.loadMany([...batch.keys()]);
      for (const [key, callers] of batch) for (const c of callers) c.resolve(found.get(key) ?? null);
    } catch (error) {
      for (const callers of batch.values()) for (const c of callers) c.reject(error);
    }
  }
}
