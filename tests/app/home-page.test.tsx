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

describe("period and speaker filters", () => {
  /** Newest first, as the build orders them. */
  const dated = [
    {
      ...harbourArticle,
      slug: "jan",
      title: "January story",
      date: "2024-01-05",
    },
    {
      ...harbourArticle,
      slug: "nov",
      title: "November story",
      date: "2023-11-02",
      speakers: harbourArticle.speakers.slice(1),
      quotes: harbourArticle.quotes.slice(1),
    },
    {
      ...harbourArticle,
      slug: "oct",
      title: "October story",
      date: "2023-10-12",
    },
    { ...harbourArticle, slug: "none", title: "Undated story", date: null },
  ];
  const titles = async () =>
    within(await screen.findByRole("list", { name: "Articles" }))
      .queryAllByRole("heading", { level: 2 })
      .map((heading) => heading.textContent);

  it("narrows the list to a year or month from the URL, offering each with its count", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/?period=2023", dated);
    await waitFor(async () =>
      expect(await titles()).toEqual(["November story", "October story"]),
    );
    expect(screen.getByText("2 articles in 2023")).toBeInTheDocument();
    const select = screen.getByRole("combobox", { name: "Period" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "All dates",
      "2024 (1)",
      "January 2024 (1)",
      "2023 (2)",
      "November 2023 (1)",
      "October 2023 (1)",
    ]);
    await user.selectOptions(select, "2023-10");
    await waitFor(() =>
      expect(router.state.location.search).toBe("?period=2023-10"),
    );
    await waitFor(async () =>
      expect(await titles()).toEqual(["October story"]),
    );
    expect(screen.getByText("1 article in October 2023")).toBeInTheDocument();
  });

  it("keeps both filters together, and an empty period says so", async () => {
    renderApp("/?speaker=Jane+Roe&period=2023", dated);
    await waitFor(async () =>
      expect(await titles()).toEqual(["October story"]),
    );
    expect(
      screen.getByText("1 article quoting Jane Roe in 2023"),
    ).toBeInTheDocument();
    renderApp("/?period=2019-05", dated);
    expect(
      await screen.findByText("0 articles in May 2019"),
    ).toBeInTheDocument();
  });

  it("pages a period twenty at a time, cut from the whole list's pages", async () => {
    const user = userEvent.setup();
    const many = manyArticles(45).map((article, index) => ({
      ...article,
      date: index < 5 ? "2024-02-01" : "2023-12-01",
    }));
    const { router } = renderApp("/?period=2023-12", many);
    await waitFor(async () =>
      expect((await titles())[0]).toBe("Story number 6"),
    );
    expect(await titles()).toHaveLength(20);
    expect(screen.getByText("Page 1 of 2")).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Next page" }));
    await waitFor(() =>
      expect(
        `${router.state.location.pathname}${router.state.location.search}`,
      ).toBe("/page/2/?period=2023-12"),
    );
    await waitFor(async () =>
      expect((await titles())[0]).toBe("Story number 26"),
    );
    expect(await titles()).toHaveLength(20);
  });

  it("finds any speaker by typing, and carries the speaker into the article", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", dated);
    const finder = await screen.findByRole("combobox", {
      name: "Find a speaker",
    });
    await user.type(finder, "sam");
    await waitFor(() =>
      expect(
        [...document.querySelectorAll("datalist option")].map((option) =>
          option.getAttribute("value"),
        ),
      ).toEqual(["Sam Poe"]),
    );
    await user.type(finder, " poe");
    await waitFor(() =>
      expect(router.state.location.search).toBe("?speaker=Sam+Poe"),
    );
    await waitFor(async () =>
      expect(await titles()).toEqual([
        "January story",
        "November story",
        "October story",
        "Undated story",
      ]),
    );
    expect(
      screen.getByRole("link", { name: "November story" }),
    ).toHaveAttribute("href", "/articles/nov/?speaker=Sam+Poe");
  });
});
