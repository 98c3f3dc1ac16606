import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Article, Quote } from "../../src/model/article.ts";
import { harbourArticle } from "./fixtures/articles.ts";
import { renderApp } from "./render-app.tsx";

/** The harbour article with Sam Poe named on weak evidence for the second quote. */
function withDoubt(how: Pick<Quote, "method" | "cue" | "doubt">): Article {
  return {
    ...harbourArticle,
    quotes: harbourArticle.quotes.map((quote) =>
      quote.id === "q-2" ? { ...quote, ...how, confidence: "low" } : quote,
    ),
  };
}

const doubtful = withDoubt({
  method: "pronoun",
  cue: "he said",
  doubt: "Jo Lee is named just before too",
});

describe("uncertain speakers", () => {
  it("are marked as uncertain in the text, the panel and why this speaker", async () => {
    renderApp("/articles/harbour-plan/", [doubtful]);
    const panel = await screen.findByRole("complementary", {
      name: "Quotes and people",
    });
    const mark = screen.getByRole("article").querySelector("#q-2");
    expect(mark).toHaveAccessibleDescription("Sam Poe (uncertain)");
    expect(mark).toHaveAttribute("data-uncertain", "true");
    expect(
      screen.getByRole("article").querySelector("#q-1"),
    ).not.toHaveAttribute("data-uncertain");

    const quotes = within(panel).getByRole("region", { name: /Quotes/ });
    const item = within(quotes).getAllByRole("listitem")[1]!;
    expect(item).toHaveTextContent("— Sam Poe (uncertain)");
    expect(
      within(item).getByText(/Why this speaker/).parentElement,
    ).toHaveTextContent("Uncertain: Jo Lee is named just before too.");
  });

  it("say when only nearness names the speaker", async () => {
    const guessed = withDoubt({
      method: "nearest",
      cue: null,
      doubt: "a guess from where the name stands",
    });
    renderApp("/articles/harbour-plan/", [guessed]);
    const panel = await screen.findByRole("complementary", {
      name: "Quotes and people",
    });
    const quotes = within(panel).getByRole("region", { name: /Quotes/ });
    const item = within(quotes).getAllByRole("listitem")[1]!;
    expect(item).toHaveTextContent("— Sam Poe (uncertain)");
    expect(
      within(item).getByText(/Why this speaker/).parentElement,
    ).toHaveTextContent(
      "No cue names a speaker; Sam Poe is the person named nearest to it. Uncertain: a guess from where the name stands.",
    );
  });

  it("can be left out of the panel and the text, kept in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/articles/harbour-plan/", [doubtful]);
    const panel = await screen.findByRole("complementary", {
      name: "Quotes and people",
    });
    const box = within(panel).getByRole("checkbox", {
      name: "Leave out 1 quote with an uncertain or no speaker",
    });
    await user.click(box);
    await waitFor(() => expect(router.state.location.search).toBe("?sure=1"));
    await waitFor(() =>
      expect(within(panel).getAllByRole("blockquote")).toHaveLength(2),
    );
    const active = screen
      .getByRole("article")
      .querySelectorAll('mark[data-active="true"]');
    expect([...active].map((m) => m.id)).toEqual(["q-1", "q-3"]);
  });

  it("offers no such choice when every speaker is sure", async () => {
    renderApp("/articles/harbour-plan/", [harbourArticle]);
    const panel = await screen.findByRole("complementary", {
      name: "Quotes and people",
    });
    expect(within(panel).queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("are flagged on a speaker's page, which can leave them out", async () => {
    const user = userEvent.setup();
    const second: Article = {
      ...harbourArticle,
      slug: "harbour-vote",
      title: "Harbour vote delayed",
    };
    renderApp("/speakers/sam-poe/", [doubtful, second]);
    await screen.findByRole("heading", { level: 1, name: "Sam Poe" });
    expect(screen.getAllByRole("blockquote")).toHaveLength(2);
    expect(screen.getByText(/Speaker uncertain/)).toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", {
        name: "Leave out 1 quote attributed on weak evidence",
      }),
    );
    expect(screen.getAllByRole("blockquote")).toHaveLength(1);
    expect(
      screen.queryByRole("link", { name: "Harbour plan splits council" }),
    ).not.toBeInTheDocument();
  });
});
