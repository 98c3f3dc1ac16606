import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "public/theme.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The browser never runs extraction, build or prerendering code: that happens at
    // build time.
    files: ["src/app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/extract/**", "**/plugin/**", "**/server/**"],
              message: "The app must not import build-time code.",
            },
            { group: ["node:*"], message: "The app runs in the browser." },
          ],
        },
      ],
      // Article text, titles and names are hostile input: React's text escaping is the
      // only way they reach the page.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as children; content must never become markup.",
        },
        {
          selector:
            "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: "Use textContent; content must never become markup.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment)$/]",
          message: "Content must never become markup.",
        },
        {
          selector:
            "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: "The Content-Security-Policy forbids eval.",
        },
      ],
    },
  },
  {
    // The server renderer renders the app's routes, in a bundle of its own that the
    // build loads: it sees the app and the model, never the build or the extractor.
    files: ["src/server/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/extract/**", "**/plugin/**"],
              message: "The server renderer must not import build-time code.",
            },
          ],
        },
      ],
    },
  },
  {
    // The build loads the server renderer's bundle at run time; importing the app or
    // the renderer's source would put React and the routes in the build's own modules.
    files: ["src/plugin/**/*.{ts,tsx}", "src/extract/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/**", "**/server/**"],
              message:
                "The build and the extractor must not import the app or the server renderer.",
            },
          ],
        },
      ],
    },
  },
);
