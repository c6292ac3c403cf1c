// Where a roadmap file shared to the installed app (Web Share Target) goes: the service worker stores it, the Roadmaps screen reads it.

/** The manifest's share_target action: the OS posts the shared file here (multipart, field `roadmap`). */
export const SHARE_ACTION = '/roadmaps/share';
export const SHARE_FIELD = 'roadmap';
/** The cache and key the service worker keeps the shared file under until the screen has read it. */
export const SHARE_CACHE = 'roadcards-shared';
export const SHARE_KEY = '/roadmaps/shared-file';
/** The file's name travels in this header (URI-encoded): card ids come from it. */
export const SHARE_NAME_HEADER = 'x-roadcards-file-name';
/** Where the service worker sends the learner once the file is stored. */
export const SHARE_LANDING = '/roadmaps?shared=1';
