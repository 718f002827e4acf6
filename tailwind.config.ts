import type { Config } from "tailwindcss";

// Tailwind 4 reads its design tokens from CSS: the colours (brand, surface, the dark theme's
// remapped scales) live in `@theme` in app/globals.css, next to the dark variant they serve.
// This file, loaded by `@config` there, only names where classes are used.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
};

export default config;
