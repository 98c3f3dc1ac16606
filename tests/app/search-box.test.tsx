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
    const input = screen.getByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    expect(input).toHaveFocus();
    await user.type(input, "cost");

    const results = await screen.findByRole("listbox", {
      name: "Search results",
    });
    const option = within(results).getByRole("option", { name: /Quote/ });
    expect(
      within(option).getByText("cost", { selector: "mark" }),
    ).toBeInTheDocument();

    await user.click(option);
    expect(router.state.location.pathname).toBe("/articles/harbour-plan/");
    expect(router.state.location.hash).toBe("#q-2");
    expect(
      screen.queryByRole("region", { name: "Search results" }),
    ).not.toBeInTheDocument();
  });

  it("ignores shortcut keys typed into the search field", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    const input = await screen.findByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await user.type(input, "g s j?");
    expect(router.state.location.pathname).toBe("/");
    expect(input).toHaveValue("g s j?");
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    renderApp("/", [harbourArticle]);
    await user.type(
      await screen.findByRole("combobox", {
        name: "Search articles, quotes and speakers",
      }),
      "zebra",
    );
    expect(await screen.findByText("No results")).toBeInTheDocument();
  });

  it("is a combobox: arrow keys choose a result, Enter opens it", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    const input = await screen.findByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await user.type(input, "s");
    const options = await within(
      await screen.findByRole("listbox", { name: "Search results" }),
    ).findAllByRole("option");
    expect(options.length).toBeGreaterThan(2);
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(input).not.toHaveAttribute("aria-activedescendant");

    const chosen = (): string[] =>
      screen
        .getAllByRole("option")
        .filter((option) => option.getAttribute("aria-selected") === "true")
        .map((option) => option.id);
    await user.keyboard("{ArrowDown}");
    expect(chosen()).toEqual([options[0]?.id]);
    expect(input).toHaveAttribute("aria-activedescendant", options[0]?.id);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(chosen()).toEqual([options[2]?.id]);
    await user.keyboard("{ArrowUp}");
    expect(chosen()).toEqual([options[1]?.id]);
    // Up from the first wraps to the last.
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(chosen()).toEqual([options.at(-1)?.id]);
    expect(input).toHaveFocus();

    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(router.state.location.hash).toBe("#q-1");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("opens the first result on Enter when none is chosen", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    const input = await screen.findByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await user.type(input, "cost");
    await screen.findByRole("option", { name: /Quote/ });
    await user.keyboard("{Enter}");
    expect(router.state.location.hash).toBe("#q-2");
  });

  it("closes on Escape", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/", [harbourArticle]);
    const input = await screen.findByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await user.type(input, "cost");
    await screen.findByRole("listbox");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(input).toHaveValue("");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(router.state.location.pathname).toBe("/");
  });
});
