import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { harbourArticle, manyArticles } from "./fixtures/articles.ts";
import { renderApp, store } from "./render-app.tsx";

describe("article list", () => {
  it("shows each article's title, standfirst, byline, quote count and speakers", async () => {
    renderApp("/", [harbourArticle]);
    const list = await screen.findByRole("list", { name: "Articles" });
    const item = within(list).getByRole("listitem");
    expect(
      within(item).getByRole("link", { name: "Harbour plan splits council" }),
    ).toHaveAttribute("href", "/articles/harbour-plan/");
    expect(item).toHaveTextContent(
      "A vote on the waterfront divides the city.",
    );
    expect(item).toHaveTextContent("Ada Reporter");
    expect(item).toHaveTextContent("3 quotes");
    expect(item).toHaveTextContent("Quoted: Jane Roe, Sam Poe, port authority");
  });

  it("shows each article's date as a <time>, and an undated one as undated", async () => {
    renderApp("/", [
      harbourArticle,
      { ...harbourArticle, slug: "no-date", title: "No date", date: null },
    ]);
    const items = within(
      await screen.findByRole("list", { name: "Articles" }),
    ).getAllByRole("listitem");
    const time = items[0]?.querySelector("time");
    expect(time).toHaveAttribute("datetime", "2023-10-12T09:30+01:00");
    expect(time).toHaveTextContent(/^12 October 2023$/);
    expect(items[1]?.querySelector("time")).toBeNull();
    expect(items[1]).toHaveTextContent("Undated");
  });

  it("marks the current section in the main navigation", async () => {
    renderApp("/", [harbourArticle]);
    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Articles" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(
      within(nav).getByRole("link", { name: "Speakers" }),
    ).not.toHaveAttribute("aria-current");
  });

  it("leaves a click with a modifier key (a new tab) to the browser", async () => {
    const { router } = renderApp("/", [harbourArticle]);
    const link = await screen.findByRole("link", {
      name: "Harbour plan splits council",
    });
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    expect(router.state.location.pathname).toBe("/");
    fireEvent.click(link);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe("/articles/harbour-plan/"),
    );
  });

  it("pages a long list twenty at a time", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", manyArticles(45));
    const list = await screen.findByRole("list", { name: "Articles" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(20);
    expect(screen.getByText("Page 1 of 3")).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Next page" }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe("/page/2/"),
    );
    expect(await screen.findByText("Story number 21")).toBeInTheDocument();
  });

  it("filters the list to the articles quoting one speaker", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", manyArticles(6));
    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Speaker" }),
      "Jane Roe",
    );
    await waitFor(() =>
      expect(router.state.location.search).toBe("?speaker=Jane+Roe"),
    );
    expect(
      await screen.findByText("3 articles quoting Jane Roe"),
    ).toBeInTheDocument();
    const titles = within(
      screen.getByRole("list", { name: "Articles" }),
    ).getAllByRole("link");
    expect(titles.map((link) => link.textContent)).toEqual([
      "Story number 1",
      "Story number 3",
      "Story number 5",
    ]);
  });

  it("shows the speaker chosen while their list loads, not the last one", async () => {
    const user = userEvent.setup();
    renderApp("/", manyArticles(6));
    const select = await screen.findByRole("combobox", { name: "Speaker" });
    expect(await screen.findByText("6 articles")).toBeInTheDocument();
    let release = (): void => undefined;
    store.hold = new Promise((resolve) => {
      release = resolve;
    });
    try {
      await user.selectOptions(select, "Jane Roe");
      // Still the whole list, the choice already shown.
      expect(screen.getByText("6 articles")).toBeInTheDocument();
      expect(select).toHaveValue("Jane Roe");
    } finally {
      release();
      store.hold = undefined;
    }
    expect(
      await screen.findByText("3 articles quoting Jane Roe"),
    ).toBeInTheDocument();
    expect(select).toHaveValue("Jane Roe");
  });

  it("answers a page past the end with not found", async () => {
    renderApp("/page/9/", manyArticles(3));
    expect(
      await screen.findByRole("heading", { name: "Page not found" }),
    ).toBeInTheDocument();
  });
});
