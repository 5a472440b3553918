/** A comma-separated attribute (`department="15,43"`) as its values; empty means "no filter". */
export const listOf = (value?: string) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
