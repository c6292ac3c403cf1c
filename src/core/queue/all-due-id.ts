// The node id of "study everything due", alone: Home and storage's start-up code need the id, not the queue merge.

/**
 * The node id `/study/all` uses. Real node ids are `<slug>` or `<slug>.s<hash>` (see deck/ids.ts) and a deck
 * slug comes from a file name, so a roadmap file named `all.md` would collide: storage gives the roadmap priority.
 */
export const ALL_DUE_NODE_ID = 'all';
