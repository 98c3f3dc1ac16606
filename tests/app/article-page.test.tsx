import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { harbourArticle } from "./fixtures/articles.ts";
import { renderApp, store } from "./render-app.tsx";

describe("reader view", () => {
  it("shows the article when the link's hash is a malformed escape", async () => {
    renderApp("/articles/harbour-plan/#%", [harbourArticle]);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Harbour plan splits council",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("article").querySelectorAll("mark")).toHaveLength(
      3,
    );
  });

  it("shows the article with every quote marked and its speaker on focus", async () => {
    renderApp("/articles/harbour-plan/", [harbourArticle]);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Harbour plan splits council",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("A vote on the waterfront divides the city."),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ada Reporter/)).toBeInTheDocument();
    expect(screen.getByText("1 min read")).toBeInTheDocument();
    expect(screen.getByText("12 October 2023")).toHaveAttribute(
      "datetime",
      "2023-10-12T09:30+01:00",
    );

    const article = screen.getByRole("article");
    const marks = article.querySelectorAll("mark");
    expect([...marks].map((mark) => mark.id)).toEqual(["q-1", "q-2", "q-3"]);
    const first = marks[0] as HTMLElement;
    expect(first).toHaveAccessibleDescription("Jane Roe");
    expect(first).toHaveAttribute("tabindex", "0");
  });

  it("shows a later revision's date beside the date", async () => {
    renderApp("/articles/harbour-plan/", [
      { ...harbourArticle, updated: "2023-10-13" },
    ]);
    const updated = await screen.findByText("Updated 13 October 2023");
    expect(updated.tagName).toBe("TIME");
    expect(updated).toHaveAttribute("datetime", "2023-10-13");
  });

  it("lists quotes and people in the panel, organisations as speakers only", async () => {
    renderApp("/articles/harbour-plan/", [harbourArticle]);
    const panel = await screen.findByRole("complementary", {
      name: "Quotes and people",
    });
    const quotes = within(panel).getByRole("region", { name: /Quotes/ });
    expect(within(quotes).getAllByRole("listitem")).toHaveLength(3);
    expect(within(quotes).getByText("— port authority")).toBeInTheDocument();
    const links = within(quotes).getAllByRole("link", { name: "Show in text" });
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "#q-1",
      "#q-2",
      "#q-3",
    ]);

    const people = within(panel).getByRole("region", { name: "People" });
    expect(within(people).getByText("Jane Roe")).toBeInTheDocument();
    expect(within(people).getByText("Mayor")).toBeInTheDocument();
    expect(
      within(people).getAllByText("Mentioned 1 time · quoted 1 time"),
    ).toHaveLength(2);
    expect(
      within(people).queryByText("port authority"),
    ).not.toBeInTheDocument();
  });

  it("narrows quotes and highlights to one speaker, kept in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/articles/harbour-plan/", [harbourArticle]);
    const select = await screen.findByRole("combobox", { name: "Speaker" });
    await user.selectOptions(select, "Sam Poe");

    await waitFor(() =>
      expect(router.state.location.search).toBe("?speaker=Sam+Poe"),
    );
    const panel = screen.getByRole("complementary", {
      name: "Quotes and people",
    });
    // The URL changes before React has rendered the narrowed page: wait for it.
    await waitFor(() =>
      expect(within(panel).getAllByRole("blockquote")).toHaveLength(1),
    );
    const active = screen
      .getByRole("article")
      .querySelectorAll('mark[data-active="true"]');
    expect([...active].map((mark) => mark.id)).toEqual(["q-2"]);

    await user.selectOptions(select, "");
    await waitFor(() => expect(router.state.location.search).toBe(""));
    await waitFor(() =>
      expect(within(panel).getAllByRole("blockquote")).toHaveLength(3),
    );
  });

  it("reads the speaker filter from a shared link", async () => {
    renderApp("/articles/harbour-plan/?speaker=Jane+Roe", [harbourArticle]);
    const select = await screen.findByRole("combobox", { name: "Speaker" });
    expect(select).toHaveValue("Jane Roe");
    const panel = screen.getByRole("complementary", {
      name: "Quotes and people",
    });
    expect(within(panel).getByRole("blockquote")).toHaveTextContent(
      "the best deal this city has seen",
    );
  });

  it("renders the reading options' choices once their panel is opened", async () => {
    const user = userEvent.setup();
    renderApp("/articles/harbour-plan/", [harbourArticle]);
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("radio", { name: "Extra large" })).toBeNull();
    await user.click(screen.getByText("Reading options"));
    expect(
      await screen.findByRole("radio", { name: "Extra large" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "System" })).toBeChecked();
  });

  it("shows the not-found page for an unknown article", async () => {
    renderApp("/articles/nothing-here/", [harbourArticle]);
    expect(
      await screen.findByRole("heading", { name: "Page not found" }),
    ).toBeInTheDocument();
  });

  it("keeps related-link lines out of the quotes", async () => {
    const text = `${harbourArticle.text}\n\nRead 'Ferry fares rise' - more news`;
    const start = text.lastIndexOf("Read");
    renderApp("/articles/harbour-plan/", [
      { ...harbourArticle, text, relatedLinks: [{ start, end: text.length }] },
    ]);
    const line = await screen.findByText("Read 'Ferry fares rise' - more news");
    expect(line.querySelector("mark")).toBeNull();
    await waitFor(() =>
      expect(screen.getAllByRole("blockquote")).toHaveLength(3),
    );
  });
});

describe("j and k in the reader", () => {
  const older = {
    ...harbourArticle,
    slug: "older-plan",
    title: "An older plan",
    date: "2023-10-01",
  };

  it("open the next article of the list and come back", async () => {
    renderApp("/articles/harbour-plan/", [harbourArticle, older]);
    await screen.findByRole("heading", {
      level: 1,
      name: "Harbour plan splits council",
    });
    await userEvent.keyboard("j");
    expect(
      await screen.findByRole("heading", { level: 1, name: "An older plan" }),
    ).toBeInTheDocument();
    await userEvent.keyboard("k");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Harbour plan splits council",
      }),
    ).toBeInTheDocument();
  });

  it("stay on the article when its neighbours cannot be fetched", async () => {
    store.neighboursUnreachable = true;
    try {
      const { router } = renderApp("/articles/harbour-plan/", [
        harbourArticle,
        older,
      ]);
      await screen.findByRole("heading", {
        level: 1,
        name: "Harbour plan splits council",
      });
      await userEvent.keyboard("j");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(router.state.location.pathname).toBe("/articles/harbour-plan/");
    } finally {
      store.neighboursUnreachable = false;
    }
  });
});
