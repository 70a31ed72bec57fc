/**
 * Fills `{name}` slots in a UI string. Client leaves get raw message strings (see server/raw-labels.ts)
 * and fill them with this, so the browser needs no ICU message formatter. It cannot render ICU
 * plurals or selects: `lib/fill.test.ts` checks that no string it is given has one.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
