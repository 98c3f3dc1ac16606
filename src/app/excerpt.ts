/** A piece of text, marked when it is one of the matched words. */
export interface Fragment {
  text: string;
  match: boolean;
}

/** Splits Pagefind's excerpt (text with `<mark>`s) into fragments, without innerHTML. */
export function parseExcerpt(html: string): Fragment[] {
  const body = new DOMParser().parseFromString(
    `<body>${html}</body>`,
    "text/html",
  ).body;
  return [...body.childNodes].map((node) => ({
    text: node.textContent ?? "",
    match: node.nodeName === "MARK",
  }));
}
