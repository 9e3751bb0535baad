/** The owner keys of the drafts imported from this browser (rename / delete), in local storage. */
const KEY = "hemicycle.my-documents";
type Store = Pick<Storage, "getItem" | "setItem">;

export function ownedDocuments(store: Store): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(KEY) ?? "{}");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string"))
      : {};
  } catch {
    return {};
  }
}

export function rememberDocument(store: Store, id: string, ownerKey: string): void {
  try {
    store.setItem(KEY, JSON.stringify({ ...ownedDocuments(store), [id]: ownerKey }));
  } catch {
    // Storage unavailable: the document stays in the library, only renaming it is lost.
  }
}

export function forgetDocument(store: Store, id: string): void {
  const { [id]: _gone, ...rest } = ownedDocuments(store);
  void _gone;
  try {
    store.setItem(KEY, JSON.stringify(rest));
  } catch {
    // ignore
  }
}
