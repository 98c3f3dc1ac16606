/** Every keyboard shortcut, as the help overlay lists them. */
export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ["j"], action: "Next article" },
  { keys: ["k"], action: "Previous article" },
  { keys: ["/"], action: "Search" },
  { keys: ["]"], action: "Next quote in the article" },
  { keys: ["["], action: "Previous quote in the article" },
  { keys: ["l"], action: "Read the article aloud, or pause" },
  { keys: ["g", "s"], action: "Go to speakers" },
  { keys: ["?"], action: "Show these shortcuts" },
];
