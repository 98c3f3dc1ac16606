import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { harbourArticle, manyArticles } from "./fixtures/articles.ts";
import { renderApp } from "./render-app.tsx";

describe("speakers index", () => {
  it("lists everyone quoted with counts, filterable by typing and sortable by name", async () => {
    const user = userEvent.setup();
    renderApp("/speakers/", manyArticles(3));
    const table = await screen.findByRole("table", { name: "Everyone quoted" });
    const names = (): string[] =>
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) => within(row).getAllByRole("cell")[0]?.textContent ?? "");
    expect(names()).toEqual([
      "Sam Poe",
      "Jane Roe",
      "port authorityorganisation",
    ]);
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("Sam Poe33");

    await user.click(within(table).getByRole("button", { name: "Name" }));
    expect(names()).toEqual([
      "Jane Roe",
      "port authorityorganisation",
      "Sam Poe",
    ]);

    await user.type(
      screen.getByRole("searchbox", { name: "Filter speakers" }),
      "roe",
    );
    expect(names()).toEqual(["Jane Roe"]);
    expect(screen.getByText("1 of 3 speakers")).toBeInTheDocument();
  });

  it("draws the most quoted as a chart with the same figures as a table", async () => {
    renderApp("/speakers/", [harbourArticle]);
    const figure = await screen.findByRole("figure", { name: "Most quoted" });
    expect(figure.querySelectorAll("svg rect")).toHaveLength(3);
    const chartTable = within(figure).getByRole("table");
    expect(within(chartTable).getAllByRole("row")).toHaveLength(4);
  });
});

describe("speaker page", () => {
  it("shows a speaker's quotes by article, roles, and who is quoted alongside", async () => {
    renderApp("/speakers/jane-roe/", manyArticles(3));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Jane Roe" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Mayor")).toBeInTheDocument();
    expect(screen.getByText("2 quotes in 2 articles")).toBeInTheDocument();
    const alongside = screen.getByRole("region", { name: "Quoted alongside" });
    expect(
      within(alongside).getByRole("link", { name: "Sam Poe" }),
    ).toHaveAttribute("href", "/speakers/sam-poe/");
    const links = screen.getAllByRole("link", {
      name: "Read it in the article",
    });
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "/articles/story-001/#q-1",
      "/articles/story-003/#q-1",
    ]);
    const dates = [...document.querySelectorAll("main time")];
    expect(dates.map((time) => time.getAttribute("datetime"))).toEqual([
      "2023-10-12T09:30+01:00",
      "2023-10-12T09:30+01:00",
    ]);
  });

  it("shows the first twenty articles of a much-quoted speaker, the rest on request", async () => {
    const user = userEvent.setup();
    renderApp("/speakers/sam-poe/", manyArticles(45));
    await screen.findByRole("heading", { level: 1, name: "Sam Poe" });
    expect(screen.getByText("45 quotes in 45 articles")).toBeInTheDocument();
    const groups = (): number =>
      screen.getAllByRole("heading", { level: 3 }).length;
    expect(groups()).toBe(20);
    await user.click(
      screen.getByRole("button", { name: "Show 20 more articles" }),
    );
    expect(groups()).toBe(40);
    await user.click(
      screen.getByRole("button", { name: "Show all 45 articles" }),
    );
    expect(groups()).toBe(45);
    expect(screen.queryByRole("button", { name: /^Show/ })).toBeNull();
  });

  it("answers an unknown speaker with not found", async () => {
    renderApp("/speakers/nobody/", [harbourArticle]);
    expect(
      await screen.findByRole("heading", { name: "Page not found" }),
    ).toBeInTheDocument();
  });
});
