/// Asks the browser to keep this site's storage (the browser copy, the edit
/// journal, restore points) when disk space runs low, instead of clearing it
/// as it may with ordinary site data. True when granted, false when refused,
/// null where the browser has no way to ask.
export async function persistStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
