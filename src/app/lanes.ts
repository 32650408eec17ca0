/** The lane of a resident: their events are handled one at a time, in order. */
export function laneOf(lineUserId: string): string {
  return `user:${lineUserId}`;
}
