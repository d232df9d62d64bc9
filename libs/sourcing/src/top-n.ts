/**
 * Keeps the best `capacity` items seen, in O(log capacity) per item: a binary
 * heap with the worst kept item on top, so a new item is compared to it once.
 */
export class TopN<T> {
  private readonly heap: T[] = [];

  /** `better(a, b)` is true when a ranks strictly before b. */
  constructor(
    private readonly capacity: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  get size(): number {
    return this.heap.length;
  }

  /** Would `item` be kept? Lets callers skip building an item that would be dropped. */
  accepts(item: T): boolean {
    return this.heap.length < this.capacity || this.better(item, this.heap[0]);
  }

  push(item: T): void {
    if (this.heap.length < this.capacity) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (this.better(item, this.heap[0])) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  // Heap order: a parent is worse than (not better than) its children.
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.heap[parent], this.heap[i])) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.heap.length && this.better(this.heap[worst], this.heap[l])) worst = l;
      if (r < this.heap.length && this.better(this.heap[worst], this.heap[r])) worst = r;
      if (worst === i) return;
      [this.heap[worst], this.heap[i]] = [this.heap[i], this.heap[worst]];
      i = worst;
    }
  }
}
