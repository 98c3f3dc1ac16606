import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harbourArticle } from "./fixtures/articles.ts";
import {
  type FakeSynthesis,
  fakeVoice,
  installFakeSpeech,
} from "./fake-speech.ts";
import { renderApp } from "./render-app.tsx";

let synth: FakeSynthesis;
let remove: () => void;

beforeEach(() => {
  window.localStorage.clear();
  ({ synth, remove } = installFakeSpeech());
});
afterEach(() => {
  // The page first: leaving it stops reading.
  cleanup();
  remove();
});

async function openArticle(query = ""): Promise<void> {
  renderApp(`/articles/harbour-plan/${query}`, [harbourArticle]);
  await screen.findByRole("heading", { level: 1 });
  // The controls' code loads after the page.
  if ("speechSynthesis" in window)
    await screen.findByRole("group", { name: "Read aloud" });
}

/** The ids of the elements marked as being read. */
const highlighted = (): string[] =>
  [...document.querySelectorAll("[data-reading]")].map((element) => element.id);

/** Lets the fake voice read to the end: each utterance's text and what was marked. */
function readToTheEnd(): [string, string[]][] {
  const heard: [string, string[]][] = [];
  while (synth.current) {
    heard.push([synth.current.text, highlighted()]);
    act(() => synth.finish());
  }
  return heard;
}

describe("read aloud", () => {
  it("is not offered where the browser has no speech synthesis", async () => {
    remove();
    await openArticle();
    expect(screen.queryByRole("group", { name: "Read aloud" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Listen/ })).toBeNull();
  });

  it("reads the title, then each paragraph, announcing each whole quote's speaker and marking what it reads", async () => {
    const user = userEvent.setup();
    await openArticle();
    await user.click(screen.getByRole("button", { name: "Listen" }));
    expect(readToTheEnd()).toEqual([
      ["Harbour plan splits council", ["article-title"]],
      // A fragment in the middle of a sentence is read as part of it.
      [
        "Mayor Jane Roe said the plan was “the best deal this city has seen,” and urged a vote.",
        ["p-0"],
      ],
      ["Sam Poe said: It will cost too much,", ["p-1"]],
      ["” Councillor Sam Poe said.", ["p-1"]],
      ["The port authority called it “", ["p-2"]],
      ["port authority said: a welcome step.", ["p-2"]],
    ]);
    expect(highlighted()).toEqual([]);
    expect(screen.getByRole("button", { name: "Listen" })).toBeInTheDocument();
  });

  it("pauses, then resumes at the piece it paused in", async () => {
    const user = userEvent.setup();
    await openArticle();
    await user.click(screen.getByRole("button", { name: "Listen" }));
    act(() => synth.finish());
    act(() => synth.finish());
    expect(synth.current?.text).toBe("Sam Poe said: It will cost too much,");

    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(synth.current).toBeNull();
    expect(synth.spoken).toHaveLength(3);
    // Paused, the place stays marked.
    expect(highlighted()).toEqual(["p-1"]);

    await user.click(screen.getByRole("button", { name: "Resume" }));
    expect(synth.current?.text).toBe("Sam Poe said: It will cost too much,");
    expect(readToTheEnd().map(([text]) => text)).toEqual([
      "Sam Poe said: It will cost too much,",
      "” Councillor Sam Poe said.",
      "The port authority called it “",
      "port authority said: a welcome step.",
    ]);
  });

  it("reads only the chosen speaker's quotes when the speaker filter is set", async () => {
    const user = userEvent.setup();
    await openArticle("?speaker=Sam+Poe");
    await user.click(
      await screen.findByRole("button", { name: "Listen to Sam Poe’s quotes" }),
    );
    expect(readToTheEnd()).toEqual([
      ["Sam Poe said: It will cost too much,", ["q-2"]],
    ]);
  });

  it("remembers the speed and the voice chosen", async () => {
    synth.voices = [fakeVoice("Ana", "en-GB"), fakeVoice("Bea", "en-US")];
    const user = userEvent.setup();
    await openArticle();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Speed" }),
      "1.5",
    );
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Voice" }),
      "Bea (en-US)",
    );
    await user.click(screen.getByRole("button", { name: "Listen" }));
    expect(synth.current?.rate).toBe(1.5);
    expect(synth.current?.voice?.name).toBe("Bea");
    expect(synth.current?.lang).toBe("en-US");

    // Another visit, on this device.
    cleanup();
    await openArticle();
    expect(screen.getByRole("combobox", { name: "Speed" })).toHaveValue("1.5");
    expect(screen.getByRole("combobox", { name: "Voice" })).toHaveValue(
      "fake:Bea",
    );
  });

  it("plays and pauses with the l key", async () => {
    const user = userEvent.setup();
    await openArticle();
    await user.keyboard("l");
    expect(synth.current?.text).toBe("Harbour plan splits council");
    expect(screen.getByRole("button", { name: "Pause" })).toHaveAttribute(
      "aria-keyshortcuts",
      "l",
    );
    await user.keyboard("l");
    expect(synth.current).toBeNull();
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
  });

  it("says why it stopped when the browser cannot speak", async () => {
    const user = userEvent.setup();
    await openArticle();
    await user.click(screen.getByRole("button", { name: "Listen" }));
    act(() => synth.fail("synthesis-failed"));
    expect(
      screen.getByText(/the browser could not speak \(synthesis-failed\)/),
    ).toHaveAttribute("role", "status");
    expect(synth.spoken).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Listen" })).toBeInTheDocument();
  });
});
