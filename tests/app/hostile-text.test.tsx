import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { collectSpeakers } from "../../src/plugin/speakers.ts";
import type { Article } from "../../src/model/article.ts";
import { harbourArticle } from "./fixtures/articles.ts";
import { renderApp } from "./render-app.tsx";

/**
 * Article text, titles, bylines, speaker and people names are whatever a seed file
 * says. Every page shows them as text: no element, attribute or script comes of them.
 */

const XSS = `<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3) {{7*7}}`;
const NAME = `Jo <b onmouseover=alert(4)>Roe</b>`;

function hostileArticle(): Article {
  const lines = [
    XSS,
    `Dek ${XSS}`,
    `By ${NAME}`,
    `“${XSS},” ${NAME} said.`,
    `</script><script>alert(5)</script> ends here.`,
  ];
  const text = lines.join("\n\n");
  const at = (line: string) => {
    const start = text.indexOf(line);
    return { start, end: start + line.length };
  };
  const quoteStart = text.indexOf(XSS, text.indexOf("“"));
  return {
    ...harbourArticle,
    slug: "hostile",
    file: `${XSS}.txt`,
    text,
    title: XSS,
    standfirst: `Dek ${XSS}`,
    byline: NAME,
    paragraphs: [at(lines[3] ?? ""), at(lines[4] ?? "")],
    relatedLinks: [],
    quotes: [
      {
        id: "q-1",
        text: `${XSS},`,
        start: quoteStart,
        end: quoteStart + XSS.length + 1,
        speaker: NAME,
        speakerKind: "person",
        cue: "said",
        method: "named",
        confidence: "high",
        doubt: XSS,
        kind: "full",
        paragraph: 0,
        continues: null,
      },
    ],
    people: [{ name: NAME, role: XSS, aliases: [XSS], mentions: 1, quotes: 1 }],
    speakers: [{ name: NAME, kind: "person", quotes: 1 }],
  };
}

/** Elements that hostile text would have produced had it become markup. */
function injected(container: HTMLElement): string[] {
  return [
    ...container.querySelectorAll("script, img[src='x'], b[onmouseover]"),
    ...[...container.querySelectorAll("a[href]")].filter((link) =>
      /^\s*javascript:/i.test(link.getAttribute("href") ?? ""),
    ),
  ].map((element) => element.outerHTML);
}

let alert: ReturnType<typeof vi.fn>;
beforeEach(() => {
  alert = vi.fn();
  vi.stubGlobal("alert", alert);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("hostile text is shown as text", () => {
  it("on the article page: title, standfirst, byline, quotes, speakers, people", async () => {
    const article = hostileArticle();
    const { container } = renderApp("/articles/hostile/", [article]);
    expect(
      await screen.findByRole("heading", { level: 1, name: XSS }),
    ).toBeInTheDocument();
    expect(container.textContent).toContain(`Dek ${XSS}`);
    expect(container.textContent).toContain(NAME);
    expect(container.textContent).toContain(
      "</script><script>alert(5)</script> ends here.",
    );
    const mark = container.querySelector("mark");
    expect(mark?.firstChild?.textContent).toBe(`${XSS},`);
    // The title is set by an effect, which may run after the page is on screen.
    await waitFor(() => expect(document.title).toContain(XSS));
    expect(injected(container)).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
  });

  it("on the list", async () => {
    const { container } = renderApp("/", [hostileArticle()]);
    expect(await screen.findByRole("link", { name: XSS })).toBeInTheDocument();
    expect(injected(container)).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
  });

  it("on the speakers index and the speaker's page", async () => {
    const article = hostileArticle();
    const index = renderApp("/speakers/", [article]);
    expect(await screen.findAllByText(NAME)).not.toHaveLength(0);
    expect(injected(index.container)).toEqual([]);
    index.unmount();

    const slug = collectSpeakers([article])[0]?.slug ?? "";
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    const page = renderApp(`/speakers/${slug}/`, [article]);
    expect(
      await screen.findByRole("heading", { level: 1, name: NAME }),
    ).toBeInTheDocument();
    expect(page.container.textContent).toContain(`${XSS},`);
    expect(injected(page.container)).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
  });
});
