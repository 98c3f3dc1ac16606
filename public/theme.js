// Applies the saved or system theme before the first paint, so a dark-theme reader never
// sees a white flash. Kept in a file (not inline) so the Content-Security-Policy can forbid
// inline scripts. Same rules as src/app/hooks/use-theme.ts.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem("quote-reader:theme");
  } catch (e) {
    choice = null;
  }
  var dark =
    choice === "dark" ||
    ((choice === null || choice === "system") &&
      window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.classList.toggle("sepia", choice === "sepia");
})();
