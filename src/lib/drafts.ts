/** Whether an entry is shown: curated entries always; drafts in dev, or when the build asked for them. */
export function isPublished(entry: { data: { draft: boolean } }, includeDrafts: boolean): boolean {
  return includeDrafts || !entry.data.draft;
}
