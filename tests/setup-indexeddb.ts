// Gives unit and component tests an in-memory IndexedDB (the browser tests use the real one).
import 'fake-indexeddb/auto';
