/**
 * Fills `{name}` placeholders in a raw message (read with next-intl's `t.raw`), for text that is built
 * in plain functions shared by server and browser (letters, complaints). Unknown placeholders stay as they are.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
