/**
 * HTML built by one tagged template that escapes every value it is given: text from articles,
 * questions and Discord users can never open a tag or an attribute. Only `Html` values — made by
 * this template — pass through as markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  if (v === null || v === undefined || v === false) return "";
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/**
 * Data for a page's script, as a `<script type="application/json">` block the browser never runs:
 * `<` is written as \u003c so no string inside can close the element (nor U+2028/9 break it).
 */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}
