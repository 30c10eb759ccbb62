/** Whether `message` is an object whose `type` is `type`: how a message of ours is told apart. */
export function hasMessageType(message: unknown, type: string): boolean {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
}
