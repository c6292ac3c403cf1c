// The page-wide signal that a history sync brought something from another device (Home reads its counts again).
export const HISTORY_RECEIVED_EVENT = 'roadcards-history-received';
