/// The team server's limits. Each is refused with a message that says which.

/// One update from one client (a paste of a whole hour is about 1 MB).
export const MAX_UPDATE_BYTES = 8 * 1024 * 1024;
/// A whole document's Yjs state (a 24-hour transcript is about 20 MB).
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/// People connected to one document at once.
export const MAX_CONNECTIONS_PER_DOCUMENT = 100;
