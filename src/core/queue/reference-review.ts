// Which reference cards a node's daily review takes: those under a node the learner switched them on for.
import type { DeckOutline } from './outline.ts';

/**
 * Reference cards (plans, reading lists, figures) stay out of daily review unless the learner switches them on for a
 * node. Studying `nodeId` then takes the reference cards of every node below a switched-on node, within `nodeId`:
 * switched on for the roadmap or an ancestor, all of `nodeId`'s; switched on for a sub-section, that sub-section's.
 * Returns the node ids (sections, or the roadmap for cards of no known section) whose reference cards join in.
 */
export function referenceReviewNodes(outline: DeckOutline, switchedOn: readonly string[], nodeId: string): ReadonlySet<string> {
  if (switchedOn.length === 0) return new Set();
  const studied = outline.subtree(nodeId);
  const ancestry = new Set(outline.ancestry(nodeId));
  if (switchedOn.some((id) => ancestry.has(id))) return studied;
  const taken = new Set<string>();
  for (const id of switchedOn) if (id !== nodeId && studied.has(id)) for (const below of outline.subtree(id)) taken.add(below);
  return taken;
}

/** The switched-on node ids of a stored setting, whatever was stored (a damaged row reads as none). */
export function switchedOnNodes(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** The switched-on list after turning `nodeId` on or off (other nodes unchanged, no duplicates). */
export function switchReferenceReview(switchedOn: readonly string[] | undefined, nodeId: string, on: boolean): string[] {
  const rest = (switchedOn ?? []).filter((id) => id !== nodeId);
  return on ? [...rest, nodeId] : rest;
}
