/** A name made safe for a file name: "Northshire Partnership, March 2027" → "northshire-partnership-march-2027". */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .normalize('NFKD')
      // Accents come apart from their letters (é → e and a mark); the marks go.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
      .replace(/-$/, '') || fallback
  );
}
