import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS; this file is loaded by `@config` in app/globals.css
// and holds the few design tokens the inbox shares.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#2563eb", dark: "#1d4ed8", light: "#dbeafe" },
      },
    },
  },
};

export default config;
