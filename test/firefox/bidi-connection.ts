import { WebSocket } from "undici";

/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): Firefox speaks it
 * natively, so stock Firefox ESR can be driven without geckodriver or a patched browser build.
 * Playwright's own BiDi mode needs commands newer than Firefox ESR has.
 */

type Json = Record<string, unknown>;

interface Pending {
  method: string;
  resolve(result: Json): void;
  reject(error: Error): void;
}

export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(params: Json) => void>>();
  private closedWith: Error | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (event) => this.receive(String(event.data)));
    socket.addEventListener("close", () => this.fail(new Error("the WebDriver BiDi connection closed")));
  }

  static open(url: string): Promise<BidiConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.addEventListener("open", () => resolve(new BidiConnection(socket)), { once: true });
      socket.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
  }

  send<Result extends Json = Json>(method: string, params: Json = {}): Promise<Result> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (result: Json) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, listener: (params: Json) => void): void {
    const listeners = this.listeners.get(event) ?? new Set();
    listeners.add(listener);
    this.listeners.set(event, listeners);
  }

  close(): void {
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as {
      id?: number;
      type: "success" | "error" | "event";
      method?: string;
      params?: Json;
      result?: Json;
      error?: string;
      message?: string;
    };
    if (message.type === "event" && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      return;
    }
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === "success") pending.resolve(message.result ?? {});
    else pending.reject(new Error(`${pending.method}: ${message.error}: ${message.message ?? ""}`));
  }

  private fail(error: Error): void {
    this.closedWith = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
