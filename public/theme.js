// Applies the saved or system theme before the first paint, so a dark-theme reader never
// sees a white flash. Kept in a file (not inline) so the Content-Security-Policy can forbid
// inline scripts.
(function () {
  var theme = null;
  try {
    theme = localStorage.getItem("quote-reader:theme");
  } catch (e) {
    theme = null;
  }
  if (theme !== "light" && theme !== "dark") {
    theme = window.matchMedia("(prefers-color-scheme: dark)").matches
      ? "dark"
      : "light";
  }
  document.documentElement.classList.toggle("dark", theme === "dark");
})();
