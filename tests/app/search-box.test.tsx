import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { harbourArticle } from "./fixtures/articles.ts";
import { renderApp } from "./render-app.tsx";

describe("search box", () => {
  it("shows results as you type, matched words marked, linking to the quote", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    await screen.findByRole("list", { name: "Articles" });
    await user.keyboard("/");
    const input = screen.getByRole("searchbox", {
      name: "Search articles, quotes and speakers",
    });
    expect(input).toHaveFocus();
    await user.type(input, "cost");

    const results = await screen.findByRole("region", {
      name: "Search results",
    });
    const link = within(results).getByRole("link", { name: /Quote/ });
    expect(link).toHaveAttribute("href", "/articles/harbour-plan/#q-2");
    expect(
      within(link).getByText("cost", { selector: "mark" }),
    ).toBeInTheDocument();

    await user.click(link);
    expect(router.state.location.hash).toBe("#q-2");
    expect(
      screen.queryByRole("region", { name: "Search results" }),
    ).not.toBeInTheDocument();
  });

  it("ignores shortcut keys typed into the search field", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    const input = await screen.findByRole("searchbox", {
      name: "Search articles, quotes and speakers",
    });
    await user.type(input, "g s j?");
    expect(router.state.location.pathname).toBe("/");
    expect(input).toHaveValue("g s j?");
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    renderApp("/", [harbourArticle]);
    await user.type(await screen.findByRole("searchbox"), "zebra");
    expect(await screen.findByText("No results")).toBeInTheDocument();
  });
});
