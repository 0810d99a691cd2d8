/** Sync counts through the Excel adapter and the fake context (null until the Excel host exists). */
export async function benchExcelSyncs(): Promise<{ syncs: { '1': number | null; '50': number | null } }> {
  return { syncs: { '1': null, '50': null } };
}
